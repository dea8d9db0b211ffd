"""Normalised views of a text, each with an offset map back to the original.

One folding table serves every language, so that mixed-script documents (a French
dispatch quoting an Arabic statement) fold consistently:

- Arabic: diacritics, Quranic marks, tatweel and bidi/zero-width controls removed;
  أ إ آ ٱ → ا, ى → ي, ة → ه, ؤ → و, ئ → ي, Persian/Urdu letter forms to Arabic ones;
  presentation forms expanded (NFKC); Arabic-Indic and Persian digits → ASCII,
  Arabic decimal/thousands separators → "." and ",".
- Latin: lower case, accents stripped, œ/æ expanded, typographic quotes and
  apostrophes → ' and ", dashes → "-", every space-like character → " ".

Resources (lexicons) are folded with the same function when loaded, so a lexicon
entry and the text it must match always meet in the same form.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache

from rasd.doc import Span

_DELETE_RANGES = [
    (0x0610, 0x061A),  # Arabic honorific and Quranic signs
    (0x064B, 0x065F),  # harakat, shadda, sukun, hamza marks
    (0x0670, 0x0670),  # superscript alef
    (0x06D6, 0x06ED),  # Quranic annotation marks
    (0x0640, 0x0640),  # tatweel
    (0x200B, 0x200F),  # zero-width characters, LRM, RLM
    (0x202A, 0x202E),  # bidi embeddings
    (0x2066, 0x2069),  # bidi isolates
    (0x061C, 0x061C),  # Arabic letter mark
    (0xFEFF, 0xFEFF),  # BOM / zero-width no-break space
    (0x00AD, 0x00AD),  # soft hyphen
]

_ARABIC_MAP = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا",
    "ى": "ي", "ی": "ي", "ې": "ي", "ۍ": "ي", "ئ": "ي",
    "ة": "ه", "ۀ": "ه", "ە": "ه", "ہ": "ه", "ۃ": "ه",
    "ؤ": "و",
    "ک": "ك", "ڪ": "ك",
    "٫": ".", "٬": ",",
}

_LATIN_MAP = {
    "œ": "oe", "Œ": "oe", "æ": "ae", "Æ": "ae", "ß": "ss", "ø": "o", "Ø": "o",
    "đ": "d", "Đ": "d", "ł": "l", "Ł": "l", "ı": "i",
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
    "\u02bc": "'", "\u02bb": "'", "`": "'", "\u00b4": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u00ab": '"',
    "\u00bb": '"', "\u2039": '"', "\u203a": '"', "\u2033": '"',
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-",
    "\u2015": "-", "\u2212": "-",
    "\u2026": "...",
}

_SPACES = "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000\t\r\f\v"


def _fold_char(ch: str) -> str:
    """The folded form of one character (possibly empty or several characters)."""
    if ch in _ARABIC_MAP:
        return _ARABIC_MAP[ch]
    if ch in _LATIN_MAP:
        return _LATIN_MAP[ch]
    if ch in _SPACES:
        return " "
    code = ord(ch)
    if 0x0660 <= code <= 0x0669:
        return str(code - 0x0660)
    if 0x06F0 <= code <= 0x06F9:
        return str(code - 0x06F0)
    if 0xFB50 <= code <= 0xFDFF or 0xFE70 <= code <= 0xFEFC:
        expanded = unicodedata.normalize("NFKC", ch)
        if expanded != ch:
            return "".join(_fold_char(c) for c in expanded)
    low = ch.lower()
    base = unicodedata.normalize("NFD", low)
    stripped = "".join(c for c in base if not unicodedata.combining(c))
    return stripped if stripped else low


@dataclass(frozen=True, slots=True)
class _Tables:
    table: dict[int, str]  # every character whose folded form differs
    regular: re.Pattern[str]  # covers the characters folded one-for-one (after str.lower)
    # characters deleted (diacritics, tatweel, controls) or expanded (ligatures,
    # presentation forms); a class tested by one look-up per character, whatever its size
    irregular: re.Pattern[str]
    folded: re.Pattern[str]  # `regular` and `irregular` in one class (see `normalize`)
    # where `normalize` hands over to `_fold_irregular`: the characters deleted or expanded,
    # and those folded to one of them ("ǽ" → "æ", which is expanded only in the text)
    handover: frozenset[str]


def _char_class(chars: set[str], *, gap: int = 1) -> re.Pattern[str]:
    """A compiled character class written as few ranges: `re` tests a class range by
    range, so fewer, wider ranges match much faster. With `gap` > 1 the class also
    covers characters between members (callers filter matches against the table).
    """
    codes = sorted(ord(c) for c in chars)
    parts: list[str] = []
    i = 0
    while i < len(codes):
        j = i
        while j + 1 < len(codes) and codes[j + 1] - codes[j] <= gap:
            j += 1
        lo, hi = re.escape(chr(codes[i])), re.escape(chr(codes[j]))
        parts.append(lo if i == j else f"{lo}-{hi}")
        i = j + 1
    return re.compile("[" + "".join(parts) + "]")


@lru_cache(maxsize=1)
def _tables() -> _Tables:
    table: dict[int, str] = {}
    for lo, hi in _DELETE_RANGES:
        for code in range(lo, hi + 1):
            table[code] = ""
    blocks = [(0x0000, 0x0250), (0x0600, 0x0700), (0x1E00, 0x1F00), (0x2000, 0x2070),
              (0xFB50, 0xFE00), (0xFE70, 0xFEFD)]
    for lo, hi in blocks:
        for code in range(lo, hi):
            ch = chr(code)
            if code in table or unicodedata.category(ch) == "Cn":
                continue
            folded = _fold_char(ch)
            if folded != ch:
                table[code] = folded
    for ch in _SPACES:
        table[ord(ch)] = " "
    _to_fixed_points(table)
    expanding = {chr(c) for c, f in table.items() if len(f) > 1}
    deleted = {chr(c) for c, f in table.items() if not f}
    # after str.lower() upper-case letters are gone, so only their lower forms need mapping
    regular = {chr(c) for c, f in table.items() if len(f) == 1 and chr(c).lower() == chr(c)}
    return _Tables(
        table,
        _char_class(regular, gap=1),
        _char_class(expanding | deleted),
        _char_class(regular | expanding | deleted),
        frozenset(expanding | deleted | {c for c in regular if table[ord(c)] in expanding | deleted}),
    )


def _to_fixed_points(table: dict[int, str]) -> None:
    """Map each character folded to one that is itself folded one-for-one ("ǿ" → "ø" → "o",
    "ۂ" → "ہ" → "ه") to the end of that chain: `normalize` replaces the characters of a
    text one by one, and with a chain the result depended on their order (which a set's
    order, varying from one process to the next, decided)."""
    for code, folded in table.items():
        for _ in range(4):  # chains are short; a cycle (none exists) must not hang
            further = table.get(ord(folded)) if len(folded) == 1 else None
            if further is None or len(further) != 1 or further == folded:
                break
            folded = further
        table[code] = folded


@dataclass(frozen=True, slots=True)
class NormView:
    """A folded copy of a text with a map from folded offsets to original ones.

    The map is piecewise: from folded index `norm_starts[k]` on, folded index i is
    original index `orig_starts[k] + (i - norm_starts[k])`, until the next breakpoint.
    A breakpoint is added only where a character was deleted or expanded, so the map
    costs nothing for the common case and a few entries for diacritised Arabic.
    """

    text: str
    norm_starts: tuple[int, ...]
    orig_starts: tuple[int, ...]
    orig_len: int
    # whether every folded offset is its original offset (no character was deleted or
    # expanded); set once, as every span of the document asks
    identity: bool = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "identity", len(self.norm_starts) == 1
                           and self.orig_len == len(self.text)
                           and self.orig_starts[0] == self.norm_starts[0])

    def orig_index(self, index: int) -> int:
        """The original offset of folded offset `index` (0 <= index <= len(text))."""
        if index >= len(self.text):
            return self.orig_len
        k = bisect_right(self.norm_starts, index) - 1
        return self.orig_starts[k] + (index - self.norm_starts[k])

    def orig_span(self, start: int, end: int) -> Span:
        """The original-text span of folded range [start, end).

        The end is pushed past characters deleted right after the range (a final
        diacritic or tatweel belongs to the word it sits on).
        """
        if self.identity:
            return Span(start, max(start, end))  # the common case: offsets are unchanged
        last = end - 1
        if start <= last < len(self.text):
            # most spans lie within one piece of the map: one bisection places both ends
            # (an Arabic document with a few diacritics asks this some 200 times)
            starts = self.norm_starts
            k = bisect_right(starts, last) - 1
            shift = self.orig_starts[k] - starts[k]
            orig_start = start + shift if start >= starts[k] else self.orig_index(start)
            if end < len(self.text) and (k + 1 == len(starts) or starts[k + 1] > end):
                return Span(orig_start, end + shift)
            return Span(orig_start, max(self.orig_index(end), last + shift + 1))
        orig_start = self.orig_index(start)
        if end <= start:
            return Span(orig_start, orig_start)
        return Span(orig_start, max(self.orig_index(end), self.orig_index(last) + 1))


def fold(text: str) -> str:
    """The folded form of a string, without an offset map (for lexicon entries)."""
    if len(text) > _FOLD_CACHED_CHARS:
        return normalize(text).text
    return _fold_short(text)


# stages fold the same short stretches of a document again and again (the words between a
# figure and its noun, a clause before an outcome); a whole text is folded once, uncached
_FOLD_CACHED_CHARS = 200


@lru_cache(maxsize=16384)
def _fold_short(text: str) -> str:
    return normalize(text).text


def normalize(text: str) -> NormView:
    """The folded view of `text` with its offset map.

    Fast path: `str.lower()` (which keeps the length for nearly all text), then one-for-one
    mappings applied with `str.replace`, once per distinct character present. Most texts
    have nothing to delete or expand: one scan for every character to fold finds that out
    as it goes, where a scan for those alone came first (a whole pass over the text, a
    third of the fold of a French or English text). At the first character to delete or
    expand, `_fold_irregular` folds the rest: the one-for-one mappings made so far change
    no offset and no character it deletes or expands, so its result is the same.
    """
    tables = _tables()
    low = text.lower()
    if len(low) != len(text):
        return _normalize_slow(text, tables)
    # each character to fold is replaced everywhere at its first sight: a search per
    # distinct character rather than a list of every occurrence (no result of a one-for-one
    # fold is folded again: see `_to_fixed_points`)
    table = tables.table
    search = tables.folded.search
    folded = low
    match = search(folded)
    while match is not None:
        at = match.start()
        char = folded[at]
        if char in tables.handover:
            return _fold_irregular(folded, at, len(text), tables)
        folded = folded.replace(char, table[ord(char)])
        match = search(folded, at + 1)
    return NormView(folded, (0,), (0,), len(text))


def _fold_irregular(low: str, first: int, size: int, tables: _Tables) -> NormView:
    """The fold of lower-cased `low` that holds characters to delete or expand: those
    first, with the offset map they make, then the one-for-one mappings. Before `first`,
    `low` holds none of either (`normalize` folded that part)."""
    low, norm_starts, orig_starts = _apply_irregular(low, tables.irregular, tables.table)
    table = tables.table
    search = tables.regular.search
    match = search(low, first)
    while match is not None:
        at = match.start()
        folded = table.get(ord(low[at]))
        if folded is not None:
            low = low.replace(low[at], folded)
        match = search(low, at + 1)
    return NormView(low, norm_starts, orig_starts, size)


def _apply_irregular(
    text: str, pattern: re.Pattern[str], table: dict[int, str]
) -> tuple[str, tuple[int, ...], tuple[int, ...]]:
    """Delete or expand the characters `pattern` finds; return the breakpoints."""
    pieces: list[str] = []
    norm_starts = [0]
    orig_starts = [0]
    prev = 0  # original index after the last irregular character
    size = 0  # folded length so far
    for match in pattern.finditer(text):
        pos = match.start()
        repl = table[ord(text[pos])]
        pieces.append(text[prev:pos])
        size += pos - prev
        for _ in repl:  # each expanded character points at the one it came from
            norm_starts.append(size)
            orig_starts.append(pos)
            size += 1
        pieces.append(repl)
        prev = pos + 1
        norm_starts.append(size)
        orig_starts.append(prev)
    pieces.append(text[prev:])
    return "".join(pieces), tuple(norm_starts), tuple(orig_starts)


def _normalize_slow(text: str, tables: _Tables) -> NormView:
    """Character by character, for the rare text whose lower case changes length."""
    pieces: list[str] = []
    norm_starts: list[int] = []
    orig_starts: list[int] = []
    size = 0
    for pos, ch in enumerate(text):
        folded = tables.table.get(ord(ch))
        if folded is None:
            folded = _fold_char(ch)
        for _ in folded:
            norm_starts.append(size)
            orig_starts.append(pos)
            size += 1
        pieces.append(folded)
    return NormView("".join(pieces), tuple(norm_starts) or (0,), tuple(orig_starts) or (0,),
                    len(text))


def norm_view(doc) -> NormView:  # type: ignore[no-untyped-def]
    """The document's folded view, built once and cached on the document."""
    return doc.cached_view("norm", normalize)
