"""Parties named as the two sides of a fight ("a clash between an army unit and gunmen",
"un accrochage entre une unité FAN et des individus armés", "اشتباك بين الجيش ومسلحين"):
the construction tells that both fought, not which one was hit. The words are data:
`context.yaml` `pair_markers`."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Protocol, TypeVar

from rasd.doc import ArticleDoc, Span
from rasd.events.cues import cue_index

PAIR_CHARS = 120  # "between a unit of the army from Tillia and armed men on motorbikes"
_BREAK = re.compile(r"[,،;:.!?؟\n]")  # a bracket ("(région de Tahoua)") ends no clause


class _Named(Protocol):
    spans: tuple[Span, ...]


P = TypeVar("P", bound=_Named)


def paired(doc: ArticleDoc, parties: Iterable[P]) -> list[P]:
    """The parties named after a pair marker, in its clause, together with another party:
    the two sides of one fight, in the order the text names them."""
    cues = cue_index(doc, "context", "pair_markers")
    if not cues.spans:
        return []
    found: dict[int, dict[P, int]] = {}
    for party in parties:
        for span in party.spans:
            end = cues.last_end_in(span.start - PAIR_CHARS, span.start)
            if end is not None and not _BREAK.search(doc.text, end, span.start):
                named = found.setdefault(end, {})
                named[party] = min(named.get(party, span.start), span.start)
    first: dict[P, int] = {}
    for named in found.values():
        if len(named) > 1:
            for party, start in named.items():
                first[party] = min(first.get(party, start), start)
    return sorted(first, key=first.__getitem__)
