"""Segmentation: acts told apart in one report (arrests after an attack, ...), in three
languages side by side."""

import datetime as dt

import pytest

import rasd


def _main(text: str, published: dt.date | None) -> list:
    return [e for e in rasd.extract(text, published=published).events if e.role == "main"]


@pytest.mark.parametrize("text", [
    # arrests told in a sentence of their own after the attack are another act
    "Gunmen shelled the town of Boni on Wednesday, killing one soldier. Local sources said "
    "troops then detained dozens of residents inside the town.",
    "Des hommes armés ont bombardé la ville de Boni mercredi, tuant un soldat. Selon des "
    "sources locales, les militaires ont ensuite arrêté des dizaines d'habitants dans la ville.",
    "قصف مسلحون مدينة بوني يوم الأربعاء فقتلوا جنديا. وقالت مصادر محلية إن الجنود اعتقلوا "
    "بعد ذلك عشرات السكان داخل المدينة.",
])
@pytest.mark.parametrize("published", [dt.date(2025, 3, 7), None])
def test_arrests_told_after_an_attack_are_another_incident(text, published):
    events = _main(text, published)
    assert [e.sub_event_type for e in events][1:] == ["Arrests"]
    assert len(events) == 2
    # naming no place of their own, the arrests are at the attack's place
    assert events[1].location_text == events[0].location_text


@pytest.mark.parametrize("text", [
    # arrests at a protest are its dispersal, not an act apart
    "Police fired on protesters in Gao on Tuesday, killing two of them. Some 30 people were "
    "arrested.",
    "La police a tiré sur des manifestants à Gao mardi, tuant deux d'entre eux. Une trentaine "
    "de personnes ont été arrêtées.",
    "أطلقت الشرطة النار على متظاهرين في غاو يوم الثلاثاء فقتلت اثنين منهم. واعتقل نحو ثلاثين "
    "شخصا.",
])
def test_arrests_at_a_protest_stay_with_the_protest(text):
    assert len(_main(text, dt.date(2025, 3, 6))) == 1


@pytest.mark.parametrize("text", [
    # a detention told as a state ("who are detained at the school") is no arrest
    "Gunmen attacked a police school in Bamako on Tuesday. The attack came before the trial "
    "of officers who are detained at the school.",
    "Des hommes armés ont attaqué une école de police à Bamako mardi. L'attaque a précédé le "
    "procès d'officiers qui sont détenus à l'école.",
    "هاجم مسلحون مدرسة للشرطة في باماكو يوم الثلاثاء. وجاء الهجوم قبل محاكمة ضباط قيد "
    "الاحتجاز في المدرسة.",
])
def test_a_detention_told_as_a_state_is_no_other_incident(text):
    assert len(_main(text, dt.date(2025, 3, 6))) == 1


@pytest.mark.parametrize("text", [
    # a recall in passing told twice, each time as the same days before the news, is one
    # background incident
    "Hundreds of residents marched in Kidal on Friday against the peace talks. The march "
    "came two days after clashes between armed movements near Anefis. Observers noted "
    "that the march came two days after fighting between the same movements in the Kidal region.",
    "Des centaines d'habitants ont manifesté à Kidal vendredi contre les pourparlers. La "
    "marche est survenue deux jours après des affrontements entre mouvements armés près "
    "d'Anefis. Des observateurs notent que la marche est survenue deux jours après des "
    "combats entre les mêmes mouvements dans la région de Kidal.",
    "تظاهر مئات السكان في كيدال يوم الجمعة ضد المفاوضات. وجاءت المسيرة بعد يومين من اشتباكات "
    "بين حركات مسلحة قرب أنفيف. ولاحظ مراقبون أن المسيرة جاءت بعد يومين من مواجهات بين "
    "الحركات نفسها في منطقة كيدال.",
])
def test_a_recall_in_passing_told_twice_is_one_background_incident(text):
    roles = [e.role for e in rasd.extract(text, published=dt.date(2025, 3, 8)).events]
    assert roles.count("main") == 1
    assert roles.count("background") == 1


@pytest.mark.parametrize("text", [
    # a day counted back from the news, told after it, recalls what led up to it
    "A suicide bomber blew himself up at a checkpoint in Gao on Friday, wounding a soldier. "
    "The day before, a mine had killed four soldiers on the road to Douentza.",
    "Un kamikaze s'est fait exploser à un poste de contrôle à Gao vendredi, blessant un "
    "soldat. La veille, une mine avait tué quatre soldats sur la route de Douentza.",
    "فجر انتحاري نفسه عند حاجز في غاو يوم الجمعة فأصاب جنديا. وفي اليوم السابق قتل لغم "
    "أربعة جنود على طريق دوينتزا.",
])
def test_the_day_before_told_after_the_news_is_background(text):
    events = rasd.extract(text, published=dt.date(2025, 3, 8)).events
    assert [e.role for e in events] == ["main", "background"]
    assert events[1].event_date == dt.date(2025, 3, 6)


