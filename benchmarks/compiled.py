"""What a compiled build would give: the unmodified modules compiled by Cython, timed against
plain Python, for issue 16's decision (a measuring tool, not the package's build).

    python benchmarks/compiled.py [--pairs N] [--docs N] [--runs gen,foundation,ar,fr,en]
                                  [--cython DIR] [--keep DIR] [--no-save]

Cython compiles a `.py` file as it is (pure-Python mode): the source stays Python, nothing is
annotated for Cython, so compiling freezes no code. This copies `src/` to a temporary folder,
compiles there every module of `rasd` but those `select_modules` leaves out (each with its
reason), then runs `rasd bench` with that folder and with `src/` on PYTHONPATH, interleaved
(pure, compiled, then compiled, pure, ...: a shared machine drifts, and the order would
otherwise favour one side), and checks that the compiled tree's outputs match the committed
digests (tests/scripts/test_output_digests.py run against it). Runs: `gen` and `foundation`
time the generated 3 KB documents warm (best of 3 passes), `ar`, `fr`, `en` a first pass with
cold caches over the real-news corpus in ../shared (skipped when absent). Times are CPU times
of one core, so a loaded machine slows both sides alike, but not evenly: read the medians.

Cython is found importable (or under `--cython DIR`, e.g. a `pip install --target DIR cython`);
without it this says so and exits 0. `--save` (the default) writes results/compiled.json.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
NEWS = ROOT.parent / "shared" / "data" / "dev" / "news"
RUNS = ("gen", "foundation", "ar", "fr", "en")

# left out by place, with the reason; first match wins
LEFT_OUT_PLACES = {
    "rasd/store/migrations/": "Alembic loads these by path; '0001_initial_schema' is not a "
                              "valid module name, so Cython refuses them",
    "rasd/cli/": "the Typer CLI: start-up only, and Typer reads the functions' signatures",
    "rasd/api/": "the web API (FastAPI, pydantic models): not on the pipeline's path",
    **dict.fromkeys(("rasd/store/", "rasd/eval/", "rasd/incidents/"),
                    "not on the extraction path (store, evaluation, incidents): left out to "
                    "shorten the build"),
}
# left out by content: pydantic reads a model class's annotations when the class is made
LEFT_OUT_CONTENT = {re.compile(r"\bBaseModel\b"): "defines pydantic models",
                    re.compile(r"^import typer\b", re.M): "a Typer CLI"}
INIT_REASON = "a package initialiser: runs once at import"

SETUP = """
import sys
from setuptools import setup
from Cython.Build import cythonize
modules = sys.argv[1:]
sys.argv[1:] = ["build_ext", "--inplace", "-j", "4"]
setup(ext_modules=cythonize(modules, nthreads=4, quiet=True,
                            compiler_directives=%r))
"""
# annotation_typing off: with it, Cython enforces `list`, `dict`, `tuple` annotations as exact
# types and makes `float` a C double, which Python never does (`triggers: list[...] = ()` in
# events/parties.py fails at import); off, the annotations mean what they mean to Python
DIRECTIVES = {"language_level": 3, "annotation_typing": False}
BUILD_FACTS = "_build.json"  # kept in the compiled copy, for --reuse
# no debug sections (Python's own flags ask for -g -O3); -O2 compiles faster, about as fast code
COMPILE_FLAGS = "-g0 -O2"

BENCH_ARGS = {
    "gen": ["--stages", "full"],
    "foundation": ["--stages", "foundation"],
    **{lang: ["--first-pass", "--stages", "full", str(NEWS / lang)] for lang in ("ar", "fr", "en")},
}


def select_modules(src: Path) -> tuple[list[str], dict[str, str]]:
    """The modules of `src/rasd` to compile (paths relative to `src`, sorted) and those left
    out, each with its reason."""
    chosen, left_out = [], {}
    for path in sorted((src / "rasd").rglob("*.py")):
        name = path.relative_to(src).as_posix()
        reason = _reason_to_leave_out(name, path.read_text(encoding="utf-8"))
        if reason:
            left_out[name] = reason
        else:
            chosen.append(name)
    return chosen, left_out


def _reason_to_leave_out(name: str, source: str) -> str | None:
    if name.endswith("/__init__.py"):
        return INIT_REASON
    for place, reason in LEFT_OUT_PLACES.items():
        if name.startswith(place):
            return reason
    return next((reason for pattern, reason in LEFT_OUT_CONTENT.items()
                 if pattern.search(source)), None)


def cython_path(extra: str | None) -> str | None:
    """The folder to add to PYTHONPATH for Cython ("" when it is importable already), or
    None when it cannot be found."""
    for where in ([extra] if extra else []) + [""]:
        env = {**os.environ, "PYTHONPATH": where} if where else None
        probe = subprocess.run([sys.executable, "-c", "import Cython"], env=env,
                               capture_output=True, check=False)
        if probe.returncode == 0:
            return where
    return None


def build(src: Path, dest: Path, modules: list[str], cython: str) -> dict:
    """Copy `src` to `dest` and compile `modules` there in place: build seconds (wall clock),
    number and total size of the extensions."""
    shutil.copytree(src, dest, ignore=shutil.ignore_patterns("__pycache__", "*.so", "*.c"))
    (dest / "_setup.py").write_text(SETUP % DIRECTIVES)
    env = {**os.environ, "PYTHONPATH": cython, "CFLAGS": COMPILE_FLAGS}
    t0 = time.perf_counter()
    run = subprocess.run([sys.executable, "_setup.py", *modules], cwd=dest, env=env,
                         capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - t0
    if run.returncode != 0:
        raise SystemExit(f"the compiled build failed:\n{run.stderr[-3000:]}")
    shutil.rmtree(dest / "build", ignore_errors=True)
    built = list((dest / "rasd").rglob("*.so"))
    facts = {"build_seconds": round(seconds), "extensions": len(built),
             "extensions_mb": round(sum(p.stat().st_size for p in built) / 2**20, 1)}
    (dest / BUILD_FACTS).write_text(json.dumps(facts) + "\n")
    return facts


def is_compiled(tree: Path) -> bool:
    """Whether `rasd` imported from `tree` runs compiled code (a hot module is an extension)."""
    probe = subprocess.run([sys.executable, "-c", "import rasd.events.assemble as m; "
                            "print(m.__file__)"], env={**os.environ, "PYTHONPATH": str(tree)},
                           capture_output=True, text=True, check=True)
    return probe.stdout.strip().endswith(".so")


def bench_once(tree: Path, run: str, docs: int) -> dict:
    """One `rasd bench` run with `tree` on PYTHONPATH: its JSON measurement."""
    args = BENCH_ARGS[run] + (["--docs", str(docs)] if run in ("gen", "foundation") else [])
    out = subprocess.run([sys.executable, "-m", "rasd.cli.main", "bench", "--format", "json",
                          *args], env={**os.environ, "PYTHONPATH": str(tree)},
                         capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def interleaved(trees: dict[str, Path], run: str, *, pairs: int, docs: int) -> dict:
    """`pairs` runs per tree in alternating order: each tree's measurements."""
    names = list(trees)
    rows: dict[str, list[dict]] = {name: [] for name in names}
    for i in range(pairs):
        for name in names if i % 2 == 0 else names[::-1]:
            rows[name].append(bench_once(trees[name], run, docs))
    return rows


