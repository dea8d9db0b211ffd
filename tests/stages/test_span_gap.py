"""`SpanIndex.gap`: the characters between a span and the nearest indexed one (a date and
the nearest event word or figure of its sentence), found by bisection: the same number as
measuring it against every anchor (a sentence of thousands of clauses made that scan
quadratic: 955 KB took minutes in the fuzz run)."""

from __future__ import annotations

import random

import pytest

from rasd.doc import Span
from rasd.stages.nearby import SpanIndex


def _brute(span: Span, anchors: list[Span]) -> int:
    return min((max(a.start - span.end, span.start - a.end, 0) for a in anchors), default=0)


@pytest.mark.parametrize("seed", range(20))
def test_the_bisected_gap_is_the_gap_to_every_anchor(seed):
    rng = random.Random(seed)
    anchors = []
    for _ in range(rng.randint(0, 30)):
        start = rng.randint(0, 300)
        anchors.append(Span(start, start + rng.randint(1, 25)))
    gap = SpanIndex(anchors).gap
    for _ in range(200):
        start = rng.randint(0, 330)
        span = Span(start, start + rng.randint(1, 20))
        assert gap(span) == _brute(span, anchors)


@pytest.mark.parametrize(("span", "expected"), [
    (Span(0, 5), 5),     # before the first anchor
    (Span(12, 14), 0),   # inside one
    (Span(10, 12), 0),   # touching one
    (Span(22, 24), 2),   # between two: the nearer one
    (Span(60, 61), 20),  # after the last
])
def test_named_cases(span, expected):
    assert SpanIndex([Span(10, 20), Span(26, 40)]).gap(span) == expected


def test_no_anchor_is_no_gap():
    assert SpanIndex([]).gap(Span(3, 9)) == 0
