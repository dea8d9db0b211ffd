"""Scanning a long text for a place pattern only where its matches can start.

The regex engine skips ahead to candidate positions only for a pattern that opens with a
literal or a character class; one that opens with a name read before a rarer mark ("X
الواقعة", "X (north)") is tried at every letter of an Arabic text. These scans find the
rarer mark first, step back to where a name before it starts, and try the pattern there:
they give the matches of `pattern.finditer(text)`, in its order.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from rasd import prescan


def matches_at(pattern: re.Pattern[str], text: str, starts: Iterable[int]) -> list[re.Match[str]]:
    """The matches `pattern.finditer(text)` gives, tried only at `starts`, which must hold
    the start of each of them (a start that is no match's costs one try). The pattern
    must not match an empty string. The starts may come in any order, repeated: they are
    sorted for `rasd.prescan.matches_at`, which tries them."""
    return prescan.matches_at(pattern, text, sorted(set(starts)))


def mark_starts(mark: re.Pattern[str], text: str) -> Iterator[int]:
    """Every position where `mark` matches, overlapping ones too (finditer would skip a
    mark that starts inside another)."""
    match = mark.search(text)
    while match is not None:
        yield match.start()
        match = mark.search(text, match.start() + 1)


def _in_word(char: str, joiners: str) -> bool:
    return char.isalnum() or char == "_" or char in joiners


def _in_name(char: str, joiners: str) -> bool:
    # a word, or Arabic letters: a mark among them (U+0670) is no word character
    return _in_word(char, joiners) or "\u0621" <= char <= "\u064a" or "\u066e" <= char <= "\u06d3"


def name_starts(text: str, end: int, *, words: int = 1, joiners: str = "") -> list[int]:
    """Where a name that ends at `end` may start, for a pattern whose name opens where no
    word character or `joiners` character precedes it: in each of the last `words` runs of
    word characters, `joiners` and Arabic letters (joined by one space), the run's start
    and each position after a character that is neither."""
    out = []
    for _ in range(words):
        start = end
        while start and _in_name(text[start - 1], joiners):
            start -= 1
            if not _in_word(text[start], joiners) and start + 1 < end:
                out.append(start + 1)
        if start == end:
            break
        out.append(start)
        if start < 2 or text[start - 1] != " ":
            break
        end = start - 1
    return out


def spaces_start(text: str, end: int) -> int:
    """Where the run of white space (`\\s`) that ends at `end` starts."""
    while end and text[end - 1].isspace():
        end -= 1
    return end
