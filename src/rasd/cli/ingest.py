"""`rasd ingest`: analyse documents and store them, resumably, with a progress bar."""

from __future__ import annotations

import time
from pathlib import Path

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    Task,
    TaskProgressColumn,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.text import Text

from rasd.cli.common import (
    DB_HELP,
    config_or_exit,
    group_incidents,
    parse_date_option,
    parse_lang_option,
    store_or_exit,
)


def ingest(
    paths: list[str] = typer.Argument(..., help="Files (text, HTML, JSON Lines, RSS/Atom) or directories (recursively); - reads standard input."),
    db: str | None = typer.Option(None, "--db", help=DB_HELP),
    published: str | None = typer.Option(None, "--published", help="Publication date (YYYY-MM-DD) for documents that carry none."),
    lang: str = typer.Option("auto", "--lang", help="Language: auto, ar, fr or en."),
    workers: int = typer.Option(1, "--workers", min=1, help="Processes analysing documents (one writer stores them)."),
    batch: int = typer.Option(100, "--batch", min=1, help="Documents per transaction."),
    incidents: bool = typer.Option(True, "--incidents/--no-incidents", help="Group reports into incidents after the run."),
    progress: bool = typer.Option(True, "--progress/--no-progress", help="Show a progress bar on standard error."),
    config: Path | None = typer.Option(None, "--config", help="A TOML config file."),
) -> None:
    """Analyse documents and store them with their reports and evidence.

    Idempotent: a document already stored (same text) is skipped, so re-running a command,
    or resuming one that was killed, stores nothing twice. Bad documents are recorded in
    the errors table and the run goes on; the exit status is 1 only when documents were
    found and none could be stored or were already there.
    """
    from rasd.store.ingest import estimate_documents
    from rasd.store.ingest import ingest as run_ingest  # the store: loaded when used

    cfg = config_or_exit(config)
    pub = parse_date_option(published, option="--published")
    chosen = parse_lang_option(lang)
    console = Console(stderr=True)
    with store_or_exit(db, create=True) as store:
        started = time.perf_counter()
        with _bar(console, enabled=progress) as bar:
            task = bar.add_task("ingest", total=estimate_documents(paths), events=0)
            result = run_ingest(
                paths, store, cfg=cfg, published=pub, lang=chosen, workers=workers,
                batch=batch, group=(lambda: group_incidents(store)) if incidents else None,
                progress=lambda seen, events: bar.update(task, completed=seen, events=events))
        seconds = max(time.perf_counter() - started, 1e-9)
        typer.echo(
            f"run {result.run_id}: {result.documents} new documents ({result.events} reports), "
            f"{result.skipped} already stored, {result.errors} failed; "
            f"{result.seen / seconds:.1f} documents/s", err=True)
    if result.errors and not (result.documents or result.skipped):
        raise typer.Exit(1)


class RateColumn(ProgressColumn):
    """Documents per second."""

    def render(self, task: Task) -> Text:
        return Text("" if task.speed is None else f"{task.speed:,.1f} docs/s", style="cyan")


def _bar(console: Console, *, enabled: bool) -> Progress:
    # the total is an estimate (lines of JSON Lines files, one per other file)
    return Progress(
        TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(),
        TaskProgressColumn(), TextColumn("{task.fields[events]} reports"), RateColumn(),
        TimeElapsedColumn(), TextColumn("ETA"), TimeRemainingColumn(),
        console=console, disable=not enabled, transient=False)
