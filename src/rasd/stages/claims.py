"""claims.v1: who asserts the facts — cue phrases with the claimant's role.

`resources/<lang>/claims.yaml`: `roles` (perpetrator | target | government |
independent_media | local_source | international_organisation | unknown … → cue phrases),
`attribution` (generic verbs: "said", "selon", "قال"), `statement_nouns` ("statement",
"communiqué", "بيان"). A generic attribution becomes a claim with role "attributed" and the
nearest actor as claimant; the events stage turns it into perpetrator, target or
government once it knows who did what. `coordinated` (role → words) names a second source
joined to a source cue by a conjunction ("local and security sources", "sources locales
et sécuritaires", "مصادر محلية وأمنية"); `negations` are words that, a few words before a
cue, deny a claim of responsibility ("no group has claimed responsibility", "aucune
revendication"). `recipients` are the words (or glued clitics) that make an outlet the one a
source spoke to ("told AFP", "à l'AFP", "لوكالة فرانس برس"): such an outlet only relays, as
does one credited in brackets ("(AFP)", "[File: …/Reuters]"), and is no claimant.
`speaking_bodies` (role → words) name bodies and office holders bare ("the government",
"le préfet", "الرئاسة"): a source only beside a verb of saying or a statement noun.
`local_qualifiers` ("local", "locales", "المحلية") beside a government cue make it a local
source's. `unnamed_sources` are sources left unnamed on purpose ("diplomatic sources"): unknown,
and kept beside named sources. `complementisers` ("that", "que", "أن") open what a verb of saying reports: a name past
one is what is said, not who says it. `local_speakers` are the words for people who speak as locals ("residents", "villageois",
"سكان"): a generic attribution whose nearest name is one of them is a local source's.
`citing` ("citing", "citant", "نقلا عن") a few words after an outlet make it pass on
a source's words (a relay), as does a claim of responsibility in its sentence; `state_media`
are the government cues that name the state's outlets ("state television", "l'AIB"), which
relay a source that spoke to them.
`determiners` ("the", "l'") before a word make it a noun of its own: "the military and local
officials" joins a body to a source, where "military and local sources" shares the noun.
"""

from __future__ import annotations

import re

from rasd.actors import NON_STATE_ARMED, catalogue
from rasd.doc import ArticleDoc, ClaimMention, Span
from rasd.languages import rules_for
from rasd.lexicon import LexMatch, last_words, term_alternation
from rasd.normalize import fold, norm_view
from rasd.registry import layer_stage
from rasd.stages.claims_bodies import bodies, body_speaks, co_speakers, speaking_capitals, voiced
from rasd.stages.claims_clauses import (
    ATTRIBUTED,
    SELF_NAMED,
    Quoted,
    prepositions,
    quoted,
    reported,
    same_clause,
)
from rasd.stages.claims_official import OFFICIAL, OFFICIAL_ROLE, official_tolls
from rasd.stages.claims_relay import (
    CLAUSE_BREAK,
    RELAYED,
    RELAYING,
    disclaimed,
    outlets_quoting,
    passing_on,
    recalls,
    relayed_together,
    relays,
    spoken_to,
    state_outlet,
)
from rasd.stages.claims_sources import (
    SPOKEN,
    UNNAMED_SOURCE,
    accusations,
    coordinated,
    localised,
    national_media,
    speaking_only,
    speaks,
    speaks_with,
    state_owned,
    unnamed_sources,
)
from rasd.stages.lexical import hits, per_language, section
from rasd.stages.nearby import Near, by_sentence, nearest, sentence_index, words_between

MAX_CLAIMANT_WORDS = 6
# an attribution verb this close to a source cue is that source speaking ("selon une source
# sécuritaire"), not a second claim by a nearby actor
MAX_SOURCE_WORDS = 2
# only claims of responsibility are denied in news style ("no group has claimed"); a source
# cue after "not" is still a source ("it was not clear, residents said")
DENIABLE = frozenset({"perpetrator"})
NEGATION_WORDS = 4  # "no group has yet claimed", "ولم تعلن أي جهة مسؤوليتها"
_WINDOW = 60  # characters looked at on either side of a cue (a few words)
# the victims' side a quoted speaker cites in his own words ('"survivors say forty died,"
# the NGO said'): his hearsay, not a source of the report
WITNESSES = frozenset({"target"})


