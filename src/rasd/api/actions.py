"""Endpoints that do work: extract (nothing stored) and the review actions (token needed)."""

from __future__ import annotations

import math
import threading
from typing import Annotated, Any

from anyio import from_thread
from fastapi import APIRouter, Depends, HTTPException, Request, status

from rasd.api import models
from rasd.api.deps import reader, state, writer
from rasd.api.extractor import Busy, Extractor, Failed, Gone
from rasd.api.routes import Id, StoreDep, incident_row, report_row
from rasd.config import Config
from rasd.doc import ArticleDoc
from rasd.errors import InputError, StoreError
from rasd.records import DocumentOut
from rasd.store import Store
from rasd.store import reviews as review

router = APIRouter(prefix="/api")
Reviewer = Annotated[str, Depends(writer)]
# JSON can spell a character in up to 12 bytes (a \uXXXX surrogate pair): a body larger than
# this cannot hold an acceptable text, and is refused before it is read
_JSON_OVERHEAD = 12


def body_limit(max_text_bytes: int) -> int:
    """The largest /api/extract body that can hold an acceptable text."""
    return max_text_bytes * _JSON_OVERHEAD + 4096


def _too_large(limit: int) -> HTTPException:
    return HTTPException(status.HTTP_413_CONTENT_TOO_LARGE,
                         detail=f"the text is larger than {limit} bytes ([api] max_extract_bytes)")


_EXTRACTOR: list[Extractor] = []  # the one analysing child process of this server
_EXTRACTOR_LOCK = threading.Lock()


def extractor(cfg: Config) -> Extractor:
    """The analysing child process for a config (see rasd.api.extractor), started once;
    another config replaces it (a child holds a pipeline's memory: one is kept)."""
    with _EXTRACTOR_LOCK:
        if _EXTRACTOR and _EXTRACTOR[0].cfg == cfg:
            return _EXTRACTOR[0]
        if _EXTRACTOR:
            _EXTRACTOR.pop().close()
        _EXTRACTOR.append(Extractor(cfg))
        _EXTRACTOR[0].start()
        return _EXTRACTOR[0]


@router.post("/extract", response_model=DocumentOut, tags=["extract"],
             dependencies=[Depends(reader)],
             responses={413: {"description": "The text is too large."},
                        422: {"description": "The text or a field is not acceptable."},
                        503: {"description": "The analysis took longer than allowed."}})
def extract(body: models.ExtractRequest, request: Request) -> DocumentOut:
    """Analyse a text as `rasd extract --with-text` would; nothing is stored.

    A sync route: it waits in the server's thread pool, off the event loop, for a child
    process that analyses the text (the server's interpreter stays free for other
    requests); the child is killed when `[api] max_extract_seconds` have passed (503) or
    when the client closes the connection before the answer (its work stops at once).
    """
    cfg = state(request).cfg
    if len(body.text.encode("utf-8")) > cfg.api.max_extract_bytes:
        raise _too_large(cfg.api.max_extract_bytes)
    try:
        doc = ArticleDoc.from_text(body.text, published=body.published, lang=body.lang)
    except InputError as exc:
        raise HTTPException(status.HTTP_422_UNPROCESSABLE_CONTENT, detail=exc.reason) from exc
    try:
        analysed = extractor(cfg).analyse(doc, seconds=cfg.api.max_extract_seconds,
                                          gone=lambda: from_thread.run(request.is_disconnected))
    except Gone as exc:  # nobody to answer: the status is for the log (nginx's 499)
        raise HTTPException(499, detail="the client closed the request") from exc
    except Busy as exc:
        raise HTTPException(status.HTTP_503_SERVICE_UNAVAILABLE,
                            detail=f"the analysis took longer than {cfg.api.max_extract_seconds:g} s "
                                   "([api] max_extract_seconds); send a shorter text") from exc
    except Failed as exc:
        raise HTTPException(status.HTTP_422_UNPROCESSABLE_CONTENT, detail=str(exc)) from exc
    return DocumentOut.model_validate(analysed)


def _result(store: Store, action: str, reviewer: str, incident_ids: list[int],
            report_id: int | None = None) -> dict[str, Any]:
    return {"action": action, "reviewer": reviewer,
            "incidents": [incident_row(store, n) for n in incident_ids],
            "report": None if report_id is None else report_row(store, report_id)}


def _store_errors(exc: StoreError) -> HTTPException:
    if isinstance(exc, review.NotFound):
        return HTTPException(status.HTTP_404_NOT_FOUND, detail=str(exc))
    if isinstance(exc, review.InvalidValue):
        return HTTPException(status.HTTP_422_UNPROCESSABLE_CONTENT, detail=str(exc))
    return HTTPException(status.HTTP_400_BAD_REQUEST, detail=str(exc))


@router.post("/incidents/{incident_id}/confirm", response_model=models.ActionResult,
             tags=["reviews"])
