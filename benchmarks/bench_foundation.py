"""Throughput and peak memory of the pipeline on a generated corpus.

    python benchmarks/bench_foundation.py [--docs 10000] [--size 3000] [--stages foundation|full]

Measures CPU time in one process on one core (so documents/s is documents/s/core), best of
`--repeat` passes: documents/s for
ingest (JSONL → ArticleDoc), for the pipeline stages, and end to end including JSON output;
peak RSS. `foundation` runs langid, sentences, dates and numbers (the foundation issue's
figure); `full` runs every default stage, events included. Appends a row to
benchmarks/results/foundation.csv and prints it.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import platform
from pathlib import Path

from rasd import __version__
from rasd.bench import measure, source_commit
from rasd.bench.corpus import write_corpus

HERE = Path(__file__).resolve().parent
# the columns of results/foundation.csv, in order (per-stage times are printed, not kept)
COLUMNS = ("date", "commit", "version", "python", "calibration_us", "stages", "docs", "mean_chars",
           "ingest_docs_per_s", "stages_docs_per_s", "end_to_end_docs_per_s", "stages_ms_per_doc",
           "repeat", "peak_rss_mb", "numbers_found", "dates_found", "events_found")


def run(docs: int, size: int, stages: str, *, repeat: int = 3) -> dict:
    corpus = write_corpus(HERE / "corpus" / f"corpus-{docs}-{size}.jsonl", docs, size=size)
    result = measure([corpus], stages=stages, repeat=repeat).as_dict()
    row = {"date": dt.date.today().isoformat(), "commit": source_commit(HERE), "version": __version__,
           "python": platform.python_version(), **result}
    return row


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--docs", type=int, default=10_000)
    parser.add_argument("--size", type=int, default=3000)
    parser.add_argument("--stages", choices=("foundation", "full"), default="foundation")
    parser.add_argument("--repeat", type=int, default=3, help="passes; the best one counts")
    parser.add_argument("--no-save", action="store_true")
    args = parser.parse_args()
    row = run(args.docs, args.size, args.stages, repeat=args.repeat)
    for key, value in row.items():
        if key != "stage_ms_per_doc":
            print(f"{key:>24}: {value}")
    for name, ms in row["stage_ms_per_doc"].items():
        print(f"{name:>24}: {ms:.3f} ms/doc")
    if not args.no_save:
        out = HERE / "results" / "foundation.csv"
        new = not out.exists()
        with out.open("a", newline="", encoding="utf-8") as handle:
            writer = csv.DictWriter(handle, fieldnames=COLUMNS, extrasaction="ignore")
            if new:
                writer.writeheader()
            writer.writerow(row)


if __name__ == "__main__":
    main()
