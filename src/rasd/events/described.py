"""Actors the text names only to describe them, not as parties to the incident: a group
placed in the area ("where IS fighters are active"), an actor described by its habits
("groups known for mining roads"), an accuser ("the CMA, which accused the army"), the force
an unnamed source works for ("a police official"), and a group whose men a casualty figure
counts through a word of belonging ("ten militants belonging to IS"). The cue words are
data: actors.yaml `presence`, `habits`, `accusations`, `source_nouns`, `belonging`.
"""

from __future__ import annotations

import re

from rasd.actors import NON_STATE_ARMED, catalogue
from rasd.doc import ActorMention, ArticleDoc, CasualtyMention, ClaimMention, Span
from rasd.events.party import STATE_SIDES, UNIDENTIFIED
from rasd.events.targets import passive_between
from rasd.stages.lexical import hits
from rasd.stages.nearby import SpanIndex, per_layers, words_between

_SENTENCE_END = re.compile(r"[.!?؟]\s")
_CLAUSE_BREAK = re.compile(r"[,،;:.!?؟()]")

PRESENCE_BEFORE, PRESENCE_AFTER = 5, 1  # "where militants linked to X are active", "X factions operating in"


def placed_in_area(doc: ArticleDoc, actors: list[ActorMention]) -> set[Span]:
    """The spans of named armed groups the text places in the area rather than in the
    incident: a few words after a presence cue in their sentence ("حيث ينشط متشددون مرتبطون
    بداعش", "where fighters tied to X are active"), or right before one ("al Qaeda factions
    operating in the Sahel"). actors.yaml `presence`. A group that claims the incident is
    still its author (its claim names it again)."""
    groups = [a for a in actors if catalogue().actor(a.actor_id).side in NON_STATE_ARMED
              and a.actor_id != UNIDENTIFIED]
    if not groups:
        return set()
    return _near_cue(doc, groups, "presence", before=(80, PRESENCE_BEFORE),
                     after=(40, PRESENCE_AFTER))


ACCUSER_WORDS = 2  # "the CMA, which accused", "التنسيقية التي اتهمت"


def accusers(doc: ArticleDoc, actors: list[ActorMention]) -> set[Span]:
    """The spans of actors named right before a word of accusation that names another
    actor right after it ("the CMA, which accused the army", "la CMA, qui a accusé l'armée",
    "التنسيقية التي اتهمت الجيش"; actors.yaml `accusations`): they speak of the incident,
    the one accused is its party. Not when they accuse the victims ("fighters who accused
    them of spying"): then they acted."""
    cues = per_layers(doc, "parties:accusing", (doc.actors, doc.lang), lambda: _accusing_cues(doc))
    if not cues.spans:
        return set()
    agents = doc.cached_view(f"parties:agent_markers:{doc.lang}", lambda _text: SpanIndex(
        m.span for m in hits(doc, "context", "agent_markers")))

    def passive(cue: Span) -> bool:  # "the army is accused by rights groups"
        return agents.first_starting_in(cue.end, cue.end + 2) is not None

    return {a.span for a in actors
            if any(words_between(doc.text, a.span, cue) <= ACCUSER_WORDS
                   and not _SENTENCE_END.search(doc.text, a.span.end, cue.start)
                   and not passive_between(doc, a.span.end, cue.start)  # "the army was accused"
                   and not passive(cue)
                   for cue in cues.starting_in(a.span.end, a.span.end + 30))}


ACCUSED_WORDS = 2  # "accused the Malian army", "a accusé l'armée malienne"


def _accusing_cues(doc: ArticleDoc) -> SpanIndex:
    """The words of accusation with an actor named right after them in their clause (found
    once per document: every incident asks)."""
    cues = doc.cached_view(f"parties:accusations:{doc.lang}", lambda _text: SpanIndex(
        m.span for m in hits(doc, "actors", "accusations")))
    named = SpanIndex(a.span for a in doc.actors or ())
    return SpanIndex(cue for cue in cues.spans if any(
        words_between(doc.text, cue, span) <= ACCUSED_WORDS
        and not _CLAUSE_BREAK.search(doc.text, cue.end, span.start)
        for span in named.starting_in(cue.end, cue.end + 40)))


def accused(doc: ArticleDoc, actors: list[ActorMention]) -> set[Span]:
    """The spans of actors named right after a word of accusation in its clause ("accused
    the Malian army", "اتهمت الجيش المالي"): the one said to have acted, not one hit."""
    cues = doc.cached_view(f"parties:accusations:{doc.lang}", lambda _text: SpanIndex(
        m.span for m in hits(doc, "actors", "accusations")))
    if not cues.spans:
        return set()
    return {a.span for a in actors
            if any(words_between(doc.text, cue, a.span) <= ACCUSED_WORDS
                   and not _CLAUSE_BREAK.search(doc.text, cue.end, a.span.start)
                   for cue in cues.starting_in(max(0, a.span.start - 40), a.span.start))}


HABIT_WORDS, HABIT_BEFORE = 10, 1  # "known for placing mines on roads to target army vehicles"


def habitual(doc: ArticleDoc, actors: list[ActorMention]) -> set[Span]:
    """The spans of armed actors the text describes by what they do as a rule: a few words
    after a habit cue in their sentence, or right before one ("groups known for laying mines
    to target army vehicles", "دأبت القوات على مهاجمة", "des groupes qui frappent
    régulièrement"). actors.yaml `habits`."""
    armed = [a for a in actors if catalogue().actor(a.actor_id).side != "civilian"]
    if not armed:
        return set()
    return _near_cue(doc, armed, "habits", before=(120, HABIT_WORDS), after=(30, HABIT_BEFORE))


