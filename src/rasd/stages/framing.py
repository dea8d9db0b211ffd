"""framing.v1: partisan and propaganda markers, with the side each favours.

`resources/<lang>/framing.yaml`: `markers` (side → terms).
"""

from __future__ import annotations

from rasd.config import Config
from rasd.doc import ArticleDoc, FramingMention
from rasd.registry import Stage, StageSpec
from rasd.stages.lexical import hits


def find_framing(doc: ArticleDoc) -> list[FramingMention]:
    """Every framing marker, in text order."""
    return [FramingMention(m.span, m.term, m.labels[0])
            for m in hits(doc, "framing", "markers")]


def make_framing(cfg: Config) -> Stage:
    def framing(doc: ArticleDoc) -> ArticleDoc:
        return doc.with_layers(framing=tuple(find_framing(doc)))

    return framing


SPEC = StageSpec(
    name="framing.v1",
    factory=make_framing,
    requires=frozenset({"text", "lang"}),
    assigns=frozenset({"framing"}),
)
