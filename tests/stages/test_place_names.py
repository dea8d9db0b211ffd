"""Reading place names at a position (rasd.stages.place_names): the scanning patterns."""

from __future__ import annotations

import re

import pytest

from rasd.doc import ArticleDoc
from rasd.geo.resolve import is_place_name
from rasd.stages import place_names, places_uncued
from rasd.stages.place_names import (
    ARABIC_LETTER,
    CAPITAL,
    NAME_REST,
    QUOTED_ARABIC,
    _QUOTED_FROM_MARK,
    at_word_start,
)
from rasd.stages.places import find_places

_LOOKBEHIND_FIRST = re.compile(rf"(?<![\w'’-]){CAPITAL}[\w’']*(?:-(?!{CAPITAL})[\w’']+)*")
_CLASS_FIRST = re.compile(at_word_start(CAPITAL) + NAME_REST)
_ARABIC_LOOKBEHIND = re.compile(rf"(?<!\w){ARABIC_LETTER}{{3,}}")
_ARABIC_FIRST = re.compile(at_word_start(ARABIC_LETTER, before=r"\w") + ARABIC_LETTER + "{2,}+")


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Gunmen raided Tin-Akof and the D'Ansongo-Gao road near O'Brien's camp."),
    ("fr", "Des hommes armés ont attaqué Tin-zaouaten, puis l'Étoile et Aguelhok-Nord."),
    ("ar", "هاجم مسلحون قرية تين-أكوف (شمال) قرب «غاو» ليلة الأحد."),
    ("en", "A-B-C-D-E x-Y Z9 _Abc ’Abc -Abc Abc"),
])
def test_class_first_patterns_find_what_the_lookbehind_ones_find(lang, text):
    # a class leading the pattern lets a scan skip to its letters; the matches must not move
    assert [m.span() for m in _CLASS_FIRST.finditer(text)] \
        == [m.span() for m in _LOOKBEHIND_FIRST.finditer(text)]
    assert [m.span() for m in _ARABIC_FIRST.finditer(text)] \
        == [m.span() for m in _ARABIC_LOOKBEHIND.finditer(text)]
    assert [m.span("name") for m in _QUOTED_FROM_MARK.finditer(text)] \
        == [m.span("name") for m in QUOTED_ARABIC.finditer(text)]



class _Recorder:
    """`is_place_name` that notes each word it is asked about."""

    def __init__(self, asked: list[str]) -> None:
        self.asked = asked

    def __call__(self, word, countries, **options):
        self.asked.append(word)
        return is_place_name(word, countries, **options)


def _asked(monkeypatch, lang: str, text: str) -> tuple[list[str], list[str]]:
    """The places found in a text and the words the places stage asked the gazetteer."""
    asked: list[str] = []
    for module in (place_names, places_uncued):
        monkeypatch.setattr(module, "is_place_name", _Recorder(asked))
    found = [p.name for p in find_places(ArticleDoc.from_text(text, lang=lang))]
    return found, asked


def test_a_plain_word_after_a_place_cue_needs_no_look_up(monkeypatch):
    # "قرية" announces a place: the plain word after it is the name whatever the
    # gazetteer says, so it is not asked; a cue after it ("قرب") starts no two-word name
    found, asked = _asked(monkeypatch, "ar", "هاجم مسلحون قرية كاربولا قرب الحدود.")
    assert "كاربولا" in found
    assert "كاربولا" not in asked and "كاربولا قرب" not in asked


def test_a_glued_preposition_asks_the_rest_of_the_word_first(monkeypatch):
    # "بمبادرة" (by an initiative): its rest is no place, so the whole word is never asked
    found, asked = _asked(monkeypatch, "ar", "قتل جنديان بمبادرة من القيادة.")
    assert "مبادرة" not in found
    assert "مبادرة" in asked and "بمبادرة" not in asked


@pytest.mark.parametrize(("text", "expected"), [
    ("  Burkina Faso hier", (14, "BFA")),
    (" بوركينا فاسو أمس", (13, "BFA")),
    (" Côte d'Ivoire et", (14, "CIV")),
    (" Mopti", (0, None)),
    (" Mali-Niger road", (0, None)),  # a hyphen joins the first word: no country opens it
    (" 12 km", (0, None)),
])
def test_country_after_reads_a_country_from_its_first_word(text, expected):
    assert place_names.country_after(text, 0) == expected
