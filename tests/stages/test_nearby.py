import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rasd.doc import Sentence, Span
from rasd.stages.nearby import (
    GrowingSpans,
    Near,
    SpanIndex,
    by_sentence,
    nearest,
    sentence_index,
    words_between,
)

TEXTS = [
    "ar", "قتل ثلاثة جنود، وأصيب آخرون في هجوم على قرية قرب موبتي.",
    "fr", "Trois soldats ont été tués d'une balle lors d'une attaque près de Mopti.",
    "en", "Three soldiers were killed in an attack near Mopti, the army said.",
]


@pytest.mark.parametrize("text", TEXTS[1::2])
def test_words_between_counts_the_words_a_scan_of_the_gap_finds(text):
    # every pair of spans, words cut by a span included: the bisection over the text's
    # word bounds must count what a regex scan of the gap counts
    word = re.compile(r"\w+")
    for left_end in range(len(text) + 1):
        for right_start in range(0, len(text) + 1, 3):
            expected = len(word.findall(text, left_end, right_start)) if right_start > left_end else 0
            got = words_between(text, Span(0, left_end), Span(right_start, len(text)))
            assert got == expected, (left_end, right_start)


@pytest.mark.parametrize("lang,text,left,right,cap,expected", [
    ("en", "the army said three soldiers died", (0, 8), (20, 28), 1000, 2),
    ("en", "the army said three soldiers died", (0, 8), (20, 28), 0, 1),  # capped at cap + 1
    ("fr", "l'armée a dit", (0, 7), (3, 13), 1000, 0),  # overlapping
    ("ar", "قال الجيش إن ثلاثة جنود قتلوا", (4, 9), (19, 23), 1000, 2),
])
def test_words_between_cases(lang, text, left, right, cap, expected):
    assert words_between(text, Span(*left), Span(*right), cap=cap) == expected


# --- indexes: the same answers as a scan of every span, in one bisection -----------------

_SPANS = st.lists(st.tuples(st.integers(0, 60), st.integers(0, 8)), max_size=12).map(
    lambda pairs: [Span(s, s + n) for s, n in pairs])
_SPAN = st.tuples(st.integers(0, 60), st.integers(0, 8)).map(lambda p: Span(p[0], p[0] + p[1]))


@settings(max_examples=300, deadline=None)
@given(_SPANS, _SPAN)
def test_span_index_answers_what_a_scan_answers(spans, span):
    index = SpanIndex(spans)
    assert index.covers(span) == any(o.start <= span.start and span.end <= o.end for o in spans)
    assert index.overlaps(span) == any(o.start < span.end and span.start < o.end for o in spans)
    assert index.inside(span) == any(span.start <= o.start and o.end <= span.end for o in spans)
    assert index.starting_in(span.start, span.end) == sorted(
        (o for o in spans if span.start <= o.start <= span.end), key=lambda o: (o.start, o.end))
    starting = index.starting_in(span.start, span.end)
    assert index.first_starting_in(span.start, span.end) == (starting[0] if starting else None)
    ending = index.ending_in(span.start, span.end)
    assert index.last_end_in(span.start, span.end) == (ending[-1] if ending else None)


@settings(max_examples=300, deadline=None)
@given(_SPANS, st.lists(_SPAN, max_size=8))
def test_growing_spans_answer_what_a_scan_answers_as_spans_are_added(spans, asked):
    # each question is asked, then its span added, as `singles` does with the figures
    grown, kept = GrowingSpans(spans), list(spans)
    for span in asked:
        assert grown.overlaps(span) == any(o.start < span.end and span.start < o.end for o in kept)
        grown.add(span)
        kept.append(span)


class _Item:
    def __init__(self, span: Span) -> None:
        self.span = span


_TEXT = "ab cd, efg h ij-kl mn op q rs tu vw xyz ab cd ef gh ij kl mn op qr st uv wx yz"


@settings(max_examples=300, deadline=None)
@given(_SPANS, _SPAN, st.integers(0, 4))
def test_near_and_fewest_words_agree_with_a_scan(spans, span, max_words):
    items = [_Item(s) for s in spans]
    assert Near(_TEXT, items).nearest(span, max_words=max_words) is nearest(
        _TEXT, items, span, max_words=max_words)

    def beside(a: Span, b: Span) -> int:
        left, right = (a, b) if a.start <= b.start else (b, a)
        return words_between(_TEXT, left, right, cap=max_words)

    expected = min((beside(span, o) for o in spans), default=max_words + 1)
    assert SpanIndex(spans).fewest_words(_TEXT, span, cap=max_words) == expected


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(0, 60), max_size=8, unique=True), _SPANS)
def test_sentence_index_and_grouping_answer_what_a_scan_answers(starts, spans):
    # a layer of sentences asked twice (its starts are kept), then another layer
    ordered = sorted(starts)
    for layer in (tuple(Sentence(Span(s, s + 1)) for s in ordered),
                  tuple(Sentence(Span(s, s + 2)) for s in ordered[1:])):
        for _ in range(2):
            expected = [max((i for i, s in enumerate(layer) if s.span.start <= o.start), default=-1)
                        for o in spans]
            assert [sentence_index(layer, o) for o in spans] == expected
            grouped = by_sentence(layer, [_Item(o) for o in spans])
            assert {k: [i.span for i in v] for k, v in grouped.items()} == {
                k: [o for o, e in zip(spans, expected) if e == k] for k in set(expected)}


