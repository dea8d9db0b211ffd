"""GET /api/choices: values a reviewer may pick for a field, from the ACLED taxonomy, the
actor catalogue and the gazetteer (typed search), so corrections use the vocabulary the
records use instead of free text."""

from __future__ import annotations

from functools import lru_cache
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Query

from rasd.actors import actor_name, catalogue
from rasd.api.deps import reader
from rasd.errors import ResourceError
from rasd.taxonomy import taxonomy

router = APIRouter(prefix="/api", dependencies=[Depends(reader)], tags=["reviews"])
Field = Literal["event_type", "sub_event_type", "actor1", "actor2", "assoc_actor_1",
                "assoc_actor_2", "country", "admin1", "admin2", "location"]
SAHEL = ("MLI", "BFA", "NER")  # generic actors are offered for these countries
LIMIT = 20


@lru_cache(maxsize=1)
def actor_names() -> tuple[str, ...]:
    """Every ACLED-style actor name the catalogue can give (all periods; generic actors for
    the countries they cover, or the Sahel's)."""
    cat = catalogue()
    names: set[str] = set()
    for actor in cat.actors.values():
        for country in actor.countries or SAHEL:
            try:
                names.add(actor_name(actor.id, country=country))
                names.update(p.name for p in actor.periods)
            except ResourceError:
                continue  # an actor without a name for this country
    return tuple(sorted(names))


def _gazetteer() -> Any:
    from rasd.geo.gazetteer import Gazetteer

    return Gazetteer.load()


def _matches(values: tuple[str, ...] | list[str], q: str) -> list[dict[str, Any]]:
    """Values starting with q first, then those containing it; case-insensitive."""
    low = q.casefold()
    starts = [v for v in values if v.casefold().startswith(low)]
    inside = [v for v in values if low in v.casefold() and v not in starts]
    return [{"value": v, "label": v} for v in (starts + inside)[:LIMIT]]


def _places(q: str, country: str | None) -> list[dict[str, Any]]:
    if len(q.strip()) < 2:
        return []
    found = _gazetteer().lookup(q, country=country or None, limit=LIMIT)
    return [{"value": c.place.name, "label": f"{c.place.name} ({c.place.admin1}, "
             f"{c.place.country})", "latitude": c.place.latitude,
             "longitude": c.place.longitude, "admin1": c.place.admin1,
             "admin2": c.place.admin2, "country": c.place.country} for c in found]


@router.get("/choices", response_model=list[dict[str, Any]])
def choices(field: Field, q: Annotated[str, Query(max_length=128)] = "",
            country: Annotated[str | None, Query(max_length=64)] = None,
            ) -> list[dict[str, Any]]:
    """Up to 20 values for `field` matching `q`: event types and sub-types from the ACLED
    taxonomy, actors from the catalogue, countries and admin1 and admin2 units from the gazetteer, and
    locations from the gazetteer (with their coordinates and units; `country` narrows)."""
    tax = taxonomy()
    if field == "event_type":
        return _matches(list(tax.event_types), q)
    if field == "sub_event_type":
        return _matches(sorted(tax.sub_event_types), q)
    if field == "country":
        return _matches(sorted(c.name for c in catalogue().countries.values()), q)
    if field == "admin1":
        return _matches(_admin1_names(country), q)
    if field == "admin2":
        return _matches(_admin2_names(country), q)
    if field == "location":
        return _places(q, country)
    return _matches(actor_names(), q)


def _admin2_names(country: str | None) -> tuple[str, ...]:
    gazetteer = _gazetteer()
    code = gazetteer.country(country).alpha2 if country and gazetteer.country(country) else None
    return tuple(sorted({entry.name for (cc, _key), entries in gazetteer._admin2.items()
                         for entry in entries if code is None or cc == code}))


def _admin1_names(country: str | None) -> tuple[str, ...]:
    gazetteer = _gazetteer()
    code = gazetteer.country(country).alpha2 if country and gazetteer.country(country) else None
    return tuple(sorted({entry.name for entry, _names, _keys in gazetteer._admin1
                         if code is None or entry.country_code == code}))