def confirm(store: StoreDep, reviewer: Reviewer, incident_id: Id,
            body: models.ConfirmRequest | None = None) -> dict[str, Any]:
    """Mark the incident reviewed as it stands (locked: rebuilds keep it)."""
    try:
        review.confirm_incident(store, incident_id, reviewer=reviewer,
                                comment=body.comment if body else None)
    except StoreError as exc:
        raise _store_errors(exc) from exc
    return _result(store, "confirm", reviewer, [incident_id])


def _known(number: float | None) -> bool:
    return number is not None and not math.isnan(number)


def _unit_point(field: str, name: str, report: dict[str, Any]) -> dict[str, Any]:
    """Where a report moves when its `admin1` or `admin2` becomes `name`: its location's own
    point when the gazetteer holds that place inside the unit (precision 1), else the unit's
    centroid (admin1: precision 3; admin2: precision 2); nothing when the unit is unknown."""
    from rasd.geo.resolve import gazetteer
    from rasd.normalize import fold

    gaz = gazetteer()
    country = gaz.country(report.get("country") or "")
    if country is None or not name.strip():
        return {}
    if field == "admin1":
        unit = gaz.admin1(name, country=country.alpha3)
        centre = None if unit is None else (unit.centroid_latitude, unit.centroid_longitude, 3)
        inside = gaz.admin1_names(name, country=country.alpha3)
        held_by = "admin1"
    else:
        second = gaz.admin2(name, country=country.alpha3, admin1=report.get("admin1") or None)
        centre = None if second is None else (second.latitude, second.longitude, 2)
        inside = frozenset({fold(second.name)}) if second is not None else frozenset()
        held_by = "admin2"
    location = report.get("location")
    if location and inside:
        for candidate in gaz.lookup(location, country=country.alpha3, limit=10, late=False):
            place = candidate.place
            if (fold(getattr(place, held_by) or "") in inside and _known(place.latitude)
                    and fold(place.name) == fold(location) and not place.feature_code.startswith("ADM")):
                return {"latitude": place.latitude, "longitude": place.longitude,
                        "geo_precision": 1}
    if centre is None or not (_known(centre[0]) and _known(centre[1])):
        return {}
    return {"latitude": round(centre[0], 5), "longitude": round(centre[1], 5),
            "geo_precision": centre[2]}


def _placement(store: Store, report_id: int, body: models.CorrectRequest) -> dict[str, Any]:
    """The coordinates a correction of place moves the report to: a location's own point
    when the request gives it, the corrected unit's point for `admin1` and `admin2`."""
    if body.field == "location" and body.latitude is not None:
        return {"latitude": body.latitude, "longitude": body.longitude, "geo_precision": 1}
    if body.field in ("admin1", "admin2") and isinstance(body.value, str):
        return _unit_point(body.field, body.value, report_row(store, report_id))
    return {}


@router.patch("/reports/{report_id}", response_model=models.ActionResult, tags=["reviews"])
def correct(store: StoreDep, reviewer: Reviewer, report_id: Id,
            body: models.CorrectRequest) -> dict[str, Any]:
    """Correct one field of a report; its incident is re-reconciled and locked.

    A correction of place moves the coordinates: `location` with the place's own `latitude`
    and `longitude` takes them (precision 1); `admin1` or `admin2` alone moves the report to
    its location's point when the gazetteer holds that place inside the new unit, else to
    the unit's centroid (admin1: precision 3, admin2: precision 2). Each moved coordinate is
    a correction of its own in the audit trail."""
    try:
        incident_id = review.correct_report(store, report_id, field=body.field,
                                            value=body.value, reviewer=reviewer,
                                            comment=body.comment)
        moved = _placement(store, report_id, body)
        now = report_row(store, report_id) if moved else {}
        note = f"moved with the {body.field} correction" + (f": {body.comment}" if body.comment else "")
        for name, value in moved.items():
            if now.get(name) != value:
                review.correct_report(store, report_id, field=name, value=value,
                                      reviewer=reviewer, comment=note)
    except StoreError as exc:
        raise _store_errors(exc) from exc
    ids = [] if incident_id is None else [incident_id]
    return _result(store, "correct", reviewer, ids, report_id)


@router.post("/incidents/merge", response_model=models.ActionResult, tags=["reviews"])
def merge(store: StoreDep, reviewer: Reviewer, body: models.MergeRequest) -> dict[str, Any]:
    """Merge incidents into the one with the lowest id, which then holds every report."""
    try:
        keep = review.merge_incidents(store, body.incident_ids, reviewer=reviewer,
                                      comment=body.comment, prefer=body.prefer)
    except StoreError as exc:
        raise _store_errors(exc) from exc
    return _result(store, "merge", reviewer, [keep])


@router.post("/incidents/{incident_id}/split", response_model=models.ActionResult,
             tags=["reviews"])
def split(store: StoreDep, reviewer: Reviewer, incident_id: Id,
          body: models.SplitRequest) -> dict[str, Any]:
    """Move the given reports to a new incident; both incidents are locked."""
    try:
        new_id = review.split_incident(store, incident_id, body.report_ids, reviewer=reviewer,
                                       comment=body.comment)
    except StoreError as exc:
        raise _store_errors(exc) from exc
    return _result(store, "split", reviewer, [incident_id, new_id])