@settings(max_examples=300, deadline=None)
@given(st.lists(st.integers(0, 60), max_size=8), _SPANS, st.booleans())
def test_by_sentence_keeps_the_order_of_a_loop_over_the_items(starts, spans, in_order):
    # sentence numbers and items come out in the order a loop over the items gives them,
    # for items in text order (grouped by slices) and out of it; repeated sentence starts too
    from bisect import bisect_right

    layer = tuple(Sentence(Span(s, s + 1)) for s in sorted(starts))
    items = [_Item(o) for o in (sorted(spans, key=lambda o: o.start) if in_order else spans)]
    expected: dict = {}
    for item in items:
        at = bisect_right([s.span.start for s in layer], item.span.start) - 1
        expected.setdefault(at, []).append(item)
    got = by_sentence(layer, tuple(items))
    assert [(k, [id(i) for i in v]) for k, v in got.items()] == [
        (k, [id(i) for i in v]) for k, v in expected.items()]
    assert all(type(v) is list for v in got.values())


@settings(max_examples=300, deadline=None)
@given(_SPANS)
def test_span_index_orders_spans_as_a_sort_by_start_and_end(spans):
    # equal spans keep their given order (a stable sort), identity included
    index = SpanIndex(iter(spans))
    assert [id(o) for o in index.spans] == [
        id(o) for o in sorted(spans, key=lambda o: (o.start, o.end))]
    assert index.starts == [o.start for o in index.spans]


def test_per_layers_builds_once_per_layers_and_anew_for_a_replaced_layer():
    from rasd.doc import ArticleDoc
    from rasd.stages.nearby import per_layers

    doc = ArticleDoc.from_text("Gunmen attacked a village near Gao.")
    first, second = (Span(0, 6),), (Span(7, 15),)
    built = []

    def build(layer):
        return lambda: built.append(layer) or len(built)

    assert per_layers(doc, "t", (first,), build(first)) == 1
    assert per_layers(doc, "t", (first,), build(first)) == 1  # kept
    assert per_layers(doc, "t", (second,), build(second)) == 2  # another layer: built anew
    assert built == [first, second]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(0, 26), max_size=8, unique=True), _SPANS, _SPAN)
def test_same_sentence_answers_what_in_same_sentence_answers(starts, spans, span):
    # sentences with gaps between them (an item in a gap is in no sentence), or none at all;
    # asked twice of one document and layer (the grouping is kept). Sentences never overlap
    # (two starts a character apart made overlapping ones, which no splitter gives)
    from rasd.doc import ArticleDoc
    from rasd.stages.nearby import in_same_sentence, same_sentence

    doc = ArticleDoc.from_text("x" * 80)
    sentences = tuple(Sentence(Span(3 * s, 3 * s + 2)) for s in sorted(starts))
    doc = doc.with_layers(sentences=sentences)
    items = [_Item(o) for o in spans]
    for _ in range(2):
        assert same_sentence(doc, items, span) == in_same_sentence(sentences, items, span)


def test_near_with_no_items_has_no_candidates():
    assert Near(_TEXT, []).candidates(Span(3, 5), max_words=3) == []
    assert Near(_TEXT, []).nearest(Span(3, 5), max_words=3) is None


def test_grouped_by_sentence_is_kept_per_layer_and_made_anew_for_a_replaced_one():
    from rasd.doc import ArticleDoc
    from rasd.stages.nearby import grouped_by_sentence

    doc = ArticleDoc.from_text("Gunmen attacked Gao. Troops fired back.").with_layers(
        sentences=(Sentence(Span(0, 20)), Sentence(Span(21, 39))))
    first = (_Item(Span(0, 6)), _Item(Span(21, 27)))
    grouped = grouped_by_sentence(doc, first)
    assert grouped_by_sentence(doc, first) is grouped
    assert {k: [i.span for i in v] for k, v in grouped.items()} == {0: [Span(0, 6)], 1: [Span(21, 27)]}
    second = (_Item(Span(7, 15)),)
    assert {k: [i.span for i in v] for k, v in grouped_by_sentence(doc, second).items()} == {
        0: [Span(7, 15)]}
    assert grouped_by_sentence(doc, None) == {}
