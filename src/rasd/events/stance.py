"""The stance of a document: which side its partisan language favours.

A report full of "apostates" and "soldiers of the Caliphate" is a group's own statement; one
full of "terrorists neutralised" reads like an army communiqué. The stance is the side with
at least two markers and twice as many as any other; markers used by every side
("martyr") do not vote, nor do markers in scare quotes: an outlet that writes the army
"killed six 'terrorists'" holds the word at arm's length. A long quotation is another
voice the report relays (a communiqué quoted at length) and still votes.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass

from rasd.doc import ArticleDoc, Span
from rasd.languages import rules_for
from rasd.lexicon import term_alternation
from rasd.resources import load
from rasd.stages.lexical import per_language
from rasd.stages.nearby import per_layers

NEUTRAL_MARKERS = frozenset({"martyrdom"})
MIN_MARKERS = 2
MIN_LEAD = 2.0
# labels alone make a report speak in a party's voice (an army communiqué) from this many:
# a neutral outlet uses one or two ("the terrorist group", "the terrorists fled")
MIN_VOICE_MARKERS = 3
_OPENING = frozenset("“«„")
_CLOSING = frozenset("”»")
_QUOTE = re.compile(r"[\"“”«»„]")
# scare quotes hold a few words ("six terrorists", "a terrorist attack"); a longer
# quotation is quoted speech
MAX_SCARE_QUOTE = 40


@dataclass(frozen=True, slots=True)
class Stance:
    markers: dict[str, int]
    favours: str | None


def scare_quotes(text: str) -> list[tuple[int, int]]:
    """The short stretches of `text` inside quotation marks, in order (one pass over the
    marks): paired marks (“ ” « » „) and straight double quotes taken two by two."""
    return quotations(text, longest=MAX_SCARE_QUOTE)


def quotations(text: str, *, longest: int | None = None) -> list[tuple[int, int]]:
    """The stretches of `text` inside quotation marks, in order, those no longer than
    `longest` characters when it is given."""
    spans: list[tuple[int, int]] = []
    opened: int | None = None
    for mark in _QUOTE.finditer(text):
        char, at = mark.group(0), mark.start()
        if opened is None:
            opened = at if char in _OPENING or char == '"' else None
        elif char in _CLOSING or char == '"':
            if longest is None or at - opened <= longest:
                spans.append((opened, at + 1))
            opened = None
        else:
            opened = at  # an opening mark inside an open quote: the first was stray
    return spans


def _inside(spans: list[tuple[int, int]], starts: list[int], span: Span) -> bool:
    i = bisect_right(starts, span.start) - 1
    return i >= 0 and spans[i][1] >= span.end


def stance(doc: ArticleDoc) -> Stance:
    """Marker counts per side and the side the document favours in its own words (None
    when unclear). Found once per document (every incident asks)."""
    return per_layers(doc, "stance", (doc.framing,), lambda: _stance(doc))


def _stance(doc: ArticleDoc) -> Stance:
    framing = [m for m in doc.framing or () if m.favours not in NEUTRAL_MARKERS]
    counts = Counter(m.favours for m in framing)
    spans = scare_quotes(doc.text) if framing else []
    starts = [s for s, _ in spans]
    own = Counter(m.favours for m in framing if not _inside(spans, starts, m.span))
    ranked = own.most_common(2)
    favours = None
    if ranked:
        side, count = ranked[0]
        runner_up = ranked[1][1] if len(ranked) > 1 else 0
        if count >= MIN_MARKERS and count >= MIN_LEAD * runner_up:
            favours = side
    return Stance(dict(sorted(counts.items())), favours)


def voice(doc: ArticleDoc) -> str | None:
    """The side a document speaks for in its own words: the side of at least two markers
    outside any quotation and twice as many as any other's, when one of them is more than
    a label neutral outlets also use (framing.yaml `labels`: "the terrorist group Boko
    Haram") or they are `MIN_VOICE_MARKERS` or more. A marker inside quoted speech is the
    quoted speaker's (a communiqué quoted by name is that speaker's claim). Found once per
    document."""
    return per_layers(doc, "voice", (doc.framing, doc.lang), lambda: _voice(doc))


def _voice(doc: ArticleDoc) -> str | None:
    framing = [m for m in doc.framing or () if m.favours not in NEUTRAL_MARKERS]
    if len(framing) < MIN_MARKERS:
        return None
    spans = quotations(doc.text)
    starts = [s for s, _ in spans]
    own = [m for m in framing if not _inside(spans, starts, m.span)]
    ranked = Counter(m.favours for m in own).most_common(2)
    if not ranked:
        return None
    side, count = ranked[0]
    runner_up = ranked[1][1] if len(ranked) > 1 else 0
    if count < MIN_MARKERS or count < MIN_LEAD * runner_up:
        return None
    label = _label(doc.lang or "")
    marked = count >= MIN_VOICE_MARKERS or label is None \
        or any(m.favours == side and not label.fullmatch(m.marker) for m in own)
    return side if marked else None


@per_language
def _label(lang: str) -> re.Pattern[str] | None:
    """A pattern for a marker that is only a label, its clitics included."""
    if not lang:
        return None
    words = term_alternation(list(load(lang, "framing").get("labels") or ()))
    return re.compile(rules_for(lang).wrap(words)) if words else None
