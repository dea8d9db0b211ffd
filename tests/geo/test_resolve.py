"""Gazetteer look-ups for the pipeline (rasd.geo.resolve)."""

from __future__ import annotations

import pytest

from rasd.geo.resolve import resolve, resolve_near


@pytest.mark.parametrize(("name", "country"), [
    ("Paris", "FRA"),     # a capital abroad is found without a country
    ("Mandoli", None),    # a suburb abroad is not: a Sahel report means a Sahel village
])
def test_world_fallback_only_for_prominent_places(name, country):
    found = resolve(name, None)
    assert (found[1] if found else None) == country


@pytest.mark.parametrize(("anchor", "admin1"), [
    ((14.35, -3.61), "Bandiagara"),  # near Bandiagara town
    ((13.33, -4.90), "San"),         # near San town
    ((), "San"),                     # no anchor: the best-ranked homonym
])
def test_resolve_near_prefers_the_homonym_near_the_anchors(anchor, admin1):
    found = resolve_near("Beni", "MLI", (anchor,) if anchor else ())
    assert found is not None and found[0].admin1 == admin1


def test_resolve_near_keeps_a_seat_over_a_hamlet_of_its_name():
    # an anchor near Mopti does not move Bamako to a hamlet called Bamako
    found = resolve_near("Bamako", "MLI", ((14.49, -4.20),))
    assert found is not None and found[0].feature_code == "PPLC"
