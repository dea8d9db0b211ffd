"""Reconciling casualty figures within one incident.

Figures are kept per (outcome, group). The same group counted twice (two sentences, two
sources) is one count whose bounds span both reports and whose best value is the lowest
credible one (ACLED's conservative rule). Different groups add up, and so do figures of
one group within one passage of one voice ("18 ISGS and 10 JNIM fighters were killed",
"killed the driver and two passengers"): such a passage lists its dead once. Passages
break at sentence ends and where another source speaks ("the group said it killed 100
soldiers, while security sources said 40 soldiers were killed" is two reports). A figure for
unspecified "people" that is at least the sum of the specific groups is taken as the
total rather than added to them.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from rasd.doc import CasualtyMention, NumberKind

GENERIC_GROUPS = (None, "people")


@dataclass(frozen=True, slots=True)
class Figure:
    low: int | None
    best: int
    high: int | None


def _one(mention: CasualtyMention) -> Figure:
    low = mention.low if mention.low is not None else None
    if mention.kind in (NumberKind.AT_MOST, NumberKind.LESS_THAN):
        low = None
    return Figure(low, mention.value, mention.high)


def _merge_same_group(figures: list[Figure]) -> Figure:
    lows = [f.low for f in figures]
    highs = [f.high for f in figures]
    best = min(f.best for f in figures)
    low = None if any(v is None for v in lows) else min(lows)  # type: ignore[type-var]
    high = None if any(v is None for v in highs) else max(highs)  # type: ignore[type-var]
    return Figure(low, best, high)


def _add(a: Figure, b: Figure) -> Figure:
    low = None if a.low is None or b.low is None else a.low + b.low
    high = None if a.high is None or b.high is None else a.high + b.high
    return Figure(low, a.best + b.best, high)


def total(mentions: Iterable[CasualtyMention], outcome: str, *,
          breaks: Sequence[int] = ()) -> Figure | None:
    """The reconciled count of one outcome (e.g. killed) over all groups, or None.

    `breaks`: sorted offsets where a passage starts (sentences, sources); without them
    every figure of a group is its own report."""
    by_group: dict[str | None, dict[int, list[Figure]]] = defaultdict(lambda: defaultdict(list))
    for n, mention in enumerate(mentions):
        if mention.outcome == outcome:
            where = bisect_right(breaks, mention.span.start) if breaks else -n - 1
            by_group[mention.group][where].append(_one(mention))
    if not by_group:
        return None
    merged = {group: _merge_same_group([_sum(figs) for figs in per_sentence.values()])  # type: ignore[misc]
              for group, per_sentence in by_group.items()}
    specific = [f for g, f in merged.items() if g not in GENERIC_GROUPS]
    generic = [f for g, f in merged.items() if g in GENERIC_GROUPS]
    specific_sum = _sum(specific)
    generic_max = max(generic, key=lambda f: f.best) if generic else None
    if generic_max is None:
        return specific_sum
    if specific_sum is None or generic_max.best >= specific_sum.best:
        return generic_max
    return _add(specific_sum, generic_max)


def _sum(figures: list[Figure]) -> Figure | None:
    if not figures:
        return None
    result = figures[0]
    for figure in figures[1:]:
        result = _add(result, figure)
    return result
