"""Incidents in the store: group the stored reports and keep the groups' ids stable.

`rebuild_incidents` clusters every main report that is not in a locked (reviewed)
incident, with `rasd.incidents.cluster_reports`, and writes the groups with their
reconciled fields. An incident keeps its id when a new group holds most of its old
reports, so links to incidents (and their reviews) survive a rebuild; locked incidents
are left exactly as the analyst made them.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa

from rasd.incidents import cluster_reports, reconcile
from rasd.store import ReportFilter, Store, schema
from rasd.store.rows import as_date

_COLUMNS = tuple(c.name for c in schema.incidents.columns if c.name not in {"id", "locked"})


@dataclass(frozen=True, slots=True)
class RebuildSummary:
    incidents: int  # incidents now stored (locked ones included)
    reports: int  # reports clustered in this rebuild
    seconds: float


_ATTEMPTS = 3


def rebuild_incidents(store: Store) -> RebuildSummary:
    """Re-cluster the unlocked reports and store the incidents; see the module docstring.

    A review (or another rebuild) that commits between the reading and the writing makes
    what was read stale (an incident locked meanwhile keeps its id: UNIQUE incidents.id):
    the rebuild is then done again from what is stored now.
    """
    for attempt in range(_ATTEMPTS):
        try:
            return _rebuild(store)
        except (sa.exc.IntegrityError, sa.exc.OperationalError):
            if attempt == _ATTEMPTS - 1:
                raise
    raise AssertionError("unreachable")


def _rebuild(store: Store) -> RebuildSummary:
    started = time.perf_counter()
    locked_reports, old_groups = _current(store)
    reports = [r for r in store.reports(ReportFilter(), evidence=False, lean=True)
               if r["report_id"] not in locked_reports]
    by_id = {r["report_id"]: r for r in reports}
    groups = cluster_reports(reports)
    ids = _stable_ids(groups, old_groups)
    # the groups that keep an old id are written first: a new group's id comes from the
    # table (one past the largest), and written before them it could take an id they keep
    order = sorted(range(len(groups)), key=lambda k: ids[k] is None)
    with store.engine.begin() as conn:
        _clear_unlocked(conn)
        kept = True
        for incident_id, group in ((ids[k], groups[k]) for k in order):
            values = incident_values([by_id[i] for i in group])
            if incident_id is None and kept:
                kept = False
                _next_id_past_the_largest(conn)
            if incident_id is None:
                incident_id = conn.execute(sa.insert(schema.incidents).returning(
                    schema.incidents.c.id), {**values, "locked": False}).scalar_one()
            else:
                conn.execute(sa.insert(schema.incidents), {**values, "id": incident_id,
                                                           "locked": False})
            conn.execute(sa.insert(schema.incident_reports),
                         [{"incident_id": incident_id, "report_id": i} for i in group])
        total = conn.execute(sa.select(sa.func.count()).select_from(schema.incidents)).scalar_one()
    return RebuildSummary(total, len(reports), time.perf_counter() - started)


def ungrouped_reports(store: Store) -> int:
    """How many main reports belong to no incident (a run killed before its grouping)."""
    r, m = schema.reports, schema.incident_reports
    query = (sa.select(sa.func.count()).select_from(r.outerjoin(m, m.c.report_id == r.c.id))
             .where(r.c.role == "main", m.c.report_id.is_(None)))
    with store.engine.connect() as conn:
        return conn.execute(query).scalar_one()


def incident_values(reports: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """The incidents-table row of a group of reports (reconciled fields)."""
    fields = reconcile(reports)
    values = {name: fields.get(name) for name in _COLUMNS}
    values["reports"] = len(reports)
    values["sources"] = fields.get("sources") or []
    values["partisan"] = any(r.get("partisan") for r in reports)
    values["claimants"] = "|".join(
        f"{c.get('claimant_role')}:{c.get('claimant')}"
        for r in reports for c in r.get("claims") or ()) or None
    values["event_date"] = as_date(values.get("event_date"))
    return values


def _current(store: Store) -> tuple[set[int], dict[int, set[int]]]:
    """Reports in locked incidents, and the unlocked incidents' current members."""
    i, ir = schema.incidents, schema.incident_reports
    locked: set[int] = set()
    groups: dict[int, set[int]] = {}
    with store.engine.connect() as conn:
        for incident_id, report_id, is_locked in conn.execute(
                sa.select(ir.c.incident_id, ir.c.report_id, i.c.locked)
                .join(i, i.c.id == ir.c.incident_id)):
            if is_locked:
                locked.add(report_id)
            else:
                groups.setdefault(incident_id, set()).add(report_id)
    return locked, groups


def _stable_ids(groups: list[list[int]], old: dict[int, set[int]]) -> list[int | None]:
    """For each new group, the old incident id holding most of its reports (each old id
    used once, largest overlaps first), else None."""
    owner = {report: incident for incident, members in old.items() for report in members}
    overlaps = []
    for index, group in enumerate(groups):
        for incident, shared in Counter(owner[r] for r in group if r in owner).items():
            overlaps.append((-shared, incident, index))
    ids: list[int | None] = [None] * len(groups)
    used: set[int] = set()
    for _, incident, index in sorted(overlaps):
        if ids[index] is None and incident not in used:
            ids[index] = incident
            used.add(incident)
    return ids


def _next_id_past_the_largest(conn: sa.Connection) -> None:
    """PostgreSQL: the id sequence set to follow the largest id stored (rows written with
    their ids, as a rebuild writes the kept ones, do not move it). SQLite already gives
    one past the largest."""
    if conn.dialect.name == "postgresql":
        conn.execute(sa.text(
            "SELECT setval(pg_get_serial_sequence('incidents', 'id'), "
            "(SELECT COALESCE(MAX(id), 0) + 1 FROM incidents), false)"))


def _clear_unlocked(conn: sa.Connection) -> None:
    i, ir = schema.incidents, schema.incident_reports
    unlocked = sa.select(i.c.id).where(i.c.locked.is_(False))
    conn.execute(sa.delete(ir).where(ir.c.incident_id.in_(unlocked)))
    conn.execute(sa.delete(i).where(i.c.locked.is_(False)))
