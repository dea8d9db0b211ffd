"""Party (rasd.events.party): a value kept in sets, hashed once."""

import pickle

from rasd.doc import Span
from rasd.events.party import Party


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
