"""Throughput as users see it: real reports, first pass, cold caches, one new process each.

    python benchmarks/bench_real.py [--news ../shared/data/dev/news] [--no-save]

For each language of the real-news corpus (read from ../shared at run time; nothing of it is
written out), and for 1,000 generated 3 KB documents beside them, a new interpreter runs the
full pipeline once over the documents (`rasd bench --first-pass`): documents/s of one core,
ms per stage, peak RSS. A further interpreter times start-up: `import rasd` to the first
record of `rasd.extract()`, wall clock and CPU (on a shared machine the wall clock waits for
other processes; the load average at the end is recorded beside it). Writes `results/real.json` (figures only) and prints a table.
Skipped, with a message, when the corpus is absent.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import subprocess
import sys
from pathlib import Path

from rasd import __version__
from rasd.bench import source_commit, startup_times
from rasd.bench.corpus import write_corpus

HERE = Path(__file__).resolve().parent
NEWS = HERE.parent.parent / "shared" / "data" / "dev" / "news"


def first_pass(path: Path) -> dict:
    """`rasd bench --first-pass` over `path` in a new interpreter: its JSON figures."""
    cmd = [sys.executable, "-m", "rasd.cli.main", "bench", str(path), "--stages", "full",
           "--first-pass", "--format", "json"]
    out = subprocess.run(cmd, capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--news", type=Path, default=NEWS)
    parser.add_argument("--no-save", action="store_true")
    args = parser.parse_args()
    if not args.news.is_dir():
        print(f"bench_real: {args.news} is absent; nothing measured")
        return
    corpora = {lang: args.news / lang for lang in ("ar", "fr", "en")}
    corpora["generated-3kb"] = write_corpus(HERE / "corpus" / "corpus-1000-3000.jsonl", 1000,
                                            size=3000)
    rows = {name: first_pass(path) for name, path in corpora.items()}
    startups = [startup_times() for _ in range(3)]
    result = {"date": dt.date.today().isoformat(), "commit": source_commit(HERE), "version": __version__,
              "python": platform.python_version(),
              "startup_s": min(wall for wall, _ in startups),
              "startup_cpu_s": min(cpu for _, cpu in startups),
              "load_average": round(os.getloadavg()[0], 2), "corpora": rows}
    print(f"start-up to the first record: {result['startup_s']:.2f} s "
          f"({result['startup_cpu_s']:.2f} s CPU; load average {result['load_average']})")
    print("| corpus | docs | mean chars | docs/s/core | ms/doc | peak RSS MB | slowest stages |")
    print("|---|---|---|---|---|---|---|")
    for name, row in rows.items():
        slow = sorted(row["stage_ms_per_doc"].items(), key=lambda kv: -kv[1])[:3]
        slowest = ", ".join(f"{stage} {ms:.1f}" for stage, ms in slow)
        print(f"| {name} | {row['docs']} | {row['mean_chars']} | {row['stages_docs_per_s']} | "
              f"{row['stages_ms_per_doc']:.2f} | {row['peak_rss_mb']:.0f} | {slowest} |")
    if not args.no_save:
        out = HERE / "results" / "real.json"
        out.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
