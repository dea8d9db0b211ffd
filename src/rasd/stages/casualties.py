"""casualties.v1: figures of people killed, injured, abducted, missing or arrested.

A number is a casualty figure when a group noun or an outcome noun follows it closely
("12 soldiers", "قتل ثلاثة جنود", "12 morts", "5 blessés") and an outcome word stands near
it in the same sentence ("were killed", "tuant", "أصيب"), or when an outcome verb stands
right before it and no unit follows ("killing two", but not "killed 12 km from"). `resources/<lang>/victims.yaml`:
`outcomes` (killed | injured | abducted | missing | arrested → terms), `groups` (soldiers |
police | auxiliaries | civilians | attackers | peacekeepers | people → nouns),
`casualties_only` (words like "casualties"; ACLED codes them as 0 killed, which holds
without reading them, since only counted deaths make `fatalities`).
"""

from __future__ import annotations

import re

from rasd.doc import ArticleDoc, CasualtyMention, NumberKind, NumberMention
from rasd.lexicon import LexMatch
from rasd.normalize import fold, norm_view
from rasd.registry import layer_stage
from rasd.stages.lexical import hits, per_language, section
from rasd.stages.nearby import in_same_sentence, nearest, words_between

MAX_NOUN_GAP = 2  # "12 Malian soldiers", "ثلاثة من الجنود"
MAX_OUTCOME_WORDS = 8
# "a soldier and a gendarme were killed"; further off, "a" + noun is rarely the victim
# ("a terrorist logistics base in the forest, neutralising several")
MAX_SINGLE_WORDS = 4
# "an unspecified number of militants were killed": ACLED's lowest plural reading, the
# value the numbers stage gives "a number of" and "several" (DESIGN §2)
UNSPECIFIED = 3


def _following(doc: ArticleDoc, hits: list[LexMatch], number: NumberMention, *,
               max_gap: int = MAX_NOUN_GAP) -> LexMatch | None:
    """The first hit right after the number (or containing it, for Arabic duals)."""
    for hit in hits:
        if hit.span.start <= number.span.start and number.span.end <= hit.span.end:
            return hit
        if hit.span.start >= number.span.end:
            if words_between(doc.text, number.span, hit.span, cap=max_gap) <= max_gap:
                return hit
            return None
    return None


def _not_a_date(doc: ArticleDoc, number: NumberMention) -> bool:
    return not any(d.span.start <= number.span.start and number.span.end <= d.span.end
                   for d in doc.dates or ())


def _preceding(doc: ArticleDoc, hits: list[LexMatch], number: NumberMention) -> LexMatch | None:
    """A word right before the number ("killing two", "قتل ثلاثة", "راعيين اثنين")."""
    for hit in reversed(hits):
        if hit.span.end <= number.span.start:
            # only a space between: "was killed, two others wounded" starts a new clause
            return hit if doc.text[hit.span.end:number.span.start].isspace() else None
    return None


def _figure(doc: ArticleDoc, number: NumberMention, groups: list[LexMatch],
            outcomes: list[LexMatch], units: list[LexMatch], *,
            next_number: int | None = None,
            closed: set[int] = frozenset(),  # type: ignore[assignment]
            led: set[int] = frozenset()) -> tuple[CasualtyMention, LexMatch] | None:  # type: ignore[assignment]
    group = _following(doc, groups, number)
    if group is not None and next_number is not None and next_number < group.span.start:
        group = None  # "(grade 2), three soldiers": the noun belongs to the next number
    if group is None and _following(doc, units, number) is None:
        group = _preceding(doc, groups, number)  # a numeral after its noun: "راعيين اثنين"
    # an outcome noun counted by the number stands right after it ("12 قتيلا", "12 morts");
    # a word further on is a verb of the next clause ("12 جندياً مالياً وأصيب ...")
    noun_outcome = _following(doc, outcomes, number, max_gap=0)
    verb_before = _preceding(doc, outcomes, number)
    if group is None and noun_outcome is None:
        if verb_before is None or _following(doc, units, number) is not None:
            return None
    head = group or noun_outcome or verb_before
    # distance from the whole figure, so that a verb right before the number ("قتل ثلاثة
    # جنود وأصيب خمسة") is as near as one right after the noun, and wins the tie
    open_outcomes = [o for o in outcomes
                     if not (o.span.start in closed and o.span.end <= number.span.start)
                     and (o.span.start not in led or o.span.end <= number.span.start)]
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
    found = []
    numbers = sorted([*(doc.numbers or ()), *_unspecified(doc)], key=lambda n: n.span.start)
    # an outcome word that follows its figure closes that clause: "two women were killed
    # and two children wounded" does not make the children killed
    closed: set[int] = set()
    # and an outcome word right before a later number is that number's ("opened fire on two
    # peacekeepers, killing one"): the two are not all killed
    starts = {n.span.start for n in numbers}
    led = {o.span.start for o in outcomes
           if (gap := _SPACES.match(doc.text, o.span.end)) is not None and gap.end() in starts}
    for i, number in enumerate(numbers):
        if not _not_a_date(doc, number) or not float(number.value).is_integer():
            continue
        local_groups = in_same_sentence(doc.sentences or (), groups, number.span)
        local_outcomes = in_same_sentence(doc.sentences or (), outcomes, number.span)
        next_number = numbers[i + 1].span.start if i + 1 < len(numbers) else None
        result = _figure(doc, number, local_groups, local_outcomes, units, next_number=next_number,
                         closed=closed, led=led)
        if result is not None:
            found.append(result[0])
            if result[1].span.start >= number.span.end:
                closed.add(result[1].span.start)
    counted = [f.span for f in found]
    for single in (*_one_person(doc, groups, outcomes), *_lone_victims(doc, outcomes, closed)):
        if not any(c.start < single.span.end and single.span.start < c.end for c in counted):
            found.append(single)
            counted.append(single.span)
    return _without_subsets(doc, sorted(found, key=lambda f: f.span.start))


