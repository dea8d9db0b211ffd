"""Who did what to whom in one incident: actor1, actor2, associated actors, claimants.

Actors come from actor mentions in the incident's eventful sentences, from the groups its
casualty figures count ("12 soldiers" implies the country's military), and from a
perpetrator's claim. actor1 is the initiator: the non-state armed actor when there is
one, state forces when the tactic is theirs (air strikes, arrests, retaking ground);
actor2 is the other side, and Civilians for violence against civilians.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from importlib import resources as pkg

import yaml

from rasd.actors import NON_STATE_ARMED, actor_inter, actor_name, catalogue, successor
from rasd.doc import ActorMention, ArticleDoc, CasualtyMention, ClaimMention, Span, TriggerMention
from rasd.errors import ResourceError
from rasd.events.targets import named_after_the_event, within
from rasd.languages import rules_for
from rasd.stages.lexical import hits
from rasd.stages.nearby import SpanIndex, words_between

STATE_SIDES = frozenset({"state", "state_ally", "international"})
STATE_INITIATED = frozenset({"Air/drone strike", "Government regains territory", "Arrests",
                             "Shelling/artillery/missile attack"})
CIVILIAN_TARGETED = frozenset({"Attack", "Abduction/forced disappearance", "Sexual violence"})
PARTISAN_ROLES = frozenset({"perpetrator", "target", "government"})
UNIDENTIFIED = "unidentified_armed_group"
CIVILIANS = "civilians"
PROTESTERS = "protesters"
PROTEST_TYPES = frozenset({"Peaceful protest", "Protest with intervention",
                           "Excessive force against protesters"})
RIOTERS = "rioters"
RIOT_TYPES = frozenset({"Violent demonstration", "Mob violence"})
VIOLENT_SUB_TYPES = frozenset({"Armed clash", "Attack", "Abduction/forced disappearance",
                               "Remote explosive/landmine/IED", "Suicide bomb", "Grenade",
                               "Sexual violence", "Shelling/artillery/missile attack"})
HARM = frozenset({"killed", "injured", "abducted", "missing"})


@lru_cache(maxsize=1)
def _group_actors() -> dict[str, str | None]:
    text = pkg.files("rasd.resources").joinpath("taxonomy", "victim_groups.yaml").read_text("utf-8")
    return dict(yaml.safe_load(text)["groups"])


@lru_cache(maxsize=1)
def _branches() -> dict[str, dict[str, str]]:
    text = pkg.files("rasd.resources").joinpath("taxonomy", "regions.yaml").read_text("utf-8")
    return yaml.safe_load(text).get("branches") or {}


def branch(actor_id: str, country: str | None) -> str:
    """The branch an umbrella group stands for in the event's country (or the group)."""
    return _branches().get(actor_id, {}).get(country or "", actor_id)


def group_actor(group: str) -> str | None:
    """The actor id a casualty group stands for ("soldiers" → the military), or None."""
    return _group_actors().get(group)


def resolve_name(actor_id: str, *, country: str | None, on: dt.date | None,
                 regime: bool = True) -> str:
    """The ACLED name; a generic actor in an unknown country keeps its bare name
    ("Civilians", "Military Forces") rather than a guessed country."""
    try:
        return actor_name(actor_id, country=country, on=on, regime=regime)
    except ResourceError:
        template = catalogue().actor(actor_id).name
        return template.replace(" of {country}", "").replace(" ({country})", "").replace("{country}", "").strip()


@dataclass(frozen=True)
class Party:
    actor_id: str
    country: str | None
    spans: tuple[Span, ...]
    victim_only: bool = False  # known only from casualty figures ("12 soldiers were killed")

    @property
    def side(self) -> str:
        return catalogue().actor(self.actor_id).side


