"""The actor catalogue: ACLED-style actor names, types and sides, and per-language aliases.

The catalogue (resources/taxonomy/actors.yaml) is language-independent; the names that denote
each actor in text live in resources/<lang>/actors.yaml. This module loads and validates both
and resolves names; it does no text matching.

Names can depend on context:
- generic entries ("Civilians ({country})") take the country named in the text;
- state forces take the regime period of the event date ("Military Forces of Mali (2021-)");
- renamed groups take the name in force on the event date ("Islamic State (Greater Sahara)").
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from functools import lru_cache
from importlib import resources as pkg
from typing import Any

import yaml

from rasd.errors import ResourceError
from rasd.resources import YAML_LOADER, load
from rasd.taxonomy import taxonomy

_WHERE = "resources/taxonomy/actors.yaml"
# the catalogue's sides of armed parties that are not a state's (a group of unknown name too)
NON_STATE_ARMED = frozenset({"jihadist", "rebel", "communal", "unknown"})
_STATE_FORCES = 1
_EXTERNAL_FORCES = 8


class Side(StrEnum):
    """Which side of the Sahel conflicts an actor stands on (for claims and framing)."""

    JIHADIST = "jihadist"
    STATE = "state"
    STATE_ALLY = "state_ally"
    REBEL = "rebel"
    COMMUNAL = "communal"
    CIVILIAN = "civilian"
    INTERNATIONAL = "international"
    UNKNOWN = "unknown"


@dataclass(frozen=True, slots=True)
class ActorPeriod:
    """A name in force from `start` (inclusive) to `end` (exclusive; None = still current).

    In a regime table `name` is the suffix appended to a state force ("(2021-)").
    """

    name: str
    start: date
    end: date | None

    def covers(self, on: date) -> bool:
        """Whether `on` falls inside the period."""
        return self.start <= on and (self.end is None or on < self.end)


@dataclass(frozen=True, slots=True)
class Country:
    """A country as ACLED names it: ISO alpha-3, ISO numeric (`iso` column), English name."""

    iso3: str
    iso: int
    name: str
    abroad: bool = False  # named only as a nationality or a foreign force, never an event's country


@dataclass(frozen=True, slots=True)
class Successor:
    """The entry that codes an actor's events in `countries` from `start` on."""

    actor_id: str
    start: date
    countries: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Actor:
    """One catalogue entry; see the comments in taxonomy/actors.yaml for each field."""

    id: str
    name: str
    inter: int
    countries: tuple[str, ...]
    parent: str | None
    side: Side
    generic: bool
    periods: tuple[ActorPeriod, ...] = ()
    regime_periods: bool = False
    same_as: str | None = None
    unit: str | None = None
    unit_in_name: bool = False  # ACLED writes the unit after the name ("… (2013-2020) Gendarmerie")
    successor: tuple[Successor, ...] = ()

    @property
    def bound_country(self) -> str | None:
        """The fixed country of a non-generic entry that operates in exactly one country."""
        if self.generic or len(self.countries) != 1:
            return None
        return self.countries[0]


@dataclass(frozen=True, slots=True)
class Catalogue:
    """The loaded catalogue: actors by id, countries by ISO alpha-3, regime periods."""

    actors: Mapping[str, Actor]
    countries: Mapping[str, Country]
    regimes: Mapping[str, tuple[ActorPeriod, ...]]

    def actor(self, actor_id: str) -> Actor:
        """The actor with this id; ResourceError if the catalogue has none."""
        try:
            return self.actors[actor_id]
        except KeyError:
            raise _error(f"unknown actor id {actor_id!r}") from None

    def country(self, iso3: str) -> Country:
        """The country with this ISO alpha-3 code; ResourceError if the catalogue has none."""
        try:
            return self.countries[iso3]
        except KeyError:
            raise _error(f"unknown country {iso3!r}") from None

    def children(self, actor_id: str) -> tuple[Actor, ...]:
        """The actors whose parent is `actor_id`, in catalogue order."""
        return tuple(a for a in self.actors.values() if a.parent == actor_id)


# --- loading -------------------------------------------------------------------------------


def _error(message: str) -> ResourceError:
    return ResourceError(message, resource=_WHERE)


