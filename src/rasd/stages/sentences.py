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
from rasd.normalize import fold
from rasd.registry import Stage, StageSpec
from rasd.resources import load

# a closing quote may follow the stop, after one space in French typography (". »")
_BOUNDARY = re.compile(r"[.!?؟…]+(?:[ \u00a0\u202f]?[\"'»”’)\]])*(?=\s)|\n")
_WORD_BEFORE = re.compile(r"(\w+)\W*$")


@lru_cache(maxsize=None)
def _abbreviations(lang: str) -> frozenset[str]:
    data = load(lang, "sentences")
    return frozenset(fold(a).rstrip(".") for a in data.get("abbreviations", []))


def split_sentences(text: str, *, abbreviations: frozenset[str]) -> list[Span]:
    """Sentence spans, trimmed of surrounding white space; empty sentences dropped."""
    spans: list[Span] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        if match.group() != "\n" and match.group()[0] == "." and _after_abbreviation(
            text, match.start(), abbreviations
        ):
            continue
        _add_trimmed(spans, text, start, match.end())
        start = match.end()
    _add_trimmed(spans, text, start, len(text))
    return spans


def _after_abbreviation(text: str, dot: int, abbreviations: frozenset[str]) -> bool:
    found = _WORD_BEFORE.search(text, max(0, dot - 20), dot)
    if found is None or found.end() != dot:
        return False
    word = found.group(1)
    return (len(word) == 1 and word.isupper()) or fold(word) in abbreviations


def _add_trimmed(spans: list[Span], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append(Span(start, end))


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
