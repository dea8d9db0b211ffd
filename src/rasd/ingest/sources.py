"""Paths to documents: files, directory trees and standard input, in a deterministic order.

Kinds by name: .jsonl/.ndjson (also .gz) are streamed one document per line; .html/.htm/
.xhtml give one document from the page's main text; .json holds one record or an array of
records (fields as in JSON Lines); .rss, .atom and .xml are RSS or Atom feeds, one document
per item (rasd.ingest.feeds; an .xml file whose root element is not rss, feed or rdf:RDF
is refused); known binary types (PDF, Office, images, archives) are refused unread;
anything else is read as text and refused if it turns out to be binary. Single-document
files and feeds are checked against `ingest.max_bytes` with `stat` before any byte is
read. Directories are walked recursively, entries sorted by name, hidden entries skipped,
directory symlinks not followed (no loops).

Standard input ("-") is sniffed: JSON Lines when the first non-blank line parses as an
object with "text" (no prose starts that way) — later lines that fail are reported one by
one, as in a .jsonl file, rather than turning a stream with one truncated line into a
single text document; else a JSON record or array; else HTML when it starts with "<" and
has <html, <body or <p; else plain text. Input over `ingest.max_bytes` is accepted only
as JSON Lines, streamed.
"""

from __future__ import annotations

import codecs
import datetime as dt
import gzip
import io
import json
import os
import re
import stat
import sys
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO

from rasd.config import Config
from rasd.doc import ArticleDoc
from rasd.errors import InputError
from rasd.ingest.build import Defaults, Where, build_doc, format_size
from rasd.ingest.decode import decode_bytes
from rasd.ingest.feeds import iter_feed
from rasd.ingest.html import read_html
from rasd.ingest.jsonl import iter_jsonl, loads, record_doc
from rasd.ingest.published import parse_published

STDIN = "-"
STDIN_NAME = "<stdin>"
_JSONL = (".jsonl", ".ndjson")
_JSONL_GZ = (".jsonl.gz", ".ndjson.gz")
_HTML = (".html", ".htm", ".xhtml")
_JSON = (".json",)
_FEED = (".rss", ".atom", ".xml")
_BINARY = frozenset(
    [".pdf", ".doc", ".docx", ".odt", ".rtf", ".xls", ".xlsx", ".ods", ".ppt", ".pptx", ".epub", ".zip", ".gz", ".tgz", ".bz2", ".xz", ".7z", ".rar", ".tar", ".png", ".jpg", ".jpeg", ".gif", ".webp", ".bmp", ".tif", ".tiff", ".ico", ".mp3", ".mp4", ".m4a", ".wav", ".ogg", ".avi", ".mov", ".mkv", ".exe", ".dll", ".so", ".bin", ".sqlite", ".db", ".parquet", ".arrow", ".feather", ".pkl", ".pyc", ".woff", ".woff2", ".ttf"]
)
_HTML_START = re.compile(r"<(?:html|body|p)[\s>/]", re.IGNORECASE)

Item = ArticleDoc | InputError


def iter_documents(
    paths: Iterable[str | Path],
    *,
    cfg: Config,
    published: dt.date | None = None,
    lang: str | None = None,
) -> Iterator[Item]:
    """One ArticleDoc or InputError per document found, in order; never raises for bad input.

    `published` and `lang` are defaults for documents that do not carry their own.
    A directory with no documents yields nothing; the caller reports it.
    """
    defaults = Defaults(published=published, lang=lang)
    for item in paths:
        if str(item) == STDIN:
            yield from _iter_stream(sys.stdin.buffer, cfg=cfg, defaults=defaults)
        else:
            yield from _iter_path(Path(item), cfg=cfg, defaults=defaults)


def iter_stdin(
    stream: IO[bytes],
    *,
    cfg: Config,
    published: dt.date | None = None,
    lang: str | None = None,
) -> Iterator[Item]:
    """The documents in a binary stream, sniffed as standard input is (see module docstring)."""
    yield from _iter_stream(stream, cfg=cfg, defaults=Defaults(published=published, lang=lang))


def _iter_stream(stream: IO[bytes], *, cfg: Config, defaults: Defaults) -> Iterator[Item]:
    limit = cfg.ingest.max_bytes
    try:
        head = stream.read(limit + 1)
    except OSError as exc:
        yield InputError(f"cannot read: {exc.strerror or exc}", path=STDIN_NAME)
        return
    if len(head) <= limit:
        yield from _sniffed_docs(head, cfg=cfg, defaults=defaults)
    elif head.removeprefix(codecs.BOM_UTF8).lstrip().startswith(b"{"):
        rest = io.BufferedReader(_Prefixed(head, stream))
        yield from iter_jsonl(rest, path=STDIN_NAME, cfg=cfg, defaults=defaults)
    else:
        yield InputError(_too_big_message(None, limit), path=STDIN_NAME)


