"""Analysts' review actions: confirm, correct, merge, split; and the audit trail.

Each action is one transaction: it changes the reports or incidents, re-reconciles the
incidents it touched from their reports (`incident_values`), locks them (later rebuilds keep
them as they are) and writes `reviews` rows saying who did what, with the values before and
after. Incident rows are read `FOR UPDATE` (PostgreSQL) so two reviewers cannot interleave
on one incident; SQLite serialises writers anyway.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from rasd.errors import StoreError
from rasd.store import ReportFilter, Store, _report_query, schema
from rasd.store.incidents import incident_values
from rasd.store.picks import picked_values
from rasd.store.rows import report_dict
from rasd.taxonomy import taxonomy

_FIGURES = ("fatalities", "fatalities_low", "fatalities_best", "fatalities_high", "injured",
            "abducted")
_TEXTS = ("actor1", "actor2", "assoc_actor_1", "assoc_actor_2", "country", "admin1", "admin2",
          "admin3", "location", "notes")
# the report fields an analyst may correct, with the kind of value each takes
CORRECTABLE: dict[str, str] = {
    "event_date": "date", "event_type": "event_type", "sub_event_type": "sub_event_type",
    "latitude": "latitude", "longitude": "longitude", "geo_precision": "geo_precision",
    **{name: "text" for name in _TEXTS}, **{name: "count" for name in _FIGURES},
}


class NotFound(StoreError):
    """An incident or report id that is not in the store."""


class InvalidAction(StoreError):
    """A review action that cannot apply as asked (e.g. splitting off every report)."""


class InvalidValue(StoreError):
    """A corrected value of the wrong kind for its field."""


def confirm_incident(store: Store, incident_id: int, *, reviewer: str,
                     comment: str | None = None) -> None:
    """Mark an incident reviewed as it stands (locked)."""
    with store.engine.begin() as conn:
        row = _incident(conn, incident_id)
        conn.execute(sa.update(schema.incidents).where(schema.incidents.c.id == incident_id)
                     .values(locked=True))
        _audit(conn, reviewer, "confirm", "incident", incident_id, comment=comment,
               before={"locked": bool(row.locked)}, after={"locked": True})


def correct_report(store: Store, report_id: int, *, field: str, value: Any, reviewer: str,
                   comment: str | None = None) -> int | None:
    """Set one field of a report; its incident (returned, if any) is re-reconciled and locked."""
    new = check_value(field, value)
    r, ir = schema.reports, schema.incident_reports
    with store.engine.begin() as conn:
        row = conn.execute(sa.select(r.c[field], ir.c.incident_id)
                           .outerjoin(ir, ir.c.report_id == r.c.id)
                           .where(r.c.id == report_id)).first()
        if row is None:
            raise NotFound(f"no report {report_id}")
        incident_id = row.incident_id
        if incident_id is not None:
            _incident(conn, incident_id)
        conn.execute(sa.update(r).where(r.c.id == report_id).values({field: new}))
        _audit(conn, reviewer, "correct", "report", report_id, field=field, comment=comment,
               before=_json(row[0]), after=_json(new))
        if incident_id is not None:
            _reconcile(conn, incident_id)
    return incident_id


def merge_incidents(store: Store, incident_ids: Sequence[int], *, reviewer: str,
                    comment: str | None = None, prefer: Mapping[str, int] | None = None) -> int:
    """Merge incidents into the one with the lowest id, which holds every report; returns it.

    `prefer` maps a field to the report whose value the merged incident takes for it
    (store.picks.PICKABLE), instead of the reconciled value; the audit trail says which."""
    ids = sorted(set(incident_ids))
    if len(ids) < 2:
        raise InvalidAction("merge needs at least two different incident ids")
    keep, others = ids[0], ids[1:]
    i, ir = schema.incidents, schema.incident_reports
    with store.engine.begin() as conn:
        before = [{"incident_id": n, "report_ids": _members(conn, _incident(conn, n).id)}
                  for n in ids]
        conn.execute(sa.update(ir).where(ir.c.incident_id.in_(others)).values(incident_id=keep))
        conn.execute(sa.delete(i).where(i.c.id.in_(others)))
        after: dict[str, Any] = {"incident_id": keep, "report_ids": _reconcile(conn, keep)}
        if prefer:
            by_id = {r["report_id"]: r for r in _reports(conn, after["report_ids"])}
            try:
                values, after["chosen"] = picked_values(by_id, prefer)
            except StoreError as exc:
                raise InvalidAction(str(exc)) from exc
            conn.execute(sa.update(i).where(i.c.id == keep).values(**values))
        for n in ids:
            _audit(conn, reviewer, "merge", "incident", n, comment=comment,
                   before=before, after=after)
    return keep


def split_incident(store: Store, incident_id: int, report_ids: Sequence[int], *,
                   reviewer: str, comment: str | None = None) -> int:
    """Move some of an incident's reports to a new incident (both locked); returns its id."""
    moving = sorted(set(report_ids))
    i, ir = schema.incidents, schema.incident_reports
    with store.engine.begin() as conn:
        _incident(conn, incident_id)
        members = _members(conn, incident_id)
        _check_split(incident_id, members, moving)
        new_id = conn.execute(sa.insert(i).returning(i.c.id),
                              {**incident_values(_reports(conn, moving)), "locked": True}
                              ).scalar_one()
        conn.execute(sa.update(ir).where(ir.c.report_id.in_(moving)).values(incident_id=new_id))
        kept = _reconcile(conn, incident_id)
        before = {"incident_id": incident_id, "report_ids": members}
        after = [{"incident_id": incident_id, "report_ids": kept},
                 {"incident_id": new_id, "report_ids": moving}]
        for target in (incident_id, new_id):
            _audit(conn, reviewer, "split", "incident", target, comment=comment,
                   before=before, after=after)
    return new_id


