"""Store fixtures: every store test runs on SQLite and on PostgreSQL.

PostgreSQL comes from RASD_TEST_PG_URL (`.ci/run` installs and starts Debian's server and
sets it). Without it the PostgreSQL cases are skipped locally, and fail under CI=true so a
CI run can never pass on SQLite alone.
"""

from __future__ import annotations

import datetime as dt
import os
from functools import cache

import pytest
import sqlalchemy as sa

from rasd.config import load_config
from rasd.doc import ArticleDoc
from rasd.pipeline import Pipeline
from rasd.records import document_out
from rasd.store import open_store

PG_URL = os.environ.get("RASD_TEST_PG_URL")


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
    _fresh_postgres(PG_URL)
    return PG_URL


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
