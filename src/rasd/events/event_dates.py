"""Which date mention dates an incident.

A report dates two things: the incident, and the statement or article that tells of it
("the army said on Monday that the post was attacked on Sunday"; "أعلن الجيش اليوم
السبت أن ... يوم الخميس"). A *statement date* follows an attribution verb or a statement
noun closely (a few words, no event word, figure or "that" between them); like a date
after "since" or a page's time stamp, it dates no incident (docs/golden-events.md: the
date of the incident, not of the statement). Among a sentence's other dates the sharpest
wins, then the one nearest an event word. Within an incident, a later sentence's date
replaces the first one when that was unresolved, or coarser and covering it ("late March
... on March 27").
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from bisect import bisect_left
from functools import lru_cache
from collections.abc import Sequence

from rasd.doc import ArticleDoc, DateMention, DatePrecision, Span
from rasd.languages import rules_for
from rasd.normalize import fold
from rasd.resources import load
from rasd.stages.lexical import folded, hits
from rasd.stages.nearby import SpanIndex, per_layers

STATEMENT_GAP_WORDS = 5
DATELINE_WORDS = 8  # "said in a statement on Monday", "أعلن الجيش المالي، اليوم"
DATELINE_CHARS = 200  # farther than this from a line break, a date is in running text
_WORD = re.compile(r"\w+'?")
_STOPS = re.compile(r"[.!?;:\n«»\"]")
_SENTENCE_ENDS = re.compile(r"[.!?؟\n]")
_COMMA = re.compile(r"[,،]")
# more than DATELINE_WORDS of `_WORD`'s words (runs of word characters): found at the first
# words of a long line, without listing them all
_MORE_WORDS = re.compile(rf"(?<!\w)\w+(?:\W+\w+){{{DATELINE_WORDS}}}")


@lru_cache(maxsize=None)
def _words(lang: str, key: str) -> frozenset[str]:
    return frozenset(fold(w) for w in load(lang, "dates").get(key) or ())


@lru_cache(maxsize=None)
def _openers(lang: str) -> frozenset[str]:
    """The words that open the clause a statement reports: its conjunctions ("that"), and
    a verb of action, which starts it even without one ("the statement added the air force
    carried out on 25 December a strike")."""
    return _words(lang, "clause_openers") | frozenset(
        fold(w) for w in load(lang, "context").get("act_verbs") or ())


def statement_dates(doc: ArticleDoc) -> frozenset[Span]:
    """Spans of the dates that date no incident unless nothing else does: when something
    was said ("the army said on Monday"), since when a state lasts ("since 13 January"),
    or when the page was dated (a date alone on a short line). Found once per document and
    set of the layers read (segmenting and its sentence facts both ask)."""
    return per_layers(doc, "event_dates:statement",
                      (doc.lang, doc.published, doc.dates, doc.triggers, doc.casualties),
                      lambda: _statement_dates(doc))


def _statement_dates(doc: ArticleDoc) -> frozenset[Span]:
    dates = doc.dates or ()
    if not dates or not doc.lang:
        return frozenset()
    spoken = hits(doc, "dates", "statement_cues")
    cues = sorted({m.span.end for key in ("attribution", "statement_nouns")
                   for m in hits(doc, "claims", key)} | {m.span.end for m in spoken})
    heads = sorted(m.span.start for m in spoken)
    blockers = sorted(m.span.start for name in ("triggers", "casualties")
                      for m in getattr(doc, name) or ())
    openers, since = _openers(doc.lang), _words(doc.lang, "since")
    credits = sorted(m.span.start for m in hits(doc, "claims", "roles")
                     if m.labels[0] == "independent_media")
    recalled = _date_asides(doc)[0]
    aside = set()
    for date, recall in zip(dates, recalled):
        if _on_a_dateline(doc.text, date.span, blockers) or _wire_dateline(
                doc.text, date.span, credits) or _dashed_dateline(doc.text, date.span):
            aside.add(date.span)
            continue
        before = _WORD.findall(folded(doc, max(0, date.span.start - 30), date.span.start))
        if before and before[-1] in since or len(before) > 1 and before[-2] in since:
            aside.add(date.span)
            continue
        if recall:
            aside.add(date.span)
            continue
        at = bisect_left(cues, date.span.start + 1) - 1
        if at >= 0 and _is_statement_gap(doc.text, cues[at], date.span.start, blockers, openers):
            aside.add(date.span)
        elif _heads_a_statement(doc.text, date.span, heads, blockers, openers):
            aside.add(date.span)
    return frozenset(aside)


RECALLED_DAYS = 30  # a place's earlier incident recalled by a date this far before publication


def recalled_dates(doc: ArticleDoc) -> frozenset[Span]:
    """Spans of the dates of an aside recalling a place's earlier incident ("Ogossagou, the
    scene in March 2019 of a massacre"): they date that earlier incident (see `_recalled`)."""
    return frozenset(d.span for d, recall in zip(doc.dates or (), _date_asides(doc)[0]) if recall)


def _date_asides(doc: ArticleDoc) -> tuple[tuple[bool, ...], frozenset[Span]]:
    """Whether each of the document's dates is `_recalled`, and the spans of the attributive
    ones (`attributive_dates`): both read the words before a date, folded here once per
    date and document (statement dates, recalled and attributive ones each folded them)."""
    return per_layers(doc, "event_dates:asides", (doc.lang, doc.published, doc.dates),
                      lambda: _read_asides(doc))


def _read_asides(doc: ArticleDoc) -> tuple[tuple[bool, ...], frozenset[Span]]:
    dates, lang = doc.dates or (), doc.lang
    if not dates or not lang:
        return (False,) * len(dates), frozenset()
    recall = _recall_pattern(lang)
    before, after = _attributive_patterns(lang)
    recalled, attributive = [], set()
    for date in dates:
        window = folded(doc, max(0, date.span.start - 40), date.span.start)
        recalled.append(recall.search(window) is not None and _recalled(doc, date))
        if before.search(window) or after.match(folded(doc, date.span.end, date.span.end + 4)):
            attributive.add(date.span)
    return tuple(recalled), frozenset(attributive)


def _recalled(doc: ArticleDoc, date: DateMention) -> bool:
    """A date in an aside that recalls a place's earlier incident ("Ogossagou, the scene
    in March 2019 of a massacre", "التي شهدت في مارس 2019 مجزرة"), its window read by
    `_recall_pattern`: it dates that incident, not the one the sentence reports, when it
    is a month or older than a month."""
    if date.precision is not None and date.precision >= DatePrecision.MONTH:
        return True
    published = doc.published
    return (published is not None and date.date is not None
            and (published - date.date).days > RECALLED_DAYS)


@lru_cache(maxsize=None)
def _recall_pattern(lang: str) -> re.Pattern[str]:
    """A recall cue, then at most three words on the same line ("a massacre in", "in the
    month of"), then the date (a heading's cue does not reach the next line's date)."""
    cues = sorted(_words(lang, "recalled"), key=len, reverse=True) if lang else []
    body = "|".join(re.escape(c).replace("\\ ", "\\s+") for c in cues) or "(?!)"
    return re.compile(rules_for(lang).wrap(body) + r"(?:[^\S\n]+[\w']+){0,3}[^\S\n]*$" if lang else "(?!)")


_CREDIT_OPEN = re.compile(r"\s*[(\[]\s*")


def _wire_dateline(text: str, span: Span, credits: Sequence[int]) -> bool:
    """A date that an agency's credit in brackets follows: the wire dateline ("Cotonou,
    June 5 (AFP)", "Bamako, 12 mars (Reuters)", "نيامي 3 مايو (أ ف ب)"), the date of the
    dispatch, not of the incident."""
    opened = _CREDIT_OPEN.match(text, span.end)
    if opened is None:
        return False
    at = bisect_left(credits, opened.end())
    return at < len(credits) and credits[at] == opened.end()


# a dispatch's opening: a line that starts with the place of filing, then the date, then a
# dash ("BAMAKO, Feb 11 -", "Niamey, 3 mai —", "نيامي، 3 مايو -"), with no agency credit
_DASH_AFTER = re.compile(r"[^\S\n]*[-–—]+[^\S\n]")
DATELINE_PLACE_WORDS = 3  # "BAMAKO", "Fada N'Gourma", "Bobo Dioulasso, Burkina Faso" is four


def _dashed_dateline(text: str, span: Span) -> bool:
    """A date that opens a line after the place of filing and is followed by a dash: the
    wire dateline without its credit, the date of the dispatch, not of the incident."""
    if _DASH_AFTER.match(text, span.end) is None:
        return False
    start = text.rfind("\n", max(0, span.start - DATELINE_CHARS), span.start) + 1
    if start == 0 and span.start > DATELINE_CHARS:
        return False
    head = text[start:span.start]
    words = _WORD.findall(head)
    return 0 < len(words) <= DATELINE_PLACE_WORDS and not any(c.isdigit() for c in head) \
        and not _STOPS.search(head)


def _on_a_dateline(text: str, span: Span, blockers: Sequence[int]) -> bool:
    """A date alone on a short line with no event word: a time stamp or a dateline
    ("Sat, 10/18/2025 - 21:41", "Bamako, le 12 mars 2025"), the date of the page."""
    # a line of more than a few words is no dateline: read at most that far either side
    # (a one-line document of 1 MB must not be read whole for each of its dates)
    reach = DATELINE_CHARS
    start = text.rfind("\n", max(0, span.start - reach), span.start) + 1
    if start == 0 and span.start > reach:
        return False
    end = text.find("\n", span.end, span.end + reach)
    if end < 0:
        if len(text) - span.end > reach:
            return False
        end = len(text)
    if _MORE_WORDS.search(text[start:end]):  # more than DATELINE_WORDS words (see `_WORD`)
        return False
    first = bisect_left(blockers, start)
    return first == len(blockers) or blockers[first] >= end


def _heads_a_statement(text: str, span: Span, heads: Sequence[int], blockers: Sequence[int],
                       openers: frozenset[str]) -> bool:
    """A date that opens a clause whose verb is a statement ("On Saturday, the army
    announced", "le gouvernement a jeudi rompu le silence", "وفي يوم السبت، أعلن الجيش"):
    no event word or figure from the sentence's start up to the statement word. A date set
    off by a comma from the speaker must open its sentence: "the post was attacked on
    Sunday, the army said" dates the attack."""
    at = bisect_left(heads, span.end)
    if at == len(heads) or not _is_statement_gap(text, span.end, heads[at], blockers, openers):
        return False
    start = max((m.end() for m in _SENTENCE_ENDS.finditer(
        text, max(0, span.start - DATELINE_CHARS), span.start)), default=0)
    if _COMMA.search(text, span.end, heads[at]) and len(_WORD.findall(text[start:span.start])) > 2:
        return False
    first = bisect_left(blockers, start)
    return first == len(blockers) or blockers[first] >= span.start


def _is_statement_gap(text: str, start: int, end: int, blockers: Sequence[int],
                      openers: frozenset[str]) -> bool:
    # the stop first, read in place: the next statement word may be far off
    if _STOPS.search(text, start, end):
        return False
    words = _WORD.findall(fold(text[start:end]))
    if len(words) > STATEMENT_GAP_WORDS or any(w in openers for w in words):
        return False
    first = bisect_left(blockers, start)
    return first == len(blockers) or blockers[first] >= end


def attributive_dates(doc: ArticleDoc) -> frozenset[Span]:
    """Spans of the dates that name an incident as an attribute of its noun ("last week's
    attack", "l'attaque de jeudi", "هجوم الخميس"): an incident told before, recalled by its
    day; beside another date the sentence's own act has that other date."""
    return _date_asides(doc)[1]


@lru_cache(maxsize=None)
def _attributive_patterns(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    def alternation(key: str) -> str:
        cues = sorted(_words(lang, key), key=len, reverse=True)
        return "|".join(re.escape(c).replace("\\ ", "\\s+") for c in cues) or "(?!)"

    body = alternation("attributive_before")
    return (re.compile(rules_for(lang).wrap(body) + r"[^\S\n]*$"),
            re.compile("(?:" + alternation("attributive_after") + r")(?!\w)"))


def sharpest(dates: list[DateMention], anchors: list, stated: frozenset[Span],
             attributive: frozenset[Span] = frozenset()) -> DateMention | None:
    """The sentence's date for its incident, never a statement's: a resolved date over an
    unresolved one, then the most precise, then the nearest an event
    word or figure ("reinforcements were sent last week, after the convoy was ambushed on
    27 May" dates the ambush by its day). A date naming an incident as its noun's attribute
    ("last week's attack") gives way to any other ("a raid on the same camp in May was
    repelled; last week's attack was deadlier")."""
    if not dates:  # most sentences name none
        return None
    dates = [d for d in dates if d.span not in stated]
    own = [d for d in dates if d.span not in attributive
           and d.date is not None and d.precision is not None]
    if own:
        dates = [d for d in dates if d.span not in attributive]
    resolved = [d for d in dates if d.date is not None and d.precision is not None]
    if not resolved:
        return dates[0] if dates else None
    if len(resolved) == 1:  # no other to weigh it against: its anchors need no index
        return resolved[0]
    gap = SpanIndex(a.span for a in anchors).gap
    return min(resolved, key=lambda d: (d.span in stated, int(d.precision), gap(d.span)))


_OPENING, _CLOSING = "“«", "”»"


def _quoted(text: str, start: int, at: int) -> bool:
    """Whether offset `at` is inside a quotation opened after `start` (its sentence's start)."""
    before = text[start:at]
    opened = sum(before.count(c) for c in _OPENING) - sum(before.count(c) for c in _CLOSING)
    return opened > 0 or before.count('"') % 2 == 1


@lru_cache(maxsize=None)
def _counted_days(lang: str) -> frozenset[str]:
    """The day words counted from the day of speaking ("today", "this afternoon", "hier",
    "أمس", "last night"): the `days_ago` and `nights_ago` phrases."""
    data = load(lang, "dates")
    return frozenset(" ".join(fold(p).split()) for key in ("days_ago", "nights_ago")
                     for phrases in (data.get(key) or {}).values() for p in phrases or ())


def requoted(doc: ArticleDoc, sentence: Span, date: DateMention | None,
             dates: Sequence[DateMention], stated: frozenset[Span]) -> DateMention | None:
    """A day counted from the day of speaking ("this afternoon", "hier", "أمس") inside a
    quotation whose speaker the sentence dates ("'the town came under fire this afternoon',
    the army said on Thursday"): counted from that day, not from publication. `dates`: the
    sentence's dates, of which those `stated` date a statement."""
    if (date is None or date.date is None or not date.relative or doc.published is None
            or not doc.lang or not _quoted(doc.text, sentence.start, date.span.start)):
        return date
    if " ".join(folded(doc, date.span.start, date.span.end).split()) not in _counted_days(doc.lang):
        return date
    spoken = [d for d in dates if d.span in stated and d.date is not None
              and d.precision == DatePrecision.DAY
              and not _quoted(doc.text, sentence.start, d.span.start)]
    if len({d.date for d in spoken}) != 1 or spoken[0].date >= doc.published:  # type: ignore[operator]
        return date
    shift = doc.published - spoken[0].date  # type: ignore[operator]
    return replace(date, date=date.date - shift,
                   start=None if date.start is None else date.start - shift,
                   end=None if date.end is None else date.end - shift)


LOOSE_WEEK = dt.timedelta(days=7)


def better(current: DateMention | None, candidate: DateMention | None,
           stated: frozenset[Span]) -> DateMention | None:
    """The incident's date once a later sentence of it offers `candidate`."""
    if current is None or candidate is None:
        return current or candidate
    if candidate.date is None or candidate.precision is None or candidate.span in stated:
        return current
    if current.date is None or current.precision is None or current.span in stated:
        return candidate
    end = current.end
    if end is not None and current.relative and current.precision == DatePrecision.WEEK:
        # "last week" read loosely: a reporter's last week may end on publication day ("killed
        # last week ... ambushed on Thursday", published the Sunday after that Thursday)
        end += LOOSE_WEEK
    covered = (current.start is not None and end is not None
               and current.start <= candidate.date <= end)
    if candidate.precision < current.precision and covered:
        return candidate
    return candidate if _night_over(candidate, current) else current


def _night_over(night: DateMention, day: DateMention) -> bool:
    """Whether `night` is a night across two days ("in the night of 15 to 16 September")
    and `day` a single day within it ("yesterday", "on the 16th"): the night tells when the
    incident began, and an incident is dated on the day its night began."""
    return (night.precision == DatePrecision.DAY == day.precision
            and None not in (night.start, night.end, day.start, day.end, day.date)
            and night.start < night.end and day.start == day.end  # type: ignore[operator]
            and night.start <= day.date <= night.end)  # type: ignore[operator]


def undated_fill(current: DateMention | None, candidates: list[DateMention | None],
                 stated: frozenset[Span]) -> DateMention | None:
    """The date of an incident that its event sentences left undated (or unresolved), from
    its other sentences ("The incident occurred on Tuesday.", "the operation ran on 23 and 24
    February"): the first day or explicit span of days, never a statement's; a vaguer
    period ("displacement rose early this month") speaks of no one incident."""
    if current is not None and current.date is not None and current.span not in stated:
        return current
    for candidate in candidates:
        if candidate is None or candidate.date is None or candidate.span in stated:
            continue
        explicit_span = candidate.precision == DatePrecision.WEEK and (
            not candidate.relative or _named_days(candidate))
        if candidate.precision == DatePrecision.DAY or explicit_span:
            return candidate
    return current


NAMED_DAYS = 3  # a span of days named by weekdays ("on Tuesday and Wednesday"): at most this long


def _named_days(date: DateMention) -> bool:
    """Whether a relative week-precise date is a few days named from its first ("on Tuesday
    and Wednesday", "mardi et mercredi", "الثلاثاء والأربعاء"), not a week ("last week")."""
    return (date.start is not None and date.end is not None and date.date == date.start
            and 0 < (date.end - date.start).days < NAMED_DAYS)


from rasd.events.date_carry import carried_dates  # noqa: F401 (re-exported: its home before the split)
