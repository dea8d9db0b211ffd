import json
import os
import signal
import subprocess
import sys
import time

import pytest
from typer.testing import CliRunner

from rasd.cli.main import app
from rasd.config import load_config
from rasd.store import open_store
from rasd.store.ingest import estimate_documents, ingest

TEMPLATES = [
    ("ar", "قتل {n} مدنيين في هجوم شنه مسلحون على قرية قرب مدينة موبتي في مالي يوم الأحد."),
    ("fr", "Au moins {n} soldats ont été tués lundi dans une embuscade près de Djibo, au Burkina Faso."),
    ("en", "Gunmen killed {n} villagers on Tuesday in an attack near Tillaberi, Niger, officials said."),
]


def write_corpus(path, count):
    """`count` distinct short reports in the three languages, as JSON Lines."""
    with path.open("w", encoding="utf-8") as out:
        for i in range(count):
            lang, text = TEMPLATES[i % 3]
            out.write(json.dumps({"text": text.format(n=i + 2), "published": "2025-03-10",
                                  "source": f"agency-{i % 4}"}, ensure_ascii=False) + "\n")
    return path


def test_ingest_stores_documents_records_errors_and_goes_on(store, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    write_corpus(folder / "a.jsonl", 6)
    (folder / "empty.txt").write_text("")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02" * 50)
    with (folder / "a.jsonl").open("a") as out:
        out.write("{broken\n")
    result = ingest([folder], store, cfg=load_config(), batch=4)
    assert (result.documents, result.skipped, result.errors) == (6, 0, 3)
    counts = store.counts()
    assert counts["documents"] == 6 and counts["errors"] == 3 and counts["reports"] >= 6
    assert store.run(result.run_id)["status"] == "done"


def test_ingest_twice_changes_nothing(store, tmp_path):
    corpus = write_corpus(tmp_path / "c.jsonl", 9)
    first = ingest([corpus], store, cfg=load_config(), batch=4)
    before = store.counts()
    second = ingest([corpus], store, cfg=load_config(), batch=4)
    after = store.counts()
    assert (first.documents, second.documents, second.skipped) == (9, 0, 9)
    assert {k: v for k, v in after.items() if k != "runs"} == \
        {k: v for k, v in before.items() if k != "runs"}


def test_ingest_with_a_worker_pool_stores_the_same(tmp_path):
    corpus = write_corpus(tmp_path / "c.jsonl", 12)
    with open_store(tmp_path / "one.db") as one, open_store(tmp_path / "two.db") as two:
        ingest([corpus], one, cfg=load_config())
        ingest([corpus], two, cfg=load_config(), workers=2, batch=5)
        strip = lambda r: {k: v for k, v in r.items() if k not in ("report_id",)}  # noqa: E731
        assert [strip(r) for r in one.reports()] == [strip(r) for r in two.reports()]


def test_estimate_counts_json_lines_and_files(tmp_path):
    write_corpus(tmp_path / "a.jsonl", 5)
    (tmp_path / "b.txt").write_text("text")
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "c.txt").write_text("text")
    assert estimate_documents([tmp_path]) == 6
    assert estimate_documents(["-"]) is None


def _rows(db_url):
    with open_store(db_url) as store:
        return store.counts()


