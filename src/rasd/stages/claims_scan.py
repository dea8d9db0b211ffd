"""One pre-scan of a document for the word lists that claims.v1 looks for over the whole text.

Bodies that speak (`speaking_bodies`, every role), `capitals`, verbs of accusing
(`accusations`, `condemnations`), unnamed sources (`unnamed_sources`,
`concurring_sources`), `media_nouns` and `official_adverbs` (all in `claims.yaml`) are each
a word pattern run over the whole folded text: a `finditer` each is one pass over every
offset of the text per pattern. One pass (rasd.prescan) finds the offsets where a term of
any of them may start, and `scanned` tries each pattern only there: the very matches
`finditer` gives, found once per document.
"""

from __future__ import annotations

import re

from rasd.doc import ArticleDoc
from rasd.languages import rules_for
from rasd.normalize import norm_view
from rasd.prescan import Matches, Prescan
from rasd.stages.lexical import per_language, section

# the sections of claims.yaml whose terms the patterns given to `scanned` are made of
# (a section is a list of terms or role -> terms)
SCANNED = ("speaking_bodies", "capitals", "accusations", "condemnations", "unnamed_sources",
           "concurring_sources", "media_nouns", "official_adverbs")


@per_language
def _scan(lang: str) -> Prescan:
    terms: list[object] = []
    for key in SCANNED:
        data = section(lang, "claims", key) or ()
        for part in (data.values() if isinstance(data, dict) else (data,)):
            terms += list(part or ())
    return Prescan.build(terms, prefix=rules_for(lang).prefix)


def scanned(doc: ArticleDoc, pattern: re.Pattern[str]) -> list[re.Match[str]]:
    """What `pattern.finditer` finds in the folded text: `pattern` must be a language's
    word pattern (`rules_for(lang).wrap`) of terms from the SCANNED sections."""
    lang = doc.lang or ""
    matches = doc.cached_view(f"claims:scan:{lang}", lambda _text: Matches(norm_view(doc).text, _scan(lang)))
    return matches(pattern)