@pytest.mark.parametrize("text", [
    # an incident cited as an example of a pattern ("as shown by the massacre in Moura") is
    # a recall, not the news
    "Soldiers executed ten men near Niono on 3 March, local sources said. The line between "
    "civilians and fighters is ever more blurred, as shown by the massacre in Moura.",
    "Des soldats ont exécuté dix hommes près de Niono le 3 mars, selon des sources locales. "
    "La frontière entre civils et combattants est de plus en plus floue, comme en témoigne "
    "le massacre commis à Moura.",
    "أعدم جنود عشرة رجال قرب نيونو في 3 مارس بحسب مصادر محلية. ويزداد التمييز بين المدنيين "
    "والمقاتلين ضبابية، كما يتضح من المذبحة في مورا.",
])
def test_an_incident_cited_as_an_example_is_background(text):
    events = rasd.extract(text, published=dt.date(2025, 3, 8)).events
    assert [e.role for e in events] == ["main", "background"]


@pytest.mark.parametrize("text", [
    # the main incident's toll at its town, retold in a sentence whose recall cue is an aside
    "Protesters attacked a French convoy in the town of Tera on Saturday, and three people "
    "were killed. The convoy, which had previously been held up for days by protests "
    "elsewhere, came under attack on Saturday in the town of Tera, and three people were killed.",
    "Des manifestants ont attaqué un convoi français dans la ville de Téra samedi, et trois "
    "personnes ont été tuées. Le convoi, qui avait déjà été bloqué plusieurs jours par des "
    "manifestations ailleurs, a été attaqué samedi dans la ville de Téra, et trois personnes "
    "ont été tuées.",
    "هاجم متظاهرون قافلة فرنسية في بلدة تيرا يوم السبت وقتل ثلاثة أشخاص. وتعرضت القافلة التي "
    "سبق وأن توقفت لأيام جراء مظاهرات في مكان آخر لهجوم يوم السبت في بلدة تيرا وقتل ثلاثة أشخاص.",
])
def test_the_main_toll_at_its_town_retold_beside_a_recall_is_no_other_incident(text):
    assert [e.role for e in rasd.extract(text, published=None).events] == ["main"]


@pytest.mark.parametrize("text", [
    # an unnamed other place ("in nearby villages") with a toll of its own is another incident
    "Gunmen abducted twenty pupils from a school in Kaduna on Sunday. In nearby villages, "
    "gunfire killed seven people.",
    "Des hommes armés ont enlevé vingt élèves d'une école à Kaduna dimanche. Dans des villages "
    "voisins, des tirs ont tué sept personnes.",
    "اختطف مسلحون عشرين تلميذا من مدرسة في كادونا يوم الأحد. وفي قرى مجاورة قتل إطلاق نار "
    "سبعة أشخاص.",
])
def test_an_unnamed_other_place_with_its_own_toll_is_another_incident(text):
    events = _main(text, dt.date(2025, 3, 4))
    assert len(events) == 2
    assert events[1].fatalities_best == 7


@pytest.mark.parametrize("text,places", [
    # "another group" went on to another place: another incident, at the place after the cue
    ("Armed men set fire to the school of Bafina on Wednesday evening. While some of them "
     "stayed in Bafina, another group went to the village of Guenbila and looted shops.",
     ["Bafina", "Guenbila"]),
    ("Des hommes armés ont incendié l'école de Bafina mercredi soir. Alors qu'une partie "
     "d'entre eux restait à Bafina, un autre groupe s'est rendu au village de Guenbila et a "
     "pillé des boutiques.", ["Bafina", "Guenbila"]),
    ("أحرق مسلحون مدرسة بافينا مساء الأربعاء. وبينما بقي بعضهم في بافينا، توجهت مجموعة أخرى "
     "إلى قرية غينبيلا ونهبت متاجر.", ["بافينا", "غينبيلا"]),
])
def test_another_group_at_another_place_is_another_incident(text, places):
    events = _main(text, dt.date(2025, 3, 7))
    assert [e.location_text for e in events] == places


@pytest.mark.parametrize("text", [
    # a report that opens with arrests tells them as its story: the arrests it details after
    # an operation are the same incident's
    "Soldiers arrested two senior Islamic State fighters in Niger, officials said. Troops "
    "from Niger and France took part in an air and ground operation to capture them. One of "
    "them, the group's judge, was arrested with an aide.",
    "Des soldats ont arrêté deux hauts responsables de l'État islamique au Niger, selon des "
    "responsables. Des troupes du Niger et de France ont mené une opération aérienne et "
    "terrestre pour les capturer. L'un d'eux, le juge du groupe, a été arrêté avec un adjoint.",
    "قال مسؤولون إن جنودا ألقوا القبض على اثنين من كبار مقاتلي تنظيم الدولة الإسلامية في "
    "النيجر. وشاركت قوات من النيجر وفرنسا في عملية جوية وبرية للقبض عليهما. واعتقل أحدهما، "
    "وهو قاضي التنظيم، مع مساعد له.",
])
def test_arrests_detailed_in_a_report_that_opens_with_arrests_stay_one_incident(text):
    assert len(_main(text, dt.date(2025, 7, 9))) == 1
