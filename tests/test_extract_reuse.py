"""`rasd.extract()` builds its pipeline once per configuration (the throughput issue: a loop
over extract() rebuilt every stage for every document)."""

from __future__ import annotations

import datetime as dt

import rasd
from rasd.config import load_config


def test_extract_reuses_one_pipeline_per_configuration(monkeypatch):
    built = []
    original = rasd.Pipeline.from_config

    def counting(cfg):
        built.append(cfg)
        return original(cfg)

    rasd._PIPELINES.clear()
    monkeypatch.setattr(rasd.Pipeline, "from_config", staticmethod(counting))
    for _ in range(3):
        rasd.extract("Three soldiers were killed near Mopti on Monday.",
                     published=dt.date(2025, 1, 13))
    other = load_config(pipeline__languages=("en",))
    rasd.extract("Two soldiers were killed near Gao.", cfg=other)
    rasd.extract("Two soldiers were killed near Gao.", cfg=load_config(pipeline__languages=("en",)))
    assert len(built) == 2


def test_extract_gives_what_a_held_pipeline_gives():
    text = "Gunmen killed four villagers in Djibo on Sunday, a local official said."
    held = rasd.Pipeline.from_config(load_config())
    doc = rasd.ArticleDoc.from_text(text, published=dt.date(2025, 1, 13))
    assert rasd.extract(text, published=dt.date(2025, 1, 13)) == held(doc)
