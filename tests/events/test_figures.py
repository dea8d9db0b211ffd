import pytest

from rasd.doc import CasualtyMention, NumberKind, Span
from rasd.events.figures import Figure, total


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
