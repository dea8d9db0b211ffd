"""The stretches of text the trigger regexes run on (rasd.stages.triggers._windows): the
sentence around each anchor word, from the stop before it (at most 400 characters back)
to the stop after it."""

import re

import pytest

from rasd.doc import ArticleDoc
from rasd.normalize import norm_view
from rasd.stages.triggers import _stop_offsets, _windows

ROWS = [
    ("en", "Markets reopened. Gunmen attacked a village near Gao. Schools stayed shut",
     ["Gunmen attacked a village near Gao."]),
    ("fr", "La pluie est tombée. Des hommes armés ont attaqué un village près de Gao. Fin",
     ["Des hommes armés ont attaqué un village près de Gao."]),
    ("ar", "أعيد فتح الأسواق. هاجم مسلحون قرية قرب غاو. انتهى",
     ["هاجم مسلحون قرية قرب غاو."]),
    # no stop after the anchor: the window runs to the end of the text
    ("en", "Markets reopened. Gunmen attacked a village", ["Gunmen attacked a village"]),
    # two anchors in one sentence: one window
    ("en", "Calm. Gunmen attacked and killed two herders. Calm",
     ["Gunmen attacked and killed two herders."]),
]


@pytest.mark.parametrize("lang,text,expected", ROWS)
def test_a_window_is_the_anchor_sentence(lang, text, expected):
    doc = ArticleDoc.from_text(text).with_layers(lang=lang)
    folded = norm_view(doc).text
    assert [folded[a:b].strip() for a, b in _windows(doc, folded)] == [norm_view(
        ArticleDoc.from_text(e)).text for e in expected]


def test_a_window_reaches_back_at_most_400_characters():
    text = "Calm. " + "word " * 100 + "gunmen attacked a village."
    doc = ArticleDoc.from_text(text).with_layers(lang="en")
    folded = norm_view(doc).text
    (start, end), = _windows(doc, folded)
    assert start == folded.index("attacked") - 400 and end == len(folded)


def test_the_stops_are_every_sentence_mark_in_order():
    """triggers._stop_offsets lists what a character class of the stops finds, in order."""
    texts = ("", "no stop", "Il a dit: «non!» Vraiment? Oui.\nFin", "قال؟ نعم. لا!\n\n", "..!!??")
    for text in texts:
        assert _stop_offsets(text) == [m.start() for m in re.finditer(r"[.!?؟\n]", text)]
