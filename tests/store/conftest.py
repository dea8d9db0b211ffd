"""Store fixtures: every store test runs on SQLite and on PostgreSQL.

PostgreSQL comes from RASD_TEST_PG_URL (`.ci/run` installs and starts Debian's server and
sets it). Without it the PostgreSQL cases are skipped locally, and fail under CI=true so a
CI run can never pass on SQLite alone. Each test run works in a database of its own, made
from that URL's server and named by the run's process id (`rasd_test_run_<pid>`), so two
runs at once, or a run after a killed one, never see each other's tables.
"""

from __future__ import annotations

import atexit
import datetime as dt
import os
import re
from functools import cache

import pytest
import sqlalchemy as sa

from rasd.config import load_config
from rasd.doc import ArticleDoc
from rasd.pipeline import Pipeline
from rasd.records import document_out
from rasd.store import open_store

PG_URL = os.environ.get("RASD_TEST_PG_URL")
_RUN_DB = re.compile(r"rasd_test_run_(\d+)")


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _admin(url: str) -> sa.Engine:
    from rasd.store import database_url

    return sa.create_engine(database_url(url), isolation_level="AUTOCOMMIT")


def _drop(url: str, name: str) -> None:
    engine = _admin(url)
    with engine.connect() as conn:
        conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    engine.dispose()


@cache
def run_database(url: str) -> str:
    """The URL of this run's own database on `url`'s server: made once per process (the
    module is loaded by several conftests; the name makes them agree), dropped at exit,
    with the databases of runs whose process is gone dropped first."""
    name = f"rasd_test_run_{os.getpid()}"
    engine = _admin(url)
    with engine.connect() as conn:
        existing = conn.execute(sa.text("SELECT datname FROM pg_database")).scalars().all()
        for stale in existing:
            found = _RUN_DB.fullmatch(stale)
            if found and int(found[1]) != os.getpid() and not _alive(int(found[1])):
                conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{stale}" WITH (FORCE)'))
        if name not in existing:
            conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
            atexit.register(_drop, url, name)
    engine.dispose()
    return str(sa.engine.make_url(url).set(database=name).render_as_string(hide_password=False))


def _fresh_postgres(url: str) -> None:
    from rasd.store import database_url

    engine = sa.create_engine(database_url(url))
    with engine.begin() as conn:
        conn.execute(sa.text("DROP SCHEMA public CASCADE"))
        conn.execute(sa.text("CREATE SCHEMA public"))
    engine.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path):
    """A fresh, empty database URL on each backend."""
    if request.param == "sqlite":
        return str(tmp_path / "rasd.db")
    if not PG_URL:
        if os.environ.get("CI"):
            pytest.fail("RASD_TEST_PG_URL is not set: CI must test the PostgreSQL backend")
        pytest.skip("RASD_TEST_PG_URL not set (PostgreSQL tests run in CI)")
    url = run_database(PG_URL)
    _fresh_postgres(url)
    return url


@pytest.fixture
def store(db_url):
    with open_store(db_url) as opened:
        yield opened


@cache
def _pipeline() -> Pipeline:
    return Pipeline.from_config(load_config())


def analysed(text: str, *, published: dt.date = dt.date(2025, 1, 13), **meta) -> dict:
    """The JSON of an analysed document, as `rasd extract --with-text` prints it."""
    doc = _pipeline()(ArticleDoc.from_text(text, published=published, **meta))
    return document_out(doc, include_text=True).model_dump(mode="json")