def _claimant(text: str, actors: list, cue: LexMatch, role: str,  # type: ignore[no-untyped-def]
              lang: str = ""):
    """The actor a cue names as its source: the nearest; for an attribution verb, the
    nearest in its clause, or a name before it set off by an apposition ("JNIM, an
    al-Qaeda affiliate in the Sahel, said")."""
    if role != ATTRIBUTED:
        return nearest(text, actors, cue.span, max_words=MAX_CLAIMANT_WORDS)
    if cue.term in prepositions(lang):
        # "according to" introduces its source: a name before it is what is reported
        # ("Wagner's men, about twenty according to some counts")
        actors = [a for a in actors if a.span.start >= cue.span.end]
    clause = [a for a in actors if same_clause(text, a.span, cue.span)
              and not reported(text, cue.span, a.span, lang) and not quoted(text, a.span, cue.span)]
    found = nearest(text, clause, cue.span, max_words=MAX_CLAIMANT_WORDS)
    closing = _APPOSITION_CLOSED.search(text, max(0, cue.span.start - 24), cue.span.start)
    if found is None:
        apposed = [a for a in actors if a.span.end <= cue.span.start
                   and _APPOSITION_OPENS.match(text, a.span.end, cue.span.start)
                   and not quoted(text, a.span, cue.span)]
        found = nearest(text, apposed, cue.span, max_words=2 * MAX_CLAIMANT_WORDS)
    elif closing is not None and found.span.start >= cue.span.end:
        # a name that opens its clause and whose apposition closes right before the verb
        # is its subject, the name after the verb its object ("The alliance, a separatist
        # coalition, claimed a victory over the army"); a name inside a clause before the
        # verb is not ("..., after its capture by JNIM, a annoncé l'armée": inverted)
        apposed = [a for a in actors if a.span.end <= cue.span.start
                   and _APPOSITION_OPENS.match(text, a.span.end, cue.span.start)
                   and _opens_clause(text, a.span) and not quoted(text, a.span, cue.span)]
        found = nearest(text, apposed, cue.span, max_words=2 * MAX_CLAIMANT_WORDS) or found
    return found


_CLAUSE_START = re.compile(r"[.!?;:,،؛\n]")
OPENING_WORDS = 2  # "The CMA alliance", "La coalition CMA"


def _opens_clause(text: str, name: Span) -> bool:
    """Whether a name stands first in its clause, after at most a determiner and a noun."""
    pieces = _CLAUSE_START.split(text[max(0, name.start - 40):name.start])
    if len(pieces) == 1 and name.start > 40:
        return False  # no clause start within reach
    return len(pieces[-1].split()) <= OPENING_WORDS


# after a name, at most one word (its head noun: "the CMA alliance,") or its short form in
# brackets ("... wal-Muslimin (JNIM),"), or the bracket that closes on it, and a comma
_APPOSITION_OPENS = re.compile(r"\s*(?:\(\w+\)|\w+)?\s*\)?\s*[,،]")
# a comma, at most one word (an auxiliary: "has claimed"), then the verb
_APPOSITION_CLOSED = re.compile(r"[,،]\s*(?:\w+\s+)?\Z")


@per_language
def _negation(lang: str) -> re.Pattern[str] | None:
    words = term_alternation(list(section(lang, "claims", "negations") or ()))
    if not words:
        return None
    # within the clause: no sentence or clause mark between the negation and the cue
    return re.compile(rf"{rules_for(lang).wrap(words)}(?:[^\w.!?;:]+\w+){{0,{NEGATION_WORDS - 1}}}"
                      r"[^\w.!?;:]*\Z")


@per_language
def _absence(lang: str) -> tuple[re.Pattern[str], int, tuple[str, ...]] | None:
    """The pattern of the absence words, how far before a cue it may start, and the last
    word of each absence phrase (see `ends_before_elision`)."""
    terms = [*(section(lang, "claims", "absences") or ()), *(section(lang, "claims", "negations") or ())]
    words = term_alternation(terms)
    if not words:
        return None
    reach = max((len(fold(str(t))) for t in terms), default=0) + 8  # a clitic, spaces
    # an elided article may stand between ("de la part de l'état-major")
    pattern = re.compile(rf"{rules_for(lang).wrap(words)}\s*(?:\w{{1,2}}')?\Z")
    return pattern, reach, last_words(terms)


