"""sentences.v1: sentence boundaries, as spans into the original text.

A boundary is sentence-final punctuation (. ! ? ؟ …, with closing quotes) followed by
white space, or a line break. A full stop after an abbreviation listed in
`resources/<lang>/sentences.yaml` (e.g. "M.", "Gen.", "Lt.") or after a single capital
letter (an initial) is not a boundary.

A sentence that tells a second incident in a clause of its own ("the first ambush killed
six soldiers, while five gendarmes died in another ambush the same day") is cut in two
where that clause opens: at the last clause joiner (`clause_joiners` in
`resources/<lang>/sentences.yaml`: "while", "tandis que", "فيما", ";") before a cue of a
further incident (`sequel` in `resources/<lang>/context.yaml`: "in another ambush", "le
lendemain", "في كمين آخر"). Every later stage then reads the clauses as sentences, so the
segmenter can tell the two incidents apart.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache

from rasd.config import Config
from rasd.doc import ArticleDoc, Sentence, Span
from rasd.languages import rules_for
from rasd.lexicon import term_alternation
from rasd.normalize import norm_view
from rasd.registry import Stage, StageSpec
from rasd.resources import load


@lru_cache(maxsize=None)
def _abbreviations(lang: str) -> frozenset[str]:
    """The language's abbreviations in lower case, without their full stop (accents are
    kept: sentence splitting reads the original text)."""
    data = load(lang, "sentences")
    return frozenset(a.rstrip(".").lower() for a in data.get("abbreviations", []) if isinstance(a, str))


_CANDIDATE = re.compile(r"[.!?؟…\n]")  # one character class: `re` scans for it fast
# the rest of a sentence end: more stops, then closing quotes (after one space in French
# typography: ". »"); it must be followed by white space or the end of the text
_END = re.compile(r"[.!?؟…]*(?:[ \u00a0\u202f]?[\"'»”’)\]])*(?=\s|$)")


def split_sentences(text: str, *, abbreviations: frozenset[str]) -> list[Span]:
    """Sentence spans, trimmed of surrounding white space; empty sentences dropped."""
    spans: list[Span] = []
    start = 0
    resume = 0  # candidates before this were consumed by a longer sentence end
    for candidate in _CANDIDATE.finditer(text):
        pos = candidate.start()
        if pos < resume:
            continue
        if text[pos] == "\n":
            end = pos + 1
        else:
            tail = _END.match(text, pos + 1)
            if tail is None or (text[pos] == "." and _abbreviation_before(text, pos, abbreviations)):
                continue
            end = tail.end()
        _add_trimmed(spans, text, start, end)
        start = resume = end
    _add_trimmed(spans, text, start, len(text))
    return spans


def _abbreviation_before(text: str, dot: int, abbreviations: frozenset[str]) -> bool:
    """Whether the word ending at `dot` is an initial or a listed abbreviation."""
    first = dot
    while first > 0 and text[first - 1].isalpha():
        first -= 1
    word = text[first:dot]
    if not word or (first > 0 and text[first - 1] in ".-'’"):
        return bool(word) and word.lower() in abbreviations  # "J.-C", "U.S"
    return (len(word) == 1 and word.isupper()) or word.lower() in abbreviations


_SPACE = re.compile(r"\S")


def _add_trimmed(spans: list[Span], text: str, start: int, end: int) -> None:
    first = _SPACE.search(text, start, end)
    if first is None:
        return
    stripped = text[first.start():end].rstrip()
    spans.append(Span(first.start(), first.start() + len(stripped)))


@lru_cache(maxsize=None)
def _clause_patterns(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """The folded patterns of clause joiners and of cues of a further incident, or None
    when the language lists either none."""
    joiners = load(lang, "sentences").get("clause_joiners") or []
    cues = load(lang, "context").get("sequel") or []
    if not joiners or not cues:
        return None
    rules = rules_for(lang)
    words = term_alternation([j for j in joiners if j[:1].isalpha()])
    marks = term_alternation([j for j in joiners if not j[:1].isalpha()])
    joiner = "|".join(filter(None, (words and rules.wrap(words), marks)))
    return re.compile(joiner), re.compile(rules.wrap(term_alternation(cues)))


def clause_breaks(doc: ArticleDoc, spans: list[Span]) -> list[int]:
    """Where a sentence's clause telling a further incident opens (see the module doc):
    the start of the last joiner before each cue, inside the sentence, in text order."""
    patterns = _clause_patterns(doc.lang or "") if doc.lang else None
    if patterns is None or not spans:
        return []
    view = norm_view(doc)
    # a word opens the clause it joins; a mark (";") closes the clause before it
    joiners = [view.orig_index(m.start() if m.group()[-1:].isalpha() else m.end())
               for m in patterns[0].finditer(view.text)]
    if not joiners:
        return []
    starts = [s.start for s in spans]
    breaks = set()
    for cue in patterns[1].finditer(view.text):
        at = view.orig_index(cue.start())
        sentence = spans[bisect_right(starts, at) - 1]
        before = bisect_left(joiners, at) - 1
        if before >= 0 and sentence.start < joiners[before] < at:
            breaks.add(joiners[before])
    return sorted(breaks)


def split_at(text: str, spans: list[Span], breaks: list[int]) -> list[Span]:
    """The spans cut at the break offsets inside them, each piece trimmed."""
    if not breaks:
        return spans
    out: list[Span] = []
    for span in spans:
        start = span.start
        for cut in breaks[bisect_right(breaks, span.start):bisect_left(breaks, span.end)]:
            _add_trimmed(out, text, start, cut)
            start = cut
        _add_trimmed(out, text, start, span.end)
    return out


def make_sentences(cfg: Config) -> Stage:
    def sentences(doc: ArticleDoc) -> ArticleDoc:
        abbreviations = _abbreviations(doc.lang or "")
        spans = split_sentences(doc.text, abbreviations=abbreviations)
        spans = split_at(doc.text, spans, clause_breaks(doc, spans))
        return doc.with_layers(sentences=tuple(Sentence(span) for span in spans))

    return sentences


SPEC = StageSpec(
    name="sentences.v1",
    factory=make_sentences,
    requires=frozenset({"text", "lang"}),
    assigns=frozenset({"sentences"}),
)
