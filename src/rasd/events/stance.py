"""The stance of a document: which side its partisan language favours.

A report full of "apostates" and "soldiers of the Caliphate" is a group's own statement; one
full of "terrorists neutralised" reads like an army communiqué. The stance is the side with
at least two markers and twice as many as any other; markers used by every side
("martyr") do not vote, nor do markers in scare quotes: an outlet that writes the army
"killed six 'terrorists'" holds the word at arm's length. A long quotation is another
voice the report relays (a communiqué quoted at length) and still votes.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass

from rasd.doc import ArticleDoc, Span

NEUTRAL_MARKERS = frozenset({"martyrdom"})
MIN_MARKERS = 2
MIN_LEAD = 2.0
_OPENING = frozenset("“«„")
_CLOSING = frozenset("”»")
_QUOTE = re.compile(r"[\"“”«»„]")
# scare quotes hold a few words ("six terrorists", "a terrorist attack"); a longer
# quotation is quoted speech
MAX_SCARE_QUOTE = 40


@dataclass(frozen=True, slots=True)
class Stance:
    markers: dict[str, int]
    favours: str | None


def scare_quotes(text: str) -> list[tuple[int, int]]:
    """The short stretches of `text` inside quotation marks, in order (one pass over the
    marks): paired marks (“ ” « » „) and straight double quotes taken two by two."""
    spans: list[tuple[int, int]] = []
    opened: int | None = None
    for mark in _QUOTE.finditer(text):
        char, at = mark.group(0), mark.start()
        if opened is None:
            opened = at if char in _OPENING or char == '"' else None
        elif char in _CLOSING or char == '"':
            if at - opened <= MAX_SCARE_QUOTE:  # a longer one is quoted speech: it votes
                spans.append((opened, at + 1))
            opened = None
        else:
            opened = at  # an opening mark inside an open quote: the first was stray
    return spans


def _inside(spans: list[tuple[int, int]], starts: list[int], span: Span) -> bool:
    i = bisect_right(starts, span.start) - 1
    return i >= 0 and spans[i][1] >= span.end


def stance(doc: ArticleDoc) -> Stance:
    """Marker counts per side and the side the document favours in its own words (None
    when unclear)."""
    framing = [m for m in doc.framing or () if m.favours not in NEUTRAL_MARKERS]
    counts = Counter(m.favours for m in framing)
    spans = scare_quotes(doc.text) if framing else []
    starts = [s for s, _ in spans]
    own = Counter(m.favours for m in framing if not _inside(spans, starts, m.span))
    ranked = own.most_common(2)
    favours = None
    if ranked:
        side, count = ranked[0]
        runner_up = ranked[1][1] if len(ranked) > 1 else 0
        if count >= MIN_MARKERS and count >= MIN_LEAD * runner_up:
            favours = side
    return Stance(dict(sorted(counts.items())), favours)
