"""Days apart for segmentation (rasd.events.segment), when a report gives no publication
date: "on Monday" and "on Thursday" cannot be resolved to days, yet they are still three
days apart, and a roundup of short reports tells its incidents apart by them."""

from __future__ import annotations

import re

from rasd.doc import ArticleDoc, DateMention, DatePrecision, Span
from rasd.normalize import fold
from rasd.stages.lexical import per_language, section

_WORD = re.compile(r"[^\W\d_]+")
WEEK = 7


def unresolved_weekdays(doc: ArticleDoc) -> dict[Span, int]:
    """The ISO weekday (1 Monday ... 7 Sunday) each unresolved date names, by the date's
    span ("on Tuesday", "mardi soir", "يوم الثلاثاء" in a report with no publication date):
    the first weekday name among its words (dates.yaml `weekdays`). A night across two
    days names its first, as a resolved one is dated."""
    names = _weekday_names(doc.lang or "")
    found: dict[Span, int] = {}
    if not names:
        return found
    for date in doc.dates or ():
        if date.date is not None:
            continue
        words = _WORD.findall(fold(date.span.of(doc.text)))
        day = next((names[word] for word in words if word in names), None)
        if day is not None:
            found[date.span] = day
    return found


@per_language
def _weekday_names(lang: str) -> dict[str, int]:
    """Folded weekday name -> ISO weekday, from the language's dates.yaml."""
    table = section(lang, "dates", "weekdays") or {}
    return {fold(name): int(day) for day, names in table.items()
            for name in names or () if isinstance(name, str)}


def days_apart(a: DateMention | None, b: DateMention | None,
               weekdays: dict[Span, int]) -> int | None:
    """Days between two dates: between their days when both are resolved, else, when both
    are unresolved weekdays (`unresolved_weekdays`), the fewer days between them either way
    round (Sunday and Monday one, Monday and Thursday three): a week's days told apart
    as they would be once resolved in the week before a publication date. None when
    neither tells."""
    if a is None or b is None:
        return None
    if a.date is not None and b.date is not None:
        return abs((a.date - b.date).days)
    first, second = weekdays.get(a.span), weekdays.get(b.span)
    if first is None or second is None:
        return None
    gap = abs(first - second) % WEEK
    return min(gap, WEEK - gap)


def named_day(date: DateMention | None, weekdays: dict[Span, int]) -> bool:
    """Whether a date is a day: resolved to the day, or an unresolved weekday."""
    return date is not None and (date.precision == DatePrecision.DAY or date.span in weekdays)
