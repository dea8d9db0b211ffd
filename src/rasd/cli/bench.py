"""`rasd bench`: documents per second per core and peak memory, per stage."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

from rasd.bench import STAGE_SETS, Measurement, measure
from rasd.bench.corpus import write_corpus
from rasd.cli.common import check_choice


def bench(
    paths: list[Path] = typer.Argument(None, help="Documents to time (files, directories, JSONL); "
                                       "default: a generated corpus of --docs documents."),
    stages: str = typer.Option("full", "--stages", help="foundation (langid, sentences, dates, "
                               "numbers) or full (every default stage)."),
    docs: int = typer.Option(1000, "--docs", min=1, help="Size of the generated corpus."),
    size: int = typer.Option(3000, "--size", min=200, help="Characters per generated document."),
    repeat: int = typer.Option(3, "--repeat", min=1, help="Passes; the best one counts."),
    first_pass: bool = typer.Option(False, "--first-pass", help="Time one pass with the caches "
                                    "as a new process has them (what a user sees on new "
                                    "reports), instead of the best of --repeat."),
    fmt: str = typer.Option("table", "--format", help="table or json."),
    config: Path | None = typer.Option(None, "--config", help="A TOML config file."),
) -> None:
    """Time the pipeline on one core: documents/s, ms per stage, peak RSS."""
    check_choice(stages, STAGE_SETS, option="--stages")
    check_choice(fmt, ("table", "json"), option="--format")
    with tempfile.TemporaryDirectory(prefix="rasd-bench-") as tmp:
        inputs = list(paths) if paths else [write_corpus(Path(tmp) / "corpus.jsonl", docs, size=size)]
        result = measure(inputs, stages=stages, repeat=repeat, config=config,
                         first_pass=first_pass)
    if result.docs == 0:
        typer.echo("rasd: no document could be read", err=True)
        raise typer.Exit(1)
    if fmt == "json":
        typer.echo(json.dumps(result.as_dict(), ensure_ascii=False, indent=2))
    else:
        Console(width=100).print(render(result))


def render(result: Measurement) -> Table:
    """The headline rates, then one row per stage."""
    table = Table(title=f"rasd bench: {result.docs} documents of {result.mean_chars} characters, "
                  f"{result.stages} stages, {result.passes}")
    table.add_column("measure")
    table.add_column("value", justify="right")
    rows = [
        ("stages, documents/s/core", f"{result.stages_docs_per_s:,}"),
        ("end to end (read, analyse, JSON), documents/s/core", f"{result.end_to_end_docs_per_s:,}"),
        ("stages, ms per document", f"{result.stages_ms_per_doc:.3f}"),
        *((f"  {name}, ms per document", f"{ms:.3f}") for name, ms in result.stage_ms_per_doc.items()),
        ("peak RSS, MB", f"{result.peak_rss_mb:.1f}"),
        ("calibration: sum(range(1000)), µs", f"{result.calibration_us:.2f}"),
        ("numbers / dates / events found",
         f"{result.numbers_found:,} / {result.dates_found:,} / {result.events_found:,}"),
    ]
    for row in rows:
        table.add_row(*row)
    return table
