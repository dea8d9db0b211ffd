"""Segmentation of real reports: how many incidents a report tells, told in three languages."""

import datetime as dt

import pytest

import rasd


def _main(text: str, published: dt.date) -> list:
    return [e for e in rasd.extract(text, published=published).events if e.role == "main"]


@pytest.mark.parametrize("text", [
    # a lasting state or a threat told after the incident does not undo it
    "Gunmen abducted twelve women near Djibo on Tuesday. The area has been under blockade "
    "for months.",
    "Des hommes armés ont enlevé douze femmes près de Djibo mardi. La zone est sous blocus "
    "depuis des mois.",
    "اختطف مسلحون اثنتي عشرة امرأة قرب جيبو يوم الثلاثاء. وتخضع المنطقة للحصار منذ أشهر.",
    "Gunmen abducted twelve women near Djibo on Tuesday. The governor warned he could close "
    "the market.",
    "Des hommes armés ont enlevé douze femmes près de Djibo mardi. Le gouverneur a menacé "
    "de fermer le marché.",
    "اختطف مسلحون اثنتي عشرة امرأة قرب جيبو يوم الثلاثاء. وهدد الحاكم بإغلاق السوق.",
])
def test_a_later_threat_or_trend_leaves_the_incident_told_before(text):
    assert len(_main(text, dt.date(2025, 3, 6))) == 1


@pytest.mark.parametrize("text", [
    # the threat opens the passage: what follows about it is no incident either
    "The group threatened to attack trucks bound for Gao. Trucks have been targeted on the "
    "roads for months.",
    "Le groupe a menacé d'attaquer les camions en route vers Gao. Des camions sont visés "
    "sur les routes depuis des mois.",
    "هددت الجماعة بمهاجمة الشاحنات المتجهة إلى غاو. وتتعرض الشاحنات للاستهداف على الطرق منذ أشهر.",
])
def test_a_threat_that_opens_the_passage_stays_no_incident(text):
    assert _main(text, dt.date(2025, 3, 6)) == []


@pytest.mark.parametrize("text", [
    # "the same day" with an event word of its own tells another incident of that day
    "Gunmen ambushed a gendarmerie patrol near Kaya on Sunday, killing four gendarmes. The "
    "same day, a mine killed two bus passengers on the same road.",
    "Des hommes armés ont tendu une embuscade à une patrouille de gendarmes près de Kaya "
    "dimanche, tuant quatre gendarmes. Le même jour, une mine a tué deux passagers d'un bus "
    "sur le même axe.",
    "نصب مسلحون كمينا لدورية من الدرك قرب كايا يوم الأحد وقتلوا أربعة دركيين. وفي اليوم "
    "نفسه، قتل لغم راكبين اثنين في حافلة على الطريق ذاته.",
])
def test_the_same_day_with_an_event_word_is_another_incident(text):
    assert len(_main(text, dt.date(2025, 3, 4))) == 2


@pytest.mark.parametrize("text,places", [
    # another place with a toll of its own is another incident of the same raid
    ("Gunmen killed twenty people at the market of Kaya on Monday. As they withdrew, they "
     "killed three more in the village of Barsalogho.", ["Kaya", "Barsalogho"]),
    ("Des hommes armés ont tué vingt personnes au marché de Kaya lundi. En se retirant, ils "
     "ont tué trois autres personnes dans le village de Barsalogho.", ["Kaya", "Barsalogho"]),
    ("قتل مسلحون عشرين شخصا في سوق كايا يوم الاثنين. وأثناء انسحابهم قتلوا ثلاثة آخرين في "
     "قرية بارسالوغو.", ["كايا", "بارسالوغو"]),
])
def test_another_place_with_its_own_toll_is_another_incident(text, places):
    assert [e.location_text for e in _main(text, dt.date(2025, 3, 4))] == places


