"""Source cues of claims.v1: which role cues speak, and the sources beside them.

A second source joined to a cue by a conjunction ("local and security sources", "sources
sécuritaires, humanitaires et locales"); cues that also name people in the story speak only
beside a verb of saying (`SPOKEN` roles, `claims.yaml` speaking_only); verbs of accusing
voice a source but make no claim of their own; sources left unnamed on purpose; a
government cue qualified as local. Read from `resources/<lang>/claims.yaml`: `coordinated`,
`determiners`, `speaking_only`, `accusations`, `unnamed_sources`, `concurring_sources`,
`local_qualifiers`, `media_nouns` (with a country's demonym: "Nigerian media"); the
conjunctions of `numbers.yaml`, the demonyms of `actors.yaml`.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from rasd.doc import ArticleDoc
from rasd.languages import rules_for
from rasd.lexicon import LexMatch, term_alternation
from rasd.normalize import fold, norm_view
from rasd.stages.claims_bodies import joined_to
from rasd.stages.claims_clauses import Quoted
from rasd.stages.claims_scan import scanned
from rasd.stages.lexical import per_language, section
from rasd.stages.nearby import Near, nearest, sentence_index, words_between

# a source left unnamed on purpose ("diplomatic sources"): role unknown in the record, and
# kept beside named sources, where hearsay ("reportedly") is not
UNNAMED_SOURCE = "unnamed_source"
_WINDOW = 60  # characters looked at before a cue (a few words)
LISTED_SOURCES = 2  # words listed before the conjunction: "security, humanitarian and local"


@per_language
def _coordination(lang: str) -> tuple[re.Pattern[str] | None, tuple[tuple[str, re.Pattern[str], re.Pattern[str]], ...]]:
    """A pattern for a conjunction ending a text, and per role a pattern for its word joined
    after a source cue and one for it before."""
    conj = term_alternation(list(section(lang, "numbers", "conjunction") or ()))
    wrap = rules_for(lang).wrap
    found = []
    for role, terms in (section(lang, "claims", "coordinated") or {}).items():
        words = term_alternation(list(terms or ()))
        if conj and words:
            # a list may come first ("sources sécuritaires, humanitaires et locales")
            item = rf"(?:\s*,\s*\w+|\s+(?:{conj})\s*\w+)"
            after = re.compile(rf"{item}{{0,{LISTED_SOURCES}}}\s*,?\s+(?:{conj})\s*(?:{words})(?!\w)")
            before = re.compile(rf"(?<!\w)(?:{words}){item}{{0,{LISTED_SOURCES}}},?\s+{wrap(conj)}\s*\Z")
            found.append((str(role), after, before))
    return (re.compile(rf"{wrap(conj)}\s*\Z") if conj else None), tuple(found)


@per_language
def _determiner(lang: str) -> re.Pattern[str] | None:
    """A determiner ending the text (before a word it makes a noun phrase of its own)."""
    words = term_alternation(list(section(lang, "claims", "determiners") or ()))
    return re.compile(rf"(?<!\w)(?:{words})\s*\Z") if words else None


def coordinated(doc: ArticleDoc, sources: list[LexMatch]) -> list[tuple[LexMatch, str]]:
    """The second sources joined to a source cue ("local and security sources")."""
    joined, rules = _coordination(doc.lang or "")
    if not rules or not sources:
        return []
    determined = _determiner(doc.lang or "")
    view = norm_view(doc)
    found = []
    for cue in sources:
        left = max(0, cue.norm_start - _WINDOW)
        # the long search before the cue only when a conjunction ends the text before it
        led = joined is not None and joined.search(view.text, max(0, cue.norm_start - 8),
                                                   cue.norm_start) is not None
        for role, after, before in rules:
            if role == cue.labels[0]:
                continue
            m = after.match(view.text, cue.norm_end)
            b = None if m or not led else before.search(view.text, left, cue.norm_start)
            if b is not None and determined is not None \
                    and determined.search(view.text, max(0, b.start() - 12), b.start()):
                b = None  # "the military and local officials": a body, not a qualifier
            start, end = (m.start(), m.end()) if m else (b.start(), b.end()) if b else (0, 0)
            if end > start:
                span = view.orig_span(start, end)
                found.append((LexMatch((role,), "", span, start, end), role))
    return found




# roles whose cues also name people or bodies in the story ("eight survivors were found",
# "the victims' families", "UN peacekeepers were killed", "le camp de l'ONU"): a source only
# beside a verb of saying or a statement ("according to survivors", "the UN mission said")
SPOKEN = frozenset({"target", "international_organisation"})
SPEAKING_WORDS = 4


@per_language
def speaking_only(lang: str) -> frozenset[str]:
    """The role cues that also name people in the story ("a village chief was abducted",
    "le maire a été tué"): a source only beside a verb of saying, as `SPOKEN` roles are."""
    return frozenset(fold(str(t)) for t in section(lang, "claims", "speaking_only") or ())


def speaks_with(doc: ArticleDoc, cue: LexMatch, roles: list[LexMatch], starts: list[int],
                 spoken: dict[int, list[LexMatch]]) -> bool:
    """Whether a cue is the first of two subjects joined by "and" whose second speaks ("a
    local official and a colleague of the victims said"): both speak. `starts`: the role
    cues' starts, in order."""
    at = bisect_right(starts, cue.span.start)  # the cue after it
    partner = roles[at] if at < len(roles) else None
    return partner is not None and words_between(doc.text, cue.span, partner.span) <= 2 \
        and joined_to(doc, cue, partner) and speaks(doc, partner, spoken)


def speaks(doc: ArticleDoc, cue: LexMatch, spoken: dict[int, list[LexMatch]]) -> bool:
    sentences = doc.sentences or ()
    local = spoken.get(sentence_index(sentences, cue.span), []) if sentences else \
        [m for group in spoken.values() for m in group]
    return nearest(doc.text, local, cue.span, max_words=SPEAKING_WORDS) is not None


# accusing or condemning voices a source cue or a body, and makes no generic claim
ACCUSATION = "accusation"


@per_language
def _accusation_pattern(lang: str) -> re.Pattern[str] | None:
    # condemning verbs are listed apart (`condemnations`, read also by rasd.events.reactions)
    words = term_alternation([*(section(lang, "claims", "accusations") or ()),
                              *(section(lang, "claims", "condemnations") or ())])
    return re.compile(rules_for(lang).wrap(words)) if words else None


def accusations(doc: ArticleDoc) -> list[LexMatch]:
    """Verbs of accusing or condemning ("survivors accused", "le secrétaire général
    condamne"): they voice a source or body named beside them, as a verb of saying does,
    but make no generic claim of their own (the name beside one may be the accused)."""
    pattern = _accusation_pattern(doc.lang or "")
    if pattern is None:
        return []
    view = norm_view(doc)
    return [LexMatch((ACCUSATION,), m.group(0), view.orig_span(m.start(), m.end()), m.start(), m.end())
            for m in scanned(doc, pattern)]



@per_language
def _unnamed_pattern(lang: str) -> re.Pattern[str] | None:
    # concurring sources are unnamed sources too; records drop them beside a neutral one
    words = term_alternation([*(section(lang, "claims", "unnamed_sources") or ()),
                              *(section(lang, "claims", "concurring_sources") or ())])
    return re.compile(rules_for(lang).wrap(words)) if words else None



def unnamed_sources(doc: ArticleDoc, cued: list[LexMatch]) -> list[LexMatch]:
    """Sources left unnamed on purpose, where no role cue already stands and outside
    quoted speech: the minister who says "according to well-informed sources, fifteen
    died" is the source, citing his own."""
    pattern = _unnamed_pattern(doc.lang or "")
    if pattern is None:
        return []
    view = norm_view(doc)
    taken = Near(doc.text, cued)
    quoted = Quoted.of(doc)
    found = []
    for m in scanned(doc, pattern):
        span = view.orig_span(m.start(), m.end())
        if not taken.overlapping(span) and not quoted.inside(span):
            found.append(LexMatch((UNNAMED_SOURCE,), m.group(0), span, m.start(), m.end()))
    return found


@per_language
def _local_qualifier(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    words = term_alternation(list(section(lang, "claims", "local_qualifiers") or ()))
    if not words:
        return None
    return re.compile(rf"\s*(?:{words})(?!\w)"), re.compile(rf"(?<!\w)(?:{words})\s*\Z")


def localised(doc: ArticleDoc, cue: LexMatch, role: str) -> str:
    """A government cue qualified as local ("les autorités locales", "local authorities
    said", "السلطات المحلية") names a local source: mayors and local officials."""
    patterns = _local_qualifier(doc.lang or "")
    if role != "government" or patterns is None:
        return role
    after, before = patterns
    view = norm_view(doc)
    if after.match(view.text, cue.norm_end) or before.search(view.text, max(0, cue.norm_start - 16),
                                                             cue.norm_start):
        return "local_source"
    return role



STATE_WORDS = 4  # 'قناة "ار تي ان" الرسمية': the outlet's name between noun and qualifier
_NAME_GAP = re.compile(r"\s*(?:[\"“”«»'][^\"“”«»'.!?]{1,40}[\"“”«»']|(?:[A-Z][\w'’-]*\s*)*)\s*\Z")


def state_owned(doc: ArticleDoc, cue: LexMatch, role: str) -> str:
    """A media cue qualified as the state's ("la chaîne publique", "state-run television
    channel", 'قناة "ار تي ان" الرسمية'; `claims.yaml` state_qualifiers) names a state
    outlet: the government's voice. Only a name may stand between the noun and the word
    after it ("the newspaper made public a video" is no state outlet)."""
    patterns = _state_qualifier(doc.lang or "")
    if role != MEDIA or patterns is None:
        return role
    after, before = patterns
    view = norm_view(doc)
    m = after.match(view.text, cue.norm_end)
    if m is not None:
        gap = view.orig_span(cue.norm_end, m.start(1)) if m.start(1) > cue.norm_end else None
        if gap is None or _NAME_GAP.match(gap.of(doc.text)):
            return "government"
    if before.search(view.text, max(0, cue.norm_start - 24), cue.norm_start):
        return "government"
    return role


@per_language
def _state_qualifier(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    words = term_alternation(list(section(lang, "claims", "state_qualifiers") or ()))
    if not words:
        return None
    wrap = rules_for(lang).wrap
    return (re.compile(rf"(?:[^\w.,;:!?،؛]+\w+){{0,{STATE_WORDS}}}?[^\w.,;:!?،؛]*({wrap(words)})"),
            re.compile(rf"{wrap(words)}[\s-]*\Z"))


MEDIA = "independent_media"


@per_language
def _national_media(lang: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]] | None:
    """Patterns for a media noun (`claims.yaml` media_nouns), a country's name or adjective
    (the demonyms of `actors.yaml`) right after it and one right before it: "Nigerian
    media", "médias maliens", "وسائل إعلام نيجيرية", "la presse du Niger"."""
    nouns = term_alternation(list(section(lang, "claims", "media_nouns") or ()))
    names = term_alternation([str(t) for terms in (section(lang, "actors", "demonyms") or {}).values()
                              for t in terms or ()])
    if not nouns or not names:
        return None
    wrap = rules_for(lang).wrap
    link = r"\s+(?:\w{1,3}\s+|\w'\s*)?"  # "la presse du Niger", "médias d'Algérie"
    return (re.compile(wrap(nouns)), re.compile(rf"{link}{wrap(names)}"),
            re.compile(rf"{wrap(names)}\s+\Z"))


NAME_REACH = 40  # characters before a media noun where a country's adjective may start


def national_media(doc: ArticleDoc, cued: list[LexMatch]) -> list[LexMatch]:
    """A country's media named as a source ("Nigerian media reported", "selon des médias
    maliens", "ذكرت وسائل إعلام نيجيرية"): independent media, as "local media" are. The
    media nouns are found first (few), then a country's name beside each."""
    patterns = _national_media(doc.lang or "")
    if patterns is None:
        return []
    nouns, after, before = patterns
    view = norm_view(doc)
    taken = Near(doc.text, cued)
    found = []
    for m in scanned(doc, nouns):
        start, end = m.start(), m.end()
        following = after.match(view.text, end)
        preceding = None if following else before.search(view.text, max(0, start - NAME_REACH), start)
        if following is None and preceding is None:
            continue
        start, end = (start, following.end()) if following else (preceding.start(), end)
        span = view.orig_span(start, end)
        if not taken.overlapping(span):
            found.append(LexMatch((MEDIA,), view.text[start:end], span, start, end))
    return found
