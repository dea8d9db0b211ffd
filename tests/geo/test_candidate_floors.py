"""Candidates asked with several floors: an answer found with a lower floor serves a higher
one (no second look-up), and above the higher floor it holds the same candidates, in the
same order, as a look-up made with that floor (Arabic, French and English spellings)."""

from __future__ import annotations

import pytest

from rasd.geo import resolve as geo
from rasd.geo.gazetteer import Gazetteer

NAMES = [("موبتي", "MLI"), ("تيلابيري", "NER"), ("جيبو", "BFA"),
         ("Tombouctou", "MLI"), ("Ouahigouya", "BFA"), ("Timbuktu", "MLI"), ("Diffa", "NER")]


def _seen(candidates, floor: float) -> list:  # type: ignore[no-untyped-def]
    return [(c.place.geonameid, c.score, c.match) for c in candidates if c.score >= floor]


@pytest.mark.parametrize(("name", "country"), NAMES)
def test_a_lower_floor_answer_serves_a_higher_floor(name: str, country: str,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    gaz = geo.gazetteer()
    monkeypatch.setattr(geo, "_FLOORED", {})
    calls = []
    lookup = Gazetteer.lookup

    def counted(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        calls.append(args)
        return lookup(self, *args, **kwargs)

    monkeypatch.setattr(Gazetteer, "lookup", counted)
    low = geo._candidates(name, country, geo.NEAR_SCORE)
    high = geo._candidates(name, country, 0.85)
    assert len(calls) == 1  # the second floor asked no new look-up
    direct = lookup(gaz, name, country=country, limit=20, floor=0.85)
    assert _seen(high, 0.85) == _seen(direct, 0.85)
    assert _seen(low, geo.NEAR_SCORE)  # the name is found at all
    geo._candidates(name, country, 0.0)  # a lower floor than any asked looks up again
    assert len(calls) == 2


@pytest.mark.parametrize("name", ["نياني", "كولونديا", "بوني", "Inates", "Tiwoli"])
@pytest.mark.parametrize("around", [(), ((14.35, -3.61),), ((14.0, 0.5),)])
def test_a_spelling_guess_weighs_the_same_homonyms_at_its_own_floor(
        name: str, around: tuple, monkeypatch: pytest.MonkeyPatch) -> None:
    # the homonyms of a first match found by its spelling are asked at the floor of its
    # ties (lower only when another data set must tell them apart): the same answer as
    # weighing every candidate
    monkeypatch.setattr(geo, "_FLOORED", {})
    weighed = 0
    for country in geo.focus_countries():
        settled, plain = geo._first_in_country(name, country, None, geo.MIN_SCORE)
        if settled or plain[3] != "translit":
            continue
        weighed += 1
        geo._FLOORED.clear()
        tight = geo._among_homonyms(name, country, plain, geo.MIN_SCORE, around)
        geo._FLOORED.clear()
        geo._candidates(name, country, 0.0)  # every candidate known: any floor is served
        assert geo._among_homonyms(name, country, plain, geo.MIN_SCORE, around) == tight
    assert weighed


@pytest.mark.parametrize(("name", "country", "min_score"), [
    ("دانغا", "MLI", geo.MIN_SCORE),          # a commune seat reached by its spelling only
    ("تيرا", "NER", geo.IN_COUNTRY_SCORE),    # a department seat
    ("Boni", "MLI", geo.MIN_SCORE),           # a seat found by its name
])
def test_a_seat_weighed_against_a_hamlet_nearby_is_read_at_the_floor_it_reaches(
        name: str, country: str, min_score: float, monkeypatch: pytest.MonkeyPatch) -> None:
    # whether resolve's seat is only a spelling guess no better than a candidate nearby
    # is answered from candidates down to its own floor: the same as from every candidate
    monkeypatch.setattr(geo, "_FLOORED", {})
    plain = geo.resolve(name, country, min_score=min_score)
    assert plain is not None and plain[0].feature_code in geo.KEPT_SEATS
    answers = []
    for near in geo._candidates(name, country, geo.NEAR_SCORE):
        geo._FLOORED.clear()
        tight = geo._guessed_no_better(name, plain, near, min_score)
        geo._FLOORED.clear()
        geo._candidates(name, country, 0.0)  # every candidate known: any floor is served
        assert geo._guessed_no_better(name, plain, near, min_score) == tight
        answers.append(tight)
    assert answers
