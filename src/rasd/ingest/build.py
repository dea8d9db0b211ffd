"""The last step of every source: decoded text and fields to an `ArticleDoc`, within limits."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from rasd.config import Config
from rasd.doc import ArticleDoc
from rasd.errors import InputError
from rasd.ingest.decode import unify_newlines


@dataclass(frozen=True, slots=True)
class Defaults:
    """Values given by the caller for documents that do not carry their own."""

    published: dt.date | None = None
    lang: str | None = None


@dataclass(frozen=True, slots=True)
class Where:
    """Where a document came from: a path, and for JSON Lines a 1-based line and an id."""

    path: str
    line: int | None = None
    record_id: str | None = None

    @property
    def origin(self) -> str:
        """"path", "path:line" or "path:line#id", as stored in `ArticleDoc.origin`."""
        origin = self.path if self.line is None else f"{self.path}:{self.line}"
        return origin if self.record_id is None else f"{origin}#{self.record_id}"

    def error(self, message: str) -> InputError:
        """An InputError located here."""
        return InputError(message, path=self.path, line=self.line)


def format_size(size: int) -> str:
    """A byte count for messages: "200.0 MB", "12.5 KB", "900 bytes" (decimal units)."""
    if size >= 100_000:
        return f"{size / 1e6:.1f} MB"
    return f"{size / 1e3:.1f} KB" if size >= 1_000 else f"{size} bytes"


def build_doc(
    text: str,
    *,
    where: Where,
    cfg: Config,
    published: dt.date | None = None,
    lang: str | None = None,
    source: str | None = None,
    url: str | None = None,
    title: str | None = None,
    warnings: tuple[str, ...] = (),
) -> ArticleDoc:
    """An ArticleDoc, or InputError when the text is blank or over `ingest.max_chars`."""
    if not text or text.isspace():
        raise where.error("file contains only white space" if text else "empty file")
    if len(text) > cfg.ingest.max_chars:
        raise where.error(
            f"document is {len(text):,} characters, over the {cfg.ingest.max_chars:,} limit "
            "(ingest.max_chars); split it or raise the limit"
        )
    doc = ArticleDoc.from_text(
        unify_newlines(text),
        published=published,
        lang=lang,
        source=source,
        url=url,
        title=title,
        origin=where.origin,
    )
    return doc.with_layers(warnings=warnings) if warnings else doc
