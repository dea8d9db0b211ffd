"""sentences.v1: sentence boundaries, as spans into the original text.

A boundary is sentence-final punctuation (. ! ? ؟ …, with closing quotes) followed by
white space, or a line break. A full stop after an abbreviation listed in
`resources/<lang>/sentences.yaml` (e.g. "M.", "Gen.", "Lt.") or after a single capital
letter (an initial) is not a boundary.
"""

from __future__ import annotations

import re
from functools import lru_cache

from rasd.config import Config
from rasd.doc import ArticleDoc, Sentence, Span
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


def make_sentences(cfg: Config) -> Stage:
    def sentences(doc: ArticleDoc) -> ArticleDoc:
        abbreviations = _abbreviations(doc.lang or "")
        spans = split_sentences(doc.text, abbreviations=abbreviations)
        return doc.with_layers(sentences=tuple(Sentence(span) for span in spans))

    return sentences


SPEC = StageSpec(
    name="sentences.v1",
    factory=make_sentences,
    requires=frozenset({"text", "lang"}),
    assigns=frozenset({"sentences"}),
)
