"""The output contract: pydantic models for what rasd prints, stores and exports.

`DocumentOut` is one analysed document (`rasd extract` prints one per line);
`EventRecord` is one incident as one source reports it (DESIGN §2; filled by the
event-extraction stages). Field names follow ACLED where ACLED has the concept.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from rasd.doc import ArticleDoc, DateMention, NumberMention, Span

if TYPE_CHECKING:
    from rasd.events.stance import Stance

SpanOut = tuple[int, int]


class _Out(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class NumberOut(_Out):
    text: str
    span: SpanOut
    value: int | float
    low: int | float | None
    high: int | float | None
    kind: str


class DateOut(_Out):
    text: str
    span: SpanOut
    date: dt.date | None
    precision: int | None = Field(description="1 day, 2 week, 3 month (ACLED time_precision)")
    start: dt.date | None
    end: dt.date | None
    relative: bool
    note: str | None = None


class Claim(_Out):
    claimant: str
    claimant_role: Literal[
        "perpetrator", "target", "government", "independent_media", "local_source",
        "international_organisation", "unknown", "security_source",
    ]
    fields: tuple[str, ...] = ()
    partisan: bool = False
    span: SpanOut | None = None


class Materiel(_Out):
    item: str
    count: int | None
    action: Literal["destroyed", "captured", "seized", "burnt", "damaged", "looted"]
    span: SpanOut


class Framing(_Out):
    marker: str
    favours: str
    span: SpanOut


class EventRecord(_Out):
    """One incident as one document reports it. Fields without evidence are None."""

    event_id: str
    doc_id: str
    pipeline_version: str
    role: Literal["main", "background"] = "main"
    event_date: dt.date | None = None
    time_precision: int | None = None
    disorder_type: str | None = None
    event_type: str | None = None
    sub_event_type: str | None = None
    actor1: str | None = None
    assoc_actor_1: str | None = None
    inter1: int | None = None
    actor2: str | None = None
    assoc_actor_2: str | None = None
    inter2: int | None = None
    interaction: int | None = None
    civilian_targeting: str | None = None
    iso: int | None = None
    country: str | None = None
    admin1: str | None = None
    # the region as data sets before a reform name it (ACLED's Mali data before 2023 says
    # "Mopti" for today's Bandiagara), where the reform changed it; else None
    admin1_former: str | None = None
    admin2: str | None = None
    admin3: str | None = None
    location: str | None = None
    location_text: str | None = None  # the place as the text writes it (evidence for location)
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int | None = None
    source: str | None = None
    notes: str | None = None
    fatalities: int | None = None
    fatalities_low: int | None = None
    fatalities_best: int | None = None
    fatalities_high: int | None = None
    injured: int | None = None
    abducted: int | None = None
    missing: int | None = None
    arrested: int | None = None
    materiel: tuple[Materiel, ...] = ()
    claims: tuple[Claim, ...] = ()
    framing: tuple[Framing, ...] = ()
    evidence: dict[str, tuple[SpanOut, ...]] = {}
    confidence: dict[str, float] = {}


class LangOut(_Out):
    code: str
    score: float
    supported: bool


class StanceOut(_Out):
    markers: dict[str, int]
    favours: str | None


class DocumentOut(_Out):
    """One analysed document: its identity, its layers and its events."""

    doc_id: str
    origin: str | None
    lang: str | None
    lang_guess: LangOut | None
    published: dt.date | None
    source: str | None
    url: str | None
    title: str | None
    chars: int
    text: str | None = None
    warnings: tuple[str, ...] = ()
    sentences: tuple[SpanOut, ...] = ()
    numbers: tuple[NumberOut, ...] = ()
    dates: tuple[DateOut, ...] = ()
    stance: StanceOut | None = None
    events: tuple[EventRecord, ...] = ()


def _span(span: Span) -> SpanOut:
    return (span.start, span.end)


def number_out(number: NumberMention, text: str) -> NumberOut:
    return NumberOut(text=number.span.of(text), span=_span(number.span), value=number.value,
                     low=number.low, high=number.high, kind=number.kind.value)


def date_out(date: DateMention, text: str) -> DateOut:
    precision = None if date.precision is None else int(date.precision)
    return DateOut(text=date.span.of(text), span=_span(date.span), date=date.date,
                   precision=precision, start=date.start, end=date.end,
                   relative=date.relative, note=date.note)


def _stance_out(doc: ArticleDoc) -> StanceOut | None:
    found = _stance(doc)
    return None if found is None else StanceOut(markers=found.markers, favours=found.favours)


def _stance(doc: ArticleDoc) -> Stance | None:
    """The document's stance, or None before the framing stage has run."""
    if doc.framing is None:
        return None
    from rasd.events.stance import stance  # the events' module: loaded with the pipeline

    return stance(doc)


