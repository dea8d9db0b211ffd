"""Matching word lists (lexicons) against a document's folded text.

A `TokenIndex` holds every lexicon of a language in one trie over tokens, built once from
`(resource, section) → label → terms` and the language's clitic rules; a document is then
scanned once, word by word, for all of them, and each match is mapped back to its labels
and to a span of the original text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass

from rasd.doc import Span
from rasd.languages import LanguageRules
from rasd.normalize import NormView, fold


@dataclass(frozen=True, slots=True)
class LexMatch:
    """One lexicon hit: its label(s), the folded term, and spans in the original text."""

    labels: tuple[str, ...]
    term: str
    span: Span  # the whole word, clitics included
    norm_start: int  # position in the folded text (for proximity arithmetic)
    norm_end: int


_TOKEN = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class _Entry:
    section: tuple[str, str]  # (resource, key), e.g. ("victims", "groups")
    labels: tuple[str, ...]


def clitic_prefixes(rules: LanguageRules, *, longest: int = 4) -> frozenset[str]:
    """Every non-empty string of up to `longest` characters that the language's clitic
    pattern accepts as a whole (e.g. و, ال, وال, بال, لل for Arabic)."""
    pattern = re.compile(rules.prefix)
    alphabet = sorted({c for c in rules.prefix if c.isalpha()})
    found: set[str] = set()
    frontier = [""]
    for _ in range(longest):
        frontier = [s + c for s in frontier for c in alphabet]
        found |= {s for s in frontier if pattern.fullmatch(s)}
    return frozenset(found)


def _merge_nodes(first: dict, second: dict) -> dict:
    """A new trie node with both nodes' terms; on a clash of sections, `first` wins."""
    merged = dict(first)
    for key, value in second.items():
        if key == "":
            taken = {e.section for e in first.get("", ())}
            merged[""] = tuple(first.get("", ())) + tuple(e for e in value if e.section not in taken)
        elif key in first:
            merged[key] = _merge_nodes(first[key], value)
        else:
            merged[key] = value
    return merged


class TokenIndex:
    """Every lexicon of one language in one dictionary keyed by a term's first token.

    A document is scanned once, token by token, for all lexicons at once: each token
    (and each stem left after stripping a clitic prefix) is looked up, and multi-word
    terms are checked against the tokens that follow. Within one section, matches are
    leftmost-longest and do not overlap, as with a regular expression.
    """

    def __init__(self, sections: Mapping[tuple[str, str], Mapping[str, Iterable[str]]], *,
                 rules: LanguageRules):
        # only prefixes that can stand glued inside a word token matter here
        self.prefixes = frozenset(p for p in clitic_prefixes(rules) if _TOKEN.fullmatch(p))
        grouped: dict[tuple[str, ...], dict[tuple[str, str], list[str]]] = {}
        for section, entries in sections.items():
            for label, terms in entries.items():
                for term in terms:
                    tokens = tuple(_TOKEN.findall(fold(term)))
                    if tokens:
                        labels = grouped.setdefault(tokens, {}).setdefault(section, [])
                        if label not in labels:
                            labels.append(label)
        # a trie over tokens: token → child node; the key "" holds the entries ending here
        self._root: dict = {}
        for tokens, by_section in grouped.items():
            node = self._root
            for token in tokens:
                node = node.setdefault(token, {})
            node[""] = tuple(_Entry(sec, tuple(labels)) for sec, labels in by_section.items())
        # clitics are resolved at build time: every first token is also indexed with each
        # prefix glued on ("جيش" as "الجيش", "والجيش", "للجيش" …), so matching is one
        # dictionary look-up per word; a bare word that is itself a term keeps its meaning
        bare = dict(self._root)
        for token, node in bare.items():
            for prefix in self.prefixes:
                key = prefix + token
                self._root[key] = _merge_nodes(self._root[key], node) if key in self._root else node

    @staticmethod
    def _walk(words: list[str], i: int, node: dict):  # type: ignore[no-untyped-def]
        """(length in tokens, entries) of every term starting at word i, from its node."""
        n = 1
        while node is not None:
            if "" in node:
                yield n, node[""]
            if i + n >= len(words):
                return
            node = node.get(words[i + n])
            n += 1

    def match(self, view: NormView) -> dict[tuple[str, str], list[LexMatch]]:
        """Every hit in the folded text, per section, in text order."""
        spans = [m.span() for m in _TOKEN.finditer(view.text)]
        words = [view.text[a:b] for a, b in spans]
        root = self._root
        hits: dict[tuple[str, str], list[LexMatch]] = {}
        free: dict[tuple[str, str], int] = {}  # per section: first token not yet covered
        for i, word in enumerate(words):
            node = root.get(word)
            if node is None:
                continue
            best: dict[tuple[str, str], tuple[int, tuple[str, ...]]] = {}
            for n, entries in self._walk(words, i, node):
                for entry in entries:
                    if free.get(entry.section, 0) <= i:
                        best[entry.section] = (n, entry.labels)  # later walks are longer
            for section, (n, labels) in best.items():
                start, end = spans[i][0], spans[i + n - 1][1]
                term = " ".join(view.text[start:end].split())  # as folded, spacing collapsed
                hits.setdefault(section, []).append(LexMatch(
                    labels, term, view.orig_span(start, end), start, end))
                free[section] = i + n
        return hits


class Lexicon:
    """One word list (`label → terms`) on its own: a TokenIndex with a single section, for
    tools and tests that match one lexicon at a time."""

    _SECTION = ("lexicon", "terms")

    def __init__(self, entries: Mapping[str, Iterable[str]], *, rules: LanguageRules):
        self._index = TokenIndex({self._SECTION: entries}, rules=rules)

    def finditer(self, view: NormView) -> Iterator[LexMatch]:
        """Every hit in the folded text, left to right, non-overlapping."""
        return iter(self._index.match(view).get(self._SECTION, []))
