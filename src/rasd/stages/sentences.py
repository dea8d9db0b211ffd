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

_WORD_BEFORE = re.compile(r"(\w+)\W*$")


_fold_word = lru_cache(maxsize=8192)(fold)  # the same few words end most sentences


@lru_cache(maxsize=None)
def _abbreviations(lang: str) -> frozenset[str]:
    data = load(lang, "sentences")
    return frozenset(fold(a).rstrip(".") for a in data.get("abbreviations", []))


# a run of text up to and including its sentence end (or a line break, or the end)
_SENTENCE = re.compile(
    r"[^\s](?:[^.!?؟…\n]|[.!?؟…]+(?![ \u00a0\u202f]?[\"'»”’)\]]*\s))*"
    r"(?:[.!?؟…]+(?:[ \u00a0\u202f]?[\"'»”’)\]])*(?=\s|$))?")


def split_sentences(text: str, *, abbreviations: frozenset[str]) -> list[Span]:
    """Sentence spans, trimmed of surrounding white space; empty sentences dropped."""
    spans: list[Span] = []
    pending: int | None = None  # start of a sentence continued past an abbreviation
    for match in _SENTENCE.finditer(text):
        start, end = match.span()
        if pending is not None:
            start, pending = pending, None
        while end > start and text[end - 1].isspace():
            end -= 1
        if text[end - 1] == "." and _after_abbreviation(text, end - 1, abbreviations) \
                and "\n" not in text[end:end + 2]:
            pending = start
            continue
        spans.append(Span(start, end))
    if pending is not None:
        spans.append(Span(pending, len(text.rstrip())))
    return spans


def _after_abbreviation(text: str, dot: int, abbreviations: frozenset[str]) -> bool:
    found = _WORD_BEFORE.search(text, max(0, dot - 20), dot)
    if found is None or found.end() != dot:
        return False
    word = found.group(1)
    return (len(word) == 1 and word.isupper()) or _fold_word(word) in abbreviations


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
