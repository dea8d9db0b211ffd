"""Answers of the heavy read endpoints, kept while the store has not changed.

The overview asks the same few questions over and over (one page of incidents, the
totals, the facets, the timeline, under the filters an analyst is looking at). Each costs
tens of milliseconds of queries and serialisation; the store changes far less often than
it is read. So the serialised JSON of an answer is kept under its path and query string
and served again while the store's data version (rasd.store.version) is the one it was
computed under; the first commit anyone makes, this server's reviews included, drops them
all. An answer is computed after the version is read, so it is never older than the
version it is kept under.

Authentication is not part of the key: the routes' dependencies (the read token) run on
every request before the cache is asked. Memory is bounded (`max_bytes`, oldest first out).
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable
from typing import Any

from fastapi import Request, Response
from pydantic import TypeAdapter

from rasd.store.version import DataVersion

MAX_BYTES = 64 * 2**20


class ReadCache:
    """Serialised answers keyed on (path, query string), valid for one data version."""

    def __init__(self, version: DataVersion, *, max_bytes: int = MAX_BYTES) -> None:
        self.version = version
        self.max_bytes = max_bytes
        self._lock = threading.Lock()
        self._entries: OrderedDict[tuple[str, str], bytes] = OrderedDict()
        self._size = 0
        self._at: Any = None
        self.hits = self.misses = 0

    def get(self, key: tuple[str, str], make: Callable[[], bytes]) -> bytes:
        at = self.version.current()
        if at is None:
            return make()
        with self._lock:
            if at != self._at:
                self._entries.clear()
                self._size, self._at = 0, at
            body = self._entries.get(key)
            if body is not None:
                self._entries.move_to_end(key)
                self.hits += 1
                return body
            self.misses += 1
        body = make()
        with self._lock:
            if at == self._at and key not in self._entries and len(body) <= self.max_bytes:
                self._entries[key] = body
                self._size += len(body)
                while self._size > self.max_bytes:
                    _, old = self._entries.popitem(last=False)
                    self._size -= len(old)
        return body


_ADAPTERS: dict[Any, TypeAdapter[Any]] = {}


def cached_json(request: Request, model: Any, make: Callable[[], Any]) -> Response:
    """The JSON answer of `make()` validated as `model` (the route's response model), from
    the app's read cache when the store has not changed since it was computed."""
    adapter = _ADAPTERS.get(model)
    if adapter is None:
        adapter = _ADAPTERS.setdefault(model, TypeAdapter(model))

    def body() -> bytes:
        return adapter.dump_json(adapter.validate_python(make()), by_alias=True)

    cache: ReadCache = request.app.state.rasd.cache
    key = (request.url.path, request.url.query)
    return Response(cache.get(key, body), media_type="application/json")
