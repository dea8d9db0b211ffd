"""numbers.v1: figures in the text, with ACLED/UCDP bounds, as spans into the original.

Words live in `resources/<lang>/numbers.yaml`; the generic grammar that reads number
words is in `rasd.stages.number_grammar`. One regex per language runs over the folded
view; Python only computes values. Conventions:

- exact "30" → 30 (low = high = 30); "more than 30" → 31, low 31, high None; "at least
  30" → low 30; "up to 30" → high 30; "fewer than 30" → 29, high 29; "about 30",
  "une trentaine", "a dozen" → approx, low = high = value; "between 10 and 15",
  "10 à 15", "two or three" → range, value = floor of the mean; vague words
  ("several", "dozens", "عشرات") → their ACLED value as low, high None.
- The span covers the whole expression with its qualifier ("at least 12", "plus d'une
  dizaine"), but not the counted noun ("٢٢ مخزناً" → "٢٢") and not clitics glued
  before it (the و of "و3", the article of "العشرات"). A qualifier written after the
  noun ("30 soldats au moins", "30 شخصا على الأقل") stretches the span over the noun.
- Digits in any script; "1.200", "1 200", "1,200" → 1200 (a separator before exactly
  three digits groups thousands), "1.5" and "2,5" are decimals.
- Numeric dates and clock times ("13/01/2025", "2025-01-13", "10:30", "14h30") and year
  periods ("2012-2013", "between 2014 and 2018") are left to the dates stage; years,
  percentages and other bare numbers are kept.
- A lone article ("un soldat", "a soldier") is not a number; "one" alone is 1.
  Ordinals ("third", "الثالث") are not in the lexicon, so never counted.
- Matches never overlap; at one position the longest reading wins.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import NamedTuple

from rasd.config import Config
from rasd.doc import ArticleDoc, NumberKind, NumberMention
from rasd.errors import StageError
from rasd.languages import rules_for
from rasd.normalize import NormView, norm_view
from rasd.prescan import clitic_lead, literal_trie
from rasd.registry import Stage, StageSpec
from rasd.stages.nearby import SpanIndex
from rasd.stages.number_grammar import (
    Figure,
    Lexicon,
    Reading,
    Role,
    Token,
    alternation,
    joiner,
    key,
    load_lexicon,
    qualified,
    ranged,
    read_tokens,
    vague,
)

NAME = "numbers.v1"

# the longest run of number words read as one figure: a longer run ("cent cent cent ...")
# is read in pieces, so that each search looks at a bounded stretch (linear time)
MAX_RUN_WORDS = 40

# digits, maximal, not inside a date, a version or a code such as "AK-47"
_DIGITS = (r"(?<![\d.,:/])(?<![^\W\d_]-)"
           r"(?:\d{1,3}(?:,\d{3})+|\d{1,3}(?:\.\d{3})+|\d{1,3}(?: \d{3})+|\d+(?:[.,]\d+)?)(?!\d)")

# characters after which an expression may start (the start of the text aside)
_BOUNDARY = r" \n\t\r(\[\"'.,;:!?/،؛\-"

# numeric dates, clock times and year periods: they belong to the dates stage
_DATES = (r"(?<![\w.,:/])(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}[/.-]\d{1,2}[/.-]\d{1,2}"
          r"|\d{1,2}/\d{2,4}|\d{1,2}:\d{2}(?::\d{2})?"
          r"|(?:19|20)\d\d\s*[-/]\s*(?:19|20)?\d\d)(?![\d])")


@dataclass(frozen=True, slots=True)
class NumberGrammar:
    """One language's compiled patterns and lexicon."""

    lex: Lexicon
    pattern: re.Pattern[str]  # an expression after a space or punctuation mark
    tokens: re.Pattern[str]  # splits a matched figure into number tokens


class Found(NamedTuple):  # a tuple, as Figure: one per figure
    start: int  # folded offsets
    end: int
    figure: Figure


# what `_interpret` finds, as a plain tuple (start, end, figure) in padded offsets: a named
# tuple's own constructor is a Python-level __new__, so each figure gets its one `Found`
# from `Found._make` (tuple.__new__, in C) once its offsets are final
_Item = tuple[int, int, Figure]
# enum members bound once: under Python 3.11 each `NumberKind.X` is a descriptor call
_EXACT, _APPROX = NumberKind.EXACT, NumberKind.APPROX


