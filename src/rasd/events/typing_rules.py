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

ARMED_SIDES = frozenset({"state", "state_ally", "jihadist", "rebel", "communal", "international", "unknown",
                         "armed"})


def choose_sub_event(triggers: Iterable[TriggerMention], *, target_sides: set[str],
                     harm: bool = False) -> SubEventType | None:
    """The winning sub-event type, or None when nothing signals an event.

    `harm`: people were killed or wounded. Violence with no armed target is violence
    against civilians (ACLED's default for "gunmen attacked the village"); violence that
    hurt people outranks looting or arrests reported with it, while an attack that hurt
    nobody but took livestock is the looting.
    """
    tax = taxonomy()
    specific = [tax.sub_event(t.sub_event_type) for t in triggers if t.sub_event_type]
    generic = any(t.sub_event_type is None for t in triggers)
    armed_target = bool(target_sides & ARMED_SIDES)
    if armed_target:
        # an attack on an armed target is a clash, not violence against civilians
        specific = [s for s in specific if s.name != "Attack"]
    remote_or_battle = any(s.event_type in ("Battles", "Explosions/Remote violence") for s in specific)
    against_people = any(s.event_type == "Violence against civilians" for s in specific)
    if generic and not remote_or_battle and (harm or against_people or not specific):
        specific.append(tax.sub_event("Armed clash" if armed_target else "Attack"))
    if not specific:
        return None
    names = {s.name for s in specific}
    if "Peaceful protest" in names and (generic or "Looting/property destruction" in names):
        return tax.sub_event("Violent demonstration")  # protesters who attack or burn riot
    return min(specific, key=lambda s: s.precedence)
