import datetime as dt

import pytest

import rasd
from rasd.doc import CasualtyMention, NumberKind, Span
from rasd.events.figures import Figure, countable, shared, total


def fig(outcome, group, value, low, high, kind=NumberKind.EXACT, at=0):
    return CasualtyMention(Span(at, at + 1), outcome, group, value, low, high, kind, Span(at, at + 1))


@pytest.mark.parametrize(
    "mentions,expected",
    [
        ([], None),
        ([fig("killed", "soldiers", 12, 12, 12)], Figure(12, 12, 12)),
        # different groups add up
        ([fig("killed", "soldiers", 12, 12, 12), fig("killed", "attackers", 20, 20, 20)], Figure(32, 32, 32)),
        # the same group from two reports: bounds span both, best is the lowest
        ([fig("killed", "soldiers", 12, 12, 12), fig("killed", "soldiers", 15, 15, 15)], Figure(12, 12, 15)),
        # "more than 30": no upper bound
        ([fig("killed", "civilians", 31, 31, None, NumberKind.MORE_THAN)], Figure(31, 31, None)),
        # a total for "people" that covers the specific groups is not added again
        ([fig("killed", "people", 20, 20, 20), fig("killed", "soldiers", 12, 12, 12)], Figure(20, 20, 20)),
        # injured figures do not count as killed
        ([fig("injured", "soldiers", 5, 5, 5)], None),
        # "up to 30": no lower bound
        ([fig("killed", None, 30, None, 30, NumberKind.AT_MOST)], Figure(None, 30, 30)),
    ],
)
def test_killed_total(mentions, expected):
    assert total(mentions, "killed") == expected


@pytest.mark.parametrize(
    "mentions,breaks,expected",
    [
        # one group twice in one passage: a list of the dead, added ("18 ISGS and 10 JNIM
        # fighters were killed")
        ([fig("killed", "attackers", 18, 18, 18, at=5), fig("killed", "attackers", 10, 10, 10, at=30)],
         [0], Figure(28, 28, 28)),
        # the same group in two passages (two sentences, or two sources in one sentence):
        # two reports of one count, the lowest is kept
        ([fig("killed", "soldiers", 100, 100, 100, at=5), fig("killed", "soldiers", 40, 40, 40, at=60)],
         [0, 50], Figure(40, 40, 100)),
        # a passage's list against a later claim about the same group
        ([fig("killed", "attackers", 18, 18, 18, at=5), fig("killed", "attackers", 10, 10, 10, at=30),
          fig("killed", "attackers", 35, 35, 35, at=80)], [0, 60], Figure(28, 28, 35)),
    ],
)
def test_killed_total_by_passage(mentions, breaks, expected):
    assert total(mentions, "killed", breaks=breaks) == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # a party's figure the text calls unverified, in the next sentence, is left out
        ("en", ("JNIM said it killed 12 soldiers in the ambush near Boni. The claim could not be "
         "independently verified."), []),
        ("fr", ("Le JNIM a affirmé avoir tué 12 soldats dans l'embuscade près de Boni. Cette "
         "revendication n'a pas pu être vérifiée."), []),
        ("ar", ("قالت جماعة نصرة الإسلام والمسلمين إنها قتلت 12 جنديا في الكمين قرب بوني. ولم يتسن "
         "التحقق من ذلك."), []),
        # nothing doubts it: the claim counts
        ("en", "JNIM said it killed 12 soldiers in the ambush near Boni.", [12]),
        # a reporting source's figure stands when the party's is doubted
        ("en", ("The group said it killed 50 soldiers in the attack on the Boni post, while security "
         "sources said 9 soldiers were killed. The figures could not be independently verified."), [9]),
        ("fr", ("Le groupe a affirmé avoir tué 50 soldats lors de l'attaque du poste de Boni, tandis "
         "que des sources sécuritaires ont fait état de 9 soldats tués. Ces bilans n'ont pas pu "
         "être vérifiés."), [9]),
        ("ar", ("قالت الجماعة إنها قتلت 50 جنديا في الهجوم على موقع بوني، بينما قالت مصادر أمنية إن 9 "
         "جنود قتلوا. ولم يتسن التحقق من هذه الأرقام."), [9]),
        # a figure given as the cause of the event counts an earlier incident
        ("en", ("Hundreds of youths protested in Gao on Monday in reaction to the killing of two "
         "traders."), []),
        ("fr", ("Des centaines de jeunes ont manifesté lundi à Gao en réaction à la mort de deux "
         "commerçants."), []),
        # the sentence's own result verb closes the cause: the figure after it is this event's
        ("ar", "وقال الجيش إن عملية نفذتها وحداته ردا على الهجمات الأخيرة أدت إلى مقتل 20 إرهابيا.",
         [20]),
        ("fr", ("L'armée a indiqué qu'une opération lancée en réponse à la récente attaque a permis "
                "de neutraliser 20 terroristes."), [20]),
        ("en", ("The army said an operation launched in response to the recent attacks resulted in "
                "the deaths of 20 terrorists."), [20]),
        # ... but a relative clause's verb stays in the cause (Arabic: also after an indefinite noun)
        ("ar", "تظاهر مئات الشبان في غاو احتجاجا على هجوم أسفر عن مقتل ثلاثة تجار.", []),
        ("ar", "تظاهر مئات الشبان في غاو احتجاجا على الهجوم الذي أسفر عن مقتل ثلاثة تجار.", []),
        ("fr", ("Des centaines de jeunes ont manifesté à Gao en réaction à une attaque qui a fait "
                "trois morts parmi les commerçants."), []),
        ("en", ("Hundreds of youths protested in Gao in reaction to an attack that resulted in the "
                "deaths of three traders."), []),
    ],
)
def test_countable_figures(lang, text, expected):
    doc = rasd.extract(text, published=dt.date(2025, 1, 13), lang=lang)
    assert [m.value for m in countable(doc, doc.casualties) if m.outcome == "killed"] == expected


