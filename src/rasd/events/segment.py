"""Splitting a document into incidents, sentence by sentence.

A sentence is *eventful* when it holds an event trigger, a casualty figure, or property
destroyed, burnt or looted. Eventful
sentences join the current incident unless they report another date (more than a day
apart), another place with a trigger of their own, a cue of a later incident ("the
next day") with a trigger, or switch between the main story and
background (a context cue such as "last month", or a date more than a week before the
main incident). Sentences that are not eventful (claims, reactions) join the incident
before them, which lets their claims and framing attach to it.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from rasd.doc import ArticleDoc, DateMention, DatePrecision, PlaceMention, Span
from rasd.events.date_carry import goes_on, shifted
from rasd.events.event_dates import better, carried_dates, sharpest, statement_dates, undated_fill
from rasd.events.segment_days import unresolved_weekdays
from rasd.events.segment_facts import (  # noqa: F401 (re-exported)
    PROPERTY_ACTIONS,
    TOWN,
    SentenceFacts,
    is_town,
    sentence_facts,
)
from rasd.events.segment_history import counted_incidents, history  # noqa: F401 (re-exported)
from rasd.events.segment_rules import (
    BACKGROUND_DAYS,
    BULLETIN_DAYS,
    SAME_DAY_SLACK,
    Incident,
    _arrests_apart,
    _counted_date,
    _days_apart,
    _is_background,
    _matching,
    _stale,
    ItemKey,
    _starts_new,
    item_key,
)
from rasd.events.stance import stance
from rasd.lexicon import LexMatch
from rasd.stages.lexical import hits
from rasd.stages.nearby import by_sentence


_FINAL = re.compile(r"[.!?؟…:;,،\"'»”’)\]]$")


def _headline(doc: ArticleDoc) -> int | None:
    """The index of the headline: a first sentence that ends with no punctuation (a line
    of its own, "Gunmen kill 12 soldiers in central Mali")."""
    if not doc.sentences:
        return None
    span = doc.sentences[0].span
    return None if _FINAL.search(doc.text, span.start, span.end) else 0


def segment(doc: ArticleDoc) -> list[Incident]:
    """Incidents in text order (main and background).

    A lead that sets the scene, with a date and a place but no event word ("On 1 September,
    French forces fired warning shots that hit a bus between Intahaka and Gao. One
    passenger was killed."), gives the first incident its date, place and sentences.
    """
    incidents: list[Incident] = []
    current: Incident | None = None
    main_date: dt.date | None = None
    lead: list[int] = []  # scene-setting sentences before the first incident
    lead_date: DateMention | None = None
    lead_place: PlaceMention | None = None
    stated = statement_dates(doc)
    said = by_sentence(doc.sentences or (), [d for d in doc.dates or () if d.span in stated])
    facts = sentence_facts(doc)
    days = BULLETIN_DAYS if stance(doc).favours else BACKGROUND_DAYS
    tolls: dict[tuple[str, int], Incident] = {}  # the main incidents by the figures they give
    headline = _headline(doc)
    towns: dict[str, Incident] = {}  # the main incidents by the towns they name
    latest_main: Incident | None = None
    scene: SentenceFacts | None = None  # a day and place told apart, for the next incident
    recalls: dict[tuple[int, str], Incident] = {}  # recalls in passing, by main incident and days
    similar = set(by_sentence(doc.sentences or (), hits(doc, "triggers", "similar")))  # "a similar attack"
    weekdays = unresolved_weekdays(doc)  # "on Monday" in a report with no publication date
    items: dict[ItemKey | None, Incident] = {}  # the incidents with no resolved date, by `item_key`
    for i, fact in enumerate(facts):
        if current is not None and fact.habitual and not current.hypothetical:
            # a trend told beside an incident ("the country has battled a years-long
            # insurgency") is its context: its event words name no act of the incident's
            current.sentences.append(i)
            continue
        if not fact.eventful:
            if current is not None:
                current.sentences.append(i)
                current.named.update(name for _, name in fact.levels)
                if _scene_of(current, fact):
                    # "on Sunday 22 October, the unit spotted fighters near Goungam": the
                    # town of the incident it goes on with, when that names none yet
                    current.places[TOWN] = fact.place.name
                elif _new_scene(current, fact):
                    # "on 29 September, the forces routed fighters in the Centre-Nord": the
                    # day and place of the incident the next sentences tell
                    scene = fact
            elif fact.date is not None and fact.place is not None:  # a scene: when and where
                lead.append(i)
                lead_date, lead_place = lead_date or fact.date, lead_place or fact.place
            continue
        if current is None and lead:
            fact = replace(fact, date=fact.date or lead_date, place=fact.place or lead_place)
        elif scene is not None and fact.undated:
            fact = replace(fact, date=scene.date, place=fact.place or scene.place)
        scene = None
        if current is not None and fact.superseded and fact.day_offset is None and not fact.sequel \
                and not _apart_from(current, fact):
            _add(current, i, replace(fact, date=None), stated=stated)  # an update of the toll told before
            continue
        if fact.aside and latest_main is not None and _bare(fact):
            # "retook the town, two weeks after fighters had seized it": a recall naming
            # no place, toll or date of its own tells the report's incident
            current = latest_main
            _add(current, i, fact, stated=stated)
            continue
        if current is latest_main and current is not None and i not in similar \
                and _recalls_it(fact, current, main_date):
            # "on Monday the women dug graves for the victims of the attack the day before": a
            # recall dated after the main incident can only recall that incident; its day is
            # the aftermath's, no incident's
            _add(current, i, replace(fact, date=None), stated=stated)
            continue
        fact = _counted_date(fact, current)
        # a headline sums up the news, whatever it recalls beside it ("attack hits the
        # village of last year's massacre, 31 killed")
        background = i != headline and _is_background(fact, main_date, first=main_date is None,
                                                      published=doc.published, days=days)
        told = bool(tolls)  # a main incident has been told
        undated = _dated_later(tolls, fact) if background and told else None
        if undated is not None:
            # "a rights group reported on Friday that the massacre left 60 dead ... gunmen
            # killed around 60 villagers at Karma on 20 April": the main incident's day,
            # told after it, however long before the report's statement
            background, current, main_date = False, undated, fact.date.date
        retold = _retold_main(tolls, fact) if background and told else None
        if retold is not None:
            # "the convoy, which had been held up for days by protests elsewhere, came under
            # attack in Tera on Saturday; the clashes left three dead": the main incident's
            # toll at its town, the recall cue an aside within the sentence
            background, current = False, retold
        if told and fact.recent_cue and (fact.date is None or fact.date.date is None):
            # "last week" once the main incident is told, in a report with no date to resolve
            # it against (a resolved one is compared with the main incident's date)
            background = True
        if told and days == BACKGROUND_DAYS and (fact.days_from_previous or 0) < 0:
            # "the day before, a mine had killed four soldiers on the same road": a day counted
            # back from the news, told after it, recalls what led up to it (a communiqué's
            # list of operations of the past days stays its news)
            background = True
        if current is not None and told and _continues(fact):
            # no date or cue of its own: more of the passage it stands in, or a repeat of
            # the main incident's toll after a background aside
            current = (_repeated(tolls, fact) or _back_at(towns, fact, current)
                       if current.background else None) or current
            background = current.background
        elif told and main_date is None and _stale(fact, doc.published) \
                and any(told_one.eventful != [headline] for told_one in tolls.values()):
            # (a headline alone dates nothing: the body dates the news it sums up, "in late
            # March", however long before the report)
            background = True
        if current is None or _starts_new(current, fact, background, headline=headline,
                                          weekdays=weekdays):
            before, current = current, (_matching(incidents, fact, background)
                                        or items.get(item_key(doc.text, fact, background))
                                        or _recalled_again(recalls, fact, latest_main, background)
                                        or _open(incidents, background))
            current.sentences += lead
            lead = []
            if not current.eventful:  # opened here: it may answer the main incident before it
                current.answering = fact.response and not background and before is not None \
                    and not before.background
                current.item = before is not None and not _starts_new(
                    before, fact, background, headline=headline, weekdays=weekdays, roundup=False)
            else:  # taken up again: its paragraphs are counted afresh
                current.paragraphs.clear()
            if before is not None and current.place is None and fact.place is None \
                    and _arrests_apart(before, fact):
                # "troops then detained dozens inside the town": arrests told right after
                # the act, naming no place of their own, are at the act's place
                current.place, current.places = before.place, dict(before.places)
        _add(current, i, fact, stated=stated)
        key = item_key(doc.text, fact, current.background)
        if key is not None:
            items.setdefault(key, current)
        if current.background and fact.aside and tolls:
            # "the protest came a day after a strike on the rebels": a recall in passing;
            # what follows goes on with the incident the report is about
            recalls.setdefault((id(latest_main), fact.aside.labels[0]), current)
            current.date = current.date or _days_before(doc, _clause_date(doc, facts, i) or (
                latest_main.date if latest_main is not None else None), fact.aside)
            current = latest_main
            continue
        if not current.background:
            latest_main = current
            for figure in sorted(fact.figures) or [("", 0)]:  # ("", 0): it is told
                tolls.setdefault(figure, current)
            for level, name in fact.levels:
                if level == TOWN:
                    towns.setdefault(name, current)
        if not background and main_date is None:
            # a statement's date dates no incident but still tells what came long before
            anchor = current.date or sharpest(said.get(i, []), [], frozenset())
            main_date = None if anchor is None else anchor.date
    for incident in incidents:
        incident.date = undated_fill(incident.date, [facts[i].date for i in incident.sentences
                                                     if not facts[i].eventful], stated)
    carried_dates(doc, incidents)
    return incidents


def _scene_of(incident: Incident, fact: SentenceFacts) -> bool:
    """Whether a sentence with no event word sets the scene of an incident naming no
    town yet: its own day, within a day of the incident's, and a town."""
    apart = _days_apart(incident.date, fact.date) if incident.date is not None else 0
    return (TOWN not in incident.places and fact.place is not None and fact.level == TOWN
            and fact.date is not None and fact.date.precision == DatePrecision.DAY
            and apart is not None and apart <= SAME_DAY_SLACK)


def _new_scene(incident: Incident, fact: SentenceFacts) -> bool:
    """Whether a sentence with no event word sets the scene of another incident: a
    calendar day of its own, another than the incident's, and a place."""
    date = fact.date
    return (fact.place is not None and date is not None and date.precision == DatePrecision.DAY
            and not date.relative and date.start == date.end
            and bool(_days_apart(incident.date, date)))


def _add(incident: Incident, index: int, fact: SentenceFacts, *,
         stated: frozenset[Span] = frozenset()) -> None:
    incident.sentences.append(index)
    incident.eventful.append(index)
    incident.paragraphs.add(fact.paragraph)
    # the sentence that opens an incident tells whether it happened; a threat or a trend
    # told beside it later ("the area is under blockade") does not undo it
    if len(incident.eventful) == 1:
        incident.hypothetical = fact.hypothetical
        incident.opened_by = fact.sub_types
    incident.date = better(incident.date, fact.date, stated)
    incident.place = incident.place or fact.place
    for level, name in fact.levels:
        incident.places.setdefault(level, name)
        incident.named.add(name)
    incident.figures |= fact.figures
    incident.sub_types |= fact.sub_types


def _clause_date(doc: ArticleDoc, facts: list[SentenceFacts], i: int) -> DateMention | None:
    """The date of the clause a recall was cut from ("on 5 April the army repelled an attack,
    two days after a bombing": 5 April), when sentence `i` goes on the sentence before it."""
    if not goes_on(doc, i):
        return None
    date = facts[i - 1].date
    return date if date is not None and date.date is not None else None


def _days_before(doc: ArticleDoc, base: DateMention | None, cue: LexMatch) -> DateMention | None:
    """The date of an incident recalled as coming some days before `base` ("a day after a
    strike": the day before), the cue its evidence, a week's or a month's for a count that
    long (`date_carry.shifted`); the count from the recall cue, else from the `days_after`
    cue of dates.yaml it overlaps ("six days after"); None for a count no cue gives ("days
    after") or no date to count from."""
    if base is None or base.date is None:
        return None
    if not cue.labels[0].isdigit():
        counted = [c for c in hits(doc, "dates", "days_after")
                   if c.span.start < cue.span.end and cue.span.start < c.span.end]
        if not counted:
            return None
        cue = counted[0]
    return shifted(base, cue, sign=-1)


def _recalled_again(recalls: dict[tuple[int, str], Incident], fact: SentenceFacts,
                    latest_main: Incident | None, background: bool) -> Incident | None:
    """The earlier incident a recall in passing retells: one recalled before as the same
    count of days before the same main incident, of no other tactic ("the protest came two
    days after clashes at Anefis ... today's protest came two days after fighting between
    the same movements"): a report that closes by repeating its context tells it once."""
    if not background or fact.aside is None or latest_main is None \
            or not fact.aside.labels[0].isdigit():
        return None
    found = recalls.get((id(latest_main), fact.aside.labels[0]))
    if found is None or (fact.sub_types and found.sub_types
                         and not fact.sub_types & found.sub_types):
        return None
    return found


def _recalls_it(fact: SentenceFacts, incident: Incident, main_date: dt.date | None) -> bool:
    """Whether a sentence with a cue of an earlier incident is dated after the main
    incident it follows, and names no tactic, toll or place of its own beside it."""
    date = fact.date
    return (fact.background_cue and main_date is not None and date is not None
            and date.date is not None and date.date > main_date and not fact.specific_trigger
            and not fact.figures - incident.figures and (fact.place is None or (
                fact.level is not None and incident.places.get(fact.level) == fact.place.name)))


def _apart_from(incident: Incident, fact: SentenceFacts) -> bool:
    """Whether a sentence is dated more than a day from the incident before it."""
    apart = _days_apart(incident.date, fact.date)
    return apart is not None and apart > SAME_DAY_SLACK


def _bare(fact: SentenceFacts) -> bool:
    """Whether a sentence names no place, figure or resolved date of its own."""
    return fact.place is None and not fact.figures and (fact.date is None or fact.date.date is None)


def _continues(fact: SentenceFacts) -> bool:
    """Whether a sentence can only go on with the incident told before it: no date, no
    counted date or sequel cue, and no cue of an earlier incident ("About 87 attackers
    were killed in the clash" after "Last month, gunmen raided an outpost ...")."""
    return fact.undated and not fact.background_cue and not fact.recent_cue


def _repeated(tolls: dict[tuple[str, int], Incident], fact: SentenceFacts) -> Incident | None:
    """The main incident whose toll a sentence repeats ("the army lost 24 men" after "24
    soldiers were killed"), when a background aside stands between them."""
    return next((tolls[figure] for figure in sorted(fact.figures) if figure in tolls), None)


def _dated_later(tolls: dict[tuple[str, int], Incident], fact: SentenceFacts) -> Incident | None:
    """The undated main incident whose toll a dated sentence with no cue of a recall
    repeats: the sentence gives its day, it tells no earlier incident."""
    if fact.background_cue or fact.recent_cue or fact.date is None or fact.date.date is None:
        return None
    found = _repeated(tolls, fact)
    return found if found is not None and (found.date is None or found.date.date is None) else None


def _retold_main(tolls: dict[tuple[str, int], Incident], fact: SentenceFacts) -> Incident | None:
    """The main incident a sentence with a recall cue retells: it gives that incident's
    toll at that incident's town, and no resolved date of its own."""
    if not fact.background_cue or (fact.date is not None and fact.date.date is not None):
        return None
    found = _repeated(tolls, fact)
    town = dict(fact.levels).get(TOWN)
    return found if found is not None and town is not None and found.places.get(TOWN) == town else None


def _back_at(towns: dict[str, Incident], fact: SentenceFacts, aside: Incident) -> Incident | None:
    """The main incident whose town an undated sentence names with an event word of its
    own ("protesters stopped the convoy in Tera", after an aside on last week's protests
    elsewhere): the story is back at the main incident, unless the aside is at that town
    too (a sentence naming it may go on with either)."""
    town = dict(fact.levels).get(TOWN)
    if not fact.has_trigger or town is None or aside.places.get(TOWN) == town:
        return None
    return towns.get(town)


def _open(incidents: list[Incident], background: bool) -> Incident:
    incident = Incident(background=background)
    incidents.append(incident)
    return incident
