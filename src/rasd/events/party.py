"""The parties of one incident as records name them: Party, Cast, and the names, branches
and umbrella groups of catalogue actors."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields
from functools import cache, cached_property, lru_cache
from importlib import resources as pkg

import yaml

from rasd.actors import actor_inter, actor_name, catalogue, successor
from rasd.doc import Span
from rasd.errors import ResourceError

STATE_SIDES = frozenset({"state", "state_ally", "international"})
STATE_INITIATED = frozenset({"Air/drone strike", "Government regains territory", "Arrests",
                             "Shelling/artillery/missile attack"})
CIVILIAN_TARGETED = frozenset({"Attack", "Abduction/forced disappearance", "Sexual violence"})
PARTISAN_ROLES = frozenset({"perpetrator", "target", "government"})
UNIDENTIFIED = "unidentified_armed_group"
CIVILIANS = "civilians"
PROTESTERS = "protesters"
PROTEST_TYPES = frozenset({"Peaceful protest", "Protest with intervention",
                           "Excessive force against protesters"})
RIOTERS = "rioters"
RIOT_TYPES = frozenset({"Violent demonstration", "Mob violence"})
VIOLENT_SUB_TYPES = frozenset({"Armed clash", "Attack", "Abduction/forced disappearance",
                               "Remote explosive/landmine/IED", "Suicide bomb", "Grenade",
                               "Sexual violence", "Shelling/artillery/missile attack"})
HARM = frozenset({"killed", "injured", "abducted", "missing"})


@lru_cache(maxsize=1)
def _group_actors() -> dict[str, str | None]:
    text = pkg.files("rasd.resources").joinpath("taxonomy", "victim_groups.yaml").read_text("utf-8")
    return dict(yaml.safe_load(text)["groups"])


@lru_cache(maxsize=1)
def _branches() -> dict[str, dict[str, str]]:
    text = pkg.files("rasd.resources").joinpath("taxonomy", "regions.yaml").read_text("utf-8")
    return yaml.safe_load(text).get("branches") or {}


def branch(actor_id: str, country: str | None) -> str:
    """The branch an umbrella group stands for in the event's country (or the group)."""
    return _branches().get(actor_id, {}).get(country or "", actor_id)


def group_actor(group: str) -> str | None:
    """The actor id a casualty group stands for ("soldiers" → the military), or None."""
    return _group_actors().get(group)


def resolve_name(actor_id: str, *, country: str | None, on: dt.date | None,
                 regime: bool = True) -> str:
    """The ACLED name; a generic actor in an unknown country keeps its bare name
    ("Civilians", "Military Forces") rather than a guessed country.

    Kept per catalogue: an incident asks for the same few names many times (its record,
    its claims, its notes), and a generic actor's bare name is found by an exception."""
    names = _names()
    key = (actor_id, country, on, regime)
    name = names.get(key)
    if name is None:
        name = names[key] = _resolved_name(actor_id, country=country, on=on, regime=regime)
    return name  # type: ignore[return-value]


def coded_name(actor_id: str, *, country: str | None, on: dt.date | None) -> str:
    """The name that codes an actor's events in `country` on `on`: the entry in force there
    (its successor), the branch that entry stands for, and its ACLED name, without a regime
    when no date is known. Kept with resolve_name's names: a record asks for the same two
    or three, and each of the three steps looks the actor up again."""
    names = _names()
    key = ("coded", actor_id, country, on)
    name = names.get(key)
    if name is None:
        coded = branch(successor(actor_id, country=country, on=on), country)
        name = names[key] = resolve_name(coded, country=country, on=on, regime=on is not None)
    return name  # type: ignore[return-value]


def _names() -> dict[object, object]:
    """The names kept for the current catalogue (emptied for a new one, or when full)."""
    cat = catalogue()
    if _NAMES.get("of") is not cat or len(_NAMES) > NAMES_KEPT:
        _NAMES.clear()
        _NAMES["of"] = cat
    return _NAMES


NAMES_KEPT = 4096  # names kept before the memo starts again (dates make keys without end)
_NAMES: dict[object, object] = {}


def _resolved_name(actor_id: str, *, country: str | None, on: dt.date | None,
                   regime: bool) -> str:
    try:
        return actor_name(actor_id, country=country, on=on, regime=regime)
    except ResourceError:
        template = catalogue().actor(actor_id).name
        return template.replace(" of {country}", "").replace(" ({country})", "").replace("{country}", "").strip()


@dataclass(frozen=True)
class Party:
    actor_id: str
    country: str | None
    spans: tuple[Span, ...]
    victim_only: bool = False  # known only from casualty figures ("12 soldiers were killed")

    # written out, not generated: every incident makes several, and the generated frozen
    # __init__ sets each field through object.__setattr__, at twice the cost
    def __init__(self, actor_id: str, country: str | None, spans: tuple[Span, ...],
                 victim_only: bool = False) -> None:
        state = self.__dict__
        state["actor_id"], state["country"] = actor_id, country
        state["spans"], state["victim_only"] = spans, victim_only

    # looked up once per party, then read from the instance: the steps of an incident ask a
    # party's side a dozen times (cached_property stores it in the instance dict, as
    # __hash__ stores its hash, past the frozen __setattr__)
    @cached_property
    def side(self) -> str:
        return catalogue().actor(self.actor_id).side

    # parties are kept in sets and asked for in them many times per incident, and the
    # generated hash rehashes every span (a party of a long report has thousands): the
    # same value, computed once
    def __hash__(self) -> int:
        kept = self.__dict__.get("_hash")
        if kept is None:
            kept = hash((self.actor_id, self.country, self.spans, self.victim_only))
            object.__setattr__(self, "_hash", kept)
        return kept

    def __getstate__(self) -> dict:
        # a string's hash differs between processes: a pickled party hashes anew
        return {k: v for k, v in self.__dict__.items() if k != "_hash"}


