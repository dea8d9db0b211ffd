"""Who began and who was hit: actor1, actor2 and associated actors for an incident's
sub-event type, from the parties its passage names."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from rasd.actors import NON_STATE_ARMED, catalogue, successor
from rasd.doc import Span
from rasd.events.party import (
    CIVILIAN_TARGETED,
    CIVILIANS,
    PROTEST_TYPES,
    PROTESTERS,
    RIOT_TYPES,
    RIOTERS,
    STATE_INITIATED,
    STATE_SIDES,
    UNIDENTIFIED,
    VIOLENT_SUB_TYPES,
    Cast,
    Party,
    ancestors,
)

FOREIGN_ALLIES = frozenset({"state_ally", "international"})
COMMUNAL_MILITIA = "unidentified_communal_militia"
CLASH = "Armed clash"


def _rank(party: Party, home: str | None = None, *, home_named: bool = True,
          on: dt.date | None = None, agent_named: bool = False,
          subject: bool = False) -> tuple[int, int, int, int, int, int, int]:
    """Who leads a side: the country's own forces before foreign allies (ACLED codes Africa
    Corps or Barkhane beside the national army as associates), a named actor before a
    generic one, civilians whose nationality the text gives before civilians without
    ("Mauritanian civilians" over "civilians": ACLED codes foreign victims by their
    country), any other group before unidentified gunmen ("armed men dressed as Dozo
    hunters" are the Dozo), then the first named. An ally raised in the event's own
    country (`home`: Burkina Faso's VDP) is no foreign ally: named, it leads the generic
    army ("an attack on a VDP post" is coded against the VDP). A foreign force leads
    soldiers known only from a casualty figure (`home_named` False: "six soldiers were
    wounded" when the UN camp was shelled are the mission's), and auxiliaries known only from
    a toll follow the forces named. A foreign ally the text names as the doer (`agent_named`:
    "executed by Wagner mercenaries", "على يد مرتزقة فاغنر") while the country's forces are
    not so named leads them: it did what is told, the army only took part in the operation;
    named as the subject of the event word (`subject`: "Wagner fighters opened fire"), it
    leads them wherever each is named. An actor is ranked as the entry that codes it in
    `home` on `on` (auxiliaries in Burkina Faso are the VDP)."""
    actor = catalogue().actor(successor(party.actor_id, country=home, on=on))
    home_ally = actor.side == "state_ally" and home is not None and actor.bound_country == home
    # soldiers known only from a toll may be a foreign mission's ("six soldiers were wounded"
    # at a UN camp), never mercenaries' ("84 Wagner fighters and 47 soldiers were killed")
    mission = actor.side == "international"
    foreign = (actor.side in FOREIGN_ALLIES and not home_ally and (home_named or not mission)
               and not agent_named)
    # "20 soldiers and volunteers were killed": the toll's last noun names no leading force
    counted = actor.side == "state_ally" and _counted_only(party)
    return (1 if foreign else 0, 0 if subject else 1, 1 if counted else 0,
            1 if actor.generic and actor.side not in STATE_SIDES else 0,
            1 if actor.side == "civilian" and party.country is None else 0,
            1 if party.actor_id == UNIDENTIFIED else 0, party.spans[0].start)


def _best(parties: list[Party], home: str | None = None, on: dt.date | None = None,
          agents: frozenset = frozenset(), subjects: frozenset = frozenset()) -> Party | None:
    if len(parties) < 2:  # most sides have one party or none: nothing to rank
        return parties[0] if parties else None
    own = [p for p in parties if p.side == "state"]
    named = not own or any(not _counted_only(p) for p in own)
    # the doer named by an agent marker or as the event word's subject, when the country's
    # own forces are not
    doers = frozenset() if any(p in agents or p in subjects for p in own) else agents | subjects
    return min(parties, key=lambda p: _rank(
        p, home, home_named=named, on=on, agent_named=p in doers,
        subject=p in doers and p in subjects and p.side in FOREIGN_ALLIES))


def _counted_only(party: Party) -> bool:
    """Whether a state force is known only from casualty figures ("six soldiers were
    wounded"), not named as a force ("the Malian army")."""
    return party.victim_only and catalogue().actor(party.actor_id).generic


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
    # "troops intercepted a column, killing 18": the unnamed dead are the men they struck
    struck = not non_state and _struck_unnamed(cast, state)
    if not non_state and evidence and _unnamed_attacker(cast, sub_event_type, state_acts):
        non_state = [Party(UNIDENTIFIED, None, evidence)]
    if sub_event_type in CIVILIAN_TARGETED and not civilians and evidence:
        civilians = [Party(CIVILIANS, None, evidence)]  # ACLED: the target of VAC is civilians
    if sub_event_type in PROTEST_TYPES | RIOT_TYPES:
        return _crowd(cast, sub_event_type, state, civilians, evidence)
    if state_acts:
        first, second = state, non_state or civilians or _default_target(sub_event_type, evidence)
        if civilians and _civilians_bore_it(cast):
            second = civilians
        taken = [p for p in state if (p in cast.objects or p.victim_only) and not non_state]
        if taken and sub_event_type == ARRESTS and evidence:
            # "the authorities arrested 49 soldiers from Ivory Coast": the force named as
            # the one arrested is the target; the country's own forces made the arrest
            first = ([p for p in state if p not in taken and p.side == "state"]
                     or [Party(MILITARY, None, evidence)])
            second = taken
    elif sub_event_type in CIVILIAN_TARGETED:
        first, second = non_state or state, civilians
    elif non_state and not state:
        # two armed groups: the one hit is the second ("IS Sahel fighters killed seven Dozo
        # hunters"), when word order or the figures tell it apart
        hit = [p for p in non_state if cast.was_hit(p)]
        acting = [p for p in non_state if p not in hit] or _armed_civilians(cast, civilians)
        if not acting and hit and evidence and sub_event_type in VIOLENT_SUB_TYPES | {LOOTING} and (
                sub_event_type != CLASH or all(p.victim_only for p in hit)):
            # "seven Dozo hunters were killed in an attack": the only group named was
            # hit, so the attacker is unnamed ("a clash with rebels" hits no one by itself)
            acting = [Party(UNIDENTIFIED, None, evidence)]
        fight = _sides_of_fight(cast, non_state)
        if not hit and fight:  # "clashes between the CMA and GATIA"
            acting, hit = fight
        first, second = (acting, hit) if acting and hit else (non_state, [])
    else:
        first, second = (non_state, state) if non_state else (state, civilians)
        fight = _sides_of_fight(cast, [*state, *non_state])
        if non_state and sub_event_type not in UNAIMED and (struck or _state_struck(cast, state, non_state)):
            first, second = state, non_state
        elif non_state and fight and STATE_SIDES.isdisjoint(cast.figure_sides):
            first, second = fight  # "un accrochage entre une unité de l'armée et des hommes armés"
        elif non_state and sub_event_type in UNAIMED and _bystanders_bore_it(cast, state):
            second = civilians or [Party(CIVILIANS, None, evidence, victim_only=True)]
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
LOOTING = "Looting/property destruction"
UNAIMED = frozenset({"Remote explosive/landmine/IED", "Suicide bomb", "Grenade", LOOTING})


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
ARRESTS = "Arrests"
# whom a state operation hits when the text names no one: militants for strikes and
# shelling, civilians (suspects) for arrests
DEFAULT_TARGETS = {"Air/drone strike": UNIDENTIFIED, "Shelling/artillery/missile attack": UNIDENTIFIED,
                   "Arrests": CIVILIANS}


def _sides_of_fight(cast: Cast, parties: list[Party]) -> tuple[list[Party], list[Party]] | None:
    """The two sides of a fight that the text names as such ("clashes between A and B"),
    neither of them named as hit: with nothing else telling who struck first, the one
    named first leads, as the report has it (None when the text names no such pair)."""
    named = [p for p in cast.paired if p in parties]
    if len(named) < 2 or any(cast.was_hit(p) for p in named):
        return None
    rest = [p for p in parties if p not in named and p.side == named[1].side]
    return [named[0]], [*named[1:], *rest]


def _state_acts(cast: Cast, sub_event_type: str, state: list[Party], non_state: list[Party]) -> bool:
    """Whether the state side is the initiator: its own tactics always, shelling only when
    no armed group takes part and no state party is hit (a mortar attack on a camp is the
    attackers')."""
    if not state or sub_event_type not in STATE_INITIATED:
        return False
    if sub_event_type in STATE_ALWAYS:
        return True
    return not non_state and not any(cast.was_hit(p) for p in state)


def _state_struck(cast: Cast, state: list[Party], non_state: list[Party]) -> bool:
    """Whether state forces struck armed men that the text names only as hit ("the army
    neutralised a terrorist", "قتل الجيش ستة إرهابيين", "troops killed 11 militants"):
    an operation of theirs, with no state party hit and no other dead or wounded counted
    ("the response of our forces killed 40 terrorists; we regret 2 dead")."""
    return (all(p.victim_only for p in non_state) and STATE_SIDES.isdisjoint(cast.figure_sides)
            and not cast.unnamed_harmed and not any(cast.was_hit(p) for p in state))


def _struck_unnamed(cast: Cast, state: list[Party]) -> bool:
    """Whether named state forces, none of them hit, killed men the text does not name
    ("the army intercepted a column of suspects, killing 18"): the unnamed dead are the
    armed men they struck."""
    return (bool(state) and cast.unnamed_harmed and STATE_SIDES.isdisjoint(cast.figure_sides)
            and STATE_SIDES.isdisjoint(cast.target_sides) and not any(cast.was_hit(p) for p in state))


def _armed_civilians(cast: Cast, civilians: list[Party]) -> list[Party]:
    """Civilians who struck the armed men the toll counts, themselves unharmed ("villagers
    killed three gunmen"): ACLED codes them as a communal militia of their country."""
    if "civilian" in cast.figure_sides or cast.people_harmed:
        return []
    return [Party(COMMUNAL_MILITIA, p.country, p.spans) for p in civilians if not cast.was_hit(p)]


def _civilians_bore_it(cast: Cast) -> bool:
    """Whether a state operation's toll counts civilians and no armed men ("the strikes
    killed 21 civilians, including children"): civilians were hit, whoever else is named
    (the militants the army says it aimed at)."""
    return "civilian" in cast.figure_sides and NON_STATE_ARMED.isdisjoint(cast.figure_sides)


def _bystanders_bore_it(cast: Cast, state: list[Party]) -> bool:
    """Whether a mine or a bomb hit civilians though state forces are named: its toll counts
    civilians or people of no side, none of the state's, and the state forces are named
    only as who reports it ("a bus struck a mine; ten passengers died, the army said")."""
    harmed = "civilian" in cast.figure_sides or cast.people_harmed
    return (harmed and STATE_SIDES.isdisjoint(cast.figure_sides)
            and all(p in cast.spoken_only for p in state))


def _unnamed_attacker(cast: Cast, sub_event_type: str, state_acts: bool) -> bool:
    """Whether violence with no armed group named had an unnamed attacker: always when the
    state does not act (state forces do not lay mines or ambush themselves), and for
    violence against civilians when no state force is named other than as hit (civilians
    do not kidnap their own: "a German worker was seized"); for looting or destruction, when
    the text names no force and no crowd."""
    if sub_event_type == LOOTING and not state_acts:
        # "a school was burned down": with no force and no crowd named, armed men did it
        return not any(p.side in STATE_SIDES or p.actor_id in (RIOTERS, PROTESTERS)
                       for p in cast.parties)
    if sub_event_type not in VIOLENT_SUB_TYPES or state_acts:
        return False
    if sub_event_type in CIVILIAN_TARGETED:
        return all(cast.was_hit(p) for p in cast.parties if p.side in STATE_SIDES)
    return True


def _default_target(sub_event_type: str, evidence: tuple[Span, ...]) -> list[Party]:
    actor_id = DEFAULT_TARGETS.get(sub_event_type)
    return [Party(actor_id, None, evidence, victim_only=True)] if actor_id and evidence else []


def _assigned(cast: Cast, first: list[Party], second: list[Party]) -> Cast:
    actor1 = _best(first, cast.country, cast.on, cast.agents, cast.subjects)
    actor2 = _best(second, cast.country, cast.on)

    def associates(parties: list[Party], main: Party | None) -> tuple[Party, ...]:
        # "gunmen" beside a named group are its fighters, not an ally of it
        return tuple(p for p in parties if p is not main
                     and p.actor_id not in (getattr(main, "actor_id", None), UNIDENTIFIED))

    assoc1, assoc2 = associates(first, actor1), associates(second, actor2)
    actor1 = _credited(cast, actor1, actor2)
    return cast.updated(actor1=actor1, actor2=actor2, assoc1=assoc1, assoc2=assoc2,
                        civilian_targeted=actor2 is not None and actor2.side == "civilian")


def _credited(cast: Cast, actor1: Party | None, actor2: Party | None) -> Party | None:
    """actor1, or the first group the incident's sentences credit with it (its own claim,
    "the group") when actor1 is an Unidentified Armed Group: the one hit is never it."""
    if actor1 is None or actor1.actor_id != UNIDENTIFIED:
        return actor1
    hit = set() if actor2 is None else {actor2.actor_id, *ancestors(actor2.actor_id)}
    return next((p for p in cast.credited if p.actor_id not in hit), actor1)


def initiator_sides(parties: tuple[Party, ...]) -> frozenset[str]:
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
