"""materiel.v1: items destroyed, burnt, captured, seized or damaged, with counts.

`resources/<lang>/weapons.yaml`: `items` (normalised item → terms) and `actions`
(destroyed | burnt | captured | seized | damaged → terms). A count is a number right
before the item ("12 motorbikes", "ثلاث سيارات") or a dual number on the item itself.
"""

from __future__ import annotations

from rasd.doc import ArticleDoc, MaterielMention, NumberMention
from rasd.registry import layer_stage
from rasd.stages.lexical import hits
from rasd.stages.nearby import in_same_sentence, nearest, words_between

MAX_ACTION_WORDS = 12
# items that are civilians' property (normalised names of weapons.yaml `items`): taking
# them is looting ("gunmen seized a hundred head of livestock"), not a capture in combat
CIVILIAN_PROPERTY = frozenset({"cattle"})
TAKING = frozenset({"captured", "seized"})


def _count(doc: ArticleDoc, span) -> int | None:  # type: ignore[no-untyped-def]
    for number in doc.numbers or ():
        if number.span.start >= span.start and number.span.end <= span.end:  # a dual item
            return int(number.value)
        if number.span.end <= span.start and words_between(doc.text, number.span, span, cap=1) <= 1:
            if _is_count(number):
                return int(number.value)
    return None


def _is_count(number: NumberMention) -> bool:
    return float(number.value).is_integer() and number.value < 100_000


def find_materiel(doc: ArticleDoc) -> list[MaterielMention]:
    """Materiel mentions with the nearest action in their sentence (or None)."""
    actions = list(hits(doc, "weapons", "actions"))
    found = []
    for match in hits(doc, "weapons", "items"):
        local = in_same_sentence(doc.sentences or (), actions, match.span)
        action = nearest(doc.text, local, match.span, max_words=MAX_ACTION_WORDS)
        label = None if action is None else action.labels[0]
        if label in TAKING and match.labels[0] in CIVILIAN_PROPERTY:
            label = "looted"
        found.append(MaterielMention(match.span, match.labels[0], _count(doc, match.span), label))
    return found


SPEC = layer_stage("materiel.v1", layer="materiel", find=find_materiel, requires={"text", "lang", "sentences", "numbers"})
