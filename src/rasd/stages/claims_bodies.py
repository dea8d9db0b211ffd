"""Bodies and second voices of claims.v1: who speaks when no role cue names the source.

Bodies and office holders named bare ("the government", "le préfet", "الرئاسة") are a
source only where they speak; a verb of saying with two subjects joined by "and" ("the army
and residents said") gives each its claim. Read from `resources/<lang>/claims.yaml`:
`speaking_bodies`, `local_speakers`, `roles`, `capitals` (a capital that speaks is its
government: "Bamako said"); the conjunctions of `numbers.yaml`.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from rasd.doc import ArticleDoc, ClaimMention, Span
from rasd.languages import rules_for
from rasd.lexicon import LexMatch, term_alternation
from rasd.normalize import fold, norm_view
from rasd.stages.claims_clauses import (
    APPOSED_NAME_WORDS,
    ATTRIBUTED,
    SELF_NAMED,
    apposed,
    named,
    same_clause,
)
from rasd.stages.claims_relay import RELAYED
from rasd.stages.claims_scan import scanned
from rasd.stages.lexical import folded, per_language, section
from rasd.stages.nearby import Near, nearest, sentence_index, words_between


@per_language
def _body_patterns(lang: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    wrap = rules_for(lang).wrap
    return tuple((str(role), re.compile(wrap(words)))
                 for role, terms in (section(lang, "claims", "speaking_bodies") or {}).items()
                 if (words := term_alternation(list(terms or ()))))


def bodies(doc: ArticleDoc, cued: list[LexMatch]) -> list[LexMatch]:
    """Bodies and office holders named bare ("the government", "le préfet", "الرئاسة"),
    not already inside a role cue: a source only where they speak, since the same words
    name them in the story ("a pro-government militia", "the minister visited the site")."""
    view = norm_view(doc)
    found = [LexMatch((role,), m.group(0), view.orig_span(m.start(), m.end()), m.start(), m.end())
             for role, pattern in _body_patterns(doc.lang or "") for m in scanned(doc, pattern)]
    # the longest name wins ("les autorités locales" is a local source, not "les autorités")
    found.sort(key=lambda m: (m.span.start - m.span.end, m.span.start))
    taken = Near(doc.text, cued)
    starts: list[int] = []  # the kept names, disjoint, by start
    ends: list[int] = []
    kept: list[LexMatch] = []
    for match in found:
        at = bisect_left(starts, match.span.start)
        clash = (at < len(starts) and starts[at] < match.span.end) or (at > 0 and ends[at - 1] > match.span.start)
        if not clash and not taken.overlapping(match.span):
            starts.insert(at, match.span.start)
            ends.insert(at, match.span.end)
            kept.append(match)
    return kept



BODY_WORDS = 3  # "Defence Minister Jane Doe told"


def _within(text: str, item: Span, span: Span, max_words: int) -> bool:
    """Whether `item` lies within `max_words` words of `span`, as `nearest` counts them."""
    if item.start >= span.end:
        return words_between(text, span, item, cap=max_words) <= max_words
    return words_between(text, item, span, cap=max_words) <= max_words


def _gap(text: str, a: Span, b: Span) -> int:
    return words_between(text, a, b) if a.start < b.start else words_between(text, b, a)


def body_speaks(doc: ArticleDoc, body: LexMatch, spoken: dict[int, list[LexMatch]],
                 cued_at: dict[int, list[LexMatch]]) -> bool:
    """Whether a body named bare is the one speaking: a verb of saying or a statement noun
    stands within a few words in its clause, and no source cue stands closer to it ("the
    governor met them, one of the organisers said": the organiser speaks)."""
    at = sentence_index(doc.sentences or (), body.span) if doc.sentences else None
    local = spoken.get(at, []) if at is not None else [m for g in spoken.values() for m in g]

    def clause(span: Span, max_words: int) -> list[LexMatch]:
        """The words of `local` in the body's clause, of those within `max_words` of `span`
        (all that `nearest` reads there): whether a word is in the clause reads the text
        between, and a long sentence has many words far from the body."""
        return [m for m in local if _within(doc.text, m.span, span, max_words)
                and same_clause(doc.text, body.span, m.span, doc.lang or "")]

    verb = nearest(doc.text, clause(body.span, BODY_WORDS), body.span, max_words=BODY_WORDS) or nearest(
        doc.text, [m for m in local if apposed(doc.text, body.span, m.span)
                   or named(doc.text, body.span, m.span)], body.span, max_words=APPOSED_NAME_WORDS + 1)
    rivals = cued_at.get(at, []) if at is not None else [m for g in cued_at.values() for m in g]
    if verb is None and _issued_by(doc, body, clause(body.span, AGENT_WORDS)):
        return True
    if verb is None:
        # the body opens two subjects joined by "and", the second next to the verb ("the
        # government and a security source said")
        partner = nearest(doc.text, rivals, body.span, max_words=2)
        return partner is not None and joined_to(doc, body, partner) \
            and nearest(doc.text, clause(partner.span, BODY_WORDS), partner.span, max_words=BODY_WORDS) is not None
    gap = _gap(doc.text, body.span, verb.span)
    rival = None if gap == 0 else nearest(doc.text, rivals, verb.span, max_words=gap - 1)
    return rival is None or joined_to(doc, body, rival)


AGENT_WORDS = 6  # "a statement released late on Monday by the presidency"


@per_language
def _agent(lang: str) -> re.Pattern[str] | None:
    words = term_alternation(list(section(lang, "claims", "agents") or ()))
    return re.compile(rf"(?<!\w)(?:{words})\s*\Z") if words else None


def _issued_by(doc: ArticleDoc, body: LexMatch, clause: list[LexMatch]) -> bool:
    """Whether a body is the agent of a statement named a few words before it in its clause
    ("a statement issued on Monday by the presidency", "un communiqué publié par la
    présidence", "بيان صادر عن الرئاسة"): the statement is the body's."""
    pattern = _agent(doc.lang or "")
    if pattern is None or pattern.search(norm_view(doc).text, max(0, body.norm_start - 24),
                                         body.norm_start) is None:
        return False
    nouns = [m for m in clause if m.labels[0] == "statement_nouns" and m.span.end <= body.span.start]
    return nearest(doc.text, nouns, body.span, max_words=AGENT_WORDS) is not None


def joined_to(doc: ArticleDoc, body: LexMatch, cue: LexMatch) -> bool:
    """Whether a body and a source cue are two subjects joined by a conjunction ("the
    government and a security source said", "قالت الحكومة ومصادر أمنية"): both speak."""
    patterns = joined_patterns(doc.lang or "")
    if patterns is None:
        return False
    before, _, glued = patterns
    if body.span.end <= cue.span.start:
        return joined_before(doc, body.span, cue, before, glued)
    return cue.span.end <= body.span.start and joined_before(doc, cue.span, body, before, glued)



def voiced(claims: list[ClaimMention], co: ClaimMention) -> bool:
    """Whether a co-speaker already speaks through the claims before it ("selon l'armée et
    des sources locales": the army's own cue names it). Only the last few are read."""
    span = co.claimant_span
    return span is not None and any(
        c.claimant_span == span or (c.span.start < span.end and span.start < c.span.end)
        for c in claims[-3:])


@per_language
def joined_patterns(lang: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]] | None:
    """Patterns for "<party> and" ending the text before a cue, for "and <locals>"
    opening the text after a party, and for a conjunction glued to a cue ("ومصادر")."""
    conj = term_alternation(list(section(lang, "numbers", "conjunction") or ()))
    residents = term_alternation(list(section(lang, "claims", "local_speakers") or ()))
    if not conj or not residents:
        return None
    # an article may follow the conjunction ("the army and a security source", "l'armée
    # et des sources locales"); a conjunction glued to the cue leaves only a space
    before = re.compile(rf"\A\s*,?\s*(?:{rules_for(lang).wrap(conj)}\s*(?:\w{{1,3}}'?\s*)?)?\Z")
    after = re.compile(rf"\s*,?\s*(?:{conj})?\s*(?:\w{{1,3}}\s+)?{rules_for(lang).wrap(residents)}")
    glued = re.compile(rf"\A(?:{conj})(?=\w)")
    return before, after, glued


