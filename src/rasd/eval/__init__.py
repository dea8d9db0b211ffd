"""`rasd eval`: accuracy and F1 of the pipeline on a gold set (format: docs/eval.md)."""

from __future__ import annotations

from pathlib import Path

from rasd.config import Config
from rasd.doc import ArticleDoc
from rasd.eval.gold import GoldItem, load_gold
from rasd.eval.score import Report, evaluate
from rasd.pipeline import Pipeline

__all__ = ["GoldItem", "Report", "evaluate", "evaluate_path", "load_gold"]


def evaluate_path(path: str | Path, *, cfg: Config) -> Report:
    """Score the configured pipeline on the gold file or directory at `path`."""
    pipeline = Pipeline.from_config(cfg)

    def run(item: GoldItem) -> ArticleDoc:
        doc = ArticleDoc.from_text(item.text, published=item.published, lang=item.lang,
                                   source=item.source, origin=item.item_id)
        return pipeline(doc)

    return evaluate(load_gold(path), run)