def _near_cue(doc: ArticleDoc, actors: list[ActorMention], key: str, *,
              before: tuple[int, int], after: tuple[int, int]) -> set[Span]:
    """The spans of `actors` with a cue of actors.yaml `key` before them in their sentence,
    or right after them in their clause, within (characters, words) of `before`/`after`."""
    cues = doc.cached_view(f"parties:{key}:{doc.lang}", lambda _text: SpanIndex(
        m.span for m in hits(doc, "actors", key)))
    if not cues.spans:
        return set()
    found = set()
    for actor in actors:
        span = actor.span
        if any(words_between(doc.text, cue, span) <= before[1]
               and not _SENTENCE_END.search(doc.text, cue.end, span.start)
               for cue in cues.starting_in(max(0, span.start - before[0]), span.start)) \
                or any(words_between(doc.text, span, cue) <= after[1]
                       and not _CLAUSE_BREAK.search(doc.text, span.end, cue.start)
                       for cue in cues.starting_in(span.end, span.end + after[0])):
            found.add(span)
    return found


def source_affiliations(doc: ArticleDoc, actors: list[ActorMention],
                         claims: list[ClaimMention], figures: list[CasualtyMention]) -> set[Span]:
    """The spans of state forces named as whom a source works for: inside the cue of a
    source the text does not name ("a military source", "مسؤول في الشرطة"), or right beside
    a source noun (actors.yaml `source_nouns`: "another police official", "un autre
    responsable de la police", "مسؤول آخر في الشرطة"). Not a party to what the source
    tells; a force counted in a casualty figure ("a police officer was killed") stays."""
    forces = [a for a in actors if catalogue().actor(a.actor_id).side in STATE_SIDES]
    if not forces:
        return set()
    cues = SpanIndex(c.span for c in claims if c.claimant is None)
    counted = SpanIndex(f.span for f in figures)
    nouns = doc.cached_view(f"parties:source_nouns:{doc.lang}", lambda _text: _source_nouns(doc))
    return {a.span for a in forces if not counted.overlaps(a.span)
            and (cues.covers(a.span) or _beside_source_noun(doc, a.span, nouns))}


def _source_nouns(doc: ArticleDoc) -> tuple[SpanIndex, SpanIndex]:
    """The source nouns that stand after the force they name, and those before it."""
    found = hits(doc, "actors", "source_nouns")
    return (SpanIndex(m.span for m in found if m.labels[0] == "after_force"),
            SpanIndex(m.span for m in found if m.labels[0] == "before_force"))


def _beside_source_noun(doc: ArticleDoc, span: Span, nouns: tuple[SpanIndex, SpanIndex]) -> bool:
    after, before = nouns
    if any(doc.text[span.end:n.start].isspace() for n in after.starting_in(span.end, span.end + 3)):
        return True
    return any(doc.text[end:span.start].isspace()
               for end in before.ending_in(max(0, span.start - 3), span.start))


BELONG_CHARS, BELONG_WORDS = 60, 5  # "ten militants and two leaders belonging to IS"


def belonging_to(doc: ArticleDoc, figures: list[CasualtyMention], named: SpanIndex) -> set[Span]:
    """The spans of named groups whose members a casualty figure counts through a word of
    belonging after it, past a second noun ("ten militants and two leaders belonging to the
    Islamic State", "dix combattants et deux chefs appartenant à", "عشرة مسلحين وقياديين
    اثنين التابعين لتنظيم داعش"; actors.yaml `belonging`): the group was hit, it did not
    act."""
    if not figures or not named.spans:
        return set()
    links = doc.cached_view(f"parties:belonging:{doc.lang}", lambda _text: SpanIndex(
        m.span for m in hits(doc, "actors", "belonging")))
    found = set()
    for figure in figures:
        for span in named.starting_in(figure.span.end, figure.span.end + BELONG_CHARS)[:1]:
            if (not _CLAUSE_BREAK.search(doc.text, figure.span.end, span.start)
                    and links.first_starting_in(figure.span.end, span.start - 1) is not None
                    and words_between(doc.text, figure.span, span, cap=BELONG_WORDS) <= BELONG_WORDS):
                found.add(span)
    return found


SUBSET_GAP = 3  # characters between a figure and "among them": ", " or "، "
SUBSET_CHARS = 60  # "including 17 soldiers and eight civilians"
_SENTENCE_BREAK = re.compile(r"[;؛.!?؟\n]")


def subset_parts(doc: ArticleDoc, figures: list[CasualtyMention], named: SpanIndex) -> set[Span]:
    """The spans of groups a harm figure lists as its parts after a subset word ("25 dead,
    among them 17 soldiers", "25 morts, dont 17 soldats", "25 قتيلا، بينهم 17 جنديا";
    victims.yaml `subsets`): they were hit, they did not act."""
    if not figures or not named.spans:
        return set()
    markers = doc.cached_view(f"parties:subsets:{doc.lang}", lambda _text: SpanIndex(
        m.span for m in hits(doc, "victims", "subsets")))
    found = set()
    for figure in figures:
        marker = markers.first_starting_in(figure.span.end, figure.span.end + SUBSET_GAP)
        if marker is None or doc.text[figure.span.end:marker.start].strip(" ,،"):
            continue
        stop = _SENTENCE_BREAK.search(doc.text, marker.end, marker.end + SUBSET_CHARS)
        end = stop.start() if stop else marker.end + SUBSET_CHARS
        found.update(named.starting_in(marker.end, end))
    return found
