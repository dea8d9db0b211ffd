"""The number lexicon of one language and the generic grammar that reads number words.

`resources/<lang>/numbers.yaml` lists the words (units, teens, tens, hundreds, scales,
qualifiers, vague words...); this module folds them, builds trie-shaped regular
expressions from them, and computes the value of a matched expression:

- additive words (units, teens, tens) combine big-endian ("twenty-five", "cent vingt",
  "quatre-vingt-dix-sept") or little-endian after a conjunction ("خمسة وعشرين");
- a hundred word multiplies a preceding unit ("deux cents", "ثلاث مئة", "two hundred");
- a scale word multiplies everything since the previous scale ("ثلاثة آلاف", "deux mille");
- an approximate noun multiplies what precedes it and makes the figure approximate
  ("une trentaine", "a dozen", "two dozen").

Nothing here knows which language it reads: every difference is data.
"""

from __future__ import annotations

import enum
import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, NamedTuple

from rasd.doc import NumberKind
from rasd.errors import ResourceError
from rasd.normalize import fold
from rasd.resources import load

Number = int | float

# runs of spaces or hyphens between the words of one entry ("quatre-vingt", "au-dela de")
SEP = r"[\s-]+"
_SEP_RUN = re.compile(r"[\s-]+")
_WORDY = re.compile(r"\w")

QUALIFIER_KINDS = {
    "approx": NumberKind.APPROX,
    "at_least": NumberKind.AT_LEAST,
    "more_than": NumberKind.MORE_THAN,
    "at_most": NumberKind.AT_MOST,
    "less_than": NumberKind.LESS_THAN,
}


class Role(enum.Enum):
    """What a number word does in the grammar."""

    ADD = "add"  # units, teens, tens: added to the current group
    HUNDRED = "hundred"  # 100..900; a bare 100 multiplies a preceding unit
    SCALE = "scale"  # 1000, 10**6...: multiplies the group before it
    NOUN = "noun"  # approximate noun: multiplies what precedes, figure is approximate


# bound once for the per-token reading (`_take`): under Python 3.11 each `Role.X` is a
# descriptor call
_ADD, _HUNDRED, _SCALE = Role.ADD, Role.HUNDRED, Role.SCALE

@dataclass(frozen=True, slots=True)
class Word:
    role: Role
    value: Number


@dataclass(frozen=True, slots=True)
class Lexicon:
    """One language's numbers.yaml, folded and keyed by `key()`."""

    lang: str
    words: Mapping[str, Word]
    articles: Mapping[str, Number]  # "a", "une", "half a": a factor, never a number alone
    conjunctions: tuple[str, ...]
    before: Mapping[str, NumberKind]  # qualifiers before the figure
    after: Mapping[str, NumberKind]  # qualifiers after it (possibly after its noun)
    range_between: tuple[str, ...]
    range_and: tuple[str, ...]
    range_to: tuple[str, ...]
    vague: Mapping[str, Number]
    duals: tuple[str, ...]
    pronoun_counts: Mapping[str, Number]  # "l'un d'eux", "أحدهم" (one of them): exact counts
    skip_words: tuple[str, ...]
    skip_patterns: tuple[str, ...]

    def words_with(self, *roles: Role) -> list[str]:
        """The folded entries having one of these roles."""
        return [k for k, w in self.words.items() if w.role in roles]


@lru_cache(maxsize=4096)
@lru_cache(maxsize=4096)
def key(text: str) -> str:
    """The lookup form of a folded phrase: separators collapsed to one space.

    Punctuation-only entries (the "-" of "10-15") are kept as they are. Cached: the
    qualifiers and vague words of texts are a few phrases met again and again.
    """
    if not _WORDY.search(text):
        return text.strip()
    return _SEP_RUN.sub(" ", text).strip()


def load_lexicon(lang: str) -> Lexicon:
    """The folded lexicon of `resources/<lang>/numbers.yaml`; ResourceError if malformed."""
    data = load(lang, "numbers")
    where = f"resources/{lang}/numbers.yaml"
    words: dict[str, Word] = {}
    for section, role in (("units", Role.ADD), ("teens", Role.ADD), ("tens", Role.ADD),
                          ("hundreds", Role.HUNDRED), ("scales", Role.SCALE),
                          ("approx_nouns", Role.NOUN)):
        for entry, value in _mapping(data, section, where).items():
            words[entry] = Word(role, value)
    before: dict[str, NumberKind] = {}
    after: dict[str, NumberKind] = {}
    for section, kind in QUALIFIER_KINDS.items():
        sub = _section(data, section, where, dict)
        before.update(dict.fromkeys(_entries(sub, "before", f"{where}: {section}"), kind))
        after.update(dict.fromkeys(_entries(sub, "after", f"{where}: {section}"), kind))
    ranges = _section(data, "range", where, dict)
    skips = _section(data, "not_numbers", where, dict)
    return Lexicon(
        lang=lang,
        words=words,
        articles=_mapping(data, "articles", where),
        conjunctions=_entries(data, "conjunction", where),
        before=before,
        after=after,
        range_between=_entries(ranges, "between", f"{where}: range"),
        range_and=_entries(ranges, "and", f"{where}: range"),
        range_to=_entries(ranges, "to", f"{where}: range"),
        vague=_mapping(data, "vague", where),
        duals=_entries(data, "duals", where),
        pronoun_counts=_mapping(data, "pronoun_counts", where),
        skip_words=_entries(skips, "words", f"{where}: not_numbers"),
        skip_patterns=tuple(_section(skips, "patterns", f"{where}: not_numbers", list)),
    )