@pytest.mark.parametrize("text", [
    # a recall cue ("days ago", "rappelons que", a claim the group "had" made) tells an
    # earlier incident, even without a date of its own
    "Gunmen killed two police officers in an attack on a post in Kaya on Monday. Days ago, "
    "the same group abducted three traders near Barsalogho.",
    "Des hommes armés ont tué deux policiers lors d'une attaque contre un poste à Kaya lundi. "
    "Il y a quelques jours, le même groupe a enlevé trois commerçants près de Barsalogho.",
    "قتل مسلحون شرطيين اثنين في هجوم على مركز في كايا يوم الاثنين. وكانت الجماعة نفسها قد "
    "خطفت قبل أيام ثلاثة تجار قرب بارسالوغو.",
    "Des hommes armés ont tué deux policiers lors d'une attaque contre un poste à Kaya lundi. "
    "Rappelons que des manifestants ont bloqué un convoi à Barsalogho.",
    "Gunmen killed two police officers in an attack on a post in Kaya on Monday. The same "
    "group had claimed the attack on the camp at Barsalogho that killed twelve soldiers.",
    "Des hommes armés ont tué deux policiers lors d'une attaque contre un poste à Kaya lundi. "
    "Le même groupe avait revendiqué l'attaque du camp de Barsalogho, qui a fait douze morts.",
])
def test_a_recall_cue_tells_a_background_incident(text):
    doc = rasd.extract(text, published=dt.date(2025, 3, 4))
    assert [e.role for e in doc.events] == ["main", "background"]


@pytest.mark.parametrize("text", [
    # another tactic on another day is another incident, even in the statement telling both
    "The army said gunmen ambushed a patrol near Kaya on Saturday evening, killing nine "
    "soldiers. It also said troops intercepted a group of fighters on Friday night, killing "
    "twelve of them.",
    "L'armée a indiqué que des hommes armés ont tendu une embuscade à une patrouille près de "
    "Kaya samedi soir, tuant neuf soldats. Elle a aussi indiqué que des militaires ont "
    "arrêté quinze suspects dimanche lors d'une opération de ratissage.",
    "قال الجيش إن مسلحين نصبوا كمينا لدورية قرب كايا مساء السبت وقتلوا تسعة جنود. وأضاف "
    "أن قواته ألقت القبض على خمسة عشر مشتبها بهم يوم الأحد.",
    # "a third attack", "in another operation": ordinal and "another" cues
    "Gunmen attacked an army post in Kaya on Monday, killing nine soldiers. A third attack "
    "targeted a gendarmerie post in Barsalogho overnight.",
    "Des hommes armés ont attaqué un poste de l'armée à Kaya lundi, tuant neuf soldats. Une "
    "troisième attaque a visé un poste de gendarmerie à Barsalogho dans la nuit.",
    "هاجم مسلحون موقعا للجيش في كايا يوم الاثنين وقتلوا تسعة جنود. واستهدف هجوم ثالث مركزا "
    "للدرك في بارسالوغو ليلا.",
])
def test_another_act_or_an_ordinal_cue_opens_another_incident(text):
    assert len(_main(text, dt.date(2025, 3, 4))) == 2


@pytest.mark.parametrize("text", [
    # a count of separate attacks tells that many incidents, even with no place for each;
    # the toll given for them all is divided among them (ACLED's rule)
    "The army said 14 soldiers were killed on Tuesday in two separate attacks when their "
    "vehicles hit explosive devices in central Mali.",
    "L'armée a indiqué que 14 soldats ont été tués mardi dans deux attaques distinctes "
    "lorsque leurs véhicules ont heurté des engins explosifs dans le centre du Mali.",
    "قال الجيش إن 14 جنديا قتلوا يوم الثلاثاء في هجومين منفصلين بعد أن اصطدمت مركباتهم "
    "بعبوات ناسفة في وسط مالي.",
])
def test_a_count_of_separate_attacks_tells_that_many(text):
    events = _main(text, dt.date(2025, 3, 5))
    assert [e.fatalities for e in events] == [7, 7]


@pytest.mark.parametrize("text", [
    # an arrest that is only the aim of a deployment names no act: the arrests made the next
    # day, told in the same statement, are another incident
    "A unit was sent on Monday to arrest cattle thieves near the village of Kaya, the army "
    "said. Gunmen ambushed the unit, killing six soldiers. The statement added that troops "
    "arrested eleven suspects on Tuesday.",
    "L'armée a indiqué qu'une unité a été envoyée lundi pour arrêter des voleurs de bétail "
    "près du village de Kaya. Des hommes armés ont tendu une embuscade à l'unité, tuant six "
    "soldats. Le communiqué ajoute que les militaires ont arrêté onze suspects mardi.",
    "قال الجيش إن وحدة أرسلت يوم الاثنين للقبض على لصوص ماشية قرب قرية كايا. ونصب مسلحون "
    "كمينا للوحدة وقتلوا ستة جنود. وأضاف البيان أن القوات ألقت القبض على أحد عشر مشتبها بهم "
    "يوم الثلاثاء.",
])
def test_an_arrest_that_is_only_an_aim_leaves_the_later_arrests_apart(text):
    events = _main(text, dt.date(2025, 3, 6))
    assert [e.sub_event_type for e in events] == ["Armed clash", "Arrests"]


