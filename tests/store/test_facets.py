"""The analyst's filters (admin2, location, q, reviewed, flagged, min_fatalities), facet
counts, totals and per-incident flags, on both backends."""

from __future__ import annotations

import datetime as dt

import pytest
import sqlalchemy as sa

from rasd.config import load_config
from rasd.store import ReportFilter, schema
from rasd.store.facets import facets, incident_flags, totals
from rasd.store.incidents import rebuild_incidents

from .conftest import analysed

# one incident told three times with two tolls (14, 14, 15): flagged on fatalities
BOULKESSI = [
    ("قتل 14 جنديا في هجوم شنه مسلحون على موقع للجيش في بولكيسي بمالي يوم الخميس.", "2025-01-13"),
    (("Quatorze soldats ont été tués jeudi dans une attaque contre un poste de l'armée à "
      "Boulkessi, au Mali."), "2025-01-13"),
    ("Gunmen killed 15 soldiers on Thursday in an attack on an army post in Boulkessi, Mali.",
     "2025-01-13"),
]
NIAMEY = ("Protesters marched peacefully in Niamey, Niger, on Friday to demand higher wages.",
          "2025-01-13")


@pytest.fixture
def filled(store):
    run = store.start_run(load_config(), command="test")
    docs = [analysed(text, published=dt.date.fromisoformat(day)) for text, day in
            [*BOULKESSI, NIAMEY]]
    store.add_documents(docs, run_id=run)
    rebuild_incidents(store)
    return store


def _battle(store) -> dict:
    return next(i for i in store.incidents() if i["reports"] == 3)


@pytest.mark.parametrize(("where", "incidents", "reports"), [
    (ReportFilter(), 2, 4),
    (ReportFilter(min_fatalities=14), 1, 3),
    (ReportFilter(min_fatalities=15), 0, 1),
    (ReportFilter(flagged=True), 1, 3),
    (ReportFilter(flagged=False), 1, 1),
    (ReportFilter(reviewed=True), 0, 0),
    (ReportFilter(reviewed=False), 2, 4),
    (ReportFilter(q="wages"), 1, 1),
    (ReportFilter(q="POSTE armée"), 1, 1),  # every word, any case, in the document text
    (ReportFilter(q="peacefully soldiers"), 0, 0),
    (ReportFilter(location="niamey"), 1, 1),
    (ReportFilter(admin2="no such district"), 0, 0),
])
def test_new_filters_on_incidents_and_reports(filled, where, incidents, reports):
    assert filled.count_incidents(where) == incidents
    assert filled.count_reports(where) == reports


def test_reviewed_follows_the_incident_lock(filled):
    battle = _battle(filled)
    with filled.engine.begin() as conn:
        conn.execute(sa.update(schema.incidents).where(schema.incidents.c.id == battle["id"])
                     .values(locked=True))
    assert filled.count_incidents(ReportFilter(reviewed=True)) == 1
    assert filled.count_reports(ReportFilter(reviewed=True)) == 3


def test_flags_name_the_field_the_values_and_who_gives_them(filled):
    battle = _battle(filled)
    flags = incident_flags(filled, [battle["id"]])[battle["id"]]
    toll = next(f for f in flags if f["field"] == "fatalities")
    by_value = {v["value"]: v["report_ids"] for v in toll["values"]}
    assert set(by_value) == {14, 15}
    assert sorted(by_value[14] + by_value[15]) == battle["report_ids"]
    assert len(by_value[14]) == 2


def test_facets_count_incidents_per_value_under_the_filter(filled):
    got = facets(filled)
    assert {f["value"]: f["count"] for f in got["country"]} == {"Mali": 1, "Niger": 1}
    assert got["flagged"] == [{"value": True, "count": 1}, {"value": False, "count": 1}]
    assert got["reviewed"] == [{"value": True, "count": 0}, {"value": False, "count": 2}]
    mali = facets(filled, ReportFilter(country="Mali"))
    assert [f["value"] for f in mali["event_type"]] == ["Battles"]


def test_totals_sum_every_matching_incident(filled):
    got = totals(filled)
    assert (got["incidents"], got["reports"]) == (2, 4)
    assert got["fatalities"] == _battle(filled)["fatalities"]
    assert got["fatalities_high"] == 15
    assert got["first_date"] <= got["last_date"]
    assert totals(filled, ReportFilter(country="Chad"))["incidents"] == 0


@pytest.mark.parametrize(("q", "incidents"), [
    ("بولكيسي", 1),  # Arabic, as written
    ("ولكيس", 1),  # part of a word: clitics and suffixes need not be typed
    ("BOULKESSI soldats", 1),
    ("au", 1),  # under three characters: answered without the trigram index
    ("zzzz", 0),
])
def test_q_finds_words_and_parts_of_words_in_any_script(filled, q, incidents):
    assert filled.count_incidents(ReportFilter(q=q)) == incidents


def test_q_follows_corrected_notes(filled):
    report = next(filled.reports(ReportFilter(q="wages")))
    assert filled.count_reports(ReportFilter(q="Tahoua")) == 0
    with filled.engine.begin() as conn:
        conn.execute(sa.update(schema.reports).where(schema.reports.c.id == report["report_id"])
                     .values(notes="Marchers gathered in Tahoua."))
    assert filled.count_reports(ReportFilter(q="tahoua")) == 1


def test_sqlite_q_asks_the_full_text_index(tmp_path):
    from rasd.store import open_store
    from rasd.store.extra_filters import text_match

    with open_store(tmp_path / "x.db") as store:
        sql = str(text_match("attaque au").compile(store.engine))
    assert "documents_fts MATCH" in sql and "reports_fts MATCH" in sql
    assert sql.count("MATCH") == 2  # "au" is too short for trigrams: LIKE


def test_two_short_words_keep_their_own_values(filled):
    # regression: each word's OR must be parenthesised before the words are AND-ed
    assert filled.count_reports(ReportFilter(q="in zz")) == 0
    assert filled.count_reports(ReportFilter(q="zz in")) == 0


def test_upgrading_to_0004_indexes_what_is_stored(db_url):
    from rasd.store import _engine, database_url, migrate, open_store

    engine = _engine(database_url(db_url))
    migrate(engine, "0003")
    with engine.begin() as conn:
        conn.execute(sa.text("INSERT INTO runs (id, command, started_at, status, rasd_version, "
                             "stages, config, documents, skipped, errors) VALUES (1, 'test', "
                             "CURRENT_TIMESTAMP, 'done', '0', '[]', '{}', 0, 0, 0)"))
        conn.execute(sa.text("INSERT INTO documents (id, content_hash, run_id, text, chars, "
                             "warnings) VALUES (1, 'h', 1, 'Une embuscade près de Tessit', 28, '[]')"))
        conn.execute(sa.text("INSERT INTO reports (id, event_id, document_id, pipeline_version, "
                             "role, partisan, notes, materiel, claims, framing, confidence) VALUES "
                             "(1, 'e1', 1, '0', 'main', false, 'Ambush near Tessit.', '[]', '[]', "
                             "'[]', '{}')"))
    engine.dispose()
    with open_store(db_url) as store:
        assert store.count_reports(ReportFilter(q="embuscade")) == 1
        assert store.count_reports(ReportFilter(q="ambush tessit")) == 1
        assert store.count_reports(ReportFilter(q="convoy")) == 0
