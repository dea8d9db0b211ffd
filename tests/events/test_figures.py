import datetime as dt

import pytest

import rasd
from rasd.doc import CasualtyMention, NumberKind, Span
from rasd.events.figures import Figure, countable, total


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
        ([fig("killed", "people", 15, 15, 15, at=5), fig("killed", "attackers", 13, 13, None, at=60)],
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
