"""`rasd export`: stored reports or incidents as ACLED-compatible CSV, GeoJSON, Parquet or
JSON Lines."""

from __future__ import annotations

import sys
from pathlib import Path

import typer

from rasd.cli.common import (
    ACTOR,
    ADMIN1,
    ADMIN2,
    COUNTRY,
    DATE_FROM,
    DATE_TO,
    DB_HELP,
    EVENT_TYPE,
    FLAGGED,
    LOCATION,
    MIN_FATALITIES,
    QUERY,
    REVIEWED,
    SUB_EVENT_TYPE,
    check_choice,
    report_filter,
    store_or_exit,
)
from rasd.formats import FORMATS, LEVELS


def export(
    fmt: str = typer.Option(..., "--format", help=f"One of {', '.join(FORMATS)}."),
    output: str = typer.Option("-", "--output", "-o", help="Output file; - is standard output (not for parquet)."),
    db: str | None = typer.Option(None, "--db", help=DB_HELP),
    country: list[str] | None = COUNTRY,
    admin1: list[str] | None = ADMIN1,
    admin2: list[str] | None = ADMIN2,
    location: list[str] | None = LOCATION,
    date_from: str | None = DATE_FROM,
    date_to: str | None = DATE_TO,
    event_type: list[str] | None = EVENT_TYPE,
    sub_event_type: list[str] | None = SUB_EVENT_TYPE,
    actor: list[str] | None = ACTOR,
    q: str | None = QUERY,
    reviewed: bool | None = REVIEWED,
    flagged: bool | None = FLAGGED,
    min_fatalities: int | None = MIN_FATALITIES,
    background: bool = typer.Option(False, "--with-background", help="Also export incidents cited only as background (report level)."),
    level: str = typer.Option("reports", "--level", help="reports: one row per report, with its incident id; incidents: one row per incident, reconciled, with its report ids."),
    bom: bool = typer.Option(False, "--bom", help="Start a CSV with a UTF-8 byte-order mark, so spreadsheet programs read Arabic correctly."),
) -> None:
    """Export stored reports or incidents, filtered."""
    check_choice(level, LEVELS, option="--level")
    if fmt not in FORMATS:
        raise typer.BadParameter(f"{fmt!r}: choose one of {', '.join(FORMATS)}", param_hint="--format")
    if fmt == "parquet" and output == "-":
        raise typer.BadParameter("parquet needs a file: give --output", param_hint="--output")
    where = report_filter(locals(), role="all" if background else "main")
    from rasd.downloads import download  # pyarrow and the store: loaded when used
    from rasd.export import ExportError

    with store_or_exit(db) as store:
        try:
            target = sys.stdout.buffer if output == "-" else Path(output)
            count = download(store, where, fmt, target, level=level, bom=bom)  # type: ignore[arg-type]
            sys.stdout.buffer.flush()
        except ExportError as exc:
            typer.echo(f"rasd: {exc}", err=True)
            raise typer.Exit(1)
    typer.echo(f"{count} {level} exported ({fmt})", err=True)
