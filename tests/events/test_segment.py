"""Segmentation: which sentences make an incident, and when a cue makes it hypothetical."""

import datetime as dt

import pytest

import rasd
from rasd.events.segment import segment


@pytest.mark.parametrize(
    "text,events",
    [
        # regression: a threat or doubt after the event word made the whole incident hypothetical
        ("On Monday gunmen killed three herders near Gossi and threatened the villagers.", 1),
        ("Lundi, des hommes armés ont tué trois éleveurs près de Gossi et ont menacé les villageois.", 1),
        ("قتل مسلحون ثلاثة رعاة قرب غوسي يوم الاثنين وهددوا سكان القرية.", 1),
        # a threat before the event word still governs it
        ("On Monday the group threatened to attack the villages near Gossi.", 0),
        ("Lundi, le groupe a menacé d'attaquer les villages près de Gossi.", 0),
        ("هدد التنظيم يوم الاثنين بمهاجمة القرى قرب غوسي.", 0),
    ],
)
def test_hypothetical_cue_governs_only_what_follows(text, events):
    doc = rasd.extract(text, published=dt.date(2025, 1, 13))
    assert len([e for e in doc.events if e.role == "main"]) == events


@pytest.mark.parametrize(
    "text,expected",
    [
        # "the next day" with an event word opens a later incident, even with no date or place
        ("Gunmen looted the market of Gorom on Monday night. The next day, the same gunmen "
         "killed two herders in a nearby village.",
         ["Looting/property destruction", "Attack"]),
        ("Des hommes armés ont pillé le marché de Gorom lundi soir. Le lendemain, les mêmes "
         "hommes armés ont tué deux bergers dans un village voisin.",
         ["Looting/property destruction", "Attack"]),
        ("نهب مسلحون سوق غورم ليل الاثنين. وفي اليوم التالي، قتل المسلحون أنفسهم راعيين اثنين "
         "في قرية مجاورة.",
         ["Looting/property destruction", "Attack"]),
    ],
)
def test_next_day_cue_opens_a_later_incident(text, expected):
    doc = rasd.extract(text, published=dt.date(2025, 1, 15))
    assert [e.sub_event_type for e in doc.events if e.role == "main"] == expected


@pytest.mark.parametrize(
    "text,events",
    [
        # a trend or a lasting state is no incident, even beside a date
        ("Les groupes armés ont multiplié les attaques contre les villages du Liptako au début du mois.", 0),
        ("Armed groups stepped up attacks on villages in Liptako earlier this month.", 0),
        ("كثفت الجماعات المسلحة هجماتها على قرى ليبتاكو منذ بداية الشهر.", 0),
        ("Les habitants des villes sous blocus manquent de vivres depuis le début du mois.", 0),
        ("Residents of towns under siege have run short of food since early this month.", 0),
        ("يعاني سكان المدن تحت الحصار من نقص الغذاء منذ بداية الشهر.", 0),
        # a figure makes it one incident's report
        ("Des hommes armés ont multiplié les attaques lundi et ont tué cinq civils à Gossi.", 1),
        ("Gunmen stepped up attacks on Monday and killed five civilians in Gossi.", 1),
        ("كثف مسلحون هجماتهم يوم الاثنين وقتلوا خمسة مدنيين في غوسي.", 1),
    ],
)
def test_trend_or_lasting_state_is_not_an_incident(text, events):
    doc = rasd.extract(text, published=dt.date(2025, 2, 20))
    assert len([e for e in doc.events if e.role == "main"]) == events


