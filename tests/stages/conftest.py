"""Helpers shared by the stage tests."""

from __future__ import annotations

import gc

from rasd import ArticleDoc, Pipeline


def stage_per_char(pipeline: Pipeline, text: str, lang: str, stage: str) -> float:
    """Seconds per character that `stage` (e.g. "claims.v1") took on `text`: the best of two
    runs with the cyclic collector off, so a collection of the test session's heap is not
    counted as the stage's time."""
    best = float("inf")
    for _ in range(2):
        gc.collect()
        gc.disable()
        try:
            timings: dict[str, float] = {}
            pipeline(ArticleDoc.from_text(text, lang=lang), timings=timings)
            best = min(best, timings[stage])
        finally:
            gc.enable()
    return max(best, 1e-4) / len(text)
