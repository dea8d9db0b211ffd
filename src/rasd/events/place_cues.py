"""Cues in the text that say which mention an incident's place is coded at, over the
order in which its passage names places: an analyst's "coded as X" (`places.yaml`,
cue `coded`) names the point itself, whatever place the sentence told of first."""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from functools import lru_cache

from rasd.doc import PlaceMention
from rasd.geo.gazetteer import haversine_km
from rasd.geo.resolve import gazetteer, region_of, resolve
from rasd.normalize import fold

CODED = "coded"  # the cue of a place an analyst says the event is coded at


def coded_mention(places: Sequence[PlaceMention]) -> PlaceMention | None:
    """The first place the passage says the event is coded at ("the village of X (coded
    as Y)", « codé à Y », "مرمز باسم Y"), if any: the record's place, not X."""
    return next((p for p in places if p.cue == CODED), None)


QUALIFIER_GAP = 12  # characters from a name to its qualifiers: " (", " (cercle de "
UNIT_GAP = 16  # characters between two units: ", " or "، ", ", région de "


def qualified_mention(places: Sequence[PlaceMention]) -> PlaceMention | None:
    """A place that locates the one before it and is qualified with the units it lies
    in, side by side right after it ("the hamlet of Y, near X (Koro, Mopti)", "Y, 12 km
    from X (Niono, Segou)", « Y, près de X (Koro, Mopti) »): the place its writer has
    located, which the village before it only details. Two places qualified together
    ("between A and B (Koro, Mopti)", "the villages of A and B (Koro, Mopti)") are not."""
    for before, place, unit, other in zip(places, places[1:], places[2:], places[3:]):
        if place.cue == "near" and before.cue not in LOCATED_BY and before.name != place.name \
                and _qualifies(place, unit, other):
            return place
    return None


def qualified_area(places: Sequence[PlaceMention],
                   first: PlaceMention | None) -> PlaceMention | None:
    """An incident's first place named as an area and qualified with the units it lies in
    ("in the area of X (Koro, Mopti)", « dans la zone de X (cercle de Koro) »): the point
    the writer has located, at a "near" place's precision, not a village named after it
    nor a unit named like it; None for a first-level region ("the area of Mopti")."""
    if first is None or first.cue != "region" or region_of(first.name, None) is not None:
        return None
    after = _after(places, first.span.end, 2)
    if len(after) < 2 or not _qualifies(first, *after):
        return None
    # a place and its surroundings, as "near X" says: not the unit named X
    return PlaceMention(first.span, first.name, "near")


def _after(places: Sequence[PlaceMention], pos: int, count: int) -> Sequence[PlaceMention]:
    """The first `count` mentions starting at or after `pos` (mentions are in text order),
    found by bisection: a report's whole list of places may be the context."""
    at = bisect.bisect_left(places, pos, key=lambda p: p.span.start)
    return places[at:at + count]


def _qualifies(place: PlaceMention, unit: PlaceMention, other: PlaceMention) -> bool:
    """Whether two units side by side right after a place qualify it ("X (Koro, Mopti)")."""
    return unit.cue == other.cue == "region" \
        and 0 < unit.span.start - place.span.end <= QUALIFIER_GAP \
        and 0 < other.span.start - unit.span.end <= UNIT_GAP


def former_region(place: PlaceMention, context: Sequence[PlaceMention],
                  admin1: str | None, country_iso3: str | None) -> str | None:
    """The first-level region the units qualifying a place name last ("X (Ansongo, Gao)"),
    when it held the place's region of today ("Gao" held Ménaka) and the unit named first
    lies outside that region of today (Ansongo is in Gao): the region the writer codes it
    in, as data sets older than the split do. "X (Menaka, Gao)" stays in Ménaka, whose
    seat the unit is. None otherwise."""
    if not admin1 or not country_iso3:
        return None
    after = _after(context, place.span.end, 2)
    if len(after) < 2 or not _qualifies(place, *after):
        return None
    region = region_of(after[1].name, country_iso3)
    if region is None or fold(region[0]) == fold(admin1):
        return None
    held = gazetteer().admin1_names(region[0], country=country_iso3)
    unit = resolve(after[0].name, country_iso3)
    if fold(admin1) not in held or unit is None or not unit[0].admin1 \
            or fold(unit[0].admin1) == fold(admin1):
        return None
    return region[0]


# a mention that does not name a village a place after it may locate
LOCATED_BY = frozenset({"region", "alias", "border", "affiliation", "coded"})


@lru_cache(maxsize=65536)
def keeps_its_name(name: str, alias: str) -> bool:
    """Whether a place keeps its name over the other one written right after it ("Sango
    [Sohende]", « Manga [Maga-Peulh] »): when the gazetteer knows the name and not the
    other, the other is a local or older name of the same village, not the writer's
    correction ("Dala [Dallah]", "'Iloua' [Tilawati]" take the second)."""
    return resolve(alias, None) is None and resolve(name, None) is not None


QUARTER_REACH = 30  # characters from a quarter's name to the capital it lies in
QUARTER_KM = 30.0  # a place this close to a capital is one of its quarters
QUARTER_OF = frozenset({"in", "settlement"})  # "X in Bamako", "X in the capital of Bamako"


def capital_of_quarter(place: PlaceMention, places: Sequence[PlaceMention]) -> PlaceMention | None:
    """The national capital named right after a place said to lie in it ("the camp in X
    in the capital of Bamako", « X, à Bamako », "X في العاصمة باماكو"), when the gazetteer
    knows a place of that name in the capital's reach or none at all: a quarter of the
    capital, coded at the capital as ACLED does."""
    after = next(iter(_after(places, place.span.end, 1)), None)
    if after is None or after.cue not in QUARTER_OF or after.name == place.name \
            or after.span.start - place.span.end > QUARTER_REACH or not _capital(after.name):
        return None
    return after if _within_capital(place.name, after.name) else None


@lru_cache(maxsize=65536)
def _within_capital(name: str, capital: str) -> bool:
    """Whether the gazetteer knows no place of that name or one within the capital's reach
    (a quarter's name is often a distant village's too)."""
    centre = resolve(capital, None)
    if centre is None:
        return False
    found = gazetteer().lookup(name, limit=8)
    return not found or any(haversine_km(c.place.latitude, c.place.longitude,
                                         centre[0].latitude, centre[0].longitude) <= QUARTER_KM
                            for c in found)


@lru_cache(maxsize=65536)
def _capital(name: str) -> bool:
    found = resolve(name, None)
    return found is not None and found[0].feature_code == "PPLC"
