"""Who the text says did it when the passage of the incident names no attacker: the armed
group that speaks of the incident in its own claim ("JNIM announced it had taken the
barracks"), or the group a bare definite noun points back to ("the group announced two
days ago it had seized two more hostages", "le même groupe", "الجماعة").

These fill an actor1 that would otherwise be an Unidentified Armed Group (sides.finalise);
they never displace an attacker the passage names.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable

from rasd.actors import NON_STATE_ARMED, catalogue
from rasd.doc import ActorMention, ArticleDoc, ClaimMention, Span
from rasd.events.party import UNIDENTIFIED, Party, ancestors
from rasd.events.targets import partitive_follows
from rasd.stages.lexical import hits
from rasd.stages.nearby import (
    SpanIndex,
    grouped_by_sentence,
    per_layers,
    sentence_index,
    words_between,
)
from rasd.stages.sentences import recall_clauses

# roles of a claim whose armed claimant speaks as the one who acted: a claim of
# responsibility, or a statement of its own ("JNIM announced it had taken the barracks")
SPEAKING_ROLES = frozenset({"perpetrator", "attributed"})
ANY_SIDE = "any"  # actors.yaml `anaphora` label of a noun that stands for a group of any side
ANTECEDENT_CHARS = 3000  # how far back a "the group" looks for the group it stands for
NAME_AFTER_CHARS = 40  # "the jihadist group Ansaroul Islam": the name follows, no anaphor
# a relative clause cut off as its own sentence ("JNIM, | which claimed the attack, has
# waged an insurgency since 2015"): its claim cue opens it, its antecedent closes the piece
# before it
CLAUSE_OPENING_CHARS = 30  # "which claimed", "qui avait revendiqué"
IDENTIFIED_WORDS, IDENTIFIED_CHARS = 8, 120  # "the attackers were fighters linked to X"
PLURAL_CLAIM_SENTENCES = 2  # how far past the incident's sentences "both attacks" may stand
_ONLY_PUNCTUATION = re.compile(r"[\s,،;:()\-–—]*")
_CLAUSE_END = re.compile(r"[,،;:.!?]")
_YEAR = re.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")


def _named_group(actor_id: str) -> bool:
    """Whether an actor is a named armed group (not gunmen, not an unidentified group)."""
    actor = catalogue().actor(actor_id)
    return (actor.side in NON_STATE_ARMED and actor.side != "unknown"
            and not actor.generic and actor_id != UNIDENTIFIED)


def anaphors(doc: ArticleDoc) -> tuple[tuple[Span, str, bool, Span], ...]:
    """Each bare "the group" (actors.yaml `anaphora`) with the named armed group it stands
    for: the last one named before it, passing over the umbrella of a group already named
    ("JNIM, al-Qaeda's affiliate ... the group" is JNIM); a noun naming a side ("the
    rebels") stands for the last group of that side (flagged True); last, the span of the
    name it stands for. Built once per document."""
    return doc.cached_view("actors:anaphora", lambda _text: _resolve(doc))


def _resolve(doc: ArticleDoc) -> tuple[tuple[Span, str, bool, Span], ...]:
    found = hits(doc, "actors", "anaphora")
    if not found:
        return ()
    # imported here: parties builds on this module
    from rasd.events.parties import rival_umbrellas

    actors = list(doc.actors or ())
    rivals = rival_umbrellas(doc, actors)  # "groups tied to al-Qaeda and the Islamic State"
    taken = SpanIndex(a.span for a in actors)
    named = [a for a in actors if not a.generic and _named_group(a.actor_id)]
    names = SpanIndex(a.span for a in named)
    events = sorted([(a.span.start, 1, a) for a in named] + [(m.span.start, 0, m) for m in found],
                    key=lambda e: (e[0], e[1]))
    umbrellas: set[str] = set()
    # the last group named, for "the group" (label ANY_SIDE), and the last of each side,
    # for a noun that names the side ("the rebels")
    last: dict[str, ActorMention | None] = {}
    out = []
    for _start, is_name, item in events:
        if is_name and item.span in rivals:
            last = {}  # the insurgency at large: "the group" after it is none of them
        elif is_name:
            umbrellas |= ancestors(item.actor_id)
            if item.actor_id not in umbrellas:
                last[ANY_SIDE] = last[catalogue().actor(item.actor_id).side] = item
        else:
            antecedent = last.get(item.labels[0])
            if antecedent is not None and item.span.start - antecedent.span.end <= ANTECEDENT_CHARS \
                    and not _names_no_one(doc, item.span, taken, names):
                out.append((item.span, antecedent.actor_id, item.labels[0] != ANY_SIDE,
                            antecedent.span))
    return tuple(out)


def _names_no_one(doc: ArticleDoc, span: Span, taken: SpanIndex, names: SpanIndex) -> bool:
    """Whether a "the group" stands for no earlier group: part of an actor's own name, the
    group named right after it ("the jihadist group Ansaroul Islam"), or a part of
    something ("the group of attackers")."""
    return (taken.overlaps(span) or partitive_follows(doc, span.end)
            or names.first_starting_in(span.end, span.end + NAME_AFTER_CHARS) is not None)


def attributed(doc: ArticleDoc, claims: Iterable[ClaimMention], sentences: Iterable[Span], *,
               excluded: set[Span]) -> tuple[Party, ...]:
    """The named armed groups the incident's sentences credit with it, in text order: the
    claimant of a claim of theirs (not one the text denies or only guesses at: `excluded`),
    and the group a "the group" in them stands for; none in a sentence that says a group
    denied it (actors.yaml `denials`: "the group denied any part in the attack")."""
    bounds = sorted(sentences, key=lambda s: s.start)
    found: list[tuple[int, Party]] = []
    for claim in claims:
        span = claim.claimant_span
        if (claim.role in SPEAKING_ROLES and claim.claimant and span is not None
                and span not in excluded and claim.span not in excluded
                and _named_group(claim.claimant)):
            found.append((span.start, Party(claim.claimant, None, (span,))))
        elif claim.role in SPEAKING_ROLES and claim.claimant is None and claim.span not in excluded:
            antecedent = _relative_antecedent(doc, claim.span)
            if antecedent is not None:
                found.append((antecedent.span.start, Party(antecedent.actor_id, None, (antecedent.span,))))
    found.extend(_plural_claims(doc, bounds, excluded))
    found.extend(_identified_attackers(doc, bounds, excluded))
    found.extend(_anaphor_groups(doc, bounds, excluded))
    if not found:  # most incidents: no denial to look for
        return ()
    denials = hits(doc, "actors", "denials")
    denied = per_layers(doc, "attribution:denials", (denials,),
                        lambda: SpanIndex(m.span for m in denials))
    starts = [b.start for b in bounds]
    return tuple(p for start, p in sorted(found, key=lambda e: e[0])
                 if not _in_denial(bounds, starts, start, denied))


def _anaphor_groups(doc: ArticleDoc, bounds: list[Span], excluded: set[Span]) -> list[tuple[int, Party]]:
    """The groups the "the group" in the incident's sentences (`bounds`, sorted) stand for,
    but not a group the text only guesses at or describes (`excluded`)."""
    resolved = _anaphors_in(doc, bounds)
    if not resolved:  # most incidents: no event word index to read
        return []
    acts = per_layers(doc, "attribution:acts", (doc.triggers,),
                      lambda: SpanIndex(t.span for t in doc.triggers or ()))
    found = []
    for span, actor_id, side_noun, antecedent in resolved:
        if antecedent in excluded:
            continue
        sentence = next((b for b in bounds if b.start <= span.start < b.end), None)
        # "the rebels" names a side, not one group: only as the doer of an event word in its
        # sentence ("the rebels attacked the camp"), not in a remark ("the rebels rejected
        # the plan")
        if sentence is not None and (not side_noun or acts.first_starting_in(
                sentence.start, sentence.end - 1) is not None):
            found.append((span.start, Party(actor_id, None, (span,))))
    return found


def _anaphors_in(doc: ArticleDoc, bounds: list[Span]) -> list[tuple[Span, str, bool, Span]]:
    """The document's `anaphors` that start in one of `bounds`, in document order: found by
    bisection in their starts (made once per document), not by a scan of them all per
    incident."""
    resolved = anaphors(doc)
    if not resolved or not bounds:
        return []
    starts = doc.cached_view("attribution:anaphor_starts",
                             lambda _text: [found[0].start for found in resolved])
    picked: set[int] = set()
    for bound in bounds:
        picked.update(range(bisect_left(starts, bound.start), bisect_left(starts, bound.end)))
    return [resolved[i] for i in sorted(picked)]


def _identified_attackers(doc: ArticleDoc, bounds: list[Span],
                          excluded: set[Span]) -> list[tuple[int, Party]]:
    """The named armed groups the incident's sentences identify the attackers with: named
    a few words after a noun for them, in its sentence, joined to it by a word that says who
    they are (actors.yaml `identity_links`), with no event word between ("the
    attackers were fighters linked to X", "les assaillants sont des éléments de X", "إن
    المهاجمين عناصر تابعة لـX"; actors.yaml `attacker_nouns`)."""
    index = doc.cached_view("actors:attacker_nouns", lambda _text: SpanIndex(
        m.span for m in hits(doc, "actors", "attacker_nouns")))
    nouns = [n for b in bounds for n in index.starting_in(b.start, b.end - 1)] if index.spans else []
    if not nouns:
        return []
    sentences = doc.sentences or ()
    # built once per document, not once per incident
    groups, by_span, events, links = doc.cached_view("actors:identified", lambda _text: (
        SpanIndex(a.span for a in doc.actors or () if _named_group(a.actor_id)),
        {a.span: a.actor_id for a in doc.actors or ()},
        SpanIndex(t.span for t in doc.triggers or ()),
        SpanIndex(m.span for m in hits(doc, "actors", "identity_links"))))
    out = []
    for noun in nouns:
        limit = sentences[sentence_index(sentences, noun)].span.end if sentences else len(doc.text)
        for span in groups.starting_in(noun.end, min(limit, noun.end + IDENTIFIED_CHARS)):
            if span in excluded or events.first_starting_in(noun.end, span.start) is not None:
                break
            if (links.first_starting_in(noun.end, span.start) is not None
                    and words_between(doc.text, noun, span, cap=IDENTIFIED_WORDS + 1) <= IDENTIFIED_WORDS):
                out.append((span.start, Party(by_span[span], None, (span,))))
            break
    return out


def _plural_claims(doc: ArticleDoc, bounds: list[Span], excluded: set[Span]) -> list[tuple[int, Party]]:
    """The named groups that claim "both attacks" in one of the few sentences right after
    the incident's (`plural_claims`)."""
    out = []
    for claim in plural_claims(doc, bounds):
        span = claim.claimant_span
        if (claim.claimant and span is not None and span not in excluded
                and claim.span not in excluded and _named_group(claim.claimant)):
            out.append((span.start, Party(claim.claimant, None, (span,))))
    return out


def plural_claims(doc: ArticleDoc, bounds: list[Span]) -> list[ClaimMention]:
    """The claims of responsibility for "both attacks" (actors.yaml `plural_claims`: "les
    deux attaques", "الهجومين") in one of the few sentences right after the incident's
    (`bounds`, sorted): the claim speaks of the incident told just before the one it
    stands in."""
    sentences = doc.sentences or ()
    if not bounds or not sentences:
        return []
    plural = doc.cached_view("actors:plural_claims", lambda _text: SpanIndex(
        m.span for m in hits(doc, "actors", "plural_claims")))
    if not plural.spans:
        return []
    last = sentence_index(sentences, bounds[-1])
    following = sentences[last + 1:last + 1 + PLURAL_CLAIM_SENTENCES]
    if not following:
        return []
    low, high = following[0].span.start, following[-1].span.end
    grouped = grouped_by_sentence(doc, doc.claims)
    return [claim for mention in plural.starting_in(low, high - 1)
            for claim in grouped.get(sentence_index(sentences, mention), ())
            if claim.role == "perpetrator"]


def _relative_antecedent(doc: ArticleDoc, cue: Span) -> ActorMention | None:
    """The named armed group a claim cue with no claimant speaks for when the cue opens a
    relative clause that sentence splitting cut off as its own sentence (it recalls an
    earlier year further on: "JNIM, | which claimed the attack, has fought since 2015",
    "le JNIM, | qui avait revendiqué l'attaque, ... depuis 2015"): the group that closes the
    piece before it. Not when the claim's own clause names a year (the claim of an old
    attack: "which claimed an attack in 2019")."""
    sentences = doc.sentences or ()
    if not sentences:
        return None
    i = sentence_index(sentences, cue)
    if i <= 0 or i not in recall_clauses(doc):
        return None
    here, before = sentences[i].span, sentences[i - 1].span
    if cue.start - here.start > CLAUSE_OPENING_CHARS:
        return None
    closing = _CLAUSE_END.search(doc.text, cue.end, here.end)
    if _YEAR.search(doc.text, cue.end, closing.start() if closing else here.end):
        return None
    # the actors starting in the sentence before (grouped once per document: a scan of
    # them all per cue is quadratic in a long report)
    for actor in grouped_by_sentence(doc, doc.actors).get(i - 1, ()):
        if (before.start <= actor.span.start and actor.span.end <= here.start
                and _ONLY_PUNCTUATION.fullmatch(doc.text, actor.span.end, here.start)
                and _named_group(actor.actor_id)):
            return actor
    return None


def _in_denial(bounds: list[Span], starts: list[int], start: int, denied: SpanIndex) -> bool:
    """Whether the sentence (of `bounds`, sorted; `starts` theirs) holding `start` has a
    denial in it."""
    i = bisect_right(starts, start) - 1
    return i >= 0 and denied.first_starting_in(bounds[i].start, bounds[i].end) is not None


def speakers(parties: tuple[Party, ...], claims: list[ClaimMention]) -> frozenset[Party]:
    """The parties named only as who speaks: in a claim's cue or as its claimant."""
    if not claims:  # no one speaks: only a party of no mention is "only" a speaker
        return frozenset(p for p in parties if not p.spans)
    said = SpanIndex([*(c.span for c in claims),
                      *(c.claimant_span for c in claims if c.claimant_span is not None)])
    return frozenset(p for p in parties if all(map(said.overlaps, p.spans)))
