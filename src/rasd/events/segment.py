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

import bisect
import datetime as dt
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from rasd.doc import ArticleDoc, DateMention, DatePrecision, PlaceMention, Span
from rasd.events.event_dates import better, carried_dates, sharpest, statement_dates, undated_fill
from rasd.events.figures import incident_scale
from rasd.events.place_choice import same_place
from rasd.events.stance import stance
from rasd.geo.resolve import gazetteer
from rasd.lexicon import LexMatch
from rasd.stages.lexical import hits
from rasd.normalize import fold, norm_view
from rasd.stages.lexical import section
from rasd.stages.nearby import by_sentence, grouped_by_sentence
from rasd.stages.sentences import recall_clauses

PROPERTY_ACTIONS = ("destroyed", "burnt", "looted")  # damage that is an event in itself
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


def counted_incidents(doc: ArticleDoc, incident: Incident) -> int:
    """How many incidents the incident's sentences say they report ("in two separate
    attacks", "في كمينين"): 1 when they give no count."""
    found = hits(doc, "context", "incident_counts")
    if not found:
        return 1
    counts = grouped_by_sentence(doc, found)  # once per document, not once per incident
    return max((int(m.labels[0]) for i in incident.eventful for m in counts.get(i, [])), default=1)


def _cue_sentences(doc: ArticleDoc, key: str) -> set[int]:
    return set(by_sentence(doc.sentences or (), hits(doc, "context", key)))


_NEXT_WORD = re.compile(r"\s*([^\W\d]+'?)")


def section_words(doc: ArticleDoc, key: str) -> list[str]:
    return list(section(doc.lang, "context", key) or ()) if doc.lang else []


def _forward(doc: ArticleDoc, key: str) -> list[LexMatch]:
    """The day counts of `key` that move the story on ("two days later", "بعد يومين"), not
    those tied to an event they name ("بعد يومين من المواجهات", "two days after the
    clashes"): those date the sentence's own incident from an earlier one."""
    links = frozenset(fold(w) for w in section_words(doc, "offset_links"))
    found = hits(doc, "context", key)
    if not links:
        return list(found)
    kept = []
    for m in found:
        word = _NEXT_WORD.match(doc.text, m.span.end)
        # "earlier in the day of Sunday": a count of no days ties to nothing before it
        if word is None or fold(word.group(1)) not in links or m.labels[0] == "0":
            kept.append(m)
    return kept


_YEAR = re.compile(r"(?<![\d.,/-])(1[89]\d\d|20\d\d)(?![\d/-]|[.,]\d)")
OLD_YEARS = 2  # a year this many years or more before publication is history, not news


@dataclass(frozen=True)
class _Found:
    span: Span


def history(doc: ArticleDoc, incident: Incident) -> bool:
    """Whether a background incident is history rather than an incident: dated years
    before the report and giving no toll ("armed groups took control of the north in
    2012", "l'offensive lancée en 2013"). A recalled attack with its toll stays an event."""
    if not incident.background or incident.figures or doc.published is None:
        return False
    date = incident.date
    if date is not None and date.date is not None:
        return doc.published.year - date.date.year >= OLD_YEARS
    # no date resolved ("في عام 2012"): the long-past year its sentences name
    key = "old_year_sentences"  # found once per document, not once per incident
    old = doc._views.get(key)
    if old is None:
        old = doc._views[key] = _old_year_sentences(doc)
    return bool(incident.eventful) and all(i in old for i in incident.eventful)


def _old_year_sentences(doc: ArticleDoc) -> set[int]:
    """Sentences naming a year long before publication ("the north fell to armed groups in
    2012", "depuis 2015", "منذ عام 2012"): they recall history, not the news."""
    if doc.published is None or not doc.sentences:
        return set()
    view = norm_view(doc)
    since = sorted(m.span.end for m in hits(doc, "dates", "since"))
    old = [_Found(view.orig_span(m.start(), m.end())) for m in _YEAR.finditer(view.text)
           if int(m.group(1)) <= doc.published.year - OLD_YEARS]
    return set(by_sentence(doc.sentences, [y for y in old if not _since(doc.text, y.span, since)]))


SINCE_GAP = 6  # words between "since" and the year it counts from ("since the violence began in 2015")


