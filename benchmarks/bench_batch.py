"""Wall-clock speedup of `run_batch` on a Dask LocalCluster: 1 worker process against N.

    python benchmarks/bench_batch.py [--shards 8] [--per-shard 250] [--workers 2] [--repeat 1]

Splits the generated corpus (corpus.py) into `--shards` JSONL files of `--per-shard`
documents, starts a LocalCluster(n_workers=k, threads_per_worker=1, processes=True) for
k = 1 and k = `--workers`, warms every worker (imports, pipeline build, lazy resources: a
one-off cost of a few seconds per worker, reported apart), then times `run_batch` over all
shards into a fresh output directory; best of `--repeat`. Writes benchmarks/results/batch.json.
The machine's load average is recorded before and after, and for each run the CPU time the
workers used and `cpu_share` = worker CPU / (wall × workers), the share of their cores they
actually got: other processes on the same cores lower it, and the speedup with it.
`cpu_efficiency` (documents per worker CPU second, k workers against one) separates the
parallel overhead of rasd and Dask from that contention.
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import json
import os
import platform
import resource
import sys
import tempfile
import time
from pathlib import Path

from rasd import __version__
from rasd.batch import process_shard, run_batch
from rasd.bench.corpus import write_corpus
from rasd.config import Config, load_config

HERE = Path(__file__).resolve().parent


def make_shards(shards: int, per_shard: int, *, size: int = 3000) -> list[Path]:
    """`shards` JSONL files of `per_shard` corpus documents each (written once, then reused)."""
    # the first N documents of the seeded corpus are the same whatever its length, so
    # shards are cut from the standard 10,000-document corpus rather than a new one
    count = max(shards * per_shard, 10_000)
    corpus = write_corpus(HERE / "corpus" / f"corpus-{count}-{size}.jsonl", count, size=size)
    folder = HERE / "corpus" / f"shards-{shards}x{per_shard}-{size}"
    paths = [folder / f"shard-{i:03d}.jsonl" for i in range(shards)]
    if not all(p.exists() for p in paths):
        folder.mkdir(parents=True, exist_ok=True)
        with corpus.open(encoding="utf-8") as lines:
            for path in paths:
                path.write_text("".join(itertools.islice(lines, per_shard)), encoding="utf-8")
    return paths


def _warm(shard: str, cfg: Config) -> float:
    """Run one tiny shard on this worker so the timed run measures steady-state work."""
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        process_shard(shard, os.path.join(tmp, "warm.jsonl"), cfg)
    return time.perf_counter() - started


def _cpu_seconds() -> float:
    """CPU time (user + system) this worker process has used so far."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def time_cluster(workers: int, shards: list[Path], warm_shard: Path, cfg: Config,
                 *, repeat: int) -> dict:
    """Warm-up and best-of-`repeat` wall time of run_batch on a fresh LocalCluster."""
    from dask.distributed import Client, LocalCluster

    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                      dashboard_address=None) as cluster, Client(cluster) as client:
        client.wait_for_workers(workers)
        started = time.perf_counter()
        client.run(_warm, str(warm_shard), cfg)
        warm = time.perf_counter() - started
        runs = []
        for _ in range(repeat):
            cpu_before = sum(client.run(_cpu_seconds).values())
            with tempfile.TemporaryDirectory() as out:
                started = time.perf_counter()
                results = run_batch(shards, out, config=cfg, scheduler=cluster.scheduler_address)
                wall = time.perf_counter() - started
            runs.append((wall, sum(client.run(_cpu_seconds).values()) - cpu_before))
    wall, cpu = min(runs)
    docs = sum(r.documents for r in results)
    # the share of their cores the workers actually got: below 1 when other processes
    # compete for the same cores, which caps the speedup whatever the code does
    return {"workers": workers, "warmup_s": round(warm, 2), "wall_s": round(wall, 2),
            "worker_cpu_s": round(cpu, 2), "cpu_share": round(cpu / (wall * workers), 2),
            "docs": docs, "docs_per_s": round(docs / wall, 1),
            "docs_per_cpu_s": round(docs / cpu, 1)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shards", type=int, default=8)
    parser.add_argument("--per-shard", type=int, default=250)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--out", type=Path, default=HERE / "results" / "batch.json")
    args = parser.parse_args()
    cfg = load_config()
    shards = make_shards(args.shards, args.per_shard)
    warm_shard = make_shards(1, 3)[0]
    load_before = os.getloadavg()
    one = time_cluster(1, shards, warm_shard, cfg, repeat=args.repeat)
    many = time_cluster(args.workers, shards, warm_shard, cfg, repeat=args.repeat)
    row = {
        "date": dt.date.today().isoformat(), "version": __version__,
        "python": platform.python_version(), "cpu_count": os.cpu_count(),
        "stages": "full", "shards": args.shards, "per_shard": args.per_shard,
        "runs": [one, many], "speedup": round(one["wall_s"] / many["wall_s"], 2),
        # work per CPU second with k workers against one: 1.0 means no parallel overhead,
        # so `workers × cpu_efficiency` is the speedup to expect on otherwise idle cores
        "cpu_efficiency": round(many["docs_per_cpu_s"] / one["docs_per_cpu_s"], 2),
        "load_avg_1m_before": round(load_before[0], 2),
        "load_avg_1m_after": round(os.getloadavg()[0], 2),
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(row, indent=2) + "\n", encoding="utf-8")
    sys.stdout.write(json.dumps(row) + "\n")


if __name__ == "__main__":
    main()
