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
from collections.abc import Sequence
from dataclasses import replace
from operator import attrgetter

from rasd.doc import ArticleDoc, CasualtyMention, NumberKind, NumberMention, Sentence, Span
from rasd.lexicon import LexMatch
from rasd.normalize import fold, norm_view
from rasd.registry import layer_stage
from rasd.stages.lexical import hits, per_language, section
from rasd.stages.nearby import M, by_sentence, nearest, sentence_index, words_between

MAX_NOUN_GAP = 2  # "12 Malian soldiers", "ثلاثة من الجنود"
MAX_OUTCOME_WORDS = 8
# "a soldier and a gendarme were killed"; further off, "a" + noun is rarely the victim
# ("a terrorist logistics base in the forest, neutralising several")
MAX_SINGLE_WORDS = 4
# "an unspecified number of militants were killed": ACLED's lowest plural reading, the
# value the numbers stage gives "a number of" and "several" (DESIGN §2)
UNSPECIFIED = 3
MAX_LONE_GAP = 3  # "killed the imam", "the village chief of Dioura was killed"
MAX_CHAIN_WORDS = 4  # "the driver and a passenger", "an officer and one of his aides"
GENERIC = (None, "people")
_NEXT_WORD = re.compile(r"\s+(\w+)")
_SPACES = re.compile(r"\s+")
MAX_NAMES = 3  # "10 Ansaroul Islam (JNIM) militants", "27 Dan Na Ambassagou militiamen"
MAX_NAME_CHARS = 60
_CLAUSE_MARK = re.compile(r"[,;:.!?،؛]")
_START = attrgetter("span.start")
_WORD = re.compile(r"\w+")


def _following(doc: ArticleDoc, hits: list[LexMatch], number: NumberMention, *,
               max_gap: int = MAX_NOUN_GAP) -> LexMatch | None:
    """The first hit right after the number (or containing it, for Arabic duals)."""
    for hit in hits:
        if hit.span.start <= number.span.start and number.span.end <= hit.span.end:
            return hit
        if hit.span.start >= number.span.end:
            start, end = number.span.end, hit.span.start
            if words_between(doc.text, number.span, hit.span, cap=max_gap) <= max_gap:
                return None if _broken(doc.text, start, end) else hit  # "(grade 2), killing nine"
            if end - start > MAX_NAME_CHARS:
                return None
            between = doc.text[start:end]
            # with no capital letter, no word is a name: the gap is what words_between said
            return hit if between != between.lower() and _plain_words(between) <= max_gap else None
    return None


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
    for hit in groups:
        if hit.span.start >= group.span.end:
            if not doc.text[group.span.end:hit.span.start].isspace():
                break
            group = hit if hit.labels[0] not in GENERIC else replace(hit, labels=group.labels)
    return group


def _local(sentences: Sequence[Sentence], grouped: dict[int, list[M]], items: list[M],
           span: Span) -> list[M]:
    """`in_same_sentence` from items grouped once by `by_sentence`."""
    if not sentences:
        return items
    at = sentence_index(sentences, span)
    return grouped.get(at, []) if at >= 0 else []


def _in_dates(doc: ArticleDoc, numbers: list[NumberMention]) -> set[int]:
    """The starts of the numbers that are part of a date."""
    dates = sorted((d.span.start, d.span.end) for d in doc.dates or ())
    at = [bisect_right(dates, (n.span.start, len(doc.text))) - 1 for n in numbers]
    return {n.span.start for n, i in zip(numbers, at) if i >= 0 and n.span.end <= dates[i][1]}


def _preceding(doc: ArticleDoc, hits: list[LexMatch], number: NumberMention) -> LexMatch | None:
    """A word right before the number ("killing two", "قتل ثلاثة", "راعيين اثنين")."""
    for hit in reversed(hits):
        if hit.span.end <= number.span.start:
            # only a space between: "was killed, two others wounded" starts a new clause
            return hit if doc.text[hit.span.end:number.span.start].isspace() else None
    return None


