"""The seed report's place (../shared/seed, read at run time, never copied): one ambush
"between the two areas of" two villages, coded at the first at precision 2, Mopti region."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from rasd.config import Config
from rasd.doc import ArticleDoc
from rasd.pipeline import Pipeline

SEED = Path(__file__).resolve().parents[2] / ".." / "shared" / "seed" / "000-seed-jafarabi-nomo-ambush.txt"


@pytest.mark.skipif(not SEED.exists(), reason="the seed report is not in ../shared")
def test_seed_report_is_one_event_at_diafarabe():
    doc = ArticleDoc.from_text(SEED.read_text(encoding="utf-8"), published=dt.date(2025, 1, 13))
    events = [e for e in Pipeline.from_config(Config())(doc).events if e.role == "main"]
    assert [(e.location, e.geo_precision, e.admin1) for e in events] == [("Diafarabé", 2, "Mopti")]
