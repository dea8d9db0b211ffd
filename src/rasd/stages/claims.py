"""claims.v1: who asserts the facts — cue phrases with the claimant's role.

`resources/<lang>/claims.yaml`: `roles` (perpetrator | target | government |
independent_media | local_source | international_organisation | unknown … → cue phrases),
`attribution` (generic verbs: "said", "selon", "قال"), `statement_nouns` ("statement",
"communiqué", "بيان"). A generic attribution becomes a claim with role "attributed" and the
nearest actor as claimant; the events stage turns it into perpetrator, target or
government once it knows who did what.
"""

from __future__ import annotations

from rasd.doc import ArticleDoc, ClaimMention
from rasd.registry import layer_stage
from rasd.stages.lexical import hits
from rasd.stages.nearby import in_same_sentence, nearest

ATTRIBUTED = "attributed"
MAX_CLAIMANT_WORDS = 6
# an attribution verb this close to a source cue is that source speaking ("selon une source
# sécuritaire", "a security source said"), not a second claim by a nearby actor
MAX_SOURCE_WORDS = 2
# roles whose cue names the source itself: a party named nearby is what the source speaks
# about ("an attack on an army post, a security source said"), not who speaks
SELF_NAMED = frozenset({"security_source", "independent_media", "local_source",
                        "international_organisation", "unknown"})


def find_claims(doc: ArticleDoc) -> list[ClaimMention]:
    """Claim cues in text order, each with the nearest actor in its sentence, if any."""
    cues = [(m, m.labels[0]) for m in hits(doc, "claims", "roles")]
    sources = [m for m, role in cues if role in SELF_NAMED]
    taken = [m.span for m, _ in cues]
    for m in hits(doc, "claims", "attribution"):
        if any(s.start < m.span.end and m.span.start < s.end for s in taken):
            continue
        local_sources = in_same_sentence(doc.sentences or (), sources, m.span)
        if nearest(doc.text, local_sources, m.span, max_words=MAX_SOURCE_WORDS) is None:
            cues.append((m, ATTRIBUTED))
    claims = []
    for match, role in sorted(cues, key=lambda c: c[0].span.start):
        local = in_same_sentence(doc.sentences or (), list(doc.actors or ()), match.span)
        actor = (None if role in SELF_NAMED else
                 nearest(doc.text, local, match.span, max_words=MAX_CLAIMANT_WORDS))
        if role == ATTRIBUTED and actor is None:
            continue  # "said", "selon" with nobody named: no claimant to report
        claims.append(ClaimMention(match.span, role, None if actor is None else actor.actor_id,
                                   None if actor is None else actor.span))
    return claims


SPEC = layer_stage("claims.v1", layer="claims", find=find_claims, requires={"text", "lang", "sentences", "actors"})
