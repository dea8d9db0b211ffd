"""`rasd extract`: analyse documents and print one JSON object per document."""

from __future__ import annotations

import gc
import sys
from pathlib import Path

import typer

from rasd.cli.common import check_choice, config_or_exit, parse_date_option, parse_lang_option
from rasd.doc import ArticleDoc
from rasd.records import document_json, document_record
from rasd.runner import extract_paths
from rasd.summary import document_summary


YOUNG_OBJECTS = 50_000


def extract(
    paths: list[str] = typer.Argument(..., help="Files or directories (recursively); - reads standard input."),
    published: str | None = typer.Option(None, "--published", help="Publication date (YYYY-MM-DD) for documents that carry none; relative dates resolve against it."),
    lang: str = typer.Option("auto", "--lang", help="Language: auto, ar, fr or en."),
    fmt: str = typer.Option("jsonl", "--format", help="jsonl: one object per line; json: one indented JSON array; summary: a readable block per event with its evidence quoted."),
    with_text: bool = typer.Option(False, "--with-text", help="Include each document's text in the output."),
    config: Path | None = typer.Option(None, "--config", help="A TOML config file."),
) -> None:
    """Analyse documents and print one JSON object per document.

    Bad documents are reported on standard error, one line each, and the rest go on;
    the exit status is 1 only when no document could be processed.
    """
    check_choice(fmt, ("json", "jsonl", "summary"), option="--format")
    # a long report makes millions of small objects that all live until it is written: the
    # default young-generation threshold (700) collects every few hundred of them for
    # nothing (a fifth of the CPU time on a 1 MB report); the output does not change
    gc.set_threshold(YOUNG_OBJECTS, *gc.get_threshold()[1:])
    cfg = config_or_exit(config)
    pub = parse_date_option(published, option="--published")
    results = extract_paths(paths, cfg=cfg, published=pub, lang=parse_lang_option(lang))
    processed = failed = 0
    first = True
    if fmt == "json":
        sys.stdout.write("[")
    for item in results:
        if not isinstance(item, ArticleDoc):
            failed += 1
            typer.echo(f"rasd: {item}", err=True)
            continue
        processed += 1
        if fmt == "summary":
            record = document_record(item, include_text=with_text)
            sys.stdout.write(("" if first else "\n") + document_summary(record, item.text))
        else:
            # written an event at a time: a long report's JSON is never one string
            if fmt == "json":
                sys.stdout.write("\n" if first else ",\n")
            for piece in document_json(item, include_text=with_text, indent=2 if fmt == "json" else None):
                sys.stdout.write(piece)
            if fmt == "jsonl":
                sys.stdout.write("\n")
        first = False
    if fmt == "json":
        sys.stdout.write("\n]\n")
    typer.echo(f"rasd: {processed} document(s) processed, {failed} failed", err=True)
    if processed == 0:
        raise typer.Exit(1)