def _section(data: Mapping[str, Any], name: str, where: str, kind: type) -> Any:
    value = data.get(name)
    if value is None:
        return kind()
    if not isinstance(value, kind):
        raise ResourceError(f"{name!r} must be a {kind.__name__}", resource=where)
    return value


def _entries(data: Mapping[str, Any], name: str, where: str) -> tuple[str, ...]:
    """A list of phrases, folded and keyed, duplicates (after folding) dropped."""
    return tuple(dict.fromkeys(key(fold(str(e))) for e in _section(data, name, where, list)))


def _mapping(data: Mapping[str, Any], name: str, where: str) -> dict[str, Number]:
    out: dict[str, Number] = {}
    for entry, value in _section(data, name, where, dict).items():
        if not isinstance(value, int | float) or isinstance(value, bool):
            raise ResourceError(f"{name}: {entry!r} needs a number, got {value!r}", resource=where)
        out[key(fold(str(entry)))] = value
    return out


def alternation(entries: Iterable[str]) -> str:
    """A regex matching any entry, as a trie (longest first, quick to reject).

    A space or hyphen inside an entry matches any run of spaces and hyphens.
    An empty list gives a pattern that never matches.
    """
    trie: dict[str, Any] = {}
    for entry in entries:
        node = trie
        # punctuation-only entries ("-") are literal; elsewhere a hyphen is a separator
        wordy = _WORDY.search(entry) is not None
        for part in re.findall(r"[\s-]+|.", entry) if wordy else list(entry):
            is_sep = wordy and part.strip(" -") == ""
            node = node.setdefault(SEP if is_sep else re.escape(part), {})
        node[""] = {}
    return _emit(trie) if trie else "(?!)"


def _emit(node: dict[str, Any]) -> str:
    branches = [part + _emit(child) for part, child in sorted(node.items()) if part]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:
        return f"(?:{body})?"
    return body


def joiner(entries: Iterable[str]) -> str:
    """A pattern for a connecting word between two figures ("and", "to", "-", "و").

    Punctuation may touch both figures; a one-letter word may be glued to the next
    (Arabic "و15"); longer words stand between spaces. Never matches if empty.
    """
    entries = list(entries)
    punct = [e for e in entries if not re.search(r"\w", e)]
    glued = [e for e in entries if len(e) == 1 and e not in punct]
    spaced = [e for e in entries if e not in punct and e not in glued]
    parts = []
    if punct:
        parts.append(rf"\s*{alternation(punct)}\s*")
    if glued:
        parts.append(rf"\s+{alternation(glued)}\s*")
    if spaced:
        parts.append(rf"\s+{alternation(spaced)}\s+")
    return "(?:" + "|".join(parts) + ")" if parts else "(?!)"


# ----------------------------------------------------------------------------------
# values


_GROUPED = re.compile(r"\d{1,3}(?:([,. ])\d{3})(?:\1\d{3})*")


# No news figure comes near these: a longer run of digits is a code, an id or garbage, and
# a value past them overflows a float, an SQL integer or Python's int-to-str limit
MAX_DIGITS = 18  # with its separators: "1,000,000,000,000"
MAX_VALUE = 10**15


def digits_value(text: str) -> Number:
    """The value of a digit string: "1.200", "1 200", "1,200" → 1200; "1.5", "2,5" → decimals.

    A separator followed by exactly three digits groups thousands (the folded view
    has turned every space-like character into " "); any other separator is decimal.
    """
    if _GROUPED.fullmatch(text):
        return int(re.sub(r"[,. ]", "", text))
    if "." in text or "," in text:
        return float(text.replace(",", "."))
    return int(text)


