"""Schema and content checks for the event lexicons: triggers.yaml and victims.yaml."""

from __future__ import annotations

import re
from collections import defaultdict

import pytest

from rasd.doc import ArticleDoc
from rasd.languages import rules_for
from rasd.lexicon import Lexicon
from rasd.normalize import fold, norm_view
from rasd.resources import LANGUAGES, load
from rasd.taxonomy import taxonomy

SUB_EVENT_TYPES = frozenset(taxonomy().sub_event_types)
OUTCOMES = frozenset({"killed", "injured", "abducted", "missing", "arrested"})
GROUPS = frozenset(
    {"soldiers", "police", "auxiliaries", "civilians", "attackers", "peacekeepers", "people"})

MIN_TRIGGERS = 8
CORE_SUB_EVENT_TYPES = (
    "Armed clash", "Attack", "Air/drone strike", "Remote explosive/landmine/IED",
    "Abduction/forced disappearance", "Looting/property destruction", "Arrests",
    "Peaceful protest",
)
MIN_OUTCOME_TERMS = 5
MIN_GROUP_TERMS = 3

# The matcher adds و ف ب ل ك, ال and لل itself, so a term must not start with them. These
# terms begin with the same letters as part of the word itself.
ARABIC_ARTICLE_WHITELIST = {
    "التحام": "form VIII verbal noun of ل-ح-م (iltiham, close combat): alef-lam is radical",
}
_CLITIC_ARTICLE = re.compile(r"^(?:[وفبك]ال|لل)")


def _triggers(lang: str) -> dict:
    return load(lang, "triggers")


def _victims(lang: str) -> dict:
    return load(lang, "victims")


def _terms(node) -> list[str]:
    """Every term (list item) under a section, nested mappings included."""
    if isinstance(node, dict):
        return [t for value in node.values() for t in _terms(value)]
    return list(node or [])


@pytest.mark.parametrize("lang", LANGUAGES)
def test_triggers_name_every_acled_sub_event_type(lang):
    data = _triggers(lang)
    assert set(data["sub_event_types"]) == SUB_EVENT_TYPES
    # patterns lists all 25 types too (empty lists allowed), so a reader sees where to add
    assert set(data["patterns"]) == SUB_EVENT_TYPES


@pytest.mark.parametrize("lang", LANGUAGES)
def test_trigger_sections_are_lists_of_terms(lang):
    data = _triggers(lang)
    assert set(data) == {"sub_event_types", "violence", "patterns", "pattern_anchors", "recurring",
                         "gunfire", "setting", "similar", "intent", "ability", "not_events"}
    assert data["violence"], "violence must not be empty"
    assert all(isinstance(t, str) and t for t in data["pattern_anchors"])
    assert data["recurring"] and all(isinstance(t, str) and t for t in data["recurring"])
    for key in ("gunfire", "setting", "similar", "intent", "ability", "not_events"):
        assert data[key] and all(isinstance(t, str) and t for t in data[key])
    for section in ("sub_event_types", "patterns"):
        for label, terms in data[section].items():
            assert isinstance(terms, list), f"{section}/{label}: not a list"
            assert all(isinstance(t, str) and t for t in terms), f"{section}/{label}"
    assert all(isinstance(t, str) and t for t in data["violence"])


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_trigger_term_has_one_label(lang):
    """The trigger stage keeps one label per span: a term in two lists would be a coin toss."""
    data = _triggers(lang)
    owners = defaultdict(set)
    for label, terms in [*data["sub_event_types"].items(), ("violence", data["violence"])]:
        for term in terms:
            owners[" ".join(fold(term).split())].add(label)
    shared = {term: labels for term, labels in owners.items() if len(labels) > 1}
    assert not shared, shared


@pytest.mark.parametrize("lang", LANGUAGES)
def test_trigger_patterns_compile_folded_and_bounded(lang):
    for label, regexes in _triggers(lang)["patterns"].items():
        for regex in regexes:
            compiled = re.compile(regex)
            assert fold(regex) == regex, f"{label}: not in folded form: {regex}"
            assert compiled.groups == 0, f"{label}: use (?:...) not capturing groups: {regex}"
            assert regex.startswith(r"(?<!\w)") and regex.endswith(r"(?!\w)"), (
                f"{label}: a pattern carries its own word boundaries: {regex}")
            assert compiled.search("") is None, f"{label}: matches the empty string"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_at_most_one_pattern_per_sub_event_type(lang):
    """The trigger stage scans the text once per regex: alternatives belong in one regex."""
    crowded = {k: len(v) for k, v in _triggers(lang)["patterns"].items() if len(v) > 1}
    assert not crowded, crowded


@pytest.mark.parametrize("lang,label", [(lang, label) for lang in LANGUAGES
                                        for label in CORE_SUB_EVENT_TYPES])
def test_core_sub_event_types_have_enough_terms(lang, label):
    assert len(_triggers(lang)["sub_event_types"][label]) >= MIN_TRIGGERS


