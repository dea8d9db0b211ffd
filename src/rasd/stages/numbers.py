"""numbers.v1: figures in the text (placeholder; being written)."""

from __future__ import annotations

from rasd.config import Config
from rasd.doc import ArticleDoc
from rasd.registry import Stage, StageSpec


def make_numbers(cfg: Config) -> Stage:
    def numbers(doc: ArticleDoc) -> ArticleDoc:
        return doc.with_layers(numbers=())

    return numbers


SPEC = StageSpec(
    name="numbers.v1",
    factory=make_numbers,
    requires=frozenset({"text", "lang"}),
    assigns=frozenset({"numbers"}),
)
