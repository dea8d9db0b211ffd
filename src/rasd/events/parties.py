"""Who did what to whom in one incident: actor1, actor2, associated actors, claimants.

Actors come from actor mentions in the incident's eventful sentences, from the groups its
casualty figures count ("12 soldiers" implies the country's military), and from a
perpetrator's claim. actor1 is the initiator: the non-state armed actor when there is
one, state forces when the tactic is theirs (air strikes, arrests, retaking ground);
actor2 is the other side, and Civilians for violence against civilians.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Callable, Iterable
from itertools import pairwise

from rasd.actors import NON_STATE_ARMED, catalogue
from rasd.doc import ActorMention, ArticleDoc, CasualtyMention, ClaimMention, Span, TriggerMention
from rasd.events.attribution import attributed, speakers
from rasd.events.claimants import claimant_id, claimant_name, claimant_role
from rasd.events.cues import cue_index, cue_matches, cue_pattern
from rasd.events.described import (
    accused,
    accusers,
    belonging_to,
    habitual,
    placed_in_area,
    source_affiliations,
    subset_parts,
)
from rasd.events.pairs import paired
from rasd.events.party import (
    HARM,
    PARTISAN_ROLES,
    STATE_INITIATED,
    STATE_SIDES,
    UNIDENTIFIED,
    VIOLENT_SUB_TYPES,
    Cast,
    Party,
    ancestors,
    group_actor,
)
from rasd.events.sides import finalise, initiator_sides
from rasd.events.targets import (
    by_agent,
    named_after_the_event,
    partitive_gap,
    passive_between,
    subject_first,
)
from rasd.events.undergoing import undergoers
from rasd.languages import rules_for
from rasd.lexicon import term_alternation
from rasd.normalize import norm_view
from rasd.stages.actors import country_names
from rasd.stages.lexical import hits, per_language, section
from rasd.stages.nearby import SpanIndex, per_layers, sentence_index, words_between

# what the events stage reads from here besides cast()
__all__ = ["NON_STATE_ARMED", "PARTISAN_ROLES", "STATE_INITIATED", "STATE_SIDES", "UNIDENTIFIED",
           "Cast", "Party", "cast", "claimant_id", "claimant_name", "claimant_role", "finalise",
           "group_actor"]


def _country(actors: list[ActorMention], doc: ArticleDoc, scope_demonyms: list[str]) -> str | None:
    """The country most mentions point to in the incident (a tie goes to the one the whole
    document names most), else in the whole document; a country named on its own ("وسط مالي", "in northern Mali") counts too, a country named
    only as a nationality or a foreign force (`abroad` in the catalogue) does not."""
    abroad = _abroad()
    # counted in a plain dict: a Counter per incident costs more than the counting
    incident: dict[str, int] = {}
    for a in actors:
        for c in _countries(a):
            if c not in abroad:
                incident[c] = incident.get(c, 0) + 1
    for c in scope_demonyms:
        if c not in abroad:
            incident[c] = incident.get(c, 0) + 1
    document = per_layers(doc, "parties:countries", (doc.actors, doc.lang),
                          lambda: _document_countries(doc))
    # a tie in the incident ("Nigerien soldiers ... near the Burkina Faso border") goes to
    # the country the whole document names most, then to the first in alphabetical order
    for votes in (incident, document):
        if votes:
            return min(votes.items(), key=lambda kv: (-kv[1], -document[kv[0]], kv[0]))[0]
    return None


def _abroad() -> frozenset[str]:
    """The countries the catalogue names only abroad, listed once per catalogue (every
    incident asks)."""
    cat = catalogue()
    if _ABROAD.get("of") is not cat:
        _ABROAD.update(of=cat, countries=frozenset(k for k, c in cat.countries.items() if c.abroad))
    return _ABROAD["countries"]  # type: ignore[return-value]


_ABROAD: dict[str, object] = {}


def _document_countries(doc: ArticleDoc) -> Counter[str]:
    """The votes of the whole document for its country (actors and countries named alone),
    counted once per document."""
    abroad = _abroad()
    votes = Counter(c for a in doc.actors or () for c in _countries(a) if c not in abroad)
    votes.update(m.labels[0] for m in country_names(doc) if m.labels[0] not in abroad)
    return votes


def _countries(mention: ActorMention) -> tuple[str, ...]:
    if mention.country:
        return (mention.country,)
    countries = catalogue().actor(mention.actor_id).countries
    return tuple(countries) if len(countries) == 1 else ()


# two movements named in one description with a few words between them ("rebels tied to
# al-Qaeda in the region and, further east, Islamic State cells")
RIVALS_WORDS = 8
ALIAS_WORDS = 1  # "ISIL (ISIS)": the same movement named again in brackets


def rival_umbrellas(doc: ArticleDoc, actors: list[ActorMention]) -> set[Span]:
    """The spans of rival umbrella movements named together ("groups linked to al-Qaeda and
    the Islamic State", "الجماعات المرتبطة بالقاعدة وداعش"), and the same movement named
    again right after one of them ("al-Qaeda and ISIL (ISIS)"): a description of the
    insurgency at large, not a party to the incident. Neighbours in text order only."""
    cat = catalogue()
    roots = [a for a in actors
             if (actor := cat.actor(a.actor_id)).parent is None and actor.side == "jihadist"]
    found: set[Span] = set()
    pairs = list(pairwise(roots))
    for left, right in pairs:
        gap = words_between(doc.text, left.span, right.span, cap=RIVALS_WORDS)
        if left.actor_id != right.actor_id and gap <= RIVALS_WORDS:
            found.update((left.span, right.span))
        elif left.actor_id == right.actor_id and left.span in found and gap <= ALIAS_WORDS:
            found.add(right.span)
    # the movement's name before its bracketed short form ("Etat islamique (EI) et
    # Al-Qaïda": the pair is EI and al-Qaeda, the full name goes with EI)
    for left, right in reversed(pairs):
        if (left.actor_id == right.actor_id and right.span in found and left.span not in found
                and words_between(doc.text, left.span, right.span, cap=ALIAS_WORDS) <= ALIAS_WORDS):
            found.add(left.span)
    return found


SUSPICION_WORDS = 8  # "local sources consider it likely that armed groups tied to al-Qaeda"


def _suspected(doc: ArticleDoc, actors: list[ActorMention]) -> set[Span]:
    """The spans of armed groups the text only guesses at: named a few words after a
    suspicion word in their sentence ("the attack bears the hallmarks of JNIM")."""
    pattern = cue_pattern(doc.lang or "", "claims", "suspicion")
    groups = [a for a in actors if catalogue().actor(a.actor_id).side in NON_STATE_ARMED
              and a.actor_id != UNIDENTIFIED]
    if pattern is None or not groups:
        return set()
    index = cue_index(doc, "claims", "suspicion")
    denials = doc.cached_view(f"parties:denial-index:{doc.lang}",
                              lambda _text: SpanIndex(_denied_claims(doc)))
    if not index.spans and not denials.spans:  # most documents: no guess to read
        return set()
    found = set()
    for group in groups:
        before = index.starting_in(max(0, group.span.start - 160), group.span.start)
        if any(words_between(doc.text, cue, group.span) <= SUSPICION_WORDS
               and not _SENTENCE_END.search(doc.text, cue.end, group.span.start) for cue in before):
            found.add(group.span)
        elif any(len(_SENTENCE_END.findall(doc.text, cue.end, group.span.start)) <= 1
                 for cue in denials.starting_in(max(0, group.span.start - DENIAL_CHARS),
                                                group.span.start)):
            # "no one has claimed it, but Boko Haram is active here. Its attacks have..."
            found.add(group.span)
        elif any(words_between(doc.text, group.span, cue, cap=DENIAL_WORDS + 1) <= DENIAL_WORDS
                 and not _CLAUSE_BREAK.search(doc.text, group.span.end, cue.start)
                 for cue in denials.starting_in(group.span.end, group.span.end + DENIED_BY_CHARS)):
            # the subject of a claim the text denies ("Boko Haram has not claimed the
            # attack", "JNIM n'a pas encore revendiqué"): no attribution
            found.add(group.span)
    return found


@per_language
def _negation(lang: str) -> re.Pattern[str] | None:
    """A negation at most DENIAL_WORDS words before the end of the searched text, with no
    clause mark after it."""
    words = term_alternation(list(section(lang, "claims", "negations") or ()))
    return re.compile(rf"{rules_for(lang).wrap(words)}(?:[^\w.!?;:]+\w+){{0,{DENIAL_WORDS - 1}}}"
                      r"[^\w.!?;:]*\Z") if words else None


DENIAL_WORDS = 4  # "no group has yet claimed", "لم تتبن أي جهة"
DENIAL_CHARS = 400  # a group guessed at in the denial's sentence or the next
DENIED_BY_CHARS = 40  # "Boko Haram has not yet claimed": the group, then the denied cue


def _denied_claims(doc: ArticleDoc) -> list[Span]:
    """The spans of claims of responsibility the text denies ("no group has claimed the
    attack", "aucune revendication", "لم تتبن أي جهة"): a group named after one in its
    sentence is only a guess. claims.yaml `roles.perpetrator` and `negations`. Found once
    per document."""
    return doc.cached_view(f"parties:denials:{doc.lang}", lambda _text: _find_denials(doc))


def _find_denials(doc: ArticleDoc) -> list[Span]:
    negation = _negation(doc.lang or "")
    if negation is None:
        return []
    view = norm_view(doc)
    text = view.text
    cues = [(m.norm_start, m.span) for m in hits(doc, "claims", "roles") if m.labels[0] == "perpetrator"]
    # any form of the verb ("has not claimed", "n'a pas été revendiquée", "لم تتبن"), not
    # only the cues of a claim made: actors.yaml `claim_verbs`
    cues += [(start, view.orig_span(start, end))
             for start, end in cue_matches(doc, "actors", "claim_verbs")]
    denied = {span for start, span in cues
              if negation.search(text, max(0, start - 48), start) is not None}
    return sorted(denied, key=lambda s: (s.start, s.end))


_SENTENCE_END = re.compile(r"[.!?؟]\s")
SEARCH_WORDS = 4  # "security forces launched a vast search"
DISGUISE_WORDS = 3  # "dressed in the fatigues of the country's armed forces"


def _disguised(doc: ArticleDoc, actors: list[ActorMention]) -> set[Span]:
    """The spans of state forces whose uniform the attackers wore ("gunmen in army uniform",
    "des hommes armés en tenue de l'armée", "مسلحون بزي الجيش"): a disguise, no party (ACLED
    codes such attackers as unidentified). context.yaml `disguise_before`, `disguise_after`."""
    return _cued(doc, actors, STATE_SIDES.__contains__, "disguise_before", "disguise_after")


def _served(doc: ArticleDoc, actors: list[ActorMention]) -> set[Span]:
    """The spans of armed parties the victims were accused of serving ("killed two herders
    accused of working for the army", "accusés d'être des informateurs des jihadistes",
    "بتهمة التعاون مع الجيش"): the motive, no party. context.yaml `collusion_before`."""
    return _cued(doc, actors, lambda side: side != "civilian", "collusion_before", None)


def _searching(doc: ArticleDoc, actors: list[ActorMention], events: SpanIndex) -> set[Span]:
    """The spans of state forces named right before a search or pursuit in a sentence that
    tells no violence after them ("security forces are combing the area", "l'armée a lancé des
    recherches", "تواصل قوات الأمن عمليات البحث"): they came after the incident, not into
    it (`events`: the spans of the incident's event words). context.yaml `search_after`."""
    forces = [a for a in actors if catalogue().actor(a.actor_id).side in STATE_SIDES]
    cues = _cues(doc, "search_after") if forces else None
    if cues is None:  # most documents tell no search
        return set()
    sentences = doc.sentences or ()
    found = set()
    for force in forces:
        span = force.span
        index = sentence_index(sentences, span)
        if index < 0:
            continue
        bounds = sentences[index].span
        if events.first_starting_in(span.start, bounds.end - 1) is not None:  # "and killed five": a clash
            continue
        if any(words_between(doc.text, span, cue) <= SEARCH_WORDS
               for cue in cues.starting_in(span.end, min(bounds.end, span.end + 60))):
            found.add(span)
    return found


def _cued(doc: ArticleDoc, actors: list[ActorMention], of_side: Callable[[str], bool],
          before_key: str, after_key: str | None) -> set[Span]:
    """The spans of `actors` of a side `of_side` accepts named at most DISGUISE_WORDS words
    after a `before_key` cue in their sentence, or right before an `after_key` cue. Most
    documents have neither cue: then no mention is read against them."""
    cat = catalogue()
    actors = [a for a in actors if of_side(cat.actor(a.actor_id).side)]
    if not actors:  # no cue index to build
        return set()
    before, after = _cues(doc, before_key), _cues(doc, after_key)
    if before is None and after is None:
        return set()
    found = set()
    for actor in actors:
        span = actor.span
        if before is not None and any(
                words_between(doc.text, cue, span) <= DISGUISE_WORDS
                and not _SENTENCE_END.search(doc.text, cue.end, span.start)
                for cue in before.starting_in(max(0, span.start - 80), span.start)):
            found.add(span)
        elif after is not None and any(words_between(doc.text, span, cue) == 0
                                       for cue in after.starting_in(span.end, span.end + 3)):
            found.add(span)
    return found


def _cues(doc: ArticleDoc, key: str | None) -> SpanIndex | None:
    """The index of a context.yaml cue list in the document, None when it has no cue."""
    if not key or cue_pattern(doc.lang or "", "context", key) is None:
        return None
    index = cue_index(doc, "context", key)
    return index if index.spans else None


MEMBER_CHARS = 12  # "soldiers of the", "soldats de la", "عناصر من"


def _members_of_named(doc: ArticleDoc, actors: list[ActorMention]) -> set[Span]:
    """The spans of generic force nouns that name the members of the actor right after
    them ("a soldier of the UN mission", "un soldat de la force Barkhane", "جنود من قوة
    برخان", "جنود البعثة"): the members are that actor's, not the country's own army."""
    found = set()
    for here, after in pairwise(actors):
        actor = catalogue().actor(here.actor_id)
        if (here.generic and actor.side in STATE_SIDES and not after.generic
                and after.actor_id != here.actor_id
                and after.span.start - here.span.end <= MEMBER_CHARS
                and partitive_gap(doc, here.span.end, after.span.start)):
            found.add(here.span)
    return found


def _figure_nationality(doc: ArticleDoc) -> Callable[[CasualtyMention, str], str | None]:
    """A test giving the country a casualty figure names for its civilians or soldiers
    with a nationality right after it ("29 مدنيا موريتانيا", "deux civils mauritaniens"),
    or None (an armed group is not of the nationality of its victims)."""
    demonyms, starts = doc.cached_view(f"parties:demonyms:{doc.lang}", lambda _text: _demonym_starts(doc))

    def nationality(figure: CasualtyMention, actor_id: str) -> str | None:
        side = catalogue().actor(actor_id).side
        if side != "civilian" and side not in STATE_SIDES:
            return None
        for span in starts.starting_in(figure.span.end, figure.span.end + 3):
            if doc.text[figure.span.end:span.start].isspace():
                return demonyms[span.start]
        return None

    return nationality


def _demonym_starts(doc: ArticleDoc) -> tuple[dict[int, str], SpanIndex]:
    demonyms = {m.span.start: m.labels[0] for m in country_names(doc)}
    return demonyms, SpanIndex(Span(start, start) for start in demonyms)


def _own_country(mention: ActorMention) -> str | None:
    """The country a generic mention names for itself ("Malian soldiers", "Egyptian
    nationals"); an armed group is not of a nationality named only abroad ("gunmen seized
    two Egyptians": the gunmen take the event's country)."""
    if not mention.generic or mention.country is None:
        return None
    actor = catalogue().actor(mention.actor_id)
    if actor.side in STATE_SIDES or actor.side == "civilian":
        return mention.country
    return None if catalogue().country(mention.country).abroad else mention.country


def _merge(mentions: list[tuple[str, str | None, Span]], index: SpanIndex) -> tuple[Party, ...]:
    """The parties of the mentions, one per actor and country, each flagged victim-only when
    all its mentions lie in the casualty figures (`index`: their spans)."""
    spans: dict[tuple[str, str | None], list[Span]] = {}
    for actor_id, country, span in mentions:
        spans.setdefault((actor_id, country), []).append(span)
    covers = index.covers
    return tuple(Party(a, c, tuple(s), all(map(covers, s))) for (a, c), s in spans.items())


def cast(doc: ArticleDoc, actors: list[ActorMention], casualties: list[CasualtyMention],
         claims: list[ClaimMention], *, on: dt.date | None, demonyms: list[str],
         triggers: list[TriggerMention] = (),  # type: ignore[assignment]
         passage: list[Span] = ()) -> Cast:  # type: ignore[assignment]
    """Every party to the incident and the sides that were hit. State forces are named for
    the regime of the event date, else of the publication date, else of the latest date
    the text gives (a statement "of 15 July 2025" dates its undated strikes); with none of
    these, without a regime (`Cast.on`). `passage` is the incident's sentences: a claim or a
    "the group" in them credits a group when no attacker is named (`Cast.credited`)."""
    on = on or doc.published or _dated_context(doc)
    country = _country(actors, doc, demonyms)
    events = SpanIndex(t.span for t in triggers)  # the event words, read by several steps
    commentary = rival_umbrellas(doc, actors) | _suspected(doc, actors) | _disguised(doc, actors)
    commentary |= _served(doc, actors) | _searching(doc, actors, events)
    commentary |= placed_in_area(doc, actors) | habitual(doc, actors) | accusers(doc, actors)
    members = _members_of_named(doc, actors)
    commentary |= members | source_affiliations(doc, actors, claims, casualties)
    mentions = [(a.actor_id, _own_country(a), a.span) for a in actors if a.span not in commentary]
    for claim in claims:
        if claim.role == "perpetrator" and claim.claimant and claim.claimant_span:
            mentions.append((claim.claimant, None, claim.claimant_span))
    target_sides: set[str] = set()
    victims: set[Span] = set()
    nationality = _figure_nationality(doc)
    named = SpanIndex(a.span for a in actors)
    # "two soldiers of the UN mission were killed": the figure counts the mission's men
    specific = SpanIndex(a.span for a in actors if not a.generic)
    of_named = SpanIndex([*members, *specific.spans])

    def counts_named(figure: CasualtyMention) -> bool:
        # "two soldiers of the UN mission", "جنديان من بعثة الأمم المتحدة"
        return of_named.overlaps(figure.span) or any(
            partitive_gap(doc, figure.span.end, s.start)
            for s in specific.starting_in(figure.span.end, figure.span.end + MEMBER_CHARS))
    for figure in casualties:
        actor_id = group_actor(figure.group) if figure.group else None
        if actor_id is None:
            if figure.outcome in HARM:
                victims.add(figure.span)  # "fifteen members (of Russia's Africa Corps)"
            continue
        if figure.outcome in HARM:
            target_sides.add(catalogue().actor(actor_id).side)
        # a party named inside the figure says who they are ("five Dan Na Ambassagou militiamen")
        if not named.inside(figure.span) and not counts_named(figure):
            mentions.append((actor_id, nationality(figure, actor_id), figure.span))
        victims.add(figure.span)
    harmed = [f for f in casualties if f.outcome in HARM]
    victims |= belonging_to(doc, harmed, specific) | subset_parts(doc, harmed, named)
    victim_index = SpanIndex(victims)  # read by _merge and by named_after_the_event
    parties = _without_descriptors(_merge(mentions, victim_index), doc)
    objects, hit = named_after_the_event(doc, parties, triggers, victims=victim_index,
                                        events=events)
    named_accused = accused(doc, actors)
    if named_accused:  # "which accused the Malian army of the attack": the one said to have acted
        blamed = {p for p in parties if all(s in named_accused for s in p.spans)}
        objects, hit = set(objects) - blamed, set(hit) - blamed
    # a force named after the event word only as who reports it ("des individus armés ont
    # attaqué des villages, ont indiqué les forces armées"): the speaker, not a party
    spoken = speakers(parties, claims)
    reporters = _reporters(doc, [p for p in parties if p in spoken and not p.victim_only],
                           claims, hit, events)
    if reporters:
        parties = tuple(p for p in parties if p not in reporters)
        objects, hit = set(objects) - reporters, set(hit) - reporters
    # "the UN camp came under fire", "تعرض معسكر البعثة لقصف": the subject was struck
    hit = set(hit) | undergoers(doc, parties, triggers, events=events)
    # "a clash between an army unit and gunmen": both fought, neither is named as hit
    sides_of_fight = [p for p in paired(doc, parties) if not p.victim_only]
    objects, hit = set(objects) - set(sides_of_fight), set(hit) - set(sides_of_fight)
    if objects:  # word order told who was hit
        initiators = [p for p in parties if p not in objects and not p.victim_only]
        sides = {p.side for p in initiators} or set(initiator_sides(parties))
    elif _state_as_subject(doc, parties, hit):
        sides = set(STATE_SIDES)  # "French forces struck militants near Ansongo"
    else:  # no word order to read (Arabic, or everyone named before the event word)
        sides = set(initiator_sides(parties))
    figure_sides = frozenset(target_sides)
    target_sides |= {p.side for p in parties if p in objects or p.side not in sides}
    return Cast(parties, target_sides, country, on, objects=frozenset(objects),
                hit_only=frozenset(hit),
                agents=frozenset(p for p in parties if any(by_agent(doc, s) for s in p.spans)),
                subjects=_subjects(doc, parties, triggers, hit),
                tactics=frozenset(t.sub_event_type for t in triggers if t.sub_event_type),
                figure_sides=figure_sides, paired=tuple(sides_of_fight),
                unnamed_harmed=any(f.group is None and f.outcome in HARM for f in casualties),
                spoken_only=spoken & frozenset(parties),
                people_harmed=any(f.outcome in HARM and (f.group is None or group_actor(f.group) is None)
                                  for f in casualties),
                credited=attributed(doc, claims, passage,
                                    excluded=commentary | set(_denied_claims(doc))))


CUE_WORDS = 2  # "أعلنت القوات", "said the army", "a indiqué l'armée"
_CLAUSE_BREAK = re.compile(r"[,،;:.!?؟()]")


def _claimant_next_to_cue(doc: ArticleDoc, claim: ClaimMention) -> bool:
    """Whether a claim's claimant stands right beside its cue, no clause break between:
    the claimant of a cue further off may be a party the clause before named."""
    span = claim.claimant_span
    if span is None:
        return False
    if claim.span.start <= span.start and span.end <= claim.span.end:
        return True  # "the military said": the cue names its speaker
    left, right = (claim.span, span) if claim.span.end <= span.start else (span, claim.span)
    return (left.end <= right.start and not _CLAUSE_BREAK.search(doc.text, left.end, right.start)
            and words_between(doc.text, left, right, cap=CUE_WORDS) <= CUE_WORDS)


def _reporters(doc: ArticleDoc, spoken: list[Party], claims: list[ClaimMention], hit: set[Party],
               events: SpanIndex) -> set[Party]:
    """The `spoken` parties (named only as who speaks, not only in casualty figures) that
    report the incident rather than take part: named as hit, or each of whose mentions is
    a claimant right beside its cue after the event word ("..., بحسب ما أعلنت القوات
    المسلحة")."""
    if not spoken:
        return set()
    told_after = _after_the_event(doc, events)
    next_to_cue = speakers(tuple(spoken), [c for c in claims if _claimant_next_to_cue(doc, c)])
    return {p for p in spoken
            if p in hit or (p in next_to_cue and all(told_after(s) for s in p.spans))}


def _after_the_event(doc: ArticleDoc, events: SpanIndex) -> Callable[[Span], bool]:
    """A test of whether a span stands after the first event word of its sentence: a
    speaker there ("..., بحسب ما أعلنت القوات المسلحة", "..., the army said") reports the
    incident, whatever the language's word order (`events`: the spans of its event words)."""
    sentences = doc.sentences or ()

    def after(span: Span) -> bool:
        index = sentence_index(sentences, span)
        if index < 0:
            return False
        first = events.first_starting_in(sentences[index].span.start, span.start - 1)
        return first is not None
    return after


SUBJECT_WORDS, SUBJECT_GAP_CHARS = 2, 30  # "Wagner fighters opened fire", "مقاتلي فاغنر بادروا إلى إطلاق النار"
SUBJECT_LIST_CHARS = 60  # the other names of a list of subjects ("soldiers and Wagner mercenaries")
_SUBJECT_BREAK = re.compile(r"[,،;:.!?؟()\n]")


PARTNER_WORDS = 5  # "l'armée malienne et ses alliés de l'Africa Corps", "الجيش وحلفاؤه الروس"


def _subjects(doc: ArticleDoc, parties: tuple[Party, ...], triggers: Iterable[TriggerMention],
              hit: set[Party]) -> frozenset[Party]:
    """The state forces and allies named as the subject of a violent event word, with the
    state forces named right before one of them in its clause (its partner: "the army and
    its Africa Corps allies killed")."""
    # only a state force or ally not named as hit can be a subject (_subject_of_event)
    candidates = [p for p in parties if p.side in STATE_SIDES and p not in hit]
    if not candidates:
        return frozenset()  # no index to build
    violent = [t for t in triggers if t.sub_event_type is None or t.sub_event_type in VIOLENT_SUB_TYPES]
    events = SpanIndex(t.span for t in violent)  # once for all the parties
    named = {p: _subject_of_event(doc, p, events, hit) for p in candidates}
    found = {p for p, span in named.items() if span is not None}
    if not found:
        return frozenset()
    spans = [span for span in named.values() if span is not None]
    return frozenset(found | {p for p in candidates if any(
        s.end <= t.start and not _SUBJECT_BREAK.search(doc.text, s.end, t.start)
        and words_between(doc.text, s, t, cap=PARTNER_WORDS + 1) <= PARTNER_WORDS
        for s in p.spans for t in spans)})


def _subject_of_event(doc: ArticleDoc, party: Party, events: SpanIndex,
                      hit: set[Party]) -> Span | None:
    """The mention by which a state force or an ally stands as the subject of an event word: named
    right before it, in its clause, a word or two between and no passive, and not named as
    hit ("Wagner fighters opened fire on herders", "les mercenaires de Wagner ont ouvert le
    feu", "مقاتلو فاغنر بادروا إلى إطلاق النار"). The ally so named did what is told and leads
    the army named elsewhere, unless the army is named so too (sides._best). `events`: the
    spans of the violent event words."""
    if party in hit or party.side not in STATE_SIDES:
        return None
    named = doc.cached_view("parties:actor-spans", lambda _text: SpanIndex(a.span for a in doc.actors or ()))
    for span in party.spans:
        after = events.first_starting_in(span.end, span.end + SUBJECT_GAP_CHARS + SUBJECT_LIST_CHARS)
        if after is None or _SUBJECT_BREAK.search(doc.text, span.end, after.start):
            continue
        # "Malian soldiers and Wagner mercenaries executed": the other subjects of a list
        # between the name and the event word are not counted
        listed = named.starting_in(span.end, after.start - 1)
        gap = words_between(doc.text, span, after, cap=SUBJECT_WORDS + 20) - sum(
            len(doc.text[s.start:s.end].split()) for s in listed)
        if (gap <= SUBJECT_WORDS + (1 if listed else 0)
                and after.start - span.end - sum(s.end - s.start for s in listed) <= SUBJECT_GAP_CHARS
                and not passive_between(doc, span.end, after.start)):
            return span
    return None


def _state_as_subject(doc: ArticleDoc, parties: tuple[Party, ...], hit: set[Party]) -> bool:
    """Whether, in a language whose subjects come first, a state force is named before the
    event word and not as hit (no passive, no target marker): it is the one acting."""
    if not subject_first(doc.lang or ""):
        return False
    return any(p.side in STATE_SIDES and p not in hit and not p.victim_only for p in parties)


def _dated_context(doc: ArticleDoc) -> dt.date | None:
    """The latest resolved date of the document, if any (found once per document)."""
    return per_layers(doc, "parties:dated_context", (doc.dates,), lambda: _latest_date(doc))


def _latest_date(doc: ArticleDoc) -> dt.date | None:
    return max((d.date for d in doc.dates or () if d.date is not None), default=None)


DESCRIPTOR_WORDS = 4


def _without_descriptors(parties: tuple[Party, ...], doc: ArticleDoc) -> tuple[Party, ...]:
    """Drop an umbrella group named only right beside one of its own components
    ("Katiba Macina (JNIM)" is Katiba Macina; "al-Qaeda-linked JNIM" is JNIM)."""
    kept = []
    lineage = [(p, ancestors(p.actor_id)) for p in parties]  # looked up once per party
    for party in parties:
        children = [p for p, umbrellas in lineage if party.actor_id in umbrellas]
        if not children:  # most parties have no component named: no index to build
            kept.append(party)
            continue
        child_spans = SpanIndex(span for child in children for span in child.spans)
        if child_spans.spans and all(child_spans.fewest_words(doc.text, s) <= DESCRIPTOR_WORDS
                                     for s in party.spans):
            continue
        kept.append(party)
    return tuple(kept)
