"""The ACLED taxonomy, read from resources/taxonomy/acled.yaml into typed, ordered tables."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources as pkg

import yaml

from rasd.errors import ResourceError
from rasd.resources import YAML_LOADER


@dataclass(frozen=True, slots=True)
class SubEventType:
    name: str
    event_type: str
    disorder: str
    precedence: int  # lower wins when tactics co-occur in one event


@dataclass(frozen=True, slots=True)
class Taxonomy:
    event_types: tuple[str, ...]
    sub_event_types: dict[str, SubEventType]
    actor_types: dict[int, str]
    vague_counts: dict[str, int]

    def sub_event(self, name: str) -> SubEventType:
        """The sub-event type called `name`; ResourceError if ACLED has none."""
        try:
            return self.sub_event_types[name]
        except KeyError:
            raise ResourceError(f"unknown ACLED sub-event type {name!r}") from None

    def interaction(self, inter1: int | None, inter2: int | None) -> int | None:
        """ACLED's interaction code: the two inter codes, lower first; a sole actor × 10."""
        if inter1 is None:
            return None
        if inter2 is None:
            return inter1 * 10
        low, high = sorted((inter1, inter2))
        return low * 10 + high


@lru_cache(maxsize=1)
def taxonomy() -> Taxonomy:
    """The ACLED taxonomy (loaded once)."""
    text = pkg.files("rasd.resources").joinpath("taxonomy", "acled.yaml").read_text("utf-8")
    data = yaml.load(text, Loader=YAML_LOADER)
    subs: dict[str, SubEventType] = {}
    for etype in data["event_types"]:
        for sub in etype["sub_event_types"]:
            subs[sub["name"]] = SubEventType(sub["name"], etype["name"], sub["disorder"], len(subs))
    return Taxonomy(
        event_types=tuple(e["name"] for e in data["event_types"]),
        sub_event_types=subs,
        actor_types={a["code"]: a["name"] for a in data["actor_types"]},
        vague_counts=dict(data["vague_counts"]),
    )