def co_speakers(doc: ArticleDoc, cue: LexMatch, role: str, actor,  # type: ignore[no-untyped-def]
                 actors: Near) -> list[ClaimMention]:
    """The second voice of a verb of saying with two subjects joined by "and": a party
    before a source cue ("the army and residents said") or locals after a party that
    speaks ("قال الجيش والسكان", "ont indiqué l'armée et des habitants"). `actors`: those
    of the cue's sentence, of which only the ones within two words of a source cue are
    read (and only for a source cue)."""
    patterns = joined_patterns(doc.lang or "")
    if patterns is None:
        return []
    before, after, glued = patterns
    if role in SELF_NAMED and role != RELAYED:
        return [ClaimMention(cue.span, ATTRIBUTED, a.actor_id, a.span)
                for a in actors.candidates(cue.span, max_words=2)
                if a.span.end <= cue.span.start and joined_before(doc, a.span, cue, before, glued)]
    if role == ATTRIBUTED and actor is not None:
        m = after.match(folded(doc, actor.span.end, actor.span.end + 40))
        if m is not None:
            # the folded text is no longer than the original: the span stays inside it
            end = min(len(doc.text), actor.span.end + len(m.group(0).rstrip()))
            return [ClaimMention(Span(actor.span.end, end), "local_source", None)]
    return []


