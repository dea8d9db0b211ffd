"""Pre-scans: one cheap pass that finds where several patterns may match, so that each
exact pattern runs only there.

`re` tests a pattern at every offset of a text, and a pattern that opens with a word
boundary pays a Unicode class look-up at each one: seven word-list patterns cost seven
such passes. One pass that finds every offset where any of them may match (`Prescan`),
then `matches_at` for each exact pattern, gives the very matches `finditer` gives, at the
cost of one pass and a few `match` calls.

`trie_alternation` writes a word list as a trie ("a(?:b|c)" rather than "ab|ac"), so that
a pass over a long list tests each offset against the distinct first letters only.
`literal_strings` lists the few strings a clitic pattern matches, so that the pass tries
them as a trie too rather than the pattern's optional groups one inside another.
`literal_prefixes` lists the strings every match of a pattern opens with, so that a
look-ahead can turn away the offsets where none opens before the pattern is tried.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from re import _constants as sre  # the parse tree `literal_strings` reads
from re import _parser as sre_parse

from rasd.normalize import fold


def trie_alternation(terms: Iterable[object]) -> str:
    """An alternation of the folded terms as a trie, a space matching any run of white
    space: it accepts at an offset exactly the strings that `lexicon.term_alternation`
    accepts there (longer terms are tried first in both). Empty and non-string entries
    are skipped; "" when none is left."""
    return _trie(prefix_tree(fold(term) for term in terms
                             if isinstance(term, str) and term.strip()))


def prefix_tree(strings: Iterable[str]) -> dict[str, dict]:
    """The strings as nested dicts, a character a level; "" marks where a string ends."""
    root: dict[str, dict] = {}
    for string in strings:
        node = root
        for char in string:
            node = node.setdefault(char, {})
        node[""] = {}
    return root


def _trie(node: dict[str, dict]) -> str:
    branches = [(r"\s+" if char == " " else re.escape(char)) + _trie(child)
                for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    # a term that ends here is tried after every longer one that goes on from here
    return f"(?:{body})?" if "" in node else body


@dataclass(frozen=True)
class Prescan:
    """Where any of several patterns may match: at a word start where one of `terms` (after
    the clitics `prefix`) opens, or where one of `others` matches (each must accept every
    offset where its part may match, not only one of overlapping ones: a character class,
    or a character with a lookahead)."""

    words: re.Pattern[str] | None
    others: tuple[re.Pattern[str], ...] = ()

    @classmethod
    def build(cls, terms: Iterable[object], *, prefix: str = "",
              others: Iterable[str] = ()) -> Prescan:
        """The pre-scan of folded word-list `terms` and of the `others` patterns."""
        body = trie_alternation(terms)
        # a character that is no word character (or may be no word character: see
        # `non_word_class`), before the word: `re` skips the other characters in a tight
        # loop instead of testing a word boundary at each offset.
        lead = clitic_lead(prefix)
        words = re.compile(rf"{non_word_class()}(?={lead}(?:{body}))") if body else None
        return cls(words, tuple(re.compile(p) for p in others))

    def offsets(self, text: str) -> list[int]:
        """The sorted offsets of `text` where one of the patterns may match."""
        found: set[int] = set()
        if self.words is not None:
            if self.words.match(" " + text):  # the text's start is a word start too
                found.add(0)
            found.update(m.end() for m in self.words.finditer(text))
        for pattern in self.others:
            found.update(m.start() for m in pattern.finditer(text))
        return sorted(found)


# the word characters that `non_word_class` leaves out: Latin, Greek, Cyrillic, Hebrew and
# Arabic (a class of every word character of Unicode's first plane took 20 ms to compile)
WORD_BLOCKS_END = 0x800


@lru_cache(maxsize=1)
def non_word_class() -> str:
    """A character class of every character `\\W` matches, and of the letters and digits
    past U+07FF too: the complement of the word characters before that.

    `re` tests `\\W` by asking the Unicode database up to four times per character, and
    this class by one table look-up (a bitmap), so a scan for it runs a quarter faster
    over a 3 KB text. The letters of other scripts only add offsets where a pre-scan's
    look-ahead is tried: a pre-scan may give more offsets than needed, never fewer."""
    first = "".join(map(chr, range(WORD_BLOCKS_END)))
    runs = (re.escape(m.group()[0]) + (f"-{re.escape(m.group()[-1])}" if m.end() - m.start() > 1 else "")
            for m in _WORD_RUN.finditer(first))
    return "[^" + "".join(runs) + "]"


_WORD_RUN = re.compile(r"\w+")


MAX_STRINGS = 200  # more strings than this: the pattern is kept as written


def literal_strings(pattern: str) -> list[str] | None:
    """Every string `pattern` matches, sorted, if it is a short list of literals (letters,
    classes of letters, groups, alternatives, bounded repeats); else None."""
    parsed = _parsed(pattern)
    if parsed is None:
        return None
    found = _strings(parsed)
    return sorted(found) if found is not None else None


def _parsed(pattern: str):  # type: ignore[no-untyped-def]
    """`pattern` parsed by `re`'s own parser, or None when it is no valid pattern or sets
    flags (other than Unicode) that would change what its letters match."""
    try:
        parsed = sre_parse.parse(pattern)
    except re.error:
        return None
    return None if parsed.state.flags & ~(re.UNICODE | re.NOFLAG) else parsed


def _strings(items) -> set[str] | None:  # type: ignore[no-untyped-def]
    out = {""}
    for op, av in items:
        alts = _alternatives(op, av)
        if alts is None:
            return None
        out = {a + b for a in out for b in alts}
        if len(out) > MAX_STRINGS:
            return None
    return out


def _alternatives(op, av) -> set[str] | None:  # type: ignore[no-untyped-def]
    """The strings one node of a parsed pattern matches, or None."""
    if op is sre.LITERAL:
        return {chr(av)}
    if op is sre.IN:
        if any(item_op not in (sre.LITERAL, sre.RANGE) for item_op, _ in av):
            return None  # a negated class, \w, \s: not a short list
        return {chr(c) for item_op, item in av
                for c in ((item,) if item_op is sre.LITERAL else range(item[0], item[1] + 1))}
    if op is sre.SUBPATTERN:
        return _strings(av[3]) if not (av[1] or av[2]) else None  # no inline flags
    if op is sre.BRANCH:
        branches = [_strings(b) for b in av[1]]
        return None if any(b is None for b in branches) else set().union(*branches)
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and av[1] <= 4:  # not "*", "+" (MAXREPEAT)
        one = _strings(av[2])
        if one is None:
            return None
        found: set[str] = set()
        current = {""}
        for count in range(av[1] + 1):
            if count >= av[0]:
                found |= current
            current = {a + b for a in current for b in one}
            if len(current) > MAX_STRINGS:
                return None
        return found
    return None


def literal_prefixes(pattern: str) -> list[str] | None:
    """Strings, sorted, one of which every match of `pattern` opens with: the literal
    strings its leading letters, classes, groups and alternatives spell, as far as they go
    (a word-start test for a branch costs one look-up instead of the branch's trial). None
    when some match may open with anything (a prefix is "")."""
    parsed = _parsed(pattern)
    if parsed is None:
        return None
    found = _prefixes(parsed)
    return None if "" in found else sorted(found)


def _prefixes(items) -> set[str]:  # type: ignore[no-untyped-def]
    out = {""}
    for op, av in items:
        alts = _alternatives(op, av)
        if alts is None:  # the last node read: its openings (a few lists' worth at most)
            return {a + b for a in out for b in _opening(op, av)}
        grown = {a + b for a in out for b in alts}
        if len(grown) > MAX_STRINGS:
            return out
        out = grown
    return out


def _opening(op, av) -> set[str]:  # type: ignore[no-untyped-def]
    """The opening strings of a node that is not a short list of literals ({""}: any)."""
    if op is sre.SUBPATTERN and not (av[1] or av[2]):
        return _prefixes(av[3])
    if op is sre.BRANCH:
        return set().union(*(_prefixes(b) for b in av[1]))
    return {""}


def clitic_lead(prefix: str) -> str:
    """The clitic pattern `prefix` written as a trie of the strings it matches where they are
    a short list of literals, else as written: it matches the same, and a look-ahead tries
    the trie a third faster in Arabic than the pattern's nested optional groups."""
    clitics = literal_strings(prefix) if prefix else None
    return prefix if clitics is None else literal_trie(clitics)


def literal_trie(strings: Iterable[str]) -> str:
    """The strings as a trie of literal characters, an end as an empty alternative
    ("(?:a|)" rather than "(?:a)?", which `re` runs slower)."""
    return _branching(prefix_tree(strings))


def _branching(node: dict[str, dict]) -> str:
    branches = [re.escape(char) + _branching(child) for char, child in sorted(node.items()) if char]
    if "" in node and branches:
        branches.append("")
    if len(branches) < 2:
        return "".join(branches)
    return "(?:" + "|".join(branches) + ")"


def matches_at(pattern: re.Pattern[str], text: str, offsets: list[int]) -> list[re.Match[str]]:
    """What `pattern.finditer(text)` yields, given the sorted `offsets` outside which
    `pattern` cannot match. The pattern must not match the empty string."""
    found: list[re.Match[str]] = []
    pos = 0
    for at in offsets:
        if at >= pos and (match := pattern.match(text, at)) is not None:
            found.append(match)
            pos = match.end()
    return found


class Matches:
    """The matches of several patterns over one text (each as `finditer` gives them, found
    once), looked for only at the offsets `scan` allows; with no scan, everywhere."""

    def __init__(self, text: str, scan: Prescan | None):
        self.text = text
        self.offsets = scan.offsets(text) if scan is not None else None
        # keyed by identity: a compiled pattern's hash is computed over its code at every
        # look-up (stages ask for the same patterns' matches again and again); the
        # pattern is kept beside its matches, so the id stays its own while asked
        self._found: dict[int, tuple[re.Pattern[str], list[re.Match[str]]]] = {}

    @property
    def none(self) -> bool:
        """Whether no pattern of the scan can match anywhere."""
        return self.offsets == []

    def __call__(self, pattern: re.Pattern[str]) -> list[re.Match[str]]:
        """`pattern`'s matches: it must be one the scan was built for."""
        kept = self._found.get(id(pattern))
        if kept is not None and kept[0] is pattern:
            return kept[1]
        found = list(pattern.finditer(self.text)) if self.offsets is None \
            else matches_at(pattern, self.text, self.offsets)
        self._found[id(pattern)] = (pattern, found)
        return found