@pytest.mark.parametrize(
    "text,fatalities",
    [
        # the perpetrator's count of the other side's dead is its claim, not the event's toll,
        # when anyone else gives a figure
        (("Gunmen killed twelve civilians near Kaya on Saturday, the authorities said, while JNIM "
         "said in a statement it had killed more than 300 militiamen."), 12),
        (("Des hommes armés ont tué douze civils près de Kaya samedi, selon les autorités, tandis "
         "que le JNIM a affirmé dans un communiqué avoir tué plus de 300 miliciens."), 12),
        (("قتل مسلحون اثني عشر مدنيا قرب كايا يوم السبت بحسب السلطات، في حين قالت جماعة نصرة "
         "الإسلام والمسلمين في بيان إنها قتلت أكثر من 300 من متطوعي الدفاع عن الوطن."), 12),
        # with no other figure, the claim is all there is (and it is flagged partisan)
        ("JNIM said in a statement it had killed 30 soldiers near Boulkessi on Sunday.", 30),
    ],
)
def test_a_perpetrators_count_of_its_enemies_is_not_the_toll(text, fatalities):
    doc = rasd.extract(text, published=dt.date(2024, 8, 26))
    (event,) = [e for e in doc.events if e.role == "main"]
    assert event.fatalities == fatalities


@pytest.mark.parametrize(
    "mentions,added,expected",
    [
        # a figure counted apart adds to a larger total of unnamed dead instead of lying in it
        ([fig("killed", "people", 15, 15, 15, at=5), fig("killed", "attackers", 13, 13, None, at=60)],
         {60}, Figure(28, 28, None)),
        # attackers told in a passage of their own add to the unnamed dead (the victims)
        ([fig("killed", "people", 15, 15, 15, at=5), fig("killed", "attackers", 13, 13, None, at=60)],
         set(), Figure(28, 28, None)),
        # in the passage of the unnamed count, they are part of it
        ([fig("killed", "people", 15, 15, 15, at=5), fig("killed", "attackers", 13, 13, None, at=20)],
         set(), Figure(15, 15, 15)),
        # figures counted apart reconcile among themselves (two reports of one count here)
        ([fig("killed", "soldiers", 3, 3, 3, at=5), fig("killed", "people", 2, 2, 2, at=60),
          fig("killed", "people", 4, 4, 4, at=90)], {60, 90}, Figure(5, 5, 7)),
        # nothing else: the added figure is the total
        ([fig("killed", "people", 2, 2, 2, at=60)], {60}, Figure(2, 2, 2)),
    ],
)
def test_killed_total_with_added_figures(mentions, added, expected):
    assert total(mentions, "killed", breaks=[0, 50, 80], added=added) == expected


def main_event(text, lang):
    doc = rasd.extract(text, published=dt.date(2025, 1, 15), lang=lang)
    return next(e for e in doc.events if e.role == "main")


@pytest.mark.parametrize(
    "lang,text,fatalities",
    [
        # a statement's own dead add to the enemies it counts, also when those are unnamed
        ("en", ("Our fighters attacked an army post near Menaka on Sunday and killed more than "
         "twenty of them. Two of our brothers were martyred."), 23),
        ("fr", ("Nos combattants ont attaqué dimanche un poste de l'armée près de Ménaka et tué "
         "plus de vingt d'entre eux. Deux de nos frères sont tombés en martyrs."), 23),
        ("ar", ("هاجم مقاتلونا يوم الأحد موقعا للجيش قرب ميناكا وقتلوا أكثر من عشرين منهم. "
         "وارتقى في الهجوم اثنان من الإخوة."), 23),
        # "also": a second figure adds to a toll of unnamed dead given before it
        ("en", ("Fifteen members of the convoy escort were killed on Sunday in an attack near "
         "Ansongo, security sources said. Several attackers were also killed."), 18),
        ("fr", ("Quinze membres de l'escorte ont été tués dimanche dans une attaque près "
         "d'Ansongo, selon des sources sécuritaires. Plusieurs assaillants ont également été tués."), 18),
        ("ar", ("قتل خمسة عشر عنصرا من حراسة القافلة يوم الأحد في هجوم قرب أنسونغو بحسب مصادر "
         "أمنية، وأسفرت الاشتباكات أيضا عن مقتل عدة مهاجمين."), 18),
    ],
)
def test_figures_counted_apart(lang, text, fatalities):
    assert main_event(text, lang).fatalities == fatalities


