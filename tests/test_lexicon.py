import pytest

from rasd.doc import Span
from rasd.languages import rules_for
from rasd.lexicon import TokenIndex, clitic_prefixes
from rasd.normalize import normalize

ENTRIES = {
    "army": ["جيش", "الجيش المالي", "armée", "army", "Malian army", "FAMa"],
    "attack": ["هجوم", "هاجم", "attaque", "attack", "attacked"],
    "ambush": ["كمين", "embuscade", "ambush"],
    "statement": ["بيان"],
}


def test_clitic_prefixes_of_arabic():
    prefixes = clitic_prefixes(rules_for("ar"))
    assert {"و", "ال", "وال", "بال", "لل", "ولل", "فب"} <= prefixes
    assert "الل" not in prefixes and "" not in prefixes


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        ("ar", "وهاجم مسلحون الجيش المالي في كمين", [("attack", "وهاجم"), ("army", "الجيش المالي"), ("ambush", "كمين")]),
        ("ar", "قال الجيشُ في بيانٍ وبالجيش", [("army", "الجيشُ"), ("statement", "بيانٍ"), ("army", "وبالجيش")]),
        ("ar", "للجيش وللجيش", [("army", "للجيش"), ("army", "وللجيش")]),
        ("ar", "جيشان", []),
        ("fr", "L'armée a repoussé une attaque et une embuscade des FAMa", [("army", "armée"), ("attack", "attaque"), ("ambush", "embuscade"), ("army", "FAMa")]),
        ("fr", "d’attaques", []),
        ("en", "The Malian army was attacked in an ambush; armies", [("army", "Malian army"), ("attack", "attacked"), ("ambush", "ambush")]),
        # punctuation between two words breaks a phrase ("Malian, army" is no "Malian army")
        ("en", "Malian, army", [("army", "army")]),
    ],
)
def test_token_index_finds_the_same_terms(lang, text, expected):
    index = TokenIndex({("x", "y"): ENTRIES}, rules=rules_for(lang))
    found = index.match(normalize(text)).get(("x", "y"), [])
    assert [(m.labels[0], m.span.of(text)) for m in found] == expected


def test_token_index_keeps_sections_apart_and_overlapping():
    index = TokenIndex({("a", "verbs"): {"kill": ["killed"]}, ("b", "outcomes"): {"killed": ["killed"]},
                        ("c", "phrases"): {"p": ["were killed in"]}}, rules=rules_for("en"))
    found = index.match(normalize("Five were killed in Gao"))
    assert [m.span.of("Five were killed in Gao") for m in found[("a", "verbs")]] == ["killed"]
    assert found[("b", "outcomes")][0].labels == ("killed",)
    assert found[("c", "phrases")][0].term == "were killed in"



def test_a_hit_overlapping_another_sections_hit_is_kept_leftmost_longest_in_its_own():
    # "killed in" starts inside the first section's "were killed": its own section keeps
    # it, and drops its own "in Gao", which it overlaps
    index = TokenIndex({("a", "s"): {"p": ["were killed"]}, ("b", "t"): {"k": ["killed in", "in Gao"]}},
                       rules=rules_for("en"))
    found = index.match(normalize("were killed in Gao"))
    assert [m.term for m in found[("a", "s")]] == ["were killed"]
    assert [(m.term, m.norm_start, m.norm_end) for m in found[("b", "t")]] == [("killed in", 5, 14)]

@pytest.mark.parametrize(
    "sections,text,expected",
    [
        # one glued form reached from two bare terms (لل + term, ل + لterm) takes both
        # terms' sections
        ({("a", "s"): {"arrest": ["اعتقال"]}, ("b", "t"): {"purpose": ["لاعتقال"]}},
         "للاعتقال", {("a", "s"): ("arrest",), ("b", "t"): ("purpose",)}),
        # a bare term that is also a glued form keeps its own meaning in its own section,
        # and takes the other sections of the term it glues
        ({("a", "s"): {"army": ["جيش"], "the_army": ["الجيش"]}, ("c", "u"): {"force": ["جيش"]}},
         "الجيش", {("a", "s"): ("the_army",), ("c", "u"): ("force",)}),
        # a glued form shares its bare term's entries, and each glued form stays apart
        ({("a", "s"): {"attack": ["هجوم"]}}, "والهجوم وهجوم",
         {("a", "s"): ("attack",)}),
    ],
)
def test_token_index_glued_forms_merge_their_terms_sections(sections, text, expected):
    found = TokenIndex(sections, rules=rules_for("ar")).match(normalize(text))
    assert {section: hits[0].labels for section, hits in found.items()} == expected
    assert all(len(hits) == len(text.split()) for hits in found.values())


@pytest.mark.parametrize(
    "text,expected",
    [
        # a term is found ending a word, with any clitic prefix of the language before it
        ("فبالهجوم وكالكمين", [("attack", "فبالهجوم"), ("ambush", "وكالكمين")]),
        # but not where what stands before it is no clitic prefix (a longer word)
        ("مهجوم وفبالهجوم", []),
        # nor inside a word, with letters after it
        ("هجومان", []),
        # a phrase takes the clitics on its first word
        ("والجيش المالي", [("army", "والجيش المالي")]),
    ],
)
def test_token_index_reads_clitics_before_a_term(text, expected):
    index = TokenIndex({("x", "y"): ENTRIES}, rules=rules_for("ar"))
    found = index.match(normalize(text)).get(("x", "y"), [])
    assert [(m.labels[0], m.span.of(text)) for m in found] == expected


def test_a_glued_phrase_goes_on_over_a_quote_gap():
    index = TokenIndex({("x", "y"): {"aqim": ["تنظيم القاعدة"]}}, rules=rules_for("ar"),
                       across_quotes=[("x", "y")])
    text = "قال إن لتنظيم «القاعدة» صلة بالهجوم"
    found = index.match(normalize(text)).get(("x", "y"), [])
    assert [m.span.of(text) for m in found] == ["لتنظيم «القاعدة"]


def test_spaced_text_keeps_offsets_and_words():
    from rasd.lexicon import _spaced

    text = "al_Qaida, \u00abJNIM\u00bb\tattack\u2019s 3\u00a0km"
    spaced = _spaced(text)
    assert len(spaced) == len(text) + 2 and spaced[0] == spaced[-1] == " "
    assert spaced.split() == ["al", "Qaida", "JNIM", "attack", "s", "3", "km"]
    assert all((c == " ") != (c.isalnum()) for c in spaced)


def test_hits_of_unchanged_offsets_carry_plain_spans():
    # the spans made without Span's checks are Spans like any other: equal, hashed, ordered
    text = "An ambush, then the Malian army attacked"
    view = normalize(text)
    assert view.identity
    found = TokenIndex({("x", "y"): ENTRIES}, rules=rules_for("en")).match(view)[("x", "y")]
    spans = [m.span for m in found]
    assert spans == [Span(3, 9), Span(20, 31), Span(32, 40)]
    assert all(type(s) is Span for s in spans) and len(set(spans)) == 3 and sorted(spans) == spans
