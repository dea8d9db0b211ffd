"""Scanning for a place pattern only where its matches can start (rasd.stages.place_scan)."""

from __future__ import annotations

import pytest

from rasd.stages.place_scan import matches_at, name_starts
from rasd.stages.places import _road_starts, _road_word_lengths, _roads_by_towns
from rasd.stages.places_uncued import (
    _compass_after,
    _compass_starts,
    _located,
    _located_marks,
    _located_starts,
)

ARABIC_MARK = "\u0670"  # a superscript alef: in the Arabic letter range, no word character


@pytest.mark.parametrize(("lang", "text"), [
    ("ar", "قتل مسلحون جنودا في تيسيت، الواقعة في منطقة غاو، ثم في «كوتوغو» ، عاصمة ولاية سوم."),
    ("ar", f"هاجموا قرية ابٰرهيم الواقعة قرب النهر ثم X{ARABIC_MARK}ابت الواقعة شرقا"
     "  بوني  ،  الواقع"),
    ("ar", f"قتل جنود في أربيدنا (شمال) وفي أر{ARABIC_MARK}بيندا (وسط) ثم في 12بوني (غرب)."),
    ("fr", "Des hommes armés ont attaqué Tin-Akof (nord-est) puis Gao Ansongo Menaka Boni (nord)."),
    ("en", "Gunmen struck Dori (north-east of Burkina), O'Brien (north)  (south)"
     " and Ab\u0670cd (north)."),
    ("en", "On the Gao-Ansongo road, ROAD  Kona-Boni, the national road Sevare-Mopti"
     " and x-Dori-Sebba road."),
    ("fr", "Sur la route nationale Gao-Ansongo, l'axe Dori-Sebba et le tronçon Boni-Hombori-x."),
    ("ar", f"على طريق غاو-أنسونغو ومحور  دوينتزا-بوني وغاو-أنسونغو طريق"
     f" وطريق اب{ARABIC_MARK}-بوني"),
])
def test_scans_from_the_marks_find_what_a_whole_scan_finds(lang, text):
    located, marks = _located(lang), _located_marks(lang)
    scans = [(_compass_after(lang), _compass_starts(text)),
             (_roads_by_towns(lang), _road_starts(text, _road_word_lengths(lang)))]
    if marks is not None:
        scans.append((located, _located_starts(text, marks)))
    for pattern, starts in scans:
        whole = [m.span() for m in pattern.finditer(text)]
        assert [m.span() for m in matches_at(pattern, text, starts)] == whole
    assert any(pattern.search(text) for pattern, _ in scans)  # each row finds a name


@pytest.mark.parametrize(("text", "end", "words", "joiners", "expected"), [
    ("in Gao Ansongo Boni", 19, 3, "-'’", [15, 7, 3]),
    ("في غاو انسونغو", 14, 1, "", [7]),
    (f"في اب{ARABIC_MARK}رهيم", 10, 1, "", [6, 3]),  # after the mark, and the run's start
    ("près de Tin-Akof", 16, 2, "-'’", [8, 5]),
    ("près de Tin-Akof", 16, 2, "", [12]),  # a hyphen joins no word without `joiners`
    ("  ", 2, 3, "", []),
])
def test_name_starts(text, end, words, joiners, expected):
    assert name_starts(text, end, words=words, joiners=joiners) == expected