@pytest.mark.parametrize("text", [
    # "last week" told after the main incident recalls an earlier one, even in a report
    # with no publication date to resolve it against
    "A rocket attack hit the town of Boni at dawn on Wednesday, killing one soldier. Fighters "
    "of the same group killed two soldiers near the town last week.",
    "Une attaque à la roquette a frappé la ville de Boni mercredi à l'aube, tuant un soldat. "
    "Des combattants du même groupe ont tué deux soldats près de la ville la semaine dernière.",
    "أصاب هجوم صاروخي مدينة بوني فجر الأربعاء وقتل جنديا. وقتل مقاتلون من الجماعة نفسها "
    "جنديين قرب المدينة الأسبوع الماضي.",
])
def test_last_week_after_the_main_incident_is_background(text):
    doc = rasd.extract(text, published=None)
    assert [e.role for e in doc.events] == ["main", "background"]


@pytest.mark.parametrize("text", [
    # the main incident itself was last week: its retelling stays the main incident
    "Gunmen killed twelve soldiers in an attack on a post near Kaya last week. The army said "
    "the attack last week also wounded eight soldiers.",
    "Des hommes armés ont tué douze soldats lors d'une attaque contre un poste près de Kaya "
    "la semaine dernière. L'armée a indiqué que l'attaque de la semaine dernière a aussi "
    "blessé huit soldats.",
    "قتل مسلحون اثني عشر جنديا في هجوم على موقع قرب كايا الأسبوع الماضي. وقال الجيش إن "
    "هجوم الأسبوع الماضي أصاب أيضا ثمانية جنود.",
])
def test_last_week_that_dates_the_main_incident_keeps_it_main(text):
    doc = rasd.extract(text, published=dt.date(2025, 3, 12))
    assert [e.role for e in doc.events] == ["main"]


@pytest.mark.parametrize("text,roles", [
    # a background incident years old with no toll is history, not an event
    ("Gunmen killed five herders near Kaya on Monday. Armed groups took control of the "
     "north of the country in 2012 before a military operation pushed them back in 2013.",
     ["main"]),
    ("Des hommes armés ont tué cinq éleveurs près de Kaya lundi. Des groupes armés ont pris "
     "le contrôle du nord du pays en 2012 avant d'en être chassés par une opération militaire "
     "en 2013.", ["main"]),
    ("قتل مسلحون خمسة رعاة قرب كايا يوم الاثنين. وسيطرت جماعات مسلحة على شمال البلاد في "
     "عام 2012 قبل أن تطردها عملية عسكرية في عام 2013.", ["main"]),
    # a recalled attack with its own toll stays a background event, however old
    ("Gunmen killed five herders near Kaya on Monday. In March 2019, an attack on the "
     "village of Ogossagou killed 157 people.", ["main", "background"]),
    ("Des hommes armés ont tué cinq éleveurs près de Kaya lundi. En mars 2019, une attaque "
     "contre le village d'Ogossagou avait tué 157 personnes.", ["main", "background"]),
    ("قتل مسلحون خمسة رعاة قرب كايا يوم الاثنين. وفي مارس 2019 قتل هجوم على قرية أوغوساغو "
     "157 شخصا.", ["main", "background"]),
])
def test_an_old_background_incident_without_a_toll_is_history(text, roles):
    doc = rasd.extract(text, published=dt.date(2025, 3, 4))
    assert [e.role for e in doc.events] == roles


@pytest.mark.parametrize("text", [
    # a day count tied to an event it names ("two days after clashes") dates the sentence's
    # own incident from that one: it does not move the story on to a later incident
    "Protests in Kidal against the armed groups\nHundreds of residents of Kidal marched "
    "through the town on Monday morning, two days after clashes between armed groups nearby.",
    "Manifestations à Kidal contre les groupes armés\nDes centaines d'habitants de Kidal ont "
    "défilé dans la ville lundi matin, deux jours après des affrontements entre groupes armés "
    "aux alentours.",
    "مظاهرات في كيدال ضد الجماعات المسلحة\nخرج مئات من سكان كيدال في شوارع المدينة صباح "
    "الاثنين بعد يومين من اشتباكات بين جماعات مسلحة في محيطها.",
])
def test_a_day_count_tied_to_a_named_event_opens_no_later_incident(text):
    assert len(_main(text, dt.date(2025, 3, 4))) == 1


