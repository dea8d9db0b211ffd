"""Batch runs: one input file (a shard) in, one JSON Lines output file out, on any executor.

`process_shard` is the unit of work. It is pure and safe to retry: it reads one input,
runs the pipeline and writes its output to a temporary file in the output directory, then
renames it into place, so an output file that exists is always complete and the same
input always gives the same bytes. `run_batch` runs it over many shards in-process, on a
local process pool (`workers > 1`) or on a Dask cluster (`scheduler="tcp://host:port"`),
and skips shards whose output already exists (resume). Workers only write files; loading
them into the database is one loader's job (`rasd batch --db`).

Each output line is one of
    {"document": <DocumentOut with text>}
    {"error": {"origin": <where>, "line": <int|null>, "kind": "input"|"stage", "message": ...}}
in input order. An error's origin is written as a document's is ("path", "path:line" or,
for a stage error, "path:line#id"), so errors on different lines stay distinct. See docs/batch.md.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import multiprocessing
import os
import re
import time
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import FIRST_EXCEPTION, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from rasd.config import Config, load_config
from rasd.doc import ArticleDoc
from rasd.errors import ConfigError, InputError, RasdError, StageError
from rasd.ingest import iter_documents
from rasd.ingest.sources import walk_files
from rasd.pipeline import Pipeline
from rasd.records import document_record

ConfigLike = Config | str | os.PathLike[str] | None
Progress = Callable[["ShardResult"], None]

OUTPUT_SUFFIX = ".jsonl"
_TMP_SUFFIX = ".tmp"
# a JSON Lines origin is "path:line" or "path:line#record-id" (rasd.ingest.build.Where)
_LINE_ORIGIN = re.compile(r"(.*?):(\d+)(?:#.*)?", re.DOTALL)
_UNSAFE_NAME = re.compile(r"[^\w.-]+")
_KNOWN_SUFFIXES = (".jsonl.gz", ".ndjson.gz", ".jsonl", ".ndjson", ".json", ".html", ".htm",
                   ".xhtml", ".txt")


@dataclass(frozen=True, slots=True)
class ShardResult:
    """What one shard gave: counts of output lines and events, and the time it took."""

    in_path: str
    out_path: str
    documents: int = 0
    errors: int = 0
    events: int = 0
    seconds: float = 0.0
    skipped: bool = False  # the output already existed (resume); counts are read from it


@dataclass(frozen=True, slots=True)
class Shard:
    """One unit of work: an input path and the output path derived from it."""

    in_path: str
    out_path: str


def resolve_config(config: ConfigLike) -> Config:
    """A Config from a Config, a TOML file path, or None (the defaults)."""
    if isinstance(config, Config):
        return config
    return load_config(None if config is None else Path(config))


def output_name(in_path: str | os.PathLike[str]) -> str:
    """The output file name for an input: its base name plus a hash of its absolute path.

    Deterministic for a given file location, readable, and unique when two inputs share a
    base name (`a/day1.jsonl` and `b/day1.jsonl`).
    """
    path = os.path.abspath(os.fspath(in_path))
    base = os.path.basename(path.rstrip(os.sep)) or "input"
    lower = base.lower()
    stem = next((base[: -len(s)] for s in _KNOWN_SUFFIXES if lower.endswith(s)), base)
    stem = _UNSAFE_NAME.sub("_", stem).strip("._") or "input"
    digest = hashlib.sha256(path.encode("utf-8", "surrogateescape")).hexdigest()[:10]
    return f"{stem}-{digest}{OUTPUT_SUFFIX}"


def plan_shards(paths: Iterable[str | os.PathLike[str]], out_dir: str | os.PathLike[str]
                ) -> list[Shard]:
    """Shards for `paths`, in order, each with its output path in `out_dir`.

    Raises ConfigError when the same input is given twice (two shards, one output).
    """
    shards: list[Shard] = []
    seen: dict[str, str] = {}
    for path in paths:
        in_path = os.fspath(path)
        out_path = os.path.join(os.fspath(out_dir), output_name(in_path))
        if out_path in seen:
            raise ConfigError(f"{in_path}: the same input as {seen[out_path]}; give it once")
        seen[out_path] = in_path
        shards.append(Shard(in_path, out_path))
    return shards


def expand_inputs(paths: Iterable[str | os.PathLike[str]]) -> list[str]:
    """Files as given, and the files under each directory (recursively, sorted, hidden skipped)."""
    found: list[str] = []
    for path in map(Path, paths):
        if not path.is_dir():
            found.append(os.fspath(path))
            continue
        found.extend(os.fspath(p) for p in walk_files(path))
    return found


# ---------------------------------------------------------------------------- one shard


@functools.lru_cache(maxsize=4)
def _pipeline(config_json: str) -> Pipeline:
    # built once per worker process and config: stage factories load resources and the
    # gazetteer (seconds), far more than a small shard costs to run
    return Pipeline.from_config(Config.model_validate_json(config_json))


def process_shard(in_path: str | os.PathLike[str], out_path: str | os.PathLike[str],
                  config: ConfigLike = None) -> ShardResult:
    """Analyse one input file and write one JSON Lines output file; safe to retry.

    The output appears only when complete (temporary file in the same directory, then
    `os.replace`). Bad documents become error lines; a bad input file becomes one error
    line. Raises ConfigError for a bad config and OSError when the output cannot be written.
    """
    started = time.perf_counter()
    cfg = resolve_config(config)
    pipeline = _pipeline(cfg.model_dump_json())
    out_path = os.fspath(out_path)
    counts = {"document": 0, "error": 0, "events": 0}
    with _atomic_writer(out_path) as out:
        for kind, record in _records(os.fspath(in_path), cfg=cfg, pipeline=pipeline):
            counts[kind] += 1
            if kind == "document":
                counts["events"] += len(record["events"])
            out.write(json.dumps({kind: record}, ensure_ascii=False) + "\n")
    return ShardResult(os.fspath(in_path), out_path, counts["document"], counts["error"],
                       counts["events"], round(time.perf_counter() - started, 6))


def _records(in_path: str, *, cfg: Config, pipeline: Pipeline) -> Iterator[tuple[str, dict]]:
    for item in iter_documents([in_path], cfg=cfg):
        if isinstance(item, InputError):
            yield "error", _error(item.origin(default=in_path), item.line, "input", item.reason)
            continue
        try:
            doc = pipeline(item)
        except StageError as exc:
            origin = item.origin or in_path
            yield "error", _error(origin, _origin_line(origin), "stage", str(exc))
            continue
        yield "document", _document(doc)


def _document(doc: ArticleDoc) -> dict:
    return document_record(doc, include_text=True)


def _error(origin: str | None, line: int | None, kind: str, message: str) -> dict:
    return {"origin": origin, "line": line, "kind": kind, "message": message}


def _origin_line(origin: str) -> int | None:
    """The line of a document origin "path:line" or "path:line#id"; None for "path"."""
    match = _LINE_ORIGIN.fullmatch(origin)
    return int(match.group(2)) if match else None


@contextlib.contextmanager
def _atomic_writer(path: str) -> Iterator[IO[str]]:
    """A text file written under a temporary name and renamed into place on success.

    The temporary name is unique per attempt, so a leftover from a killed attempt, or a
    duplicate attempt running at the same time (Dask may start a task twice), never
    collides; it starts with "." and ends in ".tmp", so it is never taken for an output.
    """
    folder, name = os.path.split(path)
    os.makedirs(folder or ".", exist_ok=True)
    tmp = os.path.join(folder, f".{name}.{os.getpid()}-{uuid.uuid4().hex[:12]}{_TMP_SUFFIX}")
    try:
        with open(tmp, "x", encoding="utf-8", newline="\n") as out:
            yield out
            out.flush()
            os.fsync(out.fileno())  # the rename must never publish a file still in cache only
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def read_shard_result(shard: Shard) -> ShardResult:
    """The counts of an existing, complete output file (for a skipped shard)."""
    documents = errors = events = 0
    with open(shard.out_path, encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            if "document" in record:
                documents += 1
                events += len(record["document"].get("events", ()))
            else:
                errors += 1
    return ShardResult(shard.in_path, shard.out_path, documents, errors, events, skipped=True)


# ---------------------------------------------------------------------------- many shards


def run_batch(
    shards: Iterable[str | os.PathLike[str]],
    out_dir: str | os.PathLike[str],
    *,
    config: ConfigLike = None,
    workers: int = 1,
    scheduler: str | None = None,
    progress: Progress | None = None,
) -> list[ShardResult]:
    """Run `process_shard` over input files; results in input order.

    `workers=1` runs in this process, `workers>1` on a local process pool, and
    `scheduler="tcp://host:port"` on an existing Dask cluster (input paths must be
    readable and `out_dir` writable from its workers). Shards whose output exists are
    skipped. `progress` is called in this process once per shard as it finishes.
    Raises the first shard failure (finished outputs stay; a rerun resumes).
    """
    if workers < 1:
        raise ConfigError(f"workers must be at least 1, got {workers}")
    cfg = resolve_config(config)
    os.makedirs(out_dir, exist_ok=True)
    planned = plan_shards(shards, out_dir)
    done = {s.out_path: read_shard_result(s) for s in planned if os.path.exists(s.out_path)}
    todo = [s for s in planned if s.out_path not in done]
    for result in done.values():
        _report(progress, result)
    if scheduler is not None:
        fresh = _run_dask(todo, cfg=cfg, scheduler=scheduler, progress=progress)
    elif workers > 1 and len(todo) > 1:
        fresh = _run_pool(todo, cfg=cfg, workers=workers, progress=progress)
    else:
        fresh = _run_here(todo, cfg=cfg, progress=progress)
    done.update(fresh)
    return [done[s.out_path] for s in planned]


def _report(progress: Progress | None, result: ShardResult) -> ShardResult:
    if progress is not None:
        progress(result)
    return result


def _run_here(todo: Sequence[Shard], *, cfg: Config, progress: Progress | None
              ) -> dict[str, ShardResult]:
    return {s.out_path: _report(progress, process_shard(s.in_path, s.out_path, cfg))
            for s in todo}


def _run_pool(todo: Sequence[Shard], *, cfg: Config, workers: int, progress: Progress | None
              ) -> dict[str, ShardResult]:
    # spawn, not fork: the caller may run threads (a progress bar, a Dask client), and a
    # forked child of a threaded process can deadlock; each worker builds its pipeline once
    context = multiprocessing.get_context("spawn")
    results: dict[str, ShardResult] = {}
    with ProcessPoolExecutor(max_workers=min(workers, len(todo)), mp_context=context) as pool:
        pending: set[Future[ShardResult]] = {
            pool.submit(process_shard, s.in_path, s.out_path, cfg) for s in todo}
        while pending:
            finished, pending = wait(pending, return_when=FIRST_EXCEPTION)
            for future in finished:
                if future.exception() is not None:
                    pool.shutdown(cancel_futures=True)
                    raise _shard_failed(future.exception())
                result = future.result()
                results[result.out_path] = _report(progress, result)
    return results


def _run_dask(todo: Sequence[Shard], *, cfg: Config, scheduler: str,
              progress: Progress | None) -> dict[str, ShardResult]:
    from dask.distributed import Client, as_completed  # optional at import time

    results: dict[str, ShardResult] = {}
    with Client(scheduler, set_as_default=False) as client:
        # pure=False: a rerun must run again, not reuse a result the cluster still holds;
        # retries are safe because process_shard is
        futures = [client.submit(process_shard, s.in_path, s.out_path, cfg, pure=False,
                                 retries=2) for s in todo]
        try:
            for future in as_completed(futures, loop=client.loop):
                if future.status == "error":
                    raise _shard_failed(future.exception())
                result = future.result()
                results[result.out_path] = _report(progress, result)
        finally:
            client.cancel(futures)
    return results


def _shard_failed(exc: BaseException | None) -> RasdError:
    error = RasdError(f"a shard failed: {exc}; finished shards are kept, rerun to resume")
    error.__cause__ = exc
    return error
