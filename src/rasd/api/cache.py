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

`CachedReads` answers a GET whose answer is kept before any routing: FastAPI's dependency
solving costs more than a millisecond per request, the kept answer tens of microseconds. A
key is only ever kept by its route after the route accepted the request (its filters
valid, its reader admitted), so an answer found under the same path and query string is
the one the route would give. Where reads need a token, the request's Authorization
header must be one the `reader` dependency verified under the same data version (a
revoked token is a commit, which empties the cache and the admitted headers with it).
Only where the version costs no round trip (a SQLite file) is this done on the event loop;
elsewhere requests go through the routes as before.
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
        self._readers: set[str] = set()  # Authorization headers admitted under self._at
        self._at: Any = None
        self.hits = self.misses = 0

    def _move_to(self, at: Any) -> None:
        # with the lock held
        if at != self._at:
            self._entries.clear()
            self._readers.clear()
            self._size, self._at = 0, at

    def _kept(self, at: Any, key: tuple[str, str]) -> bytes | None:
        # with the lock held: the answer kept under `key` at version `at`, counted as a hit
        self._move_to(at)
        body = self._entries.get(key)
        if body is not None:
            self._entries.move_to_end(key)
            self.hits += 1
        return body

    def get(self, key: tuple[str, str], make: Callable[[], bytes]) -> bytes:
        at = self.version.current()
        if at is None:
            return make()
        with self._lock:
            body = self._kept(at, key)
            if body is not None:
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

    def peek(self, key: tuple[str, str], authorization: str | None = None, *,
             token_required: bool = False) -> bytes | None:
        """The answer kept under `key` for the store as it is now, if the request may read
        it (with `token_required`, its Authorization header must have been admitted)."""
        at = self.version.current()
        if at is None:
            return None
        with self._lock:
            self._move_to(at)  # first: the admitted headers belong to the version
            if token_required and (authorization is None or authorization not in self._readers):
                return None
            return self._kept(at, key)

    def admit(self, authorization: str, at: Any) -> None:
        """Note that `authorization` was verified against the store at data version `at`."""
        with self._lock:
            if at is not None and at == self._at:
                self._readers.add(authorization)


def cache_key(scope: dict) -> tuple[str, str]:
    """The key of a request's answer: its path and its raw query string."""
    return scope["path"], scope.get("query_string", b"").decode("latin-1")


class CachedReads:
    """ASGI middleware: a GET whose answer the cache holds for the store as it is now is
    answered from it before routing (see the module docstring)."""

    def __init__(self, app: Any, cache: ReadCache, *, token_required: bool) -> None:
        self.app = app
        self.cache = cache
        self.token_required = token_required

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        if scope["type"] == "http" and scope["method"] == "GET" and self.cache.version.local:
            authorization = None
            if self.token_required:
                raw = dict(scope.get("headers", ())).get(b"authorization")
                authorization = None if raw is None else raw.decode("latin-1")
            body = self.cache.peek(cache_key(scope), authorization,
                                   token_required=self.token_required)
            if body is not None:
                await send({"type": "http.response.start", "status": 200,
                            "headers": [(b"content-length", str(len(body)).encode()),
                                        (b"content-type", b"application/json")]})
                await send({"type": "http.response.body", "body": body})
                return
        await self.app(scope, receive, send)


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
    key = cache_key(request.scope)
    return Response(cache.get(key, body), media_type="application/json")
