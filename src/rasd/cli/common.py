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


# filter options shared by `rasd incidents` and `rasd export`, as the API's query string has
# them: a text option may be repeated (any of its values matches)
COUNTRY = typer.Option(None, "--country", metavar="NAME", help="Country name, e.g. Mali; repeat it for any of several.")
ADMIN1 = typer.Option(None, "--admin1", metavar="NAME", help="First-level admin unit, e.g. Mopti (a former region also finds its successors); repeatable.")
ADMIN2 = typer.Option(None, "--admin2", metavar="NAME", help="Second-level admin unit, e.g. Djenné; repeatable.")
LOCATION = typer.Option(None, "--location", metavar="NAME", help="Location, the whole name; repeatable.")
DATE_FROM = typer.Option(None, "--from", metavar="DATE", help="Events on or after this date (YYYY-MM-DD).")
DATE_TO = typer.Option(None, "--to", metavar="DATE", help="Events on or before this date (YYYY-MM-DD).")
EVENT_TYPE = typer.Option(None, "--event-type", metavar="TYPE", help="ACLED event type, e.g. Battles; repeatable.")
SUB_EVENT_TYPE = typer.Option(None, "--sub-event-type", metavar="TYPE", help="ACLED sub-event type, e.g. Armed clash; repeatable.")
ACTOR = typer.Option(None, "--actor", metavar="NAME", help="Part of an actor's name (actor1, actor2 or associated); repeatable.")
QUERY = typer.Option(None, "--query", "-q", metavar="WORDS", help="Words that must all appear in the notes or the report's text.")
REVIEWED = typer.Option(None, "--reviewed/--unreviewed", help="Only reviewed (locked) incidents, or only those not yet reviewed.", show_default=False)
FLAGGED = typer.Option(None, "--flagged/--not-flagged", help="Only incidents whose reports disagree on a field, or only those whose reports agree.", show_default=False)
MIN_FATALITIES = typer.Option(None, "--min-fatalities", metavar="N", min=0, help="At least this many fatalities (the ACLED count).")


# the parameters of the filter options above, as the commands that take them name them
FILTER_PARAMS = ("country", "admin1", "admin2", "location", "date_from", "date_to", "event_type",
                 "sub_event_type", "actor", "q", "reviewed", "flagged", "min_fatalities")


def report_filter(options: dict, **extra):  # type: ignore[no-untyped-def]
    """The store filter of a command's filter options (`options`: its parameters, as
    `locals()` gives them on entry; `extra`: further filter fields such as `role`), read by
    the store's parse_filter (as the API's query string is); a value it cannot read is a
    usage error naming the option."""
    from rasd.store.filters import FilterError, parse_filter

    try:
        return parse_filter(**{name: options[name] for name in FILTER_PARAMS}, **extra)
    except FilterError as exc:
        option = {"from": "--from", "to": "--to", "q": "--query"}.get(
            exc.name, "--" + exc.name.replace("_", "-"))
        raise typer.BadParameter(exc.message, param_hint=option) from None


def group_incidents(store) -> None:  # type: ignore[no-untyped-def]
    """Rebuild the store's incidents and say how many, on standard error."""
    from rasd.store.incidents import rebuild_incidents

    summary = rebuild_incidents(store)
    typer.echo(f"incidents: {summary.incidents} from {summary.reports} reports "
               f"({summary.seconds:.1f} s)", err=True)