@dataclass(frozen=True)
class Cast:
    parties: tuple[Party, ...]
    target_sides: set[str]
    country: str | None
    on: dt.date | None
    actor1: Party | None = None
    actor2: Party | None = None
    assoc1: tuple[Party, ...] = ()
    assoc2: tuple[Party, ...] = ()
    civilian_targeted: bool = False
    objects: frozenset = frozenset()  # parties named after the event word: its targets
    # (actor id, span) of the armed places or units hit ("a checkpoint", "a police station")
    armed_targets: tuple[tuple[str, Span], ...] = ()
    # parties named only as victims or as targets ("12 soldiers were killed in an attack on
    # an army post": the army is never the one acting)
    hit_only: frozenset = frozenset()
    # the sub-event types the incident's event words name ("drone strike": Air/drone strike)
    tactics: frozenset = frozenset()
    _names: dict = field(default_factory=dict)

    def was_hit(self, party: Party) -> bool:
        """Whether the text names the party only as hit: in a casualty figure, as what was
        attacked, or after the event word."""
        return party.victim_only or party in self.objects or party in self.hit_only

    @property
    def actor1_spans(self) -> list[Span]:
        return list(self.actor1.spans) if self.actor1 else []

    @property
    def actor2_spans(self) -> list[Span]:
        return list(self.actor2.spans) if self.actor2 else []

    def name(self, party: Party | None) -> str | None:
        if party is None:
            return None
        actor_id = successor(party.actor_id, country=party.country or self.country, on=self.on)
        actor_id = branch(actor_id, party.country or self.country)
        # no event date and no publication date: no regime can be told
        return resolve_name(actor_id, country=party.country or self.country, on=self.on,
                            regime=self.on is not None)

    def inter(self, party: Party | None) -> int | None:
        if party is None:
            return None
        return actor_inter(party.actor_id, country=party.country or self.country,
                           event_country=self.country)

    def record_fields(self) -> dict:
        """actor1/2, assoc_actor_1/2 and inter1/2 as ACLED columns."""
        def joined(parties: tuple[Party, ...], main: str | None) -> str | None:
            # two mentions of one force ("the army", "Malian soldiers") are one actor
            names = dict.fromkeys(n for p in parties if (n := self.name(p)) and n != main)
            return "; ".join(names) or None

        actor1, actor2 = self.name(self.actor1), self.name(self.actor2)
        return {"actor1": actor1, "assoc_actor_1": joined(self.assoc1, actor1),
                "inter1": self.inter(self.actor1), "actor2": actor2,
                "assoc_actor_2": joined(self.assoc2, actor2), "inter2": self.inter(self.actor2),
                **self.country_fields()}

    def country_fields(self) -> dict:
        info = catalogue().countries.get(self.country) if self.country else None
        return {"country": None if info is None else info.name,
                "iso": None if info is None else info.iso}


def _country(actors: list[ActorMention], doc: ArticleDoc, scope_demonyms: list[str]) -> str | None:
    """The country most mentions point to in the incident, else in the whole document;
    a country named on its own ("وسط مالي", "in northern Mali") counts too, a country named
    only as a nationality or a foreign force (`abroad` in the catalogue) does not."""
    everywhere = [m.labels[0] for m in hits(doc, "actors", "demonyms")]
    abroad = {k for k, c in catalogue().countries.items() if c.abroad}
    for pool, named in ((actors, scope_demonyms), (list(doc.actors or ()), everywhere)):
        votes = Counter(c for a in pool for c in _countries(a) if c not in abroad)
        votes.update(c for c in named if c not in abroad)
        if votes:
            return min(votes.items(), key=lambda kv: (-kv[1], kv[0]))[0]
    return None


def _countries(mention: ActorMention) -> list[str]:
    if mention.country:
        return [mention.country]
    countries = catalogue().actor(mention.actor_id).countries
    return list(countries) if len(countries) == 1 else []


RIVALS_WORDS = 4