@pytest.mark.parametrize(
    "lang,text,fatalities",
    [
        # the perpetrator's count of unnamed dead is a boast about the other side like one of
        # named soldiers, and gives way to another source's figure
        ("en", ("JNIM fighters killed twelve civilians near Kaya on Saturday, the authorities said, "
         "while JNIM said in a statement it had killed more than 300 people."), 12),
        ("fr", ("Des combattants du JNIM ont tué douze civils samedi près de Kaya, selon les autorités, "
         "tandis que le JNIM a affirmé dans un communiqué avoir tué plus de 300 personnes."), 12),
        ("ar", ("قتل مسلحون اثني عشر مدنيا قرب كايا يوم السبت بحسب السلطات، في حين قالت جماعة "
         "نصرة الإسلام والمسلمين في بيان إنها قتلت أكثر من 300 شخص."), 12),
    ],
)
def test_a_perpetrators_count_of_unnamed_dead_is_not_the_toll(lang, text, fatalities):
    assert main_event(text, lang).fatalities == fatalities


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # hearsay beside a named source is that source's hedge, not an unknown source
        ("en", ("Volunteers repelled an attack on a village near Titao on Thursday, a community "
         "radio station reported. A dozen attackers were reportedly killed."),
         ["independent_media"]),
        ("fr", ("Des volontaires ont repoussé jeudi une attaque contre un village près de Titao, "
         "a rapporté une radio communautaire. Une dizaine d'assaillants auraient été tués."),
         ["independent_media"]),
        ("ar", ("قالت إذاعة محلية إن متطوعين صدوا يوم الخميس هجوما على قرية قرب تيتاو. وأفيد "
         "بمقتل نحو عشرة مهاجمين."), ["independent_media"]),
        # hearsay alone stays unknown
        ("en", "A dozen attackers were reportedly killed near Titao on Thursday.", ["unknown"]),
    ],
)
def test_hearsay_beside_a_named_source(lang, text, expected):
    assert sorted({c.claimant_role for c in main_event(text, lang).claims}) == expected


@pytest.mark.parametrize(
    "mentions,breaks,attached,expected",
    [
        # "15 people at the ceremony ... 7 others in the outskirts" make one report of 22,
        # which the later "22 people were killed" repeats
        ([fig("killed", "people", 15, 15, 15, at=10), fig("killed", "people", 7, 7, 7, at=30),
          fig("killed", "people", 22, 22, 22, at=50)], [0, 20, 40], {30}, Figure(22, 22, 22)),
        # without the marker the 7 is another report of the same dead
        ([fig("killed", "people", 15, 15, 15, at=10), fig("killed", "people", 7, 7, 7, at=30),
          fig("killed", "people", 22, 22, 22, at=50)], [0, 20, 40], set(), Figure(7, 7, 22)),
    ],
)
def test_a_figure_of_others_adds_to_the_one_before_it(mentions, breaks, attached, expected):
    assert total(mentions, "killed", breaks=breaks, attached=attached) == expected


@pytest.mark.parametrize(
    "text,fatalities",
    [
        # regression: "seven others" was another report of the dead and the sum went wrong
        ("Gunmen killed 22 villagers near Tera on Monday. They killed 15 people at a wedding. "
         "They then killed seven others on the outskirts of the village.", 22),
        ("Des hommes armés ont tué 22 villageois près de Téra lundi. Ils ont tué 15 personnes "
         "lors d'un mariage. Ils ont ensuite tué sept autres à la sortie du village.", 22),
        ("قتل مسلحون 22 قرويا قرب تيرا يوم الاثنين. وقتلوا 15 شخصا خلال حفل زفاف. ثم "
         "قتلوا سبعة أشخاص آخرين في أطراف القرية.", 22),
    ],
)
def test_others_complete_the_toll_told_before(text, fatalities):
    [event] = rasd.extract(text, published=dt.date(2025, 3, 11)).events
    assert event.fatalities_best == fatalities


