"""Read endpoints: health, incidents, reports, documents, timeline, reviews."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request, Response, status

from rasd import __version__
from rasd.api import models
from rasd.api.cache import cached_json
from rasd.api.deps import PageParams, get_store, incident_filter, page, reader, report_filter
from rasd.store import ReportFilter, Store
from rasd.store.browse import document_report_ids, list_documents, timeline
from rasd.store.facets import facets, incident_flags, totals
from rasd.store.order import SORTABLE
from rasd.store.reviews import incident_reviews, list_reviews
from rasd.store.similar import similar_incidents

router = APIRouter(prefix="/api")
reads = APIRouter(prefix="/api", dependencies=[Depends(reader)])
StoreDep = Annotated[Store, Depends(get_store)]
Id = Annotated[int, Path(ge=1, le=2**31 - 1)]
SortParam = Annotated[str | None, Query(
    pattern=rf"^-?({'|'.join(SORTABLE)})$",
    description="A column to sort by (prefix - for descending); default -event_date.")]
DocId = Annotated[str, Path(pattern=r"^[0-9a-f]{8,64}$", description="The content hash.")]


def not_found(what: str) -> HTTPException:
    return HTTPException(status.HTTP_404_NOT_FOUND, detail=f"no {what}")


@router.get("/health", response_model=models.Health, tags=["meta"])
def health(store: StoreDep) -> dict[str, Any]:
    """Liveness, the version and the store's backend (open even when reads need a token)."""
    return {"status": "ok", "version": __version__, "backend": store.dialect}


@reads.get("/incidents", response_model=models.IncidentPage, tags=["incidents"])
def incidents(request: Request, store: StoreDep,
              where: Annotated[ReportFilter, Depends(incident_filter)],
              p: Annotated[PageParams, Depends(page)], sort: SortParam = None) -> Response:
    """Incidents matching the filters, latest first (or by `sort`), with the totals of
    every matching incident and each incident's flags."""
    def answer() -> dict[str, Any]:
        items = with_flags(store, store.incidents(where, limit=p.limit, offset=p.offset, sort=sort))
        summed = totals(store, where)
        return {"total": summed["incidents"], "limit": p.limit, "offset": p.offset,
                "items": items, "totals": summed}

    return cached_json(request, models.IncidentPage, answer)


@reads.get("/facets", response_model=dict[str, list[models.FacetCount]], tags=["incidents"])
def incident_facets(request: Request, store: StoreDep,
                    where: Annotated[ReportFilter, Depends(incident_filter)]) -> Response:
    """Per field, how many matching incidents have each value (most frequent first, up
    to 30), plus counts of reviewed and flagged incidents."""
    return cached_json(request, dict[str, list[models.FacetCount]], lambda: facets(store, where))


