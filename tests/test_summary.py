"""`rasd extract --format summary` and rasd.summary: a readable block per event."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from rasd.cli.main import app
from rasd.summary import document_summary, quote

runner = CliRunner()

TEXTS = [
    ("ar", "قتل ثلاثة جنود في هجوم قرب مدينة موبتي وسط مالي يوم الاثنين، وفق مصادر أمنية.",
     "«ثلاثة جنود»"),
    ("fr", ("Trois soldats ont été tués lundi dans une attaque près de Mopti, au Mali, selon "
            "des sources sécuritaires."), "«Trois soldats»"),
    ("en", ("Three soldiers were killed on Monday in an attack near Mopti, Mali, security "
            "sources said."), "«Three soldiers»"),
]


@pytest.mark.parametrize(("lang", "text", "toll_quote"), TEXTS)
def test_summary_names_type_date_place_actors_toll_and_quotes_evidence(tmp_path, lang, text,
                                                                      toll_quote):
    path = tmp_path / f"{lang}.txt"
    path.write_text(text, encoding="utf-8")
    result = runner.invoke(app, ["extract", str(path), "--published", "2025-01-15",
                                 "--format", "summary"])
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert out.startswith(f"== {path} ({lang}, published 2025-01-15)")
    assert "Event 1 (main): Battles / Armed clash" in out
    assert "Date:        2025-01-13 (to the day)" in out
    assert "Place:       Mopti" in out and "Mali" in out
    assert "Actor 2:     Military Forces of Mali (2021-)" in out
    toll = next(line for line in out.splitlines() if line.lstrip().startswith("Toll:"))
    assert "3 killed" in toll and toll_quote in toll
    assert "Claimed by:" in out and "security source" in out
    assert "{" not in out  # no JSON


def test_document_without_events_says_so():
    doc = {"origin": "x.txt", "lang": "en", "published": None, "events": []}
    assert document_summary(doc, "Nothing happened.") == "== x.txt (en)\n  no event found\n"


def test_quote_folds_whitespace_cuts_long_spans_and_skips_repeats():
    text = "a  b\nc " + "x" * 200
    assert quote(text, [[0, 6], [0, 6]]) == "«a b c»"
    long = quote(text, [[7, 207]])
    assert len(long) < 100 and " … " in long
    assert quote(text, None) == ""
