"""Counts behind every `rasd eval` metric."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass
class Tally:
    """Counts for one metric: `hits` of `total`, or tp/fp/fn for detection."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    hits: int = 0
    total: int = 0

    def add(self, other: Tally) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        self.hits += other.hits
        self.total += other.total

    def as_dict(self) -> dict[str, Any]:
        if self.tp or self.fp or self.fn:
            p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
            r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
            f1 = 2 * p * r / (p + r) if p + r else 0.0
            return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f1, 4),
                    "tp": self.tp, "fp": self.fp, "fn": self.fn}
        acc = self.hits / self.total if self.total else None
        return {"accuracy": None if acc is None else round(acc, 4), "n": self.total}
