"""Reconciling casualty figures within one incident.

Figures are kept per (outcome, group). The same group counted twice (two sentences, two
sources) is one count whose bounds span both reports and whose best value is the lowest
credible one (ACLED's conservative rule). Different groups add up, and so do figures of
one group within one passage of one voice ("18 ISGS and 10 JNIM fighters were killed",
"killed the driver and two passengers"): such a passage lists its dead once. Passages
break at sentence ends and where another source speaks ("the group said it killed 100
soldiers, while security sources said 40 soldiers were killed" is two reports). A figure for
unspecified "people" that is at least the sum of the specific groups is taken as the
total rather than added to them.

A figure given as the cause of the event ("demonstrated in reaction to the killing of two
youths", `resources/<lang>/claims.yaml` `causes`) counts an earlier incident, not this one.
A figure the text itself calls unverified ("the information could not be independently
verified", "unconfirmed reports say") is left out, as ACLED codes such claims 0 when nothing
else confirms them: `resources/<lang>/claims.yaml` `unverified`. The cue covers the figures
of its own sentence, or those of the sentence before when its own has none, and any repeat
of a covered figure (same outcome, group and count) elsewhere in the text; a figure that a
reporting source gives (security sources, media, residents) stands.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass

from rasd.doc import ArticleDoc, CasualtyMention, ClaimMention, NumberKind
from rasd.languages import rules_for
from rasd.lexicon import LexMatch, term_alternation
from rasd.normalize import fold
from rasd.stages.lexical import hits, per_language, section
from rasd.stages.nearby import sentence_index

GENERIC_GROUPS = (None, "people")


@dataclass(frozen=True, slots=True)
class Figure:
    low: int | None
    best: int
    high: int | None


def _one(mention: CasualtyMention) -> Figure:
    low = mention.low if mention.low is not None else None
    if mention.kind in (NumberKind.AT_MOST, NumberKind.LESS_THAN):
        low = None
    return Figure(low, mention.value, mention.high)


def _merge_same_group(figures: list[Figure]) -> Figure:
    lows = [f.low for f in figures]
    highs = [f.high for f in figures]
    best = min(f.best for f in figures)
    low = None if any(v is None for v in lows) else min(lows)  # type: ignore[type-var]
    high = None if any(v is None for v in highs) else max(highs)  # type: ignore[type-var]
    return Figure(low, best, high)


def _add(a: Figure, b: Figure) -> Figure:
    low = None if a.low is None or b.low is None else a.low + b.low
    high = None if a.high is None or b.high is None else a.high + b.high
    return Figure(low, a.best + b.best, high)


def total(mentions: Iterable[CasualtyMention], outcome: str, *,
          breaks: Sequence[int] = (), added: Collection[int] = ()) -> Figure | None:
    """The reconciled count of one outcome (e.g. killed) over all groups, or None.

    `breaks`: sorted offsets where a passage starts (sentences, sources); without them
    every figure of a group is its own report. `added`: the starts of figures counted on
    top of the others (see `additional`), never within a larger total."""
    chosen = [m for m in mentions if m.outcome == outcome]
    base = _reconcile([m for m in chosen if m.span.start not in added], breaks)
    extra = _reconcile([m for m in chosen if m.span.start in added], breaks)
    if base is None or extra is None:
        return base or extra
    return _add(base, extra)


def _reconcile(mentions: list[CasualtyMention], breaks: Sequence[int]) -> Figure | None:
    by_group: dict[str | None, dict[int, list[Figure]]] = defaultdict(lambda: defaultdict(list))
    for n, mention in enumerate(mentions):
        where = bisect_right(breaks, mention.span.start) if breaks else -n - 1
        by_group[mention.group][where].append(_one(mention))
    if not by_group:
        return None
    merged = {group: _merge_same_group([_sum(figs) for figs in per_sentence.values()])  # type: ignore[misc]
              for group, per_sentence in by_group.items()}
    specific = [f for g, f in merged.items() if g not in GENERIC_GROUPS]
    generic = [f for g, f in merged.items() if g in GENERIC_GROUPS]
    specific_sum = _sum(specific)
    generic_max = max(generic, key=lambda f: f.best) if generic else None
    if generic_max is None:
        return specific_sum
    if specific_sum is None or generic_max.best >= specific_sum.best:
        return generic_max
    return _add(specific_sum, generic_max)


def _sum(figures: list[Figure]) -> Figure | None:
    if not figures:
        return None
    result = figures[0]
    for figure in figures[1:]:
        result = _add(result, figure)
    return result


def countable(doc: ArticleDoc, mentions: Sequence[CasualtyMention]) -> list[CasualtyMention]:
    """The figures that count toward the event's totals: neither called unverified by the
    text nor given as its cause (see the module docstring)."""
    sentences = doc.sentences or ()
    if not sentences or not mentions:
        return list(mentions)
    causes = hits(doc, "claims", "causes")
    kept = [m for m in mentions if not _a_cause(doc, causes, m)] if causes else list(mentions)
    cues = hits(doc, "claims", "unverified")
    if not cues:
        return kept
    where = [sentence_index(sentences, m.span) for m in kept]
    holding = set(where)
    cued = {i if i in holding else i - 1 for i in (sentence_index(sentences, c.span) for c in cues)}
    doubted = [i in cued and not _from_a_source(doc, m) for m, i in zip(kept, where)]
    repeats = {(m.outcome, m.group, m.value) for m, d in zip(kept, doubted) if d}
    return [m for m, d in zip(kept, doubted)
            if not d and (m.outcome, m.group, m.value) not in repeats]


MAX_CAUSE_CHARS = 100  # a dozen words: "in reaction to a military operation that left one dead"
_CLAUSE_MARK = re.compile(r"[,;:.!?،؛]")


def _a_cause(doc: ArticleDoc, causes: list[LexMatch], mention: CasualtyMention) -> bool:
    """Whether a cause cue opens the clause that holds the figure, close before it ("in
    reaction to the killing of three youths")."""
    start = mention.span.start
    return any(0 <= start - c.span.end <= MAX_CAUSE_CHARS
               and not _CLAUSE_MARK.search(doc.text, c.span.end, start) for c in causes)


# sources that report rather than take part: their figures stand when a party's are doubted
# ("the group said it killed 100 soldiers, while security sources said 40 were killed")
SOURCES = frozenset({"security_source", "independent_media", "local_source",
                     "international_organisation"})


def _from_a_source(doc: ArticleDoc, mention: CasualtyMention) -> bool:
    """Whether the claim that gives the figure is a reporting source's."""
    claim = claim_before(doc, mention)
    return claim is not None and claim.role in SOURCES


def claim_before(doc: ArticleDoc, mention: CasualtyMention) -> ClaimMention | None:
    """The claim cue that gives a figure: the last one before it in its sentence."""
    sentences = doc.sentences or ()
    index = sentence_index(sentences, mention.span)
    start = sentences[index].span.start if index >= 0 else 0
    cues = [c for c in doc.claims or () if start <= c.span.start < mention.span.start]
    return cues[-1] if cues else None


MAX_CLAUSE_CHARS = 80  # how far around a figure its clause is read for an addition word


@per_language
def _marker(lang: str, key: str) -> re.Pattern[str] | None:
    body = term_alternation(section(lang, "claims", key) or ())
    return re.compile(rules_for(lang).wrap(body)) if body else None


def additional(doc: ArticleDoc, mentions: Sequence[CasualtyMention]) -> frozenset[int]:
    """The starts of the figures that count on top of the others: a statement's own dead
    ("three of our brothers were martyred", `claims.yaml` `own_side`) are never among the
    enemies it counts, and a figure whose clause says "also" (`additions`: "a dozen
    attackers were also killed") adds to the toll given before rather than being part of it."""
    own, extra = _marker(doc.lang or "", "own_side"), _marker(doc.lang or "", "additions")
    found = set()
    for mention in mentions:
        span = mention.span
        mine = own is not None and own.search(fold(doc.text[span.start:span.end])) is not None
        if mine or (extra is not None and extra.search(_clause(doc.text, span.start, span.end))):
            found.add(span.start)
    return frozenset(found)


def _clause(text: str, start: int, end: int) -> str:
    """The folded clause around a figure: out to the nearest clause marks, within bounds."""
    left = text[max(0, start - MAX_CLAUSE_CHARS):start]
    marks = list(_CLAUSE_MARK.finditer(left))
    before = left[marks[-1].end():] if marks else left
    right = text[end:end + MAX_CLAUSE_CHARS]
    stop = _CLAUSE_MARK.search(right)
    return fold(before + text[start:end] + (right[:stop.start()] if stop else right))
