"""Calendar arithmetic and mention builders shared by the date resolvers
(rasd.stages.dates, rasd.stages.date_periods)."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable

from rasd.doc import DateMention, DatePrecision, Span
from rasd.stages.date_rules import MONTH_PARTS, Lexicon, collapse

DAY, WEEK, MONTH = DatePrecision.DAY, DatePrecision.WEEK, DatePrecision.MONTH
ONE_DAY = dt.timedelta(days=1)
NO_PUBLISHED = "no publication date"
NO_YEAR = "no year and no publication date"
INVALID = "invalid date"
WEEKDAY_MISMATCH = "weekday does not match the date"
MONTH_REREAD = "weekday does not match the date: read in the adjacent month that fits it"

Parts = dict[str, str | None]
# compiled once: each date mention reads its month, day and year with them, and `re.match`
# with a pattern string looks it up in `re`'s cache every time
_LEADING_DIGITS = re.compile(r"\d+")
_SECOND_NAME = re.compile(r"\s*[/(]\s*")  # "كانون الثاني/يناير": two names of one month
Resolver = Callable[[Parts, Lexicon, "dt.date | None", Span], "DateMention | None"]


def make_date(year: int, month: int, day: int) -> dt.date | None:
    """The date, or None when it does not exist (31 February)."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def month_end(year: int, month: int) -> dt.date:
    """The last day of a month."""
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def middle(start: dt.date, end: dt.date) -> dt.date:
    """The middle day of an inclusive range (the earlier one when there are two)."""
    return start + dt.timedelta(days=(end - start).days // 2)


def weekday_before(ref: dt.date, iso_weekday: int, *, strict: bool) -> dt.date:
    """The latest date with that ISO weekday on or before `ref` (strictly before if `strict`)."""
    back = (ref.isoweekday() - iso_weekday) % 7
    if strict and back == 0:
        back = 7
    return ref - dt.timedelta(days=back)


def weekday_near(anchor: dt.date, iso_weekday: int) -> dt.date:
    """The date with that ISO weekday closest to `anchor` (within three days)."""
    delta = (iso_weekday - anchor.isoweekday() + 3) % 7 - 3
    return anchor + dt.timedelta(days=delta)


def infer_year(month: int, day: int, published: dt.date, *, slack_days: int) -> int:
    """The year putting month/day on or before `published` (up to `slack_days` after it)."""
    year = published.year
    first = make_date(year, month, min(day, calendar.monthrange(year, month)[1]))
    if first is not None and first > published + dt.timedelta(days=slack_days):
        year -= 1
    return year


def mention(span: Span, start: dt.date, end: dt.date, precision: DatePrecision, *,
             relative: bool, date: dt.date | None = None, note: str | None = None) -> DateMention:
    return DateMention(span, date or start, precision, start, end, relative, note)


def unresolved(span: Span, note: str, *, relative: bool) -> DateMention:
    return DateMention(span, None, None, None, None, relative, note)


def word(table: dict[str, int], text: str | None) -> int | None:
    return None if text is None else table.get(collapse(text))


def month_of(lex: Lexicon, text: str | None) -> int | None:
    """The month a (possibly doubled: "كانون الثاني/يناير") month name names."""
    if text is None:
        return None
    first = _SECOND_NAME.split(text, maxsplit=1)[0]
    return word(lex.months, first)


def day_of(lex: Lexicon, text: str | None) -> int | None:
    if text is None:
        return None
    digits = _LEADING_DIGITS.match(text)
    return int(digits.group()) if digits else word(lex.day_words, text)


def year_of(parts: Parts, month: int, day: int, published: dt.date | None) -> int | None:
    if parts.get("year"):
        return int(_LEADING_DIGITS.match(parts["year"] or "").group())  # type: ignore[union-attr]
    if published is None:
        return None
    if parts.get("last_year"):  # "le 5 mars de l'année dernière": the year before publication's
        return published.year - 1
    return infer_year(month, day, published, slack_days=0 if parts.get("past") else 7)


def span_precision(start: dt.date, end: dt.date) -> DatePrecision:
    """A span of days is dated on its first day: precision week up to seven days, else month."""
    return WEEK if (end - start).days < 7 else MONTH


def month_year(parts: Parts, month: int, published: dt.date | None) -> int | None:
    if parts.get("year") or parts.get("last_year") or published is None:
        return year_of(parts, month, 1, published)
    year = published.year
    past = parts.get("past") is not None or parts.get("past0") is not None
    if month > published.month or (past and month == published.month):
        year -= 1
    return year


def as_month(span: Span, year: int, month: int, published: dt.date | None, *,
              relative: bool) -> DateMention:
    """A month named as a whole: its 15th, or the middle of the part elapsed at publication."""
    start, end = dt.date(year, month, 1), month_end(year, month)
    if published is not None and start <= published < end:
        end = published
        return mention(span, start, end, MONTH, relative=relative, date=middle(start, end))
    return mention(span, start, end, MONTH, relative=relative, date=start.replace(day=15))


def month_part(span: Span, year: int, month: int, part: str, published: dt.date | None, *,
                relative: bool) -> DateMention:
    """"mid-April" is its 15th, precision week; "early" or "late April" is coded as the month."""
    if part != "mid":
        return as_month(span, year, month, published, relative=relative)
    first, last = MONTH_PARTS[part]
    start, end = dt.date(year, month, first), dt.date(year, month, last)
    date = dt.date(year, month, 15)
    if published is not None and start <= published < date:
        date = end = published
    return mention(span, start, end, WEEK, relative=relative, date=date)