def summarise(rows: dict[str, list[dict]]) -> dict:
    """Median and best docs/s per tree, the speed-up of the medians (compiled / pure) and
    each stage's median ms per document both ways."""
    out: dict = {}
    for name, runs in rows.items():
        rates = [r["stages_docs_per_s"] for r in runs]
        out[name] = {"docs_per_s": rates, "median": statistics.median(rates), "best": max(rates),
                     "calibration_us": [r["calibration_us"] for r in runs]}
    out["speedup_median"] = round(out["compiled"]["median"] / out["pure"]["median"], 3)
    out["speedup_best"] = round(out["compiled"]["best"] / out["pure"]["best"], 3)
    stages = rows["pure"][0]["stage_ms_per_doc"]
    out["stage_ms_per_doc"] = {
        stage: {name: statistics.median(r["stage_ms_per_doc"][stage] for r in rows[name])
                for name in ("pure", "compiled")} for stage in stages}
    return out


def digests_match(tree: Path) -> bool:
    """Whether the outputs with `tree` on PYTHONPATH match the committed digests."""
    run = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                          str(ROOT / "tests" / "scripts" / "test_output_digests.py")],
                         cwd=ROOT, env={**os.environ, "PYTHONPATH": str(tree)},
                         capture_output=True, text=True, check=False)
    return run.returncode == 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pairs", type=int, default=3)
    parser.add_argument("--docs", type=int, default=500, help="generated documents per run")
    parser.add_argument("--runs", default=",".join(RUNS))
    parser.add_argument("--cython", help="a folder holding Cython (pip install --target)")
    parser.add_argument("--keep", help="build the compiled copy here and keep it")
    parser.add_argument("--reuse", help="time this compiled copy (made by --keep) unbuilt")
    parser.add_argument("--no-save", action="store_true")
    args = parser.parse_args()
    cython = cython_path(args.cython)
    if cython is None:
        print("Cython is not importable (pip install cython, or give --cython DIR): nothing done")
        return
    runs = [r for r in args.runs.split(",") if r in ("gen", "foundation") or (NEWS / r).is_dir()]
    with tempfile.TemporaryDirectory(prefix="rasd-compiled-") as tmp:
        tree = Path(args.reuse or args.keep or Path(tmp) / "src")
        modules, left_out = select_modules(ROOT / "src")
        record = {"date": dt.date.today().isoformat(), "python": platform.python_version(),
                  "compiled_modules": len(modules), "left_out": left_out,
                  **(json.loads((tree / BUILD_FACTS).read_text()) if args.reuse else
                     build(ROOT / "src", tree, modules, cython))}
        print(f"{record['extensions']} extensions, {record['extensions_mb']} MB, built in "
              f"{record['build_seconds']} s")
        if not is_compiled(tree):
            raise SystemExit("the compiled tree imports plain Python: the build did not take")
        record["digests_match"] = digests_match(tree)
        print(f"outputs match the committed digests: {record['digests_match']}")
        trees = {"pure": ROOT / "src", "compiled": tree}
        record["runs"] = {}
        for run in runs:
            record["runs"][run] = summarise(interleaved(trees, run, pairs=args.pairs,
                                                        docs=args.docs))
            r = record["runs"][run]
            print(f"{run}: pure {r['pure']['median']} docs/s, compiled "
                  f"{r['compiled']['median']} docs/s (median of {args.pairs}): "
                  f"x{r['speedup_median']}")
    if not args.no_save:
        from rasd.bench import source_commit
        record["commit"] = source_commit(ROOT)
        target = HERE / "results" / "compiled.json"
        target.write_text(json.dumps(record, indent=2, ensure_ascii=False) + "\n")
        print(f"written to {os.path.relpath(target)}")


if __name__ == "__main__":
    main()