def test_kill_9_mid_ingest_then_resume_loses_and_duplicates_nothing(db_url, tmp_path):
    corpus = write_corpus(tmp_path / "c.jsonl", 240)
    command = [sys.executable, "-m", "rasd.cli.main", "ingest", str(corpus), "--db", db_url,
               "--batch", "5", "--no-progress", "--no-incidents"]
    victim = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                              start_new_session=True)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and _rows(db_url)["documents"] < 20:
        time.sleep(0.2)
    os.killpg(victim.pid, signal.SIGKILL)
    victim.wait()
    stored = _rows(db_url)["documents"]
    assert 20 <= stored < 240, "the kill must land mid-ingest"
    done = subprocess.run(command, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    assert f"{240 - stored} new documents" in done.stderr and f"{stored} already stored" in done.stderr
    with open_store(db_url) as store:
        counts = store.counts()
        assert counts["documents"] == 240
        texts = [store.document(r["doc_id"])["text"] for r in store.reports()]
    assert len(texts) == len(set(texts)) == 240  # one report per document, none twice


def test_ingest_command_reports_and_groups_incidents(tmp_path):
    corpus = write_corpus(tmp_path / "c.jsonl", 6)
    db = tmp_path / "x.db"
    result = CliRunner().invoke(app, ["ingest", str(corpus), "--db", str(db), "--no-progress"])
    assert result.exit_code == 0, result.output
    assert "run 1: 6 new documents" in result.output and "incidents:" in result.output
    with open_store(db) as store:
        assert store.counts()["incident_reports"] == store.count_reports()


def test_ingest_command_exits_1_when_nothing_could_be_read(tmp_path):
    (tmp_path / "empty.txt").write_text("")
    result = CliRunner().invoke(app, ["ingest", str(tmp_path / "empty.txt"), "--db",
                                      str(tmp_path / "x.db"), "--no-progress"])
    assert result.exit_code == 1 and "0 new documents" in result.output


def test_ingest_command_refuses_an_unreachable_database(tmp_path):
    result = CliRunner().invoke(app, ["ingest", str(tmp_path), "--db",
                                      "postgresql://x:y@127.0.0.1:1/none", "--no-progress"])
    assert result.exit_code == 2 and "cannot open the store" in result.output


def test_a_resumed_ingest_groups_what_a_killed_run_left_ungrouped(tmp_path):
    # the killed run stored every document but died before grouping; the resume stores
    # nothing new and once left all its reports out of every incident
    corpus = write_corpus(tmp_path / "c.jsonl", 6)
    db = str(tmp_path / "resume.db")
    killed = CliRunner().invoke(app, ["ingest", str(corpus), "--db", db, "--no-progress",
                                      "--no-incidents"])
    assert killed.exit_code == 0
    resumed = CliRunner().invoke(app, ["ingest", str(corpus), "--db", db, "--no-progress"])
    assert "0 new documents" in resumed.output and "incidents:" in resumed.output
    clean = str(tmp_path / "clean.db")
    CliRunner().invoke(app, ["ingest", str(corpus), "--db", clean, "--no-progress"])
    with open_store(db) as store, open_store(clean) as reference:
        assert store.counts()["incident_reports"] == store.count_reports() > 0
        assert store.counts()["incidents"] == reference.counts()["incidents"]


def test_a_document_stored_meanwhile_by_another_ingest_is_skipped(store, monkeypatch):
    # a second `rasd ingest` of the same file stored it between our look-up and our insert:
    # the insert once failed with UNIQUE documents.content_hash and lost the batch
    from rasd import ArticleDoc, Pipeline
    from rasd.store.ingest import analyse

    row = analyse(Pipeline.from_config(load_config()),
                  ArticleDoc.from_text("Gunmen killed 4 soldiers near Mopti on Monday."))
    run = store.start_run(load_config(), command="test")
    assert store.add_documents([row], run_id=run) == 1
    looked_up = []

    def stale(conn, hashes):  # the look-up a concurrent writer made out of date, once
        looked_up.append(hashes)
        return set() if len(looked_up) == 1 else type(store)._known_in(store, conn, hashes)

    monkeypatch.setattr(store, "_known_in", stale)
    assert store.add_documents([row], run_id=run) == 0
    assert len(looked_up) == 2 and store.counts()["documents"] == 1


def _dead_pid() -> int:
    """The id of a process that has ended (and been reaped)."""
    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()
    return gone.pid


def test_a_run_left_running_by_a_killed_process_is_marked_killed_at_the_next_start(store, tmp_path):
    import sqlalchemy as sa

    from rasd.store import schema

    killed = store.start_run(load_config(), command="ingest")
    alive = store.start_run(load_config(), command="ingest")  # this process: still running
    with store.engine.begin() as conn:
        conn.execute(sa.update(schema.runs).where(schema.runs.c.id == killed)
                     .values(pid=_dead_pid()))
    result = ingest([write_corpus(tmp_path / "c.jsonl", 3)], store, cfg=load_config())
    assert store.run(killed)["status"] == "killed" and store.run(killed)["finished_at"]
    assert store.run(alive)["status"] == "running"
    assert store.run(result.run_id)["status"] == "done"


def test_a_run_is_done_only_once_its_reports_are_grouped(store, tmp_path):
    corpus = write_corpus(tmp_path / "c.jsonl", 3)
    seen = []

    def group():  # the run is still running while its reports are grouped
        seen.append([r["status"] for r in _runs(store)])

    result = ingest([corpus], store, cfg=load_config(), group=group)
    assert seen == [["running"]] and store.run(result.run_id)["status"] == "done"

    def broken():
        raise RuntimeError("grouping failed")

    store2 = tmp_path / "second.jsonl"
    write_corpus(store2, 4)
    with pytest.raises(RuntimeError):
        ingest([store2], store, cfg=load_config(), group=broken)
    assert [r["status"] for r in _runs(store)] == ["done", "failed"]


def _runs(store):
    import sqlalchemy as sa

    from rasd.store import schema

    with store.engine.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(sa.select(schema.runs).order_by(schema.runs.c.id))]


