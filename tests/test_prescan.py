"""A pre-scan and `matches_at` give exactly what `finditer` gives (rasd.prescan)."""

from __future__ import annotations

import re

import pytest

from rasd.languages import rules_for
from rasd.lexicon import term_alternation
from rasd.normalize import fold
from rasd.prescan import (WORD_BLOCKS_END, Matches, Prescan, literal_prefixes, literal_strings,
                          matches_at, non_word_class, trie_alternation)

TERMS = {
    "ar": ["في كمين آخر", "في كمين", "كمين", "العام الماضي", "عام", "فيما", "بينما"],
    "fr": ["le lendemain", "lendemain", "l'an dernier", "alors que", "alors", "où"],
    "en": ["in another ambush", "in another", "another", "last year", "while", "which"],
}
TEXTS = {
    "ar": ["قتل جنديان في كمين آخر قرب البلدة، فيما فر المهاجمون. وفي العام الماضي وقع هجوم",
           "وبكمين  آخر ،عام 2019؛ بينما وبينما كمينان", "كمين"],
    "fr": ["Le lendemain, alors que l'armée patrouillait où l'an dernier, lendemains.",
           "alors;alors que  où2019 ;  l'an   dernier", "où"],
    "en": ["In another ambush the next day, while troops which last year fled; another one.",
           "anotherwhile in  another  ambush;;while1998", "which"],
}


@pytest.mark.parametrize("lang", ["ar", "fr", "en"])
def test_trie_alternation_accepts_what_the_flat_alternation_accepts(lang):
    wrap = rules_for(lang).wrap
    flat = re.compile(wrap(term_alternation(TERMS[lang])))
    trie = re.compile(wrap(trie_alternation(TERMS[lang])))
    for text in TEXTS[lang]:
        folded = fold(text)
        assert [m.span() for m in trie.finditer(folded)] == \
            [m.span() for m in flat.finditer(folded)]


@pytest.mark.parametrize("lang", ["ar", "fr", "en"])
def test_matches_at_the_prescan_offsets_are_finditer_matches(lang):
    rules = rules_for(lang)
    year = r"(?<![\d.,/-])(?:1[89]\d\d|20\d\d)(?![\d,/-]|\.\d)"
    patterns = [re.compile(rules.wrap(term_alternation(TERMS[lang][:3]))),
                re.compile(rules.wrap(term_alternation(TERMS[lang][3:])) + "|;|؛"),
                re.compile(rules.wrap(term_alternation(TERMS[lang])) + "|" + year)]
    scan = Prescan.build(TERMS[lang], prefix=rules.prefix, others=[r"[12](?=\d\d\d)", "[;؛]"])
    matched = 0
    for text in TEXTS[lang]:
        folded = fold(text)
        offsets = scan.offsets(folded)
        found = Matches(folded, scan)
        for pattern in patterns:
            expected = [(m.span(), m.group()) for m in pattern.finditer(folded)]
            matched += len(expected)
            assert [(m.span(), m.group()) for m in matches_at(pattern, folded, offsets)] == expected
            assert [(m.span(), m.group()) for m in found(pattern)] == expected
    assert matched >= 12


def test_the_non_word_class_holds_every_non_word_character_and_no_word_character_it_covers():
    cls = re.compile(non_word_class())
    for code in [*range(0x3000), *range(0xFB00, 0x10000, 7), 0x1F600, 0x10FFFF]:
        char = chr(code)
        if not char.isalnum() and char != "_":
            assert cls.match(char), hex(code)
        elif code < WORD_BLOCKS_END:
            assert not cls.match(char), hex(code)


def test_words_of_a_script_past_the_class_are_still_found_at_their_starts():
    # Devanagari and Chinese letters fall in the class: more offsets are tried, the matches
    # are the same
    scan = Prescan.build(["ambush"], prefix="")
    pattern = re.compile(rules_for("en").wrap("ambush"))
    for text in ["नमस्ते ambush 伏击ambush ambush", "ambush", "xambush (ambush"]:
        expected = [m.span() for m in pattern.finditer(text)]
        assert [m.span() for m in Matches(text, scan)(pattern)] == expected
        assert set(scan.offsets(text)) >= {start for start, _ in expected}


def test_matches_without_a_scan_look_everywhere_and_none_when_nothing_can_match():
    pattern = re.compile(r"(?<!\w)kidal(?!\w)")
    assert [m.span() for m in Matches("near kidal", None)(pattern)] == [(5, 10)]
    assert Matches("near gao", Prescan.build(["kidal"])).none
    assert not Matches("near kidal", Prescan.build(["kidal"])).none


@pytest.mark.parametrize("pattern,strings", [
    (r"(?:[وف]?(?:[بك]?ال|لل|[بلك])?)", 24),  # Arabic clitics: "", "و", "وبال", "فلل", ...
    (r"(?:(?:[ld]|qu|jusqu)')?", ["", "d'", "jusqu'", "l'", "qu'"]),
    (r"(?:a|b)?c{0,2}", ["", "a", "ac", "acc", "b", "bc", "bcc", "c", "cc"]),
    (r"(a)?", ["", "a"]),
    (r"", [""]),
    # no short list of literals: the pattern is kept as written
    (r"\w?", None), (r"[^a]", None), (r"a*", None), (r"(?i)a", None), (r"a(?=b)", None),
    (r"[a-z]{4}", None),  # 26 ** 4 strings
])
def test_literal_strings_lists_what_a_clitic_pattern_matches(pattern, strings):
    found = literal_strings(pattern)
    if isinstance(strings, int):
        assert found is not None and len(found) == strings
        assert all(re.fullmatch(pattern, s) for s in found)
    else:
        assert found == strings


@pytest.mark.parametrize("lang", ["ar", "fr", "en"])
def test_the_clitics_written_out_find_the_offsets_the_clitic_pattern_finds(lang):
    rules = rules_for(lang)
    body = trie_alternation(TERMS[lang])
    as_written = re.compile(rf"{non_word_class()}(?={rules.prefix}(?:{body}))")
    scan = Prescan.build(TERMS[lang], prefix=rules.prefix)
    assert scan.words is not None
    assert (scan.words.pattern != as_written.pattern) is bool(rules.prefix)
    for text in TEXTS[lang]:
        padded = " " + fold(text)
        assert [m.end() for m in scan.words.finditer(padded)] == \
            [m.end() for m in as_written.finditer(padded)]


@pytest.mark.parametrize("pattern,prefixes", [
    (r"(?:kill|shot) (?:the )?\w+", ["kill ", "kill the ", "shot ", "shot the "]),
    # each alternative read as far as it is literal, the rest of the pattern not at all
    (r"(?:ab|c\d)x", ["ab", "c"]),
    (r"[وف]?صد(?: [^ ]+){0,3} هجوم", ["صد", "فصد", "وصد"]),
    # some match may open with anything: no list
    (r"(?:a|\w)b", None), (r"\w+", None), (r"(?=a)a", None), (r"(?i)a", None),
])
def test_literal_prefixes_lists_what_every_match_opens_with(pattern, prefixes):
    assert literal_prefixes(pattern) == prefixes


def test_literal_prefixes_are_openings_of_the_matches():
    pattern = r"(?:seized|took) (?:an? |the )?(?:[\w-]+ ){0,2}(?:cattle|goats)"
    found = literal_prefixes(pattern)
    assert found is not None
    for text in ["seized the cattle", "took a dozen goats", "seized cattle", "took two big goats"]:
        assert re.fullmatch(pattern, text) and any(text.startswith(p) for p in found)
