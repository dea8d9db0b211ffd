"""Filters on stored reports, shared by the CLI, the exports and the API."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa

from rasd.geo.reforms import admin1_aliases
from rasd.store import schema
from rasd.store.extra_filters import incident_extras, report_extras


Values = str | tuple[str, ...] | None


def _values(value: Values) -> tuple[str, ...]:
    """The non-empty values of a text filter field."""
    return tuple(v for v in ((value,) if isinstance(value, str) else value or ()) if v)


@dataclass(frozen=True, slots=True)
class ReportFilter:
    """Which reports to read. Unset fields do not filter.

    Text fields match case-insensitively: `country`, `admin1`, `admin2` and `location` the
    whole name (`admin1` today's region or a region before a reform, which matches its
    successors), `actor`
    and `claimant` any part of a name (actor1, actor2 or an associated actor; any claimant).
    A text field may hold several values: any of them matches (`country=("Mali", "Niger")`).
    `role` is "main" (the default: background incidents cited as context are not events of
    their own), "background" or "all".
    """

    country: Values = None
    admin1: Values = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    event_type: Values = None
    sub_event_type: Values = None
    actor: Values = None
    claimant: Values = None
    partisan: bool | None = None
    lang: str | None = None
    incident_id: int | None = None
    report_id: int | None = None
    role: str = "main"
    admin2: str | None = None
    location: str | None = None
    q: str | None = None  # words anywhere in the notes or the document's title and text
    reviewed: bool | None = None  # in a reviewed (locked) incident, or not
    flagged: bool | None = None  # in an incident whose reports disagree, or not
    min_fatalities: int | None = None


def _like(column: Any, part: str) -> Any:
    escaped = part.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return sa.func.lower(column).like(f"%{escaped}%", escape="\\")


def report_conditions(where: ReportFilter) -> list[Any]:
    """SQL conditions on reports (joined with documents and incident_reports)."""
    r, d = schema.reports, schema.documents
    conditions = _shared(where, r, (r.c.actor1, r.c.actor2, r.c.assoc_actor_1, r.c.assoc_actor_2))
    if where.role != "all":
        conditions.append(r.c.role == where.role)
    if where.lang:
        conditions.append(d.c.lang == where.lang)
    if where.incident_id is not None:
        conditions.append(schema.incident_reports.c.incident_id == where.incident_id)
    if where.report_id is not None:
        conditions.append(r.c.id == where.report_id)
    return conditions + report_extras(where)


def incident_conditions(where: ReportFilter) -> list[Any]:
    """SQL conditions on incidents for the filter fields incidents carry (country, admin1,
    dates, event type and sub-type, actor), and `claimant`/`partisan`, which match when any
    of the incident's reports does (kept on the incident row); the others are ignored."""
    i = schema.incidents
    conditions = _shared(where, i, (i.c.actor1, i.c.actor2))
    if where.incident_id is not None:
        conditions.append(i.c.id == where.incident_id)
    return conditions + incident_extras(where)


def _shared(where: ReportFilter, table: sa.Table, actors: tuple[Any, ...]) -> list[Any]:
    """The conditions reports and incidents share (both tables carry these columns)."""
    c = table.c
    conditions: list[Any] = []
    for value, column in ((where.country, c.country), (where.admin2, c.admin2),
                          (where.location, c.location), (where.event_type, c.event_type),
                          (where.sub_event_type, c.sub_event_type)):
        if values := _values(value):
            conditions.append(sa.func.lower(column).in_([v.lower() for v in values]))
    if regions := _values(where.admin1):  # today's name or a former one ("Mopti" also finds Bandiagara)
        conditions.append(sa.func.lower(c.admin1).in_(
            sorted({alias for region in regions for alias in admin1_aliases(region)})))
    if where.date_from:
        conditions.append(c.event_date >= where.date_from)
    if where.date_to:
        conditions.append(c.event_date <= where.date_to)
    if names := _values(where.actor):
        conditions.append(sa.or_(*(_like(a, name) for a in actors for name in names)))
    if names := _values(where.claimant):
        conditions.append(sa.or_(*(_like(c.claimants, name) for name in names)))
    if where.partisan is not None:
        conditions.append(c.partisan.is_(where.partisan))
    return conditions

