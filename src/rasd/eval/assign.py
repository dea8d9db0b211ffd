"""Optimal one-to-one assignment (Hungarian method) for pairing gold and predicted events.

The pairs maximise the total weight of the allowed pairs (weight > 0). O(n² m), n ≤ m rows.
"""

from __future__ import annotations

from collections.abc import Sequence


def max_weight_pairs(weights: Sequence[Sequence[int]]) -> dict[int, int]:
    """Row → column pairs of maximal total weight; a weight ≤ 0 is a forbidden pair."""
    rows = len(weights)
    cols = len(weights[0]) if rows else 0
    if not rows or not cols:
        return {}
    if rows > cols:
        flipped = max_weight_pairs([[weights[r][c] for r in range(rows)] for c in range(cols)])
        return {r: c for c, r in flipped.items()}
    costs = [[-w if w > 0 else 0 for w in row] for row in weights]
    assigned = _hungarian(costs, cols)
    return {r: c for r, c in enumerate(assigned) if weights[r][c] > 0}


def _hungarian(costs: list[list[int]], cols: int) -> list[int]:
    """Minimal-cost column for each row (rows ≤ cols), by shortest augmenting paths."""
    inf = float("inf")
    row_pot = [0.0] * (len(costs) + 1)
    col_pot = [0.0] * (cols + 1)
    owner = [0] * (cols + 1)  # column → 1-based row owning it (0: free)
    for row in range(1, len(costs) + 1):
        owner[0] = row
        way = [0] * (cols + 1)
        slack = [inf] * (cols + 1)
        used = [False] * (cols + 1)
        col = 0
        while owner[col]:
            used[col] = True
            r, delta, nxt = owner[col], inf, 0
            for c in range(1, cols + 1):
                if used[c]:
                    continue
                reduced = costs[r - 1][c - 1] - row_pot[r] - col_pot[c]
                if reduced < slack[c]:
                    slack[c], way[c] = reduced, col
                if slack[c] < delta:
                    delta, nxt = slack[c], c
            for c in range(cols + 1):
                if used[c]:
                    row_pot[owner[c]] += delta
                    col_pot[c] -= delta
                else:
                    slack[c] -= delta
            col = nxt
        while col:
            prev = way[col]
            owner[col] = owner[prev]
            col = prev
    assigned = [0] * len(costs)
    for c in range(1, cols + 1):
        if owner[c]:
            assigned[owner[c] - 1] = c - 1
    return assigned
