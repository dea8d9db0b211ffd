"""Shared plumbing for stages that match language lexicons.

All lexicons of a language live in one `TokenIndex` (built once per process), and each
document is scanned once for all of them; the hits are cached on the document, so the
stages that read different lexicons (triggers, victims, actors, …) share that one scan.
"""

from __future__ import annotations

import inspect
import re
from bisect import bisect_left, bisect_right
from functools import lru_cache
from typing import Any

from rasd.doc import ArticleDoc
from rasd.errors import ResourceError
from rasd.languages import rules_for
from rasd.lexicon import LexMatch, TokenIndex, term_alternation
from rasd.normalize import NormView, fold, norm_view
from rasd.resources import load

# every (resource, section) that stages look up; a section may be label → terms or a list
SECTIONS = (
    ("triggers", "sub_event_types"), ("triggers", "violence"), ("triggers", "pattern_anchors"),
    ("victims", "outcomes"), ("victims", "groups"), ("victims", "unspecified"),
    ("victims", "lone_victims"), ("victims", "subsets"), ("victims", "superseded"), ("victims", "tolls"), ("victims", "lone_deaths"), ("victims", "updates"),
    ("context", "background"), ("context", "hypothetical"), ("context", "habitual"),
    ("context", "units"), ("context", "day_offsets"),
    ("context", "agent_markers"), ("context", "armed_targets"), ("context", "sequel"),
    ("context", "target_markers"), ("context", "incident_counts"), ("context", "purposes"),
    ("context", "recent_recall"), ("context", "responses"), ("context", "remote_replies"),
    ("context", "statement_verbs"),
    ("context", "aftermath"), ("context", "after_recalls"),
    ("context", "held_states"), ("context", "elsewhere"), ("context", "series"),
    ("actors", "aliases"), ("actors", "generic"), ("actors", "demonyms"), ("actors", "anaphora"),
    ("actors", "not_demonyms"), ("actors", "denials"),
    ("actors", "plural_claims"), ("actors", "attacker_nouns"), ("actors", "identity_links"),
    ("actors", "country_forces"), ("actors", "forces_after_country"), ("actors", "bare_forces"),
    ("actors", "source_nouns"), ("actors", "presence"),
    ("actors", "habits"), ("actors", "belonging"), ("actors", "accusations"),
    ("claims", "roles"), ("claims", "attribution"), ("claims", "statement_nouns"),
    ("claims", "unverified"), ("claims", "causes"), ("claims", "own_ordeal"),
    ("weapons", "items"), ("weapons", "actions"),
    ("framing", "markers"),
    ("places", "cues"),
    ("places", "anaphora"),
    ("dates", "statement_cues"), ("dates", "since"), ("dates", "days_after"), ("triggers", "recurring"), ("triggers", "gunfire"),
    ("triggers", "setting"), ("triggers", "similar"), ("triggers", "intent"), ("triggers", "ability"), ("triggers", "not_events"),
)

# the sections whose names also match across quotation marks ("تنظيم «القاعدة»")
ACROSS_QUOTES = (("actors", "aliases"), ("actors", "generic"))


def section(lang: str, resource: str, key: str) -> Any:
    """One top-level section of a resource file (empty mapping when absent)."""
    try:
        return load(lang, resource).get(key) or {}
    except ResourceError:
        return {}


def _entries(lang: str, resource: str, key: str) -> dict[str, list[str]]:
    data = section(lang, resource, key)
    if isinstance(data, list):
        data = {key: data}
    return {str(label): [t for t in (terms or []) if isinstance(t, str)]
            for label, terms in data.items()}


@lru_cache(maxsize=None)
def index_for(lang: str) -> TokenIndex:
    """The combined lexicon index of one language."""
    sections = {(resource, key): _entries(lang, resource, key) for resource, key in SECTIONS}
    return TokenIndex(sections, rules=rules_for(lang), across_quotes=ACROSS_QUOTES)