@pytest.mark.parametrize("text", [
    # "earlier in the day" with an event word of its own is another incident of that day,
    # even where "earlier" could read as an earlier toll
    "Gunmen abducted forty pupils from a boarding school in Kaduna on Sunday night. Earlier "
    "in the day, at least six nurses were kidnapped from a hospital in the same state.",
    "Des hommes armés ont enlevé quarante élèves dans un internat de Kaduna dimanche soir. "
    "Plus tôt dans la journée de dimanche, au moins six infirmiers ont été kidnappés dans un "
    "hôpital du même Etat.",
    "خطف مسلحون أربعين تلميذا من مدرسة داخلية في كادونا مساء الأحد. وقبل ذلك في اليوم نفسه، "
    "خطف ستة ممرضين على الأقل من مستشفى في الولاية ذاتها.",
])
def test_earlier_in_the_day_with_an_event_word_is_another_incident(text):
    assert len(_main(text, dt.date(2021, 7, 6))) == 2


@pytest.mark.parametrize("text", [
    # an act answering the one told before, with a toll of its own, is another incident,
    # even inside the statement about the first
    "The army said 9 soldiers were killed on Tuesday when two mines hit their convoy near "
    "Kaya. In response to the attacks, reinforcements killed 20 fighters, the army said.",
    "L'armée a indiqué que 9 soldats ont été tués mardi lorsque deux mines ont touché leur "
    "convoi près de Kaya. En riposte à ces attaques, des renforts ont tué 20 assaillants, "
    "selon l'armée.",
    "قال الجيش إن 9 جنود قتلوا يوم الثلاثاء عندما أصاب لغمان قافلتهم قرب كايا. وقال الجيش "
    "إن التعزيزات التي أرسلت ردا على الهجمات قتلت 20 مسلحا.",
])
def test_an_answering_act_with_its_own_toll_is_another_incident(text):
    assert len(_main(text, dt.date(2025, 3, 5))) == 2


@pytest.mark.parametrize("text", [
    # "a series of" names what the report is about, not an earlier incident: the lead's
    # toll stays with the main incident
    "At least nine people were killed in a series of drone strikes near Kidal, the mayor "
    "said.",
    "Au moins neuf personnes ont été tuées dans une série de frappes de drone près de "
    "Kidal, a indiqué le maire.",
    "قتل تسعة أشخاص على الأقل في سلسلة من الغارات بطائرات مسيرة قرب كيدال، "
    "بحسب رئيس البلدية.",
])
def test_a_series_of_strikes_is_the_news_not_a_recall(text):
    doc = rasd.extract(text, published=dt.date(2025, 3, 6))
    assert [(e.role, e.fatalities) for e in doc.events] == [("main", 9)]


@pytest.mark.parametrize("text", [
    # one toll told for a counted pair of attacks: ACLED divides it, remainder to the first
    "The army said on Wednesday that 15 soldiers were killed on Tuesday in two separate "
    "attacks in central Mali.",
    "L'armée a annoncé mercredi que 15 soldats ont été tués mardi dans deux attaques "
    "distinctes dans le centre du Mali.",
    "أعلن الجيش يوم الأربعاء أن 15 جنديا قتلوا يوم الثلاثاء في هجومين منفصلين في وسط مالي.",
])
def test_one_toll_for_counted_attacks_is_divided_among_them(text):
    doc = rasd.extract(text, published=dt.date(2025, 3, 6))
    assert [e.fatalities for e in doc.events] == [8, 7]
    assert all(e.evidence.get("fatalities") for e in doc.events)


@pytest.mark.parametrize("text", [
    # a second incident told in a clause of the same sentence, with its own toll
    "On Thursday the first ambush near Kaya killed six soldiers, while four gendarmes died "
    "in another ambush near Dori.",
    "Jeudi, la première embuscade près de Kaya a tué six soldats, tandis que quatre gendarmes "
    "ont péri dans une autre embuscade près de Dori.",
    "أدى الكمين الأول قرب كايا يوم الخميس إلى مقتل ستة جنود، فيما قتل أربعة دركيين في كمين "
    "آخر قرب دوري.",
])
def test_a_clause_telling_another_ambush_is_another_incident(text):
    events = _main(text, dt.date(2025, 3, 8))
    assert [e.fatalities for e in events] == [6, 4]


