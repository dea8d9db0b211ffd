"""Placing an incident: its place mention resolved in the gazetteer (issue 4 builds on it).

The country the actors point to constrains the look-up; a resolved place fills the ACLED
place columns and, when the actors said nothing of the country, the country itself. A
name the gazetteer does not hold stays in the record as text, with the country alone.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from rasd.doc import PlaceMention

MIN_SCORE = 0.8  # below this a candidate is a guess, and the record keeps the name as text
PRECISION_BY_CUE = {"near": 2, "between": 2, "region": 3}


@lru_cache(maxsize=1)
def _gazetteer():  # type: ignore[no-untyped-def]
    from rasd.geo.gazetteer import Gazetteer

    return Gazetteer.load()


def place_fields(place: PlaceMention | None, *, country_iso3: str | None) -> dict[str, Any]:
    """ACLED place columns for an incident's place (all None without a place)."""
    empty = {"location": None, "location_text": None, "geo_precision": None, "latitude": None,
             "longitude": None, "admin1": None, "admin2": None, "admin3": None}
    if place is None:
        return empty
    precision = PRECISION_BY_CUE.get(place.cue or "", 1)
    fields = dict(empty, location=place.name, location_text=place.name, geo_precision=precision)
    resolved = _resolve(place.name, country_iso3)
    if resolved is None:
        return fields
    best, country = resolved
    if best.feature_code.startswith("ADM1"):
        precision = 3
    fields.update(location=best.name, latitude=best.latitude, longitude=best.longitude,
                  admin1=best.admin1 or None, admin2=best.admin2 or None,
                  admin3=best.admin3 or None, geo_precision=precision, _country=country)
    return fields


@lru_cache(maxsize=65536)
def _resolve(name: str, country_iso3: str | None):  # type: ignore[no-untyped-def]
    """The best place for a name (and its country's alpha-3), or None below MIN_SCORE.

    Memoised: reports name the same towns again and again, and a look-up by
    transliteration key costs milliseconds.
    """
    gazetteer = _gazetteer()
    hint = country_iso3 if country_iso3 and gazetteer.country(country_iso3) else None
    found = gazetteer.lookup(name, country=hint, limit=1)
    if not found or found[0].score < MIN_SCORE:
        return None
    country = gazetteer.country(found[0].place.iso)
    return found[0].place, None if country is None else country.alpha3