def _since(text: str, year: Span, since: list[int]) -> bool:
    """Whether a year is the start of a span that reaches the present ("the deadliest
    since 2015", "depuis le début des violences en 2015", "منذ عام 2015"): a yardstick
    or a trend, no recall of an incident back then."""
    at = bisect.bisect_right(since, year.start) - 1
    if at < 0:
        return False
    between = text[since[at]:year.start]
    return not _CLAUSE_END.search(between) and len(between.split()) <= SINCE_GAP


_CLAUSE_END = re.compile(r"[.!?؟;:]")


def _cue_starts(doc: ArticleDoc, key: str) -> dict[int, int]:
    """Sentence index → where the sentence's first cue of `key` starts."""
    return {i: min(m.span.start for m in found)
            for i, found in by_sentence(doc.sentences or (), hits(doc, "context", key)).items()}


def _is_habitual(cue_start: int | None, triggers: list, figures: list) -> bool:
    """A trend or a lasting state ("stepped up attacks on villages", "les villes sous
    blocus") speaks of no one incident: a cue before the event word it governs, in a
    sentence that gives no casualty figure (a figure makes it one incident's report)."""
    return not figures and _is_hypothetical(cue_start, triggers, figures)


def _is_hypothetical(cue_start: int | None, triggers: list, figures: list) -> bool:
    """A threat or a plan comes before the event word it governs ("threatened to attack
    the village"); a cue after the event ("seized livestock and threatened residents",
    "killed 30 fighters, which could not be verified") leaves the event reported as fact."""
    if cue_start is None:
        return False
    first = min((m.span.start for m in (*triggers, *figures)), default=None)
    return first is None or cue_start < first


@dataclass(frozen=True)
class SentenceFacts:
    eventful: bool
    date: DateMention | None
    place: PlaceMention | None
    has_trigger: bool
    background_cue: bool
    hypothetical: bool
    claim: bool  # a statement about the incident ("the group said in a statement on Sunday")
    specific_trigger: bool = False  # a trigger naming a tactic (an ambush, an air strike)
    sequel: bool = False  # "the next day, ...": a later incident, not more of the same one
    # "two days earlier", "le même jour": a date counted from the incident reported before
    day_offset: LexMatch | None = None
    level: int | None = None  # the level of its first place (see `_level`)
    superseded: bool = False  # gives a toll since replaced ("the previous toll was ...")
    levels: tuple[tuple[int, str], ...] = ()  # its first place at each level
    figures: frozenset[tuple[str, int]] = frozenset()  # (outcome, count) of its figures
    sub_types: frozenset[str] = frozenset()  # the tactics its event words name
    recent_cue: bool = False  # "last week": a recall once the main incident is told
    response: bool = False  # "in response to the attacks": an act answering one told before
    aftermath: bool = False  # "a patrol found the bodies": what an incident told before left
    habitual: bool = False  # "the country has battled an insurgency for years": no one act

    @property
    def undated(self) -> bool:
        """No date of its own to place it in time: no resolved date, no counted one."""
        return (self.date is None or self.date.date is None) and self.day_offset is None \
            and not self.sequel

    @property
    def days_from_previous(self) -> int | None:
        return None if self.day_offset is None else int(self.day_offset.labels[0])


STATEMENT_GAP = 1  # words between a cue and the statement verb it governs


def _background_sentences(doc: ArticleDoc) -> set[int]:
    """Sentences with a cue of an earlier incident, but for cues that only date a
    statement ("the government had previously announced that the ambush killed nine",
    "سبق أن أعلنت الحكومة", "avait précédemment annoncé"): an earlier word on the
    incident is no earlier incident."""
    said = sorted(m.span.start for m in hits(doc, "context", "statement_verbs"))
    cues = [m for m in hits(doc, "context", "background") if not _governs(doc.text, m, said)]
    return set(by_sentence(doc.sentences or (), cues))


def _governs(text: str, cue: LexMatch, said: list[int]) -> bool:
    """Whether a statement verb follows the cue at most `STATEMENT_GAP` words after it."""
    at = bisect.bisect_left(said, cue.span.end)
    return at < len(said) and len(text[cue.span.end:said[at]].split()) <= STATEMENT_GAP


