"""Gazetteer look-ups for the pipeline (rasd.geo.resolve)."""

from __future__ import annotations

import pytest

from rasd.geo.resolve import (IN_COUNTRY_SCORE, country_of, in_region, is_division,
                              resolve, resolve_near)


@pytest.mark.parametrize(("name", "country"), [
    ("Paris", "FRA"),     # a capital abroad is found without a country
    ("Mandoli", None),    # a suburb abroad is not: a Sahel report means a Sahel village
])
def test_world_fallback_only_for_prominent_places(name, country):
    found = resolve(name, None)
    assert (found[1] if found else None) == country


@pytest.mark.parametrize(("anchor", "admin1"), [
    ((14.35, -3.61), "Douentza"),    # near Bandiagara town: the Béni of Dianwely (OCHA)
    ((13.33, -4.90), "San"),         # near San town
    ((), "San"),                     # no anchor: the best-ranked homonym
])
def test_resolve_near_prefers_the_homonym_near_the_anchors(anchor, admin1):
    found = resolve_near("Beni", "MLI", (anchor,) if anchor else ())
    assert found is not None and found[0].admin1 == admin1


@pytest.mark.parametrize("name", ["دانسان", "دانسا"])
def test_an_arabic_final_nasal_nun_still_reaches_the_village_near_the_anchors(name):
    # "دانسان" writes Dansa with a French final nasal; near Douentza it is that Dansa,
    # not the Dansana 400 km south-west
    douentza = (15.0, -2.95)
    found = resolve_near(name, "MLI", (douentza,))
    assert found is not None and (found[0].name, found[0].admin2) == ("Dansa", "Douentza")


@pytest.mark.parametrize("name", ["Hombori", "هومبوري", "Ombori"])
def test_a_good_match_a_little_beyond_near_km_beats_a_loose_spelling_close_by(name):
    # "Hombori (Douentza, Mopti)": the anchor is the Douentza region's centroid, about
    # 107 km from Hombori; a hamlet of a loosely similar name within 100 km is not it
    douentza_centroid = (15.164, -2.695)
    found = resolve_near(name, "MLI", (douentza_centroid,))
    assert found is not None and (found[0].name, found[0].admin2) == ("Hombori", "Douentza")


def test_the_wider_ring_does_not_displace_an_equally_good_homonym_close_by():
    # Béni near Bandiagara (within NEAR_KM) stays, though another Béni lies within 200 km
    found = resolve_near("Beni", "MLI", ((14.35, -3.61),))
    assert found is not None and found[0].admin1 == "Douentza"


def test_resolve_near_keeps_a_seat_over_a_hamlet_of_its_name():
    # an anchor near Mopti does not move Bamako to a hamlet called Bamako
    found = resolve_near("Bamako", "MLI", ((14.49, -4.20),))
    assert found is not None and found[0].feature_code == "PPLC"


@pytest.mark.parametrize("name", ["Boni", "بوني"])
def test_resolve_near_keeps_a_commune_seat_over_a_hamlet_of_its_name(name):
    # "the town of Boni, 250 km from Mopti": the anchor near Mopti town does not move the
    # commune seat (PPLA3, Douentza) to a hamlet called Boni by Mopti (Bandiagara)
    mopti = (14.49, -4.20)
    found = resolve_near(name, "MLI", (mopti,))
    assert found is not None and (found[0].feature_code, found[0].admin1) == ("PPLA3", "Douentza")


@pytest.mark.parametrize(("name", "code"), [
    ("Mali", "MLI"), ("Burkina Faso", "BFA"), ("بوركينا", "BFA"), ("بوركينا فاسو", "BFA"),
    ("النيجر", "NER"), ("Niger", "NER"),
    ("Am", None), ("Gao", None), ("466", None),  # short words and codes are not countries
])
def test_country_of(name, code):
    assert country_of(name) == code


def test_min_score_admits_a_looser_transliteration():
    # تسيت (Tessit) is a loose match: kept only when the caller asks for little enough
    assert resolve("تسيت", "MLI", min_score=0.85) is None
    found = resolve("تسيت", "MLI", min_score=IN_COUNTRY_SCORE)
    assert found is not None and found[0].name == "Tessit"


@pytest.mark.parametrize(("name", "expected"), [
    ("Mopti", True), ("Bankass", True), ("Koro", True),  # a region, cercle seats
    ("Ségou", True), ("Bamako", True),
    ("Dala", False), ("Insogou", False),  # villages
    ("Qwertyx", False),
])
def test_is_division(name, expected):
    assert is_division(name, ("MLI",)) is expected


@pytest.mark.parametrize(("place", "region", "expected"), [
    ("Douentza", "Mopti", True),   # now in the Douentza region, formerly Mopti
    ("Douentza", "Douentza", True),
    ("Douentza", "Ségou", False),
    ("Ansongo", "Gao", True),
    ("Ménaka", "Gao", True),       # Ménaka was part of Gao
])
def test_in_region_reads_former_regions(place, region, expected):
    found = resolve(place, "MLI")
    assert found is not None and in_region(found[0], region, "MLI") is expected


def test_a_name_match_beats_a_transliteration_in_another_focus_country():
    # "Koury": an alternate name of Kouri (Mali), not a spelling close to Gouré (Niger)
    found = resolve("Koury", None)
    assert found is not None and found[1] == "MLI"


