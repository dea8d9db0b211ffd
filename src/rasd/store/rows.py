"""Analysed documents (their JSON) to table rows, and report rows back to dicts.

The unit the store loads is the JSON of an analysed document, `document_out(doc,
include_text=True).model_dump(mode="json")`: what `rasd extract --with-text` prints and
what batch shards hold, so workers and the loader share one format.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from rasd.store import schema

_NESTED = ("materiel", "claims", "framing", "confidence")
# EventRecord fields stored as scalar columns of the same name
REPORT_SCALARS = tuple(
    c.name for c in schema.reports.columns
    if c.name not in {"id", "document_id", "partisan", "claimants", "event_date", *_NESTED}
)
_DOC_KEYS = ("lang", "published", "source", "url", "title")


def as_date(value: Any) -> dt.date | None:
    """A date from a date or an ISO string (JSON values); None stays None."""
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(value)


def document_row(doc: dict[str, Any], *, run_id: int) -> dict[str, Any]:
    """The documents-table row of an analysed document's JSON."""
    text = doc.get("text")
    if text is None:
        raise ValueError(f"document {doc.get('doc_id')} has no text: load JSON made with "
                         "include_text=True (rasd extract --with-text)")
    return {
        "content_hash": doc["doc_id"], "run_id": run_id, "origin": doc.get("origin"),
        "lang": doc.get("lang"), "published": as_date(doc.get("published")),
        "source": doc.get("source"), "url": doc.get("url"), "title": doc.get("title"),
        "text": text, "chars": len(text), "stance": doc.get("stance"),
        "warnings": list(doc.get("warnings") or ()),
    }


def report_row(event: dict[str, Any], *, document_id: int) -> dict[str, Any]:
    """The reports-table row of one EventRecord's JSON."""
    row = {name: event.get(name) for name in REPORT_SCALARS}
    for name in _NESTED:
        row[name] = event.get(name) or ({} if name == "confidence" else [])
    claims = event.get("claims") or ()
    row.update(
        document_id=document_id,
        event_date=as_date(event.get("event_date")),
        partisan=any(c.get("partisan") for c in claims),
        claimants="|".join(f"{c.get('claimant_role')}:{c.get('claimant')}" for c in claims) or None,
    )
    return row


def evidence_rows(event: dict[str, Any], *, report_id: int) -> list[dict[str, Any]]:
    """One row per evidence span of an EventRecord's JSON."""
    return [
        {"report_id": report_id, "field": field, "start": span[0], "end": span[1]}
        for field, spans in sorted((event.get("evidence") or {}).items())
        for span in spans
    ]


def report_dict(row: Any, evidence: list[Any]) -> dict[str, Any]:
    """A report as the API, exports and clustering see it: the EventRecord's fields (JSON
    values) with `report_id`, `incident_id`, `partisan` and the document's `doc_*` fields."""
    data = dict(row._mapping)
    out: dict[str, Any] = {name: data.get(name) for name in REPORT_SCALARS}
    out.update({name: data.get(name) for name in _NESTED})
    event_date = data.get("event_date")
    out["event_date"] = event_date.isoformat() if event_date else None
    out["doc_id"] = data.get("content_hash")
    out["report_id"] = data["id"]
    out["incident_id"] = data.get("incident_id")
    out["partisan"] = bool(data.get("partisan"))
    for key in _DOC_KEYS:
        value = data.get(f"doc_{key}")
        out[f"doc_{key}"] = value.isoformat() if isinstance(value, dt.date) else value
    spans: dict[str, list[list[int]]] = {}
    for item in evidence:
        spans.setdefault(item.field, []).append([item.start, item.end])
    out["evidence"] = spans
    return out
