"""The anchor pass of the date grammar (`rasd.stages.date_rules`), and the tries its
patterns are written with.

An anchor is a word every date expression holds (a weekday, a month, "yesterday", ...)
with any clitic glued before it, or the opening of a numeric date. The pass matches, at
each token start, the longest entry of the table of every clitic + word. Written as one
trie, that table makes a pattern `re` takes a tenth of a second to compile in Arabic;
`anchor_pattern` writes it, where that provably matches the same text, as a trie of the
clitics followed by a trie of the words.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from itertools import product
from typing import Any

from rasd.prescan import prefix_tree

# a numeric date opens with a digit: this branch follows the words in the anchor pass. One
# class, not a branch per digit: `re` tests a group's branches one after the other at each
# space of the text, so ten of them cost more than the class (the folded text has ASCII
# digits only)
DIGIT_ANCHORS = [r"[0-9]\d{0,3}[/.-]\d"]
_WORD_CHAR = re.compile(r"\w")


def trie(phrases: Iterable[str], *, end: str = "", extra: Iterable[str] = ()) -> str:
    """A prefix-factored alternation, longest match first; a space matches any white space.

    Every branch starts with a literal, so `re` skips positions by their first character
    and tries few branches where a phrase may start. `end` is appended after each phrase;
    `extra` are raw branches added at the top (each must start with a literal or a class).
    """
    branches = [*_branches(prefix_tree(phrases), end), *extra]
    if not branches:
        return "(?!)"
    return "(?:" + "|".join(branches) + ")"


def _branches(node: dict[str, Any], end: str) -> list[str]:
    out = [(r"\s+" if ch == " " else re.escape(ch)) + _emit(child, end)
           for ch, child in sorted(node.items()) if ch]
    if "" in node:
        out.append(end)
    return out


def _emit(node: dict[str, Any], end: str) -> str:
    branches = _branches(node, end)
    if len(branches) == 1:
        return branches[0]
    if branches[-1] == "" and len(branches) == 2:
        return f"(?:{branches[0]})?"
    return "(?:" + "|".join(branches) + ")"


def clitic_forms(prefix: str, *, longest: int = 3) -> list[str]:
    """The literal strings (up to `longest` characters) the language's clitic pattern
    accepts, found by trying every string of the letters the pattern mentions."""
    pattern = re.compile(prefix)
    letters = sorted({c for c in prefix if c.isalpha() or c == "'"})
    forms = [""]
    for size in range(1, longest + 1):
        forms += ["".join(p) for p in product(letters, repeat=size)
                  if pattern.fullmatch("".join(p))]
    return forms


def anchor_table(kinds: Mapping[str, Iterable[str]], compounds: Iterable[str],
                 prefix: str) -> dict[str, tuple[str, int]]:
    """Anchored text (clitic included) -> (kind, length of the bare word): every clitic
    before every word of each kind, then the `compounds` ("mi-janvier", of kind month)."""
    table: dict[str, tuple[str, int]] = {}
    for clitic in clitic_forms(prefix):
        for kind, words in kinds.items():
            for word in words:
                table.setdefault(clitic + word, (kind, len(word)))
    for compound in compounds:
        table.setdefault(compound, ("month", len(compound)))
    return table


def anchor_pattern(kinds: Mapping[str, Iterable[str]], compounds: list[str], prefix: str,
                   table: Mapping[str, Any]) -> str:
    """The anchor pass: at one offset it matches the longest entry of `table` (a trie
    prefers going on to stopping), else a numeric date's opening.

    Where clitics multiply the table (2,000 entries in Arabic), it is written as the
    compounds, else a trie of the clitics then one of the words: the longest clitic after
    which a word matches, then the longest such word. That is the table's longest entry
    unless a longer one takes a shorter clitic (a phrase whose first word, a clitic
    stripped, is a word too) or opens with a compound; `factored` looks for such pairs,
    and where one exists the table's trie is kept. So it is without clitics (English):
    the table is no larger then, and one trie is walked a third faster than two in a row
    (the factored pass costs 0.01-0.02 ms more per 3 KB document, against 0.05-0.15 s
    less to compile)."""
    clitics = clitic_forms(prefix)
    words = {w for kind in kinds.values() for w in kind}
    if len(clitics) < 2 or not factored(clitics, words, set(compounds), table):
        return " " + trie(table, end=r"(?!\w)", extra=DIGIT_ANCHORS)
    return (rf" (?:{trie(compounds)}(?!\w)|{trie(clitics)}{trie(words)}(?!\w)|"
            + "|".join(DIGIT_ANCHORS) + ")")


def factored(clitics: list[str], words: set[str], compounds: set[str],
             table: Mapping[str, Any]) -> bool:
    """Whether the factored anchor pattern finds the longest table entry at every offset:
    no entry is cut short by a shorter one that a longer clitic or a compound gives, and
    none opens with a digit (digits are tried last)."""
    if any(entry[:1].isdigit() for entry in table):
        return False
    extra = {c2[len(c1):] for c1 in clitics for c2 in clitics
             if len(c2) > len(c1) and c2.startswith(c1)}
    for word in words:
        for cut in (i for i, ch in enumerate(word) if not _WORD_CHAR.match(ch)):
            head = word[:cut]
            if any(head.startswith(x) and head[len(x):] in words for x in extra):
                return False  # "و" + "X Y" against "وX" ("و" + "X")
            if any(c + head in compounds for c in clitics):
                return False
    return not any(c[:i] in compounds for c in clitics for i in range(len(c)))
