"""dates.v1: date expressions, resolved to ACLED event dates against the publication date.

Word lists live in `resources/<lang>/dates.yaml` (same keys in every language); the
grammar built from them is in `rasd.stages.date_rules`. Conventions:

- Relative expressions resolve against `doc.published`, never the clock. Without a
  publication date, a statement's dateline stands in for it: a full date ending a short
  last line ("Issued on 2024-12-02", "Fait à Niamey, le 10/03/2025"), with a warning on
  the document. Without either they are still reported (relative=True) with date None
  and note "no publication date", except a weekday after a full date in its own sentence
  ("le mardi 4 mars 2025, le ministère a fait état d'une frappe samedi"): the latest such
  day on or before that date, with a warning.
- A weekday alone is the latest such day on or before publication; qualified as past
  ("jeudi dernier", "الخميس الماضي", "last Thursday") it is strictly before. Parts of a day
  ("mardi soir", "ليلة الخميس", "Thursday night") keep that day.
- A night across two days ("dans la nuit de samedi à dimanche") is dated on its first day,
  start..end covering both. "cette nuit", "last night", "الليلة الماضية" are the night that
  began the day before publication.
- Periods follow the conventions of ACLED coders (docs/golden-events.md): "last week" is
  its Thursday and "this week" the publication week's Thursday (or the publication day
  if that comes first), "early" or "earlier this week" the middle of the week's elapsed
  part (as "earlier this month" is the month's), precision 2; "the weekend" is its Saturday, precision 2; "last
  month" its 15th, "this month" the middle of its elapsed part, precision 3. A month
  named as a whole ("in May"), or its beginning or end ("late February", "مطلع الشهر
  الجاري"), is dated on its 15th (the middle of the elapsed part for the current month),
  precision 3; "mid-April" is the 15th, precision 2. A day of a relative month ("le 16
  du mois dernier") is that day.
- A span of days ("les 11 et 12 janvier", "du 28 septembre au 4 octobre", "on Tuesday
  and Wednesday") is dated on its first day, precision 2 (3 beyond a week).
- A holiday on a fixed day ("at Christmas", "la veille de Noël", "عشية عيد الميلاد") is
  that day, in the year on or before publication.
- A date without a year takes the year that puts it on or before publication (up to a
  week after, none when qualified as past); without a publication date, the year that
  puts it on or before the text's latest full date (with a warning), and without either
  it stays unresolved ("no year and no publication date").
- A date that does not exist ("31 février") is reported unresolved with note
  "invalid date"; a numeric one ("31/02/2025") is not reported at all. A weekday that
  contradicts its date is read in the adjacent month where it fits, on or before
  publication (sources misprint months); failing that the date is kept. Either way the
  `note` and a document warning say so.
- `not_dates` phrases ("le jeudi" without a day number, "every Thursday", "اليوم التالي")
  are matched and dropped, and so is a bare weekday name spelt like a numeral that agrees
  with the noun before it (`numeral_weekdays`: "المصابين الاثنين", the two wounded).
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from rasd.config import Config
from rasd.doc import ArticleDoc, DateMention, Span
from rasd.languages import rules_for
from rasd.normalize import fold, norm_view
from rasd.registry import Stage, StageSpec
from rasd.resources import load
from rasd.stages.date_calendar import (DAY, INVALID, MONTH_REREAD, NO_YEAR, WEEKDAY_MISMATCH, Parts,
                                       Resolver, as_month, day_of, make_date, mention, month_of,
                                       month_part, month_year, span_precision, unresolved, word,
                                       year_of)
from rasd.stages.date_periods import (resolve_dayref, resolve_night, resolve_nights,
                                      resolve_period, resolve_rday, resolve_rpart, resolve_wdspan)
from rasd.stages.date_rules import Grammar, Lexicon, build_grammar, collapse


def _resolve_abs(parts: Parts, lex: Lexicon, published: dt.date | None, span: Span) -> DateMention:
    month, day = month_of(lex, parts["mon"]), day_of(lex, parts["day"])
    year = year_of(parts, month or 1, day or 1, published)
    if year is None:
        return unresolved(span, NO_YEAR, relative=False)
    date = make_date(year, month or 0, day or 0)
    if date is None:
        return unresolved(span, INVALID, relative=False)
    weekday = word(lex.weekdays, parts.get("wd"))
    if not weekday or weekday == date.isoweekday():
        return mention(span, date, date, DAY, relative=False)
    fitting = _misprinted_month(date, weekday, published)
    if fitting is None:
        return mention(span, date, date, DAY, relative=False, note=WEEKDAY_MISMATCH)
    return mention(span, fitting, fitting, DAY, relative=False, note=MONTH_REREAD)


def _misprinted_month(date: dt.date, weekday: int, published: dt.date | None) -> dt.date | None:
    """The same day of the month before or after, when its weekday is the one written and it
    falls on or before publication (sources misprint the month more than the weekday)."""
    if published is None:
        return None
    candidates = []
    for step in (-1, 1):
        month0 = date.month - 1 + step
        other = make_date(date.year + month0 // 12, month0 % 12 + 1, date.day)
        if other is not None and other.isoweekday() == weekday and other <= published:
            candidates.append(other)
    return max(candidates, default=None)


def _resolve_holiday(parts: Parts, lex: Lexicon, published: dt.date | None,
                     span: Span) -> DateMention:
    """A holiday on a fixed day ("at Christmas"), in the year on or before publication."""
    month, day = lex.holidays[collapse(parts["holiday"] or "")]
    year = year_of(parts, month, day, published)
    if year is None:
        return unresolved(span, NO_YEAR, relative=False)
    date = dt.date(year, month, day)
    return mention(span, date, date, DAY, relative=False)


def _resolve_numeric(parts: Parts, lex: Lexicon, published: dt.date | None,
                     span: Span) -> DateMention | None:
    if parts.get("iso_y"):
        year, month, day = (int(parts[k] or 0) for k in ("iso_y", "iso_m", "iso_d"))
    else:
        if parts["sep1"] != parts["sep2"]:
            return None
        day, month, year = (int(parts[k] or 0) for k in ("n1", "n2", "n3"))
        if month > 12 >= day:  # "01/13/2025": only month-first can be read
            day, month = month, day
        year += 2000 if year < 100 else 0
    date = make_date(year, month, day)
    if date is None:
        return None
    weekday = word(lex.weekdays, parts.get("wd"))
    note = WEEKDAY_MISMATCH if weekday and weekday != date.isoweekday() else None
    return mention(span, date, date, DAY, relative=False, note=note)


def _resolve_range(parts: Parts, lex: Lexicon, published: dt.date | None,
                   span: Span) -> DateMention:
    month, d1, d2 = month_of(lex, parts["mon"]) or 0, day_of(lex, parts["d1"]), day_of(lex, parts["d2"])
    year = year_of(parts, month, d1 or 1, published)
    if year is None:
        return unresolved(span, NO_YEAR, relative=False)
    start, end = make_date(year, month, d1 or 0), make_date(year, month, d2 or 0)
    if start is None or end is None or end < start:
        return unresolved(span, INVALID, relative=False)
    precision = DAY if parts.get("night") else span_precision(start, end)
    return mention(span, start, end, precision, relative=False)


def _resolve_span2(parts: Parts, lex: Lexicon, published: dt.date | None,
                   span: Span) -> DateMention:
    """A span across two months ("du 28 septembre au 4 octobre"), dated on its first day."""
    month1, month2 = month_of(lex, parts["mon1"]) or 0, month_of(lex, parts["mon"]) or 0
    d1, d2 = day_of(lex, parts["d1"]) or 0, day_of(lex, parts["d2"]) or 0
    year = year_of(parts, month2, d2 or 1, published)
    if year is None:
        return unresolved(span, NO_YEAR, relative=False)
    start = make_date(year - (month1 > month2), month1, d1)
    end = make_date(year, month2, d2)
    if start is None or end is None or end < start:
        return unresolved(span, INVALID, relative=False)
    return mention(span, start, end, span_precision(start, end), relative=False)


def _resolve_month(parts: Parts, lex: Lexicon, published: dt.date | None,
                   span: Span) -> DateMention | None:
    if not (parts.get("lead") or parts.get("year") or parts.get("past") or parts.get("past0")
            or parts.get("last_year")):
        return None  # a bare month name ("mars", "May") is too ambiguous to be a date
    month = month_of(lex, parts["mon"]) or 1
    year = month_year(parts, month, published)
    if year is None:
        return unresolved(span, NO_YEAR, relative=False)
    return as_month(span, year, month, published, relative=False)


def _resolve_mpart(parts: Parts, lex: Lexicon, published: dt.date | None,
                   span: Span) -> DateMention:
    month = month_of(lex, parts["mon"]) or 1
    year = month_year(parts, month, published)
    if year is None:
        return unresolved(span, NO_YEAR, relative=False)
    part = lex.month_parts[collapse(parts["part"] or "")]
    return month_part(span, year, month, part, published, relative=False)


_RESOLVERS: dict[str, Resolver] = {
    "holiday": _resolve_holiday,
    "night": resolve_night,
    "span2": _resolve_span2,
    "range": _resolve_range,
    "abs": _resolve_abs,
    "mdy": _resolve_abs,
    "numeric": _resolve_numeric,
    "mpart": _resolve_mpart,
    "month": _resolve_month,
    "rday": resolve_rday,
    "rpart": resolve_rpart,
    "period": resolve_period,
    "nights": resolve_nights,
    "wdspan": resolve_wdspan,
    "dayref": resolve_dayref,
}


def span_trimmer(words: list[str], *, keep: list[str]) -> re.Pattern[str] | None:
    """A pattern for the leading words a date's span leaves out ("on", "le", "في"),
    except at the start of fixed phrases that keep them ("le mois dernier")."""
    def alternation(items: list[str]) -> str:
        folded = sorted({" ".join(fold(w).split()) for w in items}, key=len, reverse=True)
        return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in folded)

    if not words:
        return None
    guard = f"(?!(?:{alternation(keep)})(?!\\w))" if keep else ""
    return re.compile(f"{guard}(?:{alternation(words)})\\s+")


def find_dates(doc: ArticleDoc, grammar: Grammar, *, trim: re.Pattern[str] | None = None,
               reference: dt.date | None = None) -> list[DateMention]:
    """Every date expression in the document, in text order, resolved where possible
    against `reference` (default: the publication date).

    Leading prepositions are parsed (they help read the date) but left out of the span.
    """
    published = reference or doc.published
    view = norm_view(doc)
    found: list[DateMention] = []
    for form, start, end in grammar.matches(view.text):
        resolve = _RESOLVERS.get(form)
        if resolve is None:  # a not_dates phrase
            continue
        parsed = grammar.forms[form].match(view.text, start, end)
        if parsed is None:  # cannot happen: both patterns come from one grammar
            continue
        while trim is not None and (lead := trim.match(view.text, start, end)):
            start = lead.end()
        if _numeral(view.text, start, end, grammar.lex):
            continue
        mention = resolve(parsed.groupdict(), grammar.lex, published, view.orig_span(start, end))
        if mention is not None:
            found.append(mention)
    return found


NUMERAL_REACH = 40  # chars before a weekday name searched for the noun it would agree with


def _numeral(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """Whether a bare weekday name is the numeral it is spelt like, agreeing with the noun
    before it ("نقل المصابين الاثنين", the two wounded; `numeral_weekdays`): with no day
    word or part of the day in its span ("يوم الاثنين", "صباح الاثنين"), and that noun
    of the form the numeral agrees with."""
    agrees = lex.numeral_weekdays.get(text[start:end])
    if agrees is None:
        return False
    return agrees.search(text, max(0, start - NUMERAL_REACH), start) is not None


DATELINE_CHARS = 60  # "Issued on 2024-12-02", "Fait à Niamey, le 10 mars 2025"


def _dateline(text: str, found: list[DateMention]) -> dt.date | None:
    """The date a statement is signed with, when the text has no publication date: a
    full date (day, month and year, not relative) that ends a short last line."""
    last = text.rstrip()
    line_start = last.rfind("\n") + 1
    if len(last) - line_start > DATELINE_CHARS:
        return None
    for date in reversed(found):
        if (date.span.start >= line_start and date.span.end == len(last)
                and not date.relative and date.date is not None
                and date.precision == DAY):
            return date.date
    return None


def _years_from_the_text(doc: ArticleDoc, found: list[DateMention], grammar: Grammar,
                         trim: re.Pattern[str] | None) -> tuple[list[DateMention], ArticleDoc]:
    """Without a publication date, a date without a year ("mardi 30 juillet", "mi-décembre")
    takes the year that puts it on or before the text's latest full date ("ce mardi 30
    juillet 2024", "le 2 janvier 2021"); relative dates stay unresolved."""
    if not any(d.note == NO_YEAR for d in found):
        return found, doc
    full = [d.date for d in found if d.date is not None and not d.relative
            and d.precision == DAY and d.note is None]
    if not full:
        return found, doc
    anchor = max(full)
    again = find_dates(doc, grammar, trim=trim, reference=anchor)
    if len(again) != len(found):
        return found, doc
    merged = [b if a.note == NO_YEAR and a.span == b.span else a for a, b in zip(found, again)]
    return merged, doc.warn(f"no publication date: dates without a year take the year of the "
                            f"text's latest full date {anchor.isoformat()}")