def sentence_facts(doc: ArticleDoc) -> list[SentenceFacts]:
    """What each sentence contributes to segmentation."""
    background = _background_sentences(doc) | _old_year_sentences(doc) | recall_clauses(doc)
    sequel = set(by_sentence(doc.sentences or (), _forward(doc, "sequel")))
    recent = _cue_sentences(doc, "recent_recall")
    responses = _cue_sentences(doc, "responses")
    aftermath = _cue_starts(doc, "aftermath")
    superseded = set(by_sentence(doc.sentences or (), hits(doc, "victims", "superseded")))
    hypothetical = _cue_starts(doc, "hypothetical")
    habitual = _cue_starts(doc, "habitual")
    sentences = doc.sentences or ()
    offsets = by_sentence(sentences, _forward(doc, "day_offsets"))
    layers = {name: by_sentence(sentences, getattr(doc, name) or ())
              for name in ("triggers", "casualties", "dates", "places", "claims")}
    damage = by_sentence(sentences, [m for m in doc.materiel or () if m.action in PROPERTY_ACTIONS])
    stated = statement_dates(doc)
    aims = by_sentence(sentences, hits(doc, "context", "purposes"))
    yearly = _year_sentences(doc)
    facts = []
    for i in range(len(sentences)):
        triggers, figures, dates, places, claims = (
            layers[name].get(i, []) for name in ("triggers", "casualties", "dates", "places", "claims"))
        # an aim ("sent to arrest thieves") still tells the sentence is about the incident,
        # but names no act of its own: a later arrest is another act
        acts = [t for t in triggers if not _aimed(t.span, aims[i])] if i in aims else triggers
        facts.append(SentenceFacts(
            eventful=bool(triggers or figures or damage.get(i)),
            date=_sharpest(dates, [*triggers, *figures], stated),
            place=places[0] if places else None, has_trigger=bool(triggers),
            background_cue=i in background, recent_cue=i in recent, response=i in responses,
            aftermath=_is_hypothetical(aftermath.get(i), triggers, figures),
            hypothetical=(_is_hypothetical(hypothetical.get(i), triggers, figures)
                          or _is_habitual(habitual.get(i), triggers, figures)),
            habitual=(_is_habitual(habitual.get(i), triggers, figures)
                      or _year_long(_sharpest(dates, [*triggers, *figures], stated),
                                    i in yearly)),
            claim=bool(claims),
            specific_trigger=any(t.sub_event_type for t in acts), sequel=i in sequel,
            day_offset=offsets[i][0] if i in offsets else None,
            level=_level(places[0]) if places else None, levels=_levels(places),
            superseded=i in superseded,
            figures=frozenset((c.outcome, c.value) for c in figures if incident_scale(c)),
            sub_types=frozenset(t.sub_event_type for t in acts if t.sub_event_type)))
    return facts


YEAR_LONG_DAYS = 62  # a date spanning more than two months is a year or a season, no day


def _year_long(date: DateMention | None, year: bool) -> bool:
    """Whether a sentence is dated only by a year or a season ("armed groups have killed
    more than 400 civilians in 2021"): its figures add up many incidents, it tells no
    one of them. `year`: the sentence names a year."""
    if date is None or date.date is None:
        return year
    return (date.start is not None and date.end is not None
            and (date.end - date.start).days > YEAR_LONG_DAYS)


def _year_sentences(doc: ArticleDoc) -> set[int]:
    """Sentences naming a bare year ("in 2021"), not one inside a date ("March 2019")."""
    view = norm_view(doc)
    dates = sorted((d.span.start, d.span.end) for d in doc.dates or ())
    starts = [start for start, _ in dates]
    years = []
    for m in _YEAR.finditer(view.text):
        span = view.orig_span(m.start(), m.end())
        at = bisect.bisect_right(starts, span.start) - 1
        if at < 0 or dates[at][1] < span.end:
            years.append(_Found(span))
    return set(by_sentence(doc.sentences or (), years))


def _aimed(span: Span, aims: list) -> bool:
    """Whether an event word is only the aim of a deployment ("a unit sent to arrest
    cattle thieves", "envoyée pour arrêter", "أرسلت للقبض على"): no act of its own."""
    return any(m.span.start <= span.start < m.span.end or span.start <= m.span.start < span.end
               for m in aims)


COUNTRY, REGION, TOWN = 0, 1, 2


def _levels(places: list[PlaceMention]) -> tuple[tuple[int, str], ...]:
    """The first place a sentence names at each level, in level order."""
    first: dict[int, str] = {}
    for place in places:
        first.setdefault(_level(place), place.name)
    return tuple(sorted(first.items()))


def is_town(place: PlaceMention) -> bool:
    """Whether a place is a town or a village, not a country or a first-level region."""
    return _level(place) == TOWN


