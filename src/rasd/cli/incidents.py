"""`rasd incidents`: list (and rebuild) the incidents grouped from stored reports."""

from __future__ import annotations

import json

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

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
    group_incidents,
    report_filter,
    store_or_exit,
)


def incidents(
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
    limit: int = typer.Option(50, "--limit", min=1, help="How many incidents to show."),
    offset: int = typer.Option(0, "--offset", min=0, help="Skip this many first."),
    fmt: str = typer.Option("table", "--format", help="table, or jsonl (one incident per line)."),
    rebuild: bool = typer.Option(False, "--rebuild", help="Group the stored reports again first (reviewed incidents are kept)."),
) -> None:
    """List incidents (reports of one event across sources, figures reconciled), latest first."""
    check_choice(fmt, ("table", "jsonl"), option="--format")
    where = report_filter(locals())
    with store_or_exit(db) as store:
        if rebuild:
            group_incidents(store)
        rows = store.incidents(where, limit=limit, offset=offset)
        total = store.count_incidents(where)
    if fmt == "jsonl":
        for row in rows:
            typer.echo(json.dumps(row, ensure_ascii=False, default=str, sort_keys=True))
        return
    Console().print(_table(rows, total=total, offset=offset))


def _table(rows: list[dict], *, total: int, offset: int) -> Table:
    table = Table(title=f"incidents {offset + 1 if rows else 0}–{offset + len(rows)} of {total}")
    for name in ("id", "date", "type", "place", "actors", "killed (low–best–high)", "reports"):
        table.add_column(name, overflow="fold")
    for row in rows:
        place = ", ".join(p for p in (row["location"], row["admin1"], row["country"]) if p)
        actors = " / ".join(a for a in (row["actor1"], row["actor2"]) if a)
        figures = "–".join("?" if row[k] is None else str(row[k])
                           for k in ("fatalities_low", "fatalities_best", "fatalities_high"))
        # Text: stored strings are shown as they are, never read as markup ("[/]")
        table.add_row(*(Text(cell) for cell in (
            str(row["id"]), str(row["event_date"] or ""), row["sub_event_type"] or "",
            place, actors, figures, str(row["reports"]))))
    return table
