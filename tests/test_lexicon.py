import pytest

from rasd.languages import rules_for
from rasd.lexicon import Lexicon
from rasd.normalize import normalize

ENTRIES = {
    "army": ["جيش", "الجيش المالي", "armée", "army", "Malian army", "FAMa"],
    "attack": ["هجوم", "هاجم", "attaque", "attack", "attacked"],
    "ambush": ["كمين", "embuscade", "ambush"],
    "statement": ["بيان"],
}


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        ("ar", "وهاجم مسلحون الجيش المالي في كمين", [("attack", "وهاجم"), ("army", "الجيش المالي"), ("ambush", "كمين")]),
        ("ar", "قال الجيشُ في بيانٍ وبالجيش", [("army", "الجيشُ"), ("statement", "بيانٍ"), ("army", "وبالجيش")]),
        ("ar", "للجيش وللجيش", [("army", "للجيش"), ("army", "وللجيش")]),
        ("ar", "جيشان", []),
        ("fr", "L'armée a repoussé une attaque et une embuscade des FAMa", [("army", "L'armée"), ("attack", "attaque"), ("ambush", "embuscade"), ("army", "FAMa")]),
        ("fr", "d’attaques", []),
        ("en", "The Malian  army was attacked in an ambush; armies", [("army", "Malian  army"), ("attack", "attacked"), ("ambush", "ambush")]),
    ],
)
def test_lexicon_hits_with_clitics_and_spans(lang, text, expected):
    lexicon = Lexicon(ENTRIES, rules=rules_for(lang))
    view = normalize(text)
    hits = [(m.labels[0], m.span.of(text)) for m in lexicon.finditer(view)]
    assert hits == expected


def test_a_term_with_two_labels_keeps_both():
    lexicon = Lexicon({"a": ["raid"], "b": ["raid"]}, rules=rules_for("en"))
    assert [m.labels for m in lexicon.finditer(normalize("a raid"))] == [("a", "b")]
