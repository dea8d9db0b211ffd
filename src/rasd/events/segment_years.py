"""The years a report names, for the segmenter's sentence facts (rasd.events.segment_facts):
the sentences that name a bare year (a year-long tally, no one incident) and those that
name a year long past (history, not the news). The text is scanned for years once per
document for both (split from rasd.events.segment_facts)."""

from __future__ import annotations

import bisect
import re

from rasd.doc import ArticleDoc, DateMention
from rasd.normalize import norm_view
from rasd.stages.lexical import hits
from rasd.stages.nearby import per_layers, sentence_starts

# a year of each century from 1800 to 2099, no digit, point, comma, slash or dash before it
# (tested behind its four digits): a pattern that opens with a literal string lets `re`
# look for it as a string search, three times faster than the class of first digits one
# pattern of all three centuries opens with (17 -> 6 us over 3 KB); two years cannot
# overlap (a digit before one turns it away), so the three patterns' matches in text
# order are those of one pattern's scan
_YEARS = tuple(re.compile(rf"({century}\d\d)(?<![\d.,/-]\d{{4}})(?![\d/-]|[.,]\d)")
               for century in ("18", "19", "20"))
OLD_YEARS = 2  # a year this many years or more before publication is history, not news

# a year named: its span in the original text, its value, where it starts in the folded text
Year = tuple[int, int, int, int]


def _years(doc: ArticleDoc) -> list[Year]:
    """Every year the folded text names, in text order (found once per document: the bare
    years and the old ones are both read from them)."""

    def build(_text: str) -> list[Year]:
        view = norm_view(doc)
        found = []
        for m in year_matches(view.text):
            start, end = m.span() if view.identity else view.orig_span(*m.span()).to_list()
            found.append((start, end, int(m.group(1)), m.start()))
        return found
    return doc.cached_view("segment_years:years", build)


def year_matches(text: str) -> list[re.Match[str]]:
    """The years `text` names, in text order (group 1: the year)."""
    found = [m for pattern in _YEARS for m in pattern.finditer(text)]
    found.sort(key=re.Match.start)
    return found


def old_year_sentences(doc: ArticleDoc) -> set[int]:
    """Sentences naming a year long before publication ("the north fell to armed groups in
    2012", "depuis 2015", "منذ عام 2012"): they recall history, not the news. Found once
    per document (the sentence facts and the test of an undated incident's history ask)."""
    return per_layers(doc, "segment_years:old", (doc.lang, doc.published, doc.sentences),
                      lambda: _old_year_sentences(doc))


def _old_year_sentences(doc: ArticleDoc) -> set[int]:
    if doc.published is None or not doc.sentences:
        return set()
    text = norm_view(doc).text
    since = sorted(m.span.end for m in hits(doc, "dates", "since"))
    latest = doc.published.year - OLD_YEARS
    starts = sentence_starts(doc.sentences)
    return {bisect.bisect_right(starts, start) - 1 for start, _, year, at in _years(doc)
            if year <= latest and not _COPYRIGHT.search(text, max(0, at - 4), at)
            and not _since(doc.text, start, since)}


_COPYRIGHT = re.compile(r"(?:©|\(c\))\s*$")  # "Image © 2013 ...": a photo's credit, no recall


SINCE_GAP = 6  # words between "since" and the year it counts from ("since the violence began in 2015")


def _since(text: str, year: int, since: list[int]) -> bool:
    """Whether a year (starting at offset `year`) is the start of a span that reaches the
    present ("the deadliest since 2015", "depuis le début des violences en 2015", "منذ
    عام 2015"): a yardstick or a trend, no recall of an incident back then."""
    at = bisect.bisect_right(since, year) - 1
    if at < 0:
        return False
    between = text[since[at]:year]
    return not _CLAUSE_END.search(between) and len(between.split()) <= SINCE_GAP


_CLAUSE_END = re.compile(r"[.!?؟;:]")


YEAR_LONG_DAYS = 62  # a date spanning more than two months is a year or a season, no day


def year_long(date: DateMention | None, year: bool) -> bool:
    """Whether a sentence is dated only by a year or a season ("armed groups have killed
    more than 400 civilians in 2021"): its figures add up many incidents, it tells no
    one of them. `year`: the sentence names a year."""
    if date is None or date.date is None:
        return year
    return (date.start is not None and date.end is not None
            and (date.end - date.start).days > YEAR_LONG_DAYS)


def year_sentences(doc: ArticleDoc) -> set[int]:
    """Sentences naming a bare year ("in 2021"), not one inside a date ("March 2019")."""
    dates = sorted((d.span.start, d.span.end) for d in doc.dates or ())
    starts = [start for start, _ in dates]
    # the sentence of each year is all that is kept: found by a bisection, without a
    # mention made of each year and grouped (a long report names thousands of years)
    sentences = sentence_starts(doc.sentences or ())
    found = set()
    for start, end, _, _ in _years(doc):
        at = bisect.bisect_right(starts, start) - 1
        if at < 0 or dates[at][1] < end:
            found.add(bisect.bisect_right(sentences, start) - 1)
    return found
