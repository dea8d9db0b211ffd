"""events.v1: EventRecords from the mention layers, one per incident the text reports.

Incidents cited as context are kept with role "background"; texts with no concrete
incident (analysis, opinion, threats) yield no event.
"""

from __future__ import annotations

from rasd.config import Config
from rasd.doc import ArticleDoc
from rasd.events.assemble import build_event
from rasd.events.segment import segment
from rasd.registry import Stage, StageSpec


def find_events(doc: ArticleDoc, *, version: str) -> list:  # type: ignore[type-arg]
    """The EventRecords of one document, main incidents and background ones."""
    events = []
    where: dict = {}  # the place of the incidents so far, for those that name none
    for incident in segment(doc):
        event = build_event(doc, incident, ordinal=len(events), version=version, where=where)
        if event is not None:
            events.append(event)
    return events


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
