"""events.v1: EventRecords from the mention layers, one per incident the text reports.

Incidents cited as context are kept with role "background"; texts with no concrete
incident (analysis, opinion, threats) yield no event.
"""

from __future__ import annotations

from rasd.config import Config
from rasd.doc import ArticleDoc, NumberKind
from rasd.events.assemble import build_event, event_id
from rasd.events.breakdown import told_apart
from rasd.events.figures import shared
from rasd.events.lead_claims import closing_claims
from rasd.events.reactions import condemnations_to_the_news
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
    events = condemnations_to_the_news(doc, closing_claims(doc, events))
    if not any(listed.values()) and all(n == 1 for n in counted.values()):
        return told_apart(doc, events)
    tolls = {(c.span.start, c.span.end): c for c in doc.casualties or () if c.outcome == "killed"}
    return told_apart(doc, _with_listed(events, listed, counted, doc_id=doc.doc_id,
                                        version=version, tolls=tolls))


def _with_listed(events: list, listed: dict[int, list], counted: dict[int, int], *,
                 doc_id: str, version: str, tolls: dict) -> list:  # type: ignore[type-arg]
    """Each event followed by the events of the places it lists, but for a place that has
    an event of its own told apart ("attacks on Aguelhok and Tessalit ... in Tessalit,
    fighting broke out"), then by as many more as its passage counts ("in two separate
    attacks") beyond those the report tells on that day, each group sharing its first's
    toll (`tolls`: the death figures by span); ids follow the final order."""
    told = {(e.role, e.location_text) for e in events}
    groups = []
    for index, event in enumerate(events):
        group = [event]
        for extra in listed.get(index, []):
            if (extra.role, extra.location_text) not in told:
                told.add((extra.role, extra.location_text))
                group.append(extra)
        groups.append(group)
    for index, event in enumerate(events):
        if counted.get(index, 1) > 1:  # rare: the scan over the events stays off the common path
            same_day = sum(e.role == event.role and e.event_date == event.event_date
                           for group in groups for e in group)
            groups[index][1:1] = [_another(event)] * max(0, counted[index] - same_day)
    out = [e for group in groups for e in _share_toll(group, tolls)]
    return [e.model_copy(update={"event_id": event_id(doc_id, version, i)}) for i, e in enumerate(out)]


def _share_toll(group: list, tolls: dict) -> list:  # type: ignore[type-arg]
    """An event and the events its passage tells with it (listed places, a count of
    attacks): when only the first has a toll, one count however often it is repeated
    (`tolls`: death figures by span), and the others none of their own, that toll is
    theirs together and is divided among them (`rasd.events.figures.shared`). Counts
    without a number that the toll outweighs are no other count (a headline's "dozens"
    beside the body's "several"); a toll the first adds up from several figures, or told
    beside other numbers, is told place by place: it stays its own."""
    first, others = group[0], group[1:]
    if not others or not first.fatalities or any("fatalities" in e.evidence for e in others):
        return group
    figures = [tolls.get(tuple(span)) for span in first.evidence.get("fatalities", ())]
    if not figures or None in figures:
        return group
    numbered = {f.value for f in figures if f.kind != NumberKind.VAGUE}
    if len(numbered) > 1 or min(numbered or {f.value for f in figures}) != first.fatalities_best:
        return group
    parts = {k: shared(getattr(first, k), len(group))
             for k in ("fatalities", "fatalities_low", "fatalities_best", "fatalities_high")}
    span = {"fatalities": first.evidence["fatalities"]} if "fatalities" in first.evidence else {}
    return [e.model_copy(update={**{k: v[n] for k, v in parts.items()},
                                 "evidence": {**e.evidence, **span}})
            for n, e in enumerate(group)]


def _another(event):  # type: ignore[no-untyped-def]
    """One more incident like `event`, told only by a count: the passage's toll is shared
    with it afterwards (`_share_toll`)."""
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