_SENTENCE_END = re.compile(r"[.!?؟\n](?!\d)")
MAX_ANCHORS = 8  # sentence dates to count from, in one document without a publication date


_NEVER = re.compile("(?!)")


@lru_cache(maxsize=None)
def _weekday_names(lang: str, weekdays: tuple[str, ...]) -> re.Pattern[str]:
    """A pattern for the folded weekday names, as whole words: built once per language
    (every document without a publication date asks for it)."""
    names = "|".join(re.escape(w).replace("\\ ", "\\s+")
                     for w in sorted(weekdays, key=len, reverse=True))
    return re.compile(rules_for(lang).wrap(names or "(?!)"))


def _counted_from_the_sentence(doc: ArticleDoc, found: list[DateMention], grammar: Grammar,
                               trim: re.Pattern[str] | None) -> list[DateMention]:
    """Without a publication date, a weekday ("dimanche", "on Sunday", "يوم الأحد") that
    follows a full date in its sentence counts from that date: "le mardi 4 mars 2025, le
    ministère a fait état d'une frappe samedi" is Saturday 1 March (the latest such day on
    or before it). Days counted from the day of writing ("hier") stay unknown:
    the full date need not be that day."""
    weekday = _weekday_names(doc.lang, tuple(grammar.lex.weekdays)) if doc.lang else _NEVER
    anchors: dict[Span, dt.date] = {}
    full: DateMention | None = None
    for date in found:
        if date.date is not None and not date.relative and date.precision == DAY \
                and date.note is None:
            full = date
        elif date.relative and date.date is None and full is not None \
                and not _SENTENCE_END.search(doc.text, full.span.end, date.span.start) \
                and weekday.search(fold(date.span.of(doc.text))):
            anchors[date.span] = full.date  # type: ignore[assignment]
    if not anchors or len(set(anchors.values())) > MAX_ANCHORS:
        return found
    again = {d: {m.span: m for m in find_dates(doc, grammar, trim=trim, reference=d)}
             for d in sorted(set(anchors.values()))}
    return [again[anchors[m.span]].get(m.span, m) if m.span in anchors else m for m in found]