@pytest.mark.parametrize(("name", "admin2"), [
    ("Sangha", "Bandiagara"),   # the commune seat GeoNames spells Sanga, not an OCHA hamlet
    ("سانغا", "Bandiagara"),     # the Arabic spelling already reaches the seat
    ("Koury", "Yorosso"),       # the seat spelt Kouri, not a hamlet spelt Koury
    ("Pe", "Bankass"),          # a name of two sounds keeps its exact match
])
def test_with_no_other_place_a_seat_known_by_the_name_beats_a_hamlet_spelt_so(name, admin2):
    found = resolve(name, None)
    assert found is not None and found[0].admin2 == admin2


BANKASS_CERCLE, MOPTI_CERCLE = (13.739, -3.618), (14.693, -4.104)
DOUENTZA_REGION = (15.164, -2.695)


@pytest.mark.parametrize(("name", "anchors", "admin2"), [
    # "Sokoura (Bankass, Mopti)": both seats of the name lie near the two areas; the
    # one in the cercle named first wins, in either script
    ("Sokoura", (BANKASS_CERCLE, MOPTI_CERCLE), "Bankass"),
    ("سوكورا", (BANKASS_CERCLE, MOPTI_CERCLE), "Bankass"),
    ("Sokoura", (MOPTI_CERCLE, BANKASS_CERCLE), "Mopti"),
    # "Amba (Douentza, Mopti)": the Amba of the Douentza cercle, though one of Bandiagara
    # lies nearer to the region's centroid
    ("Amba", (DOUENTZA_REGION, MOPTI_CERCLE), "Douentza"),
    ("امبا", (DOUENTZA_REGION, MOPTI_CERCLE), "Douentza"),
])
def test_homonyms_near_the_anchors_go_to_the_unit_named_first(name, anchors, admin2):
    found = resolve_near(name, "MLI", anchors)
    assert found is not None and found[0].admin2 == admin2


def _resolve_weighing_every_country(name: str, around=()):  # type: ignore[no-untyped-def]
    """What `resolve(name, None)` answers when the homonyms of every focus country are
    weighed before the best is taken (how it was written before countries that cannot
    win were left out)."""
    from rasd.geo.resolve import HOMONYM_MARGIN, _in_country, _nearest, focus_countries

    scored = [found for country in focus_countries()
              if (found := _in_country(name, country, None, around=around)) is not None]
    if not scored:
        return None
    best = max(scored, key=lambda found: (found[3] != "translit", found[2]))
    ties = [f for f in scored if f[3] == best[3] and f[2] >= best[2] - HOMONYM_MARGIN]
    return _nearest(ties, around)[:2] if around else best[:2]


@pytest.mark.parametrize("name", ["Dori", "Boni", "Koury", "Sangha", "Tessit", "Beni",
                                  "دوري", "بوني", "ديديني", "كانو", "تيليا", "أيورو",
                                  "Kidal", "كيدال", "باماكو", "Diffa", "جيبو"])
@pytest.mark.parametrize("around", [(), ((14.35, -3.61),), ((14.0, 0.5),)])
def test_countries_left_unweighed_change_no_answer(name, around):
    resolve.cache_clear()
    assert resolve(name, None, around=around) == _resolve_weighing_every_country(name, around)


def _countries_asked(monkeypatch, function: str) -> list[str]:
    """The countries `rasd.geo.resolve.<function>` is asked about from now on (it still
    answers as before), with the resolver's memo emptied."""
    import rasd.geo.resolve as geo_resolve

    asked: list[str] = []
    real = getattr(geo_resolve, function)
    monkeypatch.setattr(geo_resolve, function, lambda name, country, *rest: (
        asked.append(country), real(name, country, *rest))[1])
    resolve.cache_clear()
    return asked


def test_a_spelling_guess_abroad_is_not_weighed_against_a_name(monkeypatch):
    # "Tessit" is the name of the Malian commune; Niger has only a spelling close to it
    # (a depression, Tîssît): its homonyms are never looked at
    weighed = _countries_asked(monkeypatch, "_among_homonyms")
    found = resolve("Tessit", None)
    assert found is not None and found[1] == "MLI"
    assert weighed == ["MLI"]


@pytest.mark.parametrize(("name", "country"), [
    ("Kidal", "MLI"),    # a name of Mali only: no spelling close to it is scored elsewhere
    ("كيدال", "MLI"),    # ... nor for its alternate name in Arabic script
])
def test_a_country_where_the_name_is_none_is_not_searched_when_another_has_it(
        name, country, monkeypatch):
    searched = _countries_asked(monkeypatch, "_first_in_country")
    found = resolve(name, None)
    assert found is not None and found[1] == country
    assert searched == [country]


def test_a_name_that_is_a_name_nowhere_is_searched_by_its_spelling_everywhere(monkeypatch):
    from rasd.geo.resolve import focus_countries

    searched = _countries_asked(monkeypatch, "_first_in_country")
    assert resolve("تيليا", None) is not None  # a spelling: no place has it as a name
    assert searched == list(focus_countries())


def test_a_spelling_guess_is_no_division_and_its_spellings_are_not_scored(monkeypatch):
    from rasd.geo.gazetteer import Gazetteer

    floors = []
    lookup = Gazetteer.lookup
    monkeypatch.setattr(Gazetteer, "lookup", lambda self, name, **kw: (
        floors.append(kw.get("floor", 0.0)), lookup(self, name, **kw))[1])
    is_division.cache_clear()
    assert not is_division("تيليا", ("MLI", "BFA", "NER"))  # a spelling of Tillia only
    assert 0.0 not in floors  # no look-up that scores every spelling