def _periods(rows: list[dict[str, Any]] | None, where: str) -> tuple[ActorPeriod, ...]:
    periods = tuple(ActorPeriod(r["name"], r["from"], r["to"]) for r in rows or ())
    for period in periods:
        if not isinstance(period.start, date):
            raise _error(f"{where}: period without a start date: {period}")
        if period.end is not None and period.end <= period.start:
            raise _error(f"{where}: period ends before it starts: {period}")
    for prev, cur in zip(periods, periods[1:]):
        if prev.end is None or prev.end > cur.start:
            raise _error(f"{where}: periods overlap or are out of order")
    return periods


def _name(row: dict[str, Any], names: Mapping[str, str], countries: Mapping[str, Country]) -> str:
    """The entry's own name, or for a same_as entry its target's (filled if bound to a country)."""
    if not row.get("same_as"):
        return row["name"]
    name = names[row["same_as"]]
    bound = row.get("countries") or ()
    if not row.get("generic") and len(bound) == 1 and bound[0] in countries:
        name = name.format(country=countries[bound[0]].name)
    return name


def _actor(row: dict[str, Any], name: str) -> Actor:
    ident = row["id"]
    try:
        side = Side(row["side"])
    except ValueError:
        raise _error(f"{ident}: unknown side {row['side']!r}") from None
    return Actor(
        id=ident,
        name=name,
        inter=row["inter"],
        countries=tuple(row.get("countries") or ()),
        parent=row.get("parent"),
        side=side,
        generic=bool(row.get("generic", False)),
        periods=_periods(row.get("periods"), ident),
        regime_periods=bool(row.get("regime_periods", False)),
        same_as=row.get("same_as"),
        unit=row.get("unit"),
        unit_in_name=bool(row.get("unit_in_name", False)),
        successor=_successor(row.get("successor"), ident),
    )


def _successor(rows: dict[str, Any] | list[dict[str, Any]] | None, where: str) -> tuple[Successor, ...]:
    """One successor, or a list of them in date order."""
    found = []
    for row in [rows] if isinstance(rows, dict) else rows or ():
        if not isinstance(row.get("from"), date):
            raise _error(f"{where}: successor without a start date")
        found.append(Successor(row["id"], row["from"], tuple(row.get("countries") or ())))
    if any(b.start <= a.start for a, b in zip(found, found[1:])):
        raise _error(f"{where}: successors out of date order")
    return tuple(found)


def _check(cat: Catalogue, actor: Actor) -> None:
    """Cross-references and invariants of one entry; ResourceError on the first violation."""
    if actor.inter not in taxonomy().actor_types:
        raise _error(f"{actor.id}: inter {actor.inter} is not an ACLED actor type")
    for ref in (actor.parent, actor.same_as, *(after.actor_id for after in actor.successor)):
        if ref is not None:
            cat.actor(ref)
    for iso3 in actor.countries:
        cat.country(iso3)
    if actor.generic != ("{country}" in actor.name):
        raise _error(f"{actor.id}: generic if and only if the name has {{country}}")
    if actor.same_as and not actor.generic and actor.bound_country is None:
        raise _error(f"{actor.id}: same_as needs exactly one country, or generic: true")


def _parse(data: dict[str, Any]) -> Catalogue:
    countries = {k: Country(k, v["iso"], v["name"], bool(v.get("abroad", False)))
                 for k, v in data["countries"].items()}
    regimes = {k: _periods(v, f"regimes/{k}") for k, v in data["regimes"].items()}
    rows = data["actors"]
    names = {r["id"]: r["name"] for r in rows if "name" in r}
    actors: dict[str, Actor] = {}
    for row in rows:
        if row["id"] in actors:
            raise _error(f"duplicate actor id {row['id']!r}")
        actors[row["id"]] = _actor(row, _name(row, names, countries))
    cat = Catalogue(actors=actors, countries=countries, regimes=regimes)
    for actor in actors.values():
        _check(cat, actor)
    return cat


@lru_cache(maxsize=1)
def catalogue() -> Catalogue:
    """The actor catalogue (loaded and validated once); ResourceError if it is malformed."""
    text = pkg.files("rasd.resources").joinpath("taxonomy", "actors.yaml").read_text("utf-8")
    try:
        return _parse(yaml.load(text, Loader=YAML_LOADER))
    except (KeyError, TypeError) as exc:
        raise _error(f"malformed entry: {exc!r}") from exc


# --- names ---------------------------------------------------------------------------------


