"""What each sentence tells the segmenter (rasd.events.segment_facts): the sentences that
name a bare year, and the level of a place's name."""

import datetime as dt
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rasd.doc import ArticleDoc, DateMention, Sentence, Span
from rasd.events.segment_years import year_matches, year_sentences


def _sentences(text: str) -> tuple[Sentence, ...]:
    starts = [0] + [m.end() for m in re.finditer(r"\. ", text)]
    ends = [s - 1 for s in starts[1:]] + [len(text)]
    return tuple(Sentence(Span(a, b)) for a, b in zip(starts, ends))


@pytest.mark.parametrize("lang,text,dated,expected", [
    # a bare year at the text's start, one after a digit, a point or a dash (no year), one
    # inside a date (the date's), and one in the last sentence
    ("en", ("2019 saw many raids. Ref 12019 and 3.2019 and x-2019. In March 2021 a convoy. "
            "Gunmen struck in 2022"), "March 2021", {0, 3}),
    ("fr", ("2019 a vu des raids. Code 12019 et 3.2019 et x-2019. En mars 2021 un convoi. "
            "Des hommes armés ont frappé en 2022"), "mars 2021", {0, 3}),
    ("ar", ("شهد 2019 هجمات. رقم 12019 و3.2019 وx-2019. في مارس 2021 قافلة. "
            "هاجم مسلحون في 2022"), "مارس 2021", {0, 3}),
])
def test_year_sentences_are_those_naming_a_bare_year(lang, text, dated, expected):
    start = text.index(dated)
    date = DateMention(Span(start, start + len(dated)), None, None, None, None, False)
    doc = ArticleDoc.from_text(text).with_layers(lang=lang, sentences=_sentences(text), dates=(date,))
    assert year_sentences(doc) == expected



@pytest.mark.parametrize("lang,text,expected", [
    # a year long past, one the report counts from ("since"), a photo's credit, a recent year
    ("en", "Rebels held the north in 2012. Raids have grown since 2015. Photo © 2013 agency. "
           "A bridge opened in 2024", {0}),
    ("fr", "Les rebelles tenaient le nord en 2012. Les raids augmentent depuis 2015. "
           "Photo © 2013 agence. Un pont a ouvert en 2024", {0}),
    ("ar", "سيطر المتمردون على الشمال في 2012. تزايدت الغارات منذ 2015. صورة © 2013 وكالة. "
           "افتتح جسر في 2024", {0}),
])
def test_old_year_sentences_name_a_long_past_year_not_a_start_or_a_credit(lang, text, expected):
    from rasd.events.segment_years import old_year_sentences

    doc = ArticleDoc.from_text(text).with_layers(lang=lang, sentences=_sentences(text),
                                                 published=dt.date(2025, 5, 1))
    assert old_year_sentences(doc) == expected
    # each names a bare year (the credit's too): the bare years are read from the same scan
    assert year_sentences(doc) == {0, 1, 2, 3}

_LOOKING_BEHIND_FIRST = re.compile(r"(?<![\d.,/-])(1[89]\d\d|20\d\d)(?![\d/-]|[.,]\d)")


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="012389.,/- a\u0661", max_size=16))
def test_years_found_per_century_behind_their_digits_are_those_tested_before_them(text):
    # the look-behind moved behind the four digits, one pattern per century, finds the same
    # years in the same order
    assert [(m.span(), m.group(1)) for m in year_matches(text)] == [
        (m.span(), m.group(1)) for m in _LOOKING_BEHIND_FIRST.finditer(text)]


@pytest.mark.parametrize("lang,text", [
    ("en", "Gunmen attacked a market near Gao on Monday, killing five traders. "
           "The previous day the roads were quiet. Bandits have stepped up their presence here."),
    ("fr", "Des hommes armés ont attaqué un marché près de Gao lundi, tuant cinq commerçants. "
           "La veille les routes étaient calmes. Les bandits multiplient leur présence ici."),
    ("ar", "هاجم مسلحون سوقا قرب غاو يوم الاثنين وقتلوا خمسة تجار. "
           "في اليوم السابق كانت الطرق هادئة. تزايد وجود اللصوص هنا."),
])
def test_a_sentence_with_no_event_word_figure_date_or_place_keeps_its_cues(lang, text):
    """The sentences that name nothing the segmenter weighs (most of a report) are read by
    their cues alone: a day counted from before and a trend keep their facts."""
    import rasd
    from rasd.events.segment_facts import sentence_facts

    doc = rasd.extract(text, lang=lang)
    facts = sentence_facts(doc)
    assert len(facts) == 3 and facts[0].eventful
    quiet, trend = facts[1], facts[2]
    assert not quiet.eventful and quiet.date is None and quiet.place is None
    assert quiet.days_from_previous == -1 and quiet.undated is False
    assert quiet.levels == () and quiet.figures == frozenset() and not quiet.remote_reply
    assert trend.habitual and trend.hypothetical and not trend.eventful
