"""Possible duplicates of an incident: other incidents close in time and place that
clustering kept apart, for a reviewer to merge or not. Ranked by shared evidence."""

from __future__ import annotations

import datetime as dt
import math
from typing import Any

import sqlalchemy as sa

from rasd.store import ReportFilter, Store, schema

WINDOW_DAYS = 7
NEAR_KM = 50


def _km(a: dict[str, Any], b: dict[str, Any]) -> float | None:
    if None in (a.get("latitude"), a.get("longitude"), b.get("latitude"), b.get("longitude")):
        return None
    lat1, lon1, lat2, lon2 = map(math.radians, (a["latitude"], a["longitude"],
                                                b["latitude"], b["longitude"]))
    h = math.sin((lat2 - lat1) / 2) ** 2 + \
        math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 6371 * 2 * math.asin(math.sqrt(h))


def _reasons(one: dict[str, Any], other: dict[str, Any]) -> list[str]:
    reasons = []
    if one["event_date"] and other["event_date"]:
        gap = abs((one["event_date"] - other["event_date"]).days)
        reasons.append("same day" if gap == 0 else f"{gap} day{'s' if gap > 1 else ''} apart")
    for field in ("location", "admin1", "event_type", "actor1", "actor2"):
        if one.get(field) and one.get(field) == other.get(field):
            reasons.append(f"same {field}")
    km = _km(one, other)
    if km is not None and km <= NEAR_KM:
        reasons.append(f"{km:.0f} km apart")
    return reasons


def similar_incidents(store: Store, incident_id: int, *, limit: int = 10) -> list[dict[str, Any]]:
    """Incidents in the same country within WINDOW_DAYS of this one that share a place,
    type or actor with it, most reasons first (then nearest in time, then id); each row
    with `reasons`. Empty for an unknown or undated incident."""
    [one] = store.incidents(ReportFilter(incident_id=incident_id), limit=1) or [None]
    if one is None or one["event_date"] is None:
        return []
    i = schema.incidents
    window = dt.timedelta(days=WINDOW_DAYS)
    conditions = [i.c.id != incident_id, i.c.event_date.between(one["event_date"] - window,
                                                                one["event_date"] + window)]
    if one["country"]:
        conditions.append(i.c.country == one["country"])
    with store.engine.connect() as conn:
        ids = list(conn.execute(sa.select(i.c.id).where(*conditions)).scalars())
    found = []
    for other in (row for n in ids for row in store.incidents(ReportFilter(incident_id=n), limit=1)):
        reasons = _reasons(one, other)
        if len(reasons) >= 2:  # the date window alone is no reason
            gap = abs((one["event_date"] - other["event_date"]).days)
            found.append((-len(reasons), gap, other["id"], {**other, "reasons": reasons}))
    return [row for *_, row in sorted(found, key=lambda f: f[:3])][:limit]
