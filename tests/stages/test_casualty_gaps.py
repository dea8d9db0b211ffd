"""The words between a number and the noun after it (casualties._words_in_gap) are counted
in the gap itself when it is short: the count must be what `words_between` gives for the
same bounds, a word cut by either bound counted as one, whatever the gap's length."""

from __future__ import annotations

from rasd.doc import Span
from rasd.stages.casualties import _words_in_gap
from rasd.stages.nearby import words_between

TEXTS = (
    "Gunmen killed 12 Malian soldiers (grade 2), then 3 more near Ménaka.",
    "Des hommes armés ont tué 12 soldats maliens, dont 3 officiers, près de Gao.",
    "قتل مسلحون 12 جنديا ماليا، بينهم 3 ضباط، قرب غاو يوم الاثنين.",
    "x" * 70 + " a " + "y" * 70 + "  \n 9 (9) civils " + " " * 65 + "tués",
)


def test_the_gap_counts_as_words_between_counts():
    for text in TEXTS:
        for start in range(len(text) + 1):
            for end in range(start, len(text) + 1):
                expected = words_between(text, Span(0, start), Span(end, len(text)))
                assert _words_in_gap(text, start, end) == expected, (text, start, end)