def _level(place: PlaceMention) -> int:
    """Whether a place names a whole country, a first-level region or a place within one:
    a headline's "in Burkina Faso" and the body's "in the village of Solhan" tell the same
    incident, "the Menaka region" and "the Kidal region" two."""
    return _name_level(_POSSESSIVE.sub("", place.name), place.cue == "region")


@lru_cache(maxsize=4096)
def _name_level(name: str, region: bool) -> int:
    if len(name) > 3 and gazetteer().country(name) is not None:  # not a code ("Am")
        return COUNTRY
    return REGION if region and gazetteer().admin1_names(name, country=None) else TOWN


_POSSESSIVE = re.compile(r"['’]s$")  # "Niger's north"


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


def _sharpest(dates: list[DateMention], anchors: list,
              stated: frozenset[Span] = frozenset()) -> DateMention | None:
    """The sentence's date for its incident (rasd.events.event_dates.sharpest)."""
    return sharpest(dates, anchors, stated)


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
               headline: int | None = None) -> bool:
    if background != current.background:
        return True
    if current.eventful == [headline] and not fact.sequel and fact.day_offset is None:
        return False  # the lead tells the incident the headline sums up, by its own day and place
    if (fact.sequel or fact.day_offset is not None) and fact.has_trigger:
        # "the next day, the same gunmen killed two herders"; "the same day, a mine killed
        # two bus passengers": a day counted from the incident told before is another's
        return True
    if fact.aftermath and not fact.sequel and not fact.figures - current.figures:
        # "a patrol found the bodies and burnt houses on Saturday": the incident's traces
        # found later, no act of their own
        return False
    if _another_act(current, fact):
        return True
    if fact.response and fact.figures and not fact.figures & current.figures:
        # "in response to the attacks, reinforcements killed 31 fighters": the answer, with
        # a toll of its own, is another act, even told in the statement about the first
        return True
    apart = _days_apart(current.date, fact.date)
    if fact.claim:
        # the date of a statement is not the date of the event ("the group claimed the
        # attack yesterday"), but a statement may tell of another incident by its own day
        # and place ("on 2 April, attacks hit a patrol near Malamfatori", the communiqué added);
        # a day apart will do when it tells its own toll elsewhere ("two soldiers were killed
        # on Saturday in a bombing near B", after Friday's strikes on A)
        return bool(apart) and _day_dated(fact, current) and _elsewhere(fact, current) and (
            apart > SAME_DAY_SLACK or (fact.has_trigger and bool(fact.figures - current.figures)))
    if apart is not None and (apart > SAME_DAY_SLACK or apart and _calendar_days(fact, current)):
        return True
    # another place with an event word of its own: another incident ("the next day, an
    # air strike hit Pama"), unless the sentence is only a figure or a reaction
    return (fact.has_trigger and fact.place is not None and fact.level is not None
            and current.places.get(fact.level, fact.place.name) != fact.place.name
            # a headline's region and the village inside it the body names
            and not (len(current.eventful) == 1 and current.place is not None
                     and same_place(fact.place, current.place))
            and (fact.date is not None or fact.specific_trigger
                 # its own toll: "in Sokolo the army reported six soldiers killed"
                 or bool(fact.figures - current.figures)))


def _calendar_days(fact: SentenceFacts, incident: Incident) -> bool:
    """Whether both the sentence and the incident are dated by a calendar day written
    out, a single day ("on 25 December", "le 26 décembre"), not one counted from the
    report ("yesterday") or a night across two days: such days a day apart are two
    incidents ("struck on 25 December ... struck again on 26 December")."""
    return _day_dated(fact, incident) and all(
        not d.relative and d.start == d.end for d in (fact.date, incident.date)
        if d is not None)


def _day_dated(fact: SentenceFacts, incident: Incident) -> bool:
    """Whether both the sentence and the incident are dated to the day."""
    return all(d is not None and d.precision == DatePrecision.DAY
               for d in (fact.date, incident.date))


def _elsewhere(fact: SentenceFacts, incident: Incident) -> bool:
    """Whether the sentence's first place is another than the incident's of the same
    level (another town, another region)."""
    return (fact.place is not None and fact.level is not None
            and incident.places.get(fact.level, fact.place.name) != fact.place.name)


_FINAL = re.compile(r"[.!?؟…:;,،\"'»”’)\]]$")


def _headline(doc: ArticleDoc) -> int | None:
    """The index of the headline: a first sentence that ends with no punctuation (a line
    of its own, "Gunmen kill 12 soldiers in central Mali")."""
    if not doc.sentences:
        return None
    span = doc.sentences[0].span
    return None if _FINAL.search(doc.text, span.start, span.end) else 0


