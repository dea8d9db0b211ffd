"""/api/extract's analyses, in a child process that is killed when one passes its limit.

The analysis of a long text is pure Python: in a thread of the server it holds the
interpreter lock for most of its run, and every other request (`/api/health` included)
waits for its turns; a deadline checked between stages overruns by the longest stage.
A child process has its own interpreter: the server's event loop stays free, and an
analysis past `[api] max_extract_seconds` is stopped on time by killing the child (a new
one is started at once, building its pipeline while later requests wait for it).

One child serves one analysis at a time; requests queue for it within their own limit.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable
from multiprocessing import get_context
from multiprocessing.connection import Connection
from typing import Any

from rasd.config import Config
from rasd.doc import ArticleDoc
from rasd.errors import StageError

POLL = 0.25  # seconds between checks that the client is still there


class Busy(Exception):
    """No answer within the limit (the analysis, or the wait for the child, took longer)."""


class Gone(Busy):
    """The client went away before the answer: its analysis was stopped."""


class Failed(Exception):
    """A stage failed on the document (its message as StageError gave it)."""


def _serve(cfg: Config, conn: Connection, parent: int) -> None:
    """The child: build the pipeline, then analyse each document it is sent."""
    from rasd.pipeline import Pipeline
    from rasd.records import document_record

    threading.Thread(target=_exit_with_parent, args=(parent,), daemon=True).start()
    pipeline = Pipeline.from_config(cfg)
    # what a first document loads on demand (language model, gazetteer, lexicons), loaded
    # now: a first request would otherwise spend its time limit on it
    for lang in (None, *cfg.pipeline.languages):
        pipeline(ArticleDoc.from_text("Gunmen attacked a village near Mopti on Monday.", lang=lang))
    conn.send(("ready", None))
    while True:
        try:
            doc = conn.recv()
        except EOFError:
            return
        try:
            conn.send(("ok", document_record(pipeline(doc), include_text=True)))
        except StageError as exc:
            conn.send(("stage", str(exc)))


def _exit_with_parent(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(1.0)
    os._exit(1)


class Extractor:
    """A child process analysing documents for the API, restarted when killed."""

    def __init__(self, cfg: Config) -> None:
        self.cfg = cfg
        self._lock = threading.Lock()  # one analysis at a time
        self._child: Any = None
        self._conn: Connection | None = None
        self._ready = False

    def start(self) -> None:
        """Start the child (its pipeline is built in the background)."""
        with self._lock:
            self._spawn()

    def _spawn(self) -> None:
        context = get_context("spawn")
        ours, theirs = context.Pipe()
        child = context.Process(target=_serve, args=(self.cfg, theirs, os.getpid()), daemon=True,
                                name="rasd-extract")
        child.start()
        theirs.close()
        self._child, self._conn, self._ready = child, ours, False

    def analyse(self, doc: ArticleDoc, *, seconds: float,
                gone: Callable[[], bool] | None = None) -> dict[str, Any]:
        """The stored form of the analysed document. Raises Busy when it takes longer than
        `seconds` (waiting for the child included), Gone when `gone()` says the client has
        left (checked every POLL seconds while the child works), Failed for a stage's
        failure."""
        deadline = time.monotonic() + seconds
        if not self._lock.acquire(timeout=seconds):
            raise Busy("another analysis held the extractor past the time limit")
        try:
            if self._child is None or not self._child.is_alive():
                self._spawn()
            assert self._conn is not None
            if not self._ready:  # the child is still building its pipeline: left to it
                if not self._conn.poll(max(0.0, deadline - time.monotonic())):
                    raise Busy("the analyser is still starting")
                self._conn.recv()
                self._ready = True
            self._conn.send(doc)
            self._wait(deadline, gone)
            kind, value = self._conn.recv()
        except (EOFError, OSError) as exc:  # the child died: the next request starts another
            self._kill()
            raise Busy("the analysis stopped unexpectedly") from exc
        finally:
            self._lock.release()
        if kind == "stage":
            raise Failed(value)
        return value

    def _wait(self, deadline: float, gone: Callable[[], bool] | None) -> None:
        """Wait for the child's answer until `deadline`; past it, or as soon as the client
        has gone, the child is killed (its work stops) and another started."""
        assert self._conn is not None
        while not self._conn.poll(max(0.0, min(POLL, deadline - time.monotonic()))):
            if time.monotonic() >= deadline:
                self._restart()
                raise Busy("the analysis took longer than the time limit")
            if gone is not None and gone():
                self._restart()
                raise Gone("the client left before the answer")

    def _restart(self) -> None:
        self._kill()
        self._spawn()  # ready for the next request sooner

    def _kill(self) -> None:
        if self._child is not None and self._child.is_alive():
            self._child.kill()
            self._child.join(timeout=5)
        if self._conn is not None:
            self._conn.close()
        self._child, self._conn, self._ready = None, None, False

    def close(self) -> None:
        with self._lock:
            self._kill()
