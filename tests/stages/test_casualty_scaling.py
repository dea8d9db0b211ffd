"""casualties.v1 takes time linear in a long report's figures: figures given as part of an
earlier one ("including", "dont", "بينهم") are dropped (casualties._without_subsets) with
the figures the reading of every kept figure and every marker for each one gave, and a
number after a figure is checked against the materiel sorted once (casualties._conjoined)
and is joined to that figure only when no clause mark parts them (casualties._elided), found
without folding all the text since the figure."""

from __future__ import annotations

import pytest

from rasd import ArticleDoc, Pipeline, load_config
from rasd.stages import casualties
from rasd.stages.casualties import GENERIC, _anchor
from rasd.stages.lexical import hits
from rasd.stages.nearby import sentence_index

from .conftest import stage_per_char

REPORTS = {
    "en": ("Gunmen killed 12 villagers, including 3 women, near Djibo on Monday; two soldiers, "
           "including an officer, were wounded and 4 others were killed. "),
    "fr": ("Des hommes armés ont tué 12 villageois, dont 3 femmes, près de Djibo lundi ; deux "
           "soldats, dont un officier, ont été blessés et 4 autres tués. "),
    "ar": "قتل مسلحون 12 قرويا بينهم 3 نساء قرب جيبو يوم الاثنين، وأصيب جنديان بينهم ضابط وقتل 4 آخرون. ",
}
# one sentence, the markers and figures of every clause in it
ONE_SENTENCE = {
    "en": "Gunmen killed 12 villagers including 3 women and wounded 5 soldiers including 2 officers, ",
    "fr": "Des hommes armés ont tué 12 villageois dont 3 femmes et blessé 5 soldats dont 2 officiers, ",
    "ar": "قتل مسلحون 12 قرويا بينهم 3 نساء وأصابوا 5 جنود بينهم ضابطان و",
}


def _reference(doc, found):  # type: ignore[no-untyped-def]
    """Every kept figure read for each figure, every marker for each pair."""
    markers = list(hits(doc, "victims", "subsets"))
    if not markers or len(found) < 2:
        return found
    sentences = doc.sentences or ()
    kept = []
    for figure in sorted(found, key=_anchor):
        head = None
        for other in reversed(kept):
            if sentences and sentence_index(sentences, other.span) != sentence_index(sentences, figure.span):
                continue
            between = [m for m in markers if _anchor(other) < m.span.start < _anchor(figure)]
            if between and (other.outcome == figure.outcome
                            or doc.text[between[-1].span.end:figure.span.start].isspace()):
                head = other
                break
        if head is None or (head.group not in GENERIC and figure.group not in GENERIC
                            and head.group != figure.group):
            kept.append(figure)
    return sorted(kept, key=lambda f: f.span.start)


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline.from_config(load_config())


@pytest.mark.parametrize("lang", ["en", "fr", "ar"])
@pytest.mark.parametrize("text", ["report", "one_sentence", "both"])
def test_the_same_figures_as_reading_every_pair(pipeline, monkeypatch, lang, text):
    body = {"report": REPORTS[lang] * 3, "one_sentence": ONE_SENTENCE[lang] * 3,
            "both": REPORTS[lang] + ONE_SENTENCE[lang] * 2 + REPORTS[lang]}[text]
    doc = pipeline(ArticleDoc.from_text(body, lang=lang))
    fast = casualties.find_casualties(doc)
    monkeypatch.setattr(casualties, "_without_subsets", _reference)
    assert fast == casualties.find_casualties(doc)
    assert len(fast) >= 3


# figures, then counts of materiel (each count once sorted all the materiel of the report)
SEIZURES = {
    "en": "Troops killed 5 militants and seized 4 vehicles, 2 rifles, 3 motorcycles, 6 radios and 2 trucks. ",
    "fr": "Les soldats ont tué 5 terroristes et saisi 4 véhicules, 2 fusils, 3 motos, 6 radios et 2 camions. ",
    "ar": "قتل الجنود 5 إرهابيين وضبطوا 4 آليات و2 بنادق و3 دراجات نارية و6 أجهزة لاسلكي و2 شاحنات. ",
}


@pytest.mark.parametrize("lang", ["en", "fr", "ar"])
@pytest.mark.parametrize("units", [REPORTS, SEIZURES], ids=["subsets", "materiel"])
def test_a_long_report_of_figures_takes_linear_time(pipeline, lang, units):
    # each figure once read every figure kept before it: 100 KB took 6 times longer per
    # character than 10 KB
    unit = units[lang]
    stage_per_char(pipeline, unit * 5, lang, "casualties.v1")
    small = stage_per_char(pipeline, unit * (10_000 // len(unit)), lang, "casualties.v1")
    large = stage_per_char(pipeline, unit * (100_000 // len(unit)), lang, "casualties.v1")
    assert large <= 3 * small, f"{large * 1e6:.1f} µs/char at 100 KB vs {small * 1e6:.1f} at 10 KB"


# one figure, then numbers that count no one (each once folded all the text since the figure)
LEADS = {
    "en": ("JNIM fighters killed 5 soldiers near Mopti on Monday. ",
           "Classes resumed in 12 schools and 3 clinics reopened in the region. "),
    "fr": ("Des combattants du JNIM ont tué 5 soldats près de Mopti lundi. ",
           "Les cours ont repris dans 12 écoles et 3 centres de santé ont rouvert dans la région. "),
    "ar": ("قتل مسلحون 5 جنود قرب موبتي يوم الاثنين. ",
           "استؤنفت الدراسة في 12 مدرسة وأعيد فتح 3 مراكز صحية في المنطقة. "),
}


@pytest.mark.parametrize("lang", ["en", "fr", "ar"])
def test_numbers_long_after_the_last_figure_take_linear_time(pipeline, lang):
    lead, unit = LEADS[lang]
    stage_per_char(pipeline, lead + unit * 5, lang, "casualties.v1")
    small = stage_per_char(pipeline, lead + unit * (10_000 // len(unit)), lang, "casualties.v1")
    large = stage_per_char(pipeline, lead + unit * (100_000 // len(unit)), lang, "casualties.v1")
    assert large <= 3 * small, f"{large * 1e6:.1f} µs/char at 100 KB vs {small * 1e6:.1f} at 10 KB"
