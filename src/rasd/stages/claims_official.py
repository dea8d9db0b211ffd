"""A toll given "officially" (part of claims.v1): the state's figure, though no body is named.

"officially two people died", "officiellement deux personnes ont trouvé la mort", "قتل رسميا
شخصان": the adverb right before a figure says whose count it is. Elsewhere ("the junta
officially dissolved the parties") it names no source of an incident's facts, and after a
negation ("not officially confirmed") it denies one. `resources/<lang>/claims.yaml`:
`official_adverbs`, `negations`.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from rasd.doc import ArticleDoc
from rasd.languages import rules_for
from rasd.lexicon import LexMatch, term_alternation
from rasd.normalize import norm_view
from rasd.stages.claims_relay import CLAUSE_BREAK
from rasd.stages.claims_scan import scanned
from rasd.stages.lexical import per_language, section
from rasd.stages.nearby import words_between

OFFICIAL_ROLE = "government"
OFFICIAL = "official"  # the cue's label: it names no party, the state speaks unnamed
FIGURE_WORDS = 3  # "officially at least two people", "رسميا عن مقتل شخصين"
NEGATION_WORDS = 3  # "has not yet officially"


@per_language
def _patterns(lang: str) -> tuple[re.Pattern[str], re.Pattern[str] | None] | None:
    words = term_alternation(list(section(lang, "claims", "official_adverbs") or ()))
    if not words:
        return None
    wrap = rules_for(lang).wrap
    neg = term_alternation(list(section(lang, "claims", "negations") or ()))
    denied = re.compile(rf"{wrap(neg)}(?:\W+\w+){{0,{NEGATION_WORDS - 1}}}\W*\Z") if neg else None
    return re.compile(wrap(words)), denied


def official_tolls(doc: ArticleDoc) -> list[LexMatch]:
    """The official adverbs that stand a few words before a figure in their clause, not
    after a negation: each a government cue."""
    patterns = _patterns(doc.lang or "")
    if patterns is None or not doc.numbers:
        return []
    adverb, denied = patterns
    view = norm_view(doc)
    starts = [n.span.start for n in doc.numbers]  # the numbers layer is in text order
    found = []
    for m in scanned(doc, adverb):
        span = view.orig_span(m.start(), m.end())
        at = bisect_left(starts, span.end)
        if at == len(starts) or words_between(doc.text, span, doc.numbers[at].span) > FIGURE_WORDS \
                or CLAUSE_BREAK.search(doc.text, span.end, doc.numbers[at].span.start):
            continue
        if denied is not None and denied.search(view.text, max(0, m.start() - 40), m.start()):
            continue
        found.append(LexMatch((OFFICIAL,), m.group(0), span, m.start(), m.end()))
    return found