def document_out(doc: ArticleDoc, *, include_text: bool = False) -> DocumentOut:
    """The output record of an analysed document."""
    guess = doc.lang_guess
    return DocumentOut(
        doc_id=doc.doc_id,
        origin=doc.origin,
        lang=doc.lang,
        lang_guess=None if guess is None else LangOut(code=guess.code, score=guess.score,
                                                      supported=guess.supported),
        published=doc.published,
        source=doc.source,
        url=doc.url,
        title=doc.title,
        chars=len(doc.text),
        text=doc.text if include_text else None,
        warnings=doc.warnings,
        sentences=tuple(_span(s.span) for s in doc.sentences or ()),
        numbers=tuple(number_out(n, doc.text) for n in doc.numbers or ()),
        dates=tuple(date_out(d, doc.text) for d in doc.dates or ()),
        stance=_stance_out(doc),
        events=tuple(doc.events or ()),
    )


# `document_record` writes what `document_out(doc).model_dump(mode="json")` gives, without
# building and validating a model per number and date and then dumping them again: the
# layers are typed dataclasses already, and the events validated models (a long report has
# tens of thousands of figures and dates; tests/test_records.py checks the two agree)


def document_record(doc: ArticleDoc, *, include_text: bool = False) -> dict[str, Any]:
    """`document_out(doc, include_text=...).model_dump(mode="json")`, made directly."""
    head = _record_head(doc, include_text=include_text)
    head["events"] = [event.model_dump(mode="json") for event in doc.events or ()]
    return head


def document_json(doc: ArticleDoc, *, include_text: bool = False,
                  indent: int | None = None) -> Iterator[str]:
    """`json.dumps(document_record(doc), ensure_ascii=False, indent=indent)` in pieces whose
    concatenation is that string: the events one at a time, so that a report of thousands
    of events is never held as one string (nor as one list of their dicts)."""
    head = _record_head(doc, include_text=include_text)
    head["events"] = []
    text = json.dumps(head, ensure_ascii=False, indent=indent)
    events = doc.events or ()
    if not events:
        yield text
        return
    closing = "[]}" if indent is None else "[]\n}"  # "events" is the last key
    yield text[: -len(closing)]
    # an event is an item of the list that is the value of a top-level key: two levels in
    inner = "\n" + " " * (2 * indent) if indent is not None else ""
    separator = ", " if indent is None else "," + inner
    yield "[" + inner
    for i, event in enumerate(events):
        piece = json.dumps(event.model_dump(mode="json"), ensure_ascii=False, indent=indent)
        yield (separator if i else "") + (piece.replace("\n", inner) if inner else piece)
    yield "]}" if indent is None else "\n" + " " * indent + "]\n}"


def _record_head(doc: ArticleDoc, *, include_text: bool) -> dict[str, Any]:
    """Every key of the record but the events, in `DocumentOut`'s order, as JSON values."""
    guess = doc.lang_guess
    text = doc.text
    return {
        "doc_id": doc.doc_id,
        "origin": doc.origin,
        "lang": doc.lang,
        "lang_guess": None if guess is None else {
            "code": guess.code, "score": float(guess.score), "supported": guess.supported},
        "published": _iso(doc.published),
        "source": doc.source,
        "url": doc.url,
        "title": doc.title,
        "chars": len(text),
        "text": text if include_text else None,
        "warnings": list(doc.warnings),
        "sentences": [[s.span.start, s.span.end] for s in doc.sentences or ()],
        "numbers": [_number_record(n, text) for n in doc.numbers or ()],
        "dates": [_date_record(d, text) for d in doc.dates or ()],
        "stance": _stance_record(doc),
    }


def _number_record(number: NumberMention, text: str) -> dict[str, Any]:
    span = number.span
    return {"text": text[span.start:span.end], "span": [span.start, span.end],
            "value": number.value, "low": number.low, "high": number.high,
            "kind": number.kind.value}


def _date_record(date: DateMention, text: str) -> dict[str, Any]:
    span = date.span
    return {"text": text[span.start:span.end], "span": [span.start, span.end],
            "date": _iso(date.date), "precision": None if date.precision is None else int(date.precision),
            "start": _iso(date.start), "end": _iso(date.end), "relative": date.relative,
            "note": date.note}


def _stance_record(doc: ArticleDoc) -> dict[str, Any] | None:
    found = _stance(doc)  # no StanceOut to validate: its markers are a dict of counts already
    return None if found is None else {"markers": dict(found.markers), "favours": found.favours}


def _iso(day: dt.date | None) -> str | None:
    return None if day is None else day.isoformat()
