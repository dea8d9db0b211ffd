"""A readable block per event, for people at a terminal (`rasd extract --format summary`).

Each value is followed by the words of the text it rests on (its evidence spans, quoted), so
a reader can check a record without counting offsets. Plain text, no colours: it must survive
a pipe, a log file and a right-to-left quote.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

QUOTE_CHARS = 80  # longer evidence is cut in the middle
_PRECISION = {1: "day", 2: "week", 3: "month"}
_GEO_PRECISION = {1: "town", 2: "near a town or small area", 3: "region"}
_OUTCOMES = ("injured", "abducted", "missing", "arrested")


def quote(text: str, spans: Iterable[Sequence[int]] | None) -> str:
    """The spans' text, each in «», joined by " … "; empty without spans."""
    parts = []
    for start, end in spans or ():
        words = " ".join(text[start:end].split())
        if len(words) > QUOTE_CHARS:
            half = QUOTE_CHARS // 2
            words = f"{words[:half]} … {words[-half:]}"
        parts.append(f"«{words}»")
    return " … ".join(dict.fromkeys(parts))


def _line(label: str, value: str, evidence: str = "") -> str:
    return f"  {label + ':':<12} {value}" + (f"   {evidence}" if evidence else "")


def _place(event: Mapping[str, Any]) -> str:
    names = [event.get(k) for k in ("location", "admin2", "admin1", "country")]
    place = ", ".join(dict.fromkeys(n for n in names if n)) or "unknown"
    if event.get("latitude") is not None and event.get("longitude") is not None:
        place += f" ({event['latitude']:.4f}, {event['longitude']:.4f})"
    precision = _GEO_PRECISION.get(event.get("geo_precision"))
    return place + (f"; precision: {precision}" if precision else "")


def _toll(event: Mapping[str, Any]) -> str:
    low, best, high = (event.get(k) for k in ("fatalities_low", "fatalities_best", "fatalities_high"))
    if best is None and event.get("fatalities") is None:
        return "no figure"
    toll = f"{event.get('fatalities') or 0} killed (ACLED count)"
    ranges = [f"{name} {value}" for name, value in (("low", low), ("best", best), ("high", high))
              if value is not None]
    return toll + (f"; {', '.join(ranges)}" if ranges else "")


def _claims(event: Mapping[str, Any], text: str) -> list[str]:
    lines = []
    for claim in event.get("claims") or ():
        role = (claim.get("claimant_role") or "unknown").replace("_", " ")
        partisan = ", a party to the fight" if claim.get("partisan") else ""
        fields = ", ".join(claim.get("fields") or ()) or "the report"
        said = quote(text, [claim["span"]] if claim.get("span") else ())
        lines.append(_line("Claimed by", f"{claim.get('claimant')} ({role}{partisan}) for "
                           f"{fields}", said))
    return lines


def event_block(event: Mapping[str, Any], text: str, *, number: int) -> list[str]:
    """The lines describing one event record (its JSON) of a document whose text is `text`."""
    evidence = event.get("evidence") or {}
    ev = lambda *fields: quote(text, [s for f in fields for s in evidence.get(f) or ()])
    kind = " / ".join(v for v in (event.get("event_type"), event.get("sub_event_type")) if v)
    lines = [f"Event {number} ({event.get('role') or 'main'}): {kind or 'type unknown'}"]
    precision = _PRECISION.get(event.get("time_precision"))
    date = event.get("event_date") or "unknown"
    lines.append(_line("Date", date + (f" (to the {precision})" if precision else ""),
                       ev("event_date")))
    lines.append(_line("Place", _place(event), ev("location", "admin1", "country")))
    for key, label in (("actor1", "Actor 1"), ("actor2", "Actor 2")):
        if event.get(key):
            lines.append(_line(label, event[key], ev(key)))
    lines.append(_line("Toll", _toll(event), ev("fatalities")))
    for outcome in _OUTCOMES:
        if event.get(outcome):
            lines.append(_line(outcome.capitalize(), str(event[outcome]), ev(outcome)))
    lines.extend(_claims(event, text))
    if event.get("notes"):
        lines.append(_line("Notes", event["notes"]))
    return lines


def document_summary(doc: Mapping[str, Any], text: str) -> str:
    """A document's header line and one block per event (its JSON from `document_out`)."""
    about = ", ".join(str(v) for v in (doc.get("lang"), doc.get("published") and
                                       f"published {doc['published']}", doc.get("source")) if v)
    head = f"== {doc.get('origin') or doc.get('doc_id')} ({about})"
    if doc.get("title"):
        head += f"\n   {doc['title']}"
    events = doc.get("events") or ()
    if not events:
        return head + "\n  no event found\n"
    blocks = ["\n".join(event_block(e, text, number=n)) for n, e in enumerate(events, 1)]
    return head + "\n" + "\n\n".join(blocks) + "\n"