def tidy(value: Number) -> Number:
    """Integral floats become ints ("1.5 million" = 1500000)."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


@dataclass(frozen=True, slots=True)
class Token:
    text: str  # keyed (see `key`), or the digits as written
    start: int
    end: int
    is_digits: bool = False
    is_conj: bool = False


# Reading and Figure are named tuples, not frozen dataclasses: a document makes one or two
# per figure, and a tuple is made at a third of the cost
class Reading(NamedTuple):
    """The value of a run of tokens and where the valid part ends."""

    value: Number
    approx: bool
    end: int
    article_only: bool  # a lone "une", "a": not a number


@dataclass(slots=True)
class _State:
    total: Number = 0
    group: Number = 0
    last: Number | None = None  # the last value added to the group
    cap: Number = math.inf  # a scale must be smaller than the previous one
    conj: bool = False
    approx: bool = False


def read_tokens(tokens: list[Token], lex: Lexicon) -> Reading | None:
    """The value of a number expression, stopping at the first word that does not fit."""
    state = _State()
    end = None
    count = 0
    for index, token in enumerate(tokens):
        if token.is_conj:
            state.conj = True
            continue
        if not _take(state, token, lex, first=index == 0):
            break
        state.conj = False
        end = token.end
        count += 1
    value = state.total + state.group
    if end is None or not value <= MAX_VALUE:  # "not <=": a NaN is refused too
        return None
    article_only = count == 1 and tokens[0].text in lex.articles
    return Reading(tidy(value), state.approx, end, article_only)


def _take(state: _State, token: Token, lex: Lexicon, *, first: bool) -> bool:
    """Fold one token into the state; False when it cannot continue the number."""
    if token.is_digits:
        if len(token.text) > MAX_DIGITS:
            return False
        state.group = state.last = digits_value(token.text)
        return first
    word = lex.words.get(token.text)
    if first and token.text in lex.articles and (word is None or word.role is _ADD):
        state.group = state.last = lex.articles[token.text]
        return True
    if word is None:
        return False
    if word.role is _ADD:
        return _add(state, word.value)
    if word.role is _HUNDRED:
        return _hundred(state, word.value)
    if word.role is _SCALE:
        return _scale(state, word.value)
    state.group = (state.group or 1) * word.value
    state.approx = True
    state.cap = 0  # nothing may follow an approximate noun
    return True


def _add(state: _State, value: Number) -> bool:
    if state.cap == 0:
        return False
    if state.group and not _fits(state.last, value, conj=state.conj):
        return False
    state.group += value
    state.last = value
    return True


def _fits(last: Number | None, value: Number, *, conj: bool) -> bool:
    """Whether `value` may follow `last` inside one group.

    Big-endian: tens then a unit or teen ("vingt-deux", "quatre-vingt-dix"), a hundred
    then anything below it ("cent vingt", "مائة وخمسة"); after tens a conjunction only
    brings 1 or 11 ("vingt et un", "soixante et onze"). Little-endian: a unit, a
    conjunction, then tens ("خمسة وعشرين").
    """
    if last is None:
        return False
    if last >= 100 and last % 100 == 0:
        return value < 100
    if 20 <= last < 100 and last % 10 == 0:
        return value < 20 and (not conj or value in (1, 11))
    return conj and last < 10 and 20 <= value < 100 and value % 10 == 0


def _hundred(state: _State, value: Number) -> bool:
    if state.cap == 0:
        return False
    if value == 100 and state.group and state.group == state.last and state.group < 10:
        state.group *= 100
    elif not state.group:
        state.group = value
    else:
        return False
    state.last = state.group
    return True


def _scale(state: _State, value: Number) -> bool:
    if value >= state.cap:
        return False
    state.total += (state.group or 1) * value
    state.group = 0
    state.last = None
    state.cap = value
    return True


# ----------------------------------------------------------------------------------
# kinds


class Figure(NamedTuple):
    """A figure with its bounds, before it is tied to a span."""

    value: Number
    low: Number | None
    high: Number | None
    kind: NumberKind


# enum members bound once: under Python 3.11 each `NumberKind.X` is a descriptor call that
# costs more than the rest of `qualified`, which runs for every figure
_MORE_THAN, _AT_LEAST, _AT_MOST, _LESS_THAN, _RANGE, _VAGUE = (
    NumberKind.MORE_THAN, NumberKind.AT_LEAST, NumberKind.AT_MOST, NumberKind.LESS_THAN,
    NumberKind.RANGE, NumberKind.VAGUE)


def qualified(value: Number, kind: NumberKind) -> Figure:
    """The figure for `value` under a qualifier (ACLED/UCDP conventions)."""
    step = 1 if isinstance(value, int) else 0
    if kind is _MORE_THAN:
        return Figure(value + step, value + step, None, kind)
    if kind is _AT_LEAST:
        return Figure(value, value, None, kind)
    if kind is _AT_MOST:
        return Figure(value, None, value, kind)
    if kind is _LESS_THAN:
        return Figure(value - step, None, value - step, kind)
    return Figure(value, value, value, kind)


def ranged(low: Number, high: Number) -> Figure:
    """A range: the best value is the floor of the mean ("between 10 and 15" → 12)."""
    return Figure(math.floor((low + high) / 2), low, high, _RANGE)


def vague(value: Number) -> Figure:
    """A vague quantity: ACLED's conventional value as the lower bound, no upper bound."""
    return Figure(value, value, None, _VAGUE)
