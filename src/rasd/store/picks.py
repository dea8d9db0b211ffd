"""A reviewer's choice, when merging, of the report whose value an incident takes for a
field (instead of the automatic reconciliation). A choice holds until the incident is
reconciled again (a later correction, merge or split of it)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from rasd.errors import StoreError

# a field a reviewer may pick -> the incident columns that come with it from the report
PICKABLE: dict[str, tuple[str, ...]] = {
    "event_date": ("event_date",),
    "event_type": ("event_type", "sub_event_type"),
    "sub_event_type": ("event_type", "sub_event_type"),
    "actor1": ("actor1",),
    "actor2": ("actor2",),
    "location": ("iso", "country", "admin1", "admin2", "location", "latitude", "longitude",
                 "geo_precision"),
    "fatalities": ("fatalities", "fatalities_best"),
}


def picked_values(reports: Mapping[int, Mapping[str, Any]], prefer: Mapping[str, int],
                  ) -> tuple[dict[str, Any], dict[str, Any]]:
    """(incident column values, what was chosen for the audit trail) for `prefer`, a
    mapping of field -> report id among `reports` (the merged incident's, by id).

    Raises StoreError for a field that cannot be picked or a report not in the incident."""
    values: dict[str, Any] = {}
    chosen: dict[str, Any] = {}
    for field, report_id in sorted(prefer.items()):
        if field not in PICKABLE:
            raise StoreError(f"cannot pick {field!r}; choose among {', '.join(PICKABLE)}")
        report = reports.get(report_id)
        if report is None:
            raise StoreError(f"report {report_id} is not in the merged incident")
        for column in PICKABLE[field]:
            value = report.get(column)
            values[column] = dt.date.fromisoformat(value) if column == "event_date" and value \
                else value
        chosen[field] = {"report_id": report_id, "value": report.get(field)}
    return values, chosen
