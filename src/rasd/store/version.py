"""A cheap value that changes whenever anyone commits a change to the store.

The API keys its cache of read answers on it (see rasd.api.cache): an answer computed
after the value was read is valid until the value changes. Reading it must cost far less
than the queries it saves, so it is not a table scan:

- SQLite: `PRAGMA data_version` on a connection of its own that never writes. SQLite
  changes the value on that connection whenever another connection, in this process or
  another (a `rasd ingest` beside `rasd serve`), commits to the file.
- PostgreSQL: the current snapshot (`pg_current_snapshot()`): two equal snapshots see the
  same committed data, and any commit in the cluster makes a new one.

`current()` returns None where no such value can be read (an in-memory SQLite store, an
older server, an error): nothing is cached then.
"""

from __future__ import annotations

import sqlite3
import threading
from typing import Any

import sqlalchemy as sa


class DataVersion:
    """The store's data version; thread-safe; see the module docstring."""

    def __init__(self, engine: sa.Engine) -> None:
        self._engine = engine
        self._lock = threading.Lock()
        self._sqlite: sqlite3.Connection | None = None
        self._broken = False
        database = engine.url.database or ""
        self._path = database if engine.dialect.name == "sqlite" and database not in ("", ":memory:") else None
        # read without a round trip to a server (cheap enough for an event loop's thread)
        self.local = self._path is not None

    def current(self) -> Any:
        if self._broken:
            return None
        try:
            if self._engine.dialect.name == "sqlite":
                return self._sqlite_version()
            if self._engine.dialect.name == "postgresql":
                with self._engine.connect() as conn:
                    return conn.execute(sa.text("SELECT pg_current_snapshot()::text")).scalar_one()
        except (sa.exc.SQLAlchemyError, sqlite3.Error):
            self._broken = True  # answer uncached from now on rather than fail every read
        return None

    def _sqlite_version(self) -> int | None:
        if self._path is None:
            return None
        with self._lock:
            if self._sqlite is None:
                # autocommit (isolation_level None): it never holds a read transaction open
                self._sqlite = sqlite3.connect(self._path, check_same_thread=False,
                                               isolation_level=None)
            return self._sqlite.execute("PRAGMA data_version").fetchone()[0]

    def close(self) -> None:
        with self._lock:
            if self._sqlite is not None:
                self._sqlite.close()
                self._sqlite = None
