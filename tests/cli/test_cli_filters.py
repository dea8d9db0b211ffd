"""`rasd incidents` and `rasd export` take the API's filters (repeated values, sub-event
type, admin2, location, full text, reviewed, flagged, fatalities ≥ N, dates), read by the
same parser (rasd.store.filters.parse_filter)."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json

import pytest
from typer.testing import CliRunner

from rasd.cli.main import app
from rasd.store import open_store
from rasd.store.filters import FilterError, ReportFilter, parse_filter
from rasd.store.reviews import confirm_incident

# one incident told twice with two tolls (flagged), a massacre, and a protest
ARTICLES = [
    {"text": "قتل 12 جنديا في هجوم شنه مسلحون على بلدة بولكيسي في مالي يوم الخميس.",
     "published": "2025-01-13"},
    {"text": "Gunmen killed 14 soldiers on Thursday in an attack on Boulkessi, Mali.",
     "published": "2025-01-13"},
    {"text": "Au moins cinq civils ont été tués mardi dans l'attaque d'un village près de "
             "Djibo, au Burkina Faso.", "published": "2025-02-05"},
    {"text": "Protesters marched peacefully in Niamey, Niger, on Friday to demand higher wages.",
     "published": "2025-03-08"},
]


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    folder = tmp_path_factory.mktemp("filters")
    corpus = folder / "in.jsonl"
    corpus.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in ARTICLES))
    path = folder / "rasd.db"
    result = CliRunner().invoke(app, ["ingest", str(corpus), "--db", str(path), "--no-progress"])
    assert result.exit_code == 0, result.output
    with open_store(str(path)) as store:
        protest = next(r for r in store.incidents() if r["country"] == "Niger")
        confirm_incident(store, protest["id"], reviewer="tester")
    return str(path)


def _incidents(db, *options):
    result = CliRunner().invoke(app, ["incidents", "--db", db, "--format", "jsonl", *options])
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]


def _countries(rows):
    return sorted(r["country"] for r in rows)


@pytest.mark.parametrize(("options", "countries"), [
    ([], ["Burkina Faso", "Mali", "Niger"]),
    (["--country", "Mali", "--country", "Niger"], ["Mali", "Niger"]),
    (["--event-type", "Protests", "--event-type", "Battles"], ["Mali", "Niger"]),
    (["--sub-event-type", "Peaceful protest"], ["Niger"]),
    (["--admin1", "Niamey"], ["Niger"]),
    (["--location", "Boulkessi"], ["Mali"]),
    (["--location", "boulkessi", "--location", "Niamey"], ["Mali", "Niger"]),
    (["--query", "protesters"], ["Niger"]),
    (["-q", "civils"], ["Burkina Faso"]),
    (["--reviewed"], ["Niger"]),
    (["--unreviewed"], ["Burkina Faso", "Mali"]),
    (["--flagged"], ["Mali"]),
    (["--not-flagged"], ["Burkina Faso", "Niger"]),
    (["--min-fatalities", "10"], ["Mali"]),
    (["--min-fatalities", "1", "--to", "2025-02-28"], ["Burkina Faso", "Mali"]),
    (["--from", "2025-02-01", "--to", "2025-02-28"], ["Burkina Faso"]),
])
def test_incidents_take_the_apis_filters(db, options, countries):
    assert _countries(_incidents(db, *options)) == countries


def test_admin2_filter(db):
    mali = _incidents(db, "--country", "Mali")[0]
    assert mali["admin2"], mali
    assert _countries(_incidents(db, "--admin2", mali["admin2"])) == ["Mali"]


def test_export_takes_the_same_filters(db):
    result = CliRunner().invoke(app, ["export", "--db", db, "--format", "acled-csv",
                                      "--level", "incidents", "--flagged", "--min-fatalities", "5"])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [r["country"] for r in rows] == ["Mali"]
    reports = CliRunner().invoke(app, ["export", "--db", db, "--format", "jsonl",
                                       "--country", "Mali", "--country", "Burkina Faso",
                                       "--unreviewed"])
    assert reports.exit_code == 0, reports.output
    lines = [json.loads(x) for x in reports.stdout.splitlines() if x.startswith("{")]
    assert sorted({x["country"] for x in lines}) == ["Burkina Faso", "Mali"] and len(lines) == 3


@pytest.mark.parametrize(("options", "named"), [
    (["--from", "13/01/2025"], "--from"),
    (["--from", "2025-03-01", "--to", "2025-01-01"], "--from"),
    (["--min-fatalities", "-1"], "--min-fatalities"),
])
def test_unreadable_filters_are_usage_errors_naming_the_option(db, options, named):
    for command in (["incidents"], ["export", "--format", "jsonl"]):
        result = CliRunner().invoke(app, [*command, "--db", db, *options])
        assert result.exit_code == 2
        assert named in result.output


def test_parse_filter_reads_what_the_api_and_the_cli_give():
    where = parse_filter(country=["Mali", " ", "Niger"], admin2="Djenné", date_from="2025-01-01",
                         reviewed="false", flagged=True, min_fatalities="3", q="  attack ")
    assert where == ReportFilter(country=("Mali", "Niger"), admin2=("Djenné",),
                                 date_from=dt.date(2025, 1, 1), reviewed=False, flagged=True,
                                 min_fatalities=3, q="attack")
    assert parse_filter(role="all", lang="ar") == ReportFilter(role="all", lang="ar")


@pytest.mark.parametrize(("values", "name"), [
    ({"date_from": "2025-02-30"}, "from"),
    ({"date_from": "2025-03-01", "date_to": "2025-01-01"}, "from"),
    ({"reviewed": "maybe"}, "reviewed"),
    ({"min_fatalities": "many"}, "min_fatalities"),
    ({"min_fatalities": -2}, "min_fatalities"),
    ({"country": "x" * 300}, "country"),
])
def test_parse_filter_names_the_filter_it_cannot_read(values, name):
    with pytest.raises(FilterError) as caught:
        parse_filter(**values)
    assert caught.value.name == name