@pytest.mark.parametrize(
    "text,fatalities",
    [
        # regression: a conflict's toll of thousands was added to the incident's
        ("Gunmen killed seven soldiers near Kano on Saturday. The insurgency has killed more than "
         "2,000 people since 2015.", 7),
        ("Des hommes armés ont tué sept soldats près de Kano samedi. L'insurrection a fait plus de "
         "2 000 morts depuis 2015.", 7),
        ("قتل مسلحون سبعة جنود قرب كانو يوم السبت. وأودى التمرد بحياة أكثر من ألفي شخص منذ 2015.", 7),
        # regression: a headline that repeats the body's toll was counted as another report
        ("100 killed in an attack in Burkina Faso\nAbout 100 civilians were killed in an attack "
         "on the town of Solhan on Friday night.", 100),
        ("100 morts dans une attaque au Burkina Faso\nEnviron 100 civils ont été tués dans une "
         "attaque contre la ville de Solhan vendredi soir.", 100),
        ("100 قتيل في هجوم إرهابي في بوركينا فاسو\nقتل نحو 100 مدني في هجوم على بلدة سولهان ليل "
         "الجمعة.", 100),
        # a figure of hundreds over a span of time ("since the start of ...") is a conflict's
        ("Gunmen killed seven soldiers near Kano on Saturday. The insurgency has killed hundreds "
         "of people since the start of 2015.", 7),
        ("Des hommes armés ont tué sept soldats près de Kano samedi. Plus de 300 personnes ont "
         "été tuées depuis le début de l'année.", 7),
        ("قتل مسلحون سبعة جنود قرب كانو يوم السبت. وقتل أكثر من 300 شخص منذ مطلع العام.", 7),
        # a figure a source gave earlier is replaced by the later one
        ("At least 31 people were killed in an attack on the village of Ogossagou on Friday. "
         "The government had earlier said that 20 people had been killed.", 31),
        ("Au moins 31 personnes ont été tuées vendredi dans une attaque contre le village "
         "d'Ogossagou. Dans un premier temps, le gouvernement avait annoncé 20 morts.", 31),
        ("قتل مسلحون 31 شخصا على الأقل في هجوم على قرية أوغوساغو يوم الجمعة. وكانت الحكومة قد تحدثت "
         "في وقت سابق عن مقتل 20 شخصا.", 31),
        # a toll the report says was replaced counts no more ("précédent bilan")
        ("Twenty-seven soldiers were killed in an attack on a convoy near Gaskinde on Monday, "
         "according to a new toll. The previous toll was eleven soldiers killed.", 27),
        ("Vingt-sept soldats ont été tués lundi dans l'attaque d'un convoi près de Gaskindé, selon "
         "un nouveau bilan. Le précédent bilan faisait état de onze soldats tués.", 27),
        ("قتل 27 جنديا في هجوم على قافلة قرب غاسكيندي يوم الاثنين، وفق حصيلة جديدة. وكانت الحصيلة "
         "السابقة تشير إلى مقتل أحد عشر جنديا.", 27),
        # "s'élève à" (amounts to) is a verb, not a pupil (élève) counted one more dead
        ("Le bilan de l'embuscade tendue mardi contre un convoi près de Djibo s'élève à 25 "
         "morts, dont 17 soldats et 8 civils.", 25),
        ("The toll from Tuesday's ambush on a convoy near Djibo stands at 25 dead, among them "
         "17 soldiers and 8 civilians.", 25),
        ("تبلغ حصيلة الكمين الذي استهدف قافلة قرب جيبو يوم الثلاثاء 25 قتيلا، بينهم 17 جنديا "
         "و8 مدنيين.", 25),
        # a toll told "earlier", without a noun after its number, is a replaced one too
        ("Forty civilians were killed in an attack on the village of Tin on Tuesday, the "
         "government said. Earlier, a security source put the number of dead at 33.", 40),
        ("Quarante civils ont été tués mardi dans l'attaque du village de Tin, selon le "
         "gouvernement. Plus tôt dans la journée, une source sécuritaire avait donné un bilan de 33.", 40),
        ("قتل أربعون مدنيا يوم الثلاثاء في هجوم على قرية تين، بحسب الحكومة. وفي وقت سابق، قدر مصدر "
         "أمني حصيلة القتلى بنحو 33.", 40),
        # regression: a toll the report calls new replaced nothing, and the lower earlier count
        # of the same soldiers stood
        ("Twelve soldiers were killed in an attack on a post near Tin on Monday. A new toll "
         "released on Tuesday gives 15 soldiers dead.", 15),
        ("Douze soldats ont été tués lundi dans l'attaque d'un poste près de Tin. Un nouveau "
         "bilan publié mardi fait état de 15 soldats tués.", 15),
        ("قتل 12 جنديا في هجوم على موقع قرب تين يوم الاثنين. وأفادت حصيلة جديدة نشرت الثلاثاء "
         "بمقتل 15 جنديا.", 15),
        # ... and another group's count stands beside it
        ("Twelve soldiers and five attackers were killed in an attack on a post near Tin on "
         "Monday. A new toll released on Tuesday gives 15 soldiers dead.", 20),
        # "a first toll" / "un premier bilan" / "حصيلة أولية" is a replaced toll too
        ("Nineteen civilians were killed in an attack on a market near Tillia on Sunday, "
         "according to a new toll released on Tuesday. A first toll had given seven dead.", 19),
        ("Dix-neuf civils ont été tués dimanche dans l'attaque d'un marché près de Tillia, selon "
         "un bilan publié mardi. Un premier bilan faisait état de sept morts.", 19),
        ("قتل 19 مدنيا يوم الأحد في هجوم على سوق قرب تيليا، وفق حصيلة نشرت الثلاثاء. وكانت حصيلة "
         "أولية قد أشارت إلى سبعة قتلى.", 19),
        # an unnamed figure that repeats the attackers' added count is no other dead
        ("Nine soldiers were killed in an attack on a patrol near Tabankort on Monday, in "
         "which 12 militants were also killed. On the enemy's side, 12 were killed and "
         "others captured, the army said.", 21),
        ("Neuf soldats ont été tués lundi dans l'attaque d'une patrouille près de Tabankort, "
         "où 12 jihadistes ont aussi été tués. Du côté de l'ennemi, 12 ont été tués et "
         "d'autres capturés, a indiqué l'armée.", 21),
        ("قتل تسعة جنود في هجوم على دورية قرب تابانكورت يوم الاثنين، قتل فيه 12 متشددا أيضا. "
         "وقال الجيش إنه على جانب العدو قتل 12 وأسر آخرون.", 21),
        # ... but a group the new toll does not count again keeps its old figure
        ("Twelve peacekeepers were killed in an attack on their camp near Tessalit on Monday, "
         "according to a new toll. The previous toll was five peacekeepers dead and four "
         "assailants killed.", 16),
        ("Douze Casques bleus ont été tués lundi dans l'attaque de leur camp près de Tessalit, "
         "selon un nouveau bilan. Le précédent bilan faisait état de cinq Casques bleus morts et "
         "de quatre assaillants tués.", 16),
        ("قتل 12 من جنود حفظ السلام في هجوم على معسكرهم قرب تساليت يوم الاثنين، وفق حصيلة جديدة. "
         "وكانت الحصيلة السابقة تشير إلى مقتل خمسة من جنود حفظ السلام وأربعة من المهاجمين.", 16),
    ],
)
def test_figures_that_are_not_the_incidents_toll(text, fatalities):
    events = rasd.extract(text, published=dt.date(2025, 3, 11)).events
    assert [e.fatalities_best for e in events] == [fatalities]


