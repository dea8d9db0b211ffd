"""triggers.v1: words that signal an event, labelled with ACLED sub-event types.

`resources/<lang>/triggers.yaml`: `sub_event_types` (label → terms), `violence` (terms for
violence whose type depends on the target), `patterns` (label → regexes over folded text) and
`not_events` (other senses of event words, dropped: "demonstrated that") and
`pattern_anchors` (head nouns of constructions no word list holds, around which the patterns
are tried: "retook control", "set up a base", "handed over its camp").
"""

from __future__ import annotations

import re
from bisect import bisect_left

from rasd.doc import ArticleDoc, TriggerMention
from rasd.normalize import norm_view
from rasd.prescan import literal_prefixes, literal_trie
from rasd.registry import layer_stage
from rasd.stages.lexical import hits, per_language, section

VIOLENCE = "violence"
ANCHOR_SECTIONS = (("triggers", VIOLENCE), ("triggers", "sub_event_types"), ("triggers", "pattern_anchors"),
                   ("victims", "outcomes"), ("weapons", "actions"))


@per_language
def _patterns(lang: str) -> tuple[re.Pattern[str] | None, dict[int, str]]:
    """All of a language's trigger regexes as one alternation (one pass over the text),
    with the label of each branch by the number of the empty group `p<i>` that closes it
    (the group a match closed last: `lastindex`). A group that opened each branch would be
    entered, and its mark undone, at every position where a branch is tried: a third of
    the scan."""
    labels: list[str] = []
    branches: list[str] = []
    for label, regexes in (section(lang, "triggers", "patterns") or {}).items():
        for rx in regexes or ():
            branches.append(rx)
            labels.append(label)
    if not branches:
        return None, {}
    pattern = re.compile(_shared_boundary(branches))
    return pattern, {pattern.groupindex[f"p{i}"]: label for i, label in enumerate(labels)}


_WORD_START = "(?<!\\w)"


def _shared_boundary(branches: list[str]) -> str:
    """The alternation, branch i closed by the empty group `p<i>`, with the word-start test
    that every branch opens with checked once in front of it, and not again in the branch:
    inside a word (most positions) the scan then fails at once, and at a word start each
    branch is tried from its first word."""
    if all(b.startswith(_WORD_START) for b in branches):
        bodies = [b[len(_WORD_START):] for b in branches]
        rest = "|".join(f"(?:{b})(?P<p{i}>)" for i, b in enumerate(bodies))
        return f"{_WORD_START}{_opening_test(bodies)}(?:{rest})"
    return "|".join(f"(?:{b})(?P<p{i}>)" for i, b in enumerate(branches))


def _opening_test(bodies: list[str]) -> str:
    """A look-ahead for the strings some branch opens with, as one trie: at a word start
    that opens no branch (most of them) the scan fails after a letter or two instead of
    trying every branch in turn. "" when some branch may open with anything."""
    openings: set[str] = set()
    for body in bodies:
        found = literal_prefixes(body)
        if found is None:
            return ""
        openings.update(_first_words(opening) for opening in found)
    return f"(?={literal_trie(openings)})"


def _first_words(opening: str, count: int = 2) -> str:
    """The opening's first `count` words (and the space after them): they tell nearly every
    word start apart ("a march" from "a report"); longer openings would only cost a
    trie several times the size to build (`en`: 1000 strings, 30 ms a process)."""
    words = opening.split(" ")
    return " ".join(words[:count]) + (" " if len(words) > count else "")


_STOPS = ".!?؟\n"


def _stop_offsets(text: str) -> list[int]:
    """The offsets of the stops of `text`, in order: each stop found by `str.find` (a
    search in C for one character) rather than by a character class tried at every offset
    (twenty times the cost over a 3 KB text)."""
    found: list[int] = []
    for stop in _STOPS:
        at = text.find(stop)
        while at >= 0:
            found.append(at)
            at = text.find(stop, at + 1)
    found.sort()
    return found


def _windows(doc: ArticleDoc, folded: str) -> list[tuple[int, int]]:
    """Folded-text ranges worth running the trigger regexes on: the sentences around a
    violence word, a trigger word, an outcome word or a materiel action ("seized
    livestock" holds no trigger word of its own) or a pattern anchor. The regexes spell out constructions
    ("fired on protesters") whose sentences always hold one of those words, and running
    them over the whole text would cost a scan per regex position."""
    anchors = sorted(m.norm_start for key in ANCHOR_SECTIONS for m in hits(doc, *key))
    # every stop of the text listed once: a window's bounds are two bisections in them
    stops = _stop_offsets(folded) if anchors else []
    windows: list[tuple[int, int]] = []
    for pos in anchors:
        if windows and pos < windows[-1][1]:
            continue
        low = max(0, pos - 400)
        last = bisect_left(stops, pos) - 1  # the last stop ending at or before `pos`
        before = stops[last] + 1 if last >= 0 and stops[last] >= low else low
        last += 1  # the first stop at or after `pos`
        windows.append((before, stops[last] + 1 if last < len(stops) else len(folded)))
    return windows


def find_triggers(doc: ArticleDoc) -> list[TriggerMention]:
    """Trigger mentions in text order; a word in both lists keeps its specific label."""
    view = norm_view(doc)
    lang = doc.lang or ""
    found: dict[tuple[int, int], TriggerMention] = {}
    for match in hits(doc, "triggers", VIOLENCE):
        found[(match.span.start, match.span.end)] = TriggerMention(match.span, None)
    for match in hits(doc, "triggers", "sub_event_types"):
        for label in match.labels:
            found[(match.span.start, match.span.end)] = TriggerMention(match.span, label)
    pattern, labels = _patterns(lang)
    for start, end in _windows(doc, view.text) if pattern is not None else ():
        for hit in pattern.finditer(view.text, start, end):
            span = view.orig_span(hit.start(), hit.end())
            found[(span.start, span.end)] = TriggerMention(span, labels[hit.lastindex])
    return _without_other_senses(doc, sorted(found.values(), key=lambda t: (t.span.start, t.span.end)))


def _without_other_senses(doc: ArticleDoc, triggers: list[TriggerMention]) -> list[TriggerMention]:
    """The triggers that overlap no `not_events` phrase ("demonstrated that": showed, not
    protested; "control of the airport": a facility, not territory). One bisection per
    phrase over the sorted trigger starts; phrases are few."""
    senses = hits(doc, "triggers", "not_events")
    if not senses:
        return triggers
    starts = [t.span.start for t in triggers]
    longest = max((t.span.end - t.span.start for t in triggers), default=0)
    dropped: set[int] = set()
    for sense in senses:
        low = bisect_left(starts, sense.span.start - longest)
        for i in range(low, bisect_left(starts, sense.span.end)):
            if triggers[i].span.end > sense.span.start:
                dropped.add(i)
    return [t for i, t in enumerate(triggers) if i not in dropped]


SPEC = layer_stage("triggers.v1", layer="triggers", find=find_triggers, requires={"text", "lang"})
