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
    """An outcome word right before the number ("killing two", "قتل ثلاثة")."""
    for hit in reversed(hits):
        if hit.span.end <= number.span.start:
            return hit if words_between(doc.text, hit.span, number.span, cap=0) == 0 else None
    return None


def _figure(doc: ArticleDoc, number: NumberMention, groups: list[LexMatch],
            outcomes: list[LexMatch], units: list[LexMatch], *,
            next_number: int | None = None) -> CasualtyMention | None:
    group = _following(doc, groups, number)
    if group is not None and next_number is not None and next_number < group.span.start:
        group = None  # "(grade 2), three soldiers": the noun belongs to the next number
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
    outcome = noun_outcome or verb_before or nearest(
        doc.text, outcomes, number.span.cover(head.span), max_words=MAX_OUTCOME_WORDS)
    if outcome is None:
        return None
    return CasualtyMention(
        span=number.span.cover(head.span), outcome=outcome.labels[0],
        group=None if group is None else group.labels[0], value=int(number.value),
        low=None if number.low is None else int(number.low),
        high=None if number.high is None else int(number.high),
        kind=number.kind, number_span=number.span,
    )


def find_casualties(doc: ArticleDoc) -> list[CasualtyMention]:
    """Casualty figures in text order."""
    groups = list(hits(doc, "victims", "groups"))
    outcomes = list(hits(doc, "victims", "outcomes"))
    units = list(hits(doc, "context", "units"))
    found = []
    numbers = list(doc.numbers or ())
    for i, number in enumerate(numbers):
        if not _not_a_date(doc, number) or not float(number.value).is_integer():
            continue
        local_groups = in_same_sentence(doc.sentences or (), groups, number.span)
        local_outcomes = in_same_sentence(doc.sentences or (), outcomes, number.span)
        next_number = numbers[i + 1].span.start if i + 1 < len(numbers) else None
        figure = _figure(doc, number, local_groups, local_outcomes, units, next_number=next_number)
        if figure is not None:
            found.append(figure)
    counted = [f.span for f in found]
    for single in _one_person(doc, groups, outcomes):
        if not any(c.start < single.span.end and single.span.start < c.end for c in counted):
            found.append(single)
    return sorted(found, key=lambda f: f.span.start)


_NEXT_WORD = re.compile(r"\s+(\w+)")


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
        outcome = nearest(doc.text, local, group.span, max_words=MAX_OUTCOME_WORDS)
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