@pytest.mark.parametrize("text", [
    # a relative clause recalling an earlier massacre at the same village, by its year
    "Gunmen killed four civilians on Friday in the village of Ogossagou, where about 150 "
    "herders were killed in March 2019.",
    "Des hommes armés ont tué quatre civils vendredi dans le village d'Ogossagou, où environ "
    "150 éleveurs avaient été tués en mars 2019.",
    "قتل مسلحون أربعة مدنيين يوم الجمعة في قرية أوغوساغو التي شهدت في مارس 2019 مجزرة قتل "
    "فيها نحو 150 من الرعاة.",
])
@pytest.mark.parametrize("published", [dt.date(2025, 3, 8), None])
def test_a_relative_clause_recalling_an_old_massacre_is_background(text, published):
    doc = rasd.extract(text, published=published)
    assert [(e.role, e.fatalities) for e in doc.events] == [("main", 4), ("background", 150)]


@pytest.mark.parametrize("text", [
    # a communiqué's operations by calendar day, a day apart: one incident each, and the
    # day after "the statement added" with no "that" dates the strike, not the statement
    "The army said its artillery shelled a hideout near Mako on 24 December. The statement "
    "added the air force carried out on 25 December an air strike on two vehicles near "
    "Boulkessi.",
    "L'armée a indiqué que son artillerie a pilonné un repaire près de Mako le 24 décembre. "
    "Le communiqué ajoute l'aviation a mené le 25 décembre une frappe aérienne contre deux "
    "véhicules près de Boulkessi.",
    "قال الجيش إن مدفعيته قصفت مخبأ قرب ماكو في 24 ديسمبر. وأضاف البيان القوات الجوية نفذت "
    "في 25 ديسمبر غارة جوية على مركبتين قرب بولكيسي.",
])
def test_operations_on_consecutive_calendar_days_are_two_incidents(text):
    events = _main(text, dt.date(2024, 12, 28))
    assert [e.event_date for e in events] == [dt.date(2024, 12, 24), dt.date(2024, 12, 25)]


@pytest.mark.parametrize("text", [
    # the same act at the same place on two calendar days written out
    "Gunmen attacked the market of Kaya on 3 March. Gunmen attacked the market of Kaya "
    "again on 4 March.",
    "Des hommes armés ont attaqué le marché de Kaya le 3 mars. Des hommes armés ont attaqué "
    "de nouveau le marché de Kaya le 4 mars.",
    "هاجم مسلحون سوق كايا في 3 مارس. وهاجم مسلحون سوق كايا مجددا في 4 مارس.",
])
def test_the_same_act_on_the_next_calendar_day_is_another_incident(text):
    events = _main(text, dt.date(2025, 3, 8))
    assert [e.event_date for e in events] == [dt.date(2025, 3, 3), dt.date(2025, 3, 4)]


@pytest.mark.parametrize("text", [
    # the traces an attack left, found the next day, belong to it: so does the toll after
    "Drones struck the village of Tiawa on 5 January. A patrol found the bodies of villagers "
    "and houses destroyed by fire on 6 January. Residents said at least 30 villagers were "
    "killed.",
    "Des drones ont frappé le village de Tiawa le 5 janvier. Une patrouille a découvert les "
    "corps de villageois et des maisons détruites par le feu le 6 janvier. Des habitants ont "
    "affirmé qu'au moins 30 villageois ont été tués.",
    "قصفت طائرات مسيرة قرية تياوا في 5 يناير. وعثرت دورية على جثث قرويين ومنازل دمرتها "
    "النيران في 6 يناير. وقال سكان إن 30 قرويا على الأقل قتلوا.",
])
def test_traces_found_the_next_day_belong_to_the_incident(text):
    events = _main(text, dt.date(2025, 1, 8))
    assert [(e.event_date, e.fatalities) for e in events] == [(dt.date(2025, 1, 5), 30)]


