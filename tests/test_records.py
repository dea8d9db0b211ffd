"""`document_record` and `document_json` write what the models write: the same keys in the
same order, the same values and types, the same bytes once dumped."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from rasd.config import load_config
from rasd.doc import ArticleDoc, DateMention, DatePrecision, LangGuess, NumberKind, NumberMention, Span
from rasd.eval.gold import load_gold
from rasd.pipeline import Pipeline
from rasd.records import document_json, document_out, document_record

GOLDEN = Path(__file__).resolve().parent / "golden"


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline.from_config(load_config())


def _dumps(record: dict, indent: int | None = None) -> str:
    return json.dumps(record, ensure_ascii=False, indent=indent)


def _agree(doc: ArticleDoc, *, include_text: bool = False) -> None:
    expected = document_out(doc, include_text=include_text).model_dump(mode="json")
    got = document_record(doc, include_text=include_text)
    # compared as JSON text: 1 == 1.0 and (1, 2) == [1, 2] would hide a change of type
    assert _dumps(got) == _dumps(expected)
    for indent in (None, 2):
        assert "".join(document_json(doc, include_text=include_text, indent=indent)) \
            == _dumps(expected, indent)


@pytest.mark.parametrize("lang", ["ar", "fr", "en"])
def test_the_golden_documents_are_written_as_the_models_write_them(pipeline, lang):
    items = load_gold(GOLDEN / lang)
    assert items
    for item in items:
        doc = pipeline(ArticleDoc.from_text(item.text, published=item.published, source=item.source,
                                            origin=item.item_id))
        _agree(doc, include_text=item.item_id.endswith("1"))


# layers made by hand: values of every type a field allows (an int score, a float figure,
# an unresolved date with its note, no language guess, an empty layer, no events)
NUMBERS = (NumberMention(Span(0, 5), 2.5, 2, 3, NumberKind.RANGE),
           NumberMention(Span(6, 9), 12, None, None, NumberKind.VAGUE))
DATES = (DateMention(Span(10, 16), dt.date(2025, 3, 1), DatePrecision.DAY, dt.date(2025, 3, 1),
                     dt.date(2025, 3, 1), True),
         DateMention(Span(17, 21), None, None, None, None, False, note="no publication date"))


@pytest.mark.parametrize("layers", [
    {},
    {"lang_guess": LangGuess("ar", 1, True), "numbers": NUMBERS, "dates": DATES, "events": ()},
    {"lang_guess": LangGuess("und", 0.0, False), "numbers": (), "dates": DATES[1:],
     "warnings": ("language 'und' is not supported",)},
])
def test_hand_made_layers_are_written_as_the_models_write_them(layers):
    doc = ArticleDoc.from_text("عشرات قتلى، مساء أمس قرب غاو", published="2025-03-02",
                               origin="x.txt").with_layers(**layers)
    _agree(doc)
    _agree(doc, include_text=True)


def test_a_report_of_many_events_is_written_an_event_at_a_time(pipeline):
    doc = pipeline(ArticleDoc.from_text(
        "Gunmen killed two soldiers near Gao on 3 March. A bomb hit a bus near Mopti on 5 March, "
        "killing four passengers. Troops arrested 12 suspects in Niamey on 7 March.",
        published="2025-03-09"))
    assert len(doc.events) >= 2
    pieces = list(document_json(doc))
    assert len(pieces) >= len(doc.events) + 2
    _agree(doc)