def ends_before_elision(stretch: str, words: tuple[str, ...]) -> bool:
    """Whether `stretch` ends with one of `words` (the last words of phrases), then white
    space and at most an elided article ("l'"): true of every stretch that `_absence`'s
    pattern matches, so that one `endswith` in C rules out nearly every cue before the
    pattern's try at each offset of the stretch."""
    if stretch.rstrip().endswith(words):
        return True
    return stretch.endswith("'") and any(stretch[:-1 - k].rstrip().endswith(words)
                                         for k in (1, 2))


def _absent(doc: ArticleDoc, cue: LexMatch) -> bool:
    """Whether words right before a cue say no such source spoke ("no official
    statement", "aucun communiqué officiel", "أي بيان رسمي", "no comment from the army")."""
    absence = _absence(doc.lang or "")
    if absence is None:
        return False
    pattern, reach, words = absence
    text, start = norm_view(doc).text, max(0, cue.norm_start - reach)
    return ends_before_elision(text[start:cue.norm_start], words) \
        and pattern.search(text, start, cue.norm_start) is not None




def _denied(doc: ArticleDoc, cue: LexMatch) -> bool:
    """Whether a negation stands a few words before the cue ("aucune revendication")."""
    pattern = _negation(doc.lang or "")
    if pattern is None:
        return False
    view = norm_view(doc)
    start = max(0, cue.norm_start - _WINDOW)
    return pattern.search(view.text[start:cue.norm_start]) is not None


@per_language
def _staff(lang: str) -> re.Pattern[str] | None:
    words = term_alternation(list(section(lang, "claims", "own_staff") or ()))
    # in the words the verb reports, before the sentence ends
    return re.compile(rf"[^.!?]{{0,{_WINDOW}}}?{rules_for(lang).wrap(words)}") if words else None


def _own_staff(doc: ArticleDoc, cue: LexMatch) -> bool:
    """Whether a verb of saying with nobody named reports on the speaker's own staff ("said
    one of its employees was killed", "a indiqué qu'un de ses agents", "قالت إن أحد
    موظفيها"): the employer of the victims speaks (claims.yaml `own_staff`)."""
    pattern = _staff(doc.lang or "")
    return pattern is not None and pattern.match(norm_view(doc).text, cue.norm_end) is not None


def _relaying(doc: ArticleDoc, cue: LexMatch, *, checked: bool = True) -> bool:
    """Whether an outlet cue only relays: spoken to or credited (an independent outlet),
    or, when `checked`, one that says it could not verify; a state outlet spoken to."""
    if cue.labels[0] in RELAYING:
        return relays(doc, cue) or recalls(doc, cue) or (checked and disclaimed(doc, cue))
    return state_outlet(doc, cue) and spoken_to(doc, cue)


