"""framing.v1: partisan markers with the side they favour (rasd.stages.framing)."""

import pytest

from rasd.doc import ArticleDoc
from rasd.stages.framing import find_framing


def markers(lang: str, text: str) -> list[tuple[str, str]]:
    doc = ArticleDoc.from_text(text).with_layers(lang=lang)
    return [(doc.text[f.span.start:f.span.end], f.favours) for f in find_framing(doc)]


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # regression: a group calling the state a "regime" named by its country was no marker
    ("en", "The Malian regime keeps losing ground to the fighters.",
     [("Malian regime", "jihadist")]),
    ("fr", "Le régime malien perd du terrain face aux combattants.",
     [("régime malien", "jihadist")]),
    ("ar", "يواصل النظام المالي خسارة مواقعه أمام المقاتلين.", [("النظام المالي", "jihadist")]),
    ("ar", "وهذا يكشف عجز للنظام البوركيني عن حماية السكان.", [("للنظام البوركيني", "jihadist")]),
])
def test_the_state_called_a_regime_by_its_country_is_a_marker(lang, text, expected):
    assert markers(lang, text) == expected


@pytest.mark.parametrize(("lang", "text"), [
    # the order of the state (public, constitutional) is no regime
    ("en", "The junta promised a return to constitutional order next year."),
    ("fr", "La junte a promis un retour à l'ordre constitutionnel l'an prochain."),
    ("ar", "وعد المجلس العسكري بالعودة إلى النظام الدستوري العام المقبل."),
    ("ar", "انتشرت قوات الأمن لحفظ النظام العام في العاصمة."),
])
def test_order_is_no_marker(lang, text):
    assert markers(lang, text) == []
