"""`rasd extract`: analyse documents and print one JSON object per document."""

from __future__ import annotations

import gc
import sys
from pathlib import Path

import typer

from rasd.cli.common import check_choice, config_or_exit, parse_date_option, parse_lang_option
from rasd.doc import ArticleDoc
from rasd.pipeline import collector_paused
from rasd.records import document_json, document_record
from rasd.runner import extract_paths
from rasd.summary import document_summary


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
    cfg = config_or_exit(config)
    pub = parse_date_option(published, option="--published")
    results = extract_paths(paths, cfg=cfg, published=pub, lang=parse_lang_option(lang))
    processed = failed = 0
    if fmt == "json":
        sys.stdout.write("[")
    # a long report makes millions of small objects that all live until it is written, and
    # the cyclic collector's passes over them find nothing (the pipeline makes no reference
    # cycles; reference counting frees a document): it is off while a document is analysed
    # and written, and one pass after each document collects whatever cycle there is
    with collector_paused():
        for item in results:
            if not isinstance(item, ArticleDoc):
                failed += 1
                typer.echo(f"rasd: {item}", err=True)
                continue
            _write(item, fmt=fmt, with_text=with_text, first=processed == 0)
            processed += 1
            del item
            gc.collect(1)
    if fmt == "json":
        sys.stdout.write("\n]\n")
    typer.echo(f"rasd: {processed} document(s) processed, {failed} failed", err=True)
    if processed == 0:
        raise typer.Exit(1)


def _write(doc: ArticleDoc, *, fmt: str, with_text: bool, first: bool) -> None:
    """Write one analysed document in `fmt`; JSON an event at a time (a long report's JSON
    is never one string)."""
    if fmt == "summary":
        record = document_record(doc, include_text=with_text)
        sys.stdout.write(("" if first else "\n") + document_summary(record, doc.text))
        return
    if fmt == "json":
        sys.stdout.write("\n" if first else ",\n")
    for piece in document_json(doc, include_text=with_text, indent=2 if fmt == "json" else None):
        sys.stdout.write(piece)
    if fmt == "jsonl":
        sys.stdout.write("\n")
