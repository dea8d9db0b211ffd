import pytest

from rasd.errors import ResourceError
from rasd.taxonomy import taxonomy


def test_acled_has_six_event_types_and_25_sub_event_types():
    tax = taxonomy()
    assert len(tax.event_types) == 6
    assert len(tax.sub_event_types) == 25
    assert tax.sub_event("Armed clash").event_type == "Battles"
    assert tax.sub_event("Attack").event_type == "Violence against civilians"


def test_precedence_follows_the_codebook_order():
    tax = taxonomy()
    assert tax.sub_event("Government regains territory").precedence < tax.sub_event("Armed clash").precedence
    assert tax.sub_event("Suicide bomb").precedence < tax.sub_event("Remote explosive/landmine/IED").precedence


@pytest.mark.parametrize("i1,i2,expected", [(1, 7, 17), (7, 1, 17), (2, None, 20), (None, None, None), (1, 2, 12)])
def test_interaction(i1, i2, expected):
    assert taxonomy().interaction(i1, i2) == expected


def test_unknown_sub_event_type():
    with pytest.raises(ResourceError):
        taxonomy().sub_event("Skirmish")