@pytest.mark.parametrize(
    "text,roles",
    [
        # an earlier incident five days before the main one is context, cue or not
        ("Gunmen killed four herders near Menaka on Sunday. On 11 February, gunmen killed two "
         "traders near Menaka.", ["main", "background"]),
        ("Des hommes armés ont tué quatre éleveurs près de Ménaka dimanche. Le 11 février, des "
         "hommes armés ont tué deux commerçants près de Ménaka.", ["main", "background"]),
        ("قتل مسلحون أربعة رعاة قرب ميناكا يوم الأحد. وفي 11 فبراير، قتل مسلحون تاجرين قرب ميناكا.",
         ["main", "background"]),
        # the day before: another incident of the same report
        ("Gunmen killed four herders near Menaka on Sunday. On 15 February, gunmen killed two "
         "traders near Gossi.", ["main", "main"]),
        # regression: two or three days before, told after the news, it was typed main
        ("Gunmen killed four herders near Menaka on Sunday. On 14 February, gunmen killed two "
         "traders near Menaka.", ["main", "background"]),
        ("Des hommes armés ont tué quatre éleveurs près de Ménaka dimanche. Le 13 février, des "
         "hommes armés ont tué deux commerçants près de Ménaka.", ["main", "background"]),
        ("قتل مسلحون أربعة رعاة قرب ميناكا يوم الأحد. وفي 14 فبراير، قتل مسلحون تاجرين قرب ميناكا.",
         ["main", "background"]),
    ],
)
def test_an_incident_days_before_the_main_one_is_background(text, roles):
    doc = rasd.extract(text, published=dt.date(2025, 2, 17))
    assert [e.role for e in doc.events] == roles


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen ambushed an army convoy near Gao last week, on 27 May, wounding two soldiers.",
        "Des hommes armés ont tendu une embuscade à un convoi près de Gao la semaine dernière, "
        "le 27 mai, blessant deux soldats.",
        "نصب مسلحون الأسبوع الماضي كميناً لقافلة عسكرية قرب غاو في 27 مايو، ما أدى إلى إصابة جنديين.",
    ],
)
def test_a_sentence_is_dated_by_its_most_precise_date(text):
    doc = rasd.extract(text, published=dt.date(2025, 6, 3))
    assert [(e.event_date, e.time_precision) for e in doc.events] == [(dt.date(2025, 5, 27), 1)]


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen killed two herders near Gossi on Monday 10 February. Two days earlier, gunmen "
        "burned shops in the village of Inekar. The same day, a bomb hit a truck near Gao.",
        "Des hommes armés ont tué deux bergers près de Gossi le lundi 10 février. Deux jours plus "
        "tôt, des hommes armés avaient incendié des boutiques à Inekar. Le même "
        "jour, un engin explosif a touché un camion près de Gao.",
        "قتل مسلحون راعيين قرب غوسي يوم الاثنين 10 فبراير. وقبل ذلك بيومين، أحرق مسلحون متاجر "
        "في قرية إنكار. وفي اليوم نفسه، أصابت عبوة ناسفة شاحنة قرب غاو.",
    ],
)
def test_a_date_counted_from_the_previous_incident(text):
    # "two days earlier" counts from the incident before it, not from publication; "the
    # same day" from the one before that in turn; the phrase is the date's evidence
    doc = rasd.extract(text, published=dt.date(2025, 2, 12))
    dates = [e.event_date for e in doc.events]
    assert dates == [dt.date(2025, 2, 10), dt.date(2025, 2, 8), dt.date(2025, 2, 8)]
    (start, end), = doc.events[1].evidence["event_date"]
    assert doc.text[start:end] in ("Two days earlier", "Deux jours plus tôt", "وقبل ذلك بيومين")


@pytest.mark.parametrize(
    "text",
    [
        "The group said yesterday in a statement that its fighters had ambushed a patrol near "
        "Djibo on Saturday.",
        "Le groupe a affirmé hier dans un communiqué que ses combattants avaient tendu une "
        "embuscade à une patrouille près de Djibo samedi.",
        "قالت الجماعة أمس في بيان إن مقاتليها نصبوا كمينا لدورية قرب جيبو يوم السبت.",
    ],
)
def test_of_two_dates_the_one_nearest_the_event_word_dates_it(text):
    # "yesterday" dates the statement, "Saturday" the ambush
    doc = rasd.extract(text, published=dt.date(2025, 5, 12))
    assert [e.event_date for e in doc.events] == [dt.date(2025, 5, 10)]


@pytest.mark.parametrize(
    "text,place",
    [
        ("On 1 September, French forces fired warning shots that hit a bus between Intahaka and "
         "Gao. One passenger was killed and two others were wounded.", "Intahaka"),
        ("Le 1er septembre, des soldats français ont effectué des tirs de sommation qui ont touché "
         "un car près de Gao. Un passager a été tué et deux autres blessés.", "Gao"),
        ("في الأول من سبتمبر، أطلق جنود فرنسيون طلقات تحذيرية أصابت حافلة قرب غاو. وقتل راكب "
         "وأصيب اثنان آخران.", "غاو"),
    ],
)
def test_a_lead_that_sets_the_scene_dates_and_places_the_first_incident(text, place):
    doc = rasd.extract(text, published=dt.date(2020, 9, 2))
    (event,) = doc.events
    assert (event.event_date, event.location_text) == (dt.date(2020, 9, 1), place)


