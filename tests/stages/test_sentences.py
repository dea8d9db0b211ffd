import pytest

from rasd.config import load_config
from rasd.doc import ArticleDoc
from rasd.stages.sentences import SPEC

SENTENCES = SPEC.factory(load_config())


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        ("ar", "قتل ثلاثة جنود. وأصيب اثنان آخران؟ نعم!", ["قتل ثلاثة جنود.", "وأصيب اثنان آخران؟", "نعم!"]),
        ("ar", "هجوم على معسكر\nوقالت مصادر إن الوضع هادئ.", ["هجوم على معسكر", "وقالت مصادر إن الوضع هادئ."]),
        ("fr", "M. Traoré a parlé. Le Gén. Diarra aussi.", ["M. Traoré a parlé.", "Le Gén. Diarra aussi."]),
        ("fr", "« Nous avons riposté. » Le bilan est de 3,5 tonnes.", ["« Nous avons riposté. »", "Le bilan est de 3,5 tonnes."]),
        ("en", "Lt. Col. A. Diallo said 2.5 tons were seized. He left.", ["Lt. Col. A. Diallo said 2.5 tons were seized.", "He left."]),
        ("en", "Gunmen attacked Djibo...  Residents fled.", ["Gunmen attacked Djibo...", "Residents fled."]),
    ],
)
def test_sentence_spans(lang, text, expected):
    doc = SENTENCES(ArticleDoc.from_text(text).with_layers(lang=lang))
    assert [s.span.of(doc.text) for s in doc.sentences] == expected
