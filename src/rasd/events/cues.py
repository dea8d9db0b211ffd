"""Cue words of a resource section found in a document, with the language's clitics, as
an index of spans (built once per document and section)."""

from __future__ import annotations

import re

from rasd.doc import ArticleDoc
from rasd.errors import ResourceError
from rasd.languages import rules_for
from rasd.normalize import norm_view
from rasd.prescan import clitic_lead, matches_at, non_word_class, trie_alternation
from rasd.stages.lexical import cue_pattern, per_language, section
from rasd.stages.nearby import SpanIndex

# the sections the events steps read as cues of a whole document: one scan of the text finds
# where a term of any of them may start, and each section's pattern is tried only there (a
# scan per section costs a pass over every position of a long report, and cues are rare:
# on 3 KB, a section's own pass took 0.1-0.3 ms, the joint one for all of them about as much)
SCANNED_TOGETHER = (("claims", "suspicion"), ("context", "search_after"),
                    ("context", "disguise_before"), ("context", "disguise_after"),
                    ("context", "collusion_before"), ("context", "pair_markers"),
                    ("context", "undergo_verbs"), ("context", "defence_verbs"),
                    ("actors", "claim_verbs"), ("victims", "rivals"), ("victims", "earlier"),
                    ("victims", "results"))
_WORD_START = "(?<!\\w)"


@per_language
def _starts_patterns(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """Where one of the SCANNED_TOGETHER patterns matches: the terms of all their sections
    as one trie in the language's word pattern (each section's `cue_pattern` is that word
    pattern of its own terms, so a match of one is a match of the union), as a lookahead
    after a character that is no word character (`re` skips the others in a tight loop, and
    a trie tests each offset against distinct first letters only: a lookahead holding each
    section's alternation tried them all at every word start), and the same lookahead for
    the text's first offset. The character before is `non_word_class`, one table look-up
    where `\\W` asks the Unicode database (the scan a third faster, 52 -> 37 us on 3 KB);
    the letters past its blocks it lets in only add offsets, where no cue matches (a cue
    opens after no word character)."""
    body = trie_alternation(term for sec in SCANNED_TOGETHER for term in (section(lang, *sec) or ()))
    if not body:
        return None
    rules = rules_for(lang)
    if rules.wrap(body) != rf"{_WORD_START}{rules.prefix}(?:{body}){rules.suffix}(?!\w)":
        raise ResourceError(f"the word pattern of {lang!r} is not its clitics, the word, a word end")
    ahead = rf"(?={clitic_lead(rules.prefix)}(?:{body}){rules.suffix}(?!\w))"
    return re.compile(non_word_class() + ahead), re.compile(ahead)


def _starts(lang: str, text: str) -> list[int]:
    """The offsets of `text` where one of the SCANNED_TOGETHER patterns matches."""
    patterns = _starts_patterns(lang)
    if patterns is None:
        return []
    after, first = patterns
    return ([0] if first.match(text) else []) + [m.end() for m in after.finditer(text)]


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
    starts = doc.cached_view(f"cues:starts:{lang}", lambda _text: _starts(lang, text))
    # every place the section's pattern matches is among `starts`
    return [match.span() for match in matches_at(pattern, text, starts)]


def cue_index(doc: ArticleDoc, resource: str, key: str) -> SpanIndex:
    """The spans of `doc.text` where a term of `resources/<lang>/<resource>.yaml` `key`
    stands as a word (empty when the language lists none)."""

    def build(_text: str) -> SpanIndex:
        view = norm_view(doc)
        return SpanIndex(view.orig_span(start, end) for start, end in cue_matches(doc, resource, key))
    return doc.cached_view(f"cues:{resource}:{key}:{doc.lang}", build)
