"""Each test run has a PostgreSQL database of its own (conftest.run_database)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
import sqlalchemy as sa

from rasd.store import database_url

from .conftest import PG_URL, run_database


def _databases() -> set[str]:
    engine = sa.create_engine(database_url(PG_URL))
    with engine.connect() as conn:
        names = set(conn.execute(sa.text("SELECT datname FROM pg_database")).scalars())
    engine.dispose()
    return names


def _dead_pid() -> int:
    """The id of a process that has ended (a child, waited for)."""
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


@pytest.fixture
def pg_url():
    if not PG_URL:
        if os.environ.get("CI"):
            pytest.fail("RASD_TEST_PG_URL is not set: CI must test the PostgreSQL backend")
        pytest.skip("RASD_TEST_PG_URL not set (PostgreSQL tests run in CI)")
    return PG_URL


def test_the_run_works_in_a_database_named_by_its_process(pg_url, db_url):
    if "://" not in db_url:
        return
    assert db_url.endswith(f"/rasd_test_run_{os.getpid()}")
    assert f"rasd_test_run_{os.getpid()}" in _databases()


def test_a_database_left_by_a_run_that_is_gone_is_dropped(pg_url):
    stale = f"rasd_test_run_{_dead_pid()}"
    engine = sa.create_engine(database_url(pg_url), isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(sa.text(f'CREATE DATABASE "{stale}"'))
    engine.dispose()
    assert stale in _databases()
    run_database.__wrapped__(pg_url)
    assert stale not in _databases()
    assert f"rasd_test_run_{os.getpid()}" in _databases()