def with_flags(store: Store, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The incident rows, each with its `flags`."""
    flags = incident_flags(store, [row["id"] for row in rows])
    return [{**row, "flags": flags.get(row["id"], [])} for row in rows]


def incident_row(store: Store, incident_id: int) -> dict[str, Any]:
    """The incident's row with its report ids, or 404."""
    rows = store.incidents(ReportFilter(incident_id=incident_id), limit=1)
    if not rows:
        raise not_found(f"incident {incident_id}")
    return with_flags(store, rows)[0]


@reads.get("/incidents/{incident_id}", response_model=models.IncidentDetail, tags=["incidents"])
def incident(store: StoreDep, incident_id: Id) -> dict[str, Any]:
    """One incident with its reports (and their evidence), their documents and reviews."""
    row = incident_row(store, incident_id)
    reports = list(store.reports(ReportFilter(incident_id=incident_id, role="all")))
    documents = {}
    for doc_id in dict.fromkeys(r["doc_id"] for r in reports):
        documents[doc_id] = full_document(store, doc_id)
    return {**row, "reports": reports, "documents": documents,
            "reviews": incident_reviews(store, incident_id, row["report_ids"])}


@reads.get("/incidents/{incident_id}/similar", response_model=list[models.SimilarIncident],
           tags=["incidents"])
def similar(store: StoreDep, incident_id: Id) -> list[dict[str, Any]]:
    """Possible duplicates: incidents of the same country within a week that share a place,
    type or actor with this one, with the reasons."""
    incident_row(store, incident_id)  # 404 for an unknown id
    return with_flags(store, similar_incidents(store, incident_id))


@reads.get("/reports", response_model=models.ReportPage, tags=["reports"])
def reports(request: Request, store: StoreDep,
            where: Annotated[ReportFilter, Depends(report_filter)],
            p: Annotated[PageParams, Depends(page)]) -> Response:
    """Reports matching the filters, oldest event first, with their evidence."""
    def answer() -> dict[str, Any]:
        items = list(store.reports(where, limit=p.limit, offset=p.offset))
        return {"total": store.count_reports(where), "limit": p.limit, "offset": p.offset,
                "items": items}

    return cached_json(request, models.ReportPage, answer)


def report_row(store: Store, report_id: int) -> dict[str, Any]:
    """One report (any role) with its evidence, or 404."""
    rows = list(store.reports(ReportFilter(report_id=report_id, role="all"), limit=1))
    if not rows:
        raise not_found(f"report {report_id}")
    return rows[0]


@reads.get("/reports/{report_id}", response_model=models.Report, tags=["reports"])
def report(store: StoreDep, report_id: Id) -> dict[str, Any]:
    """One report with its evidence."""
    return report_row(store, report_id)


@reads.get("/documents", response_model=models.DocumentPage, tags=["documents"])
def documents(store: StoreDep, p: Annotated[PageParams, Depends(page)],
              lang: Annotated[Literal["ar", "fr", "en"] | None, Query()] = None,
              ) -> dict[str, Any]:
    """Stored documents without their text, newest published first."""
    total, items = list_documents(store, lang=lang, limit=p.limit, offset=p.offset)
    return {"total": total, "limit": p.limit, "offset": p.offset, "items": items}


def full_document(store: Store, doc_id: str) -> dict[str, Any]:
    """A document with its text and report ids, or 404."""
    row = store.document(doc_id)
    if row is None:
        raise not_found(f"document {doc_id}")
    return {"doc_id": doc_id, "lang": row["lang"], "published": row["published"],
            "source": row["source"], "url": row["url"], "title": row["title"],
            "chars": row["chars"], "text": row["text"],
            "report_ids": document_report_ids(store, doc_id)}


@reads.get("/documents/{doc_id}", response_model=models.Document, tags=["documents"])
def document(store: StoreDep, doc_id: DocId) -> dict[str, Any]:
    """One document with its text (evidence offsets index it) and its reports' ids."""
    return full_document(store, doc_id)


@reads.get("/timeline", response_model=list[models.TimelinePoint], tags=["incidents"])
def incident_timeline(request: Request, store: StoreDep,
                      where: Annotated[ReportFilter, Depends(incident_filter)],
                      bucket: Literal["day", "week", "month"] = "day") -> Response:
    """Incidents and fatalities per day, week (named by its Monday) or month."""
    return cached_json(request, list[models.TimelinePoint],
                       lambda: timeline(store, where, bucket=bucket))


@reads.get("/reviews", response_model=models.ReviewPage, tags=["reviews"])
def reviews(store: StoreDep, p: Annotated[PageParams, Depends(page)],
            target: Literal["incident", "report"] | None = None,
            target_id: Annotated[int | None, Query(ge=1, le=2**31 - 1)] = None,
            ) -> dict[str, Any]:
    """The audit trail, newest first."""
    total, items = list_reviews(store, target=target, target_id=target_id,
                                limit=p.limit, offset=p.offset)
    return {"total": total, "limit": p.limit, "offset": p.offset, "items": items}
