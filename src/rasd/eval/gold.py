"""Gold files for `rasd eval`: JSONL, or a golden directory of `.txt` + `.json` pairs.

Format (docs/eval.md): each item has the article `text`, optional `published`, `lang`,
`source`, and `expected` layers. A mention is located by its surface `text`, with an
optional `start` offset when that string occurs more than once.
"""

from __future__ import annotations

import datetime as dt
import json
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rasd.doc import Span
from rasd.errors import InputError


@dataclass(frozen=True)
class GoldItem:
    item_id: str
    text: str
    published: dt.date | None
    lang: str | None  # the language given to the pipeline (None: detect it)
    source: str | None
    expected: dict[str, Any] = field(default_factory=dict)


def locate(text: str, mention: dict[str, Any], *, where: str) -> Span:
    """The span of a gold mention: its `text` at `start`, or its only occurrence."""
    surface = mention.get("text")
    if not isinstance(surface, str) or not surface:
        raise InputError(f"mention without text: {mention}", path=where)
    start = mention.get("start")
    if start is None:
        start = text.find(surface)
        if start < 0:
            raise InputError(f"{surface!r} does not occur in the text", path=where)
        if text.find(surface, start + 1) >= 0:
            raise InputError(f"{surface!r} occurs more than once; give its start", path=where)
    if text[start : start + len(surface)] != surface:
        raise InputError(f"{surface!r} is not at offset {start}", path=where)
    return Span(start, start + len(surface))


def load_gold(path: str | Path) -> list[GoldItem]:
    """Every gold item in a JSONL file or a golden directory (recursively, sorted)."""
    path = Path(path)
    if path.is_dir():
        return list(_from_directory(path))
    if not path.is_file():
        raise InputError("no such gold file or directory", path=str(path))
    return list(_from_jsonl(path))


def _from_jsonl(path: Path) -> Iterator[GoldItem]:
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"invalid JSON: {exc}", path=str(path), line=number) from exc
        yield _item(data, data.get("text"), f"{path}:{number}", data.get("id") or str(number))


def _from_directory(root: Path) -> Iterator[GoldItem]:
    for txt in sorted(root.rglob("*.txt")):
        meta_path = txt.with_suffix(".json")
        if not meta_path.is_file():
            continue
        data = json.loads(meta_path.read_text(encoding="utf-8"))
        text = txt.read_text(encoding="utf-8")
        yield _item(data, text, str(txt), str(txt.relative_to(root).with_suffix("")))


def _item(data: dict[str, Any], text: Any, where: str, item_id: str) -> GoldItem:
    if not isinstance(text, str) or not text.strip():
        raise InputError("gold item without text", path=where)
    published = data.get("published")
    expected = data.get("expected") or {}
    return GoldItem(
        item_id=item_id,
        text=unicodedata.normalize("NFC", text),  # as ArticleDoc stores it
        published=dt.date.fromisoformat(published) if published else None,
        lang=data.get("lang"),
        source=data.get("source"),
        expected=expected,
    )
