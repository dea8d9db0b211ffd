"""Cue words of a resource section found in a document, with the language's clitics, as
an index of spans (built once per document and section)."""

from __future__ import annotations

import re

from rasd.doc import ArticleDoc
from rasd.languages import rules_for
from rasd.lexicon import term_alternation
from rasd.normalize import norm_view
from rasd.stages.lexical import per_language, section
from rasd.stages.nearby import SpanIndex


@per_language
def cue_pattern(lang: str, resource: str, key: str) -> re.Pattern[str] | None:
    """The terms of `resources/<lang>/<resource>.yaml` `key` as one word pattern on the
    folded text, with the language's clitics (None when the language lists none)."""
    body = term_alternation(section(lang, resource, key) or ())
    return re.compile(rules_for(lang).wrap(body)) if body else None


def cue_index(doc: ArticleDoc, resource: str, key: str) -> SpanIndex:
    """The spans of `doc.text` where a term of `resources/<lang>/<resource>.yaml` `key`
    stands as a word (empty when the language lists none)."""
    pattern = cue_pattern(doc.lang or "", resource, key)

    def build(_text: str) -> SpanIndex:
        if pattern is None:
            return SpanIndex(())
        view = norm_view(doc)
        return SpanIndex(view.orig_span(m.start(), m.end()) for m in pattern.finditer(view.text))
    return doc.cached_view(f"cues:{resource}:{key}:{doc.lang}", build)