def _iter_path(path: Path, *, cfg: Config, defaults: Defaults) -> Iterator[Item]:
    try:
        info = path.stat()
    except OSError as exc:
        yield InputError(_os_reason(exc), path=str(path))
        return
    if stat.S_ISDIR(info.st_mode):
        for entry in _walk(path):
            if isinstance(entry, InputError):
                yield entry
            else:
                yield from _iter_file(entry, cfg=cfg, defaults=defaults)
    elif stat.S_ISREG(info.st_mode):
        yield from _iter_file(path, cfg=cfg, defaults=defaults)
    else:
        yield InputError("not a regular file or directory", path=str(path))


def walk_files(top: Path) -> Iterator[Path]:
    """The files `iter_documents` reads under a directory, in its order (hidden entries
    skipped, directory symlinks not followed); entries it would report as errors left out."""
    return (p for p in _walk(top) if isinstance(p, Path))


def _walk(top: Path) -> Iterator[Path | InputError]:
    """Files under `top` in sorted path order: a subfolder's files come at its name's place."""
    pending = [_sorted_entries(top)]
    while pending:
        entry = next(pending[-1], None)
        if entry is None:
            pending.pop()
        elif isinstance(entry, InputError):
            yield entry
        elif entry.name.startswith("."):
            continue
        else:
            yield from _entry(entry, pending)


def _entry(entry: os.DirEntry[str], pending: list[Iterator[os.DirEntry[str] | InputError]],
           ) -> Iterator[Path | InputError]:
    """The file an entry is, or an error for one that cannot be read (a symbolic link
    pointing at itself, a name that is not UTF-8)."""
    name = _printable(entry.path)
    if name != entry.path:
        yield InputError("file name is not valid UTF-8; rename it", path=name)
        return
    try:
        if entry.is_dir(follow_symlinks=False):
            pending.append(_sorted_entries(Path(entry.path)))
        elif entry.is_file():
            yield Path(entry.path)
        elif entry.is_symlink() and not os.path.exists(entry.path):
            yield InputError("broken symbolic link", path=entry.path)
    except OSError as exc:  # a link to itself: "too many levels of symbolic links"
        yield InputError(_os_reason(exc), path=entry.path)


def _printable(path: str) -> str:
    """`path` with the bytes of a name that is not UTF-8 shown as U+FFFD."""
    return path.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def _sorted_entries(folder: Path) -> Iterator[os.DirEntry[str] | InputError]:
    try:
        with os.scandir(folder) as scan:
            entries = sorted(scan, key=lambda entry: entry.name)
    except OSError as exc:
        entries = [InputError(_os_reason(exc), path=str(folder))]
    return iter(entries)


def _iter_file(path: Path, *, cfg: Config, defaults: Defaults) -> Iterator[Item]:
    name = path.name.lower()
    if name.endswith(_JSONL) or name.endswith(_JSONL_GZ):
        yield from _iter_jsonl_file(path, cfg=cfg, defaults=defaults)
        return
    if name.endswith(_FEED):
        yield from _iter_feed_file(path, cfg=cfg, defaults=defaults)
        return
    if path.suffix.lower() in _BINARY:
        yield InputError(
            f"unsupported binary file type {path.suffix.lower()}; extract its text first",
            path=str(path),
        )
        return
    try:
        data = _read_one_document(path, cfg=cfg)
        text, _encoding = decode_bytes(data, path=str(path))
    except InputError as exc:
        yield exc
        return
    kind = "html" if name.endswith(_HTML) else "json" if name.endswith(_JSON) else "text"
    yield from _text_docs(text, kind, where=Where(str(path)), cfg=cfg, defaults=defaults)


def _iter_jsonl_file(path: Path, *, cfg: Config, defaults: Defaults) -> Iterator[Item]:
    opener = gzip.open if path.name.lower().endswith(".gz") else open
    try:
        with opener(path, "rb") as stream:
            yield from iter_jsonl(stream, path=str(path), cfg=cfg, defaults=defaults)
    except (OSError, EOFError, zlib.error) as exc:
        yield InputError(_os_reason(exc), path=str(path))


def _iter_feed_file(path: Path, *, cfg: Config, defaults: Defaults) -> Iterator[Item]:
    try:
        data = _read_one_document(path, cfg=cfg)
    except InputError as exc:
        yield exc
        return
    yield from iter_feed(data, path=str(path), cfg=cfg, defaults=defaults)


