"""Materiel, claims and framing lexicons: same keys in every language, enough terms per key,
no term under two keys, patterns that compile, and every term found as itself."""

from __future__ import annotations

import re
from collections import defaultdict

import pytest

from rasd.languages import rules_for
from rasd.lexicon import Lexicon
from rasd.normalize import fold, normalize
from rasd.resources import LANGUAGES, load

# file → the sections whose keys must be the same in every language
KEYED = {"weapons": ("items", "actions"), "claims": ("roles",), "framing": ("markers",)}

# (file, section) → minimum number of terms per key and language
MINIMUM = {("weapons", "items"): 3, ("weapons", "actions"): 3, ("claims", "roles"): 4}
FRAMING_MINIMUM = {"jihadist": 6, "state": 6}

# (lang, file, section, key) → reason a key may have fewer terms than the minimum
FEW_TERMS_OK: dict[tuple[str, str, str, str], str] = {
    ("ar", "claims", "roles", "unknown"): "unknown has no minimum",
    ("fr", "claims", "roles", "unknown"): "unknown has no minimum",
    ("en", "claims", "roles", "unknown"): "unknown has no minimum",
}

# (lang, file, folded term) → reason a term may stand under two keys of one file
SHARED_OK: dict[tuple[str, str, str], str] = {
    ("en", "claims", "told"): "an attribution verb, and before an outlet the word that makes "
                              "it the one spoken to (`recipients`)",
    **{(lang, "claims", word): "a second source joined to a source cue (`coordinated`), and the "
                               "people a generic attribution names as locals (`local_speakers`)"
       for lang, word in (("ar", "سكان"), ("fr", "habitants"), ("en", "residents"), ("en", "locals"))},
    **{(lang, "claims", word): "a second source joined to a source cue (`coordinated`), and the "
                               "word that makes a government cue local (`local_qualifiers`)"
       for lang, word in (("ar", "محليه"), ("fr", "locales"), ("fr", "locaux"), ("en", "local"))},
    **{(lang, "claims", word): "an attribution phrase, and before an outlet the phrase that makes "
                               "it the source whatever recipient word follows (`sourcing`)"
       for lang, word in (("ar", "وفقا"), ("ar", "حسب"), ("fr", "selon"), ("fr", "d'apres"),
                          ("en", "according to"))},
    **{(lang, "claims", word): "before an outlet the word that makes it the one a source spoke "
                               "to (`recipients`), and before a body the word that makes it the "
                               "author of a statement named before it (`agents`)"
       for lang, word in (("fr", "par"), ("fr", "par l'"), ("fr", "par le"), ("fr", "par la"),
                          ("en", "by"), ("en", "by the"))},
    **{("en", "claims", word): "a verb of saying or a statement noun, and before lives the verb "
                               "that counts the dead (`toll_senses`: \"claimed the lives of\")"
       for word in ("claimed", "claims", "claim")},
    ("ar", "claims", "نقلت"): "an attribution verb, and before an outlet the verb that makes it "
                             "the one quoting a source (`recipients`)",
    ("ar", "claims", "نقلا عن"): "an attribution phrase, and after an outlet the phrase by which "
                                "it passes on a source's words (`citing`)",
}
# pairs of keys that may share every term: `state_media` picks out, among the government
# cues, the state's outlets (which may only relay what a source told them)
SHARED_KEYS_OK = frozenset({frozenset({"roles/government", "state_media"})})

# (lang, file, original term) → reason an Arabic term may start with the article
ARTICLE_OK: dict[tuple[str, str, str], str] = {}


def _lists(data: dict) -> dict[str, list[str]]:
    """Every term list of a file by its place ("items/rifle", "attribution"); `patterns`,
    `determiners` (function words read right before another word, never on their own),
    framing `labels` (a subset of the markers by design) and claims `speaking_only` (a subset
    of the role cues by design) excluded."""
    out: dict[str, list[str]] = {}
    for top, node in data.items():
        if top in ("patterns", "determiners", "labels", "speaking_only"):
            continue
        if isinstance(node, list):
            out[top] = node
        elif isinstance(node, dict):
            out.update({f"{top}/{key}": terms or [] for key, terms in node.items()})
    return out


