"""Choosing and resolving an incident's place (rasd.events.places), from hand-made mentions."""

from __future__ import annotations

import pytest

from rasd.doc import PlaceMention, Span
from rasd.events.places import main_place, named_region, place_fields


def _at(start: int, name: str, cue: str | None = "in") -> PlaceMention:
    return PlaceMention(Span(start, start + len(name)), name, cue)


@pytest.mark.parametrize(("place", "country", "admin1", "place_country"), [
    # the actors' country is a side, not the place: French forces in Gao
    (_at(0, "Gao"), "FRA", "Gao", "MLI"),
    # a seat in the Sahel beats a look-alike hamlet in the actors' country
    (_at(0, "Segou"), "BFA", "Ségou", "MLI"),
    (_at(0, "Djibo"), None, "Soum", "BFA"),
])
def test_place_is_resolved_where_it_lies(place, country, admin1, place_country):
    fields = place_fields(place, country_iso3=country)
    assert (fields["admin1"], fields["_country"]) == (admin1, place_country)


def test_unknown_place_takes_admin1_from_the_named_region():
    fields = place_fields(_at(0, "Qwertyx"), country_iso3=None, region=("Mopti", "MLI"))
    assert (fields["location"], fields["admin1"], fields["latitude"]) == ("Qwertyx", "Mopti", None)


@pytest.mark.parametrize(("anchor_cue", "location"), [
    # "the hamlet of X, near Boni": coded at Boni, as ACLED codes an unknown village
    ("near", "Boni"),
    # "X (Boni, ...)": the coordinates of the qualifier, the name as written
    ("region", "Qwertyx"),
])
def test_unknown_place_is_placed_at_the_place_named_next_to_it(anchor_cue, location):
    place = _at(20, "Qwertyx", "settlement")
    boni = _at(35, "Boni", anchor_cue)
    fields = place_fields(place, country_iso3="MLI", context=[place, boni])
    assert (fields["location"], fields["location_text"]) == (location, "Qwertyx")
    assert fields["geo_precision"] == 2 and 15.0 < fields["latitude"] < 15.2


@pytest.mark.parametrize(("town", "admin1"), [
    # Béni names several Malian villages: the one near the town named after it wins
    ("Bandiagara", "Bandiagara"),
    ("San", "San"),
])
def test_homonym_near_the_other_places_wins(town, admin1):
    place = _at(0, "Beni", "settlement")
    context = [place, _at(6, town, "region")]
    assert place_fields(place, country_iso3="MLI", context=context)["admin1"] == admin1


@pytest.mark.parametrize(("places", "expected"), [
    # a country named first gives way to the place after it
    ([_at(0, "Mali"), _at(20, "Kati", "settlement")], "Kati"),
    ([_at(0, "Burkina Faso"), _at(30, "Djibo")], "Djibo"),
    # otherwise the first place stands
    ([_at(0, "Gao"), _at(20, "Mali")], "Gao"),
    # a two-letter word is not a country code ("the village of Am")
    ([_at(0, "Am", "settlement"), _at(10, "Koro", "region")], "Am"),
])
def test_main_place(places, expected):
    assert main_place(places, places[0]).name == expected


def test_named_region_prefers_the_areas_right_after_the_place():
    places = [_at(0, "Sikasso"), _at(40, "Dounde", "settlement"), _at(48, "Bankass", "region"),
              _at(57, "Mopti", "region")]
    assert named_region(places, places[1], None) == ("Mopti", "MLI")


def test_named_region_falls_back_to_the_focus_countries():
    places = [_at(0, "Gao"), _at(5, "Gao", "region")]
    assert named_region(places, places[0], "FRA") == ("Gao", "MLI")


@pytest.mark.parametrize(("name", "country"), [
    # a report naming only the country is placed nowhere in it, but tells the country
    ("Mali", "MLI"),
    ("بوركينا", "BFA"),  # not the hamlet "Bourkina"
    ("Burkina Faso", "BFA"),
])
def test_a_country_is_not_a_location(name, country):
    fields = place_fields(_at(0, name), country_iso3=None)
    assert (fields["location"], fields["latitude"], fields["_country"]) == (None, None, country)


@pytest.mark.parametrize(("name", "country", "expected"), [
    # the country named right after the place bounds the look-up ("فادا" is a Fada in
    # Niger, but not "in Burkina Faso")
    ("فادا", "بوركينا فاسو", ("BFA", None)),
    ("Fada N'Gourma", "Burkina Faso", ("BFA", "Goulmou")),
    # ...and a looser transliteration will do there
    ("تسيت", "مالي", ("MLI", "Gao")),
    ("أربيندا", "Burkina Faso", ("BFA", "Soum")),
])
def test_the_country_named_after_the_place_bounds_it(name, country, expected):
    place = _at(0, name)
    context = [place, _at(len(name) + 4, country)]
    fields = place_fields(place, country_iso3=None, context=context)
    assert (fields["_country"], fields["admin1"]) == expected


def test_a_homonym_far_from_the_areas_named_after_it_is_not_the_place():
    # Nene-Leye (Bandiagara, Mopti): not the Nene-Leye of Koulikoro
    place = _at(0, "Nene-Leye", "settlement")
    context = [place, _at(11, "Bandiagara", "region"), _at(23, "Mopti", "region")]
    fields = place_fields(place, country_iso3="MLI", context=context, region=("Mopti", "MLI"))
    assert fields["location"] == "Nene-Leye" and fields["admin1"] != "Koulikoro"
    assert fields["geo_precision"] == 2 and 14.0 < fields["latitude"] < 14.6