def _atom_patterns(lex: Lexicon) -> tuple[str, str]:
    """Patterns for one figure: (any figure, digits only)."""
    mult = alternation(lex.words_with(Role.HUNDRED, Role.SCALE))
    nouns = alternation(lex.words_with(Role.NOUN))
    words = alternation(lex.words_with(Role.ADD, Role.HUNDRED, Role.SCALE))
    articles = alternation(lex.articles)
    glued = [c for c in lex.conjunctions if len(c) == 1]
    spaced = [c for c in lex.conjunctions if len(c) > 1]
    join = rf"(?:[\s-]+{alternation(spaced)}[\s-]+|[\s-]+{alternation(glued)}[\s-]*|[\s-]+)"
    # atomic: "quatre-vingt" is one entry, never also "quatre" and "vingt" (the two readings
    # of each repetition made a failed match exponential in their number)
    word = rf"(?>{words}(?!\w))"
    digits = rf"{_DIGITS}(?:\s+(?:{mult}|{nouns})(?!\w))?"
    spelled = (rf"(?:{articles}\s+(?={mult}(?!\w)))?{word}(?:{join}{word}){{0,{MAX_RUN_WORDS}}}"
               rf"(?:\s+{nouns}(?!\w))?")
    noun = rf"{articles}\s+{nouns}(?!\w)"
    return rf"(?:{noun}|{digits}|{spelled})", digits


# ا أ إ آ د ذ ر ز و ؤ ء, as the folded text has them (ة is folded to ه, which joins)
_NON_JOINING = "\u0627\u0623\u0625\u0622\u062f\u0630\u0631\u0632\u0648\u0624\u0621"


def _core(lex: Lexicon) -> str:
    """One alternative per shape of expression, tried in this order at one position."""
    atom, digits = _atom_patterns(lex)
    # no space needed after an apostrophe ("d'une") or an Arabic letter that never joins the
    # next one: the missing space is invisible there, so texts drop it ("نحوأربعين")
    before = rf"(?P<q_word>{alternation(lex.before)})(?:(?<=['{_NON_JOINING}])\s*|\s+)"
    # a qualifier after the figure, maybe after its noun, not before another figure. The
    # runs are possessive: a shorter one leaves a letter where white space must follow, so
    # giving back characters can find no other match (every figure tried it, one by one)
    after = (rf"(?:\s++[^\W\d]++){{0,2}}?\s++(?P<a_post>{alternation(lex.after)})(?!\w)"
             rf"(?!\s*(?:\d|{atom}))")
    word_to = joiner(e for e in lex.range_to if re.search(r"\w", e))
    punct_to = joiner(e for e in lex.range_to if not re.search(r"\w", e))
    twos = alternation(k for k, w in lex.words.items() if w.role is Role.ADD and w.value == 2)
    return "|".join([
        (rf"(?P<between>{alternation(lex.range_between)}\s+(?P<b_lo>{atom})"
         rf"{joiner(lex.range_and)}(?P<b_hi>{atom}))"),
        rf"(?P<qual>{before}(?P<q_atom>{atom}))",
        (rf"(?P<rto>(?P<t_lo>{digits}){punct_to}(?P<t_hi>{digits})"
         rf"|(?P<w_lo>{atom}){word_to}(?P<w_hi>{atom}))"),
        rf"(?P<vague>{alternation(lex.vague)})",
        rf"(?P<dual>{alternation(lex.duals)}(?:\s+{twos}(?!\w))?)",
        rf"(?P<pronoun>{alternation(lex.pronoun_counts)})(?!\w)",
        rf"(?P<atom>(?P<a_atom>{atom})(?:{after})?)",
    ])


def _first_entries(lex: Lexicon) -> list[str]:
    """The listed words an expression may start with.

    Articles count only with the word after them ("a dozen"), so that each "a" and
    "une" of a text is not tried in full.
    """
    articles = set(lex.articles)
    followers = [*lex.words_with(Role.HUNDRED, Role.SCALE, Role.NOUN), *lex.range_to]
    return [
        *(w for w in lex.words if w not in articles), *lex.before, *lex.range_between,
        *lex.vague, *lex.duals, *lex.pronoun_counts,
        *(f"{a} {w}" for a in articles for w in followers if re.search(r"\w", w)),
    ]


def _clitic_strings(prefix: str) -> list[str] | None:
    """Every string the language's clitic `prefix` pattern matches, if that is cheap to list.

    The strings are found by trying every combination of the characters written in
    the pattern, up to four long; None when that would be too many (then the pattern
    itself is used, which is slower but exact).
    """
    alphabet = sorted(set(re.sub(r"\\.|[\[\]()?:|*+{}^$]", "", prefix)))
    if len(alphabet) ** 4 > 5000:
        return None
    compiled = re.compile(prefix)
    return [
        "".join(chars)
        for size in range(5)
        for chars in itertools.product(alphabet, repeat=size)
        if compiled.fullmatch("".join(chars))
    ]


