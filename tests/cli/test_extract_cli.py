"""`rasd extract` through Typer's runner; results checked through the API's records."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from rasd.cli.main import app

runner = CliRunner()


def _records(output: str) -> list[dict]:
    return [json.loads(line) for line in output.splitlines() if line.startswith("{")]


def test_extract_a_text_file(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("قتل ثلاثة جنود في هجوم قرب مدينة موبتي وسط مالي، وفق مصادر أمنية.", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(path), "--published", "2025-01-13"])
    assert result.exit_code == 0, result.output
    [record] = _records(result.stdout)
    assert record["lang"] == "ar" and record["published"] == "2025-01-13"
    assert record["origin"] == str(path)
    [event] = record["events"]
    assert (event["sub_event_type"], event["fatalities"], event["country"]) == ("Armed clash", 3, "Mali")
    assert event["actor2"] == "Military Forces of Mali (2021-)"
    assert event["actor1"] == "Unidentified Armed Group (Mali)"


def test_json_format_is_one_valid_array(tmp_path):
    for name in ("a", "b"):
        (tmp_path / f"{name}.txt").write_text("Three soldiers were killed near Mopti on Monday.")
    result = runner.invoke(app, ["extract", str(tmp_path), "--format", "json"])
    assert result.exit_code == 0
    assert len(json.loads(result.stdout)) == 2


def test_bad_documents_are_reported_and_the_rest_go_on(tmp_path):
    (tmp_path / "good.txt").write_text("Three soldiers were killed near Mopti.")
    (tmp_path / "empty.txt").write_text("")
    lines = tmp_path / "docs.jsonl"
    lines.write_text('{"text": "Deux soldats tués à Gao."}\n{broken\n', encoding="utf-8")
    result = runner.invoke(app, ["extract", str(tmp_path)])
    assert result.exit_code == 0
    assert len(_records(result.stdout)) == 2
    assert "empty.txt" in result.stderr and "docs.jsonl:2" in result.stderr
    assert "2 document(s) processed, 2 failed" in result.stderr


def test_exit_status_is_1_when_nothing_could_be_processed(tmp_path):
    (tmp_path / "empty.txt").write_text("")
    result = runner.invoke(app, ["extract", str(tmp_path / "empty.txt")])
    assert result.exit_code == 1
    assert "empty" in result.stderr


def test_standard_input(tmp_path):
    result = runner.invoke(app, ["extract", "-", "--lang", "fr"], input="Deux soldats tués hier.")
    assert result.exit_code == 0
    [record] = _records(result.stdout)
    assert record["lang"] == "fr"


@pytest.mark.parametrize("args,message", [
    (["--published", "13/01/2025"], "not a date"),
    (["--lang", "de"], "choose one of"),
    (["--format", "xml"], "choose json, jsonl or summary"),
])
def test_bad_options_are_usage_errors(tmp_path, args, message):
    path = tmp_path / "a.txt"
    path.write_text("text")
    result = runner.invoke(app, ["extract", str(path), *args])
    assert result.exit_code == 2
    assert message in result.output


def test_version():
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and result.stdout.startswith("rasd ")


@pytest.mark.parametrize("fmt", ["jsonl", "json"])
def test_extract_writes_what_the_records_hold_and_leaves_the_collector_as_it_was(tmp_path, fmt):
    # written an event at a time with the cyclic collector off: the same JSON as the
    # record of each document, and the collector on again afterwards
    import gc

    from rasd import ArticleDoc, Pipeline, load_config
    from rasd.records import document_record

    texts = ["Gunmen killed two soldiers near Gao on 3 March. A bomb hit a bus near Mopti on "
             "5 March, killing four passengers.", "Des hommes armés ont tué trois civils près de Djibo."]
    for i, text in enumerate(texts):
        (tmp_path / f"{i}.txt").write_text(text, encoding="utf-8")
    result = runner.invoke(app, ["extract", str(tmp_path), "--format", fmt, "--published", "2025-03-09"])
    assert result.exit_code == 0, result.output
    assert gc.isenabled()
    pipeline = Pipeline.from_config(load_config())
    expected = [document_record(pipeline(ArticleDoc.from_text(t, published="2025-03-09",
                                                              origin=str(tmp_path / f"{i}.txt"))))
                for i, t in enumerate(texts)]
    got = json.loads(result.stdout) if fmt == "json" else _records(result.stdout)
    assert got == expected and len(got[0]["events"]) >= 2