@pytest.mark.parametrize("lang", LANGUAGES)
def test_victims_have_the_expected_keys(lang):
    data = _victims(lang)
    assert set(data) == {"outcomes", "groups", "casualties_only", "unspecified", "lone_victims",
                         "subsets", "others", "superseded",
                         "periods", "period_openings", "incident_nouns", "rivals", "besides",
                         "singular_nouns", "partitives", "uncounted", "earlier", "verb_elisions",
                         "results", "result_relatives", "result_subjects", "tolls",
                         "earlier_openers", "lone_deaths", "one_of",
                         "disjunctions", "updates", "among_the_dead", "totals"}
    assert set(data["outcomes"]) == OUTCOMES
    assert set(data["groups"]) == GROUPS
    assert set(data["lone_victims"]) <= GROUPS
    for key in ("casualties_only", "unspecified", "subsets", "others", "superseded", "periods",
                "period_openings", "incident_nouns", "rivals", "besides"):
        assert data[key] and all(isinstance(t, str) for t in data[key]), key


@pytest.mark.parametrize("lang", LANGUAGES)
def test_victim_lists_are_long_enough(lang):
    data = _victims(lang)
    short = {k: len(v) for k, v in data["outcomes"].items() if len(v) < MIN_OUTCOME_TERMS}
    short |= {k: len(v) for k, v in data["groups"].items() if len(v) < MIN_GROUP_TERMS}
    assert not short, short


@pytest.mark.parametrize("lang,section", [(lang, s) for lang in LANGUAGES
                                          for s in ("outcomes", "groups")])
def test_a_victim_term_has_one_key(lang, section):
    """The casualty stage takes a hit's first label: a shared term would be misread."""
    owners = defaultdict(set)
    for key, terms in _victims(lang)[section].items():
        for term in terms:
            owners[" ".join(fold(term).split())].add(key)
    shared = {term: keys for term, keys in owners.items() if len(keys) > 1}
    assert not shared, shared


def _arabic_terms() -> list[tuple[str, str]]:
    triggers = _triggers("ar")
    terms = [("triggers", t) for t in _terms(triggers["sub_event_types"]) + triggers["violence"]]
    # result_relatives and result_subjects are whole words and word openings compared with
    # the word before a verb, not terms the matcher looks for with clitics
    victims = {k: v for k, v in _victims("ar").items()
               if k not in ("result_relatives", "result_subjects")}
    return terms + [("victims", t) for t in _terms(victims)]


def _article_problem(term: str) -> str | None:
    """Why an Arabic term's opening letters clash with the clitics the matcher adds."""
    if term in ARABIC_ARTICLE_WHITELIST:
        return None
    if _CLITIC_ARTICLE.match(term):
        return "starts with a clitic and the article"
    words = term.split()
    if words[0].startswith("ال"):
        if len(words) == 1:
            return "a single word with the article"
        if not words[1].startswith("ال"):
            return "the article on the first word only (not a definite noun-adjective phrase)"
    return None


def test_arabic_terms_leave_clitics_to_the_matcher():
    problems = {term: why for _, term in _arabic_terms() if (why := _article_problem(term))}
    assert not problems, problems


def test_arabic_whitelist_is_used():
    terms = {term for _, term in _arabic_terms()}
    assert set(ARABIC_ARTICLE_WHITELIST) <= terms


@pytest.mark.parametrize("term,bad", [
    ("والجنود", True), ("بالهجوم", True), ("للقتلى", True), ("الهجوم", True),
    ("الهجوم المضاد", False), ("القصف مدفعي", True), ("التحام", False), ("هجوم", False),
])
def test_the_article_check_is_not_vacuous(term, bad):
    assert (_article_problem(term) is not None) is bad


def _trigger_labels(lang: str, text: str) -> set[str]:
    """Labels the triggers lexicons (lists with clitics, then patterns) give to `text`."""
    data = _triggers(lang)
    entries = {**data["sub_event_types"], "violence": data["violence"]}
    lexicon = Lexicon(entries, rules=rules_for(lang))
    view = norm_view(ArticleDoc.from_text(text))
    labels = {label for hit in lexicon.finditer(view) for label in hit.labels}
    for label, regexes in data["patterns"].items():
        if any(re.search(rx, view.text) for rx in regexes):
            labels.add(label)
    return labels