def _cues(doc: ArticleDoc) -> list[tuple[LexMatch, str]]:
    """Role cues not denied, with the sources coordinated to them, then attributions that
    no source cue stands right next to."""
    sentences = doc.sentences or ()
    spoken = by_sentence(sentences, sorted([*hits(doc, "claims", "attribution"),
                                            *hits(doc, "claims", "statement_nouns"),
                                            *accusations(doc)], key=lambda m: m.span.start))
    roles = hits(doc, "claims", "roles")
    starts = [m.span.start for m in roles]  # in text order
    cues = [(m, RELAYED if _relaying(doc, m)
             else m.labels[0])
            for m in roles
            if (m.labels[0] not in DENIABLE or not _denied(doc, m)) and not _absent(doc, m)
            and ((m.labels[0] not in SPOKEN and m.term not in speaking_only(doc.lang or ""))
                 or speaks(doc, m, spoken) or speaks_with(doc, m, roles, starts, spoken))]
    named_bodies = bodies(doc, [m for m, _ in cues])
    if named_bodies:  # the rival voices are grouped only for a document that names a body
        # an outlet spoken to is no rival voice for a body ("a confirmé à l'AFP le ministère"),
        # but still is for a media noun beside it ("told AFP news agency": one outlet)
        rivals = {False: by_sentence(sentences, [m for m, role in cues if role != RELAYED]),
                  True: by_sentence(sentences, [m for m, _ in cues])}
        cues += [(m, RELAYED if _relaying(doc, m, checked=False) else m.labels[0])
                 for m in named_bodies
                 if body_speaks(doc, m, spoken, rivals[m.labels[0] in RELAYING])]
    cues += [(m, "government") for m in speaking_capitals(doc, spoken, [m for m, _ in cues])]
    cues += [(m, OFFICIAL_ROLE) for m in official_tolls(doc)]
    # a hostage or victim telling his own ordeal in quoted words ('"I was kidnapped in Gao,"
    # he said in a video'): the victims' side speaks
    ordeals = hits(doc, "claims", "own_ordeal")
    if ordeals:  # the quotations are found only when needed
        quotes = Quoted.of(doc)
        cues += [(m, "target") for m in ordeals if quotes.inside(m.span)]
    cues += [(m, RELAYED if _relaying(doc, m) else m.labels[0])
             for m in national_media(doc, [m for m, _ in cues])]
    cues = [(m, state_owned(doc, m, localised(doc, m, role))) for m, role in cues]
    # an unnamed source outranks the hearsay cue it overlaps ("selon des sources concordantes")
    unnamed = unnamed_sources(doc, [m for m, role in cues if role != "unknown"])
    if unnamed:
        named = Near(doc.text, unnamed)
        cues = [(m, role) for m, role in cues if role != "unknown" or not named.overlapping(m.span)]
        cues += [(m, UNNAMED_SOURCE) for m in unnamed]
    cues += coordinated(doc, [m for m, role in cues if role in SELF_NAMED])
    cued = [m for m, _ in cues]
    relayed = {m.span for m, role in cues if role == RELAYED}
    cued_at = by_sentence(sentences, cued)
    near: dict[int, Near] = {}  # per sentence, built once: each look-up reads nearby cues only
    counting = _toll_sense(doc.lang or "")
    view = norm_view(doc)
    for m in hits(doc, "claims", "attribution"):
        if counting is not None and counting.match(view.text, m.norm_start):
            continue  # "an attack that claimed the lives of 40 troops": a toll, not a claim
        at = sentence_index(sentences, m.span) if sentences else -1
        local = cued if not sentences else cued_at.get(at, [])
        if at not in near:
            near[at] = Near(doc.text, local)
        index = near[at]
        if index.overlapping(m.span):
            continue
        # a party's cue speaks through a verb before it ("a annoncé le ministère de la
        # Défense") or right after it ("a military spokesman said"); one a few words before
        # the verb may be another voice ("the authorities said, while JNIM said")
        # an outlet spoken to is no speaker ("ont indiqué à l'AFP des habitants")
        speakers = [c for c in index.candidates(m.span, max_words=MAX_SOURCE_WORDS)
                    if c.span not in relayed and (c.labels[0] in SELF_NAMED or c.span.start >= m.span.end
                                                  or not words_between(doc.text, c.span, m.span))]
        if nearest(doc.text, speakers, m.span, max_words=MAX_SOURCE_WORDS) is None \
                and not _subject_before(doc.text, index, m):
            cues.append((m, ATTRIBUTED))
    return cues


TOLL_SENSE_WORDS = 3  # "claiming around 16,000 lives"


@per_language
def _toll_sense(lang: str) -> re.Pattern[str] | None:
    """A verb of claiming whose object is lives ("claimed the lives of", "claiming many
    victims"): it counts the dead and makes no claim (`claims.yaml` toll_senses)."""
    senses = section(lang, "claims", "toll_senses") or {}
    verbs, nouns = (term_alternation(list(senses.get(k) or ())) for k in ("verbs", "nouns"))
    if not verbs or not nouns:
        return None
    wrap = rules_for(lang).wrap
    return re.compile(rf"(?:{verbs})(?:\W+[\w,.]+){{0,{TOLL_SENSE_WORDS}}}?\W+{wrap(nouns)}")


def _subject_before(text: str, index: Near, verb: LexMatch) -> bool:
    """Whether a source cue stands a few words before a verb of saying in its clause: the
    source is the verb's subject ("local officials who confirmed the raid said the army
    ..."), and a name after the verb is what they say."""
    return any(c.labels[0] in SELF_NAMED and c.span.end <= verb.span.start
               and same_clause(text, c.span, verb.span)
               for c in index.candidates(verb.span, max_words=MAX_CLAIMANT_WORDS))


@per_language
def _local_speakers(lang: str) -> re.Pattern[str] | None:
    words = term_alternation(list(section(lang, "claims", "local_speakers") or ()))
    return re.compile(rules_for(lang).wrap(words)) if words else None




