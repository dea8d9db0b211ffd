"""Throughput and peak memory of the pipeline, per core and per stage (`rasd bench`).

Documents stream through one process (read, analysed, written out as JSON, dropped), so
the figures are per core and peak RSS is the steady state. Times are CPU time of this
process, and each figure is the best of `repeat` passes: a shared machine drifts, and
the best pass is the one least disturbed. That is a warm figure (every cache holds the corpus's
names after the first pass); `first_pass=True` times one pass only, with the caches as a new
process has them, which is what a user feeding new reports sees. `calibration_us` (the time of a fixed piece of
Python) lets rows from different moments and machines be compared.
"""

from __future__ import annotations

import json
import resource
import subprocess
import time
import timeit
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

from rasd.config import DEFAULT_STAGES, FOUNDATION_STAGES, Config, load_config
from rasd.doc import ArticleDoc
from rasd.ingest import iter_documents
from rasd.pipeline import Pipeline
from rasd.records import document_record

STAGE_SETS = {"foundation": FOUNDATION_STAGES, "full": DEFAULT_STAGES}
# one document per language, so that every lexicon, grammar and model is loaded before timing
_WARM_UP = ("قتل 3 جنود أمس في هجوم قرب موبتي.", "Trois soldats ont été tués hier près de Mopti.",
            "Three soldiers were killed yesterday near Mopti.")


@dataclass(frozen=True)
class Measurement:
    """One benchmark run: rates in documents per second of one core."""

    stages: str
    docs: int
    mean_chars: int
    ingest_docs_per_s: int
    stages_docs_per_s: int
    end_to_end_docs_per_s: int
    stages_ms_per_doc: float
    repeat: int
    passes: str
    peak_rss_mb: float
    calibration_us: float
    numbers_found: int
    dates_found: int
    events_found: int
    stage_ms_per_doc: dict[str, float] = field(default_factory=dict)

    def as_dict(self) -> dict:
        return asdict(self)


def calibration_us() -> float:
    """Best-of-5 time of `sum(range(1000))` in µs: how fast this machine runs Python now."""
    return round(min(timeit.repeat("sum(range(1000))", number=2000, repeat=5)) / 2000 * 1e6, 2)


def measure(paths: Sequence[Path], *, stages: str = "foundation", repeat: int = 3,
            config: Path | None = None, first_pass: bool = False) -> Measurement:
    """Run the `stages` set ("foundation" or "full") over the documents in `paths`, with
    the settings of the TOML file `config` (its stage list aside): the best of `repeat`
    passes, or with `first_pass` the one pass a new process makes (cold caches)."""
    repeat = 1 if first_pass else repeat
    cfg = load_config(config, pipeline__stages=STAGE_SETS[stages])
    pipeline = Pipeline.from_config(cfg)
    for text in _WARM_UP:
        pipeline(ArticleDoc.from_text(text))
    passes = [_one_pass(paths, pipeline, cfg) for _ in range(max(1, repeat))]
    best = {key: min(p[key] for p in passes) for key in ("ingest", "stages", "output")}
    counts = passes[-1]
    n = max(1, counts["n"])
    per_stage = {name: min(p["per_stage"].get(name, 0.0) for p in passes)
                 for name in cfg.pipeline.stages}
    return Measurement(
        stages=stages, docs=counts["n"], mean_chars=round(counts["chars"] / n),
        ingest_docs_per_s=_rate(n, best["ingest"]),
        stages_docs_per_s=_rate(n, best["stages"]),
        end_to_end_docs_per_s=_rate(n, best["ingest"] + best["stages"] + best["output"]),
        stages_ms_per_doc=round(best["stages"] / n * 1000, 3), repeat=len(passes),
        passes="first pass, cold caches" if first_pass else f"best of {len(passes)}",
        peak_rss_mb=round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        calibration_us=calibration_us(), numbers_found=counts["numbers"],
        dates_found=counts["dates"], events_found=counts["events"],
        stage_ms_per_doc={name: round(t / n * 1000, 3) for name, t in per_stage.items()},
    )


def _rate(n: int, seconds: float) -> int:
    return round(n / seconds) if seconds > 0 else 0


def _one_pass(paths: Sequence[Path], pipeline: Pipeline, cfg: Config) -> dict:
    counts: dict = {"n": 0, "chars": 0, "numbers": 0, "dates": 0, "events": 0,
                    "ingest": 0.0, "stages": 0.0, "output": 0.0, "per_stage": {}}
    documents = iter_documents(paths, cfg=cfg)
    while True:
        t0 = time.process_time()
        doc = next(documents, None)
        t1 = time.process_time()
        counts["ingest"] += t1 - t0
        if doc is None:
            return counts
        if not isinstance(doc, ArticleDoc):  # an input error: nothing to time
            continue
        doc = pipeline(doc, timings=counts["per_stage"])
        t2 = time.process_time()
        json.dumps(document_record(doc), ensure_ascii=False)
        counts["output"] += time.process_time() - t2
        counts["stages"] += t2 - t1
        counts["n"] += 1
        counts["chars"] += len(doc.text)
        counts["numbers"] += len(doc.numbers or ())
        counts["dates"] += len(doc.dates or ())
        counts["events"] += len(doc.events or ())


STARTUP_SCRIPT = """
import datetime, time
t0, c0 = time.perf_counter(), time.process_time()
import rasd
rasd.extract("Three soldiers were killed yesterday near Mopti.", published=datetime.date(2025, 1, 13))
print(time.perf_counter() - t0, time.process_time() - c0)
"""


def startup_times(*, python: str | None = None) -> tuple[float, float]:
    """(wall-clock, CPU) seconds from `import rasd` in a new interpreter to its first record
    (the interpreter's own start is left out: it is not rasd's). On a shared machine the
    wall clock waits for other processes; the CPU time is what rasd itself spends."""
    import subprocess
    import sys

    out = subprocess.run([python or sys.executable, "-c", STARTUP_SCRIPT], capture_output=True,
                         text=True, check=True)
    wall, cpu = out.stdout.strip().splitlines()[-1].split()
    return round(float(wall), 3), round(float(cpu), 3)


def startup_seconds(*, python: str | None = None) -> float:
    """Wall-clock seconds from `import rasd` in a new interpreter to its first record."""
    return startup_times(python=python)[0]


def source_commit(where: Path) -> str:
    """The short git commit of the checkout holding `where`, so committed benchmark results
    say what they measured ("unknown" outside a git checkout or without git)."""
    try:
        out = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=where, text=True,
                             capture_output=True, check=False)
    except OSError:
        return "unknown"
    return out.stdout.strip() or "unknown"