def _unspecified(doc: ArticleDoc) -> list[NumberMention]:
    """Counts the text declines to give ("an unspecified number of", "عدد غير محدد")."""
    return [NumberMention(m.span, UNSPECIFIED, UNSPECIFIED, None, NumberKind.VAGUE)
            for m in hits(doc, "victims", "unspecified")]


MAX_LONE_GAP = 3  # "killed the imam", "the village chief of Dioura was killed"


def _lone_victims(doc: ArticleDoc, outcomes: list[LexMatch], closed: set[int]) -> list[CasualtyMention]:
    """One person named by role with no number ("assassinated the imam", "the village
    chief was killed"): the role noun right after an outcome word (its object), else,
    when no outcome took it as object, right before one (its subject). An outcome that
    closed a figure's clause ("two children were shot dead and their mother wounded")
    takes no object."""
    nouns = list(hits(doc, "victims", "lone_victims"))
    if not nouns:
        return []
    pairs: dict[int, tuple[LexMatch, LexMatch]] = {}  # outcome start → (outcome, noun)
    taken: set[int] = set()
    for outcome in reversed(outcomes):  # the nearest outcome takes its object
        if outcome.span.start in closed:
            continue
        local = in_same_sentence(doc.sentences or (), nouns, outcome.span)
        after = [n for n in local if n.span.start >= outcome.span.end and _near(doc, outcome, n)
                 and n.span.start not in taken]
        if after:
            pairs[outcome.span.start] = (outcome, after[0])
            taken.add(after[0].span.start)
    for outcome in outcomes:
        local = in_same_sentence(doc.sentences or (), nouns, outcome.span)
        before = [n for n in local if n.span.end <= outcome.span.start and _near(doc, n, outcome)
                  and n.span.start not in taken]
        if outcome.span.start not in pairs and before:
            pairs[outcome.span.start] = (outcome, before[-1])
    return [CasualtyMention(noun.span.cover(outcome.span), outcome.labels[0], noun.labels[0],
                            1, 1, 1, NumberKind.EXACT, None)
            for outcome, noun in sorted(pairs.values(), key=lambda p: p[0].span.start)]


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


GENERIC = (None, "people")


def _subset_head(doc: ArticleDoc, kept: list[CasualtyMention], markers: list[LexMatch],
                 figure: CasualtyMention) -> CasualtyMention | None:
    """The earlier figure of the same sentence and outcome that a subset marker between
    them ("including", "dont", "بينهم") makes `figure` a part of."""
    sentences = doc.sentences or ()
    for head in reversed(kept):
        if head.outcome != figure.outcome or not in_same_sentence(sentences, [head], figure.span):
            continue
        if any(head.span.start < m.span.start < figure.span.start for m in markers):
            return head
    return None


_NEXT_WORD = re.compile(r"\s+(\w+)")
_SPACES = re.compile(r"\s+")


@per_language
def _singular(lang: str) -> frozenset[str]:
    return frozenset(fold(w) for w in section(lang, "context", "singular") or ())


def _one_person(doc: ArticleDoc, groups: list[LexMatch], outcomes: list[LexMatch]) -> list[CasualtyMention]:
    """Figures of one person given by an article: "killed a civilian", "a soldier was
    wounded" (group within two words of the article, outcome within the sentence)."""
    view = norm_view(doc)
    articles = _singular(doc.lang or "")
    if not articles:
        return []
    found = []
    for group in groups:
        before = view.text[max(0, group.norm_start - 12):group.norm_start].split()
        if not before or before[-1] not in articles:
            continue
        local = in_same_sentence(doc.sentences or (), outcomes, group.span)
        outcome = nearest(doc.text, local, group.span, max_words=MAX_SINGLE_WORDS)
        if outcome is not None:
            found.append(CasualtyMention(group.span.cover(outcome.span), outcome.labels[0],
                                         group.labels[0], 1, 1, 1, NumberKind.EXACT, None))
    taken = [f.span for f in found]
    for outcome in outcomes:  # "killed a GATIA officer", "kidnapped a trader"
        after = _NEXT_WORD.match(view.text, outcome.norm_end)
        if after is None or after.group(1) not in articles:
            continue
        span = outcome.span.cover(view.orig_span(after.start(1), after.end(1)))
        if not any(t.start <= outcome.span.start < t.end for t in taken):
            found.append(CasualtyMention(span, outcome.labels[0], None, 1, 1, 1,
                                         NumberKind.EXACT, None))
    return found


SPEC = layer_stage("casualties.v1", layer="casualties", find=find_casualties, requires={"text", "lang", "sentences", "numbers", "dates"})