def test_an_analysis_lead_without_a_date_gives_no_scene():
    # a place named in passing, with no date, does not anchor a later generic figure
    doc = rasd.extract("Analysts in Gao see the conflict as a struggle over trade routes. "
                       "Dozens of people have been killed.", published=dt.date(2025, 2, 20))
    assert [e for e in doc.events if e.role == "main" and e.location_text] == []


@pytest.mark.parametrize("text", [
    "On 4 April 2020, soldiers clashed with JNIM fighters close to Nara, killed three of them "
    "and got back two trucks the fighters had previously stolen.",
    "Le 4 avril 2020, l'armée a affronté des combattants du JNIM près de Nara, tuant trois "
    "combattants, et a récupéré deux véhicules précédemment saisis par les assaillants.",
    "في 4 أبريل 2020 اشتبك الجيش مع مسلحي جماعة نصرة الإسلام والمسلمين قرب نارا وقتل ثلاثة "
    "مسلحين واستعاد مركبتين سبق أن استولى عليهما المسلحون.",
])
def test_the_first_incident_dated_at_publication_is_news_whatever_its_sentence_recalls(text):
    """Regression: "previously" in the lead sentence made its incident background, and the
    report had no main event."""
    [event] = rasd.extract(text, published=dt.date(2020, 4, 4)).events
    assert (event.role, event.sub_event_type) == ("main", "Armed clash")


@pytest.mark.parametrize("text,events", [
    # harm done by someone is an event word, as killing is
    ("Unknown gunmen wounded two children collecting herbs near Derou on Monday.", 1),
    ("Des hommes armés ont blessé par balle deux enfants lundi près de Derou.", 1),
    ("جرح مسلحون مجهولون طفلين يوم الاثنين قرب ديرو.", 1),
    # an accident is not
    ("A road accident injured five passengers near Mopti on Monday.", 0),
    ("Un accident de la route a fait cinq blessés lundi près de Mopti.", 0),
    ("أصيب خمسة ركاب في حادث سير قرب موبتي يوم الاثنين.", 0),
])
def test_wounding_is_an_event_word(text, events):
    doc = rasd.extract(text, published=dt.date(2025, 1, 13))
    assert [e.sub_event_type for e in doc.events] == ["Attack"] * events


@pytest.mark.parametrize(
    "text",
    [
        # regression: a headline naming only the country split from the body naming the town
        "Twelve soldiers killed in Burkina Faso\n"
        "Twelve soldiers were killed in an ambush near the town of Djibo on Saturday.",
        "Douze soldats tués au Burkina Faso\n"
        "Douze soldats ont été tués dans une embuscade près de la ville de Djibo samedi.",
        "مقتل 12 جنديا في بوركينا فاسو\nقتل 12 جنديا في كمين قرب مدينة جيبو يوم السبت، وفق الجيش.",
    ],
)
def test_a_headline_naming_the_country_tells_the_body_incident(text):
    doc = rasd.extract(text, published=dt.date(2025, 3, 10))
    assert [(e.event_date, e.fatalities_best) for e in doc.events] == [(dt.date(2025, 3, 8), 12)]


@pytest.mark.parametrize(
    "text,figures",
    [
        # regression: an undated sentence after a background aside became a new main incident
        ("Gunmen killed four soldiers near Boni on Saturday. Last month, gunmen raided a police "
         "post in Douentza. About twenty attackers were killed in the clash.",
         [("main", 4), ("background", 20)]),
        ("Des hommes armés ont tué quatre soldats près de Boni samedi. Le mois dernier, des "
         "hommes armés ont attaqué un poste de police à Douentza. Une vingtaine d'assaillants "
         "ont été tués dans l'affrontement.", [("main", 4), ("background", 20)]),
        ("قتل مسلحون أربعة جنود قرب بوني يوم السبت. وفي الشهر الماضي، هاجم مسلحون مركزا للشرطة "
         "في دوينتزا. وقتل نحو عشرين من المهاجمين في الاشتباك.", [("main", 4), ("background", 20)]),
        # a sentence that repeats the main toll goes back to the main incident
        ("Gunmen killed four soldiers near Boni on Saturday. Last month, gunmen raided a police "
         "post in Douentza. The army said it lost four soldiers in the ambush near Boni.",
         [("main", 4), ("background", None)]),
    ],
)
def test_an_undated_sentence_goes_on_with_the_passage_it_stands_in(text, figures):
    doc = rasd.extract(text, published=dt.date(2025, 3, 10))
    assert [(e.role, e.fatalities_best) for e in doc.events] == figures


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen killed two herders near Gossi on Saturday. In a separate attack on Saturday, "
        "gunmen killed three traders near Gossi.",
        "Samedi, des hommes armés ont tué deux bergers près de Gossi. Dans une autre attaque "
        "samedi, des hommes armés ont tué trois commerçants près de Gossi.",
        "قتل مسلحون راعيين قرب غوسي يوم السبت. وفي هجوم منفصل يوم السبت، قتل مسلحون ثلاثة تجار "
        "قرب غوسي.",
    ],
)
def test_a_separate_attack_the_same_day_and_place_is_another_incident(text):
    doc = rasd.extract(text, published=dt.date(2025, 3, 10))
    assert [e.role for e in doc.events] == ["main", "main"]


