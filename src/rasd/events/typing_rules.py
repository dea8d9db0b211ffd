"""Choosing an incident's ACLED type from its triggers and who was hit.

Specific triggers (an ambush, an IED, an airstrike, an abduction) name a sub-event type;
when several co-occur the one earlier in ACLED's precedence order wins. Generic violence
("attacked", "killed") is typed by the target: civilians only → Violence against
civilians / Attack; an armed target → Battles / Armed clash.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from rasd.doc import ArticleDoc, Span, TriggerMention
from rasd.stages.lexical import hits
from rasd.stages.nearby import (
    HasSpan,
    M,
    grouped_by_sentence,
    per_layers,
    sentence_index,
    sentence_starts,
)
from rasd.taxonomy import SubEventType, taxonomy

ARMED_SIDES = frozenset({"state", "state_ally", "jihadist", "rebel", "communal", "international", "unknown",
                         "armed"})
UNNAMED_ARMED = frozenset({"unknown", "armed"})
NAMED_ARMED_SIDES = ARMED_SIDES - UNNAMED_ARMED
ABDUCTION = "Abduction/forced disappearance"
PROPERTY_TYPES = frozenset({"Looting/property destruction"})
DISRUPTED = frozenset({"Remote explosive/landmine/IED", "Grenade"})
CIVILIAN_HARM_TYPES = frozenset({"Explosions/Remote violence", "Violence against civilians"})
REMOTE = "Explosions/Remote violence"
MINE = "Remote explosive/landmine/IED"  # kills the men it hits; the attackers die elsewhere
EXCESSIVE = "Excessive force against protesters"
RIOTING = frozenset({"Looting/property destruction", "Violent demonstration"})


def choose_sub_event(triggers: Iterable[TriggerMention], *, target_sides: set[str],
                     harm: bool = False, harmed: frozenset[str] = frozenset(),
                     armed_hit: bool = False, gunfire: bool = False,
                     party_sides: frozenset[str] = frozenset()) -> SubEventType | None:
    """The winning sub-event type, or None when nothing signals an event.

    `harm`: people were killed or wounded. Violence with no armed target is violence
    against civilians (ACLED's default for "gunmen attacked the village"); violence that
    hurt people outranks arrests reported with it. An attack that burnt or looted is the
    attack when it hurt people, an Armed clash when the target is armed; one that hurt
    nobody ("gunmen raided the school and set it on fire") is Looting/property destruction,
    ACLED's type for property hit with no violence against people.

    `harmed`: the victim groups of the killed and wounded ("civilians", "soldiers",
    "people"...). When the only people hurt are civilians, nobody armed was hit: an armed
    party named nearby is a suspect or commentary ("the army is accused of killing 30
    civilians"), and a clash word a passing remark ("where the army is fighting rebels"):
    ACLED's clash needs two armed sides, so generic violence is an Attack, and a clash word
    gives way to a weapon or a killing that says how the civilians died. `armed_hit`: the
    text says an armed post or unit was attacked ("stormed a VDP position, then executed
    villagers"), which keeps the clash. `gunfire`: the incident tells of small-arms fire;
    with an armed target, a bomb, shells or drones used in the same attack are part of a
    ground fight, which ACLED codes as an Armed clash ("attacked the post with gunfire and
    IEDs"). `party_sides`: the sides of every party named in the incident, acting or hit.
    """
    tax = taxonomy()
    triggers = list(triggers)
    triggers = _outermost(triggers)
    specific = [tax.sub_event(t.sub_event_type) for t in triggers if t.sub_event_type]
    generic = any(t.sub_event_type is None for t in triggers)
    armed_target = bool(target_sides & ARMED_SIDES) or forces_in_a_fight_with_no_target(
        target_sides, harmed, party_sides)
    if "civilian" in target_sides and not target_sides & NAMED_ARMED_SIDES:
        # gunmen named beside the civilians hit are the ones who shot them ("villagers were
        # killed; the armed men fled"), not a second, armed target
        armed_target = False
    if target_sides and party_sides and target_sides | party_sides <= UNNAMED_ARMED:
        # unnamed gunmen are the only party told: they are the attackers read as a target
        # ("armed individuals carried out attacks that left several dead in villages"),
        # and violence with no armed target is against civilians
        armed_target = False
    if any(s.name == ABDUCTION for s in specific) and not target_sides & NAMED_ARMED_SIDES:
        # kidnappers are unnamed gunmen: an unnamed armed "target" beside an abduction is
        # the kidnappers themselves, and a killing during the kidnapping an Attack
        armed_target = False
    if not target_sides & NAMED_ARMED_SIDES:
        # a toll with no victim noun ("killed 37") beside civilians hit and no named armed
        # side says nothing against the civilians being the only ones hurt
        harmed = harmed - {""}
    if civilians_only(harmed) and not armed_hit:
        armed_target = False
        # a clash word gives way to a weapon or a killing that says how the civilians died;
        # a bare killing word only when no named armed side was hit either ("villagers were
        # killed ... clashes between communities have grown")
        if any(s.event_type in CIVILIAN_HARM_TYPES for s in specific) or (
                generic and not target_sides & NAMED_ARMED_SIDES):
            specific = [s for s in specific if s.name != "Armed clash"]
    if armed_target and any(s.name == "Attack" for s in specific):
        # an attack on an armed target ("executed a JNIM member") is a clash, not violence
        # against civilians
        specific = [s for s in specific if s.name != "Attack"] + [tax.sub_event("Armed clash")]
    fought = gunfire or (both_sides_lost_men(harmed) and not any(s.name == MINE for s in specific))
    if fought and armed_target and any(s.event_type == REMOTE for s in specific):
        specific.append(tax.sub_event("Armed clash"))
    if any(s.name == "Disrupted weapons use" for s in specific):
        # a device found, defused or blowing up while being planted was not used
        specific = [s for s in specific if s.name not in DISRUPTED]
    if {EXCESSIVE, "Peaceful protest"} <= {s.name for s in specific}:
        # "clashes" between protesters and troops who fired live rounds: the crowd is not an
        # armed side, so the firing on it is the event, not a battle
        specific = [s for s in specific if s.name != "Armed clash"]
    if any(s.name == "Peaceful protest" for s in specific) and not party_sides & NON_STATE_ARMED:
        # a crowd that occupies an airport, a square or a road takes no territory: with no
        # armed group among the parties, the occupation is the protest's
        specific = [s for s in specific if s.name not in TERRITORIAL]
    if any(s.name == "Arrests" for s in specific) and any(s.name == "Peaceful protest" for s in specific):
        # protesters arrested: the protest met an intervention
        specific.append(tax.sub_event("Protest with intervention"))
    if not (harm or generic or armed_target) and any(s.name == "Arrests" for s in specific):
        # an operation whose only reported outcome is arrests ("a ground operation led to
        # the arrest of suspects") is the arrests; one against a named armed group is a clash
        specific = [s for s in specific if s.name != "Armed clash"]
    remote_or_battle = any(s.event_type in ("Battles", "Explosions/Remote violence") for s in specific)
    against_people = any(s.event_type == "Violence against civilians" for s in specific)
    looting = any(s.name in PROPERTY_TYPES for s in specific)
    fired_on_crowd = any(s.name == EXCESSIVE for s in specific)  # the violence is the firing
    if generic and not (remote_or_battle or fired_on_crowd) and (
            harm or against_people or (looting and armed_target) or not specific):
        specific.append(tax.sub_event("Armed clash" if armed_target else "Attack"))
    if not specific:
        return None
    names = {s.name for s in specific}
    # firing on a crowd is the forces' violence, not the crowd's: no riot
    if "Peaceful protest" in names and (generic or names & RIOTING) and EXCESSIVE not in names:
        return tax.sub_event("Violent demonstration")  # protesters who attack, barricade or burn riot
    if harm and "Protest with intervention" in names and not (generic or names & RIOTING):
        # protesters dispersed and people hurt, with no act of the crowd's: the force used on
        # them ("four demonstrators wounded by bullets as gendarmes fired tear gas")
        return tax.sub_event(EXCESSIVE)
    return min(specific, key=lambda s: s.precedence)


FORCES = frozenset({"state", "state_ally", "international"})
NON_STATE_ARMED = ARMED_SIDES - FORCES


def forces_in_a_fight_with_no_target(target_sides: set[str], harmed: frozenset[str],
                                     party_sides: frozenset[str]) -> bool:
    """Whether violence that names no one hit sets state forces against armed men: the
    forces are named in it, and no civilian is named as hit or among the dead ("troops
    intercepted a column of militants, killing 24"; "soldiers foiled an attack on the
    village"; a group's claim of "an attack on the army" whose target went unread). ACLED's
    Attack needs civilians as its target; with forces and no civilians, it is a clash."""
    return (bool(party_sides & FORCES) and "civilian" not in target_sides
            and not harmed & (CIVILIAN_GROUPS | UNTOLD_GROUPS))


def _outermost(triggers: list[TriggerMention]) -> list[TriggerMention]:
    """The triggers that lie inside no longer construction with another label: the
    construction says what the word inside it does ("shot down an armed drone": the drone
    was not used; "moved in without a fight": no clash; "opened fire on protesters"; a
    generic "air and ground operation" holds no air strike).
    Linear in practice: a trigger is a few words long, so only the triggers that start
    within the longest one's length before it can hold it."""
    by_start = sorted(triggers, key=lambda t: t.span.start)
    starts = [t.span.start for t in by_start]
    longest = max((t.span.end - t.span.start for t in by_start), default=0)
    kept = []
    for t in triggers:
        low, high = bisect_left(starts, t.span.start - longest), bisect_right(starts, t.span.start)
        # a trigger alone in its reach (most) holds only itself
        if high - low < 2 or not _nested(t, by_start[low:high]):
            kept.append(t)
    return kept


def _nested(trigger: TriggerMention, candidates: list[TriggerMention]) -> bool:
    start, end = trigger.span.start, trigger.span.end
    return any(t.sub_event_type != trigger.sub_event_type
               and t.span.start <= start and end <= t.span.end
               and (t.span.end - t.span.start) > end - start
               for t in candidates)


CIVILIAN_GROUPS = frozenset({"civilians"})
UNTOLD_GROUPS = frozenset({"people"})  # "killing seven people": anyone


ARMED_GROUPS = frozenset({"soldiers", "police", "auxiliaries", "peacekeepers"})
ASSAILANTS = "attackers"


def both_sides_lost_men(harmed: frozenset[str]) -> bool:
    """Whether the dead or wounded include both the attackers and the armed men attacked:
    a fight, whatever weapons were also used ("eight soldiers and 20 assailants were killed
    in the attack; drones then struck the fleeing men"). Not when a mine hit the troops:
    its dead are the troops, the attackers' fell to the strikes that answered it."""
    return ASSAILANTS in harmed and bool(harmed & ARMED_GROUPS)


def civilians_only(harmed: frozenset[str]) -> bool:
    """Whether the people hurt are civilians and no one else ("12 civilians and a soldier"
    is not; "seven people" alone tells nothing)."""
    return bool(harmed & CIVILIAN_GROUPS) and harmed <= CIVILIAN_GROUPS | UNTOLD_GROUPS


def beyond_causes(doc: ArticleDoc, triggers: list[TriggerMention]) -> list[TriggerMention]:
    """The event words that say what happened: not the cause the sentence gives for the
    event ("youths demonstrated to protest against the killing of two traders": a protest,
    not a violent one; claims.yaml `causes`), nor a change of territory told as the
    conflict's backdrop (`territorial_backdrop`), nor violence told as a recurring pattern
    (`recurring`): these make no event on their own. All the others when every one follows
    a cause."""
    replies = _reply_cues(doc)  # most texts have none: no trigger is then a reply verb
    remote = _remote_starts(triggers) if replies else []
    triggers = [t for t in triggers
                if not territorial_backdrop(doc, t, triggers) and not recurring(doc, t)
                and not (replies and _replies_from_afar(doc, t, replies, remote))]
    causes = hits(doc, "claims", "causes")
    if not causes:
        return triggers
    return _before_the_cues(doc, causes, triggers) or triggers


def _before_the_cues(doc: ArticleDoc, cues: Sequence[HasSpan], items: list[M]) -> list[M]:
    """The items that no cue of their sentence precedes (no cue of `same_sentence` ends
    before the item starts), read from the least end of the cues of each sentence, found
    once per document and cue layer (a scan of the cues per item is quadratic)."""
    sentences = doc.sentences
    if not sentences:  # every cue is in the item's sentence
        first_end = min(c.span.end for c in cues)
        return [m for m in items if first_end > m.span.start]
    first = per_layers(doc, "typing:first-end", (cues, sentences), lambda: _first_ends(doc, cues))
    starts = sentence_starts(sentences)
    kept = []
    for m in items:
        end = first.get(bisect_right(starts, m.span.start) - 1)  # its sentence's (-1: none)
        if end is None or end > m.span.start:
            kept.append(m)
    return kept


def _first_ends(doc: ArticleDoc, cues: Sequence[HasSpan]) -> dict[int, int]:
    """The least end of the cues of each sentence (by index), as `same_sentence` groups them."""
    sentences = doc.sentences or ()
    first: dict[int, int] = {}
    for index, group in grouped_by_sentence(doc, cues).items():
        if index < 0:
            continue
        ends = [c.span.end for c in group if c.span.start < sentences[index].span.end]
        if ends:
            first[index] = min(ends)
    return first


def before_an_earlier_incident(doc: ArticleDoc, mentions: list) -> list:
    """The mentions not told after an "N days after" cue in their sentence ("the school was
    burnt, two weeks after the killing of a headmaster"; `days_after` in dates.yaml): what
    follows the cue is the earlier incident the news is dated from, not the news."""
    cues = hits(doc, "dates", "days_after")
    if not cues or not mentions:
        return mentions
    return _before_the_cues(doc, cues, mentions)


SIMILAR_GAP = 3  # chars between a generic event word and "similar" beside it: a space or two
TYPED_BY_TARGET = frozenset({"Armed clash", "Attack"})  # what generic violence alone makes


def like_the_one_before(doc: ArticleDoc, triggers: list[TriggerMention], sub: SubEventType | None,
                        before: SubEventType | None) -> SubEventType | None:
    """The tactic of the incident told before for one whose generic event word is called
    like it ("dans un attentat similaire", "in a similar attack", "في هجوم مماثل";
    triggers.yaml `similar`): the report says the violence was the same, so a rocket
    attack's sequel is a rocket attack, and a convoy burnt before makes "a similar assault
    on a convoy" property destruction whatever backdrop ("amid the blockade") it is told
    with. Its own type stays when it was typed by its target alone, or by a tactic of its
    own that ACLED ranks above the one before. Not when the one before was itself typed by
    its target (a clash, an attack): "similar" then tells no tactic, and this incident's own
    target types it ("seven hunters killed at a checkpoint ... a similar attack killed 18
    people"). Otherwise `sub`."""
    if before is None or sub is None or before.name in TYPED_BY_TARGET \
            or (sub.name not in TYPED_BY_TARGET and sub.precedence <= before.precedence):
        return sub
    cues = hits(doc, "triggers", "similar")
    beside = any(0 <= c.span.start - t.span.end <= SIMILAR_GAP
                 or 0 <= t.span.start - c.span.end <= SIMILAR_GAP
                 for t in triggers if t.sub_event_type is None for c in cues)
    return before if beside else sub


# the tactics of a force answering an attack from afar: shells or air strikes fired back
# are another incident than the attack they answer (a reply by gunfire is the same fight)
REMOTE_REPLIES = frozenset({"Shelling/artillery/missile attack", "Air/drone strike"})


def reply_verb(doc: ArticleDoc, trigger: TriggerMention, triggers: list[TriggerMention]) -> bool:
    """Whether an event word is the verb of a reply from afar ("the soldiers responded with
    artillery fire", "ont riposté par des tirs d'obus"; context.yaml `remote_replies`, and
    `responses`: "en riposte à l'attaque, des frappes aériennes ont été menées"): the
    shells or strikes it introduces say what the act was, not a clash."""
    replies = _reply_cues(doc)
    return bool(replies) and _replies_from_afar(doc, trigger, replies, _remote_starts(triggers))


def _replies_from_afar(doc: ArticleDoc, trigger: TriggerMention, replies: _Cues,
                       remote: list[int]) -> bool:
    """`reply_verb` from the document's reply cues and the sorted starts of the triggers of
    a remote reply (`_remote_starts`)."""
    if trigger.sub_event_type in REMOTE_REPLIES or not replies.hold(trigger.span):
        return False
    sentence = _sentence_of(doc, trigger)
    if sentence is None:
        return False
    at = bisect_left(remote, sentence.start)
    return at < len(remote) and remote[at] < sentence.end


def _remote_starts(triggers: list[TriggerMention]) -> list[int]:
    return sorted(t.span.start for t in triggers if t.sub_event_type in REMOTE_REPLIES)


@dataclass(frozen=True, slots=True)
class _Cues:
    """Cue spans sorted by start, with the longest one's length: whether one holds a span
    is a bisection over those that start within that length before it."""

    starts: list[int]
    spans: list[Span]
    longest: int

    def __bool__(self) -> bool:
        return bool(self.spans)

    def hold(self, span: Span) -> bool:
        low = bisect_left(self.starts, span.start - self.longest)
        high = bisect_right(self.starts, span.start)
        return any(span.end <= s.end for s in self.spans[low:high])


def _reply_cues(doc: ArticleDoc) -> _Cues:
    """The reply cues (context.yaml `remote_replies`; a response cue, "en riposte à cette
    attaque", names the answering as a reply verb does: `responses`), once per document."""
    return doc.cached_view(f"typing:replies:{doc.lang}", lambda _text: _sorted_cues(
        [m.span for key in ("remote_replies", "responses") for m in hits(doc, "context", key)]))


def _sorted_cues(spans: list[Span]) -> _Cues:
    spans = sorted(spans, key=lambda s: s.start)
    return _Cues([s.start for s in spans], spans, max((s.end - s.start for s in spans), default=0))


TERRITORIAL = frozenset({"Government regains territory", "Non-state actor overtakes territory"})


def territorial_backdrop(doc: ArticleDoc, trigger: TriggerMention,
                         triggers: list[TriggerMention]) -> bool:
    """Whether a change of territory is the conflict's backdrop, not this incident: told in
    a sentence with no other event word, no casualty figure and no date ("armed groups took
    the north in 2012", "the junta vows to retake the whole country"), or after "since" ("the
    deadliest attack since the region was overrun"). A base or town taken in the incident is
    told with its day, the fighting or the toll ("seized the barracks on Saturday", "killed
    20 soldiers as they overran the base")."""
    if trigger.sub_event_type not in TERRITORIAL:
        return False
    sentence = _sentence_of(doc, trigger)
    if sentence is None:
        return False
    if _between(doc, "since", sentence.start, trigger.span.start) or _just_after(doc, "intent", sentence, trigger):
        return True
    dates = _own_dates(doc, sentence)
    if dates and _long_before(doc, min(dates, key=lambda d: abs(d.span.start - trigger.span.end))):
        return True
    told_with = any(sentence.start <= t.span.start < sentence.end for t in triggers if t is not trigger)
    return not (told_with or _between(doc, "casualties", sentence.start, sentence.end) or dates)


YEAR_WIDE = 300  # days: a date this wide is a year ("in 2012"), never an incident's day
LONG_BEFORE = 365  # days before publication: a past era, not this report's incident


SINCE_REACH = 40  # chars: "since" governs the date just after it ("since the death in November")


def _own_dates(doc: ArticleDoc, sentence: Span) -> list:
    """The dates of a sentence that can date what it tells: not a date that "since" opens
    ("took the north, but since the death in November of ..."), a mere point of reference."""
    dates = _sorted_dates(doc)
    starts = [d.span.start for d in dates]
    return [d for d in dates[bisect_left(starts, sentence.start):bisect_left(starts, sentence.end)]
            if not _between(doc, "since", max(sentence.start, d.span.start - SINCE_REACH), d.span.start)]


def _long_before(doc: ArticleDoc, date) -> bool:  # type: ignore[no-untyped-def]
    """Whether a date is a whole year or lies long before the report: a past era, never
    this report's incident ("took control of the north in 2012")."""
    if date.start is not None and date.end is not None and (date.end - date.start).days >= YEAR_WIDE:
        return True
    return bool(doc.published and date.date and (doc.published - date.date).days > LONG_BEFORE)


def _sorted_dates(doc: ArticleDoc) -> list:
    source = doc.dates or ()
    cached = doc._views.get("typing:dated")
    if cached is None or cached[0] is not source:
        cached = doc._views["typing:dated"] = (source, sorted(source, key=lambda d: d.span.start))
    return cached[1]


FIGHTING = frozenset({None, "Armed clash", "Attack"})  # violence typed by its target, and fighting


def recurring(doc: ArticleDoc, trigger: TriggerMention) -> bool:
    """Whether an event word tells a recurring pattern, not one incident: in a sentence with
    a word of frequency ("the north suffers frequent assaults despite a military operation",
    "les attaques régulières", "الهجمات المتكررة") or after "since" ("depuis 2015, les
    attaques ..."), that gives no casualty figure (a figure makes it one incident's report)."""
    if trigger.sub_event_type not in FIGHTING:
        return False  # "protesters denounced the repeated attacks": the protest stands
    sentence = _sentence_of(doc, trigger)
    if sentence is not None and _just_after(doc, "setting", sentence, trigger):
        return True  # "in an area where the army is fighting insurgents", whatever the toll
    if sentence is not None and _just_after(doc, "ability", sentence, trigger):
        return True  # "we are able to fight the jihadists": a capacity, not a fight
    if sentence is None or _between(doc, "casualties", sentence.start, sentence.end):
        return False
    return (_between(doc, "since", sentence.start, trigger.span.start)
            or _between(doc, "recurring", sentence.start, sentence.end))


# how far before an event word a cue of `intent` or `setting` may start and still govern it
# ("vowed to retake", "an area where the government is fighting"): a clause, not a sentence
CUE_REACH = {"intent": 60, "setting": 60, "ability": 30}


def _just_after(doc: ArticleDoc, kind: str, sentence: Span, trigger: TriggerMention) -> bool:
    """Whether a cue of `kind` starts shortly before the trigger in its sentence."""
    return _between(doc, kind, max(sentence.start, trigger.span.start - CUE_REACH[kind]), trigger.span.start)


def _sentence_of(doc: ArticleDoc, trigger: TriggerMention) -> Span | None:
    sentences = doc.sentences or ()
    index = sentence_index(sentences, trigger.span)
    return sentences[index].span if index >= 0 else None


# where the starts of each kind of mention are read from: a layer, or a lexicon section
_STARTS = {"casualties": None, "dates": None, "since": ("dates", "since"),
           "recurring": ("triggers", "recurring"), "setting": ("triggers", "setting"),
           "intent": ("triggers", "intent"), "ability": ("triggers", "ability")}
_KEYS = {kind: f"typing:{kind}" for kind in _STARTS}


def _between(doc: ArticleDoc, kind: str, start: int, end: int) -> bool:
    """Whether a mention of `kind` starts in [start, end) (sorted starts, kept per document:
    one bisection per question, however long the text)."""
    source = getattr(doc, kind) if _STARTS[kind] is None else doc.lang
    key = _KEYS[kind]
    cached = doc._views.get(key)
    if cached is None or cached[0] is not source:  # a later layer replaced the one read
        cached = doc._views[key] = (source, _starts_of(doc, kind))
    starts = cached[1]
    at = bisect_left(starts, start)
    return at < len(starts) and starts[at] < end


def _starts_of(doc: ArticleDoc, kind: str) -> list[int]:
    section = _STARTS[kind]
    mentions = getattr(doc, kind) or () if section is None else hits(doc, *section)
    return sorted(m.span.start for m in mentions)
