"""Counts for the analyst's overview: facet counts, totals, and each incident's flags.

Facets count incidents per value of a field under the current filter (as Datasette's
facets do), most frequent first; totals sum the figures of every matching incident (not
only one page). Flags say which fields an incident's reports disagree on, with the values
and the reports that give each (see extra_filters.FLAG_FIELDS).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa

from rasd.store import ReportFilter, Store, schema
from rasd.store.extra_filters import FLAG_FIELDS, flagged_incidents
from rasd.store.filters import incident_conditions

FACET_FIELDS = ("country", "admin1", "admin2", "location", "event_type", "sub_event_type",
                "actor1", "actor2")
FACET_LIMIT = 30


def facets(store: Store, where: ReportFilter | None = None, *,
           fields: Sequence[str] = FACET_FIELDS, limit: int = FACET_LIMIT,
           ) -> dict[str, list[dict[str, Any]]]:
    """Per field, up to `limit` (value, count) pairs of the matching incidents, most
    frequent first (ties by value); incidents without a value are not counted."""
    i = schema.incidents
    conditions = incident_conditions(where or ReportFilter())
    out: dict[str, list[dict[str, Any]]] = {}
    with store.engine.connect() as conn:
        for name in fields:
            column = i.c[name]
            count = sa.func.count().label("n")
            query = (sa.select(column, count).where(column.is_not(None), *conditions)
                     .group_by(column).order_by(count.desc(), column).limit(limit))
            out[name] = [{"value": value, "count": n} for value, n in conn.execute(query)]
        out["reviewed"] = _boolean(conn, i.c.locked, conditions)
        flagged = i.c.id.in_(flagged_incidents())
        out["flagged"] = _boolean(conn, sa.case((flagged, True), else_=False), conditions)
    return out


def _boolean(conn: sa.Connection, expr: Any, conditions: list[Any]) -> list[dict[str, Any]]:
    label = expr.label("v")
    query = sa.select(label, sa.func.count()).where(*conditions).group_by(label)
    counts = {bool(v): n for v, n in conn.execute(query)}
    return [{"value": value, "count": counts.get(value, 0)} for value in (True, False)]


def totals(store: Store, where: ReportFilter | None = None) -> dict[str, Any]:
    """Incidents, reports and fatalities (ACLED's count, and the low and high sums) of
    every incident matching the filter, with the first and last event dates."""
    i = schema.incidents
    total = sa.func.coalesce
    query = sa.select(
        sa.func.count(), total(sa.func.sum(i.c.reports), 0), total(sa.func.sum(i.c.fatalities), 0),
        total(sa.func.sum(i.c.fatalities_low), 0), total(sa.func.sum(i.c.fatalities_high), 0),
        sa.func.min(i.c.event_date), sa.func.max(i.c.event_date),
    ).where(*incident_conditions(where or ReportFilter()))
    with store.engine.connect() as conn:
        n, reports, killed, low, high, first, last = conn.execute(query).one()
    return {"incidents": n, "reports": int(reports), "fatalities": int(killed),
            "fatalities_low": int(low), "fatalities_high": int(high),
            "first_date": _iso(first), "last_date": _iso(last)}


def _iso(value: Any) -> str | None:
    return value.isoformat() if isinstance(value, dt.date) else value


def incident_flags(store: Store, incident_ids: Sequence[int]) -> dict[int, list[dict[str, Any]]]:
    """Per incident id, the fields its reports disagree on: [{field, values: [{value,
    report_ids}]}], fields in FLAG_FIELDS order, values in order of first report."""
    r, ir = schema.reports, schema.incident_reports
    columns = [r.c[name] for name in FLAG_FIELDS]
    seen: dict[int, dict[str, dict[Any, list[int]]]] = {}
    with store.engine.connect() as conn:
        for start in range(0, len(incident_ids), 500):
            query = (sa.select(ir.c.incident_id, r.c.id, *columns)
                     .join(r, r.c.id == ir.c.report_id)
                     .where(ir.c.incident_id.in_(list(incident_ids[start:start + 500])))
                     .order_by(ir.c.incident_id, r.c.id))
            for incident_id, report_id, *values in conn.execute(query):
                fields = seen.setdefault(incident_id, {})
                for name, value in zip(FLAG_FIELDS, values, strict=True):
                    if value is not None:
                        fields.setdefault(name, {}).setdefault(_iso(value), []).append(report_id)
    return {incident_id: _disagreements(fields) for incident_id, fields in seen.items()}


def _disagreements(fields: dict[str, dict[Any, list[int]]]) -> list[dict[str, Any]]:
    return [{"field": name, "values": [{"value": v, "report_ids": ids} for v, ids in values.items()]}
            for name in FLAG_FIELDS if len(values := fields.get(name, {})) > 1]
