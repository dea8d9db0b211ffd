"""The sort orders of incident lists: `field` ascending, `-field` descending."""

from __future__ import annotations

from typing import Any

from rasd.errors import InputError
from rasd.store import schema

SORTABLE = ("id", "event_date", "event_type", "sub_event_type", "country", "admin1", "admin2",
            "location", "actor1", "actor2", "fatalities", "reports", "locked")
DEFAULT = "-event_date"


def incident_order(sort: str | None) -> tuple[Any, ...]:
    """ORDER BY terms for `sort` (default latest first); empty values last, then by id.

    Raises InputError for a field not in SORTABLE."""
    sort = sort or DEFAULT
    name = sort.removeprefix("-")
    if name not in SORTABLE:
        raise InputError(f"cannot sort by {name!r}; choose one of {', '.join(SORTABLE)} "
                         "(prefix - for descending)")
    column = schema.incidents.c[name]
    term = column.desc() if sort.startswith("-") else column.asc()
    return (term.nulls_last(), schema.incidents.c.id)
