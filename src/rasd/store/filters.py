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
    admin2: Values = None
    location: Values = None
    q: str | None = None  # words anywhere in the notes or the document's title and text
    reviewed: bool | None = None  # in a reviewed (locked) incident, or not
    flagged: bool | None = None  # in an incident whose reports disagree, or not
    min_fatalities: int | None = None


class FilterError(ValueError):
    """A filter value that cannot be read; `name` is the filter's (as parse_filter names it)."""

    def __init__(self, name: str, message: str) -> None:
        super().__init__(f"{name}: {message}")
        self.name, self.message = name, message


TEXT_FILTERS = ("country", "admin1", "admin2", "location", "event_type", "sub_event_type",
                "actor", "claimant")
_TRUE, _FALSE = frozenset({"true", "yes", "1", "on"}), frozenset({"false", "no", "0", "off"})


def _date(name: str, value: dt.date | str | None) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        raise FilterError(name, f"{value!r} is not a date (YYYY-MM-DD)") from None


def _bool(name: str, value: bool | str | None) -> bool | None:
    if value is None or isinstance(value, bool):
        return value
    word = value.strip().lower()
    if word in _TRUE | _FALSE:
        return word in _TRUE
    raise FilterError(name, f"{value!r} is not true or false")


def _count(name: str, value: int | str | None) -> int | None:
    if value is None or isinstance(value, int):
        number = value
    else:
        try:
            number = int(value.strip())
        except ValueError:
            raise FilterError(name, f"{value!r} is not a whole number") from None
    if number is not None and number < 0:
        raise FilterError(name, f"{number} is below 0")
    return number


def parse_filter(*, date_from: dt.date | str | None = None, date_to: dt.date | str | None = None,
                 partisan: bool | str | None = None, reviewed: bool | str | None = None,
                 flagged: bool | str | None = None, min_fatalities: int | str | None = None,
                 q: str | None = None, longest: int = 200, **more: Any) -> ReportFilter:
    """The one reader of filter values, for the API's query string and the CLI's options.

    Text filters (TEXT_FILTERS) take a value or several (any matches; empty ones are
    dropped), each at most `longest` characters; dates are dates or YYYY-MM-DD; flags are
    booleans or true/false/yes/no/1/0; `min_fatalities` a whole number ≥ 0. Other
    ReportFilter fields (`lang`, `role`, ids) pass through. Raises FilterError, naming the
    filter, for a value it cannot read or `date_from` after `date_to`.
    """
    texts: dict[str, Any] = {}
    for name in TEXT_FILTERS:
        values = _values(more.pop(name, None))
        values = tuple(v.strip() for v in values if v.strip())
        if too_long := next((v for v in values if len(v) > longest), None):
            raise FilterError(name, f"a value longer than {longest} characters ({too_long[:20]}...)")
        texts[name] = values or None
    start, end = _date("from", date_from), _date("to", date_to)
    if start and end and start > end:
        raise FilterError("from", f"{start} is after 'to' ({end})")
    words = q.strip() if q else None
    if words and len(words) > longest:
        raise FilterError("q", f"longer than {longest} characters")
    return ReportFilter(**texts, date_from=start, date_to=end,
                        partisan=_bool("partisan", partisan), reviewed=_bool("reviewed", reviewed),
                        flagged=_bool("flagged", flagged),
                        min_fatalities=_count("min_fatalities", min_fatalities),
                        q=words or None, **more)


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