# the sides whose actor a role cue may name as its claimant ("the presidency confirmed that
# many civilians were killed": the civilians are what it speaks of)
_CLAIMANT_SIDES = {"perpetrator": NON_STATE_ARMED,
                   "government": frozenset({"state", "state_ally", "international"})}
OUTLET_WORDS = 2  # "ont indiqué à l'AFP", "told the news agency AFP"


def _through_outlet(text: str, verb: LexMatch, relayed: Near) -> LexMatch:  # type: ignore[type-arg]
    """A verb of saying stretched over the outlet spoken to right after it ("ont indiqué à
    l'AFP des responsables et des habitants", "نقل لوكالة فرانس برس مسؤولون"): the speaker
    named after the outlet is as near the verb as if the outlet were not there."""
    outlet = next((c for c in relayed.candidates(verb.span, max_words=OUTLET_WORDS)
                   if c.span.start >= verb.span.end and not CLAUSE_BREAK.search(text, verb.span.end, c.span.start)),
                  None)
    if outlet is None:
        return verb
    end = outlet.span.end + len(_CLOSING_QUOTE.match(text, outlet.span.end).group(0))  # 'لوكالة "فرانس برس"'
    return LexMatch(verb.labels, verb.term, Span(verb.span.start, end), verb.norm_start, outlet.norm_end)


_CLOSING_QUOTE = re.compile(r"[\"”»']?")


def find_claims(doc: ArticleDoc) -> list[ClaimMention]:
    """Claim cues in text order, each with the nearest actor in its sentence, if any."""
    claims = []
    sentences, actors = doc.sentences or (), list(doc.actors or ())
    residents = _local_speakers(doc.lang or "")
    actors_at = by_sentence(sentences, actors)  # grouped once, not per cue
    near: dict[int, Near] = {}
    quoted = Quoted.of(doc)
    cues = passing_on(doc, outlets_quoting(doc.text, relayed_together(
        doc, sorted(_cues(doc), key=lambda c: c[0].span.start))))
    relayed = Near(doc.text, [m for m, role in cues if role == RELAYED])
    for match, role in cues:
        if (role == ATTRIBUTED or (role in WITNESSES and match.labels[0] == role)) \
                and quoted.inside(match.span):
            # '"we alerted the soldiers at once," he said': the quote's own verb; '"survivors
            # say forty died," the NGO said': the witnesses the quoted speaker cites
            continue
        at = sentence_index(sentences, match.span) if sentences else -1
        if at not in near:
            near[at] = Near(doc.text, actors if not sentences else actors_at.get(at, []))
        reach = _through_outlet(doc.text, match, relayed) if role == ATTRIBUTED else match
        # only the actors within reach of the cue are read (a long sentence stays linear)
        local = near[at].candidates(reach.span, max_words=2 * MAX_CLAIMANT_WORDS)
        if role in _CLAIMANT_SIDES:  # only an armed group claims an attack, the state speaks for itself
            local = [a for a in local if catalogue().actor(a.actor_id).side in _CLAIMANT_SIDES[role]]
        unnamed = role in SELF_NAMED or match.labels[0] == OFFICIAL
        actor = None if unnamed else _claimant(doc.text, local, reach, role, doc.lang or "")
        if role == ATTRIBUTED and (actor is None or actor.span.start >= match.span.end) \
                and _own_staff(doc, match):
            role, actor = "target", None  # "the firm said one of its staff died": the victims' side
        elif role == ATTRIBUTED and actor is None:
            continue  # "said", "selon" with nobody named: no claimant to report
        if role == ATTRIBUTED and catalogue().actor(actor.actor_id).side in NON_STATE_ARMED \
                and _denied(doc, match):
            continue  # "the attack has not been claimed, but bears the hallmarks of JNIM"
        if role == ATTRIBUTED and actor is not None and residents is not None \
                and residents.search(fold(actor.span.of(doc.text))):
            role = "local_source"  # "residents said": locals speak, even when they were hit
        claims.append(ClaimMention(match.span, role, None if actor is None else actor.actor_id,
                                   None if actor is None else actor.span))
        claims += [c for c in co_speakers(doc, match, role, actor, near[at])
                   if not voiced(claims, c)]
    return sorted(claims, key=lambda c: c.span.start)



SPEC = layer_stage("claims.v1", layer="claims", find=find_claims,
                   requires={"text", "lang", "sentences", "actors", "numbers"})
