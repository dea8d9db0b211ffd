"""Resolvers of dates relative to publication: weekdays, nights, weeks, weekends, this or
last month (conventions: rasd.stages.dates)."""

from __future__ import annotations

import datetime as dt

from rasd.doc import DateMention, Span
from rasd.stages.date_calendar import (DAY, INVALID, MONTH, NO_PUBLISHED, ONE_DAY, WEEK, Parts,
                                       day_of, make_date, mention, middle, month_part,
                                       span_precision, unresolved, weekday_before, weekday_near,
                                       word)
from rasd.stages.date_rules import Lexicon, collapse

def _relative_month(parts: Parts, lex: Lexicon, published: dt.date) -> dt.date:
    """The first day of the month "this month" or "last month" names."""
    first = published.replace(day=1)
    if lex.periods[collapse(parts["period"] or "")] == "last_month":
        first = (first - ONE_DAY).replace(day=1)
    return first


def resolve_rday(parts: Parts, lex: Lexicon, published: dt.date | None,
                  span: Span) -> DateMention:
    """A day of this or last month ("le 16 du mois dernier")."""
    if published is None:
        return unresolved(span, NO_PUBLISHED, relative=True)
    first = _relative_month(parts, lex, published)
    date = make_date(first.year, first.month, day_of(lex, parts["day"]) or 0)
    if date is None:
        return unresolved(span, INVALID, relative=True)
    return mention(span, date, date, DAY, relative=True)


def resolve_rpart(parts: Parts, lex: Lexicon, published: dt.date | None,
                   span: Span) -> DateMention:
    """A part of this or last month ("mid this month", "fin du mois dernier")."""
    if published is None:
        return unresolved(span, NO_PUBLISHED, relative=True)
    first = _relative_month(parts, lex, published)
    part = lex.month_parts[collapse(parts["part"] or "")]
    return month_part(span, first.year, first.month, part, published, relative=True)


def resolve_period(parts: Parts, lex: Lexicon, published: dt.date | None,
                    span: Span) -> DateMention:
    if published is None:
        return unresolved(span, NO_PUBLISHED, relative=True)
    kind = lex.periods[collapse(parts["period"] or "")]
    monday = published - dt.timedelta(days=published.weekday())
    if kind in ("weekend", "last_weekend"):
        return _weekend(span, published, last=kind == "last_weekend")
    if kind == "last_week":
        start, end, date = monday - 7 * ONE_DAY, monday - ONE_DAY, monday - 4 * ONE_DAY
    elif kind == "this_week":  # its Thursday, unless publication comes first
        start, end = monday, published
        date = min(monday + 3 * ONE_DAY, published)
    elif kind == "early_this_week":  # the middle of its elapsed part, as "earlier this month"
        start, end = monday, published
        date = middle(start, end)
    elif kind == "last_month":
        end = published.replace(day=1) - ONE_DAY
        return mention(span, end.replace(day=1), end, MONTH, relative=True,
                        date=end.replace(day=15))
    else:  # this_month
        start, end = published.replace(day=1), published
        return mention(span, start, end, MONTH, relative=True, date=middle(start, end))
    return mention(span, start, end, WEEK, relative=True, date=date)


def _weekend(span: Span, published: dt.date, *, last: bool) -> DateMention:
    """"The weekend" is the last Saturday and Sunday begun by publication, dated on the
    Saturday; "last weekend", read on a weekend day, is the one before."""
    saturday = weekday_before(published, 6, strict=False)
    if last and published.isoweekday() >= 6:
        saturday -= 7 * ONE_DAY
    return mention(span, saturday, min(saturday + ONE_DAY, published), WEEK, relative=True)


def resolve_nights(parts: Parts, lex: Lexicon, published: dt.date | None,
                    span: Span) -> DateMention:
    if published is None:
        return unresolved(span, NO_PUBLISHED, relative=True)
    start = published - lex.nights_ago[collapse(parts["nights"] or "")] * ONE_DAY
    return mention(span, start, start + ONE_DAY, DAY, relative=True)


def resolve_night(parts: Parts, lex: Lexicon, published: dt.date | None,
                   span: Span) -> DateMention:
    """A night from one weekday to the next, the latest one ending by publication."""
    if published is None:
        return unresolved(span, NO_PUBLISHED, relative=True)
    first, second = word(lex.weekdays, parts["wd1"]), word(lex.weekdays, parts["wd2"])
    end = weekday_before(published, second or 1, strict=False)
    start = end - ((second or 1) - (first or 1)) % 7 * ONE_DAY
    return mention(span, start, end, DAY, relative=True)


def resolve_wdspan(parts: Parts, lex: Lexicon, published: dt.date | None,
                    span: Span) -> DateMention:
    """Days from one weekday to another ("mardi et mercredi"), the latest span ending by
    publication, dated on its first day."""
    night = resolve_night(parts, lex, published, span)
    if night.start is None or night.end is None:
        return night
    return mention(span, night.start, night.end, span_precision(night.start, night.end),
                    relative=True)


def resolve_dayref(parts: Parts, lex: Lexicon, published: dt.date | None,
                    span: Span) -> DateMention:
    if published is None:
        return unresolved(span, NO_PUBLISHED, relative=True)
    ago = word(lex.days_ago, parts.get("rel"))
    weekday = word(lex.weekdays, parts.get("relwd") or parts.get("wd"))
    if ago is not None and weekday is not None:  # "أمس الأحد": the named day near "yesterday"
        date = weekday_near(published - ago * ONE_DAY, weekday)
        if date > published:
            date = weekday_before(published, weekday, strict=False)
    elif ago is not None:
        date = published - ago * ONE_DAY
    else:
        strict = bool(parts.get("past") or parts.get("past0"))
        date = weekday_before(published, weekday or 1, strict=strict)
    return mention(span, date, date, DAY, relative=True)