@pytest.mark.parametrize(
    "mentions,expected",
    [
        # "more than twenty civilians were killed" ... "at least 20 people died" (another
        # sentence): two reports of the same dead, the lowest stands
        ([fig("killed", "civilians", 21, 21, None, at=5), fig("killed", "people", 20, 20, None, at=60)],
         Figure(20, 20, None)),
        # the unnamed dead of several reports: the lowest, not the largest
        ([fig("killed", None, 14, 14, 14, at=5), fig("killed", None, 12, 12, 12, at=60),
          fig("killed", "people", 6, 6, None, at=90)], Figure(6, 6, None)),
        # a far smaller unnamed figure (one victim named, an early count) is no rival report
        ([fig("killed", "people", 101, 101, None, at=5), fig("killed", "people", 1, 1, 1, at=60),
          fig("killed", None, 101, 101, None, at=90)], Figure(101, 101, None)),
        # "eight people were killed" / "four soldiers and four civilians" / "six attackers
        # were killed": the victims told twice, and the attackers on top
        ([fig("killed", "people", 8, 8, 8, at=5), fig("killed", "soldiers", 4, 4, 4, at=60),
          fig("killed", "civilians", 4, 4, 4, at=65), fig("killed", "attackers", 6, 6, None, at=90)],
         Figure(14, 14, None)),
        # a smaller unnamed figure beside a named one in its sentence still adds up
        ([fig("killed", "soldiers", 12, 12, 12, at=5), fig("killed", "people", 3, 3, 3, at=20)],
         Figure(15, 15, 15)),
    ],
)
def test_rival_reports_of_the_unnamed_dead(mentions, expected):
    assert total(mentions, "killed", breaks=[0, 50, 80]) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # two sources' counts of the same dead set against each other in one sentence
        ("Gunmen attacked the market of Gao on Monday. A security source counted 30 dead, while "
         "a hospital document gives 35 dead.", (30, 30, 35)),
        ("Des hommes armés ont attaqué le marché de Gao lundi. Une source sécuritaire a compté "
         "30 morts, tandis qu'un document hospitalier fait état de 35 morts.", (30, 30, 35)),
        ("هاجم مسلحون سوق غاو يوم الاثنين. وأحصى مصدر أمني 30 قتيلا، في حين تحدثت وثيقة "
         "من المستشفى عن 35 قتيلا.", (30, 30, 35)),
    ],
)
def test_rival_sources_in_one_sentence_compete(text, expected):
    events = rasd.extract(text, published=dt.date(2025, 3, 11)).events
    assert [(e.fatalities_low, e.fatalities_best, e.fatalities_high) for e in events] == [expected]


@pytest.mark.parametrize(
    "mentions,expected",
    [
        # "thirty civilians were killed" ... "the village chief was among the dead": one
        # named victim is a detail of the group's toll, no rival report of it
        ([fig("killed", "civilians", 30, 30, 30, at=5), fig("killed", "civilians", 1, 1, 1, at=60)],
         Figure(30, 30, 30)),
        # "many deaths" against "at least 14 people": the count with a number stands
        ([fig("killed", "people", 14, 14, None, NumberKind.AT_LEAST, at=5),
          fig("killed", None, 3, 3, None, NumberKind.VAGUE, at=60)], Figure(14, 14, None)),
        # "several soldiers" in one report, "nine soldiers" in another
        ([fig("killed", "soldiers", 3, 3, None, NumberKind.VAGUE, at=5),
          fig("killed", "soldiers", 9, 9, 9, at=60)], Figure(9, 9, 9)),
        # vague counts alone still give ACLED's lowest reading
        ([fig("killed", "soldiers", 3, 3, None, NumberKind.VAGUE, at=5),
          fig("killed", "soldiers", 3, 3, None, NumberKind.VAGUE, at=60)], Figure(3, 3, None)),
        # two close reports of one group still compete (the lowest stands)
        ([fig("killed", "soldiers", 12, 12, 12, at=5), fig("killed", "soldiers", 9, 9, 9, at=60)],
         Figure(9, 9, 12)),
    ],
)
def test_details_and_vague_counts_are_no_rival_reports(mentions, expected):
    assert total(mentions, "killed", breaks=[0, 50, 80]) == expected


@pytest.mark.parametrize(
    "lang,text,fatalities",
    [
        ("en", ("Gunmen killed thirty civilians in the village of Sobane on Monday, officials said. "
         "The village chief was killed in the attack."), 30),
        ("fr", ("Des hommes armés ont tué trente civils lundi dans le village de Sobane, selon les "
         "autorités. Le chef du village a été tué dans l'attaque."), 30),
        ("ar", ("قتل مسلحون ثلاثين مدنيا يوم الاثنين في قرية سوباني بحسب السلطات. "
         "وقتل شيخ القرية في الهجوم."), 30),
    ],
)
def test_a_named_victim_is_a_detail_of_the_toll(lang, text, fatalities):
    assert main_event(text, lang).fatalities_best == fatalities


