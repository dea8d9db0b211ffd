"""Small helpers to relate mentions by distance in words within a sentence."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Sequence
from functools import cached_property, lru_cache
from itertools import accumulate, islice
from operator import attrgetter, is_, le, lt, or_, sub
from typing import Protocol, TypeVar

from rasd.doc import ArticleDoc, Sentence, Span

_WORD = re.compile(r"\w+")
_START_END = attrgetter("start", "end")
_START, _END = attrgetter("start"), attrgetter("end")
_SPAN_START = attrgetter("span.start")
_SPAN_END = attrgetter("span.end")
_SPLIT = re.compile(r"(\w+)")


class HasSpan(Protocol):
    @property
    def span(self) -> Span: ...


M = TypeVar("M", bound=HasSpan)
T = TypeVar("T")


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


class SpanIndex:
    """Spans sorted by start with the running maximum of their ends, so whether one of
    them covers or overlaps a span takes one bisection rather than a scan of them all
    (a long document has thousands of mentions: a scan per mention is quadratic)."""

    def __init__(self, spans: Iterable[Span]) -> None:
        # built per incident by several steps, most of which read only the starts: the
        # sorted ends and the running maximum are listed when first asked for
        # most are given in text order: checked in C, not sorted again by a tuple key
        ordered = list(spans)  # a copy: the caller's list may change
        starts = list(map(_START, ordered))
        if not _in_order(ordered, starts):
            ordered = sorted(ordered, key=_START_END)
            starts = list(map(_START, ordered))
        self.spans = ordered
        self.starts = starts

    @cached_property
    def max_ends(self) -> list[int]:
        """The running maximum of the ends, in the order of the starts."""
        return list(accumulate(map(_END, self.spans), max))

    @cached_property
    def ends(self) -> list[int]:
        """The ends, sorted."""
        return sorted(map(_END, self.spans))

    def covers(self, span: Span) -> bool:
        """Whether one of the spans contains `span`."""
        i = bisect_right(self.starts, span.start)
        return i > 0 and self.max_ends[i - 1] >= span.end

    def overlaps(self, span: Span) -> bool:
        """Whether one of the spans shares a code point with `span`."""
        i = bisect_left(self.starts, span.end)
        return i > 0 and self.max_ends[i - 1] > span.start

    def inside(self, span: Span) -> bool:
        """Whether one of the spans lies within `span` (only those starting in it are read)."""
        i = bisect_left(self.starts, span.start)
        while i < len(self.spans) and self.starts[i] <= span.end:
            if self.spans[i].end <= span.end:
                return True
            i += 1
        return False

    def starting_in(self, low: int, high: int) -> list[Span]:
        """The spans whose start lies in `[low, high]`."""
        return self.spans[bisect_left(self.starts, low):bisect_right(self.starts, high)]

    def first_starting_in(self, low: int, high: int) -> Span | None:
        """The first span whose start lies in `[low, high]` (None when there is none): one
        bisection, where `starting_in(...)[:1]` copies every span of a long stretch first."""
        i = bisect_left(self.starts, low)
        return self.spans[i] if i < len(self.starts) and self.starts[i] <= high else None

    def last_end_in(self, low: int, high: int) -> int | None:
        """The last end that lies in `[low, high]` (None when there is none)."""
        i = bisect_right(self.ends, high) - 1
        return self.ends[i] if i >= 0 and self.ends[i] >= low else None

    def ending_in(self, low: int, high: int) -> list[int]:
        """The ends that lie in `[low, high]`."""
        return self.ends[bisect_left(self.ends, low):bisect_right(self.ends, high)]

    def fewest_words(self, text: str, span: Span, *, cap: int = 1000) -> int:
        """The fewest words between `span` and one of the spans (`cap + 1` when there are
        none): only the span ending last before it and the first starting after it can
        be the closest, since more text between never holds fewer words."""
        best = cap + 1
        i = bisect_left(self.starts, span.start)
        if i > 0:  # starting before `span`: the one reaching furthest
            end = self.max_ends[i - 1]
            best = min(best, words_between(text, Span(end, end), span, cap=cap))
        if i < len(self.starts):  # starting with or after it: the first
            best = min(best, words_between(text, span, self.spans[i], cap=cap))
        return best

    def gap(self, span: Span) -> int:
        """The characters between `span` and the nearest of the spans (0 when one overlaps or
        touches it, and when there are none): two bisections, in the sorted starts and the
        sorted ends, not a scan of them all."""
        if not self.starts:
            return 0
        after = bisect_left(self.starts, span.end)  # from here on they start at or after its end
        before = bisect_right(self.ends, span.start)  # this many end at or before its start
        if after > before:
            return 0  # the rest overlap it
        gaps = []
        if after < len(self.starts):
            gaps.append(self.starts[after] - span.end)
        if before:
            gaps.append(span.start - self.ends[before - 1])
        return min(gaps, default=0)


def _in_order(spans: list[Span], starts: list[int]) -> bool:
    """Whether `spans` (with their `starts`) are sorted by start, then end."""
    if all(map(lt, starts, islice(starts, 1, None))):
        return True
    if not all(map(le, starts, islice(starts, 1, None))):
        return False
    ends = list(map(_END, spans))  # spans starting together: by end
    return all(map(or_, map(lt, starts, islice(starts, 1, None)), map(le, ends, islice(ends, 1, None))))


class GrowingSpans:
    """Spans added one at a time, asked whether one of them overlaps a span: kept sorted by
    start with the longest length so far, so a question reads only the spans that can reach
    it (an `any` over every span added is quadratic in a long document's figures)."""

    def __init__(self, spans: Iterable[Span] = ()) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.longest = 0
        for span in spans:
            self.add(span)

    def add(self, span: Span) -> None:
        """Keep `span`."""
        i = bisect_right(self.starts, span.start)
        self.starts.insert(i, span.start)
        self.ends.insert(i, span.end)
        self.longest = max(self.longest, span.end - span.start)

    def overlaps(self, span: Span) -> bool:
        """Whether one of the spans shares a code point with `span` (as `start < other.end
        and other.start < end`, so an empty span inside one overlaps it too)."""
        low = bisect_left(self.starts, span.start - self.longest)
        high = bisect_left(self.starts, span.end)
        return any(end > span.start for end in self.ends[low:high])


def sentence_index(sentences: Sequence[Sentence], span: Span) -> int:
    """The index of the sentence that contains `span.start` (-1 before the first)."""
    return bisect_right(sentence_starts(sentences), span.start) - 1


_STARTS: dict[int, tuple[Sequence[Sentence], list[int]]] = {}
_LAST: list = [None, None]  # the layer read last and its starts, of those in _STARTS


def sentence_starts(sentences: Sequence[Sentence]) -> list[int]:
    """The starts of `sentences`, listed once per sentence layer (a bisection with a key
    calls it at every step, and stages ask for thousands of sentences per document). The
    layer is held beside its starts, so its id names it while it is kept."""
    if sentences is _LAST[0]:  # asked mostly for the same layer many times in a row
        return _LAST[1]
    if not isinstance(sentences, tuple):  # a list may change: list it anew
        return list(map(_SPAN_START, sentences))
    kept = _STARTS.get(id(sentences))
    if kept is None or kept[0] is not sentences:
        if len(_STARTS) >= 16:
            _STARTS.clear()
        kept = _STARTS[id(sentences)] = (sentences, list(map(_SPAN_START, sentences)))
    _LAST[:] = kept
    return kept[1]


def in_same_sentence(sentences: Sequence[Sentence], items: Sequence[M], span: Span) -> list[M]:
    """The items whose start falls in the sentence of `span`."""
    if not sentences:
        return list(items)
    index = sentence_index(sentences, span)
    if index < 0:
        return []
    sentence = sentences[index].span
    return [m for m in items if sentence.start <= m.span.start < sentence.end]


def same_sentence(doc: ArticleDoc, items: Sequence[M], span: Span) -> list[M]:
    """`in_same_sentence` over the document's sentences, from the items grouped once per
    document and layer (asked once per incident, a scan of the whole layer is quadratic)."""
    sentences = doc.sentences or ()
    if not sentences:
        return list(items)
    index = sentence_index(sentences, span)
    if index < 0:
        return []
    end = sentences[index].span.end  # an item in the gap after the sentence is in none
    return [m for m in grouped_by_sentence(doc, items).get(index, ()) if m.span.start < end]


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


class Near:
    """Items indexed by start, for `nearest` over many calls on one text: each call reads
    only the items that can lie within its word limit, not all of them."""

    def __init__(self, text: str, items: Sequence[M]) -> None:
        self.text = text
        self.items = items
        if len(items) < 2:  # most sentences hold none or one (claims builds one per sentence)
            span = items[0].span if items else None
            self.in_order, self.order = True, range(len(items))
            self.starts = [span.start] if span else []
            self.longest = span.end - span.start if span else 0
            return
        given = list(map(_SPAN_START, items))
        # items given in text order (most layers): a stretch of them is a slice, and
        # the order is the identity (a stable sort would keep it), found without sorting
        self.in_order = all(map(le, given, islice(given, 1, None)))
        self.order: Sequence[int] = range(len(items))
        if not self.in_order:
            self.order = sorted(self.order, key=given.__getitem__)
        self.starts = given if self.in_order else [given[i] for i in self.order]
        self.longest = max(map(sub, map(_SPAN_END, items), given))

    def candidates(self, span: Span, *, max_words: int) -> list[M]:
        """The items (in their given order) that may be within `max_words` of `span`."""
        if not self.starts:  # a sentence with none (a fifth of the calls in a long report)
            return []
        starts, ends = _word_bounds(self.text)
        first = bisect_left(starts, span.start) - max_words  # words before `span`
        reach = min(span.start, ends[first - 1]) if first > 0 else 0
        last = bisect_right(ends, span.end) + max_words  # words after it
        limit = starts[last] if last < len(starts) else len(self.text)
        low = bisect_left(self.starts, reach - self.longest)
        high = bisect_right(self.starts, max(limit, span.end))
        if self.in_order:
            return list(self.items[low:high])
        return [self.items[i] for i in sorted(self.order[low:high])]

    def overlapping(self, span: Span) -> bool:
        """Whether one of the items shares a code point with `span`."""
        low = bisect_left(self.starts, span.start - self.longest)
        high = bisect_left(self.starts, span.end)
        return any(self.items[i].span.start < span.end and span.start < self.items[i].span.end
                   for i in self.order[low:high])

    def nearest(self, span: Span, *, max_words: int) -> M | None:
        """`nearest` over the items, reading only the candidates."""
        return nearest(self.text, self.candidates(span, max_words=max_words), span,
                       max_words=max_words)


def around(text: str, items: Sequence[M], span: Span, *, max_words: int) -> Sequence[M]:
    """The items that may lie within `max_words` words of `span`, for `nearest`: `items`
    in text order and not overlapping (a lexicon's hits), so their ends are in order too
    and two bisections find the stretch (a scan of them all is quadratic)."""
    starts, ends = _word_bounds(text)
    first = bisect_left(starts, span.start) - max_words  # words before `span`
    reach = min(span.start, ends[first - 1]) if first > 0 else 0
    last = bisect_right(ends, span.end) + max_words  # words after it
    limit = max(span.end, starts[last] if last < len(starts) else len(text))
    return items[bisect_left(items, reach, key=_end):bisect_right(items, limit, key=_item_start)]


def _end(item: HasSpan) -> int:
    return item.span.end


def _item_start(item: HasSpan) -> int:
    return item.span.start


def by_sentence(sentences: Sequence[Sentence], items: Sequence[M]) -> dict[int, list[M]]:
    """Items grouped by the index of the sentence their start falls in (one bisect each)."""
    starts = sentence_starts(sentences)
    grouped: dict[int, list[M]] = {}
    for item in items:
        grouped.setdefault(bisect_right(starts, item.span.start) - 1, []).append(item)
    return grouped


def grouped_by_sentence(doc: ArticleDoc, items: Sequence[M] | None) -> dict[int, list[M]]:
    """`by_sentence` over the document's sentences, made once per document and layer (the
    incidents of a document all read the same layers; a replaced layer is grouped anew)."""
    items = items or ()
    # asked tens of thousands of times per long report: the kept grouping is read here as
    # `per_layers` keeps it, without building its key and closure first
    cached = doc._views.get(("by_sentence", id(items)))
    if cached is not None and cached[0][0] is items:
        return cached[1]
    return per_layers(doc, "by_sentence", (items,), lambda: by_sentence(doc.sentences or (), items))


def per_layers(doc: ArticleDoc, name: str, layers: tuple[object, ...], build: Callable[[], T]) -> T:
    """`build()` made once per document and set of layers (an incident's steps read the
    same whole-document layers for each incident: built per incident, they are quadratic);
    a replaced layer is read anew."""
    # asked several times per incident: a tuple key and the identity test in C
    key = (name, *map(id, layers))
    cached = doc._views.get(key)
    if cached is None or not all(map(is_, cached[0], layers)):
        cached = doc._views[key] = (layers, build())
    return cached[1]
