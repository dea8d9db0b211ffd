"""`rasd export`: stored reports as ACLED-compatible CSV, GeoJSON, Parquet or JSON Lines."""

from __future__ import annotations

import sys
from pathlib import Path

import typer

from rasd.cli.common import (
    ACTOR,
    ADMIN1,
    COUNTRY,
    DATE_FROM,
    DATE_TO,
    DB_HELP,
    EVENT_TYPE,
    report_filter,
    store_or_exit,
)
from rasd.export import FORMATS, ExportError, write_export


def export(
    fmt: str = typer.Option(..., "--format", help=f"One of {', '.join(FORMATS)}."),
    output: str = typer.Option("-", "--output", "-o", help="Output file; - is standard output (not for parquet)."),
    db: str | None = typer.Option(None, "--db", help=DB_HELP),
    country: str | None = COUNTRY,
    admin1: str | None = ADMIN1,
    date_from: str | None = DATE_FROM,
    date_to: str | None = DATE_TO,
    event_type: str | None = EVENT_TYPE,
    actor: str | None = ACTOR,
    background: bool = typer.Option(False, "--with-background", help="Also export incidents cited only as background."),
) -> None:
    """Export stored reports (one row per report, with its incident id), filtered."""
    if fmt not in FORMATS:
        raise typer.BadParameter(f"{fmt!r}: choose one of {', '.join(FORMATS)}", param_hint="--format")
    if fmt == "parquet" and output == "-":
        raise typer.BadParameter("parquet needs a file: give --output", param_hint="--output")
    where = report_filter(country=country, admin1=admin1, date_from=date_from, date_to=date_to,
                          event_type=event_type, actor=actor,
                          role="all" if background else "main")
    with store_or_exit(db) as store:
        try:
            if output == "-":
                count = write_export(store.reports(where), fmt, sys.stdout.buffer)
                sys.stdout.buffer.flush()
            else:
                count = write_export(store.reports(where), fmt, Path(output))
        except ExportError as exc:
            typer.echo(f"rasd: {exc}", err=True)
            raise typer.Exit(1)
    typer.echo(f"{count} reports exported ({fmt})", err=True)