def _read_one_document(path: Path, *, cfg: Config) -> bytes:
    """The bytes of a single-document file; its size is checked before it is read."""
    try:
        size = path.stat().st_size
        if size == 0:
            raise InputError("empty file", path=str(path))
        if size > cfg.ingest.max_bytes:
            raise InputError(_too_big_message(size, cfg.ingest.max_bytes), path=str(path))
        return path.read_bytes()
    except OSError as exc:
        raise InputError(_os_reason(exc), path=str(path)) from exc


def _sniffed_docs(data: bytes, *, cfg: Config, defaults: Defaults) -> Iterator[Item]:
    # JSON Lines are read line by line from the bytes: one line that is not UTF-8 is one
    # error, not a reason to decode the whole input in another encoding
    first = next((line for line in data.removeprefix(codecs.BOM_UTF8).splitlines()
                  if line.strip()), b"")
    if _is_record(first.decode("utf-8", "replace")):
        yield from iter_jsonl(io.BytesIO(data), path=STDIN_NAME, cfg=cfg, defaults=defaults)
        return
    try:
        text, _encoding = decode_bytes(data, path=STDIN_NAME)
    except InputError as exc:
        yield exc
        return
    first_line = next((line for line in text.splitlines() if line.strip()), "")
    if _is_record(first_line):
        stream = io.BytesIO(text.encode("utf-8"))
        yield from iter_jsonl(stream, path=STDIN_NAME, cfg=cfg, defaults=defaults)
        return
    kind = "json" if _is_json(text) else "html" if _looks_html(text) else "text"
    yield from _text_docs(text, kind, where=Where(STDIN_NAME), cfg=cfg, defaults=defaults)


def _is_record(line: str) -> bool:
    try:
        record = loads(line)
    except json.JSONDecodeError:
        return False
    return isinstance(record, dict) and "text" in record


def _is_json(text: str) -> bool:
    start = text.lstrip()[:1]
    if start not in ("{", "["):
        return False
    try:
        loads(text)
    except json.JSONDecodeError:
        return False
    return True


def _looks_html(text: str) -> bool:
    return text.lstrip().startswith("<") and _HTML_START.search(text) is not None


def _text_docs(
    text: str, kind: str, *, where: Where, cfg: Config, defaults: Defaults
) -> Iterator[Item]:
    try:
        if kind == "json":
            yield from _json_docs(text, where=where, cfg=cfg, defaults=defaults)
        elif kind == "html":
            yield _html_doc(text, where=where, cfg=cfg, defaults=defaults)
        else:
            yield build_doc(
                text, where=where, cfg=cfg, published=defaults.published, lang=defaults.lang
            )
    except InputError as exc:
        yield exc


def _html_doc(html: str, *, where: Where, cfg: Config, defaults: Defaults) -> ArticleDoc:
    page = read_html(html)
    if not page.text:
        raise where.error("no main text found in the HTML page")
    warnings: tuple[str, ...] = ()
    try:
        published = parse_published(page.meta.published, path=where.path)
    except InputError as exc:
        published, warnings = None, (f"ignored the page's publication date: {exc.reason}",)
    return build_doc(
        page.text,
        where=where,
        cfg=cfg,
        published=published or defaults.published,
        lang=defaults.lang,
        source=page.meta.site_name,
        url=page.meta.url,
        title=page.meta.title,
        warnings=warnings,
    )


def _json_docs(text: str, *, where: Where, cfg: Config, defaults: Defaults) -> Iterator[Item]:
    try:
        data = loads(text)
    except json.JSONDecodeError as exc:
        yield where.error(f"invalid JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})")
        return
    records = data if isinstance(data, list) else [data]
    for index, record in enumerate(records):
        item_where = Where(f"{where.path}[{index}]") if isinstance(data, list) else where
        try:
            yield record_doc(record, where=item_where, cfg=cfg, defaults=defaults)
        except InputError as exc:
            yield exc


def _too_big_message(size: int | None, limit: int) -> str:
    what = "input is" if size is None else f"file is {format_size(size)},"
    return (
        f"{what} over the {format_size(limit)} limit for one document (ingest.max_bytes); "
        "split it or raise the limit"
    )


def _os_reason(exc: BaseException) -> str:
    if isinstance(exc, FileNotFoundError):
        return "no such file or directory"
    if isinstance(exc, PermissionError):
        return "permission denied"
    if isinstance(exc, OSError) and exc.strerror:
        return f"cannot read: {exc.strerror}"
    return f"cannot read: {exc}"


class _Prefixed(io.RawIOBase):
    """Bytes already read, followed by the rest of the stream they came from."""

    def __init__(self, head: bytes, rest: IO[bytes]):
        self._head = memoryview(head)
        self._rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        if self._head:
            count = min(len(buffer), len(self._head))
            buffer[:count] = self._head[:count]
            self._head = self._head[count:]
            return count
        chunk = self._rest.read(len(buffer))
        buffer[: len(chunk)] = chunk
        return len(chunk)
