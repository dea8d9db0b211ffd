"""JSON Lines: one document per line, streamed, each bad line reported on its own.

A line is a JSON object with a string `text` and optional `published`, `source`, `url`,
`title`, `lang` (strings or null) and `id` (string or integer, kept in the origin as
"path:line#id"). Other keys are ignored. Blank lines are skipped. A line's own
`published` and `lang` win over the caller's defaults. JSON is UTF-8 (RFC 8259), so a line
that is not valid UTF-8 is refused rather than guessed; a UTF-8 byte-order mark on the
first line is dropped. A single line is bounded by `ingest.max_bytes`, so a huge file
streams in constant memory and one runaway line is skipped, not loaded.
"""

from __future__ import annotations

import codecs
import json
from collections.abc import Iterator
from typing import IO, Any

from rasd.config import Config
from rasd.doc import ArticleDoc
from rasd.errors import InputError
from rasd.ingest.build import Defaults, Where, build_doc, format_size
from rasd.ingest.decode import utf8_error_message
from rasd.ingest.published import parse_published

_OPTIONAL_STRINGS = ("source", "url", "title", "lang")
_JSON_TYPES = {dict: "object", list: "array", str: "string", bool: "boolean", type(None): "null"}
_DRAIN_CHUNK = 1 << 20


def iter_jsonl(
    stream: IO[bytes], *, path: str, cfg: Config, defaults: Defaults
) -> Iterator[ArticleDoc | InputError]:
    """One ArticleDoc or InputError per non-blank line of a binary stream."""
    limit = cfg.ingest.max_bytes
    number = 0
    while raw := stream.readline(limit + 1):
        number += 1
        if number == 1 and raw.startswith(codecs.BOM_UTF8):
            raw = raw[len(codecs.BOM_UTF8) :]
        if len(raw) > limit and not raw.endswith(b"\n"):
            _drain_line(stream)
            yield InputError(_too_long(limit), path=path, line=number)
            continue
        if raw.strip():
            yield _line_doc(raw, where=Where(path, number), cfg=cfg, defaults=defaults)


def record_doc(record: Any, *, where: Where, cfg: Config, defaults: Defaults) -> ArticleDoc:
    """An ArticleDoc from one decoded JSON record; InputError names what is wrong."""
    if not isinstance(record, dict):
        raise where.error(f"expected a JSON object, got {_json_type(record)}")
    text = record.get("text")
    if text is None:
        raise where.error('no "text" field' if "text" not in record else '"text" is null')
    if not isinstance(text, str):
        raise where.error(f'"text" must be a string, got {_json_type(text)}')
    if not text or text.isspace():
        raise where.error('"text" is empty')
    fields = {name: _optional_string(record, name, where) for name in _OPTIONAL_STRINGS}
    where = Where(where.path, where.line, _record_id(record, where))
    # a date that cannot be read ("2023-02", a month) costs the date, not the document:
    # relative dates then stay unresolved, as for a feed item or a page
    warnings: tuple[str, ...] = ()
    try:
        published = parse_published(record.get("published"), path=where.path, line=where.line)
    except InputError as exc:
        published, warnings = None, (f"ignored the record's publication date: {exc.reason}",)
    return build_doc(
        text,
        where=where,
        cfg=cfg,
        published=published or defaults.published,
        lang=(fields.pop("lang") or "").lower() or defaults.lang,
        warnings=warnings,
        **fields,
    )


def _line_doc(
    raw: bytes, *, where: Where, cfg: Config, defaults: Defaults
) -> ArticleDoc | InputError:
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        reason = utf8_error_message(exc)
        return where.error(f"not valid UTF-8 ({reason}); JSON Lines must be UTF-8")
    try:
        record = loads(line)
    except json.JSONDecodeError as exc:
        return where.error(f"invalid JSON: {exc.msg} (column {exc.colno})")
    try:
        return record_doc(record, where=where, cfg=cfg, defaults=defaults)
    except InputError as exc:
        return exc


def loads(text: str) -> Any:
    """`json.loads`, with hostile input (nesting deeper than the interpreter's stack, an
    integer of more than 4,300 digits) raised as a JSONDecodeError like any bad JSON."""
    try:
        return json.loads(text)
    except RecursionError:
        raise json.JSONDecodeError("nested too deeply", text, 0) from None
    except json.JSONDecodeError:
        raise
    except ValueError:  # int() refuses a number with too many digits
        raise json.JSONDecodeError("a number with more than 4,300 digits", text, 0) from None


def _optional_string(record: dict[str, Any], name: str, where: Where) -> str | None:
    value = record.get(name)
    if value is not None and not isinstance(value, str):
        raise where.error(f'"{name}" must be a string, got {_json_type(value)}')
    return value.strip() or None if value is not None else None


def _record_id(record: dict[str, Any], where: Where) -> str | None:
    value = record.get("id")
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise where.error(f'"id" must be a string or an integer, got {_json_type(value)}')
    return str(value).strip() or None


def _json_type(value: Any) -> str:
    return "number" if isinstance(value, int | float) and not isinstance(value, bool) else (
        _JSON_TYPES.get(type(value), type(value).__name__)
    )


def _drain_line(stream: IO[bytes]) -> None:
    while chunk := stream.readline(_DRAIN_CHUNK):
        if chunk.endswith(b"\n"):
            return


def _too_long(limit: int) -> str:
    return (
        f"line is over the {format_size(limit)} limit for one document (ingest.max_bytes); "
        "it was skipped"
    )