@pytest.mark.parametrize(
    "text",
    [
        # the main story has no date: an incident dated only by an old month is context
        "Six soldiers were killed when their vehicle hit a mine near Tingara. Last March, twenty "
        "soldiers were killed in an ambush near the border.",
        "Six soldats ont été tués lorsque leur véhicule a sauté sur une mine près de Tingara. En "
        "mars, vingt soldats ont été tués dans une embuscade près de la frontière.",
        "قتل ستة جنود عندما انفجر لغم بمركبتهم قرب تينغارا. وفي مارس، قتل عشرون جنديا في كمين "
        "قرب الحدود.",
    ],
)
def test_an_old_month_beside_an_undated_story_is_background(text):
    doc = rasd.extract(text, published=dt.date(2025, 5, 20))
    assert [e.role for e in doc.events] == ["main", "background"]


@pytest.mark.parametrize(
    "text",
    [
        # a communiqué lists its side's operations of the past days: all are news
        "The General Staff informs the public that FAMa units carried out air strikes near "
        "Menaka on Sunday 16 February, neutralising ten terrorists. On 13 February, our units "
        "repelled an attack on a post near Anderamboukane in which two soldiers fell.",
        "L'état-major général des armées informe que les FAMa ont mené des frappes aériennes près "
        "de Ménaka le dimanche 16 février, neutralisant dix terroristes. Le 13 février, nos unités "
        "ont repoussé une attaque contre un poste près d'Andéramboukane au cours de laquelle deux "
        "soldats sont tombés.",
    ],
)
def test_a_communique_lists_its_operations_of_the_past_days(text):
    doc = rasd.extract(text, published=dt.date(2025, 2, 17))
    assert [e.role for e in doc.events] == ["main", "main"]


@pytest.mark.parametrize(
    "text",
    [
        # regression: "comes six days after an attack on X" made that attack another main event
        "Gunmen killed twelve villagers in Ogossagou on Saturday. The massacre came six days after "
        "an attack on the army camp in Dioura that killed 20 soldiers.",
        "Des hommes armés ont tué douze villageois à Ogossagou samedi. Ce massacre survient six "
        "jours après une attaque contre le camp militaire de Dioura qui a tué 20 soldats.",
        "قتل مسلحون اثني عشر قرويا في أوغوساغو يوم السبت. وتأتي هذه المجزرة بعد أيام من هجوم على "
        "معسكر الجيش في ديورا أسفر عن مقتل 20 جنديا.",
    ],
)
def test_the_attack_a_report_says_it_comes_after_is_background(text):
    doc = rasd.extract(text, published=dt.date(2025, 3, 10))
    assert [(e.role, e.fatalities_best) for e in doc.events] == [("main", 12), ("background", 20)]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "A landmine hit a bus near Douentza on Monday, killing six passengers. The north of "
           "Mali fell to armed groups in 2012 before a French intervention pushed them back."),
    ("fr", "Un car a sauté sur une mine lundi près de Douentza, tuant six passagers. Le nord du "
           "Mali était tombé aux mains de groupes armés en 2012 avant une intervention française."),
    ("ar", "انفجر لغم في حافلة قرب دوينتزا يوم الاثنين ما أسفر عن مقتل ستة ركاب. وكان شمال مالي "
           "قد سقط في أيدي جماعات مسلحة عام 2012 قبل تدخل عسكري فرنسي."),
])
def test_a_sentence_naming_a_long_past_year_recalls_history_not_the_news(lang, text):
    """Regression: the history line joined the main incident, and its 'fell to armed groups'
    (territory taken) outranked the landmine."""
    events = rasd.extract(text, published=dt.date(2024, 5, 8), lang=lang).events
    main = [e for e in events if e.role == "main"]
    assert [e.sub_event_type for e in main] == ["Remote explosive/landmine/IED"]


