"""framing.v1: partisan and propaganda markers, with the side each favours.

`resources/<lang>/framing.yaml`: `markers` (side → terms).
"""

from __future__ import annotations

from rasd.doc import ArticleDoc, FramingMention
from rasd.registry import layer_stage
from rasd.stages.lexical import hits


def find_framing(doc: ArticleDoc) -> list[FramingMention]:
    """Every framing marker, in text order."""
    return [FramingMention(m.span, m.term, m.labels[0])
            for m in hits(doc, "framing", "markers")]


SPEC = layer_stage("framing.v1", layer="framing", find=find_framing, requires={"text", "lang"})
