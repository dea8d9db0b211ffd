"""The claims of a report's opening lines that tell no incident: a communiqué's heading
("COMMUNIQUÉ DE L'ÉTAT-MAJOR", "بيان هيئة الأركان"), a lead-in ("The army said on Monday:").
They are the report's source for the incidents after them that name none of their own."""

from __future__ import annotations

from rasd.doc import ArticleDoc, ClaimMention
from rasd.stages.claims import RELAYED
from rasd.stages.nearby import grouped_by_sentence


def lead_claims(doc: ArticleDoc, first: int) -> list[ClaimMention]:
    """The claims of the sentences before sentence `first` that hold no event word, in
    order (an outlet that only relays is left out)."""
    if first <= 0:
        return []
    claims = grouped_by_sentence(doc, doc.claims)
    eventful = grouped_by_sentence(doc, doc.triggers)
    return [c for i in sorted(claims) if 0 <= i < first and i not in eventful
            for c in claims[i] if c.role != RELAYED]
