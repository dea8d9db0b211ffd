"""Ingest at scale: `rasd ingest` of a generated corpus into a fresh store, then again.

    python benchmarks/bench_ingest.py [--docs 100000] [--size 3000] [--workers 2] [--db PATH]

Runs the real command (progress bar on standard error) on the corpus of benchmarks/corpus.py,
measures wall-clock documents/s of the first run (analysis and storage), then the incident
grouping (`rasd incidents --rebuild`), then re-runs the ingest and checks that nothing changed
(idempotence). Appends a row to benchmarks/results/ingest.csv. Wall clock, not CPU time: the
figure is what a user waits. The generated corpus names 14 towns, so its incident blocks are
far denser than real news: grouping time here is a worst case.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import os
import subprocess
import sys
import time
from pathlib import Path

from rasd.bench.corpus import write_corpus
from rasd.store import open_store

HERE = Path(__file__).resolve().parent


def _rasd(*args: str) -> float:
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "rasd.cli.main", *args], check=True)
    return time.perf_counter() - started


def _ingest(corpus: Path, db: str, workers: int) -> float:
    return _rasd("ingest", str(corpus), "--db", db, "--workers", str(workers), "--batch", "200",
                 "--no-incidents")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--docs", type=int, default=100_000)
    parser.add_argument("--size", type=int, default=3000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--db", default=str(HERE / "corpus" / "bench-ingest.db"))
    args = parser.parse_args()
    corpus = write_corpus(HERE / "corpus" / f"corpus-{args.docs}-{args.size}.jsonl", args.docs,
                          size=args.size)
    for suffix in ("", "-wal", "-shm"):
        Path(args.db + suffix).unlink(missing_ok=True)
    first = _ingest(corpus, args.db, args.workers)
    grouping = _rasd("incidents", "--rebuild", "--db", args.db, "--limit", "1")
    with open_store(args.db) as store:
        before = store.counts()
    second = _ingest(corpus, args.db, args.workers)
    with open_store(args.db) as store:
        after = store.counts()
    unchanged = all(before[k] == after[k] for k in before if k != "runs")
    row = {
        "date": dt.date.today().isoformat(), "docs": args.docs, "workers": args.workers,
        "load_before": round(os.getloadavg()[0], 1),
        "first_run_s": round(first, 1), "docs_per_s": round(args.docs / first, 1),
        "incidents_rebuild_s": round(grouping, 1), "rerun_s": round(second, 1), "rerun_unchanged": unchanged,
        "documents": after["documents"], "reports": after["reports"],
        "incidents": after["incidents"], "db_mb": round(Path(args.db).stat().st_size / 2**20, 1),
    }
    out = HERE / "results" / "ingest.csv"
    new = not out.exists()
    with out.open("a", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(row))
        if new:
            writer.writeheader()
        writer.writerow(row)
    print(row)


if __name__ == "__main__":
    main()
