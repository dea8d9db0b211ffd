"""The anchor pass of the date grammar (rasd.stages.date_anchors): its factored pattern
(clitics, then words) finds exactly what a trie of every clitic + word finds."""

from __future__ import annotations

import re

import pytest

from rasd.languages import rules_for
from rasd.normalize import fold
from rasd.resources import load
from rasd.stages.date_anchors import DIGIT_ANCHORS, anchor_pattern, anchor_table, factored, trie
from rasd.stages.date_rules import Lexicon, build_grammar


def _both(lang: str) -> tuple[re.Pattern[str], re.Pattern[str], dict]:
    lex = Lexicon.from_data(load(lang, "dates"))
    kinds = {"weekday": lex.weekdays, "month": lex.months, "days_ago": lex.days_ago,
             "nights_ago": lex.nights_ago, "period": lex.periods, "holiday": lex.holidays}
    compounds = [f"{part}-{month}" for part in lex.month_parts for month in lex.months]
    prefix = rules_for(lang).prefix
    table = anchor_table(kinds, compounds, prefix)
    full = re.compile(" " + trie(table, end=r"(?!\w)", extra=DIGIT_ANCHORS))
    assert build_grammar(load(lang, "dates"), rules_for(lang)).anchors.pattern == \
        anchor_pattern(kinds, compounds, prefix, table)
    return full, re.compile(anchor_pattern(kinds, compounds, prefix, table)), table


# factored where clitics multiply the table (Arabic, French), not without them (English)
@pytest.mark.parametrize("lang,is_factored", [("ar", True), ("fr", True), ("en", False)])
def test_factored_anchors_match_as_the_whole_table(lang: str, is_factored: bool) -> None:
    full, written, table = _both(lang)
    assert (written.pattern != full.pattern) is is_factored
    entries = sorted(table)
    for text in (" ".join(entries), " ".join(reversed(entries)), "-".join(entries),
                 "  ".join(entries[::3]) + " 12/03/2025 2024-11-02"):
        padded = " " + text
        assert [m.span() for m in written.finditer(padded)] == \
            [m.span() for m in full.finditer(padded)]


@pytest.mark.parametrize("lang,text,anchored", [
    ("ar", "هاجم مسلحون القرية يوم الخميس الماضي", "الخميس"),
    ("ar", "وقع الهجوم أمس الأول قرب الحدود", "امس الاول"),
    ("fr", "l'attaque a eu lieu à la mi-janvier près de Gao", "a la mi-janvier"),
    ("fr", "selon l'armée, l'embuscade date d'hier soir", "d'hier"),
    ("en", "the convoy was ambushed last week near the border", "last week"),
    ("en", "gunmen attacked the market on 12/03/2025 at dawn", "12/0"),
])
def test_anchor_is_the_longest_entry(lang: str, text: str, anchored: str) -> None:
    grammar = build_grammar(load(lang, "dates"), rules_for(lang))
    found = [m.group()[1:] for m in grammar.anchors.finditer(" " + fold(text))]
    assert anchored in found


@pytest.mark.parametrize("clitics,words,compounds,is_factored", [
    (["", "w"], {"day", "after day"}, set(), True),
    (["", "w"], {"a b", "a"}, set(), True),
    # "wa b" (no clitic) is longer than "w" + "a": the clitic trie would stop short
    (["", "w"], {"wa b", "a"}, set(), False),
    # a compound that is the opening of a longer entry is tried first and would win
    ([""], {"mid month of", "may"}, {"mid month"}, False),
    ([""], {"may"}, {"mid-may"}, True),
])
def test_factored_refuses_entries_cut_short(clitics: list[str], words: set[str],
                                            compounds: set[str], is_factored: bool) -> None:
    table = {c + w: None for c in clitics for w in words} | dict.fromkeys(compounds)
    assert factored(clitics, words, compounds, table) is is_factored


def test_factored_refuses_entries_opening_with_a_digit() -> None:
    assert not factored([""], {"1er"}, set(), {"1er": None})


@pytest.mark.parametrize("lang", ["ar", "fr", "en"])
def test_numeric_dates_anchor_after_any_leading_digit(lang: str) -> None:
    # the digit branch is one class: every leading digit must still open a numeric date
    # anchor, exactly as one branch per digit did
    grammar = build_grammar(load(lang, "dates"), rules_for(lang))
    per_digit = re.compile(grammar.anchors.pattern.replace(
        "|".join(DIGIT_ANCHORS), "|".join(rf"{d}\d{{0,3}}[/.-]\d" for d in range(10))))
    padded = " " + " ".join(f"{d}{d}/0{d}/2025 {d}.{d} {d}-{d}x 2024-1{d}-01" for d in range(10))
    assert [m.span() for m in grammar.anchors.finditer(padded)] == \
        [m.span() for m in per_digit.finditer(padded)]
    assert len(list(grammar.anchors.finditer(padded))) >= 30