@pytest.mark.parametrize("text,subs", [
    # a force answering an attack with shells or air strikes: the reply is an act of its own
    ("Militants fired rockets at the army camp in Diffa on Saturday. The soldiers responded "
     "with artillery fire on the militants' positions.",
     ["Shelling/artillery/missile attack", "Shelling/artillery/missile attack"]),
    ("Des militants ont tiré des roquettes sur le camp militaire de Diffa samedi. Les "
     "soldats ont riposté par des tirs d'artillerie sur les positions des assaillants.",
     ["Shelling/artillery/missile attack", "Shelling/artillery/missile attack"]),
    ("أطلق مسلحون صواريخ على معسكر الجيش في ديفا يوم السبت. وردّ الجنود بإطلاق قذائف "
     "مدفعية على مواقع المهاجمين.",
     ["Shelling/artillery/missile attack", "Shelling/artillery/missile attack"]),
    # a reply by gunfire is the same fight
    ("Gunmen attacked the army post in Diffa on Saturday. The soldiers responded with "
     "gunfire.", ["Armed clash"]),
])
def test_a_reply_from_afar_is_another_incident(text, subs):
    assert [e.sub_event_type for e in _main(text, dt.date(2025, 3, 9))] == subs


@pytest.mark.parametrize("text", [
    # a second act told in the same sentence, on the same day, after a clause joiner
    "The army destroyed two trucks near Ber on 3 May, while the same day its aircraft "
    "destroyed a depot near Tessit.",
    "L'armée a détruit deux camions près de Ber le 3 mai, tandis que le même jour ses avions "
    "ont détruit un dépôt près de Tessit.",
    "دمر الجيش شاحنتين قرب بير في 3 مايو، كما تم في اليوم نفسه تدمير مستودع قرب تيسيت.",
])
def test_a_same_day_clause_is_another_incident(text):
    assert len(_main(text, dt.date(2025, 5, 5))) == 2


@pytest.mark.parametrize("text", [
    # a part of the same day ("that same evening") counts from the incident told before
    "Gunmen shelled the town of Nouna on Monday night, killing six civilians. Officials said "
    "the same evening the village of Tansila was also the target of an attack by gunmen.",
    "Des hommes armés ont bombardé la ville de Nouna lundi soir, tuant six civils. Selon un "
    "responsable, le soir même le village de Tansila a aussi été la cible d'une attaque.",
    "قصف مسلحون مدينة نونا ليلة الاثنين ما أدى إلى مقتل ستة مدنيين. وقال مسؤول إن قرية "
    "تانسيلا كانت مساء اليوم نفسه هدفا لهجوم شنه مسلحون.",
])
def test_a_part_of_the_same_day_with_an_event_word_is_another_incident(text):
    assert len(_main(text, dt.date(2025, 3, 4))) == 2


@pytest.mark.parametrize("text", [
    # "in recent months" before plural attacks tells a trend, not an earlier incident
    "Gunmen shelled the town of Kaya on Sunday night, killing four civilians. In recent months "
    "Kaya has served as a refuge for thousands displaced by repeated attacks in the area. A "
    "resident said shells had hit several houses.",
    "Des hommes armés ont bombardé la ville de Kaya dimanche soir, tuant quatre civils. Ces "
    "derniers mois, Kaya a servi de refuge à des milliers de déplacés fuyant les attaques "
    "répétées dans la zone. Un habitant a dit que des obus avaient touché plusieurs maisons.",
    "قصف مسلحون مدينة كايا ليلة الأحد ما أدى إلى مقتل أربعة مدنيين. وعملت مدينة كايا في "
    "الأشهر الأخيرة كملاذ لآلاف النازحين بسبب الهجمات المتكررة في المنطقة. وقال أحد السكان "
    "إن قذائف سقطت على عدة منازل.",
])
def test_recent_months_of_attacks_are_a_trend_not_an_incident(text):
    doc = rasd.extract(text, published=dt.date(2025, 3, 4))
    assert [e.role for e in doc.events] == ["main"]


@pytest.mark.parametrize("text", [
    # a recall in passing ("a day after a strike near X") is a background incident, and the
    # sentences after it go on with the report's own incident
    "Hundreds of protesters occupied the airport of Kidal on Wednesday. The protest came a "
    "day after an air strike on rebel positions near Tabankort. Protesters threw "
    "stones and set fire to a vehicle.",
    "Des centaines de manifestants ont occupé l'aéroport de Kidal mercredi. La manifestation "
    "survient un jour après une frappe d'hélicoptère contre des positions rebelles près de "
    "Tabankort. Les manifestants ont jeté des pierres et incendié un véhicule.",
    "احتل مئات المتظاهرين مطار مدينة كيدال يوم الأربعاء. وجاءت المظاهرة بعد يوم من غارة لمروحية على "
    "مواقع المتمردين قرب تابانكورت. ورشق المتظاهرون الحجارة وأحرقوا سيارة.",
])
def test_a_recall_in_passing_is_background_and_the_story_goes_back(text):
    doc = rasd.extract(text, published=dt.date(2025, 3, 6))
    roles = [e.role for e in doc.events]
    assert roles.count("main") == 1 and roles.count("background") == 1
    main = next(e for e in doc.events if e.role == "main")
    last = doc.sentences[-1].span
    spans = [span for field in main.evidence.values() for span in field]
    assert any(last.start <= start < last.end for start, _ in spans)


