"""Matching word lists (lexicons) against a document's folded text.

A `TokenIndex` holds every lexicon of a language in one trie over tokens, built once from
`(resource, section) → label → terms` and the language's clitic rules; a document is then
scanned once, word by word, for all of them, and each match is mapped back to its labels
and to a span of the original text.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass

from rasd.doc import Span, set_by_slots
from rasd.languages import LanguageRules
from rasd.normalize import NormView, fold


@set_by_slots  # a long document has a hundred thousand hits
@dataclass(frozen=True, slots=True)
class LexMatch:
    """One lexicon hit: its label(s), the folded term, and spans in the original text."""

    labels: tuple[str, ...]
    term: str  # as folded
    span: Span  # the whole word, clitics included
    norm_start: int  # position in the folded text (for proximity arithmetic)
    norm_end: int




# the scan makes a span for every hit of a document (thousands in a long report): its
# bounds are integers with 0 <= start < end, so it is made with the slots' own setters,
# without `Span.__init__`'s checks (a fifth of the instructions of each)
_NEW = object.__new__
_SET_SPAN_START, _SET_SPAN_END = Span.start.__set__, Span.end.__set__  # type: ignore[attr-defined]
# and the hits themselves (a LexMatch per section of a hit): by their slots' setters too
_SET_LABELS, _SET_TERM, _SET_HIT_SPAN, _SET_NORM_START, _SET_NORM_END = (
    getattr(LexMatch, name).__set__ for name in ("labels", "term", "span", "norm_start", "norm_end"))


def _span(start: int, end: int) -> Span:
    """`Span(start, end)` for bounds the scan found (checked already)."""
    span = _NEW(Span)
    _SET_SPAN_START(span, start)
    _SET_SPAN_END(span, end)
    return span


_TOKEN = re.compile(r"\w+")


def term_alternation(terms: Iterable[object], *, as_written: bool = False,
                     any_space: bool = True) -> str:
    """A regular-expression alternation of lexicon terms, folded (and, `as_written`, also as
    the file writes them, for patterns run on the original text), longest first so that a
    longer term wins; with `any_space` a space in a term matches any run of white space.
    Empty and non-string entries are skipped."""
    forms = {form for t in terms if isinstance(t, str) and t.strip()
             for form in ((t, fold(t)) if as_written else (fold(t),))}
    escaped = [re.escape(f) for f in sorted(forms, key=len, reverse=True)]
    return "|".join(e.replace(r"\ ", r"\s+") for e in escaped) if any_space else "|".join(escaped)


def last_words(terms: Iterable[object]) -> tuple[str, ...]:
    """The last word of each term, folded (as `term_alternation` writes them): a stretch that
    a pattern of the terms matches, bounded by white space, ends with one of them (`endswith`
    in C rules out most stretches before the pattern's try at each of their offsets)."""
    folded = (fold(t).split() for t in terms if isinstance(t, str) and t.strip())
    return tuple(sorted({(words or [""])[-1] for words in folded}))


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


class TokenIndex:
    """Every lexicon of one language in one Aho-Corasick automaton.

    Terms are keyed as they stand in text whose non-word characters are spaces
    (" victims  relatives " for "victims' relatives"). A word with the language's clitics
    glued on ("الجيش", "والجيش", "للجيش" for "جيش") is found as its bare term ending a
    word, with a clitic prefix before it; a glued form takes the entries of every term it
    glues, read once when first met (a bare word that is itself a term keeps its own
    meaning). A document is scanned once, in C, for all lexicons; within one section,
    matches are leftmost-longest and do not overlap, as with a regular expression.
    """

    def __init__(self, sections: Mapping[tuple[str, str], Mapping[str, Iterable[str]]], *,
                 rules: LanguageRules, across_quotes: Iterable[tuple[str, str]] = ()):
        # sections whose phrases also match across quotation marks ("تنظيم «القاعدة»")
        self.across_quotes = frozenset(across_quotes)
        # only prefixes that can stand glued inside a word matter here
        self.prefixes = frozenset(p for p in clitic_prefixes(rules) if _TOKEN.fullmatch(p))
        keys: dict[str, dict[tuple[str, str], list[str]]] = {}
        for section, entries in sections.items():
            for label, terms in entries.items():
                for term in terms:
                    body = _SEPARATOR.sub(" ", fold(term)).strip(" ")
                    if body:
                        labels = keys.setdefault(body, {}).setdefault(section, [])
                        if label not in labels:
                            labels.append(label)
        self._keys = keys
        self._rank = {body: rank for rank, body in enumerate(keys)}  # the terms' order
        self._forms: dict[str, tuple[tuple[tuple[str, str], tuple[str, ...]], ...]] = {}
        # the characters read before a term's start for the clitics glued on it
        self._reach = max(map(len, self.prefixes), default=0) + 1
        self._automaton = _automaton(keys, glued=bool(self.prefixes))
        # the words that a phrase of those sections goes on after: only a quote gap right
        # after one of them can be inside such a phrase (a glued phrase's first word too)
        phrases = [body.split(" ") for body, by_section in keys.items() if " " in body
                   and any(sec in self.across_quotes for sec in by_section)]
        self._goes_on = frozenset(w for words in phrases for w in words[:-1]) | frozenset(
            prefix + words[0] for words in phrases for prefix in self.prefixes)
        self._goes_after = frozenset(w for words in phrases for w in words[1:])

    def _entries(self, form: str) -> tuple[tuple[tuple[str, str], tuple[str, ...]], ...]:
        """A form's ((resource, key), labels) entries: the form's own, if it is a term, then
        those of each term it glues a clitic on, in the terms' order; the first to give a
        section keeps it. Read once per form."""
        found = self._forms.get(form)
        if found is None:
            keys, prefixes = self._keys, self.prefixes
            # the terms under a clitic prefix of the form (a prefix is at most reach-1 long)
            bodies = [form[k:] for k in range(1, min(self._reach, len(form)))
                      if form[:k] in prefixes and form[k:] in keys]
            if len(bodies) > 1:
                bodies.sort(key=self._rank.__getitem__)
            merged: dict[tuple[str, str], list[str]] = dict(keys.get(form, {}))
            for body in bodies:
                for section, labels in keys[body].items():
                    merged.setdefault(section, labels)
            found = self._forms[form] = _entries_of(merged)
        return found

    def _found(self, spaced: str) -> list[tuple[int, int, tuple]]:
        """(start, 1 - last, entries) of each form in `spaced` (see `_spaced`), sorted: the
        form stands at [start, last - 1) of the unpadded text. One sort puts every
        section's hits leftmost-longest. A form reached from two terms ("والجيش" as
        و + الجيش and وال + جيش) is listed twice, with the same entries: per section, the
        second copy overlaps the first and is dropped as any overlapping hit is."""
        hits = self._automaton.iter(spaced)
        if not self.prefixes:  # keys are whole words, each carrying its entries
            found = [(last - size, 1 - last, entries) for last, (size, entries) in hits]
            found.sort()
            return found
        found = []
        append, prefixes, reach = found.append, self.prefixes, self._reach
        known, entries_of = self._forms.get, self._entries
        # a term ending a word, alone or with clitics glued on before it
        for last, (size, body) in hits:
            start = last - size  # the character before the term
            if spaced[start] == " ":
                append((start, 1 - last, known(body) or entries_of(body)))
                continue
            gap = spaced.rfind(" ", start - reach if start > reach else 0, start)
            if gap >= 0 and spaced[gap + 1:start + 1] in prefixes:
                form = spaced[gap + 1:last]
                append((gap, 1 - last, known(form) or entries_of(form)))
        found.sort()
        return found

    def match(self, view: NormView) -> dict[tuple[str, str], list[LexMatch]]:
        """Every hit in the folded text, per section, in text order.

        Non-word characters are written as spaces, and an Aho-Corasick automaton finds
        every term in one pass in C; per section, the leftmost-longest hits that do not
        overlap are kept. (The hot loop of every stage that reads a lexicon: kept free of
        attribute look-ups and calls it does not need.)
        """
        # (start, -end): each section keeps the hits after its last
        found = self._found(_spaced(view.text))
        text = view.text
        # folded offsets are the original ones in most Latin text: no map to consult
        span = _span if view.identity else view.orig_span
        hits: defaultdict[tuple[str, str], list[LexMatch]] = defaultdict(list)
        reach = 0  # the furthest end of the hits so far: one starting there overlaps none
        for start, neg_end, entries in found:
            end = -neg_end
            if start >= reach:  # most hits: every section keeps it, no section's last is read
                term, where = text[start:end], span(start, end)
                for section, labels in entries:
                    # `LexMatch(...)` set by hand: a call of the class costs a third more
                    hit = _NEW(LexMatch)
                    _SET_LABELS(hit, labels)
                    _SET_TERM(hit, term)
                    _SET_HIT_SPAN(hit, where)
                    _SET_NORM_START(hit, start)
                    _SET_NORM_END(hit, end)
                    hits[section].append(hit)
                reach = end
            else:
                self._overlapping(hits, start, end, entries, text, span)
                reach = max(reach, end)
        if self.across_quotes and '"' in text:
            self._across_quotes(hits, view)
        return dict(hits)  # a missing section reads as absent, not as a new empty list

    @staticmethod
    def _overlapping(hits: defaultdict[tuple[str, str], list[LexMatch]], start: int, end: int,
                     entries: tuple[tuple[tuple[str, str], tuple[str, ...]], ...],
                     text: str, span: Callable[[int, int], Span]) -> None:
        """Put a hit that overlaps an earlier one in the sections whose last kept hit ends
        at or before its start (leftmost-longest, per section). `text` and `span`: the
        view's text and the maker of original spans `match` chose for it."""
        made = None  # the term and span, made once for all the sections that keep it
        for section, labels in entries:
            kept = hits.get(section)
            if kept and start < kept[-1].norm_end:
                continue
            if made is None:
                made = (text[start:end], span(start, end))
            hits[section].append(LexMatch(labels, made[0], made[1], start, end))

    def _across_quotes(self, hits: dict[tuple[str, str], list[LexMatch]], view: NormView) -> None:
        """Add the phrases of the `across_quotes` sections that run over a quotation mark
        between two words ("تنظيم «القاعدة»", 'le groupe « Ansar Dine »'): each gap is
        read as one space in a short window around it, and a phrase found over it replaces
        the shorter hits it covers."""
        text = view.text
        added: dict[tuple[str, str], list[LexMatch]] = {}
        for quote in _QUOTES.finditer(text):
            gap_start, gap_end = quote.start(), quote.end()
            while gap_start and text[gap_start - 1] == " ":
                gap_start -= 1
            while gap_end < len(text) and text[gap_end] == " ":
                gap_end += 1
            # a word on each side, a phrase of those sections going on over the gap
            after = _FIRST_WORD.match(text, gap_end)
            if after is None or after.group() not in self._goes_after:
                continue
            # the word before, read backwards (an anchored match: no search)
            before = _FIRST_WORD.match(text[max(0, gap_start - LONGEST_WORD):gap_start][::-1])
            if before is None or before.group()[::-1] not in self._goes_on:
                continue
            low, high = max(0, gap_start - QUOTE_WINDOW), min(len(text), gap_end + QUOTE_WINDOW)
            at, extra = gap_start - low, gap_end - gap_start - 1
            window = text[low:gap_start] + " " + text[gap_end:high]
            for start, neg_end, entries in self._found(_spaced(window)):
                end = -neg_end  # [start, end) in the window
                if not start < at < end or (start == 0 and low and _WORD_CHAR.match(text, low - 1)) \
                        or (end == len(window) and _WORD_CHAR.match(text, high)):
                    continue  # not over the gap, or a word cut at the window's edge
                first, after = low + start, low + end + extra
                for section, labels in entries:
                    if section in self.across_quotes:
                        added.setdefault(section, []).append(LexMatch(
                            labels, window[start:end], view.orig_span(first, after), first, after))
        for section, found in added.items():
            hits[section] = _with_covering(hits.get(section, []), found)


_SEPARATOR = re.compile(r"[\W_]")
# the same characters but the space (most of them, and already one), the underscore apart
_PUNCTUATION = re.compile(r"[^\w ]")
# quotation marks (folded to "): with the spaces beside them, a gap between two words
_QUOTES = re.compile(r'"+')
QUOTE_WINDOW = 48  # characters read on each side of a quote gap (a phrase part rarely longer)
_WORD_CHAR = re.compile(r"\w")
_FIRST_WORD = re.compile(r"[^\W_]+")
LONGEST_WORD = 40


def _with_covering(kept: list[LexMatch], found: list[LexMatch]) -> list[LexMatch]:
    """A section's hits (in text order) with the phrases `found` over quote gaps put in,
    each dropping the hits it covers; none where a hit overlaps it without being covered
    (the leftmost-longest one stays). One pass: bisections in the kept hits' starts."""
    starts = [m.norm_start for m in kept]
    dropped: set[int] = set()
    extra: list[LexMatch] = []
    for phrase in sorted(found, key=lambda m: (m.norm_start, -m.norm_end)):
        low = bisect_right(starts, phrase.norm_start - 1)
        # a hit starting before the phrase that runs into it is not covered by it
        if low and kept[low - 1].norm_end > phrase.norm_start:
            continue
        high = bisect_right(starts, phrase.norm_end - 1)
        if any(kept[i].norm_end > phrase.norm_end for i in range(low, high)) or (
                extra and extra[-1].norm_end > phrase.norm_start):
            continue
        dropped.update(range(low, high))
        extra.append(phrase)
    if not extra:
        return kept
    merged = [m for i, m in enumerate(kept) if i not in dropped] + extra
    return sorted(merged, key=lambda m: m.norm_start)


def _entries_of(by_section: Mapping[tuple[str, str], list[str]]
                ) -> tuple[tuple[tuple[str, str], tuple[str, ...]], ...]:
    """A key's ((resource, key), labels) entries, as the automaton carries them."""
    return tuple((sec, tuple(labels)) for sec, labels in by_section.items())


def _spaced(text: str) -> str:
    """`text` with every non-word character written as a space, one for one (so indices
    stay those of `text`, plus one for the pad at the start), padded at both ends. A
    phrase matches only where its words stand one space apart: punctuation or a line
    break between them breaks the phrase."""
    return " " + _PUNCTUATION.sub(" ", text).replace("_", " ") + " "


def _automaton(keys: Mapping[str, Mapping[tuple[str, str], list[str]]], *, glued: bool):  # type: ignore[no-untyped-def]
    """An Aho-Corasick automaton of every key with a space after it. Where clitics may be
    `glued` on a key's front, the key carries (its length with that space, itself), and its
    start is read in the text; otherwise it has a space before it too, and carries (its
    length with the space after, its entries)."""
    import ahocorasick

    automaton = ahocorasick.Automaton()
    for body, by_section in keys.items():
        if glued:
            automaton.add_word(f"{body} ", (len(body) + 1, body))
        else:
            automaton.add_word(f" {body} ", (len(body) + 1, _entries_of(by_section)))
    if len(automaton):
        automaton.make_automaton()
    return _Scanner(automaton)


class _Scanner:
    """The automaton, or nothing to find when the lexicons are empty."""

    def __init__(self, automaton):  # type: ignore[no-untyped-def]
        self._automaton = automaton if len(automaton) else None

    def iter(self, text: str):  # type: ignore[no-untyped-def]
        return self._automaton.iter(text) if self._automaton is not None else iter(())


class Lexicon:
    """One word list (`label → terms`) on its own: a TokenIndex with a single section, for
    tools and tests that match one lexicon at a time."""

    _SECTION = ("lexicon", "terms")

    def __init__(self, entries: Mapping[str, Iterable[str]], *, rules: LanguageRules):
        self._index = TokenIndex({self._SECTION: entries}, rules=rules)

    def finditer(self, view: NormView) -> Iterator[LexMatch]:
        """Every hit in the folded text, left to right, non-overlapping."""
        return iter(self._index.match(view).get(self._SECTION, []))