def _rival_umbrellas(doc: ArticleDoc, actors: list[ActorMention]) -> set[Span]:
    """The spans of rival umbrella movements named together ("groups linked to al-Qaeda and
    the Islamic State", "الجماعات المرتبطة بالقاعدة وداعش"): a description of the
    insurgency at large, not a party to the incident. Neighbours in text order only."""
    roots = [a for a in actors if catalogue().actor(a.actor_id).parent is None
             and catalogue().actor(a.actor_id).side == "jihadist"]
    found: set[Span] = set()
    for left, right in zip(roots, roots[1:]):
        if (left.actor_id != right.actor_id
                and words_between(doc.text, left.span, right.span, cap=RIVALS_WORDS) <= RIVALS_WORDS):
            found.update((left.span, right.span))
    return found


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


def _merge(mentions: list[tuple[str, str | None, Span]], victims: set[Span]) -> tuple[Party, ...]:
    spans: dict[tuple[str, str | None], list[Span]] = {}
    for actor_id, country, span in mentions:
        spans.setdefault((actor_id, country), []).append(span)
    index = SpanIndex(victims)
    return tuple(Party(a, c, tuple(s), all(within(x, index) for x in s))
                 for (a, c), s in spans.items())


def cast(doc: ArticleDoc, actors: list[ActorMention], casualties: list[CasualtyMention],
         claims: list[ClaimMention], *, on: dt.date | None, demonyms: list[str],
         triggers: list[TriggerMention] = ()) -> Cast:  # type: ignore[assignment]
    """Every party to the incident and the sides that were hit. State forces are named for
    the regime of the event date, else of the publication date, else of the latest date
    the text gives (a statement "of 15 July 2025" dates its undated strikes); with none of
    these, without a regime (`Cast.on`)."""
    on = on or doc.published or _dated_context(doc)
    country = _country(actors, doc, demonyms)
    commentary = _rival_umbrellas(doc, actors)
    mentions = [(a.actor_id, _own_country(a), a.span) for a in actors if a.span not in commentary]
    for claim in claims:
        if claim.role == "perpetrator" and claim.claimant and claim.claimant_span:
            mentions.append((claim.claimant, None, claim.claimant_span))
    target_sides: set[str] = set()
    victims: set[Span] = set()
    named = SpanIndex(a.span for a in actors)
    for figure in casualties:
        actor_id = group_actor(figure.group) if figure.group else None
        if actor_id is None:
            if figure.outcome in HARM:
                victims.add(figure.span)  # "fifteen members (of Russia's Africa Corps)"
            continue
        if figure.outcome in HARM:
            target_sides.add(catalogue().actor(actor_id).side)
        # a party named inside the figure says who they are ("five Dan Na Ambassagou militiamen")
        if not named.inside(figure.span):
            mentions.append((actor_id, None, figure.span))
        victims.add(figure.span)
    parties = _without_descriptors(_merge(mentions, victims), doc)
    objects, hit = named_after_the_event(doc, parties, triggers, victims=frozenset(victims))
    if objects:  # word order told who was hit
        initiators = [p for p in parties if p not in objects and not p.victim_only]
        sides = {p.side for p in initiators} or set(_initiator_sides(parties))
    elif _state_as_subject(doc, parties, hit):
        sides = set(STATE_SIDES)  # "French forces struck militants near Ansongo"
    else:  # no word order to read (Arabic, or everyone named before the event word)
        sides = set(_initiator_sides(parties))
    target_sides |= {p.side for p in parties if p in objects or p.side not in sides}
    return Cast(parties, target_sides, country, on, objects=frozenset(objects),
                hit_only=frozenset(hit),
                tactics=frozenset(t.sub_event_type for t in triggers if t.sub_event_type))


def _state_as_subject(doc: ArticleDoc, parties: tuple[Party, ...], hit: set[Party]) -> bool:
    """Whether, in a language whose subjects come first, a state force is named before the
    event word and not as hit (no passive, no target marker): it is the one acting."""
    if not rules_for(doc.lang or "en").subject_first:
        return False
    return any(p.side in STATE_SIDES and p not in hit and not p.victim_only for p in parties)