@pytest.mark.parametrize(
    "lang,text,fatalities",
    [
        # regression: "others" that follow the next outcome word ("and injuring others") are
        # that outcome's people, and the repeated count of dead stayed one report
        ("ar", ("قتل 7 جنود يوم السبت في انفجار لغم قرب كانو. وقال الجيش إن الانفجار أسفر عن "
         "مقتل 7 جنود وإصابة آخرين."), 7),
        ("fr", ("Sept soldats ont été tués samedi par une mine près de Kano. Selon l'armée, "
         "l'explosion a tué 7 soldats et blessé d'autres."), 7),
        ("en", ("Seven soldiers were killed by a mine near Kano on Saturday. The army said the "
         "blast killed 7 soldiers and injured others."), 7),
    ],
)
def test_others_of_another_outcome_do_not_attach(lang, text, fatalities):
    assert main_event(text, lang).fatalities_best == fatalities


@pytest.mark.parametrize(
    "lang,text,fatalities",
    [
        # regression: "in addition to" recalls the dead told before; it made them an addition
        ("en", ("Niger said 19 of its soldiers were killed in an ambush near Tera on Monday. "
         "In addition to the 19 soldiers who died, 11 were wounded."), 19),
        ("fr", ("Le Niger a annoncé que 19 de ses soldats ont été tués lundi dans une embuscade près "
         "de Téra. En plus des 19 soldats tués, 11 ont été blessés."), 19),
        ("ar", ("أعلن النيجر مقتل 19 من جنوده في كمين قرب تيرا يوم الاثنين. وبالإضافة إلى 19 جنديا "
         "قتلوا، أصيب 11 آخرون."), 19),
    ],
)
def test_in_addition_to_recalls_a_figure(lang, text, fatalities):
    assert main_event(text, lang).fatalities_best == fatalities


@pytest.mark.parametrize(
    "lang,text,fatalities",
    [
        # regression: an "also" between two figures of one clause belongs to the nearer one;
        # it made the attackers an addition too, so their repeat in the next sentence counted
        # twice (15 + 15 + 8)
        ("en", ("Around 15 assailants were killed in an attack on an army post near Dapaong that "
         "also left eight soldiers dead, the minister said. He said 15 assailants died."), 23),
        ("fr", ("Une quinzaine d'assaillants ont été tués lors d'une attaque contre un poste près de "
         "Dapaong qui a également fait huit morts parmi les soldats, selon le ministre. Il a "
         "ajouté que 15 assaillants étaient morts."), 23),
        ("ar", ("قتل نحو 15 مهاجما في هجوم على موقع للجيش قرب دابونغ أسفر أيضا عن مقتل ثمانية جنود، "
         "بحسب الوزير. وأضاف أن 15 مهاجما لقوا حتفهم."), 23),
    ],
)
def test_also_between_two_figures_is_the_nearer_ones(lang, text, fatalities):
    assert main_event(text, lang).fatalities == fatalities


@pytest.mark.parametrize(
    "mentions,breaks,added,expected",
    [
        # an added figure of a group the others count too is the same count told again
        ([fig("killed", "soldiers", 8, 8, 8, at=5), fig("killed", "soldiers", 8, 8, 8, at=60)],
         [0, 50], {5}, Figure(8, 8, 8)),
        # one of another group still adds
        ([fig("killed", "attackers", 12, 12, 12, at=5), fig("killed", "soldiers", 8, 8, 8, at=60)],
         [0, 50], {5}, Figure(20, 20, 20)),
        # the unnamed dead as many as the attackers counted apart are the attackers, told again
        ([fig("killed", "attackers", 15, 15, 15, at=5), fig("killed", "soldiers", 8, 8, 8, at=20),
          fig("killed", None, 15, 15, 15, at=60)], [0, 50], set(), Figure(23, 23, 23)),
    ],
)
def test_a_count_told_again_is_not_added(mentions, breaks, added, expected):
    assert total(mentions, "killed", breaks=breaks, added=added) == expected


@pytest.mark.parametrize(
    "lang,text,fatalities",
    [
        # regression: a figure without a noun listed beside a named group in one sentence is a
        # count of its own; it was taken as the total that covers the soldiers (13)
        ("en", ("The army said it killed 13 in the clash near Ngouboua on Monday and deplored "
         "the loss of four soldiers."), 17),
        ("fr", ("L'armée a dit avoir tué 13 lors de l'accrochage près de Ngouboua lundi et déploré "
         "la perte de quatre soldats."), 17),
        ("ar", "قال الجيش إنه قتل 13 في الاشتباك قرب نغوبوا يوم الاثنين وخسر أربعة جنود.", 17),
        # a count of "people" stays the total that covers the soldiers
        ("en", "Thirteen people were killed in the clash near Ngouboua on Monday, and four soldiers died.", 13),
        ("fr", "Treize personnes ont été tuées lundi dans l'accrochage près de Ngouboua, dont quatre soldats.", 13),
        ("ar", "قتل ثلاثة عشر شخصا في الاشتباك قرب نغوبوا يوم الاثنين، وقتل أربعة جنود.", 13),
    ],
)
def test_a_bare_figure_beside_a_named_group_adds(lang, text, fatalities):
    assert main_event(text, lang).fatalities == fatalities