def test_a_new_incident_grouped_before_older_ones_takes_no_id_they_keep(db_url, tmp_path):
    # a rebuild keeps the old incidents' ids; a new group coming first in the clustering
    # order once took a freed id from the table that a later group keeps (UNIQUE
    # incidents.id, three attempts, the run failed)
    import sqlalchemy as sa

    from rasd.store import schema
    from rasd.store.incidents import incident_values, rebuild_incidents

    corpus = write_corpus(tmp_path / "c.jsonl", 3)  # three incidents, one report each
    with open_store(db_url) as store:
        ingest([corpus], store, cfg=load_config())
        reports = sorted(store.reports(evidence=False, lean=True), key=lambda r: r["report_id"])
        first, second, third = (r["report_id"] for r in reports)
        with store.engine.begin() as conn:  # the first report ungrouped, the others in 1 and 2
            conn.execute(sa.delete(schema.incident_reports))
            conn.execute(sa.delete(schema.incidents))
            for incident, report in ((1, reports[1]), (2, reports[2])):
                conn.execute(sa.insert(schema.incidents),
                             {**incident_values([report]), "id": incident, "locked": False})
                conn.execute(sa.insert(schema.incident_reports),
                             {"incident_id": incident, "report_id": report["report_id"]})
        rebuild_incidents(store)
        ids = _incident_ids(store)
    assert ids[second] == 1 and ids[third] == 2 and ids[first] not in (1, 2)


def _incident_ids(store):
    import sqlalchemy as sa

    from rasd.store import schema

    with store.engine.connect() as conn:
        return {r.report_id: r.incident_id for r in conn.execute(sa.select(schema.incident_reports))}


def test_a_pool_worker_whose_parent_died_during_its_start_up_exits(tmp_path):
    # the parent was killed while the worker built its pipeline: the worker once began
    # watching only afterwards, took the process that adopted it for its parent, and lived on
    code = ("import sys, time\n"
            "from rasd.config import load_config\n"
            "from rasd.store.ingest import _init_worker\n"
            f"_init_worker(load_config(), {_dead_pid()})\n"
            "time.sleep(60)\n")
    started = time.monotonic()
    worker = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=120, check=False)
    assert worker.returncode == 1 and not worker.stderr, worker.stderr[-500:]
    assert time.monotonic() - started < 50