def make_dates(cfg: Config) -> Stage:
    """The dates stage; a configured language's grammar is compiled on its first document,
    once (a process that reads one language does not pay for the others)."""
    languages = frozenset(cfg.pipeline.languages)
    built: dict[str, tuple] = {}

    def grammar_of(lang: str) -> tuple:  # (grammar, trimmer), or (None, None)
        if lang not in built:
            built[lang] = (None, None) if lang not in languages else (
                build_grammar(load(lang, "dates"), rules_for(lang)),
                span_trimmer(load(lang, "dates").get("span_trim") or [],
                             keep=load(lang, "dates").get("span_keep") or []))
        return built[lang]

    def dates(doc: ArticleDoc) -> ArticleDoc:
        grammar, trim = grammar_of(doc.lang or "")
        found = find_dates(doc, grammar, trim=trim) if grammar else []
        unresolved = doc.published is None and any(d.relative for d in found)
        dateline = _dateline(doc.text, found) if unresolved else None
        if grammar is not None and dateline is not None:
            found = find_dates(doc, grammar, trim=trim, reference=dateline)
            doc = doc.warn(f"no publication date: relative dates resolved against the "
                           f"dateline {dateline.isoformat()}")
        elif grammar is not None and doc.published is None:
            found, doc = _years_from_the_text(doc, found, grammar, trim)
            counted = _counted_from_the_sentence(doc, found, grammar, trim)
            if counted != found:
                found, doc = counted, doc.warn("no publication date: relative dates counted from "
                                               "the full date of their sentence")
        mismatches = dict.fromkeys(
            f"{m.note}: {m.span.of(doc.text)!r} (dated {m.date.isoformat() if m.date else None})"
            for m in found if m.note in (WEEKDAY_MISMATCH, MONTH_REREAD))
        if mismatches:
            doc = doc.with_layers(warnings=(*doc.warnings, *mismatches))
        return doc.with_layers(dates=tuple(found))

    return dates


SPEC = StageSpec(
    name="dates.v1",
    factory=make_dates,
    requires=frozenset({"text", "lang", "published"}),
    assigns=frozenset({"dates"}),
)
