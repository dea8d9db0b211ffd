"""A source cue is read as absent ("no official statement", claims._absent) only where the
stretch before it ends with the last word of an absence phrase, then white space and at most
an elided article: that test must never rule out a stretch the absence pattern matches."""

from __future__ import annotations

import pytest

from rasd.normalize import fold
from rasd.stages.claims import _absence, ends_before_elision
from rasd.stages.lexical import section

ENDINGS = ("", " ", "\t", "  ", " \n", "\n", " l'", "l'", " de l'", " d'", " du'", " x")
LEADS = ("", "there was ", "xx", "qu'", "و", "9 ")


@pytest.mark.parametrize("lang", ["en", "fr", "ar"])
def test_an_absence_before_a_cue_is_never_ruled_out(lang):
    absence = _absence(lang)
    assert absence is not None
    pattern, _, last_words = absence
    terms = [*section(lang, "claims", "absences"), *section(lang, "claims", "negations")]
    matched = 0
    for term in terms:
        for lead in LEADS:
            for ending in ENDINGS:
                spaced = fold(term).replace(" ", " \t")
                for stretch in (lead + fold(term) + ending, lead + spaced + ending):
                    if pattern.search(stretch):
                        matched += 1
                        assert ends_before_elision(stretch, last_words), stretch
    assert matched


def test_a_stretch_without_an_absence_word_is_ruled_out():
    _, _, last_words = _absence("en")
    assert not ends_before_elision("the army ", last_words)
    assert ends_before_elision("there was no ", last_words)
