"""Crash safety of `rasd ingest`: kill -9 at random moments, resume, compare with a clean run.

    python benchmarks/kill_resume.py [--documents 300] [--kills 10] [--workers 1] [--seed 7]
                                     [--db PATH-OR-URL] [--clean-db PATH-OR-URL] [--out FILE]

Writes a seeded JSON Lines corpus (several agencies reporting the same incidents, in the
three languages, in our own words), ingests it once into a clean store, then into a second
store with `--kills` runs each killed with SIGKILL (the parent only: its pool workers must
die with it) at a random moment (after a random number more documents are stored, or
while the reports are grouped), then one run left to finish. It checks that no process
of a killed run outlives it, that the killed runs are marked `killed` and none is left
`running`, that `PRAGMA integrity_check` is ok (SQLite), and that the second store equals
the clean one: the same documents, reports (every stored field but ids), evidence and
incidents (which reports each groups, and its figures). Figures go to --out (default
benchmarks/results/kill_resume[-workers2][-postgresql].json); exit status 1 on a mismatch.

PostgreSQL: pass two URLs (`--db` and `--clean-db`, two databases); both are emptied first.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from rasd.store import database_url, open_store, schema

RESULTS = Path(__file__).resolve().parent / "results"

PLACES = [("Mopti", "Mali"), ("Gao", "Mali"), ("Djibo", "Burkina Faso"), ("Dori", "Burkina Faso"),
          ("Tillaberi", "Niger"), ("Diffa", "Niger"), ("Menaka", "Mali"), ("Kaya", "Burkina Faso")]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi"]
AYYAM = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة"]
WORDS = {
    "en": "Gunmen killed {n} soldiers in an attack on an army post near {place}, {country}, on {day}, "
          "officials said.",
    "fr": "Des hommes armés ont tué {n} soldats lors d'une attaque contre un poste de l'armée près "
          "de {place} ({country}) {jour}, selon des responsables.",
    "ar": "قتل مسلحون {n} جنود في هجوم على موقع للجيش قرب {place} يوم {yawm}، وفق مسؤولين.",
}


def write_corpus(path: Path, count: int, rng: random.Random) -> int:
    """`count` reports of about count/3 incidents, each told by up to three agencies."""
    written = 0
    with path.open("w", encoding="utf-8") as out:
        incident = 0
        while written < count:
            place, country = PLACES[incident % len(PLACES)]
            day = incident % len(DAYS)
            n = 3 + incident % 40
            for lang in rng.sample(["en", "fr", "ar"], rng.randint(1, 3)):
                if written == count:
                    break
                text = WORDS[lang].format(n=n, place=place, country=country, day=DAYS[day],
                                          jour=JOURS[day], yawm=AYYAM[day])
                text += f" ({incident})"  # every incident's reports differ from another's
                out.write(json.dumps({"text": text, "published": f"2025-03-{10 + day:02d}",
                                      "source": f"agency-{lang}-{written % 3}", "lang": lang},
                                     ensure_ascii=False) + "\n")
                written += 1
            incident += 1
    return written


def ingest_command(corpus: Path, db: str, workers: int) -> list[str]:
    return [sys.executable, "-m", "rasd.cli.main", "ingest", str(corpus), "--db", db,
            "--batch", "20", "--workers", str(workers), "--no-progress"]


def _session_alive(pgid: int) -> bool:
    try:
        os.killpg(pgid, 0)
    except ProcessLookupError:
        return False
    return True


def killed_runs(corpus: Path, db: str, *, total: int, kills: int, workers: int,
                rng: random.Random) -> list[dict[str, Any]]:
    """`kills` runs of ingest each killed (SIGKILL, the parent only) at a random moment:
    once the store holds a random number more documents (a share of what is left, so that
    every run has work), or, when that number is past the end, a random 0-3 s after the
    last document is stored (while the reports are grouped)."""
    log = []
    for left in range(kills, 0, -1):
        before = counts(db)["documents"]
        step = rng.randint(1, max(1, 2 * (total - before) // (left + 1)))
        target = before + step if rng.random() < 0.8 and before < total else total + 1
        victim = subprocess.Popen(ingest_command(corpus, db, workers), stdout=subprocess.DEVNULL,
                                  stderr=subprocess.DEVNULL, start_new_session=True)
        at_end = None
        while victim.poll() is None:
            stored = counts(db)["documents"]
            if stored >= target:
                break
            # every document stored and this run begun: it is grouping (or about to)
            if target > total and stored >= total and run_begun(db, victim.pid):
                at_end = at_end or time.monotonic() + rng.uniform(0.0, 1.5)
                if time.monotonic() >= at_end:
                    break
            time.sleep(0.05)
        finished = victim.poll() is not None
        if not finished:
            os.kill(victim.pid, signal.SIGKILL)
            victim.wait()
        # pool workers notice their parent is gone within a second or two
        orphans_until = time.monotonic() + 10
        while _session_alive(victim.pid) and time.monotonic() < orphans_until:
            time.sleep(0.2)
        orphans = _session_alive(victim.pid)
        if orphans:
            os.killpg(victim.pid, signal.SIGKILL)
        log.append({"documents_before": before, "kill_at": "grouping" if target > total else target,
                    "finished_before_kill": finished, "documents_after": counts(db)["documents"],
                    "orphans": orphans})
    return log


def run_begun(db: str, pid: int) -> bool:
    """Whether the ingest process `pid` has begun its run (its row is stored)."""
    engine = sa.create_engine(database_url(db))
    try:
        with engine.connect() as conn:
            return conn.execute(sa.select(sa.func.count()).select_from(schema.runs)
                                .where(schema.runs.c.pid == pid)).scalar_one() > 0
    except sa.exc.SQLAlchemyError:
        return False
    finally:
        engine.dispose()


def counts(db: str) -> dict[str, int]:
    engine = sa.create_engine(database_url(db))
    try:
        with engine.connect() as conn:
            return {t.name: conn.execute(sa.select(sa.func.count()).select_from(t)).scalar_one()
                    for t in (schema.documents, schema.reports, schema.evidence, schema.incidents,
                              schema.incident_reports, schema.errors)}
    except sa.exc.SQLAlchemyError:
        return {"documents": 0}
    finally:
        engine.dispose()


_REPORT_SKIP = {"id", "document_id"}
_INCIDENT_SKIP = {"id"}


def contents(db: str) -> dict[str, Any]:
    """What a store holds, free of row ids and run ids (comparable between stores)."""
    engine = sa.create_engine(database_url(db))
    with engine.connect() as conn:
        docs = {r.id: r.content_hash for r in conn.execute(sa.select(schema.documents))}
        reports, event_of = {}, {}
        for row in conn.execute(sa.select(schema.reports)):
            data = {k: v for k, v in row._mapping.items() if k not in _REPORT_SKIP}
            data["document"] = docs[row.document_id]
            reports[row.event_id] = json.dumps(data, sort_keys=True, default=str)
            event_of[row.id] = row.event_id
        evidence = sorted((event_of[r.report_id], r.field, r.start, r.end)
                          for r in conn.execute(sa.select(schema.evidence)))
        members: dict[int, list[str]] = {}
        for row in conn.execute(sa.select(schema.incident_reports)):
            members.setdefault(row.incident_id, []).append(event_of[row.report_id])
        incidents = sorted(
            json.dumps({"reports": sorted(members.get(row.id, [])),
                        **{k: v for k, v in row._mapping.items() if k not in _INCIDENT_SKIP},
                        # a source names its report by row id: by its event id here (ids
                        # differ between stores: a killed transaction uses up PostgreSQL's)
                        "sources": [{**s, "report_id": event_of.get(s.get("report_id"))}
                                    for s in row.sources or ()]},
                       sort_keys=True, default=str)
            for row in conn.execute(sa.select(schema.incidents)))
        runs = [r.status for r in conn.execute(sa.select(schema.runs).order_by(schema.runs.c.id))]
        integrity = None
        if engine.dialect.name == "sqlite":
            integrity = conn.exec_driver_sql("PRAGMA integrity_check").scalar_one()
    engine.dispose()
    return {"documents": sorted(docs.values()), "reports": reports, "evidence": evidence,
            "incidents": incidents, "runs": runs, "integrity": integrity}


def empty(db: str) -> None:
    """A fresh store at `db` (a SQLite file removed; a PostgreSQL schema dropped)."""
    url = database_url(db)
    if url.startswith("sqlite"):
        Path(db).unlink(missing_ok=True)
        return
    engine = sa.create_engine(url)
    with engine.begin() as conn:
        conn.execute(sa.text("DROP SCHEMA public CASCADE"))
        conn.execute(sa.text("CREATE SCHEMA public"))
    engine.dispose()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=300)
    parser.add_argument("--kills", type=int, default=10)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--db", default=None)
    parser.add_argument("--clean-db", default=None)
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    work = Path(tempfile.mkdtemp(prefix="rasd-kill-"))
    corpus = work / "corpus.jsonl"
    write_corpus(corpus, args.documents, rng)
    db, clean = args.db or str(work / "killed.db"), args.clean_db or str(work / "clean.db")
    empty(db)
    empty(clean)

    started = time.monotonic()
    done = subprocess.run(ingest_command(corpus, clean, args.workers), capture_output=True,
                          text=True, check=False)
    clean_seconds = time.monotonic() - started
    if done.returncode != 0:
        print(done.stderr, file=sys.stderr)
        return 1
    log = killed_runs(corpus, db, total=args.documents, kills=args.kills, workers=args.workers,
                      rng=rng)
    resumed = subprocess.run(ingest_command(corpus, db, args.workers), capture_output=True,
                             text=True, check=False)
    with open_store(db):  # brings the schema of a store killed before creating it up to date
        pass
    got, want = contents(db), contents(clean)
    checks = {
        "documents": got["documents"] == want["documents"],
        "reports": got["reports"] == want["reports"],
        "evidence": got["evidence"] == want["evidence"],
        "incidents": got["incidents"] == want["incidents"],
        "no_run_left_running": "running" not in got["runs"],
        "no_orphan_workers": not any(k["orphans"] for k in log),
        "integrity_ok": got["integrity"] in (None, "ok"),
        "resume_exit_0": resumed.returncode == 0,
    }
    result = {
        "backend": "postgresql" if not database_url(db).startswith("sqlite") else "sqlite",
        "workers": args.workers, "documents": args.documents, "kills": args.kills,
        "seed": args.seed, "clean_run_seconds": round(clean_seconds, 1),
        "stored": counts(db), "clean": counts(clean),
        "runs": {s: got["runs"].count(s) for s in sorted(set(got["runs"]))},
        "kill_log": log, "checks": checks, "equal": all(checks.values()),
    }
    name = "kill_resume" + (f"-workers{args.workers}" if args.workers > 1 else "") + \
        ("-postgresql" if result["backend"] == "postgresql" else "")
    out = args.out or RESULTS / f"{name}.json"
    out.write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n")
    print(json.dumps({k: v for k, v in result.items() if k != "kill_log"}))
    if not result["equal"]:
        print(resumed.stderr[-2000:], file=sys.stderr)
    return 0 if result["equal"] else 1


if __name__ == "__main__":
    sys.exit(main())
