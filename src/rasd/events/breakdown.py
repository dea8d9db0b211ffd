"""A toll told for several incidents of one report, and the parts told for each.

"Eleven soldiers died in two ambushes ... the first killed two soldiers and four
volunteers, ... five gendarmes died in the other": the eleven count both incidents, so the
first incident's toll is its own parts (six), not the total nor the total plus its parts.
A total counts the incidents told apart when it is their parts' sum exactly: a larger
figure beside smaller ones is, as a rule, one incident's toll and its details ("20 killed,
among them five soldiers").

When the total's sentence counts the incidents ("at least ten civilians were killed in two
separate attacks", `context.yaml` `incident_counts`) and one of them has no figure of its
own, it takes what the total leaves after the others' ("six dead in A": B has at least
four).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from rasd.doc import ArticleDoc, CasualtyMention, NumberMention, Span
from rasd.events.figures import Figure, shared, total
from rasd.records import EventRecord
from rasd.stages.lexical import hits
from rasd.stages.nearby import grouped_by_sentence, sentence_index


MAX_TOLD_APART = 8  # incidents one total may count; a day of more is a long bulletin


def told_apart(doc: ArticleDoc, events: list[EventRecord]) -> list[EventRecord]:
    """The events with each main incident's part of a toll told for several of one day.
    A day of more than `MAX_TOLD_APART` main incidents is left as it is: a total that
    counts so many incidents' parts is not told, and weighing every incident of such a day
    against all the others would grow with the square of a long bulletin's length."""
    killed = {(c.span.start, c.span.end): c for c in doc.casualties or () if c.outcome == "killed"}
    days: dict[object, list[int]] = defaultdict(list)
    for index, event in enumerate(events):
        if event.role == "main":
            days[event.event_date].append(index)
    if not killed or all(len(day) < 2 for day in days.values()):
        return events
    out = list(events)
    for day in days.values():
        if 1 < len(day) <= MAX_TOLD_APART:
            for index in day:
                _split(doc, out, index, [i for i in day if i != index], killed)
    return out


def _spans(event: EventRecord) -> set[tuple[int, int]]:
    return {(s[0], s[1]) for s in event.evidence.get("fatalities", ())}


def _split(doc: ArticleDoc, events: list[EventRecord], index: int, peers: list[int],
           killed: dict[tuple[int, int], CasualtyMention]) -> None:
    """Give `events[index]` its parts of the total its toll holds, and what the total
    leaves to its peers without a figure, in place."""
    event = events[index]
    if not event.fatalities_best:
        return
    theirs = set().union(*(_spans(events[i]) for i in peers))
    mine = [killed[s] for s in sorted(_spans(event)) if s in killed and s not in theirs]
    top = max(mine, key=lambda m: m.value, default=None)
    if top is None:
        return
    told = sum(events[i].fatalities_best or 0 for i in peers)
    first = _first_part(doc, event, top, [events[i] for i in peers])
    if first is not None:
        events[index] = _with_toll(event, Figure(first.low, first.value, first.high),
                                   [first.span])
        return
    parts = [m for m in mine if m.value < top.value]
    own = total(parts, "killed", breaks=_breaks(doc)) if parts else None
    if event.fatalities_best == top.value and own is not None and told \
            and own.best + told == top.value:
        events[index] = _with_toll(event, own, [m.span for m in parts])
        return
    bare = [i for i in peers if "fatalities" not in events[i].evidence]
    if bare and top.value > event.fatalities_best and _counts(doc, top, len(peers) + 1):
        left = top.value - event.fatalities_best - told
        if left > 0:
            low = None if top.low is None else max(0, top.low - event.fatalities_best - told)
            for i, best, floor in zip(bare, shared(left, len(bare)), shared(low, len(bare))):
                figure = Figure(floor, best, None)  # the total's part: no upper bound of its own
                events[i] = _with_toll(events[i], figure, [top.span])


PART_REACH = 2  # words between a place's part and the place: "six in", "ستة في"


def _first_part(doc: ArticleDoc, event: EventRecord, top: CasualtyMention,
                peers: list[EventRecord]) -> NumberMention | None:
    """The bare number a list gives the event's own place after a total ("killed eleven
    people, six in A, two in B and three in C"): the number right before the place, after
    the total in its sentence, when a peer takes its figure from the same list and the
    parts do not exceed the total."""
    place = event.evidence.get("location")
    sentences = doc.sentences or ()
    if event.fatalities_best != top.value or not place or not sentences:
        return None
    at = sentence_index(sentences, top.span)
    start = place[0][0]
    if start < top.span.end or sentence_index(sentences, Span(start, place[0][1])) != at:
        return None
    end = sentences[at].span.end
    listed = [e for e in peers if any(top.span.end <= s[0] and s[1] <= end
                                      for s in e.evidence.get("fatalities", ()))]
    numbers = [n for n in doc.numbers or () if top.span.end <= n.span.start and n.span.end <= start]
    if not listed or not numbers or not isinstance(numbers[-1].value, int) \
            or len(doc.text[numbers[-1].span.end:start].split()) > PART_REACH:
        return None
    part = numbers[-1]
    told = sum(e.fatalities_best or 0 for e in listed)
    return part if 0 < part.value and part.value + told <= top.value else None


def _counts(doc: ArticleDoc, mention: CasualtyMention, incidents: int) -> bool:
    """Whether the figure's sentence counts `incidents` incidents ("in two separate
    attacks")."""
    found = hits(doc, "context", "incident_counts")
    if not found or not doc.sentences:
        return False
    at = sentence_index(doc.sentences, mention.span)
    return any(int(m.labels[0]) == incidents for m in grouped_by_sentence(doc, found).get(at, []))


def _breaks(doc: ArticleDoc) -> list[int]:
    return sorted({*(s.span.start for s in doc.sentences or ()),
                   *(c.span.start for c in doc.claims or ())})


def _with_toll(event: EventRecord, figure: Figure, spans: Sequence) -> EventRecord:  # type: ignore[type-arg]
    evidence = {**event.evidence, "fatalities": tuple(sorted((s.start, s.end) for s in spans))}
    return event.model_copy(update=dict(
        fatalities=figure.low if figure.low is not None else figure.best,
        fatalities_low=figure.low, fatalities_best=figure.best, fatalities_high=figure.high,
        evidence=evidence))