def _gate(lex: Lexicon) -> str:
    """A quick test for where an expression or a skipped form may start.

    It runs at every space and punctuation mark, so it is one trie of the listed
    words written with each clitic before them (Arabic), rather than the clitic
    pattern followed by the words, which backtracks over every possible clitic.
    """
    rules = rules_for(lex.lang)
    # the folded text has ASCII digits only; as trie entries they cost no extra branch
    entries = [*_first_entries(lex), *lex.skip_words, *"0123456789"]
    clitics = _clitic_strings(rules.prefix)
    if clitics is None:
        # the clitics' strings as a trie of literals where they are few (French "l'",
        # "jusqu'"): the same look-ahead, tried faster than the pattern's optional groups
        starts = rf"{clitic_lead(rules.prefix)}{alternation(entries)}"
    else:
        # a look-ahead only asks whether some clitic + entry starts here, so the clitics
        # and the words can stand as two tries one after the other: the same strings, and
        # a pattern a tenth the size to compile. An entry without a letter or digit ("-")
        # reads its hyphen as a separator once a clitic is glued to it (see
        # `alternation`), so those few keep the written-out form.
        wordy = [e for e in entries if re.search(r"\w", e)]
        bare = [e for e in entries if not re.search(r"\w", e)]
        starts = f"{literal_trie(clitics)}(?:{alternation(wordy)})"
        if bare:
            starts += "|" + alternation(c + e for c in clitics for e in bare)
    return "|".join([starts, *(f"(?:{p})" for p in lex.skip_patterns)])


def _body(lex: Lexicon) -> str:
    """Skipped text (dates, times, `not_numbers`), else an expression with its clitics.

    The clitic prefix is chosen once, by a look-ahead: the longest one after which a
    digit or a listed word starts ("وال" + "عشرات", "d'" + "environ"; "" for "بضعة").
    Pinning it (a look-ahead does not backtrack) spares trying every expression shape
    after every possible prefix.
    """
    rules = rules_for(lex.lang)
    skip = "|".join([_DATES, *lex.skip_patterns])
    skip_words = rules.wrap(rf"(?P<skip_word>{alternation(lex.skip_words)})")
    first = alternation(_first_entries(lex))
    pinned = rf"(?<!\w)(?=(?P<pre>{rules.prefix})(?:\d|{first}))(?P=pre)"
    return (rf"(?P<skip>{skip})|{skip_words}"
            rf"|{pinned}(?:{_core(lex)}){rules.suffix}(?!\w)")


def _token_pattern(lex: Lexicon) -> str:
    vocab = alternation([*lex.words, *lex.articles])
    conj = alternation(lex.conjunctions)
    return rf"(?P<d>{_DIGITS})|(?P<w>{vocab})(?!\w)|(?P<c>{conj})|[\s-]+"


@cache
def grammar_for(lang: str) -> NumberGrammar:
    """The compiled number grammar of a language (built once)."""
    lex = load_lexicon(lang)
    body = rf"(?={_gate(lex)})(?:{_body(lex)})"
    # starting with a character class lets the regex engine skip from one space or
    # punctuation mark to the next instead of trying every position (the start of the
    # text is read after a pad: see `find_numbers`)
    return NumberGrammar(lex, re.compile(rf"[{_BOUNDARY}]{body}"),
                         re.compile(_token_pattern(lex)))


def _read(grammar: NumberGrammar, text: str, start: int, end: int) -> Reading | None:
    """The reading of folded `text[start:end]`; its `end` is relative to `start`."""
    return _read_segment(grammar.lex.lang, text[start:end])


@lru_cache(maxsize=8192)
def _read_segment(lang: str, segment: str) -> Reading | None:
    # the same figures recur across documents ("30", "deux"): read each once
    grammar = grammar_for(lang)
    tokens = [
        Token(key(m.group()), m.start(), m.end(), is_digits=m.lastgroup == "d",
              is_conj=m.lastgroup == "c")
        for m in grammar.tokens.finditer(segment)
        if m.lastgroup is not None
    ]
    return read_tokens(tokens, grammar.lex)


def find_numbers(text: str, grammar: NumberGrammar) -> list[Found]:
    """Every figure in folded `text`, in order, non-overlapping."""
    # a space before the text lets the pattern, which starts at a space or punctuation
    # mark, match at the text's start too: one compiled pattern where a second one just
    # for the start cost as much to compile (a pad and a start read the same to every
    # look-behind of the grammar: none of them matches a space)
    padded = " " + text
    found: list[Found] = []
    search = grammar.pattern.search
    match = search(padded)
    while match is not None:
        item, pos = _interpret(match, padded, grammar)
        # past the match's first character; at the start, past the text's first one
        pos = max(pos, match.start() + 1 + (match.start() == 0))
        if item is not None:
            start, end, figure = item
            found.append(Found._make((start - 1, end - 1, figure)))
        match = search(padded, pos)
    return found


