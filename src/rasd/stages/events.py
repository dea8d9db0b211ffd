"""events.v1: EventRecords from the mention layers, one per incident the text reports.

Incidents cited as context are kept with role "background"; texts with no concrete
incident (analysis, opinion, threats) yield no event.
"""

from __future__ import annotations

from rasd.config import Config
from rasd.doc import ArticleDoc
from rasd.events.assemble import build_event, event_id
from rasd.events.segment import counted_incidents, history, segment
from rasd.registry import Stage, StageSpec


def find_events(doc: ArticleDoc, *, version: str) -> list:  # type: ignore[type-arg]
    """The EventRecords of one document, main incidents and background ones."""
    events = []
    where: dict = {}  # the place of the incidents so far, for those that name none
    listed: dict[int, list] = {}  # events at the places listed after an event's own
    counted: dict[int, int] = {}  # how many incidents an event's sentences say they tell
    for incident in segment(doc):
        if history(doc, incident):
            continue
        extra: list = []
        event = build_event(doc, incident, ordinal=len(events), version=version, where=where,
                            listed=extra)
        if event is not None:
            events.append(event)
            listed[len(events) - 1] = extra
            counted[len(events) - 1] = counted_incidents(doc, incident)
    if not any(listed.values()) and all(n == 1 for n in counted.values()):
        return events
    return _with_listed(events, listed, counted, doc_id=doc.doc_id, version=version)


def _with_listed(events: list, listed: dict[int, list], counted: dict[int, int], *,
                 doc_id: str, version: str) -> list:
    """Each event followed by the events of the places it lists, but for a place that has
    an event of its own told apart ("attacks on Aguelhok and Tessalit ... in Tessalit,
    fighting broke out"), then by as many more as its passage counts ("in two separate
    attacks") beyond those the report tells on that day; ids follow the final order."""
    told = {(e.role, e.location_text) for e in events}
    out = []
    for index, event in enumerate(events):
        out.append(event)
        for extra in listed.get(index, []):
            if (extra.role, extra.location_text) not in told:
                told.add((extra.role, extra.location_text))
                out.append(extra)
    for index, event in enumerate(events):
        if counted.get(index, 1) > 1:  # rare: the scan over the events stays off the common path
            same_day = sum(e.role == event.role and e.event_date == event.event_date for e in out)
            at = out.index(event) + 1
            out[at:at] = [_another(event)] * max(0, counted[index] - same_day)
    return [e.model_copy(update={"event_id": event_id(doc_id, version, i)}) for i, e in enumerate(out)]


def _another(event):  # type: ignore[no-untyped-def]
    """One more incident like `event`, told only by a count: its toll is not given apart
    (the passage's toll stays with the first; no figure is made up by dividing it)."""
    evidence = {k: v for k, v in event.evidence.items() if k != "fatalities"}
    return event.model_copy(update=dict(fatalities=0, fatalities_low=None, fatalities_best=None,
                                        fatalities_high=None, injured=None, materiel=(),
                                        evidence=evidence))


def make_events(cfg: Config) -> Stage:
    from rasd import PIPELINE_VERSION

    def events(doc: ArticleDoc) -> ArticleDoc:
        return doc.with_layers(events=tuple(find_events(doc, version=PIPELINE_VERSION)))

    return events


SPEC = StageSpec(
    name="events.v1",
    factory=make_events,
    requires=frozenset({"text", "lang", "published", "sentences", "dates", "actors", "triggers",
                        "casualties", "materiel", "claims", "framing", "places"}),
    assigns=frozenset({"events"}),
)