def _figure(doc: ArticleDoc, number: NumberMention, groups: list[LexMatch], outcomes: list[LexMatch],
            units: list[LexMatch], *, next_number: int | None, closed: set[int], led: set[int],
            causes: list[LexMatch]) -> tuple[CasualtyMention, LexMatch] | None:
    group = _following(doc, groups, number)
    if group is not None and next_number is not None and next_number < group.span.start:
        group = None  # "(grade 2), three soldiers": the noun belongs to the next number
    if group is None and _following(doc, units, number) is None:
        group = _preceding(doc, groups, number)  # a numeral after its noun: "راعيين اثنين"
    # an outcome noun counted by the number stands right after it ("12 قتيلا", "12 morts");
    # a word further on is a verb of the next clause ("12 جندياً مالياً وأصيب ...")
    noun_outcome = _following(doc, outcomes, number, max_gap=0)
    verb_before = _preceding(doc, outcomes, number)
    if group is None and noun_outcome is None and (
            verb_before is None or _following(doc, units, number) is not None):
        return None
    if group is not None:
        group = _compound(doc, groups, group)
    head = group or noun_outcome or verb_before
    # distance from the whole figure, so that a verb right before the number ("قتل ثلاثة
    # جنود وأصيب خمسة") is as near as one right after the noun, and wins the tie; an outcome
    # past a cause cue is another incident's ("youths protested in reaction to the killing")
    open_outcomes = [o for o in outcomes
                     if not (o.span.start in closed and o.span.end <= number.span.start)
                     and (o.span.start not in led or o.span.end <= number.span.start)
                     and not any(number.span.end <= c.span.start < o.span.start for c in causes)]
    outcome = noun_outcome or verb_before or nearest(
        doc.text, open_outcomes, number.span.cover(head.span), max_words=MAX_OUTCOME_WORDS)
    if outcome is None:
        return None
    return CasualtyMention(
        span=number.span.cover(head.span), outcome=outcome.labels[0],
        group=None if group is None else group.labels[0], value=int(number.value),
        low=None if number.low is None else int(number.low),
        high=None if number.high is None else int(number.high),
        kind=number.kind, number_span=number.span,
    ), outcome


def find_casualties(doc: ArticleDoc) -> list[CasualtyMention]:
    """Casualty figures in text order."""
    groups = list(hits(doc, "victims", "groups"))
    outcomes = list(hits(doc, "victims", "outcomes"))
    units = list(hits(doc, "context", "units"))
    causes = hits(doc, "claims", "causes")  # "in reaction to": what follows is another incident
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
    groups_at, outcomes_at = by_sentence(sentences, groups), by_sentence(sentences, outcomes)
    units_at = by_sentence(sentences, units)  # "killed 12 km from": in the number's sentence
    for i, number in enumerate(numbers):
        if number.span.start in dated or not float(number.value).is_integer():
            continue
        local_groups = _local(sentences, groups_at, groups, number.span)
        local_outcomes = _local(sentences, outcomes_at, outcomes, number.span)
        next_number = numbers[i + 1].span.start if i + 1 < len(numbers) else None
        local_units = _local(sentences, units_at, units, number.span)
        result = _figure(doc, number, local_groups, local_outcomes, local_units, closed=closed,
                         next_number=next_number, led=led, causes=causes)
        if result is not None:
            by_number[i] = result[0]
            if result[1].span.start >= number.span.end:
                closed.add(result[1].span.start)
    found = _conjoined(doc, numbers, by_number)
    found += _singles(doc, found, outcomes, [*_one_person(doc, groups, outcomes, led, outcomes_at),
                                             *_lone_victims(doc, outcomes, closed)])
    return _without_subsets(doc, sorted(found, key=lambda f: f.span.start))


def _singles(doc: ArticleDoc, found: list[CasualtyMention], outcomes: list[LexMatch],
             named: list[tuple[CasualtyMention, Span]]) -> list[CasualtyMention]:
    """The one-person figures not counted yet. One person is counted once, by the noun that
    names them ("killed the driver and a passenger" is two, "killed a village chief" one);
    an outcome with just an article ("killed a GATIA officer") only when nothing else took it."""
    counted, nouns, added = [f.span for f in found], [f.span for f in found], []
    for single, noun in named:
        if not any(c.start < noun.end and noun.start < c.end for c in nouns):
            added.append(single)
            counted.append(single.span)
            nouns.append(noun)
    for single in _article_objects(doc, outcomes):
        if not any(c.start < single.span.end and single.span.start < c.end for c in counted):
            added.append(single)
            counted.append(single.span)
    return added