@pytest.mark.parametrize("lang,text,label", [
    ("ar", "وقعت اشتباكات عنيفة قرب البلدة", "Armed clash"),
    ("fr", "de violents accrochages ont eu lieu près de la localité", "Armed clash"),
    ("en", "heavy clashes broke out near the town", "Armed clash"),
    ("ar", "نصب المسلحون كمينا لدورية", "Armed clash"),
    ("fr", "une patrouille est tombée dans une embuscade", "Armed clash"),
    ("en", "a patrol was ambushed on the road", "Armed clash"),
    ("ar", "صد الجيش المالي هجوما على المعسكر", "Armed clash"),
    ("ar", "وأكد البيان أن القوات صدت الهجوم", "Armed clash"),
    ("ar", "استهدفت غارة بطائرة مسيرة تجمعا للمسلحين", "Air/drone strike"),
    ("ar", "نفذ الطيران الحربي ضربات بالمسيرات", "Air/drone strike"),
    ("fr", "une frappe de drone a visé un rassemblement", "Air/drone strike"),
    ("en", "a drone strike hit a gathering", "Air/drone strike"),
    ("ar", "انفجرت عبوة ناسفة بمركبة عسكرية", "Remote explosive/landmine/IED"),
    ("ar", "وبالعبوات الناسفة", "Remote explosive/landmine/IED"),
    ("fr", "un véhicule a sauté sur une mine", "Remote explosive/landmine/IED"),
    ("fr", "l'explosion d'un engin explosif improvisé", "Remote explosive/landmine/IED"),
    ("en", "the convoy hit a landmine", "Remote explosive/landmine/IED"),
    ("ar", "هاجم انتحاري بسيارة مفخخة الثكنة", "Suicide bomb"),
    ("fr", "un kamikaze s'est fait exploser", "Suicide bomb"),
    ("ar", "ارتكب المسلحون مجزرة في القرية", "Attack"),
    ("ar", "قتل مسلحون عشرين مدنيا", "Attack"),
    ("fr", "des hommes armés ont tué une vingtaine de civils", "Attack"),
    ("en", "gunmen killed at least 20 civilians", "Attack"),
    ("ar", "اختطف مسلحون ثلاثة أشخاص", "Abduction/forced disappearance"),
    ("fr", "trois personnes ont été enlevées", "Abduction/forced disappearance"),
    ("en", "three people were kidnapped", "Abduction/forced disappearance"),
    ("ar", "أحرق المسلحون عشرات المنازل", "Looting/property destruction"),
    ("ar", "ونهبوا المواشي", "Looting/property destruction"),
    ("fr", "les assaillants ont pillé et incendié des boutiques", "Looting/property destruction"),
    ("fr", "ils ont emporté du bétail", "Looting/property destruction"),
    ("en", "the attackers set the village on fire", "Looting/property destruction"),
    ("en", "they destroyed a bridge", "Looting/property destruction"),
    ("ar", "اعتقلت قوات الأمن خمسة مشتبه بهم", "Arrests"),
    ("fr", "cinq suspects ont été interpellés", "Arrests"),
    ("en", "five suspects were arrested", "Arrests"),
    ("ar", "نظم السكان وقفة احتجاجية", "Peaceful protest"),
    ("fr", "une marche a eu lieu dans la capitale", "Peaceful protest"),
    ("en", "residents staged a peaceful march", "Peaceful protest"),
    ("ar", "سيطر مسلحون على البلدة", "Non-state actor overtakes territory"),
    ("ar", "استعاد الجيش المالي السيطرة على المدينة", "Government regains territory"),
    ("fr", "l'armée a repris le contrôle de la ville", "Government regains territory"),
    ("ar", "تمكن الجيش من تفكيك عبوة ناسفة", "Disrupted weapons use"),
    ("fr", "une cache d'armes a été découverte", "Disrupted weapons use"),
    ("ar", "فرقت الشرطة المتظاهرين بالغاز المسيل للدموع", "Protest with intervention"),
    ("en", "police opened fire on protesters", "Excessive force against protesters"),
    ("fr", "les deux parties ont signé un accord", "Agreement"),
    ("fr", "la mise en œuvre de l'accord de paix", "Agreement"),
    ("en", "the two sides agreed a ceasefire", "Agreement"),
])
def test_sample_phrases_get_their_label(lang, text, label):
    assert label in _trigger_labels(lang, text)


@pytest.mark.parametrize("lang,text,label", [
    ("fr", "le marché hebdomadaire de la ville", "Peaceful protest"),  # marché ≠ marche
    ("en", "in March the army said", "Peaceful protest"),
    ("ar", "أطلقت مسيرة شعبية في العاصمة", "Air/drone strike"),  # مسيرة = march here
    ("en", "a general strike", "Air/drone strike"),
    ("fr", "le gouvernement est d'accord", "Agreement"),
    ("fr", "les blessés ont été emmenés à l'hôpital", "Abduction/forced disappearance"),
    ("fr", "une frappe a visé un rassemblement de terroristes", "Peaceful protest"),
    ("ar", "مدافع عن حقوق الإنسان", "Shelling/artillery/missile attack"),
    ("ar", "تعهد الرئيس بمواجهة الإرهاب", "Armed clash"),
    ("en", "the insurgency has killed thousands and displaced millions", "Attack"),
])
def test_ambiguous_words_are_not_triggers(lang, text, label):
    assert label not in _trigger_labels(lang, text)
