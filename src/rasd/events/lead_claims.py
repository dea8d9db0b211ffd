"""The claims of a report's opening lines that tell no incident: a communiqué's heading
("COMMUNIQUÉ DE L'ÉTAT-MAJOR", "بيان هيئة الأركان"), a lead-in ("The army said on Monday:").
They are the report's source for the incidents after them that name none of their own."""

from __future__ import annotations

from rasd.doc import ArticleDoc, ClaimMention
from rasd.events.party import resolve_name
from rasd.records import Claim, EventRecord
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


# a claim of responsibility: the cue itself says who did it ("claimed responsibility")
RESPONSIBILITY = "perpetrator"


def closing_claims(doc: ArticleDoc, events: list[EventRecord]) -> list[EventRecord]:
    """The events with the claims of responsibility that no incident's passage holds (told
    in a report's lead or closing line: "JNIM, which claimed the attack, has warned ...")
    given to the report's main incident, when it has only one: with several, a claim that
    names none of them may be any one's."""
    mains = [i for i, e in enumerate(events) if e.role == "main"]
    if len(mains) != 1:
        return events
    held = {c.span for e in events for c in e.claims}
    extra = tuple(Claim(claimant=_claimant(doc, c), claimant_role=RESPONSIBILITY, partisan=True,
                        span=(c.span.start, c.span.end))
                  for c in doc.claims or ()
                  if c.role == RESPONSIBILITY and (c.span.start, c.span.end) not in held)
    if not extra:
        return events
    main = events[mains[0]]
    out = list(events)
    out[mains[0]] = main.model_copy(update={"claims": main.claims + extra})
    return out


def _claimant(doc: ArticleDoc, claim: ClaimMention) -> str:
    """The claimant as named: the actor's name, or the cue's own words."""
    if claim.claimant is not None:
        return resolve_name(claim.claimant, country=None, on=None)
    return claim.span.of(doc.text)
