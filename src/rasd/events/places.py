"""Placing an incident: its place mention resolved in the gazetteer (issue 4 builds on it).

The country the actors point to constrains the look-up; a resolved place fills the ACLED
place columns and, when the actors said nothing of the country, the country itself. A
name the gazetteer does not hold stays in the record as text, with the country alone.
"""

from __future__ import annotations

from typing import Any

from rasd.doc import PlaceMention
from rasd.geo.resolve import region_of, resolve

PRECISION_BY_CUE = {"near": 2, "between": 2, "region": 3}


def _latin(name: str) -> bool:
    return all(ord(c) < 0x0250 for c in name if c.isalpha())


def place_fields(place: PlaceMention | None, *, country_iso3: str | None,
                 other: PlaceMention | None = None,
                 region: tuple[str, str] | None = None) -> dict[str, Any]:
    """ACLED place columns for an incident's place (all None without a place).

    `other` is the second place of "between A and B": when both resolve, the event sits
    at the point between them (DESIGN §4), with precision 2. `region`: a first-level
    division the text names and its country, which favours candidates inside it and, when
    the text names no country otherwise, tells the country.
    """
    empty = {"location": None, "location_text": None, "geo_precision": None, "latitude": None,
             "longitude": None, "admin1": None, "admin2": None, "admin3": None}
    if place is None:
        return empty
    precision = PRECISION_BY_CUE.get(place.cue or "", 1)
    fields = dict(empty, location=place.name, location_text=place.name, geo_precision=precision)
    if region is not None and country_iso3 is None:
        country_iso3 = region[1]
    resolved = resolve(place.name, country_iso3, region[0] if region else None)
    if resolved is None:
        return fields
    best, country = resolved
    if best.feature_code.startswith("ADM1"):
        precision = 3
    # ACLED writes a place as reports spell it; an Arabic-script name takes the gazetteer's
    location = place.name if _latin(place.name) else best.name
    fields.update(location=location, latitude=best.latitude, longitude=best.longitude,
                  admin1=best.admin1 or None, admin2=best.admin2 or None,
                  admin3=best.admin3 or None, geo_precision=precision, _country=country)
    second = resolve(other.name, country) if other is not None else None
    if second is not None:
        fields.update(latitude=round((best.latitude + second[0].latitude) / 2, 5),
                      longitude=round((best.longitude + second[0].longitude) / 2, 5))
    return fields


def named_region(places: list[PlaceMention], place: PlaceMention | None,
                 country_iso3: str | None) -> tuple[str, str] | None:
    """The first-level division the text names around an incident ("in the Mopti region",
    "Dounde (Bankass, Mopti)"): a place mention that is itself a region, with its country."""
    for other in places:
        if place is not None and other.span == place.span:
            continue
        region = region_of(other.name, country_iso3)
        if region is not None:
            return region
    return None
