"""Party and Cast (rasd.events.party): a party is a value kept in sets, hashed once; a cast
is copied with changes as `dataclasses.replace` copies it."""

import datetime as dt
import pickle
from dataclasses import FrozenInstanceError, replace

import pytest

from rasd.doc import Span
from rasd.errors import ResourceError
from rasd.events.party import Cast, Party


def _party(n: int) -> Party:
    return Party("military_forces", "mali", tuple(Span(i * 10, i * 10 + 4) for i in range(n)))


def test_equal_parties_hash_alike_and_meet_in_a_set():
    a, b = _party(3), _party(3)
    assert a == b and hash(a) == hash(b) and len({a, b}) == 1
    assert hash(a) == hash(("military_forces", "mali", a.spans, False))
    assert _party(2) not in {a}


def test_the_hash_is_computed_once():
    party = _party(2000)  # a long report's party has thousands of mentions
    first = hash(party)
    object.__setattr__(party, "spans", ())  # were it recomputed, it would change
    assert hash(party) == first


def test_a_pickled_party_hashes_anew():
    party = _party(2)
    hash(party)
    copy = pickle.loads(pickle.dumps(party))
    assert copy == party and "_hash" not in vars(copy) and hash(copy) == hash(party)


def test_the_written_init_makes_the_dataclass_value():
    """Party's hand-written __init__ (speed) gives what the generated one did: keywords,
    the default, replace(), equality, repr and immutability."""
    spans = (Span(0, 4),)
    by_keyword = Party(actor_id="civilians", country=None, spans=spans)
    assert by_keyword == Party("civilians", None, spans, False)
    assert by_keyword.victim_only is False
    assert replace(by_keyword, victim_only=True) == Party("civilians", None, spans, True)
    assert repr(by_keyword) == ("Party(actor_id='civilians', country=None, "
                                "spans=(Span(start=0, end=4),), victim_only=False)")
    with pytest.raises(FrozenInstanceError):
        by_keyword.country = "mali"  # type: ignore[misc]


def test_an_updated_cast_is_what_replace_makes_and_leaves_the_original():
    cast = Cast((_party(1),), {"civilian"}, "MLI", None, civilian_targeted=True)
    copy = cast.updated(country="NER", actor1=_party(2))
    assert copy == replace(cast, country="NER", actor1=_party(2))
    assert (cast.country, cast.actor1) == ("MLI", None)
    with pytest.raises(FrozenInstanceError):
        copy.country = "BFA"  # type: ignore[misc]


def test_updating_a_field_a_cast_lacks_fails():
    with pytest.raises(TypeError, match="colour"):
        Cast((), set(), None, None).updated(colour="red")


def test_a_name_asked_again_is_the_one_found_first(monkeypatch):
    """resolve_name keeps the names it found (an incident asks for the same few many times):
    asked again, each is what the catalogue gives, with a country, without one (the bare
    name of a generic actor) and without a regime; another catalogue is asked anew."""
    from rasd.actors import actor_name, catalogue
    from rasd.events import party
    on = dt.date(2024, 3, 9)
    for _ in range(2):
        assert party.resolve_name("state_forces_military", country="NER", on=on) == actor_name(
            "state_forces_military", country="NER", on=on)
        assert party.resolve_name("state_forces_military", country=None, on=None) == "Military Forces"
        assert party.resolve_name("state_forces_military", country="NER", on=on, regime=False) \
            == actor_name("state_forces_military", country="NER", on=on, regime=False)
    with pytest.raises(ResourceError):  # an unknown id is no name, asked once or twice
        party.resolve_name("no_such_actor", country=None, on=None)
    other = replace(catalogue(), actors={**catalogue().actors})
    monkeypatch.setattr(party, "catalogue", lambda: other)
    party.resolve_name("state_forces_military", country=None, on=None)
    assert party._NAMES["of"] is other
