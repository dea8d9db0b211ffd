"""Matching word lists (lexicons) against a document's folded text.

A `Lexicon` is built once from `label → terms` and a language's clitic rules. All terms
go into one regular expression whose alternation is factored as a trie, so that a 3 KB
document is scanned once however many terms there are; each match is mapped back to
its label and to a span of the original text.
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


def _trie_regex(terms: Iterable[str]) -> str:
    """An alternation of `terms` factored by common prefixes (longest match first)."""
    trie: dict = {}
    for term in terms:
        node = trie
        for ch in term:
            node = node.setdefault(ch, {})
        node[""] = True
    return _node_regex(trie) or "(?!)"


def _node_regex(node: dict) -> str:
    ends_here = "" in node
    branches = []
    for ch in sorted(k for k in node if k):
        piece = r"\s+" if ch == " " else re.escape(ch)
        branches.append(piece + _node_regex(node[ch]))
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if ends_here else body


def _fold_term(term: str) -> str:
    return " ".join(fold(term).split())


class Lexicon:
    """Terms with labels, compiled for one language's clitics."""

    def __init__(self, entries: Mapping[str, Iterable[str]], *, rules: LanguageRules,
                 clitics: bool = True):
        self._labels: dict[str, list[str]] = {}
        for label, terms in entries.items():
            for term in terms:
                folded = _fold_term(term)
                if folded:
                    self._labels.setdefault(folded, [])
                    if label not in self._labels[folded]:
                        self._labels[folded].append(label)
        body = _trie_regex(self._labels)
        prefix = rules.prefix if clitics else ""
        suffix = rules.suffix if clitics else ""
        # the bare term first: a term may itself begin with letters that look like clitics
        # ("الجيش المالي"); only when it fails are the clitics tried
        self.pattern = re.compile(
            rf"(?<!\w)(?:(?P<bare>{body}){suffix}(?!\w)|{prefix}(?P<core>{body}){suffix}(?!\w))"
        )

    def __len__(self) -> int:
        return len(self._labels)

    def finditer(self, view: NormView, *, start: int = 0, end: int | None = None) -> Iterator[LexMatch]:
        """Every non-overlapping hit in the folded text, left to right."""
        end = len(view.text) if end is None else end
        for match in self.pattern.finditer(view.text, start, end):
            core = " ".join((match.group("bare") or match.group("core")).split())
            labels = self._labels.get(core)
            if labels is None:  # only when a longer term's trie path matched a partial word
                continue
            yield LexMatch(tuple(labels), core, view.orig_span(match.start(), match.end()),
                           match.start(), match.end())