def _dated_context(doc: ArticleDoc) -> dt.date | None:
    """The latest resolved date of the document, if any."""
    return max((d.date for d in doc.dates or () if d.date is not None), default=None)


DESCRIPTOR_WORDS = 4


def _without_descriptors(parties: tuple[Party, ...], doc: ArticleDoc) -> tuple[Party, ...]:
    """Drop an umbrella group named only right beside one of its own components
    ("Katiba Macina (JNIM)" is Katiba Macina; "al-Qaeda-linked JNIM" is JNIM)."""
    kept = []
    for party in parties:
        children = [p for p in parties if party.actor_id in _ancestors(p.actor_id)]
        child_spans = SpanIndex(span for child in children for span in child.spans)
        if child_spans.spans and all(child_spans.fewest_words(doc.text, s) <= DESCRIPTOR_WORDS
                                     for s in party.spans):
            continue
        kept.append(party)
    return tuple(kept)


@cache
def _ancestors(actor_id: str) -> frozenset[str]:
    """The umbrella groups an actor belongs to (Katiba Macina: JNIM, AQIM)."""
    cat = catalogue()
    found: list[str] = []
    parent = cat.actor(actor_id).parent
    while parent and parent not in found:
        found.append(parent)
        parent = cat.actor(parent).parent
    return frozenset(found)


def _initiator_sides(parties: tuple[Party, ...]) -> frozenset[str]:
    """The sides the initiator is likely on: non-state armed groups when any take part
    (they start most incidents reported in the Sahel) or when the state is the only one
    named, else the state and its allies."""
    if any(p.side in NON_STATE_ARMED for p in parties):
        return NON_STATE_ARMED
    if parties and all(p.side in STATE_SIDES for p in parties):
        # state forces as the only party of an incident were attacked by someone unnamed
        # ("a unit came under attack"): they act alone only in their own tactics (strikes,
        # arrests), which finalise() reads from the sub-event type
        return NON_STATE_ARMED
    return STATE_SIDES


FOREIGN_ALLIES = frozenset({"state_ally", "international"})


def _rank(party: Party) -> tuple[int, int, int, int, int]:
    """Who leads a side: the country's own forces before foreign allies (ACLED codes Africa
    Corps or Barkhane beside the national army as associates), a named actor before a
    generic one, civilians whose nationality the text gives before civilians without
    ("Mauritanian civilians" over "civilians": ACLED codes foreign victims by their
    country), any other group before unidentified gunmen ("armed men dressed as Dozo
    hunters" are the Dozo), then the first named."""
    actor = catalogue().actor(party.actor_id)
    return (1 if actor.side in FOREIGN_ALLIES else 0, 1 if actor.generic else 0,
            1 if actor.side == "civilian" and party.country is None else 0,
            1 if party.actor_id == UNIDENTIFIED else 0, party.spans[0].start)


def _best(parties: list[Party]) -> Party | None:
    return min(parties, key=_rank) if parties else None


