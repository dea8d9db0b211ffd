"""The stance of a document: which side its partisan language favours.

A report full of "apostates" and "soldiers of the Caliphate" is a group's own statement; one
full of "terrorists neutralised" reads like an army communiqué. The stance is the side with
at least two markers and twice as many as any other; markers used by every side
("martyr") do not vote.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from rasd.doc import ArticleDoc

NEUTRAL_MARKERS = frozenset({"martyrdom"})
MIN_MARKERS = 2
MIN_LEAD = 2.0


@dataclass(frozen=True, slots=True)
class Stance:
    markers: dict[str, int]
    favours: str | None


def stance(doc: ArticleDoc) -> Stance:
    """Marker counts per side and the side the document favours (None when unclear)."""
    counts = Counter(m.favours for m in doc.framing or () if m.favours not in NEUTRAL_MARKERS)
    ranked = counts.most_common(2)
    favours = None
    if ranked:
        side, count = ranked[0]
        runner_up = ranked[1][1] if len(ranked) > 1 else 0
        if count >= MIN_MARKERS and count >= MIN_LEAD * runner_up:
            favours = side
    return Stance(dict(sorted(counts.items())), favours)
