"""dates.v1: date expressions resolved against the publication date (placeholder; being written)."""

from __future__ import annotations

from rasd.config import Config
from rasd.doc import ArticleDoc
from rasd.registry import Stage, StageSpec


def make_dates(cfg: Config) -> Stage:
    def dates(doc: ArticleDoc) -> ArticleDoc:
        return doc.with_layers(dates=())

    return dates


SPEC = StageSpec(
    name="dates.v1",
    factory=make_dates,
    requires=frozenset({"text", "lang", "published"}),
    assigns=frozenset({"dates"}),
)
