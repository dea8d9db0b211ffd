"""Dates an incident takes from another one: a follow-on incident told as part of the same
news borrows the date of the one before; an earlier incident told as "N days after" is dated
back from the news (split from rasd.events.event_dates)."""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from collections.abc import Sequence

from rasd.doc import ArticleDoc, DateMention, DatePrecision
from rasd.events.stance import stance
from rasd.lexicon import LexMatch
from rasd.stages.lexical import hits


def carried_dates(doc: ArticleDoc, incidents: Sequence) -> None:
    """A main incident that no sentence of its own dates took place when the main incident
    told before it did ("Suicide bombers struck a barracks in Agadez on Thursday ... In Arlit,
    a second car bomb hit the mine"): a report's undated follow-on incidents are told as
    part of the same news, not as news of unknown date. A background incident never lends or
    borrows a date (its time is its own, told as context), and a party's communiqué lists
    operations of several days, whose undated items stay undated unless their own words
    count their day from the item before ("the same day", "as they withdrew", "pursued the
    operation": `day_offsets` in context.yaml; the cue is the date's evidence, moved by its
    count of days). Nor does the next report of a roundup (`Incident.item`: "X claimed an
    ambush near P", after a strike elsewhere): it is no follow-on. Sets `incident.date`."""
    counted = _day_offsets(doc, incidents) if stance(doc).favours else None
    last: DateMention | None = None
    for incident in incidents:
        if incident.background:
            continue
        date = incident.date
        if date is not None and date.date is not None and date.precision is not None:
            last = date
        elif last is None or incident.item:
            continue
        elif counted is None:
            incident.date = last
        elif id(incident) in counted:
            incident.date = shifted(last, counted[id(incident)])
    _dated_before_the_news(doc, incidents)


_INCIDENT_WORDS = re.compile(r"[^\S\n]*\w")
_TERMINAL = re.compile(r"[.!?؟\n]")


def _dated_before_the_news(doc: ArticleDoc, incidents: Sequence) -> None:
    """An undated background incident told as "N days after" in a sentence about the news
    ("these killings come six days after an assault on Nara", "came two weeks after the
    killing of a headmaster"; `days_after` in dates.yaml) took place N days before the main
    incident told before it, or before the date its sentence gives ahead of the cue: that
    date's precision, a week's for a count of a week or more and a month's for a month.
    The cue is the date's evidence."""
    cues = [m for m in hits(doc, "dates", "days_after")
            if _INCIDENT_WORDS.match(doc.text, m.span.end)]  # not "deux jours après, ..."
    if not cues:
        return
    found = _first_cue(doc, incidents, cues)
    last: DateMention | None = None
    for incident in incidents:
        date = incident.date
        if not incident.background and date is not None and date.date is not None \
                and date.precision is not None:
            last = date
        elif incident.background and (date is None or date.date is None) \
                and last is not None and id(incident) in found:
            cue = found[id(incident)]
            incident.date = shifted(_told_before(doc, cue) or last, cue, sign=-1)


def goes_on(doc: ArticleDoc, i: int) -> bool:
    """Whether sentence `i` goes on the sentence before it: a clause the sentences stage cut
    off at a recall cue ("..., two days after a bombing in Kati"), no sentence end between."""
    sentences = doc.sentences or ()
    if not 0 < i < len(sentences):
        return False
    before = sentences[i - 1].span
    return _TERMINAL.search(doc.text, max(before.start, before.end - 1),
                            sentences[i].span.start) is None


def _told_before(doc: ArticleDoc, cue: LexMatch) -> DateMention | None:
    """The resolved date nearest before the cue in its sentence: the date of the act that
    came N days after ("at the weekend the army foiled an attack, two days after a suicide
    bombing"), which the cue counts from rather than the main incident's."""
    sentences = doc.sentences or ()
    at = next((i for i, s in enumerate(sentences) if s.span.start <= cue.span.start < s.span.end),
              None)
    # a clause cut off at the cue ("..., two days after a bombing in Kati") goes on the
    # sentence before it: its date counts
    while at and goes_on(doc, at):
        at -= 1
    start = sentences[at].span.start if at is not None else cue.span.start
    told = [d for d in doc.dates or () if start <= d.span.start and d.span.end <= cue.span.start
            and d.date is not None and d.precision is not None]
    return told[-1] if told else None


def _first_cue(doc: ArticleDoc, incidents: Sequence, cues: list[LexMatch]) -> dict[int, LexMatch]:
    """The first of `cues` in each incident's sentences, by the incident's id."""
    sentences = doc.sentences or ()
    if not sentences:
        return {}
    starts = [m.span.start for m in cues]
    found = {}
    for incident in incidents:
        for i in sorted(incident.sentences):
            span = sentences[i].span
            at = bisect_left(starts, span.start)
            if at < len(cues) and cues[at].span.start < span.end:
                found[id(incident)] = cues[at]
                break
    return found


def _day_offsets(doc: ArticleDoc, incidents: Sequence) -> dict[int, LexMatch]:
    """The first day-offset cue ("the same day", "dans leur repli") of each incident's
    sentences, by the incident's id."""
    return _first_cue(doc, incidents, hits(doc, "context", "day_offsets"))


WEEK_DAYS, MONTH_DAYS = 7, 28  # counts of days that make the shifted date a week's or a month's


def shifted(base: DateMention, cue: LexMatch, *, sign: int = 1) -> DateMention:
    """`base` moved by the cue's count of days (back when `sign` is -1), with the cue as its
    evidence; a count of a week or a month widens its precision to that."""
    days = int(cue.labels[0])
    shift = dt.timedelta(days=sign * days)
    precision = base.precision
    for floor, wider in ((WEEK_DAYS, DatePrecision.WEEK), (MONTH_DAYS, DatePrecision.MONTH)):
        if days >= floor and precision is not None and precision < wider:
            precision = wider
    return DateMention(cue.span, base.date + shift, precision,  # type: ignore[operator]
                       None if base.start is None else base.start + shift,
                       None if base.end is None else base.end + shift, relative=True)
