"""`rasd eval`: score the pipeline on a gold set, per language and field."""

from __future__ import annotations

import json
from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

from rasd.cli.common import check_choice, config_or_exit
from rasd.errors import RasdError
from rasd.eval import Report, evaluate_path


def evaluate(
    gold: Path = typer.Argument(..., help="A gold JSONL file or a golden directory (docs/eval.md)."),
    fmt: str = typer.Option("table", "--format", help="table, json, or both (the table, then the JSON)."),
    config: Path | None = typer.Option(None, "--config", help="A TOML config file."),
    errors: int = typer.Option(0, "--errors", min=0, help="Also list up to this many event "
                               "mismatches (document, field, gold, predicted)."),
    field_name: str | None = typer.Option(None, "--field", help="List only mismatches of this "
                                          "event field (e.g. location, actor1, (missed))."),
) -> None:
    """Score extraction against a gold set: accuracy per field and F1 per language."""
    check_choice(fmt, ("table", "json", "both"), option="--format")
    cfg = config_or_exit(config)
    try:
        report = evaluate_path(gold, cfg=cfg)
    except RasdError as exc:
        typer.echo(f"rasd: {exc}", err=True)
        raise typer.Exit(2)
    listed = [e for e in report.errors if field_name is None or e["field"] == field_name]
    if fmt in ("table", "both"):
        Console(width=120).print(render_table(report))
        if errors:
            Console(width=160).print(render_errors(listed[:errors], total=len(listed)))
    if fmt in ("json", "both"):
        data = report.as_dict()
        if errors:
            data["errors"] = listed[:errors]
        typer.echo(json.dumps(data, ensure_ascii=False, indent=2))


def render_table(report: Report) -> Table:
    """One row per metric, one column per language."""
    data = report.as_dict()["languages"]
    langs = list(data)
    table = Table(title=f"rasd eval: {report.items} documents")
    table.add_column("metric")
    for lang in langs:
        table.add_column(lang, justify="right")
    metrics = sorted({m for per_lang in data.values() for m in per_lang})
    for metric in metrics:
        table.add_row(metric, *(_cell(data[lang].get(metric)) for lang in langs))
    return table


def render_errors(errors: list[dict], *, total: int) -> Table:
    """One row per event mismatch."""
    table = Table(title=f"event mismatches: {len(errors)} of {total}")
    for column in ("item", "event", "field", "gold", "predicted"):
        table.add_column(column, overflow="fold")
    for error in errors:
        table.add_row(*(_text(error[c]) for c in ("item", "event", "field", "gold", "predicted")))
    return table


def _text(value: object) -> str:
    return "-" if value is None else str(value)


def _cell(values: dict | None) -> str:
    if not values:
        return "-"
    if "f1" in values:
        return f"F1 {values['f1']:.3f} (P {values['precision']:.2f} R {values['recall']:.2f})"
    if values["accuracy"] is None:
        return "-"
    return f"{values['accuracy']:.3f} (n={values['n']})"