@per_language
def _conjunctions(lang: str) -> frozenset[str]:
    # the words that join the parts of one number ("and") join two figures too
    return frozenset(fold(w) for w in section(lang, "numbers", "conjunction") or ())


def _conjoined(doc: ArticleDoc, numbers: list[NumberMention],
               by_number: dict[int, CasualtyMention]) -> list[CasualtyMention]:
    """The figures with, in order, those that share the noun of the next one ("Fifteen ISGS
    and five JNIM fighters were killed": fifteen fighters too)."""
    conjunctions = _conjunctions(doc.lang or "")
    found = []
    for i, number in enumerate(numbers):
        figure = by_number.get(i)
        after = by_number.get(i + 1)
        if figure is None and after is not None and after.group is not None:
            between = doc.text[number.span.end:numbers[i + 1].span.start]
            words = between.split() if len(between) <= MAX_NAME_CHARS else []
            if words and fold(words[-1]) in conjunctions and _plain_words(" ".join(words[:-1])) == 0:
                figure = CasualtyMention(
                    number.span, after.outcome, after.group, int(number.value),
                    None if number.low is None else int(number.low),
                    None if number.high is None else int(number.high), number.kind, number.span)
        if figure is not None:
            found.append(figure)
    return found


def _unspecified(doc: ArticleDoc) -> list[NumberMention]:
    """Counts the text declines to give ("an unspecified number of", "عدد غير محدد")."""
    return [NumberMention(m.span, UNSPECIFIED, UNSPECIFIED, None, NumberKind.VAGUE)
            for m in hits(doc, "victims", "unspecified")]


def _lone_victims(doc: ArticleDoc, outcomes: list[LexMatch],
                  closed: set[int]) -> list[tuple[CasualtyMention, Span]]:
    """One person named by role with no number ("assassinated the imam", "the village
    chief was killed"): the role noun right after an outcome word (its object), else,
    when no outcome took it as object, right before one (its subject). An outcome that
    closed a figure's clause ("two children were shot dead and their mother wounded")
    takes no object."""
    nouns = list(hits(doc, "victims", "lone_victims"))
    if not nouns:
        return []
    sentences = doc.sentences or ()
    nouns_at = by_sentence(sentences, nouns)
    pairs: dict[int, tuple[LexMatch, LexMatch]] = {}  # outcome start → (outcome, noun)
    taken: set[int] = set()
    for outcome in reversed(outcomes):  # the nearest outcome takes its object
        if outcome.span.start in closed:
            continue
        local = _local(sentences, nouns_at, nouns, outcome.span)
        after = [n for n in local if n.span.start >= outcome.span.end and _near(doc, outcome, n)
                 and n.span.start not in taken]
        if after:
            pairs[outcome.span.start] = (outcome, after[0])
            taken.add(after[0].span.start)
    for outcome in outcomes:
        local = _local(sentences, nouns_at, nouns, outcome.span)
        before = [n for n in local if n.span.end <= outcome.span.start and _near(doc, n, outcome)
                  and n.span.start not in taken]
        if outcome.span.start not in pairs and before:
            pairs[outcome.span.start] = (outcome, before[-1])
    found = []
    for outcome, noun in sorted(pairs.values(), key=lambda p: p[0].span.start):
        local = _local(sentences, nouns_at, nouns, outcome.span)
        for person in (noun, *_chained(doc, local, noun, forward=noun.span.start >= outcome.span.end)):
            found.append((_one(person.span.cover(outcome.span), outcome, person.labels[0]), person.span))
    return found


def _chained(doc: ArticleDoc, nouns: list[LexMatch], noun: LexMatch, *,
             forward: bool) -> list[LexMatch]:
    """The role nouns joined to `noun` by a conjunction, away from its outcome word ("beheaded
    a woman and her child", "the village chief and a child were killed")."""
    conjunctions = _conjunctions(doc.lang or "")
    chain: list[LexMatch] = []
    for other in (nouns if forward else reversed(nouns)):
        last = chain[-1] if chain else noun
        left, right = (last, other) if forward else (other, last)
        if right.span.start < left.span.end:
            continue
        words = fold(doc.text[left.span.end:right.span.start]).replace(",", " ").split()
        if not words or words[0] not in conjunctions or len(words) > MAX_CHAIN_WORDS:
            break
        chain.append(other)
    return chain