def finalise(cast: Cast, sub_event_type: str, *, evidence: tuple[Span, ...] = ()) -> Cast:
    """Assign actor1, actor2 and associated actors for the chosen sub-event type.

    When violence is reported with only its victims known ("three soldiers were killed in
    an attack"), or with state forces as the only armed side ("a mine hit an army truck"),
    the attacker is coded as ACLED does: Unidentified Armed Group (country), with the
    trigger as its evidence. An air strike with no force named is the country's military.
    """
    state = [p for p in cast.parties if p.side in STATE_SIDES]
    non_state = [p for p in cast.parties if p.side in NON_STATE_ARMED]
    civilians = [p for p in cast.parties if p.side == "civilian"]
    # only states fly aircraft in the Sahel: a strike is theirs, also in an incident typed
    # otherwise ("a drone strike on a wedding killed 20 civilians" typed as an attack)
    flown = sub_event_type in STATE_ONLY_TACTICS or (
        not non_state and bool(STATE_ONLY_TACTICS & cast.tactics))
    if flown and not state and evidence:
        state = [Party(MILITARY, None, evidence)]
    state_acts = (flown and bool(state)) or _state_acts(cast, sub_event_type, state, non_state)
    if not non_state and evidence and _unnamed_attacker(cast, sub_event_type, state_acts):
        non_state = [Party(UNIDENTIFIED, None, evidence)]
    if sub_event_type in CIVILIAN_TARGETED and not civilians and evidence:
        civilians = [Party(CIVILIANS, None, evidence)]  # ACLED: the target of VAC is civilians
    if sub_event_type in PROTEST_TYPES | RIOT_TYPES:
        return _crowd(cast, sub_event_type, state, civilians, evidence)
    if state_acts:
        first, second = state, non_state or civilians or _default_target(sub_event_type, evidence)
    elif sub_event_type in CIVILIAN_TARGETED:
        first, second = non_state or state, civilians
    elif non_state and not state:
        # two armed groups: the one hit is the second ("IS Sahel fighters killed seven Dozo
        # hunters"), when word order or the figures tell it apart
        hit = [p for p in non_state if cast.was_hit(p)]
        acting = [p for p in non_state if p not in hit]
        first, second = (acting, hit) if acting and hit else (non_state, [])
    else:
        first, second = (non_state, state) if non_state else (state, civilians)
    if (not second and cast.armed_targets and sub_event_type in VIOLENT_SUB_TYPES
            and sub_event_type not in CIVILIAN_TARGETED | STATE_INITIATED
            and not any(p.side in STATE_SIDES for p in first)):
        # "gunmen attacked a checkpoint": the force that holds it, in the event's country
        actor_id, span = cast.armed_targets[0]
        second = [Party(actor_id, None, (span,), victim_only=True)]
    if (not second and evidence and sub_event_type in UNAIMED
            and not any(p.side in STATE_SIDES for p in first)):
        # a bomb on a bus, a looted market: with no armed side hit, civilians bore it
        second = civilians or [Party(CIVILIANS, None, evidence, victim_only=True)]
    return _assigned(cast, first, second)


# tactics that hit whoever is there: with no armed side named as hit, the victims are civilians
UNAIMED = frozenset({"Remote explosive/landmine/IED", "Suicide bomb", "Grenade",
                     "Looting/property destruction"})


def _crowd(cast: Cast, sub_event_type: str, state: list[Party], civilians: list[Party],
           evidence: tuple[Span, ...]) -> Cast:
    """A protest or riot: the crowd is actor1 (Protesters, or Rioters when it turned
    violent), the force that faced it actor2: the first named, since a crowd faces the
    convoy or the mission it gathered against, foreign or not ("protesters blocked a
    French convoy; gendarmes fired tear gas")."""
    crowd_id = RIOTERS if sub_event_type in RIOT_TYPES else PROTESTERS
    crowds = [p for p in cast.parties if p.actor_id in (PROTESTERS, RIOTERS)]
    first = [replace(p, actor_id=crowd_id) for p in crowds]
    if not first and evidence:
        first = [Party(crowd_id, None, evidence)]
    if sub_event_type == "Peaceful protest":
        return _assigned(cast, first, [])
    faced = sorted(state, key=lambda p: p.spans[0].start)[:1]
    if not faced and sub_event_type == "Mob violence":
        # a mob sets upon civilians, named or not
        victims = [p for p in civilians if p.actor_id not in (RIOTERS, PROTESTERS)]
        faced = victims[:1] or ([Party(CIVILIANS, None, evidence)] if evidence else [])
    return _assigned(cast, first, faced)