@pytest.mark.parametrize("value, parts, expected", [
    (14, 2, [7, 7]),
    (21, 2, [11, 10]),
    (10, 3, [4, 3, 3]),
    (1, 2, [1, 0]),
    (None, 2, [None, None]),
])
def test_a_shared_toll_is_divided_evenly_remainder_first(value, parts, expected):
    assert shared(value, parts) == expected


SOURCES_TEXTS = {
    "en": ("Gunmen attacked the village of Tin on Sunday. ", "JNIM fighters attacked an army post in Boni on Sunday. "),
    "fr": ("Des hommes armés ont attaqué dimanche le village de Tin. ",
           "Des combattants du JNIM ont attaqué dimanche un poste de l'armée à Boni. "),
    "ar": ("هاجم مسلحون قرية تين يوم الأحد. ", "هاجم مقاتلو جماعة نصرة الإسلام والمسلمين موقعا للجيش في بوني يوم الأحد. "),
}


@pytest.mark.parametrize(
    "lang,kind,text,expected",
    [
        # two sources, one vague ("dozens", 12) and one numbered: rival reports, the lowest
        # is the best, and the vague count has no upper bound
        ("en", 0, "Dozens of civilians were killed, the authorities said. Residents put the death toll at 150.",
         (12, 12, None)),
        ("fr", 0, ("Des dizaines de civils ont été tués, ont annoncé les autorités. Des habitants ont fait "
                   "état de 150 morts."), (12, 12, None)),
        ("ar", 0, "وقالت السلطات إن عشرات المدنيين قتلوا. وتحدث سكان عن 150 قتيلا.", (12, 12, None)),
        # two numbered sources, one far below the other: no detail, a rival report
        ("en", 0, "Three civilians were killed, the authorities said. Residents put the death toll at 20.",
         (3, 3, 20)),
        ("fr", 0, ("Trois civils ont été tués, ont annoncé les autorités. Des habitants ont fait état de "
                   "20 morts."), (3, 3, 20)),
        ("ar", 0, "وقالت السلطات إن ثلاثة مدنيين قتلوا. وتحدث سكان عن 20 قتيلا.", (3, 3, 20)),
        # the source told after its figure ("..., the authorities said"), a rival after "while"
        ("en", 0, ("Three civilians were killed, the authorities said, while residents put the death "
                   "toll at 20."), (3, 3, 20)),
        ("fr", 0, ("Trois civils ont été tués, ont annoncé les autorités, tandis que des habitants ont "
                   "fait état de 20 morts."), (3, 3, 20)),
        ("ar", 0, "وقتل ثلاثة مدنيين بحسب السلطات، في حين تحدث سكان عن 20 قتيلا.", (3, 3, 20)),
        # one source restating itself: its vague count gives way to its number
        ("en", 0, ("Dozens of civilians were killed, the authorities said. The authorities later said 48 "
                   "civilians had died."), (48, 48, 48)),
        ("fr", 0, ("Des dizaines de civils ont été tués, ont annoncé les autorités. Les autorités ont "
                   "ensuite indiqué que 48 civils étaient morts."), (48, 48, 48)),
        ("ar", 0, "وقالت السلطات إن عشرات المدنيين قتلوا. وقالت السلطات لاحقا إن 48 مدنيا لقوا حتفهم.",
         (48, 48, 48)),
        # the perpetrator's count of its own dead against the army's: rival reports
        ("en", 1, ("The army said it killed 30 assailants. JNIM said in a statement that four of its "
                   "fighters were killed."), (4, 4, 30)),
        ("fr", 1, ("L'armée a affirmé avoir tué 30 assaillants. Le JNIM a indiqué dans un communiqué que "
                   "quatre de ses combattants ont été tués."), (4, 4, 30)),
        ("ar", 1, ("وقال الجيش إنه قتل 30 من المهاجمين. وقالت جماعة نصرة الإسلام والمسلمين في بيان إن "
                   "أربعة من مقاتليها قتلوا."), (4, 4, 30)),
        # the perpetrator's count of the army's dead against the army's: the boast is the high
        # bound only, never the best
        ("en", 1, "JNIM said it killed 40 soldiers. The army said 6 soldiers were killed.", (6, 6, 40)),
        ("fr", 1, "Le JNIM a affirmé avoir tué 40 soldats. L'armée a indiqué que 6 soldats ont été tués.",
         (6, 6, 40)),
        ("ar", 1, "وقالت جماعة نصرة الإسلام والمسلمين إنها قتلت 40 جنديا. وقال الجيش إن 6 جنود قتلوا.",
         (6, 6, 40)),
        # the army counts its soldiers and the attackers, a security source the unnamed dead:
        # the unnamed count is a rival report of the soldiers', the attackers add up
        ("en", 1, ("The army said 8 soldiers were killed and 30 assailants were neutralised. A security "
                   "source put the toll at 15 dead."), (38, 38, 45)),
        ("fr", 1, ("L'armée a indiqué que 8 soldats ont été tués et 30 assaillants neutralisés. Une "
                   "source sécuritaire a fait état de 15 morts."), (38, 38, 45)),
        ("ar", 1, "وقال الجيش إن 8 جنود قتلوا وتم تحييد 30 من المهاجمين. وتحدث مصدر أمني عن 15 قتيلا.",
         (38, 38, 45)),
        # "many" tells no size: it gives way to another source's number
        ("en", 0, "Many civilians were killed, the authorities said. Residents put the death toll at 40.",
         (40, 40, 40)),
        ("fr", 0, ("De nombreux civils ont été tués, ont annoncé les autorités. Des habitants ont fait "
                   "état de 40 morts."), (40, 40, 40)),
        ("ar", 0, "وقالت السلطات إن العديد من المدنيين قتلوا. وتحدث سكان عن 40 قتيلا.", (40, 40, 40)),
    ],
)
def test_rival_sources_of_the_same_dead(lang, kind, text, expected):
    [event] = rasd.extract(SOURCES_TEXTS[lang][kind] + text, published=dt.date(2025, 3, 11), lang=lang).events
    assert (event.fatalities_low, event.fatalities_best, event.fatalities_high) == expected


