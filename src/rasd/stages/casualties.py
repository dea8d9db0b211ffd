"""casualties.v1: figures of people killed, injured, abducted, missing or arrested.

A number is a casualty figure when a group or outcome noun follows it closely ("12
soldiers", "قتل ثلاثة جنود", "12 morts"; names may stand between: "10 Katiba Macina
fighters") and an outcome word stands near it in the sentence ("were killed", "tuant"), or
when an outcome verb stands right before it and no unit follows ("killing two", not "killed
12 km from"). A number joined by "and" to the next figure shares its noun ("Fifteen ISGS and
five JNIM fighters"). One person named by an article and group noun or by a role noun counts
1, and so do role nouns joined to it ("killed the driver and a passenger").
`resources/<lang>/victims.yaml`: `outcomes` (killed | injured | abducted | missing | arrested
→ terms), `groups` (soldiers | police | auxiliaries | civilians | attackers | peacekeepers |
people → nouns), `unspecified`, `lone_victims`, `subsets`, `casualties_only` ("casualties":
ACLED codes them 0 killed, which holds without reading them). claims.yaml `causes`.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Collection, Sequence
from dataclasses import replace
from operator import attrgetter
from typing import NamedTuple

from rasd.doc import ArticleDoc, CasualtyMention, NumberKind, NumberMention, Span
from rasd.lexicon import LexMatch
from rasd.normalize import fold
from rasd.registry import layer_stage
from rasd.stages.casualty_singles import (
    conjunction_words,
    lone_deaths,
    lone_victims,
    one_person,
    singles,
)
from rasd.languages import rules_for
from rasd.lexicon import last_words, term_alternation
from rasd.stages.lexical import cue_pattern, folded, hits, per_language, section
from rasd.stages.nearby import around, by_sentence, nearest, sentence_index, words_between

MAX_NOUN_GAP = 2  # "12 Malian soldiers", "ثلاثة من الجنود"
MAX_OUTCOME_WORDS = 8
# "an unspecified number of militants were killed": ACLED's lowest plural reading, the
# value the numbers stage gives "a number of" and "several" (DESIGN §2)
UNSPECIFIED = 3
GENERIC = (None, "people")
_SPACES = re.compile(r"\s+")
MAX_NAMES = 3  # "10 Ansaroul Islam (JNIM) militants", "27 Dan Na Ambassagou militiamen"
MAX_NAME_CHARS = 60
# a full stop after a lone capital is an initial's, not a clause's end ("four U.S.
# soldiers", "M. Traoré"), as the sentence splitter reads it
_CLAUSE_MARK = re.compile(r"[,;:!?،؛]|(?<!\b[A-ZÀ-Þ])\.")
_START = attrgetter("span.start")
_END = attrgetter("span.end")
_WORD = re.compile(r"\w+")
_RESTATED = re.compile(r"[ \t]*\([ \t]*[0-9\u0660-\u0669]+[ \t]*\)")


def _following(doc: ArticleDoc, hits: list[LexMatch], number: NumberMention, *,
               max_gap: int = MAX_NOUN_GAP) -> LexMatch | None:
    """The first hit right after the number (or containing it, for Arabic duals)."""
    if not hits:  # a sentence without such a word (two in five calls)
        return None
    # hits are in text order and do not overlap: one bisection finds each candidate
    before = bisect_right(hits, number.span.start, key=_START)
    # a dual may take a numeral after it into its number ("جنديين اثنين"): the noun opens it
    if before and (number.span.end <= hits[before - 1].span.end
                   or hits[before - 1].span.start == number.span.start):
        return hits[before - 1]
    # a qualifier after the noun can take the noun into the number's span ("ثلاثة مدنيين
    # على الأقل", "trois civils au moins"): the noun inside it is the figure's
    if before < len(hits) and hits[before].span.end <= number.span.end:
        return hits[before]
    # a numeral restated in digits ("neuf (9) assaillants", "تسعة (9) إرهابيين") reads on
    # from the closing bracket
    restated = _RESTATED.match(doc.text, number.span.end)
    close = restated.end() if restated else number.span.end
    after = bisect_left(hits, close, key=_START)
    for hit in hits[after:after + 1]:
        if hit.span.start >= close:
            start, end = close, hit.span.start
            if _words_in_gap(doc.text, start, end) <= max_gap:
                return None if _broken(doc.text, start, end) else hit  # "(grade 2), killing nine"
            if end - start > MAX_NAME_CHARS:
                return None
            between = doc.text[start:end]
            # with no capital letter, no word is a name: the gap is what words_between said
            return hit if between != between.lower() and _plain_words(between) <= max_gap else None
    return None


def _words_in_gap(text: str, start: int, end: int) -> int:
    """`words_between` two spans that end and start at `start` and `end` (a word cut by
    either counted as one): the word runs of a short gap (a number's to its noun, nearly
    always a space) are counted in it, cheaper than the two bisections in the text's word
    bounds; only a long one is counted there."""
    if end - start <= MAX_NAME_CHARS:
        return len(_WORD.findall(text, start, end))
    return words_between(text, Span(start, start), Span(end, end))


def _partitive(doc: ArticleDoc, outcomes: list[LexMatch], number: NumberMention) -> LexMatch | None:
    """An outcome noun counted by the number through a partitive word ("une centaine de
    morts", "a dozen of the dead", "خمسة من القتلى"; `victims.yaml` `partitives`)."""
    words = _partitives(doc.lang or "")
    hit = _following(doc, outcomes, number, max_gap=1) if words else None
    if hit is None or hit.span.start < number.span.end:
        return None
    between = folded(doc, number.span.end, hit.span.start).strip().replace("’", "'")
    return hit if between in words or between.rstrip("'") + "'" in words else None


def _only_joins(between: str, joins: frozenset[str]) -> bool:
    words = between.split()  # folded
    return len(words) <= 2 and all(w in joins for w in words)


@per_language
def _disjunctions(lang: str) -> frozenset[str]:
    # "killed or wounded", "tués ou blessés", "قتيل أو جريح": one count of both (`victims.yaml`
    # `disjunctions`)
    return frozenset(fold(w) for w in section(lang, "victims", "disjunctions") or ())


@per_language
def _partitives(lang: str) -> frozenset[str]:
    return frozenset(fold(w) for w in section(lang, "victims", "partitives") or ())


def _broken(text: str, start: int, end: int) -> bool:
    """Whether a clause mark or a closing bracket stands between `start` and `end`."""
    return (_CLAUSE_MARK.search(text, start, end) is not None
            or text.count(")", start, end) > text.count("(", start, end))


def _plain_words(between: str) -> int:
    """Words between a number and its noun, not counting up to MAX_NAMES capitalised names
    ("Fifteen ISGS fighters", "two Dogon hunters"); a large count when a clause mark or
    more names stand between. Scripts without case never skip a word."""
    if len(between) > MAX_NAME_CHARS or _broken(between, 0, len(between)):
        return MAX_NAME_CHARS  # "(sector 2) targeting presumed militants"
    words = _WORD.findall(between)
    names = sum(1 for w in words if w[0].isupper())
    return MAX_NAME_CHARS if names > MAX_NAMES else len(words) - names


def _compound(doc: ArticleDoc, groups: list[LexMatch], group: LexMatch) -> LexMatch:
    """The last of adjacent group nouns ("Dozo militiaman"): the head of the noun phrase,
    with the label of a specific noun before a generic one."""
    for index in range(bisect_left(groups, group.span.end, key=_START), len(groups)):
        hit = groups[index]
        if hit.span.start >= group.span.end:
            if not doc.text[group.span.end:hit.span.start].isspace():
                break
            group = hit if hit.labels[0] not in GENERIC else replace(hit, labels=group.labels)
    return group


def _joint(doc: ArticleDoc, groups: list[LexMatch], group: LexMatch) -> LexMatch:
    """The group noun with a second one joined to it by a bare conjunction ("21 soldiers
    and civilians", "21 militaires et civils", "21 جندياً ومدنياً"): the number counts
    both groups together, unnamed people whom a breakdown by group may follow (it is their
    total, not a count of the last group)."""
    at = bisect_left(groups, group.span.end, key=_START)
    if at >= len(groups) or group.labels[0] in GENERIC:
        return group
    second = groups[at]
    between = folded(doc, group.span.end, second.span.start).split()
    joins = conjunction_words(doc.lang or "")
    glued = not between and any(len(j) == 1 and folded(doc, second.span.start, second.span.end).startswith(j)
                                for j in joins)  # "ومدنياً": the conjunction inside the noun's match
    if not (glued or (len(between) == 1 and between[0] in joins)) or second.labels[0] == group.labels[0]:
        return group
    return replace(second, span=group.span.cover(second.span), labels=("people",))


def _before_a_thing(doc: ArticleDoc, group: LexMatch, units: list[LexMatch],
                    items: list[LexMatch]) -> bool:
    """Whether a unit or an item of materiel follows a generic group noun right after it:
    the noun ("autres", "others") then qualifies the things counted ("deux autres
    véhicules", "two other vehicles"), no people. A noun that names people ("11 شخصا يوم
    الثلاثاء", eleven people on Tuesday) is no qualifier: only "others" (`victims.yaml`
    `others`) is read so."""
    if group.labels[0] not in GENERIC or not _an_other(doc, group):
        return False
    for hits_ in (units, items):
        at = bisect_left(hits_, group.span.end, key=_START)
        if at < len(hits_) and doc.text[group.span.end:hits_[at].span.start].isspace():
            return True
    return False



def _an_other(doc: ArticleDoc, group: LexMatch) -> bool:
    """Whether a group noun is a word for "others" (`victims.yaml` `others`)."""
    others = cue_pattern(doc.lang or "", "victims", "others")
    return others is not None and others.fullmatch(folded(doc, group.span.start, group.span.end)) is not None


def _in_dates(doc: ArticleDoc, numbers: list[NumberMention]) -> set[int]:
    """The starts of the numbers that are part of a date."""
    dates = sorted((d.span.start, d.span.end) for d in doc.dates or ())
    at = [bisect_right(dates, (n.span.start, len(doc.text))) - 1 for n in numbers]
    return {n.span.start for n, i in zip(numbers, at) if i >= 0 and n.span.end <= dates[i][1]}


def _preceding(doc: ArticleDoc, hits: list[LexMatch], number: NumberMention) -> LexMatch | None:
    """A word right before the number ("killing two", "قتل ثلاثة", "راعيين اثنين")."""
    last = bisect_right(hits, number.span.start, key=_END) - 1  # hits do not overlap
    for hit in hits[max(0, last):last + 1]:
        if hit.span.end <= number.span.start:
            # only a space between: "was killed, two others wounded" starts a new clause
            return hit if doc.text[hit.span.end:number.span.start].isspace() else None
    return None


def _figure(doc: ArticleDoc, number: NumberMention, groups: list[LexMatch], outcomes: list[LexMatch],
            measures: tuple[list[LexMatch], list[LexMatch]], *, next_number: int | None, closed: set[int], led: set[int],
            causes: list[LexMatch]) -> tuple[CasualtyMention, LexMatch] | None:
    group = _following(doc, groups, number)
    # "100 dead in terrorist attack": the terrorists are not counted; a dual noun that is the
    # number itself counts people and qualifies nothing ("قتل في الهجوم جنديان": two soldiers)
    if group is not None and not group.span.start <= number.span.start < group.span.end \
            and _a_modifier(doc, group):
        group = None
    if group is not None and next_number is not None and next_number < group.span.start:
        group = None  # "(grade 2), three soldiers": the noun belongs to the next number
    units, items = measures  # units of measure, and materiel
    if group is not None and _before_a_thing(doc, group, units, items):
        return None  # "deux autres engins explosifs": "other" describes the devices counted
    # a numeral after its noun ("راعيين اثنين"), unless it counts materiel: "وغنم الإخوة ثلاث
    # آليات" (the brothers seized three vehicles) counts no brothers
    unit_after = None  # read below only where no group is found here, so found once
    if group is None:
        unit_after = _following(doc, units, number)
        if unit_after is None and _following(doc, items, number) is None:
            group = _preceding(doc, groups, number)
    # an outcome noun counted by the number stands right after it ("12 قتيلا", "12 morts");
    # a word further on is a verb of the next clause ("12 جندياً مالياً وأصيب ..."), and so
    # is one that leads the next number ("قتل في الاشتباك جنديان وأصيب 9 آخرون")
    # ... unless nothing else gives this number an outcome: "ستة قتلى وأربعة جرحى" (six
    # dead and four wounded) names its nouns after each number
    noun_outcome = _following(doc, outcomes, number, max_gap=0) or _partitive(doc, outcomes, number)
    verb_before = _preceding(doc, outcomes, number)
    if noun_outcome is not None and noun_outcome.span.start in led and (
            verb_before is not None or group is not None):
        noun_outcome = None
    if group is None and noun_outcome is None and (verb_before is None or unit_after is not None):
        return None
    # a dual noun is its own number: the noun after it heads the next figure ("جنديان
    # وشرطيان", two soldiers and two policemen), not this one's noun phrase
    dual = group is not None and group.span.start <= number.span.start < group.span.end
    if group is not None and not dual:
        if group.span.start >= number.span.end:
            group = _joint(doc, groups, group)  # before `_compound`: "جندياً ومدنياً" is no compound
        group = _compound(doc, groups, group)
    head = group or noun_outcome or verb_before
    # distance from the whole figure, so that a verb right before the number ("قتل ثلاثة
    # جنود وأصيب خمسة") is as near as one right after the noun, and wins the tie; an outcome
    # past a cause cue is another incident's ("youths protested in reaction to the killing")
    figure = number.span.cover(head.span)
    outcome = noun_outcome or verb_before or _outcome_near(
        doc, figure, number, outcomes, groups, next_number=next_number, closed=closed,
        led=led, causes=causes, grouped=group is not None)
    if outcome is None:
        return None
    return CasualtyMention(
        span=figure, outcome=outcome.labels[0],
        group=None if group is None else group.labels[0], value=int(number.value),
        low=None if number.low is None else int(number.low),
        high=None if number.high is None else int(number.high),
        kind=number.kind, number_span=number.span,
    ), outcome


def _outcome_near(doc: ArticleDoc, figure: Span, number: NumberMention, outcomes: list[LexMatch],
                  groups: list[LexMatch], *, next_number: int | None, closed: set[int], led: set[int],
                  causes: list[LexMatch], grouped: bool) -> LexMatch | None:
    """The outcome word of a figure with none right beside its number: the nearest one
    still open, else, for a figure with a group noun, the verb its long subject leads to."""
    cause = bisect_left(causes, number.span.end, key=_START)
    cause_at = causes[cause].span.start if cause < len(causes) else len(doc.text)
    open_outcomes = [o for o in around(doc.text, outcomes, figure, max_words=MAX_OUTCOME_WORDS)
                     if not (o.span.start in closed and o.span.end <= number.span.start)
                     and (o.span.start not in led or o.span.end <= number.span.start)
                     and not number.span.end <= cause_at < o.span.start]
    outcome = nearest(doc.text, open_outcomes, figure, max_words=MAX_OUTCOME_WORDS)
    if outcome is None and grouped:
        outcome = _clause_outcome(doc, figure, outcomes, groups, next_number=next_number,
                                  closed=closed, stops=(cause_at,))
    return outcome


TOLL_REACH = 8  # words from a toll's noun to its number: "the toll of Monday's attack on Tin has risen to"


def _toll_figure(doc: ArticleDoc, number: NumberMention, tolls: list[LexMatch], groups: list[LexMatch],
                 outcomes: list[LexMatch], measures: tuple[list[LexMatch], list[LexMatch]], *,
                 next_number: int | None) -> tuple[CasualtyMention, LexMatch] | None:
    """A number that a death toll's noun gives without a noun of its own ("the death toll
    has risen to 25", "le bilan s'est alourdi à 25", "ارتفعت حصيلة القتلى إلى 25",
    `victims.yaml` `tolls`): a count of the dead by itself. The toll must stand before the
    number in its clause, with no other number and no outcome word other than a death's
    between them ("the toll of dead and wounded rose to 30" counts no dead apart), and no
    unit or materiel after the number ("rose by 3 percent")."""
    at = bisect_right(tolls, number.span.start, key=_END) - 1
    if at < 0:
        return None
    toll = tolls[at]
    if (words_between(doc.text, toll.span, number.span, cap=TOLL_REACH) > TOLL_REACH
            or _broken(doc.text, toll.span.end, number.span.start)):
        return None
    numbers = doc.numbers or ()
    first = bisect_right(numbers, toll.span.end - 1, key=_START)
    if first < len(numbers) and numbers[first].span.start < number.span.start:
        return None  # "the toll of the two attacks rose to 25": the toll is the nearer number's
    inside = outcomes[bisect_left(outcomes, toll.span.start, key=_START):
                      bisect_left(outcomes, number.span.start, key=_START)]
    if any(o.labels[0] != "killed" for o in inside):
        return None
    units, items = measures
    if _following(doc, units, number) is not None or _following(doc, items, number) is not None:
        return None
    group = _following(doc, groups, number)
    if group is not None and (next_number is not None and next_number < group.span.start
                              or _a_modifier(doc, group)):
        group = None
    span = toll.span.cover(number.span if group is None else number.span.cover(group.span))
    return CasualtyMention(
        span=span, outcome="killed", group=None if group is None else group.labels[0],
        value=int(number.value), low=None if number.low is None else int(number.low),
        high=None if number.high is None else int(number.high),
        kind=number.kind, number_span=number.span,
    ), toll


MAX_SUBJECT_WORDS = 20  # "Fifteen members of the Russian Africa Corps and Malian soldiers were killed"


def _clause_outcome(doc: ArticleDoc, figure: Span, outcomes: list[LexMatch], groups: list[LexMatch],
                    *, next_number: int | None, closed: set[int], stops: tuple[int, ...]) -> LexMatch | None:
    """The outcome verb of a figure that opens a long subject ("Quinze membres de l'Africa
    Corps russe et des soldats maliens ont été tués"): the first outcome word after the
    figure in its sentence (`outcomes`), more than MAX_OUTCOME_WORDS words on, when only the
    subject stands between: no clause mark, no other number, no attack word (a verb or
    noun of another clause: "fifteen soldiers attacked the camp where civilians were
    killed"), no outcome word that closed another figure, and another group noun only
    after a conjunction ("... and Malian soldiers", not "... where civilians were killed")."""
    at = bisect_left(outcomes, figure.end, key=_START)
    if at >= len(outcomes):
        return None
    outcome = outcomes[at]
    end = min(outcome.span.start, *stops)
    if (end < outcome.span.start or outcome.span.start in closed
            or (next_number is not None and next_number < outcome.span.start)
            or _CLAUSE_MARK.search(doc.text, figure.end, outcome.span.start)
            or words_between(doc.text, figure, outcome.span, cap=MAX_SUBJECT_WORDS) > MAX_SUBJECT_WORDS):
        return None
    joins = conjunction_words(doc.lang or "")
    for group in groups[bisect_left(groups, figure.end, key=_START):]:
        if group.span.start >= outcome.span.start:
            break
        if not _joined(folded(doc, figure.end, group.span.start), joins):
            return None
    attacks = _attack_words(doc)
    first = bisect_left(attacks, figure.end, key=_START)
    if first < len(attacks) and attacks[first].span.start < outcome.span.start:
        return None
    return outcome


def _joined(between: str, joins: frozenset[str]) -> bool:
    """Whether a conjunction stands among the words, alone or glued as a one-letter
    prefix (Arabic "و")."""
    return any(w in joins or any(len(j) == 1 and w.startswith(j) for j in joins)
               for w in _WORD.findall(between))


def _attack_words(doc: ArticleDoc) -> list[LexMatch]:
    """The words that tell an attack (`triggers.yaml` `sub_event_types`, `violence`) and the
    attack nouns (`victims.yaml` `incident_nouns`), in text order."""
    return doc.cached_view("casualties:attack_words", lambda _text: sorted(
        [*hits(doc, "triggers", "sub_event_types"), *hits(doc, "triggers", "violence"),
         *hits(doc, "victims", "incident_nouns")], key=_START))


MODIFIER_REACH = 30  # characters either side of a group noun read for an attack noun


class _IncidentNouns(NamedTuple):
    """The attack nouns (`victims.yaml` `incident_nouns`) as the patterns that look for one
    right before a group noun, right after it, and as a whole word."""

    before: re.Pattern[str]
    after: re.Pattern[str]
    word: re.Pattern[str]
    # the last word of each noun: a stretch that `before` matches ends with one of them,
    # spaces aside (one `endswith` in C tells most stretches apart without the pattern's
    # try at each offset of the stretch)
    last_words: tuple[str, ...]


@per_language
def _incident_nouns(lang: str) -> _IncidentNouns | None:
    terms = section(lang, "victims", "incident_nouns") or ()
    body = term_alternation(terms)
    if not body:
        return None
    word = rules_for(lang).wrap(body)
    # after the group noun, the attack noun stands bare ("terrorist attack"): with a clitic
    # ("مدنيا بهجوم", civilians in an attack) it opens a phrase of its own
    return _IncidentNouns(re.compile(word + r"[ \t]*$"), re.compile(rf"^[ \t]*(?:{body})(?!\w)"),
                          re.compile(word), last_words(terms))


def _a_modifier(doc: ArticleDoc, group: LexMatch) -> bool:
    """Whether a group noun qualifies an attack noun right beside it ("terrorist attack",
    "هجوم إرهابي"): it names the attackers, not the people a figure counts."""
    patterns = _incident_nouns(doc.lang or "")
    if patterns is None:
        return False
    left = folded(doc, max(0, group.span.start - MODIFIER_REACH), group.span.start)
    # `before` ends with spaces or tabs, and a final line break may follow them (`$`)
    if left.rstrip(" \t\n").endswith(patterns.last_words) \
            and patterns.before.search(left) is not None:
        return True
    right = folded(doc, group.span.end, group.span.end + MODIFIER_REACH)
    return patterns.after.match(right) is not None


def _counts_incidents(doc: ArticleDoc, number: NumberMention) -> bool:
    """Whether a number counts attacks: an attack noun's own dual ("بهجومين", in two
    attacks) or a number right before one ("a exécuté plusieurs frappes", "carried out
    three strikes"), whatever outcome verb stands before it."""
    patterns = _incident_nouns(doc.lang or "")
    if patterns is None:
        return False
    text = folded(doc, number.span.start, number.span.end)
    after = folded(doc, number.span.end, number.span.end + MODIFIER_REACH)
    return patterns.word.fullmatch(text) is not None or patterns.after.match(after) is not None


def find_casualties(doc: ArticleDoc) -> list[CasualtyMention]:
    """Casualty figures in text order."""
    groups = list(hits(doc, "victims", "groups"))
    outcomes = list(hits(doc, "victims", "outcomes"))
    units = list(hits(doc, "context", "units"))
    items = list(hits(doc, "weapons", "items"))
    causes = hits(doc, "claims", "causes")  # "in reaction to": what follows is another incident
    tolls = hits(doc, "victims", "tolls")  # "the death toll has risen to 25"
    numbers = sorted([*(doc.numbers or ()), *_unspecified(doc)], key=lambda n: n.span.start)
    # an outcome word that follows its figure closes that clause: "two women were killed
    # and two children wounded" does not make the children killed
    closed: set[int] = set()
    # and an outcome word right before a later number is that number's ("opened fire on two
    # peacekeepers, killing one"): the two are not all killed
    starts = {n.span.start for n in numbers}
    led = {o.span.start for o in outcomes
           if (gap := _SPACES.match(doc.text, o.span.end)) is not None and gap.end() in starts}
    by_number: dict[int, CasualtyMention] = {}
    dated = _in_dates(doc, numbers) if doc.dates else set()
    sentences = doc.sentences or ()
    # "killed 12 km from": the words of the number's sentence, grouped once per document
    lexicons = (groups, outcomes, units, items)
    grouped = [by_sentence(sentences, hits_) for hits_ in lexicons]
    outcomes_at = grouped[1]
    nothing: list[LexMatch] = []
    for i, number in enumerate(numbers):
        if number.span.start in dated or not float(number.value).is_integer():
            continue
        before = by_number.get(i - 1)
        if before is not None and number.span.end <= before.span.end:
            continue  # the dual noun a number counts ("3 عاملين") is that figure's noun, no second one
        if sentences:
            at = sentence_index(sentences, number.span)
            local = [g.get(at, nothing) for g in grouped] if at >= 0 else [nothing] * 4
        else:
            local = list(lexicons)
        local_groups, local_outcomes, local_units, local_items_ = local
        following = numbers[i + 1:i + 3]
        restated = _RESTATED.match(doc.text, number.span.end)
        if restated and following and following[0].span.start < restated.end():
            following = following[1:]  # "neuf (9) assaillants": the digits restate the number
        next_number = following[0].span.start if following else None
        # a sentence with neither a group nor an outcome word gives `_figure` nothing to
        # read (a third of the numbers): only a toll before the number may count it
        result = _figure(doc, number, local_groups, local_outcomes, (local_units, local_items_),
                         closed=closed, next_number=next_number, led=led, causes=causes) \
            if local_groups or local_outcomes else None
        if result is None and tolls:
            result = _toll_figure(doc, number, tolls, local_groups, local_outcomes,
                                  (local_units, local_items_), next_number=next_number)
        # a count of attacks ("carried out three strikes") is no figure, whatever outcome
        # stands near: asked only of a figure found (most numbers give none)
        if result is not None and not _counts_incidents(doc, number):
            by_number[i] = result[0]
            if result[1].span.start >= number.span.end:
                closed.add(result[1].span.start)
    found = _conjoined(doc, numbers, by_number, outcomes=outcomes, skip=dated,
                       measures=[*units, *items])
    found += singles(doc, found, outcomes, [*one_person(doc, groups, outcomes, led, outcomes_at),
                                             *lone_victims(doc, outcomes, closed, groups=groups),
                                             *lone_deaths(doc)])
    found = _without_combined(doc, found, outcomes, led=led)
    return _without_subsets(doc, sorted(found, key=lambda f: f.span.start))


COMBINED_REACH = 20  # characters between a figure and the "killed and wounded" it counts


def _without_combined(doc: ArticleDoc, found: list[CasualtyMention], outcomes: list[LexMatch],
                      *, led: set[int]) -> list[CasualtyMention]:
    """The figures without those that count the dead and the wounded together ("killed and
    wounded about twenty soldiers", "عشرات القتلى والجرحى"): they give no death toll, as
    ACLED codes casualties alone, nor a count of the wounded. "24 were killed and 29
    wounded" gives both (`led`: the second word has a number of its own)."""
    joins = conjunction_words(doc.lang or "")
    found = sorted(found, key=_START)
    begins = [m.span.start for m in found]

    def counted_before(word: LexMatch) -> bool:
        """Whether a figure stands right before the word ("24 soldiers were killed")."""
        index = bisect_right(begins, word.span.start) - 1
        if index < 0:
            return False
        return _touches(doc.text, found[index].span, (word.span.start, word.span.end))

    zones = [(a.span.start, b.span.end) for a, b in zip(outcomes, outcomes[1:])
             if {a.labels[0], b.labels[0]} == {"killed", "injured"}
             # "morts et blessés", "des morts et des blessés", "de morts et de blessés"
             and _only_joins(folded(doc, a.span.end, b.span.start),
                             joins | _partitives(doc.lang or "") | _disjunctions(doc.lang or ""))
             and not (b.span.start in led and counted_before(a))]
    if not zones:
        return found
    starts = [zone[0] for zone in zones]
    widest = max(end - start for start, end in zones)

    def near(span) -> list[tuple[int, int]]:  # type: ignore[no-untyped-def]
        first = bisect_right(starts, span.start - COMBINED_REACH - widest - 1)
        last = bisect_right(starts, span.end + COMBINED_REACH)
        return zones[first:last]

    return [m for m in found if m.outcome not in ("killed", "injured")
            or not any(_touches(doc.text, m.span, zone) for zone in near(m.span))]


def _touches(text: str, span, zone: tuple[int, int]) -> bool:  # type: ignore[no-untyped-def]
    start, end = zone
    if span.start < end and start < span.end:
        return True
    gap = (span.end, start) if span.end <= start else (end, span.start)
    return gap[1] - gap[0] <= COMBINED_REACH and not _CLAUSE_MARK.search(text, gap[0], gap[1])


def _conjoined(doc: ArticleDoc, numbers: list[NumberMention], by_number: dict[int, CasualtyMention],
               *, outcomes: Sequence[LexMatch] = (), skip: Collection[int] = (),
               measures: Sequence[LexMatch] = ()) -> list[CasualtyMention]:
    """The figures with, in order, those that share the noun of the next one ("Fifteen ISGS
    and five JNIM fighters were killed": fifteen fighters too) or of the one before, when
    their own noun is left out ("four Malian soldiers and three Nigerien ones were killed",
    "quatre soldats maliens et trois nigériens ont été tués")."""
    conjunctions = conjunction_words(doc.lang or "")
    measures = sorted(measures, key=_START)  # once: sorted per number, quadratic in a long report
    found = []
    for i, number in enumerate(numbers):
        figure = by_number.get(i)
        after = by_number.get(i + 1)
        if figure is None and after is not None and after.group is not None:
            between = doc.text[number.span.end:numbers[i + 1].span.start]
            words = between.split() if len(between) <= MAX_NAME_CHARS else []
            if words and fold(words[-1]) in conjunctions and _plain_words(" ".join(words[:-1])) == 0:
                figure = _sharing(number, after)
        elif (figure is None or _a_nationality(doc, figure)) and number.span.start not in skip \
                and found and found[-1].group is not None:
            # a nationality after the number may be the adjective of the noun left out ("five
            # Malian soldiers and two Burkinabe ones"), not the nationals as a noun
            measured = _following(doc, measures, number) is not None
            if not measured and _elided(doc, found[-1], number, conjunctions, outcomes):
                figure = _sharing(number, found[-1])
        if figure is not None:
            found.append(figure)
    return found


def _a_nationality(doc: ArticleDoc, figure: CasualtyMention) -> bool:
    """Whether a figure's noun is a nationality ("two Burkinabe", `actors.yaml` `demonyms`)."""
    if figure.group != "people" or figure.number_span is None:
        return False
    demonyms = hits(doc, "actors", "demonyms")  # in text order: one bisection per figure
    at = bisect_left(demonyms, figure.number_span.end, key=_START)
    return any(d.span.end == figure.span.end for d in demonyms[at:at + 2])


def _sharing(number: NumberMention, other: CasualtyMention) -> CasualtyMention:
    """A figure of `number` with the outcome and group of the figure whose noun it shares."""
    return CasualtyMention(
        number.span, other.outcome, other.group, int(number.value),
        None if number.low is None else int(number.low),
        None if number.high is None else int(number.high), number.kind, number.span)


ELIDED_WORDS = 3  # "three Nigerien ones were killed": words from the number to the outcome


def _elided(doc: ArticleDoc, before: CasualtyMention, number: NumberMention,
            conjunctions: frozenset[str], outcomes: Sequence[LexMatch]) -> bool:
    """Whether a bare number joined by "and" to the figure before it counts that figure's
    people: at most one word (a nationality) and the conjunction between them, and an
    outcome of the same kind that is the verb of both, closing the clause soon after the
    number ("... were killed") or right before the first figure ("killed four ... and
    three ...", "قتل أربعة ... وثلاثة ...")."""
    # a clause mark between them ends it first: the figure before may lie far back, and
    # folding all the text since it for each number is quadratic. Two characters in, the
    # mark's test reads only text between them, as it does on the slice below
    if _CLAUSE_MARK.search(doc.text, before.span.end + 2, number.span.start):
        return False
    between = doc.text[before.span.end:number.span.start]
    words = folded(doc, before.span.end, number.span.start).split()
    # the conjunction may be written on the number ("وثلاثة", and three)
    joined = folded(doc, number.span.start, number.span.end)
    if any(joined.startswith(c) and not joined[len(c)].isspace() for c in conjunctions if len(c) < len(joined)):
        words.append(joined[:1])
    if not words or words[-1] not in conjunctions or len(words) > 2 or _CLAUSE_MARK.search(between):
        return False
    at = bisect_left(outcomes, number.span.end, key=_START)
    if at < len(outcomes) and outcomes[at].labels[0] == before.outcome:
        gap = doc.text[number.span.end:outcomes[at].span.start]
        if not _CLAUSE_MARK.search(gap) and len(_WORD.findall(gap)) <= ELIDED_WORDS:
            return True
    lead = bisect_left(outcomes, before.span.start, key=_START) - 1
    if lead < 0 or outcomes[lead].labels[0] != before.outcome:
        return False
    gap = doc.text[outcomes[lead].span.end:before.span.start]
    return not _CLAUSE_MARK.search(gap) and len(_WORD.findall(gap)) <= 1


def _unspecified(doc: ArticleDoc) -> list[NumberMention]:
    """Counts the text declines to give ("an unspecified number of", "عدد غير محدد")."""
    return [NumberMention(m.span, UNSPECIFIED, UNSPECIFIED, None, NumberKind.VAGUE)
            for m in hits(doc, "victims", "unspecified")]


def _without_subsets(doc: ArticleDoc, found: list[CasualtyMention]) -> list[CasualtyMention]:
    """Drop the figures a sentence gives as part of an earlier one ("three people,
    including a woman and a child"): they are already counted in it. A figure of another
    named group ("two soldiers, including an officer, and five attackers") stays."""
    markers = list(hits(doc, "victims", "subsets"))
    if not markers or len(found) < 2:
        return found
    heads = _Heads(doc, markers)
    kept: list[CasualtyMention] = []
    # in the order of the words that count (a number, else the noun at the end of a one-person
    # figure's span: "بمقتل 17 شخصا، بينهم قائد" reads the 17 before the commander)
    for figure in sorted(found, key=_anchor):
        head = heads.head_of(figure)
        if head is None or (head.group not in GENERIC and figure.group not in GENERIC
                            and head.group != figure.group):
            kept.append(figure)
            heads.add(figure)
    return sorted(kept, key=_START)


def _anchor(figure: CasualtyMention) -> int:
    return figure.number_span.start if figure.number_span is not None else figure.span.end - 1


class _Heads:
    """The figures kept so far, by sentence (and by sentence and outcome), in the order of
    their anchors, for `head_of`: a few bisections per figure, where reading every kept
    figure and every marker for each one is quadratic in a long report's figures."""

    def __init__(self, doc: ArticleDoc, markers: list[LexMatch]) -> None:
        self.doc = doc
        self.sentences = doc.sentences or ()
        self.markers = markers  # in text order
        self.marker_starts = [m.span.start for m in markers]
        self.kept: dict[tuple[object, ...], tuple[list[int], list[CasualtyMention]]] = {}

    def _sentence(self, span: Span) -> int | None:
        return sentence_index(self.sentences, span) if self.sentences else None

    def add(self, figure: CasualtyMention) -> None:
        """Keep `figure` (figures come in the order of their anchors)."""
        at = self._sentence(figure.span)
        for key in ((at,), (at, figure.outcome)):
            anchors, figures = self.kept.setdefault(key, ([], []))
            anchors.append(_anchor(figure))
            figures.append(figure)

    def head_of(self, figure: CasualtyMention) -> CasualtyMention | None:
        """The earlier figure of the same sentence and outcome that a subset marker between
        them ("including", "dont", "بينهم") makes `figure` a part of. A figure right after the
        marker is a part whatever outcome word follows it: "قتل 21 شخصا بينهم شرطيان وأصيب
        آخرون" (21 killed, two policemen among them, others wounded) counts no wounded police.
        The last marker before the figure's anchor stands between it and every kept figure
        anchored before that marker; the latest of those (of its outcome, unless only space
        parts the marker from the figure) is the head."""
        last = bisect_left(self.marker_starts, _anchor(figure)) - 1
        if last < 0:
            return None
        marker = self.markers[last]
        at = self._sentence(figure.span)
        right_after = self.doc.text[marker.span.end:figure.span.start].isspace()
        anchors, figures = self.kept.get((at,) if right_after else (at, figure.outcome), ((), ()))
        before = bisect_left(anchors, marker.span.start)  # anchored before the marker
        return figures[before - 1] if before else None


SPEC = layer_stage("casualties.v1", layer="casualties", find=find_casualties, requires={"text", "lang", "sentences", "numbers", "dates"})