def _pick(periods: tuple[ActorPeriod, ...], on: date | None) -> ActorPeriod | None:
    """The period covering `on` (None → the latest); after the last one, the last one."""
    if not periods:
        return None
    if on is None or (periods[-1].end is not None and on >= periods[-1].end):
        return periods[-1]
    return next((p for p in periods if p.covers(on)), None)


def _resolve(actor_id: str, country: str | None) -> tuple[Actor, str | None]:
    """The entry that carries the name (following same_as) and the country to name it with."""
    cat = catalogue()
    actor = cat.actor(actor_id)
    country = actor.bound_country or country
    if actor.same_as:
        actor = cat.actor(actor.same_as)
    return actor, country or actor.bound_country


def actor_name(actor_id: str, *, country: str | None = None, on: date | None = None,
               regime: bool = True) -> str:
    """The ACLED-style name of an actor in a country (ISO alpha-3) on a date.

    `country` fills generic names and picks the regime of state forces (ignored for actors
    bound to one country); `on` picks the period (None → the latest); `regime=False` leaves
    the regime suffix out (nothing dates the event: "Military Forces of Mali"). ResourceError
    for an unknown id or country, or a generic actor without a country.
    """
    cat = catalogue()
    own = cat.actor(actor_id)
    actor, country = _resolve(actor_id, country)
    name = _base_name(cat, actor, country, on, regime=regime)
    return f"{name} {own.unit}" if own.unit_in_name and own.unit else name


def _base_name(cat: Catalogue, actor: Actor, country: str | None, on: date | None, *,
               regime: bool = True) -> str:
    if actor.periods:
        period = _pick(actor.periods, on)
        return period.name if period is not None else actor.periods[0].name
    if actor.generic and country is None:
        raise _error(f"actor {actor.id!r} is generic: give a country")
    name = actor.name.format(country=cat.country(country).name) if country else actor.name
    if actor.regime_periods and country is not None and regime:
        regime = _pick(cat.regimes.get(country, ()), on)
        if regime is not None:
            name = f"{name} {regime.name}"
    return name


def successor(actor_id: str, *, country: str | None, on: date | None) -> str:
    """The entry that codes the actor's events in `country` on `on` (None → today): the last
    of its successors in force there, else the actor itself."""
    # successors in date order follow a coalition through its renamings ("Tuareg rebels":
    # the MNLA, then the CMA, then the CSP, then the FLA)
    found = actor_id
    for after in catalogue().actor(actor_id).successor:
        if country in after.countries and (on is None or on >= after.start):
            found = after.actor_id
    return found


def actor_inter(
    actor_id: str, *, country: str | None = None, event_country: str | None = None
) -> int:
    """The ACLED inter code; state forces acting outside their own country count as external (8)."""
    actor = catalogue().actor(actor_id)
    _, own = _resolve(actor_id, country)
    if actor.inter == _STATE_FORCES and own and event_country and own != event_country:
        return _EXTERNAL_FORCES
    return actor.inter


# --- per-language names --------------------------------------------------------------------


def _section(lang: str, key: str) -> dict[str, list[str]]:
    data = load(lang, "actors")
    section = data.get(key)
    if not isinstance(section, dict):
        raise ResourceError(f"{key!r} must be a mapping", resource=f"resources/{lang}/actors.yaml")
    return {str(k): list(v or ()) for k, v in section.items()}


def _checked(lang: str, key: str, *, generic: bool) -> dict[str, list[str]]:
    cat = catalogue()
    section = _section(lang, key)
    for actor_id in section:
        if cat.actor(actor_id).generic != generic:
            kind = "generic" if generic else "named"
            where = f"resources/{lang}/actors.yaml"
            raise ResourceError(f"{key}: {actor_id!r} is not a {kind} actor", resource=where)
    return section


def aliases(lang: str) -> dict[str, list[str]]:
    """Actor id → the names of a named (non-generic) actor in `lang`, as written (unfolded)."""
    return _checked(lang, "aliases", generic=False)


def generic_terms(lang: str) -> dict[str, list[str]]:
    """Generic actor id → common nouns that denote it in `lang` (country from context)."""
    return _checked(lang, "generic", generic=True)


def demonyms(lang: str) -> dict[str, list[str]]:
    """Country (ISO alpha-3) → its names and adjectives in `lang`, every gender and number."""
    cat = catalogue()
    section = _section(lang, "demonyms")
    for iso3 in section:
        cat.country(iso3)
    return section