# tactics only a state uses in the Sahel (armed groups have no aircraft, make no arrests,
# retake no ground from themselves); shelling is the state's only when it is not the one hit
STATE_ONLY_TACTICS = frozenset({"Air/drone strike"})
STATE_ALWAYS = frozenset({"Air/drone strike", "Government regains territory", "Arrests"})
MILITARY = "state_forces_military"
# whom a state operation hits when the text names no one: militants for strikes and
# shelling, civilians (suspects) for arrests
DEFAULT_TARGETS = {"Air/drone strike": UNIDENTIFIED, "Shelling/artillery/missile attack": UNIDENTIFIED,
                   "Arrests": CIVILIANS}


def _state_acts(cast: Cast, sub_event_type: str, state: list[Party], non_state: list[Party]) -> bool:
    """Whether the state side is the initiator: its own tactics always, shelling only when
    no armed group takes part and no state party is hit (a mortar attack on a camp is the
    attackers')."""
    if not state or sub_event_type not in STATE_INITIATED:
        return False
    if sub_event_type in STATE_ALWAYS:
        return True
    return not non_state and not any(cast.was_hit(p) for p in state)


def _unnamed_attacker(cast: Cast, sub_event_type: str, state_acts: bool) -> bool:
    """Whether violence with no armed group named had an unnamed attacker: always when the
    state does not act (state forces do not lay mines or ambush themselves), and for
    violence against civilians when no state force is named other than as hit (civilians
    do not kidnap their own: "a German worker was seized")."""
    if sub_event_type not in VIOLENT_SUB_TYPES or state_acts:
        return False
    if sub_event_type in CIVILIAN_TARGETED:
        return all(cast.was_hit(p) for p in cast.parties if p.side in STATE_SIDES)
    return True


def _default_target(sub_event_type: str, evidence: tuple[Span, ...]) -> list[Party]:
    actor_id = DEFAULT_TARGETS.get(sub_event_type)
    return [Party(actor_id, None, evidence, victim_only=True)] if actor_id and evidence else []


def _assigned(cast: Cast, first: list[Party], second: list[Party]) -> Cast:
    actor1, actor2 = _best(first), _best(second)

    def associates(parties: list[Party], main: Party | None) -> tuple[Party, ...]:
        # "gunmen" beside a named group are its fighters, not an ally of it
        return tuple(p for p in parties if p is not main
                     and p.actor_id not in (getattr(main, "actor_id", None), UNIDENTIFIED))

    assoc1, assoc2 = associates(first, actor1), associates(second, actor2)
    return replace(cast, actor1=actor1, actor2=actor2, assoc1=assoc1, assoc2=assoc2,
                   civilian_targeted=actor2 is not None and actor2.side == "civilian")


def claimant_id(claim: ClaimMention, cast: Cast) -> str | None:
    """The claimant's actor id, as the party of the incident it describes when the cue's
    nearest name is that party's umbrella ("al-Qaeda-linked JNIM said": JNIM, not AQIM)."""
    if claim.claimant is None:
        return None
    for party in (cast.actor1, cast.actor2, *cast.assoc1, *cast.assoc2):
        if party is not None and claim.claimant in _ancestors(party.actor_id):
            return party.actor_id
    return claim.claimant


def claimant_role(claim: ClaimMention, cast: Cast) -> str:
    """The claimant's role in this incident (perpetrator, target, government, ...)."""
    if claim.role != "attributed":
        return claim.role
    claimant = claimant_id(claim, cast)
    if claimant is None:
        return "unknown"
    side = catalogue().actor(claimant).side
    if cast.actor1 is not None and claimant == cast.actor1.actor_id:
        return "government" if side in STATE_SIDES else "perpetrator"
    if side in STATE_SIDES:
        return "government"
    if cast.actor2 is not None and claimant == cast.actor2.actor_id:
        return "target"
    return "local_source" if side == "civilian" else "unknown"


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
