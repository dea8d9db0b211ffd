"""Cue words of a resource section (rasd.events.cues): the sections scanned together find
exactly what a scan with each section's own pattern finds."""

import pytest

from rasd.doc import ArticleDoc
from rasd.events.cues import SCANNED_TOGETHER, cue_index, cue_matches, cue_pattern
from rasd.normalize import norm_view

ROWS = [
    ("en", "Troops combed the area between Gao and Ansongo after gunmen dressed as soldiers "
           "came under fire; the army said it had foiled a second raid and launched a manhunt.",
     {("context", "pair_markers"), ("context", "undergo_verbs"), ("context", "defence_verbs"),
      ("context", "search_after"), ("context", "disguise_before")}),
    ("fr", "Des hommes armés vêtus en militaires ont attaqué le poste entre Gao et Ansongo ; "
           "l'armée a repoussé l'assaut et lancé une traque, probablement contre le même groupe.",
     {("context", "pair_markers"), ("context", "disguise_before"), ("context", "defence_verbs"),
      ("context", "search_after"), ("claims", "suspicion")}),
    ("ar", "هاجم مسلحون بزي الجيش قرية بين غاو وأنسونغو، وقال الجيش إنه صد الهجوم وبدأ عمليات "
           "البحث، ومن المرجح أن الجماعة نفسها تقف وراءه.",
     {("context", "pair_markers"), ("context", "disguise_before"), ("context", "defence_verbs"),
      ("context", "search_after"), ("claims", "suspicion")}),
    # the casualty passages' cues: a rival source, a death dated before, a result verb
    ("en", "Weeks after the killing of a chief, a raid led to two deaths, while others say three.",
     {("victims", "rivals"), ("victims", "earlier"), ("victims", "results")}),
    ("fr", "Des semaines après l'embuscade, le raid a fait deux morts, alors que d'autres en "
           "comptent trois.",
     {("victims", "rivals"), ("victims", "earlier"), ("victims", "results")}),
    ("ar", "بعد أسبوع من مقتل زعيم، شنت القوات غارة أسفرت عن قتيلين، في حين تحدث آخرون عن ثلاثة.",
     {("victims", "rivals"), ("victims", "earlier"), ("victims", "results")}),
]


def _doc(lang, text):
    return ArticleDoc.from_text(text).with_layers(lang=lang)


@pytest.mark.parametrize("lang,text,present", ROWS)
def test_sections_scanned_together_find_what_their_own_pattern_finds(lang, text, present):
    doc = _doc(lang, text)
    folded = norm_view(doc).text
    found = set()
    for resource, key in SCANNED_TOGETHER:
        pattern = cue_pattern(lang, resource, key)
        own = [m.span() for m in pattern.finditer(folded)] if pattern is not None else []
        assert cue_matches(doc, resource, key) == own, (resource, key)
        if own:
            found.add((resource, key))
    assert present <= found  # each row exercises the sections it names


@pytest.mark.parametrize("lang,text", [
    ("en", "Fighting between herders between farmers, between them"),
    ("fr", "entre Gao entre Tombouctou,entre-deux"),
    ("ar", "بين غاو وبين تمبكتو بينهم"),
])
def test_adjacent_and_repeated_cues_are_all_found_in_order(lang, text):
    doc = _doc(lang, text)
    pattern = cue_pattern(lang, "context", "pair_markers")
    expected = [m.span() for m in pattern.finditer(norm_view(doc).text)]
    assert len(expected) >= 2
    assert cue_matches(doc, "context", "pair_markers") == expected


def test_a_section_not_scanned_together_is_scanned_on_its_own():
    doc = _doc("en", "The UN condemned the attack and the ministry denounced the killings.")
    pattern = cue_pattern("en", "claims", "condemnations")
    assert ("claims", "condemnations") not in SCANNED_TOGETHER
    expected = [m.span() for m in pattern.finditer(norm_view(doc).text)]
    assert expected and cue_matches(doc, "claims", "condemnations") == expected


def test_cue_index_spans_are_of_the_original_text():
    text = "Des soldats vêtus en civils ont été vus entre Gao et Ansongo."
    doc = _doc("fr", text)
    spans = cue_index(doc, "context", "pair_markers").spans
    assert [s.of(text) for s in spans] == ["entre"]


@pytest.mark.parametrize("lang,text,resource,key,expected", [
    # a term starting inside an earlier match is not found again ("pursuit of" in "in pursuit of")
    ("en", "Soldiers set off in pursuit of the attackers.", "context", "search_after", ["in pursuit"]),
    ("fr", "Les soldats se sont lancés à la poursuite des assaillants.", "context", "search_after",
     ["à la poursuite"]),
    ("ar", "لم تعلن مسؤوليتها عن الهجوم أي جماعة.", "actors", "claim_verbs", ["تعلن مسؤوليتها"]),
])
def test_a_term_inside_an_earlier_match_is_not_found_again(lang, text, resource, key, expected):
    doc = _doc(lang, text)
    view = norm_view(doc)
    assert [view.orig_span(s, e).of(text) for s, e in cue_matches(doc, resource, key)] == expected


@pytest.mark.parametrize("lang,text", [
    # a cue first in the text, after punctuation, run together with a word (no cue), with
    # a clitic or an elided article, and at the very end
    ("en", "Between two raids,between the towns; inbetween.Manhunt launched under fire between"),
    ("fr", "Entre Gao,entre-deux;l'entre-soi rentre, probablement (entre"),
    ("ar", "بين غاو،وبين القرى؛ وبالبحث بينهما البحث"),
])
def test_the_one_scan_finds_every_offset_where_a_section_scanned_together_matches(lang, text):
    # the trie of every section's terms in the language's word pattern finds exactly the
    # offsets where one of the sections' own patterns matches
    from rasd.events.cues import _starts

    folded = norm_view(_doc(lang, text)).text
    patterns = [p for p in (cue_pattern(lang, *sec) for sec in SCANNED_TOGETHER) if p]
    expected = [i for i in range(len(folded) + 1) if any(p.match(folded, i) for p in patterns)]
    assert expected and expected[0] == 0
    assert _starts(lang, folded) == expected


@pytest.mark.parametrize("lang,text", [
    ("en", "Raids 中between Gao and Menaka, then between Gao and Ansongo"),
    ("fr", "Des raids 中entre Gao et Ménaka, puis entre Gao et Ansongo"),
    ("ar", "غارات 中بين غاو وميناكا ثم بين غاو وأنسونغو"),
])
def test_a_letter_of_another_script_before_a_term_is_tried_but_matches_nothing(lang, text):
    # the scan's character before a term lets in the letters of scripts past Arabic (one
    # table look-up): such an offset is tried, and the section's own pattern turns it away
    from rasd.events.cues import _starts

    doc = _doc(lang, text)
    folded = norm_view(doc).text
    glued = folded.index("中") + 1
    assert glued in _starts(lang, folded)
    pattern = cue_pattern(lang, "context", "pair_markers")
    expected = [m.span() for m in pattern.finditer(folded)]
    assert len(expected) == 1 and expected[0][0] > glued
    assert cue_matches(doc, "context", "pair_markers") == expected
