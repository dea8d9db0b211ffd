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
        ("Gunmen killed twelve civilians near Kaya on Saturday, the authorities said, while JNIM "
         "said in a statement it had killed more than 300 militiamen.", 12),
        ("Des hommes armés ont tué douze civils près de Kaya samedi, selon les autorités, tandis "
         "que le JNIM a affirmé dans un communiqué avoir tué plus de 300 miliciens.", 12),
        ("قتل مسلحون اثني عشر مدنيا قرب كايا يوم السبت بحسب السلطات، في حين قالت جماعة نصرة "
         "الإسلام والمسلمين في بيان إنها قتلت أكثر من 300 من متطوعي الدفاع عن الوطن.", 12),
        # with no other figure, the claim is all there is (and it is flagged partisan)
        ("JNIM said in a statement it had killed 30 soldiers near Boulkessi on Sunday.", 30),
    ],
)
def test_a_perpetrators_count_of_its_enemies_is_not_the_toll(text, fatalities):
    doc = rasd.extract(text, published=dt.date(2024, 8, 26))
    (event,) = [e for e in doc.events if e.role == "main"]
    assert event.fatalities == fatalities