def _near(doc: ArticleDoc, left: LexMatch, right: LexMatch) -> bool:
    return words_between(doc.text, left.span, right.span, cap=MAX_LONE_GAP) <= MAX_LONE_GAP


def _without_subsets(doc: ArticleDoc, found: list[CasualtyMention]) -> list[CasualtyMention]:
    """Drop the figures a sentence gives as part of an earlier one ("three people,
    including a woman and a child"): they are already counted in it. A figure of another
    named group ("two soldiers, including an officer, and five attackers") stays."""
    markers = list(hits(doc, "victims", "subsets"))
    if not markers or len(found) < 2:
        return found
    kept: list[CasualtyMention] = []
    for figure in found:
        head = _subset_head(doc, kept, markers, figure)
        if head is None or (head.group not in GENERIC and figure.group not in GENERIC
                            and head.group != figure.group):
            kept.append(figure)
    return kept


def _subset_head(doc: ArticleDoc, kept: list[CasualtyMention], markers: list[LexMatch],
                 figure: CasualtyMention) -> CasualtyMention | None:
    """The earlier figure of the same sentence and outcome that a subset marker between
    them ("including", "dont", "بينهم") makes `figure` a part of."""
    sentences = doc.sentences or ()
    for head in reversed(kept):
        if head.outcome != figure.outcome or (sentences and sentence_index(sentences, head.span)
                                              != sentence_index(sentences, figure.span)):
            continue
        if any(head.span.start < m.span.start < figure.span.start for m in markers):
            return head
    return None


@per_language
def _singular(lang: str) -> frozenset[str]:
    return frozenset(fold(w) for w in section(lang, "context", "singular") or ())


def _one_person(doc: ArticleDoc, groups: list[LexMatch], outcomes: list[LexMatch], led: set[int],
                outcomes_at: dict[int, list[LexMatch]]) -> list[tuple[CasualtyMention, Span]]:
    """Figures of one person given by an article, with the group noun: "killed a civilian",
    "a soldier was wounded" (outcome within the sentence)."""
    view = norm_view(doc)
    articles = _singular(doc.lang or "")
    sentences = doc.sentences or ()
    found = []
    for group in groups if articles else ():
        before = view.text[max(0, group.norm_start - 12):group.norm_start].split()
        if not before or before[-1] not in articles:
            continue
        # an outcome after a clause mark is another clause's ("a National Guard vehicle in
        # Menaka, killing one soldier"), and so is one that leads its own figure ("killed a
        # policeman and a bystander and wounded two others")
        local = [o for o in _local(sentences, outcomes_at, outcomes, group.span)
                 if o.span.start < group.span.end or not (
                     o.span.start in led or _CLAUSE_MARK.search(doc.text, group.span.end, o.span.start))]
        outcome = nearest(doc.text, local, group.span, max_words=MAX_SINGLE_WORDS)
        if outcome is not None:
            found.append((_one(group.span.cover(outcome.span), outcome, group.labels[0]), group.span))
    return found


def _article_objects(doc: ArticleDoc, outcomes: list[LexMatch]) -> list[CasualtyMention]:
    """One person as the object of an outcome word, named by no known noun: "killed a GATIA
    officer", "kidnapped a trader"."""
    view = norm_view(doc)
    articles = _singular(doc.lang or "")
    found = []
    for outcome in outcomes if articles else ():
        after = _NEXT_WORD.match(view.text, outcome.norm_end)
        if after is None or after.group(1) not in articles:
            continue
        span = outcome.span.cover(view.orig_span(after.start(1), after.end(1)))
        if not _counted_next(doc, span):  # "killing a reported ten militants"
            found.append(_one(span, outcome, None))
    return found


def _one(span: Span, outcome: LexMatch, group: str | None) -> CasualtyMention:
    return CasualtyMention(span, outcome.labels[0], group, 1, 1, 1, NumberKind.EXACT, None)


def _counted_next(doc: ArticleDoc, span: Span) -> bool:
    """Whether a number follows `span` within MAX_NOUN_GAP words."""
    numbers = doc.numbers or ()
    after = bisect_left(numbers, span.end, key=_START)
    return after < len(numbers) and words_between(
        doc.text, span, numbers[after].span, cap=MAX_NOUN_GAP) <= MAX_NOUN_GAP - 1


SPEC = layer_stage("casualties.v1", layer="casualties", find=find_casualties, requires={"text", "lang", "sentences", "numbers", "dates"})
