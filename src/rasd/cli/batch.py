"""`rasd batch`: one output file per input file, on local processes or a Dask cluster."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)

from rasd.batch import ShardResult, expand_inputs, run_batch
from rasd.cli.common import config_or_exit, group_incidents, store_or_exit
from rasd.config import Config
from rasd.errors import RasdError


def batch(
    paths: list[str] = typer.Argument(..., help="Input files (text, HTML, JSON Lines), one shard each; a directory gives one shard per file in it (recursively)."),
    out_dir: Path = typer.Option(..., "--out-dir", "-o", help="Folder for the outputs: one JSON Lines file per input, named from the input's name. Inputs whose output is already there are skipped (resume)."),
    workers: int = typer.Option(1, "--workers", min=1, help="Local worker processes (1: in this process). Ignored with --scheduler."),
    scheduler: str | None = typer.Option(None, "--scheduler", help="A Dask scheduler address (tcp://host:port) to run the shards on; inputs and --out-dir must be reachable from its workers."),
    db: str | None = typer.Option(None, "--db", help="After the run, load every output into this store (a SQLite file or a postgresql:// URL). Default: nothing is loaded."),
    config: Path | None = typer.Option(None, "--config", help="A TOML config file."),
) -> None:
    """Analyse many input files in parallel, writing one JSON Lines file per input.

    Each output line is {"document": ...} or {"error": ...}; an output appears only when
    complete, so a killed run resumes where it stopped. Workers never write to the
    database: with --db this process loads the outputs afterwards (idempotently).
    """
    if "-" in paths:
        raise typer.BadParameter("standard input cannot be a shard; give files", param_hint="PATHS")
    cfg = config_or_exit(config)
    inputs = expand_inputs(paths)
    if not inputs:
        typer.echo("rasd: no input files found", err=True)
        raise typer.Exit(1)
    results = _run(inputs, out_dir, cfg=cfg, workers=workers, scheduler=scheduler)
    docs, errors = sum(r.documents for r in results), sum(r.errors for r in results)
    skipped = sum(r.skipped for r in results)
    typer.echo(f"rasd: {len(results)} shard(s) ({skipped} already done): {docs} document(s), "
               f"{errors} error(s), {sum(r.events for r in results)} event(s) in {out_dir}",
               err=True)
    if db is not None:
        _load(results, db=db, cfg=cfg)
    if docs == 0:
        raise typer.Exit(1)


def _run(inputs: Sequence[str], out_dir: Path, *, cfg: Config, workers: int,
         scheduler: str | None) -> list[ShardResult]:
    console = Console(stderr=True)
    columns = (TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(),
               TextColumn("{task.fields[docs]} docs"), TimeElapsedColumn(), TimeRemainingColumn())
    with Progress(*columns, console=console) as bar:
        task = bar.add_task("shards", total=len(inputs), docs=0)
        seen = {"docs": 0}

        def advance(result: ShardResult) -> None:
            seen["docs"] += result.documents
            bar.update(task, advance=1, docs=seen["docs"])

        try:
            return run_batch(inputs, out_dir, config=cfg, workers=workers, scheduler=scheduler,
                             progress=advance)
        except (RasdError, OSError) as exc:
            typer.echo(f"rasd: {exc}", err=True)
            raise typer.Exit(1)


def _load(results: Sequence[ShardResult], *, db: str, cfg: Config) -> None:
    """Load every shard output into the store; one writer, here, after the workers."""
    added = failed = total = 0
    with store_or_exit(db, create=True) as store:
        run_id = store.start_run(cfg, command="batch", stages=cfg.pipeline.stages)
        status = "failed"
        try:
            for result in results:
                new_docs, new_errors = store.load_shard(result.out_path, run_id=run_id)
                added, failed, total = added + new_docs, failed + new_errors, total + result.documents
            status = "done"
        finally:
            store.finish_run(run_id, status=status, documents=added, skipped=total - added,
                             errors=failed)
        typer.echo(f"run {run_id}: {added} new document(s) stored, {total - added} already "
                   f"stored, {failed} new error(s)", err=True)
        if added:
            group_incidents(store)
