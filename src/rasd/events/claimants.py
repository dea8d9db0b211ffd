"""Who asserts an incident's facts, in the terms of the incident: the claimant's actor,
role (perpetrator, target, government, ...) and name."""

from __future__ import annotations

import re

from rasd.actors import NON_STATE_ARMED, catalogue
from rasd.doc import ArticleDoc, ClaimMention
from rasd.events.party import STATE_SIDES, UNIDENTIFIED, Cast, ancestors, resolve_name
from rasd.languages import rules_for
from rasd.lexicon import term_alternation
from rasd.normalize import fold
from rasd.stages.claims import UNNAMED_SOURCE
from rasd.stages.lexical import folded, per_language, section
from rasd.stages.nearby import sentence_index


def claimant_id(claim: ClaimMention, cast: Cast) -> str | None:
    """The claimant's actor id, as the party of the incident it describes when the cue's
    nearest name is that party's umbrella ("al-Qaeda-linked JNIM said": JNIM, not AQIM)."""
    if claim.claimant is None:
        return None
    for party in (cast.actor1, cast.actor2, *cast.assoc1, *cast.assoc2):
        if party is not None and claim.claimant in ancestors(party.actor_id):
            return party.actor_id
    return claim.claimant


def claimant_role(claim: ClaimMention, cast: Cast) -> str:
    """The claimant's role in this incident (perpetrator, target, government, ...)."""
    if claim.role == UNNAMED_SOURCE:
        return "unknown"
    if claim.role != "attributed":
        return claim.role
    claimant = claimant_id(claim, cast)
    if claimant is None:
        return "unknown"
    actor = catalogue().actor(claimant)
    if _international_body(claimant):
        return "international_organisation"
    if cast.actor1 is not None and _same_party(claimant, cast.actor1.actor_id):
        return "government" if actor.side in STATE_SIDES else "perpetrator"
    if actor.side in STATE_SIDES:
        return "government"
    if cast.actor2 is not None and claimant == cast.actor2.actor_id:
        return "target"
    if _unnamed_attacker(actor.side, cast):
        return "perpetrator"
    return "local_source" if actor.side == "civilian" else "unknown"


def speaks_for_the_struck(claim: ClaimMention, cast: Cast) -> bool:
    """Whether an armed group that is no party of the incident speaks of the state's act
    against others: the state's strikes on a town a rebel coalition holds hit that
    coalition's side, also when the dead are civilians ("a spokesman for the rebel
    coalition said the drones killed 15 civilians"). Read only for a claim that gives the
    incident's facts (a group's threats in a closing line are context)."""
    claimant = claimant_id(claim, cast)
    if claim.role != "attributed" or claimant is None or cast.actor1 is None:
        return False
    side = catalogue().actor(claimant).side
    return side in NON_STATE_ARMED and side != "unknown" \
        and catalogue().actor(cast.actor1.actor_id).side in STATE_SIDES


def _same_party(claimant: str, party: str) -> bool:
    """Whether a claimant is the party or one of its branches: a group that speaks when the
    record names its umbrella ("Al Qaeda's JNIM said": the record's Al Qaeda) claims for it."""
    return claimant == party or party in ancestors(claimant)


def _unnamed_attacker(side: str, cast: Cast) -> bool:
    """Whether an armed group that speaks of an attack on the state whose attacker the
    record leaves unnamed is that attacker claiming it ("the army said seven soldiers were
    killed; JNIM announced it took the barracks")."""
    unnamed = cast.actor1 is None or cast.actor1.actor_id == UNIDENTIFIED
    return unnamed and side in NON_STATE_ARMED and side != "unknown" \
        and cast.actor2 is not None and catalogue().actor(cast.actor2.actor_id).side in STATE_SIDES


def _international_body(actor_id: str) -> bool:
    """Whether an actor is an international mission or coalition (a UN mission, a joint
    force) rather than a state's own forces: its statements are an international
    organisation's, not a government's."""
    actor = catalogue().actor(actor_id)
    return actor.side == "international" and actor.same_as is None


def claimant_name(claim: ClaimMention, doc: ArticleDoc, cast: Cast) -> str:
    """The claimant as the record names it: the actor's name, or the cue's own words. A
    claim of the perpetrator that names nobody ("according to the group's statement") is
    the incident's first actor's, when that is an armed group."""
    claimant = claimant_id(claim, cast)
    if claimant is None and claim.role == "perpetrator" and cast.actor1 is not None \
            and catalogue().actor(cast.actor1.actor_id).side in NON_STATE_ARMED:
        claimant = cast.actor1.actor_id
    if claimant is not None:
        return resolve_name(claimant, country=None, on=None)
    return claim.span.of(doc.text)