def joined_before(doc: ArticleDoc, party: Span, cue: LexMatch, before: re.Pattern[str],
                   glued: re.Pattern[str]) -> bool:
    """Whether a party stands joined by a conjunction right before a source cue: written
    between them ("the army and local officials") or glued to the cue ("الجيش ومصادر")."""
    between = folded(doc, party.end, cue.span.start)
    m = before.search(between)
    if m is None:
        return False
    if between.strip(" ,"):
        return True  # the conjunction stands between them
    matched = norm_view(doc).text[cue.norm_start:cue.norm_end]
    conj = glued.match(matched)
    return conj is not None and matched[conj.end():] in _role_terms(doc.lang or "")


@per_language
def _role_terms(lang: str) -> frozenset[str]:
    """The cue phrases of `roles` folded (to tell a glued conjunction from a word's own
    first letter: "ومصادر محلية" is "و" + a cue, "وزارة" is not)."""
    roles = section(lang, "claims", "roles") or {}
    return frozenset(fold(str(t)) for terms in roles.values() for t in terms or ())


CAPITAL_LEAD_WORDS = 1  # "But Bamako said", "Mais Bamako a indiqué"
CAPITAL_VERB_WORDS = 1  # "Bamako has said"
_CLAUSE_OPEN = re.compile(r"[.!?;:,،؛\n\"“«]")


@per_language
def _capitals(lang: str) -> re.Pattern[str] | None:
    words = term_alternation(list(section(lang, "claims", "capitals") or ()))
    return re.compile(rules_for(lang).wrap(words)) if words else None


_SENTENCE_OPEN = re.compile(r"[.!?\n\"“«]")


def _opens(text: str, start: int) -> bool:
    """Whether a name stands first in its sentence, after at most one word ("But Bamako"):
    one after a comma may be in apposition ("in the capital, Niamey, says")."""
    pieces = _SENTENCE_OPEN.split(text[max(0, start - 40):start])
    if len(pieces) == 1 and start > 40:
        return False
    return len(pieces[-1].split()) <= CAPITAL_LEAD_WORDS


def speaking_capitals(doc: ArticleDoc, spoken: dict[int, list[LexMatch]],
                      cued: list[LexMatch]) -> list[LexMatch]:
    """Capitals that speak for their government (`claims.yaml` capitals: "Bamako said",
    "Paris a démenti", "وقالت باماكو"): the subject of a verb of saying, first in its sentence
    before the verb or right after it in its clause. A capital in a phrase ("a resident of Bamako said",
    "the minister said in Niamey") names a place, not a voice."""
    pattern = _capitals(doc.lang or "")
    if pattern is None:
        return []
    view = norm_view(doc)
    taken = Near(doc.text, cued)
    out = []
    for m in scanned(doc, pattern):
        cue = LexMatch(("government",), m.group(0), view.orig_span(m.start(), m.end()), m.start(), m.end())
        if taken.overlapping(cue.span):
            continue
        at = sentence_index(doc.sentences or (), cue.span) if doc.sentences else None
        verbs = spoken.get(at, []) if at is not None else sorted(
            (v for g in spoken.values() for v in g), key=lambda v: v.span.start)
        i = bisect_left([v.span.start for v in verbs], cue.span.end)  # the verbs after it
        following = verbs[i] if i < len(verbs) else None
        preceding = verbs[i - 1] if i > 0 and verbs[i - 1].span.end <= cue.span.start else None
        after = following is not None and _opens(view.text, m.start()) \
            and words_between(doc.text, cue.span, following.span) <= CAPITAL_VERB_WORDS
        before = preceding is not None and words_between(doc.text, preceding.span, cue.span) == 0 \
            and not _CLAUSE_OPEN.search(doc.text, preceding.span.end, cue.span.start)
        if after or before:
            out.append(cue)
    return out