def list_reviews(store: Store, *, target: str | None = None, target_id: int | None = None,
                 limit: int = 50, offset: int = 0) -> tuple[int, list[dict[str, Any]]]:
    """(how many match, one page of them), newest first."""
    table = schema.reviews
    conditions = []
    if target is not None:
        conditions.append(table.c.target == target)
    if target_id is not None:
        conditions.append(table.c.target_id == target_id)
    with store.engine.connect() as conn:
        total = conn.execute(sa.select(sa.func.count()).select_from(table)
                             .where(*conditions)).scalar_one()
        rows = conn.execute(sa.select(table).where(*conditions)
                            .order_by(table.c.at.desc(), table.c.id.desc())
                            .limit(limit).offset(offset))
        return total, [dict(row._mapping) for row in rows]


def incident_reviews(store: Store, incident_id: int,
                     report_ids: Sequence[int]) -> list[dict[str, Any]]:
    """Reviews of an incident and of its reports, newest first."""
    table = schema.reviews
    about = sa.or_(sa.and_(table.c.target == "incident", table.c.target_id == incident_id),
                   sa.and_(table.c.target == "report", table.c.target_id.in_(list(report_ids))))
    with store.engine.connect() as conn:
        rows = conn.execute(sa.select(table).where(about)
                            .order_by(table.c.at.desc(), table.c.id.desc()))
        return [dict(row._mapping) for row in rows]


def check_value(field: str, value: Any) -> Any:
    """The value to store for a correction of `field`, or InvalidValue saying why not."""
    kind = CORRECTABLE.get(field)
    if kind is None:
        raise InvalidValue(f"{field!r} cannot be corrected; fields: {', '.join(CORRECTABLE)}")
    if value is None:
        return None
    checked = _CHECKS[kind](value)
    if checked is _BAD:
        raise InvalidValue(f"{value!r} is not a valid {field} ({_HINTS[kind]})")
    return checked


_BAD = object()


def _date(value: Any) -> Any:
    try:
        return dt.date.fromisoformat(value) if isinstance(value, str) else _BAD
    except ValueError:
        return _BAD


def _number(low: float, high: float, *, integer: bool = False) -> Any:
    def check(value: Any) -> Any:
        kinds = (int,) if integer else (int, float)
        if isinstance(value, bool) or not isinstance(value, kinds) or not low <= value <= high:
            return _BAD
        return value if integer else float(value)
    return check


def _text(value: Any) -> Any:
    if not isinstance(value, str) or len(value) > 1000:
        return _BAD
    return value.strip() or None


_CHECKS = {
    "date": _date,
    "text": _text,
    "count": _number(0, 10_000_000, integer=True),
    "geo_precision": _number(1, 3, integer=True),
    "latitude": _number(-90, 90),
    "longitude": _number(-180, 180),
    "event_type": lambda v: v if v in taxonomy().event_types else _BAD,
    "sub_event_type": lambda v: v if v in taxonomy().sub_event_types else _BAD,
}
_HINTS = {
    "date": "YYYY-MM-DD", "text": "a string of at most 1000 characters",
    "count": "a whole number ≥ 0", "geo_precision": "1, 2 or 3",
    "latitude": "a number from -90 to 90", "longitude": "a number from -180 to 180",
    "event_type": "an ACLED event type", "sub_event_type": "an ACLED sub-event type",
}


def _incident(conn: Connection, incident_id: int) -> Any:
    table = schema.incidents
    row = conn.execute(sa.select(table.c.id, table.c.locked).where(table.c.id == incident_id)
                       .with_for_update()).first()
    if row is None:
        raise NotFound(f"no incident {incident_id}")
    return row


def _members(conn: Connection, incident_id: int) -> list[int]:
    ir = schema.incident_reports
    return list(conn.execute(sa.select(ir.c.report_id).where(ir.c.incident_id == incident_id)
                             .order_by(ir.c.report_id)).scalars())


def _check_split(incident_id: int, members: list[int], moving: list[int]) -> None:
    strangers = sorted(set(moving) - set(members))
    if not moving:
        raise InvalidAction("split needs the ids of the reports to move")
    if strangers:
        raise InvalidAction(f"reports {strangers} are not in incident {incident_id}")
    if len(moving) == len(members):
        raise InvalidAction("split must leave at least one report in the incident")


def _reports(conn: Connection, report_ids: Sequence[int]) -> list[dict[str, Any]]:
    query = _report_query(ReportFilter(role="all")).where(schema.reports.c.id.in_(report_ids))
    return [report_dict(row, []) for row in conn.execute(query)]


def _reconcile(conn: Connection, incident_id: int) -> list[int]:
    """Re-reconcile an incident from its reports and lock it; returns its report ids."""
    members = _members(conn, incident_id)
    values = incident_values(_reports(conn, members))
    conn.execute(sa.update(schema.incidents).where(schema.incidents.c.id == incident_id)
                 .values(**values, locked=True))
    return members


def _audit(conn: Connection, reviewer: str, action: str, target: str, target_id: int, *,
           field: str | None = None, before: Any = None, after: Any = None,
           comment: str | None = None) -> None:
    conn.execute(sa.insert(schema.reviews), {
        "at": dt.datetime.now(dt.UTC), "reviewer": reviewer, "action": action,
        "target": target, "target_id": target_id, "field": field,
        "before": before, "after": after, "comment": comment})


def _json(value: Any) -> Any:
    return value.isoformat() if isinstance(value, dt.date) else value
