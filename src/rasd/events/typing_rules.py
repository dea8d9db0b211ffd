"""Choosing an incident's ACLED type from its triggers and who was hit.

Specific triggers (an ambush, an IED, an airstrike, an abduction) name a sub-event type;
when several co-occur the one earlier in ACLED's precedence order wins. Generic violence
("attacked", "killed") is typed by the target: civilians only → Violence against
civilians / Attack; an armed target → Battles / Armed clash.
"""

from __future__ import annotations

from collections.abc import Iterable

from rasd.doc import TriggerMention
from rasd.taxonomy import SubEventType, taxonomy

VIOLENT_TYPES = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians",
                           "Protests", "Riots"})
ARMED_SIDES = frozenset({"state", "state_ally", "jihadist", "rebel", "communal", "international",
                         "armed"})


def choose_sub_event(triggers: Iterable[TriggerMention], *, target_sides: set[str]) -> SubEventType | None:
    """The winning sub-event type, or None when nothing signals an event."""
    tax = taxonomy()
    specific = [tax.sub_event(t.sub_event_type) for t in triggers if t.sub_event_type]
    generic = any(t.sub_event_type is None for t in triggers)
    armed_target = bool(target_sides & ARMED_SIDES)
    civilian_target = "civilian" in target_sides
    if armed_target:
        # an attack on an armed target is a clash, not violence against civilians
        specific = [s for s in specific if s.name != "Attack"]
    if generic and not any(s.event_type in VIOLENT_TYPES for s in specific):
        # killing next to looting or arrests: the violence is the event
        specific.append(tax.sub_event("Attack" if civilian_target and not armed_target
                                      else "Armed clash"))
    if not specific:
        return None
    return min(specific, key=lambda s: s.precedence)
