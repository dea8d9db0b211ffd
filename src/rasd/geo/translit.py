"""Transliteration keys that let Arabic-script and Latin-script toponyms meet.

Arabic spellings of Sahel place names rarely appear in GeoNames, and Latin spellings vary
(Diafarabé, Djafarabé, Jafarabe; Boulkessi, Boulikessi). Two representations serve:

- `skeleton_keys(name)`: consonant skeletons. Letters map to a small set of sound classes
  (J for j/dj/di+vowel/ج, S for s/ch/sh/س/ش/ص, K for k/q/c/g/gh/ك/ق/غ, ...); vowels and the
  Arabic vowel letters ا و ي are dropped except at the start of a name, where any vowel becomes
  "A"; doubled classes collapse. Spelling choices that Latin leaves ambiguous (di+vowel is J
  or D, g before e/i is J or K) and the Arabic article ال yield several keys, so a name
  has a small set of keys and two names meet when their sets intersect.
- `phonetic(name)`: the same classes with vowels kept as A, I, U; `similarity` compares two
  of these by normalised edit distance to rank candidates that share a skeleton.

Inputs are folded with `rasd.normalize.fold` first, so accents, case and Arabic letter
variants (أ إ آ ة ى) never matter.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import product

from rapidfuzz.distance import Levenshtein

from rasd.normalize import fold

_VOWEL = "V"
_MAX_KEYS = 8

# Latin units, longest first; each maps to the alternative classes it may stand for.
# "" drops the unit, _VOWEL marks a vowel (kept as "A" at the start of a name only).
_LATIN_UNITS: dict[str, tuple[str, ...]] = {
    "tch": ("TS",), "sch": ("S",), "dj": ("J",), "dz": ("J",), "ch": ("S",), "sh": ("S",),
    "kh": ("K",), "gh": ("K",), "ph": ("F",), "th": ("T",), "qu": ("K",), "ck": ("K",),
    "gn": ("N",), "ny": ("N",), "ou": (_VOWEL,),
    "a": (_VOWEL,), "e": (_VOWEL,), "i": (_VOWEL,), "o": (_VOWEL,), "u": (_VOWEL,),
    "y": (_VOWEL,), "w": (_VOWEL,), "h": ("",),
    "b": ("B",), "p": ("B",), "d": ("D",), "f": ("F",), "v": ("F",), "j": ("J",),
    "g": ("K",), "k": ("K",), "q": ("K",), "l": ("L",), "m": ("M",), "n": ("N",), "r": ("R",),
    "s": ("S",), "t": ("T",), "x": ("KS",), "z": ("Z",),
}
# context-dependent units: written as regex alternatives tried before the table above
_LATIN_CONTEXT = [
    (r"gu(?=[eiy])", ("K",)),      # Guinée: the u is silent
    (r"di(?=[aeou])", ("J", "D")),  # Diafarabé ~ جافرابي, but Dioura ~ ديورا too
    (r"g(?=[eiy])", ("J", "K")),   # Niger ~ النيجر, Guéné ~ غيني
    (r"c(?=[eiy])", ("S",)),
    (r"c", ("K",)),
]
_LATIN_CONTEXT_ALTS = {f"c{i}": alts for i, (_, alts) in enumerate(_LATIN_CONTEXT)}
# digraphs first, then the context rules, then single letters: the first alternative wins
_LATIN_RE = re.compile(
    "|".join([re.escape(u) for u in sorted(_LATIN_UNITS, key=len, reverse=True) if len(u) > 1]
             + [f"(?P<c{i}>{pat})" for i, (pat, _) in enumerate(_LATIN_CONTEXT)]
             + [re.escape(u) for u in sorted(_LATIN_UNITS) if len(u) == 1])
)

_ARABIC_UNITS: dict[str, tuple[str, ...]] = {
    "دج": ("J",), "ب": ("B",), "پ": ("B",), "ت": ("T",), "ث": ("T",),
    # ج stands for a Latin g as often as for j/dj: شينيجودار is Chinagodrar
    "ج": ("J", "K"),
    "چ": ("TS",), "خ": ("K",), "د": ("D",), "ذ": ("Z",), "ر": ("R",), "ز": ("Z",),
    "س": ("S",), "ش": ("S",), "ص": ("S",), "ض": ("D",), "ط": ("T",), "ظ": ("Z",),
    "غ": ("K",), "ف": ("F",), "ڤ": ("F",), "ق": ("K",), "ك": ("K",), "گ": ("K",),
    "ل": ("L",), "م": ("M",), "ن": ("N",),
    "ا": (_VOWEL,), "و": (_VOWEL,), "ي": (_VOWEL,), "ع": (_VOWEL,), "ه": (_VOWEL,),
    "ح": (_VOWEL,), "ء": ("",),
}
_ARABIC_RE = re.compile("|".join(sorted(_ARABIC_UNITS, key=len, reverse=True)))
_ARABIC_ARTICLE = re.compile(r"(?:(?<=\s)|^)ال(?=\S{3})")
_ARABIC_LETTER = re.compile(r"[\u0621-\u064a\u0671-\u06d3]")

# vowel qualities for `phonetic`: Latin and Arabic letters that stand for a, i, u
_VOWEL_QUALITY = {
    "a": "A", "e": "I", "i": "I", "y": "I", "o": "U", "u": "U", "ou": "U", "w": "U",
    "ا": "A", "ي": "I", "و": "U",
}


def _units(folded: str) -> list[tuple[str, tuple[str, ...]]]:
    """The folded name cut into (unit, alternatives) pairs, non-letters dropped."""
    if _ARABIC_LETTER.search(folded):
        return [(unit, _ARABIC_UNITS[unit]) for unit in _ARABIC_RE.findall(folded)]
    # a context rule's match is its named group's (the match's last group: none other has one)
    return [(m.group(), _LATIN_CONTEXT_ALTS[m.lastgroup] if m.lastgroup
             else _LATIN_UNITS[m.group()]) for m in _LATIN_RE.finditer(folded)]


def _skeleton(classes: list[str]) -> str:
    """Join class symbols: the first vowel of a name becomes A, others vanish, runs collapse."""
    out: list[str] = []
    for i, cls in enumerate(c for c in classes if c):
        sym = ("A" if i == 0 else "") if cls == _VOWEL else cls
        for ch in sym:
            if not out or out[-1] != ch:
                out.append(ch)
    return "".join(out)


def _variants(folded: str) -> list[str]:
    """The folded name, plus the name without a leading Arabic article ال when it has one."""
    if "ال" not in folded:  # (the article's letters: most names, and every Latin one)
        return [folded]
    stripped = _ARABIC_ARTICLE.sub("", folded)
    return [folded] if stripped == folded else [folded, stripped]


@lru_cache(maxsize=65536)
def skeleton_keys(name: str) -> tuple[str, ...]:
    """The consonant-skeleton keys of a Latin- or Arabic-script name (sorted, distinct).

    An empty tuple when the name has no Latin or Arabic letters.
    """
    keys: set[str] = set()
    for text in _variants(fold(name)):
        alternatives = [alts for _, alts in _units(text)]
        for combo in product(*alternatives):
            key = _skeleton(list(combo))
            if key:
                keys.add(key)
            if len(keys) >= _MAX_KEYS:
                break
    return tuple(sorted(keys))


# an Arabic name ending in alef + nun may render a French final nasal ("Dansan" for
# Dansa): the look-up also tries the name without that nun; its score still counts it
_NASAL_END = "ان"
_NASAL_MIN = 5  # letters: shorter names ending so are too many to widen


@lru_cache(maxsize=65536)
def query_keys(name: str) -> tuple[str, ...]:
    """`skeleton_keys` of a name being looked up, with the keys of an Arabic name without
    its final nun when it ends in alef + nun (candidates only: scores compare the name
    as written). Gazetteer rows keep `skeleton_keys`."""
    keys = skeleton_keys(name)
    folded = fold(name)
    if len(folded) < _NASAL_MIN or not folded.endswith(_NASAL_END) or not is_arabic(folded):
        return keys
    return tuple(sorted(set(keys) | set(skeleton_keys(folded[:-1]))))


_MAX_PHONETICS = 4
# readings `phonetics` adds: di + vowel also as written (ديافارابي ~ Diafarabé)
_PHONETIC_EXTRA = {"di": ("DI",)}
_ARABIC_INITIAL = frozenset({"اي", "او"})


@lru_cache(maxsize=65536)
def phonetics(name: str) -> tuple[str, ...]:
    """The vowel-aware forms of a name in the skeleton's classes (vowels as A/I/U, runs
    collapsed), one per reading of its ambiguous units (di + vowel as J or D, ج as J or
    G): the first is `phonetic(name)`; at most `_MAX_PHONETICS`, distinct, in order."""
    text = _variants(fold(name))[-1]
    choices = [[_VOWEL_QUALITY.get(unit, "") if alt == _VOWEL else alt for alt in alts]
               + list(_PHONETIC_EXTRA.get(unit, ())) for unit, alts in _units(text)]
    if _ARABIC_LETTER.search(text) and text[:2] in _ARABIC_INITIAL:
        choices[0] = [*choices[0], ""]  # إيناتس: the alef may only carry the i (أيورو: a)
    out: dict[str, None] = {}
    for combo in product(*choices):
        out.setdefault(_collapse(combo), None)
        if len(out) >= _MAX_PHONETICS:
            break
    return tuple(out) or ("",)


def _collapse(symbols: tuple[str, ...]) -> str:
    out: list[str] = []
    for sym in symbols:
        for ch in sym:
            if not out or out[-1] != ch:
                out.append(ch)
    return "".join(out)


def phonetic(name: str) -> str:
    """A vowel-aware form of the name in the skeleton's classes (first alternative of each
    unit; vowels as A/I/U, runs collapsed), used to rank names that share a skeleton."""
    return phonetics(name)[0]


_SHORT_VOWEL_COST = 0.25  # Arabic script leaves short vowels unwritten: Tessit ~ تسيت
CHEAPEST_EDIT = _SHORT_VOWEL_COST  # the least any edit `similarity` counts may cost


def is_arabic(name: str) -> bool:
    """Whether a name is written in Arabic script."""
    return _ARABIC_LETTER.search(name) is not None


def _insert_costs(b: str, lone_vowel: float = _SHORT_VOWEL_COST) -> list[float]:
    """What inserting each letter of `b` costs: `lone_vowel` for a vowel between
    consonants (a short vowel), a full edit otherwise."""
    vowels = [c in "AIU" for c in b]
    return [lone_vowel if v and not (j and vowels[j - 1])
            and not (j + 1 < len(b) and vowels[j + 1]) else 1.0
            for j, v in enumerate(vowels)]


# Latin spellings add or drop a vowel between consonants (Boulikessi ~ Boulkessi,
# Dinangourou ~ Dinangorou's second vowel): half an edit either way
_LATIN_LONE_VOWEL_COST = 0.5


_VOWEL_SWAP_COST = 0.5  # Teletaï ~ Talataye: vowel qualities drift between spellings
_FINAL_VOWEL_COST = 0.5  # Ogossagou ~ Ogossag, Sobane ~ Soban: a final vowel comes and goes


@lru_cache(maxsize=65536)  # reports name the same places: half the pairs come again
def similarity(a: str, b: str, *, unwritten_vowels: bool = False,
               latin_vowels: bool = True) -> float:
    """1 - edit distance / longer length, for two `phonetic` strings (1.0 when equal).

    A vowel for another vowel, a final vowel present in one only, and (Latin on both
    sides) a vowel between consonants present in one only cost half an edit.
    `unwritten_vowels`: `a` comes from Arabic script, so a vowel of `b` missing from it
    costs little (a short vowel Arabic does not write). `latin_vowels=False`: a Latin
    vowel between consonants costs a full edit (how the shipped gazetteer was merged)."""
    if a == b:
        return 1.0
    if not a or not b:
        return 0.0
    longer = max(len(a), len(b))
    lone = _LATIN_LONE_VOWEL_COST if latin_vowels else 1.0
    deletes, column = _query_side(a, unwritten_vowels, lone)
    # the table is filled a column (a letter of `b`) at a time: what depends on `a` alone
    # (its delete costs, the first column, each letter's swap costs against it) is made
    # once per query, and `b`'s insert costs once per form, not once per pair (a look-up
    # compares one query with many forms, and the forms of a key with many queries);
    # each cell is min(left + insert, above + delete, diagonal + swap), carried in locals
    for cb, insert in zip(b, _form_side(b, _SHORT_VOWEL_COST if unwritten_vowels else lone)):
        lefts = iter(column)
        diagonal = next(lefts)
        above = diagonal + insert
        cur = [above]
        for swap, delete, left in zip(_swap_column(cb, a), deletes, lefts):
            cell = left + insert
            if above + delete < cell:  # noqa: PLR1730 - a call of min() per cell costs more
                cell = above + delete
            if diagonal + swap < cell:  # noqa: PLR1730
                cell = diagonal + swap
            cur.append(cell)
            above, diagonal = cell, left
        column = cur
    return max(0.0, 1.0 - column[-1] / longer)


@lru_cache(maxsize=4096)
def _query_side(a: str, unwritten_vowels: bool, lone: float
                ) -> tuple[tuple[float, ...], tuple[float, ...]]:
    """What `similarity` reads of `a` alone: the cost of deleting each of its letters and
    the table's first column (deleting its prefixes)."""
    deletes = [1.0] * len(a) if unwritten_vowels else _insert_costs(a, lone)
    if a[-1] in "AIU":
        deletes[-1] = min(deletes[-1], _FINAL_VOWEL_COST)
    column = [0.0]
    for cost in deletes:
        column.append(column[-1] + cost)
    return tuple(deletes), tuple(column)


