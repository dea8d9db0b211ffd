"""Read-only queries for the API: documents, one document's reports, the timeline.

The timeline groups the filtered incidents by day in SQL (a GROUP BY on a date column is
the same on SQLite and PostgreSQL) and folds days into weeks or months in Python, so no
dialect-specific date function is needed and the rows moved are at most one per day.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

import sqlalchemy as sa

from rasd.store import ReportFilter, Store, schema
from rasd.store.filters import incident_conditions

Bucket = Literal["day", "week", "month"]
_SUMMARY = ("content_hash", "lang", "published", "source", "url", "title", "chars")


def list_documents(store: Store, *, lang: str | None = None, limit: int = 50,
                   offset: int = 0) -> tuple[int, list[dict[str, Any]]]:
    """(how many match, one page of documents without their text), newest published first."""
    d = schema.documents
    conditions = [] if lang is None else [d.c.lang == lang]
    query = (sa.select(*(d.c[k] for k in _SUMMARY)).where(*conditions)
             .order_by(d.c.published.is_(None), d.c.published.desc(), d.c.id)
             .limit(limit).offset(offset))
    with store.engine.connect() as conn:
        total = conn.execute(sa.select(sa.func.count()).select_from(d)
                             .where(*conditions)).scalar_one()
        return total, [_summary(row._mapping) for row in conn.execute(query)]


def document_report_ids(store: Store, content_hash: str) -> list[int]:
    """The ids of a document's reports (background ones too), in order."""
    r, d = schema.reports, schema.documents
    with store.engine.connect() as conn:
        return list(conn.execute(sa.select(r.c.id).join(d, d.c.id == r.c.document_id)
                                 .where(d.c.content_hash == content_hash)
                                 .order_by(r.c.id)).scalars())


def timeline(store: Store, where: ReportFilter | None = None, *,
             bucket: Bucket = "day") -> list[dict[str, Any]]:
    """Incidents and fatalities (the conservative `fatalities`) per period, oldest first;
    a period is named by its first day (weeks start on Monday) or `YYYY-MM` for months."""
    i = schema.incidents
    day = i.c.event_date
    query = (sa.select(day, sa.func.count(), sa.func.coalesce(sa.func.sum(i.c.fatalities), 0))
             .where(day.is_not(None), *incident_conditions(where or ReportFilter()))
             .group_by(day).order_by(day))
    periods: dict[str, list[int]] = {}
    with store.engine.connect() as conn:
        for date, count, killed in conn.execute(query):
            totals = periods.setdefault(period(date, bucket), [0, 0])
            totals[0] += count
            totals[1] += int(killed)
    return [{"period": name, "incidents": n, "fatalities": f}
            for name, (n, f) in periods.items()]


def period(date: dt.date | str, bucket: Bucket) -> str:
    """The name of the period holding `date`."""
    if isinstance(date, str):  # SQLite hands back dates as text in some aggregate queries
        date = dt.date.fromisoformat(date)
    if bucket == "month":
        return f"{date.year:04d}-{date.month:02d}"
    if bucket == "week":
        date = date - dt.timedelta(days=date.weekday())
    return date.isoformat()


def _summary(row: Any) -> dict[str, Any]:
    out = {key: row[key] for key in _SUMMARY}
    out["doc_id"] = out.pop("content_hash")
    return out
