"""Options and helpers shared by commands."""

from __future__ import annotations

import datetime as dt
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