def _patterns(data: dict) -> list[tuple[str, str]]:
    """Every regex under a top-level `patterns` mapping (key → list of regexes)."""
    node = data.get("patterns") or {}
    return [(key, p) for key, regexes in node.items() for p in regexes or []]


CASES = [(lang, name) for lang in LANGUAGES for name in KEYED]


@pytest.mark.parametrize("name,section", [(n, s) for n, ss in KEYED.items() for s in ss])
def test_keys_are_the_same_in_every_language(name, section):
    keys = {lang: set(load(lang, name)[section]) for lang in LANGUAGES}
    assert keys["ar"], f"{name}/{section} is empty"
    assert all(k == keys["ar"] for k in keys.values()), keys


@pytest.mark.parametrize("lang,name", CASES)
def test_every_key_has_enough_terms(lang, name):
    data = load(lang, name)
    short = []
    for section in KEYED[name]:
        for key, terms in data[section].items():
            need = MINIMUM.get((name, section)) or FRAMING_MINIMUM.get(key, 1)
            if len(terms or []) < need and (lang, name, section, key) not in FEW_TERMS_OK:
                short.append(f"{section}/{key}: {len(terms or [])} < {need}")
    assert not short, f"{lang}/{name}: {short}"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_claims_has_attribution_verbs_and_statement_nouns(lang):
    data = load(lang, "claims")
    assert len(data["attribution"]) >= 10 and len(data["statement_nouns"]) >= 5


@pytest.mark.parametrize("lang,name", CASES)
def test_no_term_under_two_keys(lang, name):
    owners: dict[str, set[str]] = defaultdict(set)
    for where, terms in _lists(load(lang, name)).items():
        for term in terms:
            owners[" ".join(fold(term).split())].add(where)
    shared = {t: sorted(w) for t, w in owners.items()
              if len(w) > 1 and (lang, name, t) not in SHARED_OK and frozenset(w) not in SHARED_KEYS_OK}
    assert not shared, f"{lang}/{name}: {shared}"


@pytest.mark.parametrize("lang,name", CASES)
def test_patterns_compile(lang, name):
    for key, regex in _patterns(load(lang, name)):
        try:
            re.compile(regex)
        except re.error as exc:
            pytest.fail(f"{lang}/{name} patterns/{key}: {regex!r}: {exc}")


def test_pattern_collector_is_not_vacuous():
    data = {"patterns": {"rifle": ["ak[- ]?47", "("]}, "items": {"rifle": ["fusil"]}}
    found = _patterns(data)
    assert found == [("rifle", "ak[- ]?47"), ("rifle", "(")]
    with pytest.raises(re.error):
        re.compile(found[1][1])
    assert _lists(data) == {"items/rifle": ["fusil"]}


@pytest.mark.parametrize("name", sorted(KEYED))
def test_arabic_terms_leave_the_article_to_the_matcher(name):
    """"عربات المدرعة", not "العربات المدرعة": the matcher adds ال, و, ب, لل."""
    bad = [t for terms in _lists(load("ar", name)).values() for t in terms
           if t.startswith("ال") and ("ar", name, t) not in ARTICLE_OK]
    assert not bad, bad


@pytest.mark.parametrize("lang,name", CASES)
def test_every_term_is_found_as_itself_under_its_key(lang, name):
    """No term is hidden by folding, by a longer term or by its own punctuation."""
    lists = _lists(load(lang, name))
    lexicon = Lexicon(lists, rules=rules_for(lang))
    missed = []
    for where, terms in lists.items():
        for term in terms:
            hits = list(lexicon.finditer(normalize(f"( {term} )")))
            # words are matched: edge punctuation ("U.N.", an elided "d'") is not part of a term
            wanted = " ".join(fold(term).split()).strip(".,;:!?'")
            if len(hits) != 1 or where not in hits[0].labels or hits[0].term != wanted:
                missed.append((where, term, [(h.labels, h.term) for h in hits]))
    assert not missed, f"{lang}/{name}: {missed[:10]}"


