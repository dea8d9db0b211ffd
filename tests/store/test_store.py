import datetime as dt

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from rasd.config import load_config
from rasd.errors import StoreError
from rasd.store import ErrorRow, ReportFilter, database_url, open_store, schema

from .conftest import analysed

AR = "قتل 12 جنديا في هجوم شنه مسلحون على بلدة بولكيسي في مالي يوم الخميس الماضي."
FR = "Au moins cinq civils ont été tués mardi dans l'attaque d'un village près de Djibo, au Burkina Faso."
EN = "Protesters marched peacefully in Niamey, Niger, on Friday to demand higher wages."


@pytest.mark.parametrize(("given", "expected"), [
    (None, "sqlite:///rasd.db"),
    ("data/events.db", "sqlite:///data/events.db"),
    ("postgresql://u:p@h/db", "postgresql+psycopg://u:p@h/db"),
    ("postgres://u@h/db", "postgresql+psycopg://u@h/db"),
    ("sqlite:////tmp/x.db", "sqlite:////tmp/x.db"),
])
def test_database_url(given, expected):
    assert database_url(given) == expected


def _not_search(name, type_, parent_names):
    return not (name or "").startswith(schema.SEARCH_OBJECTS)


def test_migrations_create_exactly_the_schema(store):
    with store.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_name": _not_search})
        diff = compare_metadata(context, schema.metadata)
    assert diff == []


def test_sqlite_store_uses_wal(tmp_path):
    with open_store(tmp_path / "x.db") as store, store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_a_document_is_stored_with_its_reports_and_evidence_once(store):
    cfg = load_config()
    run = store.start_run(cfg, command="test")
    docs = [analysed(AR), analysed(FR), analysed(EN)]
    assert store.add_documents(docs, run_id=run) == 3
    before = store.counts()
    assert store.add_documents(docs + [docs[0]], run_id=run) == 0  # idempotent
    assert store.counts() == before
    assert before["documents"] == 3 and before["reports"] >= 3 and before["evidence"] > 0
    stored = store.document(docs[0]["doc_id"])
    assert stored["text"] == docs[0]["text"] and stored["lang"] == "ar"


def test_reports_read_back_as_event_records_with_document_fields(store):
    run = store.start_run(load_config(), command="test")
    doc = analysed(FR, source="Agence test", url="https://example.org/a")
    store.add_documents([doc], run_id=run)
    [report] = list(store.reports())
    event = doc["events"][0]
    for key in ("event_id", "event_type", "sub_event_type", "actor1", "fatalities",
                "event_date", "country", "claims", "evidence"):
        assert report[key] == event[key], key
    assert report["doc_source"] == "Agence test" and report["doc_lang"] == "fr"
    assert report["doc_id"] == doc["doc_id"] and report["incident_id"] is None
    start, end = report["evidence"]["fatalities"][0]
    assert "cinq" in doc["text"][start:end]


@pytest.mark.parametrize(("where", "expected"), [
    (ReportFilter(), 3),
    (ReportFilter(country="MALI"), 1),
    (ReportFilter(country="Burkina Faso", event_type="Violence against civilians"), 1),
    (ReportFilter(event_type="Protests"), 1),
    (ReportFilter(lang="en"), 1),
    (ReportFilter(date_from=dt.date(2025, 1, 8)), 2),
    (ReportFilter(date_to=dt.date(2025, 1, 8)), 1),
    (ReportFilter(actor="protesters"), 1),
    (ReportFilter(actor="100%_"), 0),  # LIKE wildcards are literal
    (ReportFilter(role="background"), 0),
    (ReportFilter(country=("Mali", "niger")), 2),  # several values: any of them
    (ReportFilter(actor=("protesters", "100%_")), 1),
    (ReportFilter(country=()), 3),
])
def test_report_filters(store, where, expected):
    run = store.start_run(load_config(), command="test")
    store.add_documents([analysed(AR), analysed(FR), analysed(EN)], run_id=run)
    assert store.count_reports(where) == expected
    assert len(list(store.reports(where))) == expected


def test_pagination_is_stable(store):
    run = store.start_run(load_config(), command="test")
    store.add_documents([analysed(AR), analysed(FR), analysed(EN)], run_id=run)
    everything = [r["report_id"] for r in store.reports()]
    pages = [r["report_id"] for o in (0, 1, 2) for r in store.reports(limit=1, offset=o)]
    assert pages == everything


def test_errors_are_recorded_once(store):
    run = store.start_run(load_config(), command="test")
    error = ErrorRow("feed.jsonl:3", "input", "not a JSON object")
    assert store.add_errors([error, error], run_id=run) == 1
    assert store.add_errors([error], run_id=run) == 0
    assert store.counts()["errors"] == 1


def test_runs_record_config_versions_and_outcome(store):
    run = store.start_run(load_config(), command="ingest", stages=["numbers.v1"])
    store.finish_run(run, status="done", documents=3, skipped=1, errors=0)
    row = store.run(run)
    assert (row["status"], row["documents"], row["skipped"], row["stages"]) == ("done", 3, 1, ["numbers.v1"])
    assert row["config"]["pipeline"]["languages"] and row["finished_at"] >= row["started_at"]


def test_an_unreachable_database_is_a_clear_store_error():
    with pytest.raises(StoreError, match="cannot open the store at postgresql"):
        open_store("postgresql://nobody:secret@127.0.0.1:1/none")


def test_a_document_without_text_is_refused(store):
    run = store.start_run(load_config(), command="test")
    doc = analysed(EN)
    doc["text"] = None
    with pytest.raises(ValueError, match="include_text"):
        store.add_documents([doc], run_id=run)
    assert store.counts()["documents"] == 0  # the transaction rolled back


def test_foreign_keys_hold(store):
    with pytest.raises(sa.exc.IntegrityError), store.engine.begin() as conn:
        conn.execute(sa.insert(schema.evidence), {"report_id": 999, "field": "x", "start": 0, "end": 1})


def test_upgrading_to_0003_keeps_memberships_and_fills_incident_filters(db_url):
    from rasd.store import _engine, migrate, open_store

    engine = _engine(database_url(db_url))
    migrate(engine, "0002")
    with engine.begin() as conn:
        conn.execute(sa.text("INSERT INTO runs (id, command, started_at, status, rasd_version, stages, config, documents, skipped, errors) VALUES (1, 'test', CURRENT_TIMESTAMP, 'done', '0', '[]', '{}', 0, 0, 0)"))
        conn.execute(sa.text("INSERT INTO documents (id, content_hash, run_id, text, chars, warnings) VALUES (1, 'h', 1, 't', 1, '[]')"))
        conn.execute(sa.text("INSERT INTO reports (id, event_id, document_id, pipeline_version, role, partisan, claimants, materiel, claims, framing, confidence) VALUES (1, 'e1', 1, '0', 'main', true, 'perpetrator:JNIM', '[]', '[]', '[]', '{}')"))
        conn.execute(sa.text("INSERT INTO incidents (id, reports, sources, locked) VALUES (1, 1, '[]', false)"))
        conn.execute(sa.text("INSERT INTO incident_reports (incident_id, report_id) VALUES (1, 1)"))
    engine.dispose()
    with open_store(db_url) as store:
        assert store.counts()["incident_reports"] == 1
        assert store.count_incidents(ReportFilter(partisan=True)) == 1
        assert store.count_incidents(ReportFilter(claimant="jnim")) == 1