def _another_act(incident: Incident, fact: SentenceFacts) -> bool:
    """Another act on another day ("ambushed a unit on Monday ... arrested 15 suspects on
    Tuesday"), even in the statement that reports both: a tactic the incident has not
    named, dated a day or more apart."""
    return (bool(_days_apart(incident.date, fact.date)) and bool(fact.sub_types)
            and bool(incident.sub_types) and not fact.sub_types & incident.sub_types)


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
    for i, fact in enumerate(facts):
        if current is not None and fact.habitual and not current.hypothetical:
            # a trend told beside an incident ("the country has battled a years-long
            # insurgency") is its context: its event words name no act of the incident's
            current.sentences.append(i)
            continue
        if not fact.eventful:
            if current is not None:
                current.sentences.append(i)
                if _scene_of(current, fact):
                    # "on Sunday 22 October, the unit spotted fighters near Goungam": the
                    # town of the incident it goes on with, when that names none yet
                    current.places[TOWN] = fact.place.name
            elif fact.date is not None and fact.place is not None:  # a scene: when and where
                lead.append(i)
                lead_date, lead_place = lead_date or fact.date, lead_place or fact.place
            continue
        if current is None and lead:
            fact = replace(fact, date=fact.date or lead_date, place=fact.place or lead_place)
        if current is not None and fact.superseded and fact.day_offset is None and not fact.sequel:
            _add(current, i, replace(fact, date=None), stated=stated)  # an update of the toll told before
            continue
        fact = _counted_date(fact, current)
        background = _is_background(fact, main_date, first=main_date is None,
                                    published=doc.published, days=days)
        told = bool(tolls)  # a main incident has been told
        undated = _dated_later(tolls, fact) if background and told else None
        if undated is not None:
            # "a rights group reported on Friday that the massacre left 60 dead ... gunmen
            # killed around 60 villagers at Karma on 20 April": the main incident's day,
            # told after it, however long before the report's statement
            background, current, main_date = False, undated, fact.date.date
        if told and fact.recent_cue and (fact.date is None or fact.date.date is None):
            # "last week" once the main incident is told, in a report with no date to resolve
            # it against (a resolved one is compared with the main incident's date)
            background = True
        if current is not None and told and _continues(fact):
            # no date or cue of its own: more of the passage it stands in, or a repeat of
            # the main incident's toll after a background aside
            current = (_repeated(tolls, fact) or _back_at(towns, fact, current)
                       if current.background else None) or current
            background = current.background
        elif told and main_date is None and _stale(fact, doc.published):
            background = True
        if current is None or _starts_new(current, fact, background, headline=headline):
            current = _matching(incidents, fact, background) or _open(incidents, background)
            current.sentences += lead
            lead = []
        _add(current, i, fact, stated=stated)
        if not current.background:
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


def _add(incident: Incident, index: int, fact: SentenceFacts, *,
         stated: frozenset[Span] = frozenset()) -> None:
    incident.sentences.append(index)
    incident.eventful.append(index)
    # the sentence that opens an incident tells whether it happened; a threat or a trend
    # told beside it later ("the area is under blockade") does not undo it
    if not incident.eventful[:-1]:
        incident.hypothetical = fact.hypothetical
    incident.date = better(incident.date, fact.date, stated)
    incident.place = incident.place or fact.place
    for level, name in fact.levels:
        incident.places.setdefault(level, name)
    incident.figures |= fact.figures
    incident.sub_types |= fact.sub_types


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


def _matching(incidents: list[Incident], fact: SentenceFacts, background: bool) -> Incident | None:
    """An earlier incident this sentence continues (same role, same date and place);
    none for a sentence dated from the previous one ("the next day") or cued as another
    ("in a separate attack"): it tells of another."""
    if fact.day_offset is not None or fact.sequel:
        return None
    for incident in incidents:
        if incident.background != background or incident.date is None or fact.date is None:
            continue
        apart = _days_apart(incident.date, fact.date)
        same_day = apart is not None and apart <= SAME_DAY_SLACK and not (
            apart and _calendar_days(fact, incident))
        same_place = fact.place is None or incident.place is None or \
            fact.place.name == incident.place.name or _wider(fact, incident) or (
                _overlap(fact.date, incident.date) and not _elsewhere(fact, incident))
        if same_day and same_place and not _another_act(incident, fact):
            return incident
    return None


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
