"""`rasd ingest`: documents from files into the store, resumably.

Documents are read in order, those already stored (same content hash) are skipped before
any analysis, the rest analysed (in this process or a pool of `workers`) and written in
transactions of `batch` documents, each with all its reports and evidence. A failing
document becomes a row in the errors table and the run goes on. A killed run loses at
most the batch in flight; running the same command again stores the rest and nothing
twice.
"""

from __future__ import annotations

import datetime as dt
import gzip
import os
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import islice
from multiprocessing import get_context
from pathlib import Path
from typing import Any

from rasd.config import Config
from rasd.doc import ArticleDoc
from rasd.errors import InputError, StageError
from rasd.ingest import iter_documents
from rasd.ingest.sources import walk_files
from rasd.pipeline import Pipeline
from rasd.records import document_record
from rasd.store import ErrorRow, Store
from rasd.store.incidents import ungrouped_reports

_JSONL = (".jsonl", ".ndjson")


@dataclass(frozen=True, slots=True)
class IngestResult:
    """What one ingest run did."""

    run_id: int
    documents: int  # new documents stored
    skipped: int  # already in the store (same content)
    errors: int  # documents that failed (new error rows may be fewer: errors are kept once)
    events: int  # reports stored with the new documents

    @property
    def seen(self) -> int:
        return self.documents + self.skipped + self.errors


def estimate_documents(paths: Iterable[str | Path]) -> int | None:
    """About how many documents `paths` hold (lines of JSON Lines files, one per other
    file), for a progress bar's total; None when unknown (standard input)."""
    total = 0
    for raw in paths:
        if str(raw) == "-":
            return None
        path = Path(raw)
        total += sum(_documents_in(f) for f in (walk_files(path) if path.is_dir() else [path]))
    return total


def _documents_in(path: Path) -> int:
    name = path.name.lower()
    try:
        if name.endswith(_JSONL):
            with path.open("rb") as handle:
                return sum(1 for line in handle if line.strip())
        if name.endswith(tuple(s + ".gz" for s in _JSONL)):
            with gzip.open(path, "rb") as handle:
                return sum(1 for line in handle if line.strip())
    except OSError:
        return 1
    return 1


def _chunks(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


# the pipeline of a worker process, built once by the pool's initialiser
_WORKER_PIPELINE: Pipeline | None = None


def _init_worker(cfg: Config, parent: int) -> None:
    global _WORKER_PIPELINE
    # watched from the start, with the parent's id as the parent gave it: a parent killed
    # while this worker builds its pipeline (seconds) is noticed, not taken for the one
    # that adopted the orphan
    threading.Thread(target=_exit_with_parent, args=(parent,), daemon=True).start()
    _WORKER_PIPELINE = Pipeline.from_config(cfg)


def _exit_with_parent(parent: int) -> None:
    # a pool worker outlived a parent killed with -9 (nothing told it): it now checks
    while os.getppid() == parent:
        time.sleep(1.0)
    os._exit(1)


def _analyse_in_worker(doc: ArticleDoc) -> dict[str, Any] | ErrorRow:
    if _WORKER_PIPELINE is None:
        raise RuntimeError("ingest worker used before the pool initialiser ran")
    return analyse(_WORKER_PIPELINE, doc)


def analyse(pipeline: Pipeline, doc: ArticleDoc) -> dict[str, Any] | ErrorRow:
    """The stored form of an analysed document, or the error that stopped it."""
    try:
        return document_record(pipeline(doc), include_text=True)
    except StageError as exc:
        return ErrorRow(doc.origin or doc.doc_id, "stage", str(exc))


def ingest(paths: Sequence[str | Path], store: Store, *, cfg: Config,
           published: dt.date | None = None, lang: str | None = None, workers: int = 1,
           batch: int = 100, progress: Callable[[int, int], None] | None = None,
           group: Callable[[], Any] | None = None) -> IngestResult:
    """Ingest `paths` into `store`; `progress(documents_seen, events_stored)` after each
    batch. Returns the run's counts.

    With `group`, it is called once the documents are stored when this run stored some or
    an earlier one left reports ungrouped (it groups the store's reports into incidents):
    the run is `done` only once it returns. Runs left `running` by a killed process are
    marked `killed` first."""
    pipeline = Pipeline.from_config(cfg)
    store.mark_killed_runs()
    run_id = store.start_run(cfg, command="ingest", stages=[s.name for s in pipeline.specs])
    counts = {"documents": 0, "skipped": 0, "errors": 0, "events": 0}
    pool = get_context("spawn").Pool(workers, _init_worker, (cfg, os.getpid())) if workers > 1 else None
    status = "failed"
    try:
        items = iter_documents(paths, cfg=cfg, published=published, lang=lang)
        for chunk in _chunks(items, batch):
            _ingest_chunk(chunk, store, pipeline, pool, run_id=run_id, counts=counts)
            if progress is not None:
                progress(counts["documents"] + counts["skipped"] + counts["errors"], counts["events"])
        if pool is not None:  # the workers are not needed for grouping
            pool.close()
            pool.join()
            pool = None
        # a resumed run stores nothing new but must group what a killed run left ungrouped
        if group is not None and (counts["documents"] or ungrouped_reports(store)):
            group()
        status = "done"
    except KeyboardInterrupt:
        status = "interrupted"
        raise
    finally:
        if pool is not None:
            if status == "done":
                pool.close()
            else:
                pool.terminate()
            pool.join()
        store.finish_run(run_id, status=status, documents=counts["documents"],
                         skipped=counts["skipped"], errors=counts["errors"])
    return IngestResult(run_id, **counts)


def _ingest_chunk(chunk: list[ArticleDoc | InputError], store: Store, pipeline: Pipeline,
                  pool: Any, *, run_id: int, counts: dict[str, int]) -> None:
    errors = [ErrorRow(e.origin(), "input", e.reason) for e in chunk if isinstance(e, InputError)]
    docs = [d for d in chunk if isinstance(d, ArticleDoc)]
    known = store.known(d.doc_id for d in docs)
    fresh = list({d.doc_id: d for d in docs if d.doc_id not in known}.values())
    counts["skipped"] += len(docs) - len(fresh)
    results = (pool.map(_analyse_in_worker, fresh, chunksize=max(1, len(fresh) // 8))
               if pool is not None else [analyse(pipeline, d) for d in fresh])
    analysed = [r for r in results if isinstance(r, dict)]
    errors += [r for r in results if isinstance(r, ErrorRow)]
    counts["documents"] += store.add_documents(analysed, run_id=run_id)
    counts["events"] += sum(len(a.get("events") or ()) for a in analysed)
    counts["errors"] += len(errors)
    store.add_errors(errors, run_id=run_id)


