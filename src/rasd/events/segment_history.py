"""What a segmented incident turns out to be (rasd.events.segment): history rather than an
incident (a long-past year, a series of acts, a political backdrop), and how many incidents
its sentences say they report (split from rasd.events.segment)."""

from __future__ import annotations

from rasd.doc import ArticleDoc, DatePrecision
from rasd.events.event_dates import statement_dates
from rasd.events.segment_facts import TOWN
from rasd.events.segment_rules import Incident
from rasd.events.segment_years import OLD_YEARS, old_year_sentences
from rasd.stages.lexical import hits
from rasd.stages.nearby import by_sentence, grouped_by_sentence


def counted_incidents(doc: ArticleDoc, incident: Incident) -> int:
    """How many incidents the incident's sentences say they report ("in two separate
    attacks", "في كمينين"): 1 when they give no count."""
    dated = _days_told(doc, incident)
    found = hits(doc, "context", "incident_counts")
    if not found:
        return dated
    counts = grouped_by_sentence(doc, found)  # once per document, not once per incident
    return max((int(m.labels[0]) for i in incident.eventful for m in counts.get(i, [])),
               default=dated)


def _days_told(doc: ArticleDoc, incident: Incident) -> int:
    """How many incidents a background incident told by one sentence dates apart ("a woman
    was abducted in January and a man in April"): its sentence's resolved dates of one
    precision, a day or a month, whose spans do not overlap, but for a statement's date;
    1 for one date or none."""
    if not incident.background or len(incident.eventful) != 1:
        return 1
    stated = statement_dates(doc)
    dates = [d for d in grouped_by_sentence(doc, doc.dates).get(incident.eventful[0], [])
             if d.date is not None and d.start is not None and d.end is not None
             and d.span not in stated and d.precision in (DatePrecision.DAY, DatePrecision.MONTH)]
    if len(dates) < 2 or len({d.precision for d in dates}) > 1:
        return 1
    spans = sorted((d.start, d.end) for d in dates)
    apart = all(a[1] < b[0] for a, b in zip(spans, spans[1:]))
    return len(spans) if apart else 1


def history(doc: ArticleDoc, incident: Incident) -> bool:
    """Whether a background incident is history rather than an incident: dated years
    before the report and giving no toll ("armed groups took control of the north in
    2012", "l'offensive lancée en 2013"). A recalled attack with its toll stays an event."""
    if not incident.background or incident.figures:
        return False
    if _vague_series(doc, incident) or _backdrop(doc, incident):
        return True
    if doc.published is None:
        return False
    date = incident.date
    if date is not None and date.date is not None:
        return doc.published.year - date.date.year >= OLD_YEARS
    # no date resolved ("في عام 2012"): the long-past year its sentences name
    old = old_year_sentences(doc)
    return bool(incident.eventful) and all(i in old for i in incident.eventful)


# the political developments a report may recall as its backdrop
BACKDROP = frozenset({"Non-violent transfer of territory", "Other", "Change to group/activity",
                      "Headquarters or base established", "Agreement"})


def _backdrop(doc: ArticleDoc, incident: Incident) -> bool:
    """Whether a background incident giving no toll tells only a political development
    with no day and no town ("after French forces withdrew from Mali last year"): every
    event word of its sentences names one; the report's backdrop, no incident."""
    date = incident.date
    if not incident.sub_types or not incident.sub_types <= BACKDROP or TOWN in incident.places \
            or (date is not None and date.precision == DatePrecision.DAY):
        return False
    triggers = grouped_by_sentence(doc, doc.triggers)  # once per document
    return all(t.sub_event_type in BACKDROP for i in incident.eventful for t in triggers.get(i, []))


def _vague_series(doc: ArticleDoc, incident: Incident) -> bool:
    """Whether a background incident giving no toll tells only a series ("a series of
    attacks in May forced thousands to flee", "une vague d'attaques", "سلسلة من
    الاعتداءات"; context.yaml `series`), dated by no day: many acts, no one incident."""
    date = incident.date
    if not incident.eventful or (date is not None and date.precision == DatePrecision.DAY):
        return False
    key = "series_sentences"  # found once per document, not once per incident
    told = doc._views.get(key)
    if told is None:
        told = doc._views[key] = set(by_sentence(doc.sentences or (), hits(doc, "context", "series")))
    return all(i in told for i in incident.eventful)
