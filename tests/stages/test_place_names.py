"""Reading place names at a position (rasd.stages.place_names): the scanning patterns."""

from __future__ import annotations

import re

import pytest

from rasd.stages.place_names import (
    ARABIC_LETTER,
    CAPITAL,
    NAME_REST,
    QUOTED_ARABIC,
    _QUOTED_FROM_MARK,
    at_word_start,
)

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