@pytest.mark.parametrize("text", [
    # a village the gazetteer does not hold, written in Arabic script only
    "هاجم مسلحون قرية كوروغوندا قرب بوني يوم الأحد وقتلوا ثلاثة رعاة.",
    "قتل مسلحون راعيين في منطقة تيلوماتوف يوم الأحد.",
])
def test_english_notes_carry_no_arabic_words(text):
    """Regression: an unresolved place went into the English notes as the Arabic text wrote
    it ("near منطقتي")."""
    for event in rasd.extract(text, published=dt.date(2025, 1, 14)).events:
        assert not any("\u0600" <= c <= "\u06ff" for c in event.notes), event.notes


@pytest.mark.parametrize(
    "text",
    [
        # a cue of the past that governs a statement verb dates the statement, not an
        # earlier incident: the earlier word on the same ambush stays with it
        ("Gunmen ambushed an army patrol near Nampala on Monday, killing nine soldiers. "
         "The government had previously announced that the ambush near Nampala killed nine soldiers."),
        ("Des hommes armés ont tendu lundi une embuscade à une patrouille près de Nampala, tuant "
         "neuf soldats. Le gouvernement avait précédemment annoncé que l'embuscade près de Nampala "
         "avait tué neuf soldats."),
        ("نصب مسلحون يوم الاثنين كمينا لدورية للجيش قرب نامبالا وقتلوا تسعة جنود. "
         "وسبق أن أعلنت الحكومة أن الكمين قرب نامبالا أسفر عن مقتل تسعة جنود."),
    ],
)
def test_earlier_statement_is_no_earlier_incident(text):
    doc = rasd.extract(text, published=dt.date(2025, 1, 15))
    assert [e.role for e in doc.events] == ["main"]


@pytest.mark.parametrize(
    "text",
    [
        # a month with no day, "last June", recalls an earlier incident once the news is told
        ("Soldiers arrested two militant leaders near Tera. Last June, militants killed seven "
         "soldiers in the same area."),
        ("Des soldats ont arrêté deux chefs jihadistes près de Téra. En juin dernier, des "
         "jihadistes avaient tué sept soldats dans la même zone."),
        ("اعتقل جنود اثنين من قادة المسلحين قرب تيرا. وفي يونيو الماضي، قتل مسلحون سبعة جنود "
         "في المنطقة نفسها."),
    ],
)
def test_month_last_year_recalls_an_earlier_incident(text):
    doc = rasd.extract(text)
    assert [e.role for e in doc.events] == ["main", "background"]


@pytest.mark.parametrize(
    "text",
    [
        # "unprecedented" recalls nothing: the assault it qualifies is the incident claimed
        ("The group claimed the attack on the Inates camp, where 70 soldiers were killed. "
         "Hundreds of assailants led an unprecedented assault on the camp on Tuesday."),
        ("Le groupe a revendiqué l'attaque du camp d'Inates, où 70 soldats ont été tués. "
         "Des centaines d'assaillants ont mené mardi un assaut sans précédent contre ce camp."),
        ("تبنى التنظيم الهجوم على معسكر إيناتس الذي قتل فيه 70 جنديا. "
         "وشن مئات المهاجمين يوم الثلاثاء هجوما غير مسبوق على المعسكر."),
    ],
)
def test_unprecedented_is_no_recall(text):
    doc = rasd.extract(text)  # no publication date to tell the news by
    assert [e.role for e in doc.events] == ["main"]


@pytest.mark.parametrize(
    "text",
    [
        # a statement that dates its own incident to another day tells another incident
        ("\"On 27 March, an army unit clashed with gunmen near Tillia,\" the ministry said. "
         "\"On 2 April, gunmen attacked a patrol near Malamfatori,\" the ministry added."),
        ("« Le 27 mars, une unité de l'armée a accroché des hommes armés près de Tillia », a "
         "indiqué le ministère. « Le 2 avril, des hommes armés ont attaqué une patrouille près "
         "de Malamfatori », a ajouté le ministère."),
        ("وقالت الوزارة إن وحدة من الجيش اشتبكت مع مسلحين قرب تيليا في 27 مارس. "
         "وأضافت الوزارة أن مسلحين هاجموا دورية قرب مالامفاتوري في 2 أبريل."),
    ],
)
def test_statement_of_another_day_tells_another_incident(text):
    doc = rasd.extract(text, published=dt.date(2025, 4, 5))
    assert [e.event_date for e in doc.events] == [dt.date(2025, 3, 27), dt.date(2025, 4, 2)]