def hits(doc: ArticleDoc, resource: str, key: str) -> list[LexMatch]:
    """The document's matches for one lexicon section, in text order. (Asked for by the
    ten thousand in a long report: the document's cache is read first, and the scan is
    built only when it is not there.)"""
    lang = doc.lang or ""
    view = f"lexicon:{lang}"
    found = doc._views.get(view)
    if found is None:
        found = doc.cached_view(view, lambda _text: index_for(lang).match(norm_view(doc)))
    return found.get((resource, key), [])


def folded(doc: ArticleDoc, start: int, end: int) -> str:
    """`fold(doc.text[start:end])`, cut from the document's folded view where the stretch
    holds no character the view deleted or expanded: stages fold many short stretches of
    a document (the words after a number, around a noun), nearly all met once, and
    folding each anew costs far more than the cut."""
    start, end = max(0, start), min(end, len(doc.text))
    if start >= end:
        return ""
    plan = doc._views.get(_FOLD_PLAN)  # asked thousands of times per long report
    if plan is None:
        plan = doc.cached_view(_FOLD_PLAN, lambda _text: _fold_plan(doc))
    text, marks, norm, orig = plan
    if text is None:
        return fold(doc.text[start:end])
    if norm is None:  # the view keeps every offset
        return text[start:end]
    i = bisect_left(marks, start)
    if i < len(marks) and marks[i] < end:
        return fold(doc.text[start:end])
    k = bisect_right(orig, start) - 1
    at = norm[k] + start - orig[k]
    return text[at:at + end - start]


_FOLD_PLAN = "lexical:fold_plan"
_Plan = tuple[str | None, list[int], tuple[int, ...] | None, tuple[int, ...] | None]


def _fold_plan(doc: ArticleDoc) -> _Plan:
    """What `folded` cuts from: the folded text (None when every stretch must be folded
    anew), the offsets of the characters it deleted or expanded, and its offset map (None
    when it keeps every offset)."""
    view = norm_view(doc)
    # the one lower-casing that reads its context: a capital sigma ends a word as "ς"; and
    # a text whose lower case changed length was folded letter by letter, another way
    if "σ" in view.text or "ς" in view.text or len(doc.text.lower()) != len(doc.text):
        return None, [], None, None
    if view.identity:
        return view.text, [], None, None
    return view.text, _irregular(view), view.norm_starts, view.orig_starts


def _irregular(view: NormView) -> list[int]:
    """The offsets of the characters the folded view deleted or expanded, in order."""
    norm, orig = view.norm_starts, view.orig_starts
    marks: set[int] = set()
    for k, (start, origin) in enumerate(zip(norm, orig)):
        last = k + 1 == len(norm)
        after = view.orig_len if last else orig[k + 1]
        if not last and after == origin:
            marks.add(origin)  # the pieces of one expanded character share its offset
        # the characters between the piece's end and the next one's start were deleted
        marks.update(range(origin + (len(view.text) if last else norm[k + 1]) - start, after))
    return sorted(marks)


# the memoised builders that take the language alone (see build_language)
_BUILDERS: list = []


def per_language(build):  # type: ignore[no-untyped-def]
    """Memoise a per-language builder (resources are read once per language); one that
    takes the language alone is also listed for `build_language`."""
    memo = lru_cache(maxsize=None)(build)
    if len(inspect.signature(build).parameters) == 1:
        _BUILDERS.append(memo)
    return memo


def build_language(lang: str) -> None:
    """Run every per-language builder that takes the language alone, for `lang`. Each is
    otherwise run by the first document that needs it; most documents of a language need
    most of them (claims and place patterns: about 40 regexes, 8 ms), so the pipeline runs
    them with its first document of the language, not a few at a time later."""
    for build in _BUILDERS:
        build(lang)


@per_language
def cue_pattern(lang: str, resource: str, key: str) -> re.Pattern[str] | None:
    """The terms of `resources/<lang>/<resource>.yaml` `key` as one word pattern on the
    folded text, with the language's clitics (None when the language lists none)."""
    body = term_alternation(section(lang, resource, key) or ())
    return re.compile(rules_for(lang).wrap(body)) if body else None
