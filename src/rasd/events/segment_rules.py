"""The rules that tell whether a sentence opens another incident than the one before it
(rasd.events.segment): another day, another place, another act, or a recall."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace

from rasd.doc import DateMention, DatePrecision, PlaceMention, Span
from rasd.events.place_choice import same_place
from rasd.events.segment_days import days_apart, named_day
from rasd.events.segment_facts import SentenceFacts, _level
from rasd.events.typing_rules import REMOTE_REPLIES
from rasd.taxonomy import taxonomy

# a date more days than this before the main incident makes it background: in a news report
# an incident two days or more before the one it is about, told after it, is recalled as
# context; a communiqué or a claim lists its side's operations of the past days
BACKGROUND_DAYS = 1
BULLETIN_DAYS = 4
NEWS_DAYS = 4  # a first incident dated at most this many days before publication is the news
SAME_DAY_SLACK = 1


@dataclass
class Incident:
    """Sentence indices of one incident and what anchors it."""

    sentences: list[int] = field(default_factory=list)
    eventful: list[int] = field(default_factory=list)
    background: bool = False
    date: DateMention | None = None
    place: PlaceMention | None = None
    hypothetical: bool = False  # the sentence that tells it is a threat, plan or trend
    # the first place named at each level (country, region, town): a place of another level
    # narrows or widens it, one of the same level is elsewhere
    places: dict[int, str] = field(default_factory=dict)
    figures: set[tuple[str, int]] = field(default_factory=set)  # (outcome, count) it reports
    sub_types: set[str] = field(default_factory=set)  # the tactics its event words name
    # every place its sentences name ("Midal lies in the prefecture of Tassara")
    named: set[str] = field(default_factory=set)
    opened_by: frozenset[str] = frozenset()  # the tactics of the sentence that opens it
    # it answers the main incident told before it ("in response, air strikes were carried
    # out"): that incident anchors it, whatever date, place or toll it gives of its own
    answering: bool = False
    # the paragraphs its eventful sentences stand in, since the report last took it up
    paragraphs: set[int] = field(default_factory=set)
    # only as the next report of a roundup (`next_item`) is it told apart from the incident
    # before: no follow-on of that one, whose day it does not borrow
    item: bool = False


def _counted_date(fact: SentenceFacts, previous: Incident | None) -> SentenceFacts:
    """The fact dated from the previous incident when it has no date of its own but a
    phrase such as "the next day" (its span is the date's evidence)."""
    days = fact.days_from_previous
    if (days is None or (fact.date is not None and fact.date.resolved) or previous is None
            or previous.date is None or previous.date.date is None or fact.day_offset is None):
        return fact
    base, shift = previous.date, dt.timedelta(days=days)
    return replace(fact, date=DateMention(
        fact.day_offset.span, base.date + shift, base.precision,
        None if base.start is None else base.start + shift,
        None if base.end is None else base.end + shift, relative=True))


def _days_apart(a: DateMention | None, b: DateMention | None) -> int | None:
    if a is None or b is None or a.date is None or b.date is None:
        return None
    return abs((a.date - b.date).days)


def _is_background(fact: SentenceFacts, main_date: dt.date | None, *, first: bool = False,
                   published: dt.date | None = None, days: int = BACKGROUND_DAYS) -> bool:
    """Whether a sentence tells an earlier incident: a context cue ("previously", "last
    month's attack") or a date more than `days` before the main incident. The
    first incident dated within those days of publication is the news, whatever else its
    sentence recalls ("… killing three of them, and retrieved two trucks the group had
    previously stolen")."""
    if fact.background_cue and _retold(fact, main_date):
        return False
    if fact.background_cue:
        return not (first and published is not None and fact.date is not None
                    and fact.date.date is not None
                    and 0 <= (published - fact.date.date).days <= NEWS_DAYS)
    if main_date is None or fact.date is None or fact.date.date is None:
        return False
    return (main_date - fact.date.date).days > days


def _retold(fact: SentenceFacts, main_date: dt.date | None) -> bool:
    """Whether a recall with no event word of its own retells the main incident: its
    month or year holds the main incident's day ("a French journalist went missing in
    Mali last month", of a kidnapping told on 8 April in a report of May)."""
    date = fact.date
    if fact.has_trigger or main_date is None or date is None or date.start is None \
            or date.end is None or date.start == date.end:
        return False
    return date.start <= main_date <= date.end


STALE_DAYS = 14  # an undated story's news is at most this many days older than the report


def _stale(fact: SentenceFacts, published: dt.date | None) -> bool:
    """Whether a sentence dated only by a month is far older than the report whose main
    story has no date ("Six soldiers died in a mine blast ... Last March, twenty soldiers
    were killed"); a day ("on 12 July") tells the story itself, however old."""
    date = fact.date
    if published is None or date is None or date.date is None or date.precision is None:
        return False
    return date.precision >= DatePrecision.MONTH and (published - date.date).days > STALE_DAYS


def _starts_new(current: Incident, fact: SentenceFacts, background: bool, *,
               headline: int | None = None, weekdays: dict[Span, int] | None = None,
               roundup: bool = True) -> bool:
    """Whether a sentence opens another incident than `current`. `weekdays`: the
    document's unresolved weekdays (`segment_days.unresolved_weekdays`), which tell days
    apart in a report with no publication date; `roundup`: whether a statement may open
    the next report of a roundup (`next_item`)."""
    weekdays = weekdays or {}
    if background != current.background:
        return True
    if _arrests_apart(current, fact):
        return True
    if current.eventful == [headline] and not fact.sequel and fact.day_offset is None:
        return False  # the lead tells the incident the headline sums up, by its own day and place
    if (fact.sequel or fact.day_offset is not None) and fact.has_trigger and (
            fact.specific_trigger or fact.figures - current.figures or fact.place is not None):
        # "the next day, the same gunmen killed two herders"; "the same day, a mine killed
        # two bus passengers": a day counted from the incident told before is another's
        return True
    if fact.remote_reply:
        # "the soldiers responded by firing four artillery shells": the reply from afar is
        # another act than the attack it answers
        return True
    if fact.aftermath and not fact.sequel and not fact.figures - current.figures:
        # "a patrol found the bodies and burnt houses on Saturday": the incident's traces
        # found later, no act of their own
        return False
    if fact.elsewhere and fact.figures - current.figures:
        # "not far from there, in nearby villages, gunfire killed seven people": an unnamed
        # other place with a toll of its own is another incident
        return True
    # a day inside the incident's coarse date, at no place it has not named yet
    inside = _sharpens(current.date, fact.date) and (
        fact.place is None or current.places.get(fact.level) == fact.place.name)  # type: ignore[arg-type]
    if _another_act(current, fact, weekdays) and not inside:
        return True
    if fact.response and fact.sub_types & REMOTE_REPLIES and not current.background \
            and not fact.sub_types & (current.opened_by or current.sub_types):
        # "in response to this attack, air strikes were carried out against its authors":
        # strikes or shells answering the act that opened the incident are another act,
        # as a reply from afar is, however little the sentence tells of them
        return True
    if fact.response and fact.figures and not fact.figures & current.figures:
        # "in response to the attacks, reinforcements killed 31 fighters": the answer, with
        # a toll of its own, is another act, even told in the statement about the first
        return True
    apart = days_apart(current.date, fact.date, weekdays)
    if fact.claim:
        # the date of a statement is not the date of the event ("the group claimed the
        # attack yesterday"), but a statement may tell of another incident by its own day
        # and place ("on 2 April, attacks hit a patrol near Malamfatori", the communiqué added);
        # a day apart will do when it tells its own toll elsewhere ("two soldiers were killed
        # on Saturday in a bombing near B", after Friday's strikes on A)
        # ... and a claim dated months away from the incident tells another one ("a UN inquiry
        # held a militia responsible for a raid in June", after an aside dated in November):
        # however coarse both dates, they cannot be one incident's
        return _apart_periods(current.date, fact.date) or (
            bool(apart) and _day_dated(fact, current, weekdays) and _elsewhere(fact, current) and (
                apart > SAME_DAY_SLACK or (fact.has_trigger and bool(fact.figures - current.figures)))
        ) or (roundup and next_item(current, fact))
    if apart is not None and not inside and (
            apart > SAME_DAY_SLACK or apart and _calendar_days(fact, current)):
        return True
    # another place with an event word of its own: another incident ("the next day, an
    # air strike hit Pama"), unless the sentence is only a figure or a reaction
    return _act_elsewhere(current, fact, dated=True)


def next_item(current: Incident, fact: SentenceFacts) -> bool:
    """Whether a statement opens the next item of a roundup of short reports, whatever day it
    gives ("JNIM claimed an ambush near Tessit that killed eight gendarmes", after a strike
    near Ansongo): it tells an act at a place the incident has not named, repeating none
    of its toll, and
    - the incident is told in one paragraph and the statement stands in another, with a
      toll of its own or another tactic than one the incident names; or
    - wherever it stands, it names another tactic, and gives a toll of its own or a day
      where the incident has none.
    (An incident told over several paragraphs is a story, whose later statements tell more
    of it: "in Agadez, 20 soldiers were killed", after a lead on two attacks; and a tactic
    with no toll retells the act, unless the incident named another: "the blast took place
    near Tile, sources said".)"""
    if not (_act_elsewhere(current, fact, dated=False) and fact.place is not None
            and fact.place.name not in current.named and not fact.figures & current.figures):
        return False
    other_tactic = bool(current.sub_types) and not fact.sub_types & current.sub_types
    if len(current.paragraphs) == 1 and fact.paragraph not in current.paragraphs:
        return bool(fact.figures) or other_tactic
    return other_tactic and bool(fact.sub_types) and (
        bool(fact.figures) or (fact.date is not None and current.date is None))


def _act_elsewhere(current: Incident, fact: SentenceFacts, *, dated: bool) -> bool:
    """Whether a sentence tells an act at another place than the incident's of the same
    level, with an event word naming its tactic, or with a toll of its own (`dated`: or
    with a date of its own)."""
    return (fact.has_trigger and fact.place is not None and fact.level is not None
            and current.places.get(fact.level, fact.place.name) != fact.place.name
            # a headline's region and the village inside it the body names
            and not (len(current.eventful) == 1 and current.place is not None
                     and same_place(fact.place, current.place))
            and ((dated and fact.date is not None) or fact.specific_trigger
                 # its own toll: "in Sokolo the army reported six soldiers killed"
                 or bool(fact.figures - current.figures)))


ARRESTS = "Arrests"
# a crowd's events: arrests at a protest or a riot are its intervention, not an act apart
CROWD_EVENTS = frozenset({"Protests", "Riots"})


def _arrests_apart(current: Incident, fact: SentenceFacts) -> bool:
    """Arrests told in a sentence of their own after an act of violence ("the shelling killed
    a soldier ... troops then detained dozens of residents in the town") are another act,
    by other hands: the sentence's only tactic is an arrest, it tells no death and no day of
    its own (a dated one is weighed as another act by its day: "the men had been detained
    in an operation that began on 27 March" tells the killing's prelude), and the incident
    so far tells more than arrests, and no protest or riot (whose arrests are the crowd's
    dispersal: "20 protesters were arrested")."""
    return (fact.sub_types == {ARRESTS} and (fact.date is None or fact.date.date is None)
            and not current.background and bool(current.eventful)
            # a report that opens with arrests tells them as its story: more are its details
            and current.sub_types != {ARRESTS} and ARRESTS not in current.opened_by
            and not any(outcome == "killed" for outcome, _ in fact.figures)
            and not any(taxonomy().sub_event(sub).event_type in CROWD_EVENTS
                        for sub in current.sub_types))


def _sharpens(coarse: DateMention | None, day: DateMention | None) -> bool:
    """Whether a day falls within the span of an incident dated only by a part of a month
    or more ("in late March" ... "an operation that began on March 27"): the same
    incident, told to the day."""
    if coarse is None or day is None or None in (coarse.start, coarse.end, day.date) \
            or coarse.precision is None or coarse.precision <= DatePrecision.DAY \
            or day.precision != DatePrecision.DAY:
        return False
    return coarse.start <= day.date <= coarse.end  # type: ignore[operator]


CLAIM_APART_DAYS = 31  # a claim's date this far from the incident's, their spans disjoint


def _apart_periods(a: DateMention | None, b: DateMention | None) -> bool:
    """Whether two resolved dates are more than a month apart and their spans do not
    overlap ("November" and "June"; "August 2023" and "late July 2024")."""
    apart = _days_apart(a, b)
    if apart is None or apart <= CLAIM_APART_DAYS or a is None or b is None:
        return False
    if None in (a.start, a.end, b.start, b.end):
        return True
    return a.end < b.start or b.end < a.start  # type: ignore[operator]


def _calendar_days(fact: SentenceFacts, incident: Incident) -> bool:
    """Whether both the sentence and the incident are dated by a calendar day written
    out, a single day ("on 25 December", "le 26 décembre"), not one counted from the
    report ("yesterday") or a night across two days: such days a day apart are two
    incidents ("struck on 25 December ... struck again on 26 December")."""
    return _day_dated(fact, incident) and all(
        not d.relative and d.start == d.end for d in (fact.date, incident.date)
        if d is not None)


def _day_dated(fact: SentenceFacts, incident: Incident,
               weekdays: dict[Span, int] | None = None) -> bool:
    """Whether both the sentence and the incident are dated to the day (or by a weekday
    that `weekdays` holds, unresolved for want of a publication date)."""
    return all(named_day(d, weekdays or {}) for d in (fact.date, incident.date))


def _elsewhere(fact: SentenceFacts, incident: Incident) -> bool:
    """Whether the sentence's first place is another than the incident's of the same
    level (another town, another region)."""
    return (fact.place is not None and fact.level is not None
            and incident.places.get(fact.level, fact.place.name) != fact.place.name)


def _another_act(incident: Incident, fact: SentenceFacts,
                 weekdays: dict[Span, int] | None = None) -> bool:
    """Another act on another day ("ambushed a unit on Monday ... arrested 15 suspects on
    Tuesday"), even in the statement that reports both: a tactic the incident has not
    named, dated a day or more apart (`weekdays`: as `_starts_new`)."""
    return (bool(days_apart(incident.date, fact.date, weekdays or {})) and bool(fact.sub_types)
            and bool(incident.sub_types) and not fact.sub_types & incident.sub_types)


def _matching(incidents: list[Incident], fact: SentenceFacts, background: bool) -> Incident | None:
    """An earlier incident this sentence continues (same role, same date and place);
    none for a sentence dated from the previous one ("the next day") or cued as another
    ("in a separate attack"): it tells of another."""
    if fact.day_offset is not None or fact.sequel or fact.remote_reply:
        return None
    day = fact.date.date if fact.date is not None else None
    if day is None:  # no incident is on the same day as an undated sentence
        return None
    for incident in incidents:
        # the cheap tests first: a long report has thousands of incidents
        date = incident.date
        if date is None or date.date is None or abs((date.date - day).days) > SAME_DAY_SLACK \
                or incident.background != background:
            continue
        apart = _days_apart(incident.date, fact.date)
        same_day = apart is not None and apart <= SAME_DAY_SLACK and not (
            apart and _calendar_days(fact, incident))
        if not same_day:
            continue
        same_place = fact.place is None or incident.place is None or \
            fact.place.name == incident.place.name or _wider(fact, incident) or (
                _overlap(fact.date, incident.date) and not _elsewhere(fact, incident)) or (
                # "an attack west of Tassara this morning", after "Midal lies in the
                # prefecture of Tassara": a place its passage named, with no toll of its own
                fact.place.name in incident.named and not fact.figures - incident.figures)
        if same_place and not _another_act(incident, fact):
            return incident
    return None


ItemKey = tuple[bool, str | None, str, frozenset[str], frozenset[tuple[str, int]]]


def item_key(text: str, fact: SentenceFacts, background: bool) -> ItemKey | None:
    """What tells an act with no resolved date when it is told again: its role, its date as
    written (none, or one unresolved: "on Monday", "on March 3" in a report with no
    publication date), its place, tactics and toll; `_matching` weighs the dated ones. None
    for a sentence naming no place, or cued as another act ("the next day", "in response").
    (A long report that tells the same items again, word for word, tells the same acts.)"""
    date = fact.date
    if fact.place is None or (date is not None and date.date is not None) \
            or fact.day_offset is not None or fact.sequel or fact.remote_reply:
        return None
    written = None if date is None else " ".join(date.span.of(text).split())
    return background, written, fact.place.name, fact.sub_types, fact.figures


def _wider(fact: SentenceFacts, incident: Incident) -> bool:
    """Whether a sentence's place is wider than the incident's and holds it: "in the
    Tillaberi region" of an attack told at Thiem, in that region (a town named after a
    country may be anywhere in it: another incident)."""
    return (fact.level is not None and incident.place is not None
            and fact.level < _level(incident.place) and not _elsewhere(fact, incident))


def _overlap(a: DateMention | None, b: DateMention | None) -> bool:
    """Whether two dates share a day ("in the night of 15 to 16 September" and "on the
    16th"): a place the one names within the other's is the same incident's."""
    if a is None or b is None or None in (a.start, a.end, b.start, b.end):
        return False
    return a.start <= b.end and b.start <= a.end  # type: ignore[operator]
