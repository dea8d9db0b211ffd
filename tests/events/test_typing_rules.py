import pytest

from rasd.doc import Span, TriggerMention
from rasd.events.typing_rules import choose_sub_event


def trig(label):
    return TriggerMention(Span(0, 1), label)


@pytest.mark.parametrize(
    "labels,targets,expected",
    [
        ([None], {"civilian"}, "Attack"),
        ([None], {"state"}, "Armed clash"),
        ([None], set(), "Armed clash"),
        ([None, "Remote explosive/landmine/IED"], {"state"}, "Remote explosive/landmine/IED"),
        (["Armed clash", "Remote explosive/landmine/IED"], {"state"}, "Armed clash"),
        (["Attack"], {"state"}, None),
        (["Attack", None], {"state", "civilian"}, "Armed clash"),
        (["Looting/property destruction", None], {"civilian"}, "Attack"),
        (["Abduction/forced disappearance"], {"civilian"}, "Abduction/forced disappearance"),
        (["Air/drone strike", None], {"jihadist"}, "Air/drone strike"),
        (["Peaceful protest"], set(), "Peaceful protest"),
        ([], {"civilian"}, None),
    ],
)
def test_sub_event_type(labels, targets, expected):
    chosen = choose_sub_event([trig(l) for l in labels], target_sides=targets)
    assert (chosen.name if chosen else None) == expected
