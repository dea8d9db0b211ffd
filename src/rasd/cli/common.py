"""Options and helpers shared by commands."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from pathlib import Path

import typer

from rasd.config import Config, load_config
from rasd.errors import ConfigError

LANG_CHOICES = ("auto", "ar", "fr", "en")


def parse_date_option(value: str | None, *, option: str) -> dt.date | None:
    """A YYYY-MM-DD option value, or a clear usage error."""
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date (YYYY-MM-DD)", param_hint=option)


def check_choice(value: str, choices: Iterable[str], *, option: str) -> str:
    """`value` when it is one of `choices`, or a clear usage error ("choose a, b or c")."""
    choices = tuple(choices)
    if value not in choices:
        listed = " or ".join(choices) if len(choices) < 3 else \
            f"{', '.join(choices[:-1])} or {choices[-1]}"
        raise typer.BadParameter(f"{value!r}: choose {listed}", param_hint=option)
    return value


def parse_lang_option(value: str) -> str | None:
    if value not in LANG_CHOICES:
        raise typer.BadParameter(f"{value!r}: choose one of {', '.join(LANG_CHOICES)}",
                                 param_hint="--lang")
    return None if value == "auto" else value


def config_or_exit(path: Path | None) -> Config:
    try:
        return load_config(path)
    except ConfigError as exc:
        typer.echo(f"rasd: {exc}", err=True)
        raise typer.Exit(2)


DB_HELP = "The store: a SQLite file (default rasd.db) or a postgresql:// URL."


def store_or_exit(db: str | None, *, create: bool = False):  # type: ignore[no-untyped-def]
    """The opened store, or a one-line error and exit status 2. Only commands that write
    (`create`) make a SQLite store that does not exist: a mistyped `--db` is an error."""
    from rasd.errors import StoreError
    from rasd.store import database_url, open_store

    url = database_url(db)
    if not create and url.startswith("sqlite:///") and not Path(url[len("sqlite:///"):]).exists():
        typer.echo(f"rasd: no store at {url[len('sqlite:///'):]} (make one with `rasd ingest`)",
                   err=True)
        raise typer.Exit(2)
    try:
        return open_store(db)
    except StoreError as exc:
        typer.echo(f"rasd: {exc}", err=True)
        raise typer.Exit(2)


# filter options shared by `rasd incidents` and `rasd export`
COUNTRY = typer.Option(None, "--country", help="Country name, e.g. Mali.")
ADMIN1 = typer.Option(None, "--admin1", help="First-level admin unit, e.g. Mopti.")
DATE_FROM = typer.Option(None, "--from", help="Events on or after this date (YYYY-MM-DD).")
DATE_TO = typer.Option(None, "--to", help="Events on or before this date (YYYY-MM-DD).")
EVENT_TYPE = typer.Option(None, "--event-type", help="ACLED event type, e.g. Battles.")
ACTOR = typer.Option(None, "--actor", help="Part of an actor's name (actor1, actor2 or associated).")


def report_filter(*, country: str | None, admin1: str | None, date_from: str | None,
                  date_to: str | None, event_type: str | None, actor: str | None, **more):  # type: ignore[no-untyped-def]
    """The store filter of the shared filter options."""
    from rasd.store import ReportFilter

    return ReportFilter(country=country, admin1=admin1,
                        date_from=parse_date_option(date_from, option="--from"),
                        date_to=parse_date_option(date_to, option="--to"),
                        event_type=event_type, actor=actor, **more)


def group_incidents(store) -> None:  # type: ignore[no-untyped-def]
    """Rebuild the store's incidents and say how many, on standard error."""
    from rasd.store.incidents import rebuild_incidents

    summary = rebuild_incidents(store)
    typer.echo(f"incidents: {summary.incidents} from {summary.reports} reports "
               f"({summary.seconds:.1f} s)", err=True)