@pytest.mark.parametrize("text", [
    # a headline, then a body dated "in late March" and a day inside it: one main incident,
    # however long before the report (a headline alone dates nothing)
    "Mali: soldiers accused of killing villagers\n"
    "Soldiers killed about 40 villagers in the town of Dogo in late March, a rights group "
    "said. The men were detained during an operation that began on March 27.",
    "Mali : des soldats accusés d'avoir tué des villageois\n"
    "Des soldats ont tué une quarantaine de villageois dans la ville de Dogo fin mars, selon "
    "une ONG. Les hommes avaient été arrêtés lors d'une opération lancée le 27 mars.",
    "مالي: جنود متهمون بقتل قرويين\n"
    "قتل جنود نحو 40 قرويا في مدينة دوغو أواخر مارس بحسب منظمة حقوقية. وكان الرجال قد اعتقلوا "
    "خلال عملية بدأت في 27 مارس.",
])
def test_a_day_inside_the_incidents_month_tells_the_same_incident(text):
    doc = rasd.extract(text, published=dt.date(2025, 4, 25))
    assert [e.role for e in doc.events] == ["main"]


@pytest.mark.parametrize("text", [
    # a photo credit's year is no recall of an incident back then
    "Mali: soldiers accused of killing villagers\nImage © 2013 Rights Watch – Soldiers killed "
    "about 40 villagers in the town of Dogo on 27 March, a rights group said.",
    "Mali : des soldats accusés d'avoir tué des villageois\nImage © 2013 Rights Watch – Des "
    "soldats ont tué une quarantaine de villageois dans la ville de Dogo le 27 mars, selon une ONG.",
    "مالي: جنود متهمون بقتل قرويين\nصورة © 2013 رايتس ووتش – قتل جنود نحو 40 قرويا في مدينة دوغو "
    "في 27 مارس بحسب منظمة حقوقية.",
])
def test_a_copyright_year_recalls_nothing(text):
    doc = rasd.extract(text, published=dt.date(2025, 4, 8))
    assert [e.role for e in doc.events] == ["main"]


@pytest.mark.parametrize("text", [
    # a threat denied ("the wounds do not threaten their lives") leaves the incident told
    "Police said the wounds never threatened the lives of the four protesters shot in Kaya on "
    "Saturday when soldiers opened fire on the crowd.",
    "La police a indiqué que les blessures ne menacent pas la vie des quatre manifestants "
    "touchés samedi à Kaya lorsque des soldats ont tiré sur la foule.",
    "أعلنت الشرطة أن الإصابات لا تهدد حياة أربعة متظاهرين أصيبوا في كايا يوم السبت بعد أن أطلق "
    "جنود النار على الحشد.",
])
def test_a_denied_threat_leaves_the_incident_reported(text):
    assert len(_main(text, dt.date(2025, 3, 10))) == 1


@pytest.mark.parametrize("text", [
    # "the day before" after a date of its own sentence counts from that date, not from the
    # incident told before: the same clash, told again
    "Protesters clashed with a military convoy in Tera, leaving two dead. The army confirmed "
    "on 28 November that the clashes the day before in Tera had left two dead.",
    "Des manifestants se sont heurtés à un convoi militaire à Téra, faisant deux morts. "
    "L'armée a confirmé le 28 novembre que les heurts de la veille à Téra avaient fait deux morts.",
    "اشتبك متظاهرون مع قافلة عسكرية في تيرا ما أسفر عن قتيلين. وأكد الجيش في 28 نوفمبر أن "
    "الاشتباكات التي وقعت في اليوم السابق في تيرا أسفرت عن قتيلين.",
])
def test_a_day_count_from_a_date_of_its_own_sentence_tells_no_other_incident(text):
    assert len(_main(text, dt.date(2025, 11, 30))) == 1


