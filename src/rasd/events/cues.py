"""Cue words of a resource section found in a document, with the language's clitics, as
an index of spans (built once per document and section)."""

from __future__ import annotations

import re

from rasd.doc import ArticleDoc
from rasd.normalize import norm_view
from rasd.prescan import matches_at
from rasd.stages.lexical import cue_pattern, per_language
from rasd.stages.nearby import SpanIndex

# the sections the events steps read as cues of a whole document: one scan of the text finds
# where a term of any of them may start, and each section's pattern is tried only there (a
# scan per section costs a pass over every position of a long report, and cues are rare)
SCANNED_TOGETHER = (("claims", "suspicion"), ("context", "search_after"),
                    ("context", "disguise_before"), ("context", "disguise_after"),
                    ("context", "collusion_before"), ("context", "pair_markers"),
                    ("context", "undergo_verbs"), ("context", "defence_verbs"),
                    ("actors", "claim_verbs"))
_WORD_START = "(?<!\\w)"


@per_language
def _starts_pattern(lang: str) -> re.Pattern[str] | None:
    """An empty match wherever one of the SCANNED_TOGETHER patterns matches (a lookahead
    holding them all), the word-start test they all open with checked once in front."""
    sources = [p.pattern for p in (cue_pattern(lang, *sec) for sec in SCANNED_TOGETHER) if p]
    if not sources:
        return None
    if all(s.startswith(_WORD_START) for s in sources):
        return re.compile(_WORD_START + "(?=" + "|".join(s[len(_WORD_START):] for s in sources) + ")")
    return re.compile("(?=" + "|".join(sources) + ")")


def cue_matches(doc: ArticleDoc, resource: str, key: str) -> list[tuple[int, int]]:
    """The folded-text ranges where a term of `resources/<lang>/<resource>.yaml` `key`
    stands as a word, as `finditer` of its `cue_pattern` finds them (leftmost, not
    overlapping); empty when the language lists none."""
    lang = doc.lang or ""
    pattern = cue_pattern(lang, resource, key)
    if pattern is None:
        return []
    text = norm_view(doc).text
    if (resource, key) not in SCANNED_TOGETHER:
        return [m.span() for m in pattern.finditer(text)]
    starts = doc.cached_view(f"cues:starts:{lang}", lambda _text: [
        m.start() for m in _starts_pattern(lang).finditer(text)])  # type: ignore[union-attr]
    # every place the section's pattern matches is among `starts`
    return [match.span() for match in matches_at(pattern, text, starts)]


def cue_index(doc: ArticleDoc, resource: str, key: str) -> SpanIndex:
    """The spans of `doc.text` where a term of `resources/<lang>/<resource>.yaml` `key`
    stands as a word (empty when the language lists none)."""

    def build(_text: str) -> SpanIndex:
        view = norm_view(doc)
        return SpanIndex(view.orig_span(start, end) for start, end in cue_matches(doc, resource, key))
    return doc.cached_view(f"cues:{resource}:{key}:{doc.lang}", build)
