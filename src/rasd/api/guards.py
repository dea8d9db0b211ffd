"""ASGI guards in front of every route: the Host header and the size and pace of bodies.

Both answer before any route, authentication included, reads the body: a request for a
host the server does not serve gets 400 (a DNS-rebinding page cannot read the store), a
body over its limit 413 from its Content-Length alone or as soon as the bytes received
pass it (a chunked body is never held beyond the limit), a body that stalls 408.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Awaitable, Callable, Iterable
from typing import Any

Receive = Callable[[], Awaitable[dict]]
Send = Callable[[dict], Awaitable[None]]


async def _answer(send: Send, status: int, detail: str) -> None:
    body = json.dumps({"detail": detail}).encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"),
                            (b"content-length", str(len(body)).encode()),
                            (b"connection", b"close")]})
    await send({"type": "http.response.body", "body": body})


def host_name(header: str) -> str:
    """The host of a Host header, without its port, lower-cased ("[::1]:8000" → "[::1]")."""
    header = header.strip().lower()
    if header.startswith("["):
        return header[: header.find("]") + 1]
    return header.rsplit(":", 1)[0] if header.count(":") == 1 else header


class HostGuard:
    """Serve only the listed hosts (all when the list is empty)."""

    def __init__(self, app: Any, hosts: Iterable[str]) -> None:
        self.app = app
        self.hosts = frozenset(host_name(h) for h in hosts)

    async def __call__(self, scope: dict, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and self.hosts:
            header = dict(scope.get("headers", ())).get(b"host", b"").decode("latin-1")
            if host_name(header) not in self.hosts:
                await _answer(send, 400, "this server does not serve that host "
                              "([api] allowed_hosts)")
                return
        await self.app(scope, receive, send)


class BodyGuard:
    """Receive a request's whole body first, within `limit_for(path)` bytes and `seconds`."""

    def __init__(self, app: Any, limit_for: Callable[[str], int], seconds: float) -> None:
        self.app = app
        self.limit_for = limit_for
        self.seconds = seconds

    async def __call__(self, scope: dict, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD", "OPTIONS"):
            await self.app(scope, receive, send)
            return
        limit = self.limit_for(scope["path"])
        length = dict(scope.get("headers", ())).get(b"content-length")
        if length is not None and (not length.isdigit() or int(length) > limit):
            await _answer(send, 413, f"the body is larger than {limit} bytes")
            return
        body = await self._read(receive, send, limit)
        if body is None:
            return
        sent = False

        async def replay() -> dict:
            nonlocal sent
            if sent:
                return await receive()
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}

        await self.app(scope, replay, send)

    async def _read(self, receive: Receive, send: Send, limit: int) -> bytes | None:
        chunks: list[bytes] = []
        size = 0
        try:
            async with asyncio.timeout(self.seconds):
                while True:
                    message = await receive()
                    if message["type"] == "http.disconnect":
                        return None
                    chunk = message.get("body", b"")
                    size += len(chunk)
                    if size > limit:
                        await _answer(send, 413, f"the body is larger than {limit} bytes")
                        return None
                    chunks.append(chunk)
                    if not message.get("more_body", False):
                        return b"".join(chunks)
        except TimeoutError:
            await _answer(send, 408, f"the body did not arrive within {self.seconds:g} s")
            return None
