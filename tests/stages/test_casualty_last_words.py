"""The attack nouns before a group noun (casualties._a_modifier) and the "one of" phrases
before one (casualty_singles._picked) are looked for with their pattern only where the
stretch ends with the last word of one of them: that test must never rule out a stretch the
pattern matches, whatever white space ends it (spaces, tabs, a final line break)."""

from __future__ import annotations

import pytest

from rasd.normalize import fold
from rasd.stages.casualties import _incident_nouns
from rasd.stages.casualty_singles import _one_of, _picked
from rasd.stages.lexical import section

LANGS = ("en", "fr", "ar")
ENDINGS = ("", " ", "\t", "  \t", " \n", "\n", "\n\n", "x", " x")
LEADS = ("", "the ", "xx", "l'", "وال", "9 ")


def _stretches(terms):  # type: ignore[no-untyped-def]
    for term in terms:
        for lead in LEADS:
            for ending in ENDINGS:
                yield lead + fold(term) + ending
                yield lead + fold(term).replace(" ", "  ") + ending  # any run of space inside


@pytest.mark.parametrize("lang", LANGS)
def test_an_attack_noun_before_a_group_noun_is_never_ruled_out(lang):
    nouns = _incident_nouns(lang)
    assert nouns is not None
    for stretch in _stretches(section(lang, "victims", "incident_nouns")):
        if nouns.before.search(stretch):
            assert stretch.rstrip(" \t\n").endswith(nouns.last_words), stretch


@pytest.mark.parametrize("lang", LANGS)
def test_a_one_of_phrase_is_picked_as_its_pattern_finds_it(lang):
    one_of = _one_of(lang)
    assert one_of is not None
    for stretch in _stretches(section(lang, "victims", "one_of")):
        text = stretch + "soldiers"
        end = len(stretch)
        found = one_of[0].search(text, 0, end) is not None
        assert _picked(text, 0, end, one_of) == found, stretch


def test_a_one_of_phrase_with_its_noun_is_picked():
    one_of = _one_of("en")
    text = "he said one of the soldiers"
    assert _picked(text, 0, text.index("soldiers"), one_of)
    assert not _picked(text, 0, text.index("of the"), one_of)
