import re

import pytest

from rasd.doc import Span
from rasd.stages.nearby import words_between

TEXTS = [
    "ar", "قتل ثلاثة جنود، وأصيب آخرون في هجوم على قرية قرب موبتي.",
    "fr", "Trois soldats ont été tués d'une balle lors d'une attaque près de Mopti.",
    "en", "Three soldiers were killed in an attack near Mopti, the army said.",
]


@pytest.mark.parametrize("text", TEXTS[1::2])
def test_words_between_counts_the_words_a_scan_of_the_gap_finds(text):
    # every pair of spans, words cut by a span included: the bisection over the text's
    # word bounds must count what a regex scan of the gap counts
    word = re.compile(r"\w+")
    for left_end in range(len(text) + 1):
        for right_start in range(0, len(text) + 1, 3):
            expected = len(word.findall(text, left_end, right_start)) if right_start > left_end else 0
            got = words_between(text, Span(0, left_end), Span(right_start, len(text)))
            assert got == expected, (left_end, right_start)


@pytest.mark.parametrize("lang,text,left,right,cap,expected", [
    ("en", "the army said three soldiers died", (0, 8), (20, 28), 1000, 2),
    ("en", "the army said three soldiers died", (0, 8), (20, 28), 0, 1),  # capped at cap + 1
    ("fr", "l'armée a dit", (0, 7), (3, 13), 1000, 0),  # overlapping
    ("ar", "قال الجيش إن ثلاثة جنود قتلوا", (4, 9), (19, 23), 1000, 2),
])
def test_words_between_cases(lang, text, left, right, cap, expected):
    assert words_between(text, Span(*left), Span(*right), cap=cap) == expected
