"""Reactions to the news told after a recall: a source condemning "the attack" in the
report's closing lines speaks of the incident the report is about, not of the earlier one
recalled just before it ("Gunmen killed eleven gendarmes there last week. The UN condemned
the attack in a statement"). claims.yaml `condemnations`."""

from __future__ import annotations

from rasd.doc import ArticleDoc, Span
from rasd.events.cues import cue_pattern
from rasd.normalize import fold
from rasd.records import EventRecord
from rasd.stages.nearby import sentence_index

# the fields that tell an incident apart: a sentence holding one of them is its own
OWN_FIELDS = ("event_date", "location", "fatalities")


def condemnations_to_the_news(doc: ArticleDoc, events: list[EventRecord]) -> list[EventRecord]:
    """The events with the condemnations a background event holds in a sentence of none of
    its own facts (its date, place, toll) moved to the report's main event, when it has only
    one (with several, the one meant is unknown); they cover none of its fields."""
    mains = [i for i, e in enumerate(events) if e.role == "main"]
    pattern = cue_pattern(doc.lang or "", "claims", "condemnations")
    sentences = doc.sentences or ()
    if len(mains) != 1 or pattern is None or not sentences \
            or not any(e.role == "background" and e.claims for e in events):
        return events
    out = list(events)
    moved = []
    for index, event in enumerate(events):
        if event.role != "background" or not event.claims:
            continue
        own = {sentence_index(sentences, Span(s, t)) for f in OWN_FIELDS
               for s, t in event.evidence.get(f, ())}
        kept = []
        for claim in event.claims:
            i = sentence_index(sentences, Span(*claim.span))
            if i >= 0 and i not in own and pattern.search(fold(sentences[i].span.of(doc.text))):
                moved.append(claim.model_copy(update={"fields": ()}))
            else:
                kept.append(claim)
        if len(kept) != len(event.claims):
            out[index] = event.model_copy(update={"claims": tuple(kept)})
    if not moved:
        return events
    main = out[mains[0]]
    held = {c.span for c in main.claims}
    out[mains[0]] = main.model_copy(update={"claims": main.claims + tuple(
        c for c in moved if c.span not in held)})
    return out