def _interpret(match: re.Match[str], text: str, grammar: NumberGrammar) -> tuple[_Item | None, int]:
    """The figure a match stands for (None for skipped text) and where to go on."""
    shape = match.lastgroup
    if shape in ("skip", "skip_word"):
        return None, match.end()
    start = match.start(shape)
    if shape == "vague":
        value = grammar.lex.vague[key(match.group(shape))]
        return (start, match.end(shape), vague(value)), match.end()
    if shape == "dual":
        return (start, match.end(shape), qualified(2, _EXACT)), match.end()
    if shape == "pronoun":
        value = grammar.lex.pronoun_counts[key(match.group(shape))]
        return (start, match.end(shape), qualified(value, _EXACT)), match.end()
    if shape == "between":
        return _range(match, text, grammar, "b_lo", "b_hi")
    if shape == "rto":
        lo = "t_lo" if match.start("t_lo") >= 0 else "w_lo"
        return _range(match, text, grammar, lo, lo[0] + "_hi")
    if shape == "qual":
        kind = grammar.lex.before[key(match.group("q_word"))]
        return _figure(match, text, grammar, "q_atom", start=start, kind=kind)
    post = match.group("a_post")
    kind = grammar.lex.after[key(post)] if post else None
    return _figure(match, text, grammar, "a_atom", start=start, kind=kind)


def _figure(match: re.Match[str], text: str, grammar: NumberGrammar, group: str, *,
            start: int, kind: NumberKind | None) -> tuple[_Item | None, int]:
    at = match.start(group)
    reading = _read(grammar, text, at, match.end(group))
    if reading is None:
        return None, match.end()
    read_end = at + reading.end
    if reading.article_only and group == "a_atom":
        return None, read_end
    end = match.end()
    if read_end != match.end(group):
        # the grammar stopped early ("five and six"): keep the valid part, drop a
        # qualifier written after it
        end = read_end
        kind = kind if group == "q_atom" else None
    if kind is None:
        kind = _APPROX if reading.approx else _EXACT
    return (start, end, qualified(reading.value, kind)), end


def _range(match: re.Match[str], text: str, grammar: NumberGrammar, lo: str,
           hi: str) -> tuple[_Item | None, int]:
    low_at, high_at = match.start(lo), match.start(hi)
    low = _read(grammar, text, low_at, match.end(lo))
    high = _read(grammar, text, high_at, match.end(hi))
    if (low is None or high is None or low_at + low.end != match.end(lo)
            or not low.value < high.value or _years(match.group(lo), match.group(hi))):
        if low is None or _years(match.group(lo), match.group(hi)):
            return None, match.end()
        # not a range after all: the first figure alone
        kind = _APPROX if low.approx else _EXACT
        return (low_at, low_at + low.end, qualified(low.value, kind)), low_at + low.end
    end = high_at + high.end
    return (match.start(match.lastgroup), end, ranged(low.value, high.value)), end


def _years(low: str, high: str) -> bool:
    """Two four-digit years ("between 2014 and 2018"): a period, not a count."""
    return all(re.fullmatch(r"(?:19|20)\d\d", s) for s in (low, high))


def _mention(view: NormView, item: Found) -> NumberMention:
    """The mention, its span widened to the whole word when a clitic is glued before it
    ("بثلاثة", "والعشرات"), as lexicon matches are."""
    figure = item.figure
    start = item.start
    while start > 0 and view.text[start - 1].isalpha():
        start -= 1
    return NumberMention(view.orig_span(start, item.end), figure.value, figure.low,
                         figure.high, figure.kind)


def extract_numbers(doc: ArticleDoc) -> tuple[NumberMention, ...]:
    """The figures of a document whose `lang` is set, sorted by position."""
    if doc.lang is None:
        raise StageError("the document has no language", stage=NAME, doc_id=doc.doc_id)
    view = norm_view(doc)
    return tuple(_mention(view, item) for item in find_numbers(view.text, grammar_for(doc.lang)))


def make_numbers(cfg: Config) -> Stage:
    """The numbers stage; a language's grammar is compiled on its first document."""

    def numbers(doc: ArticleDoc) -> ArticleDoc:
        return doc.with_layers(numbers=outside_dates(extract_numbers(doc), doc.dates or ()))

    return numbers


def outside_dates(numbers, dates):  # type: ignore[no-untyped-def]
    """The numbers that are not part of a date ("13" and "2025" in "13 janvier 2025")."""
    if not dates:
        return tuple(numbers)
    index = SpanIndex(d.span for d in dates)
    return tuple(n for n in numbers if not index.overlaps(n.span))


SPEC = StageSpec(
    name=NAME,
    factory=make_numbers,
    requires=frozenset({"text", "lang", "dates"}),
    assigns=frozenset({"numbers"}),
)