@pytest.mark.parametrize("text", [
    # back at the main incident after an aside, by a place its passage named as where it is
    "Five soldiers were killed on Wednesday in an attack on an army company at Midal. Midal "
    "is part of the Tassara prefecture. Twenty soldiers had been killed at Tazalit in October "
    "2016. A local newspaper said the assault happened on Wednesday morning west of Tassara.",
    "Cinq soldats ont été tués mercredi lors d'une attaque contre une compagnie de l'armée à "
    "Midal. Midal fait partie de la préfecture de Tassara. Vingt soldats avaient été tués à "
    "Tazalit en octobre 2016. Selon un journal local, l'assaut s'est produit mercredi matin "
    "à l'ouest de Tassara.",
    "قتل خمسة جنود يوم الأربعاء في هجوم على سرية للجيش في ميدال. وتقع ميدال في محافظة تاسارا. "
    "وكان عشرون جنديا قد قتلوا في تازاليت في أكتوبر 2016. وقالت صحيفة محلية إن الهجوم وقع صباح "
    "الأربعاء غرب تاسارا.",
])
def test_a_place_the_passage_named_leads_back_to_its_incident(text):
    assert len(_main(text, dt.date(2017, 7, 6))) == 1


@pytest.mark.parametrize("text", [
    # "the next day" with no act of its own (a visit, an operation ordered): no other incident
    "Gunmen killed 40 soldiers in an attack on an army base at Barkaram on Sunday night. The "
    "president visited the scene of the attack the next morning and ordered an operation.",
    "Des hommes armés ont tué 40 soldats lors d'une attaque contre une base militaire à "
    "Barkaram dimanche soir. Le président s'est rendu sur les lieux de l'attaque le lendemain "
    "matin et a ordonné une opération.",
    "قتل مسلحون 40 جنديا في هجوم على قاعدة عسكرية في بركرم ليلة الأحد. وزار الرئيس موقع الهجوم "
    "في صباح اليوم التالي وأمر بإطلاق عملية.",
])
def test_the_next_day_with_no_act_of_its_own_is_no_other_incident(text):
    assert len(_main(text, dt.date(2024, 10, 29))) == 1


@pytest.mark.parametrize("text", [
    # a sentence with no event word that gives another calendar day and a place sets the
    # scene of the incident the next sentence tells
    "On 30 September 2024, an air strike hit a column of fighters near Fadar-Fadar. On 29 "
    "September 2024, the forces were deployed in the Centre-Nord region. A drone fired a "
    "missile at fighters hiding in a forest at Silgadji.",
    "Le 30 septembre 2024, une frappe aérienne a visé une colonne de combattants près de "
    "Fadar-Fadar. Le 29 septembre 2024, les forces étaient déployées dans la région du "
    "Centre-Nord. Un drone a tiré un missile sur des combattants cachés dans une forêt à Silgadji.",
    "في 30 سبتمبر 2024 استهدفت غارة جوية رتلا من المقاتلين قرب بلدة فادار فادار. وفي 29 سبتمبر 2024 "
    "انتشرت القوات في محيط مدينة كايا. وأطلقت طائرة مسيرة صاروخا على مقاتلين مختبئين في غابة "
    "في سيلغادجي.",
])
def test_a_day_and_place_told_apart_set_the_scene_of_another_incident(text):
    events = _main(text, dt.date(2024, 10, 2))
    assert sorted(str(e.event_date) for e in events) == ["2024-09-29", "2024-09-30"]


@pytest.mark.parametrize("text,recalled", [
    # a recall in passing that counts its days is dated from the incident it comes before
    ("Hundreds of protesters occupied the airport of Kidal on Wednesday. The protest came a "
     "day after an air strike on rebel positions near Tabankort.", "2025-03-04"),
    ("Des centaines de manifestants ont occupé l'aéroport de Kidal mercredi. La manifestation "
     "survient deux jours après une frappe aérienne contre des positions rebelles près de "
     "Tabankort.", "2025-03-03"),
    ("احتل مئات المتظاهرين مطار مدينة كيدال يوم الأربعاء. وجاءت المظاهرة بعد يوم من غارة جوية على "
     "مواقع المتمردين قرب تابانكورت.", "2025-03-04"),
    # a count the cue does not give dates nothing
    ("Hundreds of protesters occupied the airport of Kidal on Wednesday. The protest came days "
     "after an air strike on rebel positions near Tabankort.", "None"),
])
def test_a_recall_in_passing_is_dated_by_its_count_of_days(text, recalled):
    doc = rasd.extract(text, published=dt.date(2025, 3, 6))
    assert [str(e.event_date) for e in doc.events if e.role == "background"] == [recalled]