@dataclass(frozen=True)
class Cast:
    parties: tuple[Party, ...]
    target_sides: set[str]
    country: str | None
    on: dt.date | None
    actor1: Party | None = None
    actor2: Party | None = None
    assoc1: tuple[Party, ...] = ()
    assoc2: tuple[Party, ...] = ()
    civilian_targeted: bool = False
    objects: frozenset = frozenset()  # parties named after the event word: its targets
    # (actor id, span) of the armed places or units hit ("a checkpoint", "a police station")
    armed_targets: tuple[tuple[str, Span], ...] = ()
    # parties named only as victims or as targets ("12 soldiers were killed in an attack on
    # an army post": the army is never the one acting)
    hit_only: frozenset = frozenset()
    # the sub-event types the incident's event words name ("drone strike": Air/drone strike)
    tactics: frozenset = frozenset()
    # the sides the casualty figures count as killed, hurt or taken ("12 soldiers": state)
    figure_sides: frozenset = frozenset()
    # a casualty figure that names no group ("we regret 2 dead"): someone else was hit too
    unnamed_harmed: bool = False
    # named armed groups the incident's sentences credit with it outside its parties (their
    # own claim, "the group"): actor1 when the passage names no attacker (attribution.py)
    credited: tuple = ()
    # a casualty figure that counts people of no side ("eleven people", "two dead")
    people_harmed: bool = False
    # parties named only as the source of a claim ("the army said", "MINUSMA condemned")
    spoken_only: frozenset = frozenset()
    # parties named right after an agent marker ("executed by Wagner mercenaries", "على يد")
    agents: frozenset = frozenset()
    # state forces and allies named as the subject of an event word ("Wagner fighters opened
    # fire"): an ally so named leads the army named elsewhere (sides._best)
    subjects: frozenset = frozenset()
    # parties named as the two sides of a fight ("a clash between the army and gunmen"),
    # in the order the text names them
    paired: tuple = ()

    def updated(self, **changes: object) -> Cast:
        """A copy with `changes`, as `dataclasses.replace` makes it (no field is derived
        from another), by copying the instance dict: replace re-runs the frozen __init__
        over all 24 fields, ten times slower, and each incident's cast is copied several
        times. An unknown field name fails loudly."""
        unknown = changes.keys() - _CAST_FIELDS
        if unknown:
            raise TypeError(f"Cast has no field {min(unknown)!r}")
        new = object.__new__(Cast)
        new.__dict__.update(self.__dict__)
        new.__dict__.update(changes)
        return new

    def was_hit(self, party: Party) -> bool:
        """Whether the text names the party only as hit: in a casualty figure, as what was
        attacked, or after the event word."""
        return party.victim_only or party in self.objects or party in self.hit_only

    @property
    def actor1_spans(self) -> list[Span]:
        return list(self.actor1.spans) if self.actor1 else []

    @property
    def actor2_spans(self) -> list[Span]:
        return list(self.actor2.spans) if self.actor2 else []

    def name(self, party: Party | None) -> str | None:
        if party is None:
            return None
        # no event date and no publication date: no regime can be told (coded_name)
        return coded_name(party.actor_id, country=party.country or self.country, on=self.on)

    def inter(self, party: Party | None) -> int | None:
        if party is None:
            return None
        return actor_inter(party.actor_id, country=party.country or self.country,
                           event_country=self.country)

    def record_fields(self) -> dict:
        """actor1/2, assoc_actor_1/2 and inter1/2 as ACLED columns."""
        def joined(parties: tuple[Party, ...], main: str | None) -> str | None:
            # two mentions of one force ("the army", "Malian soldiers") are one actor
            names = dict.fromkeys(n for p in parties if (n := self.name(p)) and n != main)
            return "; ".join(names) or None

        actor1, actor2 = self.name(self.actor1), self.name(self.actor2)
        return {"actor1": actor1, "assoc_actor_1": joined(self.assoc1, actor1),
                "inter1": self.inter(self.actor1), "actor2": actor2,
                "assoc_actor_2": joined(self.assoc2, actor2), "inter2": self.inter(self.actor2),
                **self.country_fields()}

    def country_fields(self) -> dict:
        info = catalogue().countries.get(self.country) if self.country else None
        return {"country": None if info is None else info.name,
                "iso": None if info is None else info.iso}


_CAST_FIELDS = frozenset(f.name for f in fields(Cast))


@cache
def ancestors(actor_id: str) -> frozenset[str]:
    """The umbrella groups an actor belongs to (Katiba Macina: JNIM, AQIM)."""
    cat = catalogue()
    found: list[str] = []
    parent = cat.actor(actor_id).parent
    while parent and parent not in found:
        found.append(parent)
        parent = cat.actor(parent).parent
    return frozenset(found)
