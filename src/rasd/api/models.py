"""The API's request and response bodies (pydantic), so /docs shows real schemas."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from rasd.records import EventRecord
from rasd.store.picks import PICKABLE
from rasd.store.reviews import CORRECTABLE

CorrectableField = Literal[tuple(CORRECTABLE)]  # type: ignore[valid-type]
Comment = Field(default=None, max_length=2000, description="Why; kept in the audit trail.")
# ids as the store keeps them: anything larger is no id (and overflows the database's integer)
MAX_ID = 2**31 - 1
Id = Annotated[int, Field(ge=1, le=MAX_ID)]


class _Model(BaseModel):
    model_config = ConfigDict(extra="ignore")


class Health(_Model):
    status: Literal["ok"]
    version: str
    backend: str


class Source(_Model):
    """One report's figures with who gives them (see docs/incidents.md)."""

    report_id: int
    doc_source: str | None = None
    doc_lang: str | None = None
    doc_url: str | None = None
    doc_published: dt.date | None = None
    claimant: str | None = None
    claimant_role: str
    partisan: bool
    tier: int
    fatalities: int | None = None
    fatalities_low: int | None = None
    fatalities_best: int | None = None
    fatalities_high: int | None = None
    injured: int | None = None


class FlagValue(_Model):
    value: Any
    report_ids: list[int]


class Flag(_Model):
    """A field the incident's reports disagree on, each value with the reports giving it."""

    field: str
    values: list[FlagValue]


class _IncidentFields(_Model):
    id: int
    event_date: dt.date | None
    event_type: str | None
    sub_event_type: str | None
    actor1: str | None
    actor2: str | None
    country: str | None
    admin1: str | None
    admin2: str | None
    location: str | None
    latitude: float | None
    longitude: float | None
    geo_precision: int | None
    fatalities: int | None
    fatalities_low: int | None
    fatalities_best: int | None
    fatalities_high: int | None
    locked: bool
    report_ids: list[int]
    sources: list[Source]
    flags: list[Flag] = Field(default=[], description="Fields its reports disagree on.")


class Incident(_IncidentFields):
    reports: int = Field(description="How many reports the incident rests on.")


class SimilarIncident(Incident):
    reasons: list[str] = Field(description="Why it may be the same incident.")


class Report(EventRecord):
    """A stored EventRecord with its store ids and its document's metadata."""

    model_config = ConfigDict(frozen=True, extra="ignore")
    report_id: int
    incident_id: int | None
    partisan: bool = Field(description="Some figure or claim rests on a party to the fight.")
    doc_lang: str | None
    doc_published: dt.date | None
    doc_source: str | None
    doc_url: str | None
    doc_title: str | None


class DocumentSummary(_Model):
    doc_id: str
    lang: str | None
    published: dt.date | None
    source: str | None
    url: str | None
    title: str | None
    chars: int


class Document(DocumentSummary):
    text: str = Field(description="The original text; evidence spans are code-point offsets "
                      "into it. Plain text: display it escaped.")
    report_ids: list[int]


class Review(_Model):
    id: int
    at: dt.datetime
    reviewer: str
    action: Literal["confirm", "correct", "merge", "split"]
    target: Literal["incident", "report"]
    target_id: int
    field: str | None
    before: Any
    after: Any
    comment: str | None


class IncidentDetail(_IncidentFields):
    """An incident with everything behind it: its reports with their evidence, their
    documents (keyed by doc_id), and the reviews of the incident and of its reports."""

    reports: list[Report]
    documents: dict[str, Document]
    reviews: list[Review]


class Page(_Model):
    total: int
    limit: int
    offset: int


class Totals(_Model):
    """Sums over every incident matching the filter (not only this page)."""

    incidents: int
    reports: int
    fatalities: int
    fatalities_low: int
    fatalities_high: int
    first_date: dt.date | None
    last_date: dt.date | None


class IncidentPage(Page):
    items: list[Incident]
    totals: Totals


class FacetCount(_Model):
    value: Any
    count: int


class ReportPage(Page):
    items: list[Report]


class DocumentPage(Page):
    items: list[DocumentSummary]


class ReviewPage(Page):
    items: list[Review]


class TimelinePoint(_Model):
    period: str = Field(description="First day of the period (YYYY-MM-DD), or YYYY-MM.")
    incidents: int
    fatalities: int


class ExtractRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    text: str = Field(min_length=1)
    published: dt.date | None = None
    lang: Literal["ar", "fr", "en"] | None = None


class ConfirmRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    comment: str | None = Comment


class CorrectRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    field: CorrectableField
    value: Annotated[int, Field(ge=-(2**53), le=2**53)] | Annotated[
        float, Field(allow_inf_nan=False)] | str | None
    comment: str | None = Comment
    latitude: Annotated[float, Field(ge=-90, le=90, allow_inf_nan=False)] | None = Field(
        default=None, description="With field 'location': the place's own latitude (e.g. the "
        "gazetteer's, from GET /api/choices); the report then takes it, at precision 1.")
    longitude: Annotated[float, Field(ge=-180, le=180, allow_inf_nan=False)] | None = Field(
        default=None, description="With 'latitude': the place's own longitude.")

    @model_validator(mode="after")
    def _own_coordinates(self) -> CorrectRequest:
        if (self.latitude is None) != (self.longitude is None):
            raise ValueError("give both 'latitude' and 'longitude', or neither")
        if self.latitude is not None and self.field != "location":
            raise ValueError("'latitude' and 'longitude' go with a correction of 'location'")
        return self


class MergeRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    incident_ids: list[Id] = Field(min_length=2, max_length=500)
    comment: str | None = Comment
    prefer: dict[Literal[tuple(PICKABLE)], int] | None = Field(  # type: ignore[valid-type]
        default=None, description="Field -> the report whose value the merged incident "
        "takes (instead of the reconciled one).")


class SplitRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    report_ids: list[Id] = Field(min_length=1, max_length=5000)
    comment: str | None = Comment


class ActionResult(_Model):
    """What a review action changed: the incidents as they are now (the kept one first
    after a merge; the old then the new one after a split) and, after a correction, the
    report."""

    action: Literal["confirm", "correct", "merge", "split"]
    reviewer: str
    incidents: list[Incident]
    report: Report | None = None
