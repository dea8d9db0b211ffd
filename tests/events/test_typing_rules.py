import pytest

from rasd.doc import Span, TriggerMention
from rasd.events.typing_rules import choose_sub_event


def trig(label):
    return TriggerMention(Span(0, 1), label)


@pytest.mark.parametrize(
    "labels,targets,harm,expected",
    [
        ([None], {"civilian"}, True, "Attack"),
        ([None], {"state"}, True, "Armed clash"),
        # violence with no armed target: ACLED's default is violence against civilians
        ([None], set(), False, "Attack"),
        ([None, "Remote explosive/landmine/IED"], {"state"}, True, "Remote explosive/landmine/IED"),
        (["Armed clash", "Remote explosive/landmine/IED"], {"state"}, True, "Armed clash"),
        (["Attack"], {"state"}, False, None),
        (["Attack", None], {"state", "civilian"}, True, "Armed clash"),
        # killing next to looting is the killing; an attack that only took livestock is looting
        (["Looting/property destruction", None], {"civilian"}, True, "Attack"),
        (["Looting/property destruction", None], {"civilian"}, False, "Looting/property destruction"),
        # killing next to an abduction: Attack comes first in ACLED's order
        (["Abduction/forced disappearance", None], {"civilian"}, True, "Attack"),
        (["Abduction/forced disappearance"], {"civilian"}, False, "Abduction/forced disappearance"),
        (["Air/drone strike", None], {"jihadist"}, True, "Air/drone strike"),
        (["Peaceful protest"], set(), False, "Peaceful protest"),
        ([], {"civilian"}, True, None),
    ],
)
def test_sub_event_type(labels, targets, harm, expected):
    chosen = choose_sub_event([trig(l) for l in labels], target_sides=targets, harm=harm)
    assert (chosen.name if chosen else None) == expected
