"""The one writer: JSON lines of analysed documents and errors into the store.

Batch workers write shard files and never touch the database; this loader reads them.
Lines are {"document": <analysed document JSON>} or {"error": {"origin", "kind",
"message"}}; a line that is neither is recorded as an error of the shard itself.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rasd.store import Store


def load_lines(store: Store, lines: Iterable[str], *, run_id: int, batch: int = 200,
               origin: str = "<shard>") -> tuple[int, int]:
    """Load shard lines in transactions of `batch` documents; returns (new documents,
    new errors). Loading the same lines again adds nothing."""
    from rasd.store import ErrorRow

    docs: list[dict[str, Any]] = []
    errors: list[ErrorRow] = []
    added = failed = 0
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        item = _parse(line, f"{origin}:{number}")
        if isinstance(item, ErrorRow):
            errors.append(item)
        else:
            docs.append(item)
        if len(docs) >= batch:
            added += store.add_documents(docs, run_id=run_id)
            docs.clear()
    added += store.add_documents(docs, run_id=run_id) if docs else 0
    failed += store.add_errors(errors, run_id=run_id)
    return added, failed


def _parse(line: str, where: str) -> Any:
    from rasd.store import ErrorRow

    try:
        item = json.loads(line)
    except json.JSONDecodeError as exc:
        return ErrorRow(where, "input", f"not a JSON line ({exc.msg})")
    if isinstance(item, dict) and isinstance(item.get("document"), dict):
        return item["document"]
    if isinstance(item, dict) and isinstance(item.get("error"), dict):
        error = item["error"]
        return ErrorRow(str(error.get("origin") or where), str(error.get("kind") or "input"),
                        str(error.get("message") or "unknown error"))
    return ErrorRow(where, "input", "a shard line must hold a 'document' or an 'error' object")
