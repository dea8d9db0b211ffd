"""Small helpers to relate mentions by distance in words within a sentence."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from functools import lru_cache
from itertools import accumulate
from typing import Protocol, TypeVar

from rasd.doc import Sentence, Span

_WORD = re.compile(r"\w+")
_SPLIT = re.compile(r"(\w+)")


class HasSpan(Protocol):
    @property
    def span(self) -> Span: ...


M = TypeVar("M", bound=HasSpan)


def words_between(text: str, left: Span, right: Span, *, cap: int = 1000) -> int:
    """How many words lie between two spans (0 when adjacent or overlapping), counting
    a word cut by either span as one; at most `cap + 1` (callers compare with small
    limits). Two bisections in the text's word bounds, which are found once per text."""
    if right.start <= left.end:
        return 0
    starts, ends = _word_bounds(text)
    return min(bisect_left(starts, right.start) - bisect_right(ends, left.end), cap + 1)


@lru_cache(maxsize=8)
def _word_bounds(text: str) -> tuple[list[int], list[int]]:
    """Where each word of `text` starts and ends, in order. `re.split` with a group
    alternates separators and words, so the running sum of their lengths gives every
    bound without a Python loop over the words."""
    bounds = list(accumulate(map(len, _SPLIT.split(text))))
    return bounds[0::2][: len(bounds) // 2], bounds[1::2]


def sentence_index(sentences: Sequence[Sentence], span: Span) -> int:
    """The index of the sentence that contains `span.start` (-1 before the first)."""
    return bisect_right(sentences, span.start, key=_start) - 1


def _start(sentence: Sentence) -> int:
    return sentence.span.start


def in_same_sentence(sentences: Sequence[Sentence], items: Sequence[M], span: Span) -> list[M]:
    """The items whose start falls in the sentence of `span`."""
    if not sentences:
        return list(items)
    index = sentence_index(sentences, span)
    if index < 0:
        return []
    sentence = sentences[index].span
    return [m for m in items if sentence.start <= m.span.start < sentence.end]


def nearest(text: str, items: Sequence[M], span: Span, *, max_words: int) -> M | None:
    """The item closest to `span` in words (ties: the earlier one), within `max_words`."""
    best: tuple[int, int] | None = None
    choice = None
    for item in items:
        if item.span.start >= span.end:
            gap = words_between(text, span, item.span, cap=max_words)
        else:
            gap = words_between(text, item.span, span, cap=max_words)
        key = (gap, 0 if item.span.start < span.start else 1)
        if gap <= max_words and (best is None or key < best):
            best, choice = key, item
    return choice


def by_sentence(sentences: Sequence[Sentence], items: Sequence[M]) -> dict[int, list[M]]:
    """Items grouped by the index of the sentence their start falls in (one bisect each)."""
    starts = [s.span.start for s in sentences]
    grouped: dict[int, list[M]] = {}
    for item in items:
        grouped.setdefault(bisect_right(starts, item.span.start) - 1, []).append(item)
    return grouped