@pytest.mark.parametrize(
    "text",
    [
        # after an aside on an earlier incident, a sentence naming the main incident's town
        # with an event word of its own is back at the main incident
        ("Protesters blocked a French military convoy in Tera, and two people were killed. "
         "The convoy had been stopped last week by protests in Kaya. "
         "In Tera, protesters threw stones at the soldiers."),
        ("Des manifestants ont bloqué un convoi militaire français à Téra, et deux personnes ont "
         "été tuées. Le convoi avait été arrêté la semaine dernière par des manifestations à Kaya. "
         "À Téra, des manifestants ont lancé des pierres sur les soldats."),
        ("أوقف محتجون قافلة عسكرية فرنسية في تيرا وقتل شخصان. "
         "وكانت القافلة قد توقفت الأسبوع الماضي بسبب احتجاجات في كايا. "
         "وفي تيرا رشق محتجون الجنود بالحجارة."),
    ],
)
def test_back_at_the_main_town_after_an_aside(text):
    from rasd.events.segment import segment

    doc = rasd.extract(text)
    incidents = segment(doc)
    assert [i.background for i in incidents] == [False, True]
    assert 2 in incidents[0].sentences


@pytest.mark.parametrize(
    "text",
    [
        # a headline (a line with no final punctuation) sums up the incident its lead tells
        # by its own day and a narrower place: one incident, not two
        ("Gunmen attack a gendarmerie school in Bamako\n"
         "On Tuesday, gunmen attacked a gendarmerie school in the Faladie district, killing five "
         "gendarmes."),
        ("Des hommes armés attaquent une école de gendarmerie à Bamako\n"
         "Mardi, des hommes armés ont attaqué une école de gendarmerie dans le quartier de "
         "Faladie, tuant cinq gendarmes."),
        ("مسلحون يهاجمون مدرسة للدرك في باماكو\n"
         "هاجم مسلحون يوم الثلاثاء مدرسة للدرك في حي فالاديي وقتلوا خمسة من الدرك."),
    ],
)
def test_headline_and_lead_tell_one_incident(text):
    doc = rasd.extract(text, published=dt.date(2025, 1, 15))
    assert [e.role for e in doc.events] == ["main"]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Gunmen attacked the village of Kobe on Saturday. About 90 civilians were killed, "
           "the worst toll in the country since the violence began in 2015 in the north."),
    ("fr", "Des hommes armés ont attaqué le village de Kobe samedi. Environ 90 civils ont été "
           "tués, le pire bilan du pays depuis le début des violences en 2015 dans le nord."),
    ("ar", "هاجم مسلحون قرية كوبي يوم السبت. وقتل نحو 90 مدنيا في أسوأ حصيلة يشهدها البلد منذ "
           "بدء أعمال العنف عام 2015 في الشمال."),
])
def test_a_year_after_since_is_a_yardstick_not_a_recall(lang, text):
    """Regression: 'since ... 2015' made the sentence a recall of history, and its
    incident background."""
    events = rasd.extract(text, published=dt.date(2024, 5, 8), lang=lang).events
    assert [e.role for e in events] == ["main"]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Air strikes killed 12 fighters near Mansila on Friday, the army said. The army said "
           "that three soldiers were killed on Saturday in a bombing near Mangodara."),
    ("fr", "Des frappes aériennes ont tué 12 combattants près de Mansila vendredi, selon l'armée. "
           "L'armée a annoncé que trois soldats ont été tués samedi dans un attentat près de "
           "Mangodara."),
    ("ar", "قتلت غارات جوية 12 مسلحا قرب مانسيلا يوم الجمعة، وفق الجيش. وأعلن الجيش أن ثلاثة "
           "جنود قتلوا يوم السبت في تفجير قرب مانغودارا."),
])
def test_a_statement_of_a_toll_elsewhere_the_next_day_is_another_incident(lang, text):
    """Regression: a statement's date needed to be more than a day from the incident's
    for the statement to tell another one."""
    events = rasd.extract(text, published=dt.date(2021, 10, 3), lang=lang).events
    assert [(e.role, str(e.event_date), e.fatalities_best) for e in events] == [
        ("main", "2021-10-01", 12), ("main", "2021-10-02", 3)]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Gunmen kidnapped a French journalist in Gao on April 8. The ministry confirmed that a "
           "French journalist had disappeared in Mali last month."),
    ("fr", "Des hommes armés ont enlevé un journaliste français à Gao le 8 avril. Le ministère a confirmé "
           "qu'un journaliste français avait disparu au Mali le mois dernier."),
    ("ar", "خطف مسلحون صحفيا فرنسيا في غاو يوم 8 أبريل. وأكدت الوزارة أن صحفيا فرنسيا اختفى في مالي "
           "الشهر الماضي."),
])
def test_a_recall_whose_month_holds_the_main_incident_retells_it(lang, text):
    """Regression: "last month" made the retelling a background incident of its own (one
    that took the type of any event word told after it)."""
    doc = rasd.extract(text, published=dt.date(2021, 5, 5), lang=lang)
    assert [(i.background, i.sentences) for i in segment(doc)] == [(False, [0, 1])]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Gunmen kidnapped a trader near Gao on Monday. The country has battled a years-long "
           "insurgency by armed groups."),
    ("fr", "Des hommes armés ont enlevé un commerçant près de Gao lundi. Le pays fait face "
           "depuis des années à une insurrection de groupes armés."),
    ("ar", "خطف مسلحون تاجرا قرب غاو يوم الاثنين. ويواجه البلد منذ سنوات تمردا تقوده جماعات "
           "مسلحة."),
])
def test_a_lasting_state_told_beside_an_incident_names_no_act_of_it(lang, text):
    """Regression: the insurgency's event word made the kidnapping an armed clash."""
    events = rasd.extract(text, published=dt.date(2021, 5, 5), lang=lang).events
    assert [(e.role, e.sub_event_type) for e in events] == [
        ("main", "Abduction/forced disappearance")]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "A rights group said on Friday that the massacre of villagers in Burkina Faso left 60 "
           "dead. Gunmen killed 60 villagers at Karma on April 20, a prosecutor said."),
    ("fr", "Une association a indiqué vendredi que le massacre de villageois au Burkina Faso a "
           "fait 60 morts. Des hommes armés ont tué 60 villageois à Karma le 20 avril, selon "
           "un procureur."),
    ("ar", "قالت منظمة حقوقية يوم الجمعة إن مجزرة القرويين في بوركينا فاسو خلفت 60 قتيلا. وقتل "
           "مسلحون 60 قرويا في كارما يوم 20 أبريل، حسب مدع عام."),
])
def test_a_dated_sentence_repeating_the_undated_main_toll_dates_it(lang, text):
    """Regression: the statement's Friday made the incident's own day, a week before,
    a background incident."""
    events = rasd.extract(text, published=dt.date(2023, 4, 29), lang=lang).events
    assert [(e.role, str(e.event_date)) for e in events] == [("main", "2023-04-20")]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Gunmen killed 16 worshippers in Thiem in the Tillaberi region on Friday. The attack "
           "followed the killing of 37 civilians in a nearby village on Monday. On Friday, "
           "attacks in the Tillaberi region drew calls for more troops."),
    ("fr", "Des hommes armés ont tué 16 fidèles à Thiem dans la région de Tillabéri vendredi. "
           "L'attaque fait suite au massacre de 37 civils dans un village voisin lundi. Vendredi, "
           "les attaques dans la région de Tillabéri ont suscité des appels à plus de troupes."),
    ("ar", "قتل مسلحون 16 مصليا في تييم بمنطقة تيلابيري يوم الجمعة. ويأتي الهجوم بعد مقتل 37 "
           "مدنيا في قرية مجاورة يوم الاثنين. ويوم الجمعة، أثارت الهجمات في منطقة تيلابيري دعوات "
           "لإرسال مزيد من القوات."),
])
def test_the_main_incident_told_again_by_its_region_after_an_aside_is_the_same(lang, text):
    """Regression: back from the background aside, the region of the main incident made
    the sentence another main incident."""
    events = rasd.extract(text, published=dt.date(2021, 8, 21), lang=lang).events
    assert [e.role for e in events] == ["main", "background"]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Seven workers were kidnapped in Niger yesterday. The group had killed a French aid "
           "worker last July. In the night of 15 to 16 September, "
           "gunmen abducted the seven workers at their homes in Arlit."),
    ("fr", "Sept employés ont été enlevés hier au Niger. Le groupe avait tué un humanitaire "
           "français en juillet dernier. Dans la nuit du 15 au 16 septembre, des "
           "hommes armés ont enlevé les sept employés à leur domicile à Arlit."),
    ("ar", "خطف سبعة عمال أمس في النيجر. وكانت الجماعة قد قتلت عامل إغاثة فرنسيا في يوليو "
           "الماضي. وفي ليلة 15 إلى 16 سبتمبر، خطف مسلحون العمال السبعة "
           "من منازلهم في أرليت."),
])
def test_a_town_named_on_a_night_that_holds_the_incident_day_is_the_same_incident(lang, text):
    """Regression: back from an aside, the town in the country, on the night before the
    lead's day, made a second main incident."""
    events = rasd.extract(text, published=dt.date(2010, 9, 17), lang=lang).events
    assert [e.role for e in events] == ["main", "background"]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Soldiers repelled an attack on their post near Kaya on Monday, the army said. In "
           "2022, jihadists have killed more than 400 civilians in the country."),
    ("fr", "Des soldats ont repoussé une attaque contre leur poste près de Kaya lundi, selon "
           "l'armée. En 2022, les jihadistes ont tué plus de 400 civils dans le pays."),
    ("ar", "صد جنود هجوما على موقعهم قرب كايا يوم الاثنين، وفق الجيش. وفي 2022، قتل الجهاديون "
           "أكثر من 400 مدني في البلاد."),
])
def test_a_toll_dated_only_by_a_year_adds_up_many_incidents(lang, text):
    """Regression: the yearly tally joined the incident and gave it its toll and doers."""
    events = rasd.extract(text, published=dt.date(2022, 6, 14), lang=lang).events
    assert [(e.role, e.fatalities_best or 0) for e in events] == [("main", 0)]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Air strikes killed many fighters in the border area. On Sunday 22 October, the unit "
           "spotted about a hundred fighters near Goungam. Survivors fled and were hit by air "
           "strikes at Ayorou."),
    ("fr", "Des frappes aériennes ont tué de nombreux combattants dans la zone frontalière. Le "
           "dimanche 22 octobre, l'unité a repéré une centaine de combattants près de Goungam. "
           "Des rescapés ont fui et ont été visés par des frappes aériennes à Ayorou."),
    ("ar", "قتلت غارات جوية عددا كبيرا من المسلحين في المنطقة الحدودية. ويوم الأحد 22 أكتوبر، "
           "رصدت الوحدة نحو مئة مسلح قرب غونغام. وفر ناجون فاستهدفتهم غارات جوية في أيورو."),
])
def test_a_scene_sentence_gives_its_town_to_the_incident_before_it(lang, text):
    """Regression: the town of the scene ("spotted fighters near Goungam") was not the
    incident's, so strikes at another town the same day went on with it."""
    events = rasd.extract(text, published=dt.date(2023, 10, 23), lang=lang).events
    assert len([e for e in events if e.role == "main"]) == 2


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Gunmen abducted about 40 women gathering wood near Arbinda. On Friday, about 20 other "
           "women were in turn abducted north of the town."),
    ("fr", "Des hommes armés ont enlevé une quarantaine de femmes qui ramassaient du bois près "
           "d'Arbinda. Vendredi, une vingtaine d'autres femmes ont à leur tour été enlevées au "
           "nord de la ville."),
    ("ar", "خطف مسلحون نحو 40 امرأة كن يجمعن الحطب قرب أربيندا. ويوم الجمعة، خطفت بدورها نحو "
           "20 امرأة أخرى شمال البلدة."),
])
def test_victims_taken_in_turn_are_another_incident(lang, text):
    """Regression: the second abduction, dated while the first was not, went on with it."""
    events = rasd.extract(text, published=dt.date(2023, 1, 16), lang=lang).events
    assert [e.role for e in events] == ["main", "main"]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Gunmen hit village of last year's massacre, 31 killed\nAt least 31 villagers were "
           "killed on Friday in an attack on Ogossagou, the government said."),
    ("fr", "Des hommes armés frappent le village du massacre de l'an dernier, 31 morts\nAu moins "
           "31 villageois ont été tués vendredi dans une attaque contre Ogossagou, selon le "
           "gouvernement."),
    ("ar", "مسلحون يهاجمون قرية مجزرة العام الماضي ومقتل 31\nقتل 31 قرويا على الأقل يوم الجمعة "
           "في هجوم على أوغوساغو، وفق الحكومة."),
])
def test_a_headline_sums_up_the_news_whatever_it_recalls(lang, text):
    """Regression: the recall beside the headline's news made it a background incident."""
    events = rasd.extract(text, published=dt.date(2020, 2, 15), lang=lang).events
    assert [e.role for e in events] == ["main"]
