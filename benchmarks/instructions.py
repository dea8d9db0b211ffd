"""Instructions of one pass of the full pipeline: a deterministic figure for A/B of speed changes.

    python benchmarks/instructions.py [PATH ...] [--gen N] [--warm] [--save]

On a shared machine timings swing by ±10% from one run to the next, so a 2% gain cannot be
told from noise; the instructions a pass executes do not swing (the same code counts the same
to about 0.3%). This runs the pipeline over the documents under valgrind's callgrind and counts
only the pass: the pass runs inside the comparison function of a libc `qsort` of two numbers,
and callgrind collects only while a function named like `qsort` is on the stack. Start-up,
resources and the warm-up documents (those of `rasd bench`) are left out, as `rasd bench`
leaves them out of its timing.

PATH: files or folders of documents (default: the real-news corpus per language, one
count each, read from ../shared at run time and skipped when absent); `--gen N` counts N
generated 3 KB documents instead. `--warm` counts a second pass (caches full); without it
the pass is the first one a new process makes (cold caches), except for generated documents,
which are always counted warm, as `rasd bench` times them. About a minute per language on
this machine (callgrind runs code about 50 times slower). Needs `valgrind` (Debian package);
without it, says so and exits 0. `--save` writes `results/instructions.json` (counts only).

Compare two trees by running it in each (`PYTHONPATH=src` picks the tree's code).
"""

from __future__ import annotations

import argparse
import ctypes
import ctypes.util
import datetime as dt
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
NEWS = HERE.parent.parent / "shared" / "data" / "dev" / "news"
_TOTAL = re.compile(r"^summary:\s+(\d+)", re.M)


def count_pass(paths: list[str], *, gen: int | None, warm: bool) -> None:
    """Inside callgrind: load, warm up, then run the pass inside qsort's comparison; print
    the number of documents that pass ran."""
    from rasd.bench import _WARM_UP, STAGE_SETS
    from rasd.config import load_config
    from rasd.doc import ArticleDoc
    from rasd.ingest import iter_documents
    from rasd.pipeline import Pipeline
    from rasd.records import document_record

    cfg = load_config(None, pipeline__stages=STAGE_SETS["full"])
    pipeline = Pipeline.from_config(cfg)
    for text in _WARM_UP:
        pipeline(ArticleDoc.from_text(text))
    if gen is not None:
        from rasd.bench.corpus import write_corpus
        paths = [str(write_corpus(Path(tempfile.mkdtemp()) / "corpus.jsonl", gen))]
    docs = [d for d in iter_documents([Path(p) for p in paths], cfg=cfg)
            if isinstance(d, ArticleDoc)]

    def one_pass() -> int:
        for doc in docs:
            json.dumps(document_record(pipeline(doc)), ensure_ascii=False)
        return len(docs)

    if warm or gen is not None:
        one_pass()
    counted: list[int] = []  # the documents of the counted pass (once, whatever qsort asks)

    def compare(_a, _b) -> int:
        if not counted:
            counted.append(one_pass())
        return 0

    libc = ctypes.CDLL(ctypes.util.find_library("c"))
    pair = (ctypes.c_int * 2)(1, 2)
    callback = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p)(compare)
    libc.qsort(pair, 2, ctypes.sizeof(ctypes.c_int), callback)
    print(sum(counted))


def measure(paths: list[str], *, gen: int | None, warm: bool) -> dict:
    """Run `count_pass` under callgrind in a new interpreter: documents and instructions."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "callgrind.out"
        cmd = ["valgrind", "--tool=callgrind", "--collect-atstart=no",
               "--toggle-collect=*qsort*", f"--callgrind-out-file={out}",
               sys.executable, __file__, "--inside", *paths]
        cmd += ["--gen", str(gen)] if gen is not None else []
        cmd += ["--warm"] if warm else []
        run = subprocess.run(cmd, capture_output=True, text=True, check=True)
        total = _TOTAL.search(out.read_text())
    if total is None:
        raise SystemExit(f"no instruction count in callgrind's output:\n{run.stderr[-2000:]}")
    return {"docs": int(run.stdout.split()[-1]), "instructions": int(total.group(1))}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("paths", nargs="*")
    parser.add_argument("--gen", type=int, default=None)
    parser.add_argument("--warm", action="store_true")
    parser.add_argument("--save", action="store_true")
    parser.add_argument("--inside", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.inside:
        count_pass(args.paths, gen=args.gen, warm=args.warm)
        return
    if shutil.which("valgrind") is None:
        print("valgrind is not installed (Debian: apt-get install valgrind): nothing counted")
        return
    if args.gen is not None:
        corpora = {f"generated-{args.gen}": []}
    elif args.paths:
        corpora = {", ".join(args.paths): args.paths}
    elif NEWS.is_dir():
        corpora = {lang: [str(NEWS / lang)] for lang in ("ar", "fr", "en")
                   if (NEWS / lang).is_dir()}
    else:
        print(f"no documents: give PATH or --gen N ({NEWS} is absent)")
        return
    rows = []
    for name, paths in corpora.items():
        row = {"corpus": name, "pass": "warm" if args.warm or args.gen else "first, cold caches",
               **measure(paths, gen=args.gen, warm=args.warm)}
        rows.append(row)
        print(f"{name}: {row['docs']} documents, {row['instructions']:,} instructions "
              f"({row['instructions'] // max(1, row['docs']):,} per document; {row['pass']})")
    if args.save:
        from rasd.bench import source_commit
        record = {"date": dt.date.today().isoformat(), "commit": source_commit(HERE.parent),
                  "python": sys.version.split()[0], "rows": rows}
        target = HERE / "results" / "instructions.json"
        target.write_text(json.dumps(record, indent=2) + "\n")
        print(f"written to {os.path.relpath(target)}")


if __name__ == "__main__":
    main()
