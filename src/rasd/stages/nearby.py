"""Small helpers to relate mentions by distance in words within a sentence."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from typing import Protocol, TypeVar

from rasd.doc import Sentence, Span

_WORD = re.compile(r"\w+")


class HasSpan(Protocol):
    @property
    def span(self) -> Span: ...


M = TypeVar("M", bound=HasSpan)


# no word is longer than this: a gap wider than MAX_WORD_CHARS × n holds more than n words
MAX_WORD_CHARS = 40


def words_between(text: str, left: Span, right: Span, *, cap: int = 1000) -> int:
    """How many words lie between two spans (0 when adjacent or overlapping).

    Counting stops past `cap`: callers compare with small limits, and far-apart spans
    would otherwise make every comparison scan the text between them.
    """
    if right.start <= left.end:
        return 0
    end = min(right.start, left.end + (cap + 1) * MAX_WORD_CHARS)
    return min(len(_WORD.findall(text, left.end, end)), cap + 1)


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