@lru_cache(maxsize=65536)
def _form_side(b: str, lone_vowel: float) -> tuple[float, ...]:
    """What `similarity` reads of `b` alone: the cost of inserting each of its letters."""
    inserts = _insert_costs(b, lone_vowel)
    if b[-1] in "AIU":
        inserts[-1] = min(inserts[-1], _FINAL_VOWEL_COST)
    return tuple(inserts)


@lru_cache(maxsize=65536)
def _swap_column(cb: str, a: str) -> tuple[float, ...]:
    """What putting each letter of `a` for `cb` costs: nothing for itself, half an edit
    for a vowel for another vowel, a full edit otherwise."""
    if cb in "AIU":
        return tuple(0.0 if ca == cb else _VOWEL_SWAP_COST if ca in "AIU" else 1.0 for ca in a)
    return tuple(0.0 if ca == cb else 1.0 for ca in a)


def best_similarity(queries: tuple[str, ...], names: tuple[str, ...], *,
                    unwritten_vowels: bool = False, latin_vowels: bool = True) -> float:
    """The best `similarity` between any query form and any name form."""
    return max((similarity(q, n, unwritten_vowels=unwritten_vowels, latin_vowels=latin_vowels)
                for q in queries for n in names), default=0.0)


def consonants(form: str) -> str:
    """A `phonetic` form without its vowels (what `similarity_bound` compares)."""
    return form.replace("A", "").replace("I", "").replace("U", "")  # (translate: 2.5x slower)


def similarity_bound(query: str, query_consonants: str, form: str, *,
                     cheapest: float = _SHORT_VOWEL_COST) -> float:
    """An upper bound on `similarity(query, form)` (either direction) at C speed, from a
    lower bound of the weighted edit distance: every edit costs at least `cheapest` (a
    short vowel's 0.25; 0.5 when neither side has unwritten vowels) and an edit that
    touches a consonant a full one, so the edits cost at least `cheapest` times their
    number (at least the plain distance) plus the rest of a full edit for each touching a
    consonant (at least the plain distance of the consonants alone)."""
    longer = max(len(query), len(form))
    if not longer:
        return 1.0
    return max(0.0, 1.0 - edit_floor(Levenshtein.distance(query, form), Levenshtein.distance(
        query_consonants, consonants(form)), cheapest) / longer)


def edit_floor(distance: int, consonant_distance: int, cheapest: float) -> float:
    """The least weighted edit distance (`similarity`'s) of two `phonetic` forms whose plain
    distance is `distance` and whose consonants' plain distance is `consonant_distance`."""
    return cheapest * distance + (1.0 - cheapest) * consonant_distance
