"""Per-language place words for the places stage (resources/<lang>/places.yaml): phrase
patterns, facility nouns, designators, and reading a designator around a name ("Talataye
Commune", "in Mondoro commune")."""

from __future__ import annotations

import re

from rasd.doc import ArticleDoc, Span
from rasd.lexicon import term_alternation
from rasd.normalize import fold
from rasd.stages.lexical import per_language, section


@per_language
def _phrases(lang: str, key: str) -> re.Pattern[str] | None:
    """A case-insensitive alternation of a section's phrases, as written and folded."""
    body = term_alternation(section(lang, "places", key) or (), as_written=True, any_space=False)
    return re.compile(r"\s*(?:" + body + r")(?!\w)", re.I) if body else None


# word lists below are compared with lower-cased words of the original text (cheaper
# than folding each name), so they hold each entry both lower-cased and folded
@per_language
def _facilities(lang: str) -> frozenset[str]:
    return frozenset(form for w in section(lang, "places", "facilities") or ()
                     for form in (w.lower(), fold(w)))


@per_language
def _designators(lang: str) -> dict[str, str]:
    """Designator word → the cue its name takes ("commune" → "commune")."""
    table = section(lang, "places", "designators") or {}
    return {form: str(kind) for kind, words in table.items() for w in words or ()
            for form in (w.lower(), fold(w))}


_LAST_WORD = re.compile(r"\s+(\w+)$")
_SPACES = re.compile(r"[ \t]+")


_NEXT_WORD = re.compile(r" (\w+)")


def _designated(doc: ArticleDoc, span: Span, kind: str) -> tuple[Span, str]:
    """A name without a closing designator ("Talataye Commune" → "Talataye", "commune"),
    or a name a lower-case designator follows ("in the Koro area", "in Mondoro commune")."""
    designators = _designators(doc.lang or "")
    match = _LAST_WORD.search(span.of(doc.text))
    if match is not None:
        cue = designators.get(match.group(1).lower())
        if cue is not None:
            return Span(span.start, span.start + match.start()), cue
    after = _designator_after(doc, span.end)
    return (span, designators[after.group(1)]) if after is not None else (span, kind)


def _designator_after(doc: ArticleDoc, end: int) -> re.Match[str] | None:
    """The lower-case designator right after a name ("in Mondoro commune"), if any."""
    after = _NEXT_WORD.match(doc.text, end)
    word = None if after is None else after.group(1)
    return after if word is not None and word.islower() and word in _designators(doc.lang or "") \
        else None
