import csv
import io
import json

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from rasd.cli.main import app

ARTICLES = [
    {"text": "قتل 12 جنديا في هجوم شنه مسلحون على بلدة بولكيسي في مالي يوم الخميس.", "published": "2025-01-13"},
    {"text": "Au moins cinq civils ont été tués mardi dans l'attaque d'un village près de Djibo, au Burkina Faso.", "published": "2025-01-13"},
    {"text": "Protesters marched peacefully in Niamey, Niger, on Friday to demand higher wages.", "published": "2025-01-13"},
]


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    folder = tmp_path_factory.mktemp("store")
    corpus = folder / "in.jsonl"
    corpus.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in ARTICLES))
    path = folder / "rasd.db"
    result = CliRunner().invoke(app, ["ingest", str(corpus), "--db", str(path), "--no-progress"])
    assert result.exit_code == 0, result.output
    return str(path)


def run(*args):
    return CliRunner().invoke(app, list(args))


@pytest.mark.parametrize(("options", "count"), [
    ([], 3), (["--country", "mali"], 1), (["--event-type", "Protests"], 1),
    (["--from", "2025-01-08"], 2), (["--actor", "civilians"], 1), (["--country", "Chad"], 0),
])
def test_incidents_filters(db, options, count):
    result = run("incidents", "--db", db, "--format", "jsonl", *options)
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert len(rows) == count
    assert all(row["report_ids"] for row in rows)


def test_incidents_table_and_bad_options(db):
    table = run("incidents", "--db", db)
    assert table.exit_code == 0 and "of 3" in table.stdout
    assert run("incidents", "--db", db, "--format", "xml").exit_code == 2
    assert run("incidents", "--db", db, "--from", "13/01/2025").exit_code == 2


def test_export_acled_csv_with_filters(db):
    result = run("export", "--db", db, "--format", "acled-csv", "--country", "Burkina Faso")
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout.split("\n", 1)[0] + "\n" +
                                           result.stdout.split("\n", 1)[1])))
    assert [r["country"] for r in rows] == ["Burkina Faso"]
    assert rows[0]["event_type"] == "Violence against civilians" and rows[0]["fatalities"] == "5"


def test_export_files_in_every_format(db, tmp_path):
    for fmt, name in (("geojson", "x.geojson"), ("parquet", "x.parquet"), ("jsonl", "x.jsonl")):
        out = tmp_path / name
        result = run("export", "--db", db, "--format", fmt, "--output", str(out))
        assert result.exit_code == 0, result.output
        assert "3 reports exported" in result.output
    assert len(json.loads((tmp_path / "x.geojson").read_text())["features"]) == 3
    assert pq.read_table(tmp_path / "x.parquet").num_rows == 3
    assert len((tmp_path / "x.jsonl").read_text().splitlines()) == 3


def test_export_refuses_bad_formats_and_parquet_to_stdout(db):
    assert run("export", "--db", db, "--format", "xlsx").exit_code == 2
    assert run("export", "--db", db, "--format", "parquet").exit_code == 2
