"""The Latin spelling an Arabic-script place name is written in the record.

ACLED writes a place as the report spells it; an Arabic report's spelling has no Latin
form, so the record takes one of the gazetteer's. Its main name is often a local or
older spelling ("Solna" for Solhan, "Salanso" for Solenzo) while an alternate name is the
one the Arabic letters render (سولهان keeps the h that Solhan writes). Among the entry's
Latin names, the one that sounds most like the Arabic spelling wins; the main name stays
unless an alternate sounds closer (not merely the same: "kidal'" is no better than Kidal;
but a final vowel the Arabic does not write is enough: Tin Zaouaten, not Ti-n-Zaouâtene).
"""

from __future__ import annotations

import re
from functools import lru_cache

from rasd.geo.gazetteer import Place
from rasd.geo.resolve import gazetteer
from rasd.geo.translit import best_similarity, is_arabic, phonetics

# an alternate must sound this much closer than the main name to replace it: more than a
# rounding step, since a sound the main name adds or changes costs more than 0.01
MARGIN = 0.01
# a Latin spelling: letters, spaces and apostrophes, every word with a written vowel and
# no y between consonants ("tmbktw", "tyn zawatyn", "thynzwathyn" render Arabic letters
# one by one, ي as y: they are not spellings anyone writes)
_LATIN_WORD = re.compile(r"[a-z']*[aeiou][a-z']*")
_LETTER_BY_LETTER = re.compile(r"[^aeiouy' ]y(?:[^aeiouy' ]|$)")


def _spelling(alias: str) -> bool:
    """Whether a folded alternate name is a Latin spelling (not a letter-by-letter one)."""
    words = alias.split()
    return bool(words) and all(_LATIN_WORD.fullmatch(w) for w in words) \
        and _LETTER_BY_LETTER.search(alias) is None


def _title(alias: str) -> str:
    """A folded alternate name written as a name ("tin zaouatine" -> "Tin Zaouatine")."""
    return " ".join(w[:1].upper() + w[1:] for w in alias.split())


@lru_cache(maxsize=16384)
def latin_name(written: str, place: Place) -> str:
    """The gazetteer's spelling of `place` for a mention in a non-Latin script written
    `written`: of its Latin names, the one closest in sound to an Arabic-script mention;
    its main name otherwise."""
    if not is_arabic(written):
        return place.name
    heard = phonetics(written)

    def closeness(name: str) -> float:
        return best_similarity(heard, phonetics(name), unwritten_vowels=True)

    best, best_score = place.name, closeness(place.name) + MARGIN
    if best_score > 1.0:  # no alternate sounds closer than 1.0: their sounds are not made
        return best
    for alias in gazetteer().alternate_names(place):
        if _spelling(alias) and (score := closeness(alias)) > best_score:
            best, best_score = _title(alias), score
    return best
