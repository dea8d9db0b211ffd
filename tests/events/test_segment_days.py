"""Days apart with no publication date (rasd.events.segment_days): the weekday an
unresolved date names, and the days between two of them."""

import pytest

from rasd.doc import ArticleDoc, DateMention, Span
from rasd.events.segment_days import days_apart, named_day, unresolved_weekdays


def _unresolved(text: str, phrase: str) -> DateMention:
    start = text.index(phrase)
    return DateMention(Span(start, start + len(phrase)), None, None, None, None, True)


@pytest.mark.parametrize("lang,text,phrases,weekdays", [
    ("en", "Raid on Tuesday night, then a blast on Sunday.", ["Tuesday night", "Sunday"], [2, 7]),
    ("fr", "Raid mardi soir, puis une explosion dimanche.", ["mardi soir", "dimanche"], [2, 7]),
    ("ar", "غارة مساء الثلاثاء ثم انفجار يوم الأحد.", ["مساء الثلاثاء", "يوم الأحد"], [2, 7]),
])
def test_an_unresolved_date_names_its_weekday(lang, text, phrases, weekdays):
    dates = tuple(_unresolved(text, p) for p in phrases)
    doc = ArticleDoc.from_text(text).with_layers(lang=lang, dates=dates)
    assert [unresolved_weekdays(doc)[d.span] for d in dates] == weekdays


def test_a_date_with_no_weekday_names_none():
    text = "Raid on March 3."
    date = _unresolved(text, "March 3")
    doc = ArticleDoc.from_text(text).with_layers(lang="en", dates=(date,))
    assert unresolved_weekdays(doc) == {}
    assert not named_day(date, {})


@pytest.mark.parametrize("first,second,apart", [
    # the fewer days either way round: Sunday is a day from Monday, not six
    (1, 7, 1), (1, 4, 3), (3, 3, 0), (2, 6, 3),
])
def test_weekdays_are_the_fewer_days_apart(first, second, apart):
    a = DateMention(Span(0, 1), None, None, None, None, True)
    b = DateMention(Span(2, 3), None, None, None, None, True)
    assert days_apart(a, b, {a.span: first, b.span: second}) == apart
    assert days_apart(a, b, {a.span: first}) is None  # one of them names no weekday