# named sources that stand apart from the parties: "concurring sources" beside one of them
# are that source and its like, not one more unidentified source
NEUTRAL_ROLES = frozenset({"local_source", "security_source", "independent_media",
                           "international_organisation"})


def concurring(doc: ArticleDoc, claim: ClaimMention) -> bool:
    """Whether an unnamed source is "concurring sources" (`claims.yaml` concurring_sources)."""
    pattern = _concurring_pattern(doc.lang or "")
    return pattern is not None and pattern.search(fold(claim.span.of(doc.text))) is not None


@per_language
def _concurring_pattern(lang: str) -> re.Pattern[str] | None:
    words = term_alternation(list(section(lang, "claims", "concurring_sources") or ()))
    return re.compile(rules_for(lang).wrap(words)) if words else None


def context_only(doc: ArticleDoc, claim: ClaimMention) -> bool:
    """Whether a claim's sentence gives a standing figure of the region (`claims.yaml`
    context_statistics: "according to the UN, the region hosts 60,000 refugees") or speaks
    of politics (policy_matters: "the junta announced it was ending a defence agreement") or
    of what the source means to do or does in answer (intentions, responses: "the army said it
    was preparing to escort convoys", "troops were sent to search for them, sources said"):
    a source quoted for it, where no fact of the incident stands, is no claimant of the
    incident."""
    pattern = _statistics_pattern(doc.lang or "")
    sentences = doc.sentences or ()
    i = sentence_index(sentences, claim.span)
    if pattern is None or i < 0:
        return False
    sentence = sentences[i].span
    return pattern.search(folded(doc, sentence.start, sentence.end)) is not None


@per_language
def _statistics_pattern(lang: str) -> re.Pattern[str] | None:
    words = term_alternation([*(section(lang, "claims", "context_statistics") or ()),
                              *(section(lang, "claims", "policy_matters") or ()),
                              *(section(lang, "claims", "intentions") or ()),
                              *(section(lang, "claims", "responses") or ())])
    return re.compile(rules_for(lang).wrap(words)) if words else None


# what ties a sentence to one incident: its place, its day, its parties. A type word or a
# toll alone does not ("attacks that claimed 16,000 lives since 2015")
OWN_FACTS = frozenset({"location", "event_date", "actor1", "actor2"})


def over_years(doc: ArticleDoc, claim: ClaimMention, covered: tuple[str, ...]) -> bool:
    """Whether a claim's sentence counts the conflict over years (`claims.yaml` long_periods:
    "16,000 dead since 2015, according to an NGO", "the region became the epicentre of
    attacks in recent years, the government said") and names none of the incident's own
    place, day or parties: a source quoted for such a tally is no claimant of the incident,
    even where its words for attacks and deaths are read as the incident's."""
    pattern = _periods_pattern(doc.lang or "")
    if pattern is None or OWN_FACTS.intersection(covered):
        return False
    sentences = doc.sentences or ()
    i = sentence_index(sentences, claim.span)
    if i < 0:
        return False
    sentence = sentences[i].span
    return pattern.search(folded(doc, sentence.start, sentence.end)) is not None


@per_language
def _periods_pattern(lang: str) -> re.Pattern[str] | None:
    pieces = _long_periods(lang)
    if not pieces:
        return None
    if all(p.startswith(_WORD_START) for p in pieces):
        # each piece opens with the word-start look-behind: tested once per offset, not
        # once per piece (a sentence is searched in about 40% less time; a match is found
        # wherever one was, and only whether there is one is read)
        pieces = [p.removeprefix(_WORD_START) for p in pieces]
        return re.compile(rf"{_WORD_START}(?:{'|'.join(pieces)})")
    return re.compile("|".join(pieces))


_WORD_START = r"(?<!\w)"  # how `LanguageRules.wrap` opens a word


PERIOD_WORDS = 3  # "in the past three years", "au cours des dix dernières années"
_YEAR = r"(?:1[89]|20)\d\d(?!\d)"


def _long_periods(lang: str) -> list[str]:
    """The patterns of a span of years over which a sentence counts the conflict as a whole
    (`claims.yaml` long_periods: "in recent years", "since 2015", "in three years")."""
    periods = section(lang, "claims", "long_periods") or {}
    wrap = rules_for(lang).wrap
    phrases, since, within, years = (term_alternation(list(periods.get(k) or ()))
                                     for k in ("phrases", "since", "within", "years"))
    out = [wrap(phrases)] if phrases else []
    if since:
        out.append(rf"{wrap(since)}\s+{_YEAR}")
    if within and years:
        out.append(rf"{wrap(within)}(?:\s+\S+){{0,{PERIOD_WORDS}}}?\s+{wrap(years)}")
    return out