@pytest.mark.parametrize(
    "lang,name,text,expected",
    [
        ("ar", "weapons", "واغتنموا دراجتين ناريتين وللعربات المدرعة",
         [("actions/captured", "واغتنموا"), ("items/motorbike", "دراجتين ناريتين"),
          ("items/armoured_vehicle", "وللعربات المدرعة")]),
        ("fr", "weapons", "Les assaillants ont incendié un pick-up, emporté des chargeurs et pillé",
         [("actions/burnt", "incendié"), ("items/pickup", "pick-up"),
          ("actions/captured", "emporté"), ("items/magazine", "chargeurs"),
          ("actions/looted", "pillé")]),
        ("fr", "weapons", "Des hommes armés, des armes et un groupe armé ; l'arme saisie.",
         [("items/weapons", "des armes"), ("items/weapons", "l'arme"), ("actions/seized", "saisie")]),
        ("en", "weapons", "Troops seized two 12.7mm machine guns and a car bomb.",
         [("actions/seized", "seized"), ("items/dshk", "12.7mm"),
          ("items/machine_gun", "machine guns"), ("items/explosives", "car bomb")]),
        ("ar", "claims", "وقالت مصادر محلية للجزيرة إن المسلحين تبنوا الهجوم",
         [("attribution", "وقالت"), ("roles/local_source", "مصادر محلية"),
          ("roles/independent_media", "للجزيرة"), ("complementisers", "إن"),
          ("roles/perpetrator", "تبنوا")]),
        ("fr", "claims", "Selon l'armée, une source sécuritaire a indiqué à l'AFP",
         [("roles/government", "Selon l'armée"), ("roles/security_source", "source sécuritaire"),
          ("attribution", "a indiqué"), ("recipients", "à l"), ("roles/independent_media", "AFP")]),
        ("fr", "claims", "selon des sources locales et des sources sécuritaires concordantes",
         [("attribution", "selon"), ("roles/local_source", "sources locales"),
          ("roles/security_source", "sources sécuritaires")]),
        ("en", "claims", "Amaq claimed the attack, residents said, according to OCHA",
         [("roles/perpetrator", "Amaq"), ("roles/perpetrator", "claimed the attack"),
          ("roles/local_source", "residents said"), ("attribution", "according to"),
          ("roles/international_organisation", "OCHA")]),
        ("ar", "framing", "هاجم المجاهدون جيش الردة وتم تحييد الإرهابيين",
         [("markers/jihadist", "المجاهدون"), ("markers/jihadist", "جيش الردة"),
          ("markers/state", "وتم تحييد"), ("markers/state", "الإرهابيين")]),
        ("fr", "framing", "Les FAMa ont neutralisé des terroristes ; tirs croisés au loin.",
         [("markers/state", "neutralisé"), ("markers/state", "terroristes")]),
        ("en", "framing", "The occupying army killed a martyr; militants fled.",
         [("markers/rebel", "occupying army"), ("markers/martyrdom", "martyr")]),
    ],
)
def test_lexicons_in_context(lang, name, text, expected):
    lexicon = Lexicon(_lists(load(lang, name)), rules=rules_for(lang))
    hits = [(m.labels[0], m.span.of(text)) for m in lexicon.finditer(normalize(text))]
    assert hits == expected


@pytest.mark.parametrize("lang", LANGUAGES)
def test_speaking_only_cues_are_role_cues(lang):
    data = load(lang, "claims")
    roles = {fold(t) for terms in data["roles"].values() for t in terms or ()}
    assert {fold(t) for t in data.get("speaking_only") or ()} <= roles
