import json

from typer.testing import CliRunner

from rasd.cli.main import app

runner = CliRunner()


def test_eval_prints_table_and_json(tmp_path):
    gold = tmp_path / "gold.jsonl"
    item = {"id": "x", "published": "2025-01-13", "text": "Three soldiers were killed near Mopti.",
            "expected": {"lang": "en"}}
    gold.write_text(json.dumps(item) + "\n")
    result = runner.invoke(app, ["eval", str(gold), "--format", "both"])
    assert result.exit_code == 0, result.output
    assert "lang" in result.stdout
    report = json.loads(result.stdout[result.stdout.index("{"):])
    assert report["items"] == 1
    assert report["languages"]["en"]["lang"] == {"accuracy": 1.0, "n": 1}


def test_eval_of_a_missing_file_is_a_clear_error(tmp_path):
    result = runner.invoke(app, ["eval", str(tmp_path / "nope.jsonl")])
    assert result.exit_code == 2
    assert "no such gold file" in result.stderr


def test_eval_lists_event_mismatches_by_field(tmp_path):
    gold = tmp_path / "gold.jsonl"
    item = {"id": "clash", "published": "2025-01-13", "lang": "en",
            "text": "Three soldiers were killed near Mopti on Sunday.",
            "expected": {"lang": "en", "events": [{"role": "background", "event_date": "2025-01-12"}]}}
    gold.write_text(json.dumps(item) + "\n")
    result = runner.invoke(app, ["eval", str(gold), "--format", "json", "--errors", "10", "--field", "role"])
    assert result.exit_code == 0, result.output
    errors = json.loads(result.stdout)["errors"]
    assert errors == [{"item": "clash", "lang": "en", "event": 0, "field": "role",
                       "gold": "background", "predicted": "main"}]
    table = runner.invoke(app, ["eval", str(gold), "--errors", "10"])
    assert "event mismatches" in table.stdout and "clash" in table.stdout
