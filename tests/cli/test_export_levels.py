"""`rasd export --level incidents|reports` and `--bom`: one row per incident with its id
and report ids; report rows carry their incident id."""

from __future__ import annotations

import csv
import io
import json

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from rasd.cli.main import app

# one incident told twice (ar, en) with two tolls, and one protest
ARTICLES = [
    {"text": "قتل 12 جنديا في هجوم شنه مسلحون على بلدة بولكيسي في مالي يوم الخميس.",
     "published": "2025-01-13"},
    {"text": "Gunmen killed 14 soldiers on Thursday in an attack on Boulkessi, Mali.",
     "published": "2025-01-13"},
    {"text": "Protesters marched peacefully in Niamey, Niger, on Friday to demand higher wages.",
     "published": "2025-01-13"},
]


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    folder = tmp_path_factory.mktemp("levels")
    corpus = folder / "in.jsonl"
    corpus.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in ARTICLES))
    path = folder / "rasd.db"
    result = CliRunner().invoke(app, ["ingest", str(corpus), "--db", str(path), "--no-progress"])
    assert result.exit_code == 0, result.output
    return str(path)


def run(*args):
    return CliRunner().invoke(app, list(args))


def _csv(data: bytes) -> list[dict]:
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))


def test_incident_csv_has_one_row_per_incident_with_its_reports(db):
    result = run("export", "--db", db, "--format", "acled-csv", "--level", "incidents")
    assert result.exit_code == 0, result.output
    rows = _csv(result.stdout_bytes)
    assert len(rows) == 2 and "2 incidents exported" in result.stderr
    battle = next(r for r in rows if r["country"] == "Mali")
    assert battle["event_id_cnty"] == f"MLI-I{battle['incident_id']}"
    assert len(battle["report_ids"].split(";")) == 2 and battle["reports"] == "2"
    assert {battle["fatalities_low"], battle["fatalities_high"]} == {"12", "14"}
    assert json.loads(battle["flags"])[0]["field"] == "fatalities"


def test_report_csv_names_each_report_and_its_incident(db):
    rows = _csv(run("export", "--db", db, "--format", "acled-csv").stdout_bytes)
    assert len(rows) == 3
    assert len({r["incident_id"] for r in rows}) == 2 and all(r["report_id"] for r in rows)


@pytest.mark.parametrize("level", ["incidents", "reports"])
def test_bom_only_when_asked(db, level):
    plain = run("export", "--db", db, "--format", "acled-csv", "--level", level).stdout_bytes
    marked = run("export", "--db", db, "--format", "acled-csv", "--level", level,
                 "--bom").stdout_bytes
    assert not plain.startswith(b"\xef\xbb\xbf")
    assert marked == b"\xef\xbb\xbf" + plain


def test_incident_files_in_every_format(db, tmp_path):
    for fmt in ("geojson", "parquet", "jsonl"):
        out = tmp_path / f"i.{fmt}"
        result = run("export", "--db", db, "--format", fmt, "--level", "incidents",
                     "--output", str(out))
        assert result.exit_code == 0, result.output
    features = json.loads((tmp_path / "i.geojson").read_text())["features"]
    assert len(features) == 2 and all(f["properties"]["report_ids"] for f in features)
    table = pq.read_table(tmp_path / "i.parquet").to_pylist()
    assert sorted(len(r["report_ids"]) for r in table) == [1, 2]
    lines = [json.loads(x) for x in (tmp_path / "i.jsonl").read_text().splitlines()]
    assert {tuple(x["report_ids"]) for x in lines} == {tuple(r["report_ids"]) for r in table}


def test_same_store_same_bytes(db, tmp_path):
    first = run("export", "--db", db, "--format", "geojson", "--level", "incidents").stdout_bytes
    assert run("export", "--db", db, "--format", "geojson", "--level",
               "incidents").stdout_bytes == first


def test_bad_level_is_a_usage_error(db):
    result = run("export", "--db", db, "--format", "jsonl", "--level", "events")
    assert result.exit_code == 2 and "choose incidents or reports" in result.output
