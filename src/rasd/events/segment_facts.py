"""What each sentence tells the segmenter (rasd.events.segment): whether it is eventful,
its date and place, and its cues of a recall, a sequel, a threat, a trend or a tally."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

from rasd.doc import ArticleDoc, DateMention, PlaceMention, Span
from rasd.events.event_dates import (attributive_dates, recalled_dates, requoted, sharpest,
                                     statement_dates)
from rasd.events.figures import incident_scale
from rasd.geo.resolve import gazetteer
from rasd.lexicon import LexMatch
from rasd.normalize import fold
from rasd.stages.lexical import folded, hits, per_language, section
from rasd.stages.nearby import SpanIndex, by_sentence, grouped_by_sentence
from rasd.events.segment_years import old_year_sentences, year_long, year_sentences
from rasd.events.typing_rules import REMOTE_REPLIES
from rasd.stages.sentences import recall_clauses

PROPERTY_ACTIONS = ("destroyed", "burnt", "looted")  # damage that is an event in itself
def _cue_sentences(doc: ArticleDoc, key: str) -> set[int]:
    return set(by_sentence(doc.sentences or (), hits(doc, "context", key)))


_NEXT_WORD = re.compile(r"\s*([^\W\d]+'?)")


@per_language
def _folded_words(lang: str, resource: str, key: str) -> frozenset[str]:
    """The folded words of `resources/<lang>/<resource>.yaml` `key` (folded once per
    language, not once per document)."""
    return frozenset(fold(w) for w in section(lang, resource, key) or ())


def _forward(doc: ArticleDoc, key: str) -> list[LexMatch]:
    """The day counts of `key` that move the story on ("two days later", "بعد يومين"), not
    those tied to an event they name ("بعد يومين من المواجهات", "two days after the
    clashes"): those date the sentence's own incident from an earlier one."""
    links = _folded_words(doc.lang, "context", "offset_links") if doc.lang else frozenset()
    # a count inside a recall cue ("the attack came the day after an ambush") counts back
    # to the recalled incident (`after_recalls`), it moves the story nowhere
    recalls = SpanIndex(m.span for m in hits(doc, "context", "after_recalls"))
    found = [m for m in hits(doc, "context", key) if not recalls.overlaps(m.span)]
    if not links:
        return found
    kept = []
    for m in found:
        word = _NEXT_WORD.match(doc.text, m.span.end)
        # "earlier in the day of Sunday": a count of no days ties to nothing before it
        if word is None or fold(word.group(1)) not in links or m.labels[0] == "0":
            kept.append(m)
    return kept


def _cue_starts(doc: ArticleDoc, key: str, *, keep=None) -> dict[int, int]:  # type: ignore[no-untyped-def]
    """Sentence index → where the sentence's first cue of `key` starts (of those `keep`
    keeps, a test on a cue's match)."""
    found = [m for m in hits(doc, "context", key) if keep is None or keep(m)]
    return {i: min(m.span.start for m in cues)
            for i, cues in by_sentence(doc.sentences or (), found).items()}


_WORD_AROUND = re.compile(r"[^\W\d_]+(?:'|’)?")


def _unnegated(doc: ArticleDoc):  # type: ignore[no-untyped-def]
    """A test that a cue has no negation right before or after it ("the wounds do not
    threaten their lives", "ne menacent pas", "لا تهدد حياتهم"): a denied threat is none.
    The negations are the language's words that deny (claims.yaml `negations`)."""
    negations = _folded_words(doc.lang, "claims", "negations") if doc.lang else frozenset()

    def keep(cue: LexMatch) -> bool:
        before = _WORD_AROUND.findall(folded(doc, max(0, cue.span.start - 20), cue.span.start))
        after = _WORD_AROUND.findall(folded(doc, cue.span.end, cue.span.end + 20))
        return not ((before and before[-1] in negations) or (after[:1] and after[0] in negations))
    return keep


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


@dataclass(slots=True)
class SentenceFacts:
    """What one sentence tells segmentation (made for every sentence of every document: a
    slots class, made three times faster than a frozen one; a changed fact is a copy,
    `dataclasses.replace`)."""

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
    # "the troops responded with artillery fire": a force answering an attack from afar
    remote_reply: bool = False
    aftermath: bool = False  # "a patrol found the bodies": what an incident told before left
    habitual: bool = False  # "the country has battled an insurgency for years": no one act
    # "(the protest came) a day after a strike on X": an earlier incident told in passing,
    # the story goes back to the one it is about
    aside: LexMatch | None = None
    elsewhere: bool = False  # "in nearby villages", "ailleurs": an unnamed other place
    paragraph: int = 0  # the paragraph it stands in: the lines before it, counted

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
    cues = [m for m in (*hits(doc, "context", "background"), *hits(doc, "context", "after_recalls"))
            if not _governs(doc.text, m, said)]
    return set(by_sentence(doc.sentences or (), cues))


def _governs(text: str, cue: LexMatch, said: list[int]) -> bool:
    """Whether a statement verb follows the cue at most `STATEMENT_GAP` words after it."""
    at = bisect.bisect_left(said, cue.span.end)
    return at < len(said) and len(text[cue.span.end:said[at]].split()) <= STATEMENT_GAP


def sentence_facts(doc: ArticleDoc) -> list[SentenceFacts]:
    """What each sentence contributes to segmentation."""
    background = _background_sentences(doc) | old_year_sentences(doc) | recall_clauses(doc)
    sequels = by_sentence(doc.sentences or (), _forward(doc, "sequel"))
    sequel = set(sequels)
    recent = _cue_sentences(doc, "recent_recall")
    asides = by_sentence(doc.sentences or (), hits(doc, "context", "after_recalls"))
    background -= _aside_heads(doc, asides)
    responses = _cue_sentences(doc, "responses")
    elsewhere = _cue_sentences(doc, "elsewhere")
    replies = by_sentence(doc.sentences or (), hits(doc, "context", "remote_replies"))
    aftermath = _cue_starts(doc, "aftermath")
    superseded = set(by_sentence(doc.sentences or (), hits(doc, "victims", "superseded")))
    hypothetical = _cue_starts(doc, "hypothetical", keep=_unnegated(doc))
    habitual = _cue_starts(doc, "habitual")
    sentences = doc.sentences or ()
    offsets = by_sentence(sentences, _forward(doc, "day_offsets"))
    # grouped once per document and layer: the events steps group the same layers again
    by_trigger = grouped_by_sentence(doc, doc.triggers)
    by_figure = grouped_by_sentence(doc, doc.casualties)
    by_date, by_place = grouped_by_sentence(doc, doc.dates), grouped_by_sentence(doc, doc.places)
    claims = grouped_by_sentence(doc, doc.claims)
    damage = by_sentence(sentences, [m for m in doc.materiel or () if m.action in PROPERTY_ACTIONS])
    stated = statement_dates(doc)
    attributive = attributive_dates(doc)
    recalled = recalled_dates(doc)
    # an aim ("sent to arrest") or a detention told as a state ("suspects who are detained
    # at the school") names no act of the sentence
    aims = by_sentence(sentences, [*hits(doc, "context", "purposes"),
                                   *hits(doc, "context", "held_states")])
    yearly = year_sentences(doc)
    paragraphs = _paragraphs(doc)
    facts = []
    for i in range(len(sentences)):
        triggers, figures = by_trigger.get(i, []), by_figure.get(i, [])
        dates, places = by_date.get(i, []), by_place.get(i, [])
        if not (triggers or figures or dates or places or i in damage):
            # most sentences name no event word, figure, date or place: their facts are
            # their cues alone (what the full reading below makes of them, without its steps)
            habit = i in habitual
            facts.append(SentenceFacts(
                eventful=False, date=None, place=None, has_trigger=False,
                background_cue=i in background, recent_cue=i in recent, response=i in responses,
                elsewhere=i in elsewhere, paragraph=paragraphs[i],
                aside=asides[i][0] if i in asides else None, aftermath=i in aftermath,
                hypothetical=i in hypothetical or habit, habitual=habit or i in yearly,
                claim=i in claims, sequel=i in sequel,
                day_offset=offsets[i][0] if i in offsets else None, superseded=i in superseded))
            continue
        # an aim ("sent to arrest thieves") still tells the sentence is about the incident,
        # but names no act of its own: a later arrest is another act
        acts = [t for t in triggers if not _aimed(t.span, aims[i])] if i in aims else triggers
        if i in sequels:
            places = _after_cue(places, sequels[i][0])
        # (a sentence with no date has none to weigh: most sentences)
        anchors = [*triggers, *figures] if dates else []
        own = sharpest(dates, anchors, stated, attributive)
        habit = _is_habitual(habitual.get(i), triggers, figures)
        facts.append(SentenceFacts(
            eventful=bool(triggers or figures or damage.get(i)),
            date=requoted(doc, sentences[i].span, own, dates, stated)
            # a recall's own sentence, and only it, is dated by the recalled incident's date
            or (_recalled_date(dates, recalled) if i in background else None),
            place=places[0] if places else None, has_trigger=bool(triggers),
            background_cue=i in background, recent_cue=i in recent, response=i in responses,
            elsewhere=i in elsewhere, paragraph=paragraphs[i],
            aside=asides[i][0] if i in asides else None,
            aftermath=_is_hypothetical(aftermath.get(i), triggers, figures),
            hypothetical=_is_hypothetical(hypothetical.get(i), triggers, figures) or habit,
            habitual=habit or year_long(_unattributed(own, dates, anchors, stated, attributive),
                                        i in yearly),
            claim=i in claims,
            specific_trigger=any(t.sub_event_type for t in acts), sequel=i in sequel,
            day_offset=_counted_from_before(offsets.get(i, []), dates),
            level=_level(places[0]) if places else None, levels=_levels(places),
            superseded=i in superseded,
            remote_reply=_replies_from_afar(doc.text, replies.get(i, []), acts),
            figures=frozenset((c.outcome, c.value) for c in figures if incident_scale(c))
            if figures else frozenset(),
            sub_types=frozenset(t.sub_event_type for t in acts if t.sub_event_type)))
    return facts


def _paragraphs(doc: ArticleDoc) -> list[int]:
    """The paragraph of each sentence: a line break between two sentences opens another
    (looked for in place: the stretches between sentences are not cut out)."""
    sentences, text = doc.sentences or (), doc.text
    if "\n" not in text:  # one paragraph
        return [0] * len(sentences)
    found, paragraph, end = [], 0, None
    for sentence in sentences:
        if end is not None and text.find("\n", end, sentence.span.start) >= 0:
            paragraph += 1
        found.append(paragraph)
        end = sentence.span.end
    return found


REPLY_WORDS = 6  # words between a reply cue and the shells or strikes it introduces


def _replies_from_afar(text: str, cues: list[LexMatch], acts: list) -> bool:
    """Whether a reply cue introduces shells or air strikes ("the soldiers responded with
    artillery fire", "ردت القوات على الهجوم بقصف مدفعي"): a remote tactic at most
    `REPLY_WORDS` words after the cue. One told further on belongs to the attack answered
    ("responded to an attack by militants backed by drones and artillery")."""
    return any(t.sub_event_type in REMOTE_REPLIES and cue.span.end <= t.span.start
               and len(text[cue.span.end:t.span.start].split()) <= REPLY_WORDS
               for cue in cues for t in acts)


def _after_cue(places: list[PlaceMention], cue: LexMatch) -> list[PlaceMention]:
    """A sentence's places, those after its cue of another incident first ("while some of
    the gunmen stayed in A, another group went on to B": B is the other incident's)."""
    after = [p for p in places if p.span.start >= cue.span.end]
    return after + [p for p in places if p.span.start < cue.span.end] if after else places


def _aside_heads(doc: ArticleDoc, asides: dict[int, list[LexMatch]]) -> set[int]:
    """Sentences whose recall in passing was cut off after them ("it should be noted that
    today's protest came | two days after clashes at X"): the head tells the report's own
    incident, whatever cue of the recall it holds. `asides`: the recall cues (context.yaml
    `after_recalls`) by sentence."""
    sentences = doc.sentences or ()
    return {i - 1 for i, found in asides.items()
            if i > 0 and found[0].span.start == sentences[i].span.start}


def _counted_from_before(offsets: list[LexMatch], dates: list[DateMention]) -> LexMatch | None:
    """The sentence's first day count that counts from the incident told before: not one
    after a date of its own sentence ("confirmed on 28 November that the violence the day
    before left two dead" counts from the 28th)."""
    return next((m for m in offsets
                 if not any(d.span.end <= m.span.start for d in dates)), None)


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
    return _name_level(place.name, place.cue == "region")


@lru_cache(maxsize=4096)
def _name_level(written: str, region: bool) -> int:
    # the name as written is the key: asked for every place of every sentence, the
    # possessive is cut once per name, not once per mention
    name = _POSSESSIVE.sub("", written)
    if len(name) > 3 and gazetteer().country(name) is not None:  # not a code ("Am")
        return COUNTRY
    return REGION if region and gazetteer().admin1_names(name, country=None) else TOWN


_POSSESSIVE = re.compile(r"['’]s$")  # "Niger's north"


def _recalled_date(dates: list[DateMention], recalled: frozenset[Span]) -> DateMention | None:
    """The first resolved date of a recall ("the scene in March 2019 of a massacre")."""
    return next((d for d in dates if d.span in recalled and d.date is not None), None)


def _unattributed(own: DateMention | None, dates: list[DateMention], anchors: list,
                  stated: frozenset[Span], attributive: frozenset[Span]) -> DateMention | None:
    """The sentence's sharpest date, an attributive one ("last week's attack") weighed as
    any other: its own date `own` when none of its dates is attributive (most sentences)."""
    if not any(d.span in attributive for d in dates):
        return own
    return sharpest(dates, anchors, stated)