@pytest.mark.parametrize(
    "mentions,sources,expected",
    [
        # no named source: a far smaller figure is a detail, a vague one gives way
        ([fig("killed", "people", 12, 12, None, NumberKind.VAGUE, at=5), fig("killed", None, 250, 200, 300, NumberKind.RANGE, at=60)],
         {}, Figure(200, 250, 300)),
        # two named sources: rivals
        ([fig("killed", "people", 12, 12, None, NumberKind.VAGUE, at=5), fig("killed", None, 250, 200, 300, NumberKind.RANGE, at=60)],
         {5: "government", 60: "international_organisation"}, Figure(12, 12, None)),
        # one named source for both: its own reports, as before
        ([fig("killed", "people", 12, 12, None, NumberKind.VAGUE, at=5), fig("killed", None, 250, 200, 300, NumberKind.RANGE, at=60)],
         {5: "government", 60: "government"}, Figure(200, 250, 300)),
        # a named group told by one source, the unnamed dead by another: rivals, no total
        ([fig("killed", "civilians", 12, 12, None, NumberKind.VAGUE, at=5), fig("killed", None, 250, 200, 300, NumberKind.RANGE, at=60)],
         {5: "government", 60: "local_source"}, Figure(12, 12, None)),
        # the rivals' toll and a detail without a source beside it
        ([fig("killed", "soldiers", 9, 9, 9, at=5), fig("killed", "soldiers", 15, 15, 15, at=60),
          fig("killed", "soldiers", 1, 1, 1, at=90)],
         {5: "government", 60: "local_source"}, Figure(9, 9, 15)),
    ],
)
def test_rival_sources_in_the_total(mentions, sources, expected):
    assert total(mentions, "killed", breaks=[0, 50, 80], sources=sources) == expected


@pytest.mark.parametrize(
    "lang,text,fatalities",
    [
        # a figure placed among the dead of a toll told before is a part of it
        ("en", ("Gunmen killed 14 civilians in the village of Tin on Sunday, residents said. Two "
                "volunteers of the VDP were among the dead."), 14),
        ("fr", ("Des hommes armés ont tué 14 civils dimanche dans le village de Tin, selon des "
                "habitants. Deux volontaires des VDP figurent parmi les morts."), 14),
        ("ar", ("قتل مسلحون 14 مدنيا في قرية تين يوم الأحد بحسب سكان. وكان بين القتلى اثنان من "
                "متطوعي الدفاع عن الوطن."), 14),
        # a part larger than the toll before it is no part of it
        ("en", ("Gunmen killed 2 civilians in the village of Tin on Sunday, residents said. Five "
                "volunteers of the VDP were among the dead."), 7),
        # without "among the dead" the volunteers add up
        ("en", ("Gunmen killed 14 civilians in the village of Tin on Sunday, residents said. Two "
                "volunteers of the VDP were also killed."), 16),
    ],
)
def test_a_figure_among_the_dead_is_part_of_the_toll(lang, text, fatalities):
    assert main_event(text, lang).fatalities_best == fatalities


@pytest.mark.parametrize(
    "lang,text,fatalities",
    [
        # a toll of the unnamed dead called the whole holds the groups' figures, the
        # attackers' too
        ("en", ("JNIM fighters attacked an army post in Boni on Sunday, killing two soldiers. The army "
                "said three assailants were killed. Five people died in total."), 5),
        ("fr", ("Des combattants du JNIM ont attaqué dimanche un poste de l'armée à Boni, tuant deux "
                "soldats. L'armée a indiqué que trois assaillants ont été tués. Cinq personnes sont "
                "mortes au total."), 5),
        ("ar", ("هاجم مقاتلو جماعة نصرة الإسلام والمسلمين موقعا للجيش في بوني يوم الأحد وقتلوا جنديين. "
                "وقال الجيش إن ثلاثة من المهاجمين قتلوا. وقتل خمسة أشخاص في المجموع."), 5),
        # without the word the attackers add to the unnamed count, as before
        ("en", ("JNIM fighters attacked an army post in Boni on Sunday, killing two soldiers. The army "
                "said three assailants were killed. Five people died."), 8),
        # a "total" smaller than a group's figure is no whole toll
        ("en", ("JNIM fighters attacked an army post in Boni on Sunday. The army said 30 assailants "
                "were killed. Five people died in total."), 35),
    ],
)
def test_a_toll_called_the_whole_holds_its_parts(lang, text, fatalities):
    assert main_event(text, lang).fatalities_best == fatalities
