"""The foundation issue's acceptance cases, end to end through `rasd extract`."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from rasd.cli.main import app

runner = CliRunner()

CASES = [
    ("ar", "قتل أكثر من 30 جندياً في هجوم يوم الخميس الماضي، واستولى المهاجمون على ٢٢ مخزناً.",
     "يوم الخميس الماضي", "أكثر من 30", "٢٢"),
    ("fr", "Plus de 30 soldats ont été tués jeudi dernier; les assaillants ont emporté 22 chargeurs.",
     "jeudi dernier", "Plus de 30", "22"),
    ("en", "More than 30 soldiers were killed last Thursday; the attackers seized 22 magazines.",
     "last Thursday", "More than 30", "22"),
]


@pytest.mark.parametrize("lang,text,date_text,more_than_text,count_text", CASES)
def test_extract_acceptance(tmp_path, lang, text, date_text, more_than_text, count_text):
    path = tmp_path / f"{lang}.txt"
    path.write_text(text, encoding="utf-8")
    result = runner.invoke(app, ["extract", str(path), "--published", "2025-01-13"])
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout.splitlines()[0])
    assert record["lang"] == lang
    [date] = [d for d in record["dates"] if d["text"] == date_text]
    assert (date["date"], date["precision"]) == ("2025-01-09", 1)
    assert text[date["span"][0]:date["span"][1]] == date_text
    numbers = {n["text"]: n for n in record["numbers"]}
    assert (numbers[more_than_text]["low"], numbers[more_than_text]["kind"]) == (31, "more_than")
    assert numbers[count_text]["value"] == 22
