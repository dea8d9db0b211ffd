"""stages/lexical.py: `folded` cuts stretches from the document's folded view; the
per-language builders are built together (`build_language`)."""

import pytest

from rasd.doc import ArticleDoc
from rasd.normalize import fold
from rasd.stages import lexical
from rasd.stages.lexical import build_language, folded, per_language

TEXTS = [
    "Two SOLDIERS were killed near Gao on Monday.",  # folded offset for offset
    "Les forces armées ont tué cinq assaillants près de Ménaka.",
    "قُتِلَ ثلاثةُ جنودٍ في هجومٍ قرب غاو",  # diacritics the view deletes
    "ﻻ بد من ﷲ ثم قتل جنديان",  # presentation forms the view expands
    "Trois œuvres, ﬁn du SŒUR; قتلـــى",  # a ligature, a tatweel run
    "ΟΔΟΣ ΚΑΣ and σ ς: capital sigmas fold by their context",
    "İstanbul: a capital whose lower case is longer, so the text folds letter by letter",
]


@pytest.mark.parametrize("text", TEXTS)
def test_folded_is_the_fold_of_every_stretch(text: str) -> None:
    doc = ArticleDoc.from_text(text)
    size = len(doc.text)
    for start in range(size + 1):
        for end in range(start, min(size, start + 12) + 1):
            assert folded(doc, start, end) == fold(doc.text[start:end]), (start, end)


def test_folded_clamps_to_the_text() -> None:
    doc = ArticleDoc.from_text("قُتِلَ جنديان")
    assert folded(doc, 3, 3) == ""
    assert folded(doc, 5, 2) == ""
    assert folded(doc, 0, 500) == fold(doc.text)


def test_build_language_runs_each_builder_of_the_language_alone_once(monkeypatch):
    monkeypatch.setattr(lexical, "_BUILDERS", [])
    asked = []

    @per_language
    def words(lang):
        asked.append(lang)
        return lang.upper()

    @per_language
    def pattern(lang, key):  # more than the language: built when first asked, as before
        asked.append((lang, key))

    build_language("fr")
    build_language("fr")
    assert asked == ["fr"]
    assert words("fr") == "FR" and asked == ["fr"]  # memoised: not built again


def test_every_registered_builder_builds_for_every_language():
    import rasd.registry

    rasd.registry.stage_specs()  # every stage module imported, so every builder registered
    assert len(lexical._BUILDERS) > 50
    for lang in ("ar", "fr", "en"):
        build_language(lang)
