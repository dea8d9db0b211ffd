"""The seed report (../shared/seed) is what a new user tries first: its record must be right in
every field its expected JSON gives. The text is read from ../shared at run time and never copied
into the project; the test is skipped where that folder is absent."""

from __future__ import annotations

import datetime as dt
import json
import unicodedata
from functools import lru_cache
from pathlib import Path

import pytest

import rasd

SEED = Path(__file__).resolve().parents[1].parent / "shared" / "seed"
STEM = "000-seed-jafarabi-nomo-ambush"

pytestmark = pytest.mark.skipif(not (SEED / f"{STEM}.txt").exists(),
                                reason="../shared/seed is not beside the checkout")

SCALARS = ("role", "event_date", "time_precision", "event_type", "sub_event_type", "actor1",
           "actor2", "fatalities", "fatalities_low", "fatalities_best", "fatalities_high",
           "injured", "abducted", "country", "admin1")


@lru_cache(maxsize=1)
def _seed() -> tuple[str, dict, rasd.ArticleDoc]:
    text = (SEED / f"{STEM}.txt").read_text(encoding="utf-8")
    gold = json.loads((SEED / f"{STEM}.json").read_text(encoding="utf-8"))
    doc = rasd.extract(text, published=dt.date.fromisoformat(gold["published"]))
    return text, gold["expected"]["events"][0], doc


def _plain(name: str | None) -> str:
    """A place name without accents, case, hyphens or spaces (how the corpus compares them)."""
    decomposed = unicodedata.normalize("NFKD", name or "")
    return "".join(c for c in decomposed if c.isalnum()).lower()


def test_the_seed_report_is_one_incident():
    _, _, doc = _seed()
    assert [e.role for e in doc.events] == ["main"]


@pytest.mark.parametrize("field", SCALARS)
def test_the_seed_record_field(field):
    _, gold, doc = _seed()
    [event] = doc.events
    value = getattr(event, field)
    assert (value.isoformat() if hasattr(value, "isoformat") else value) == gold[field]


def test_the_seed_place_is_diafarabe_near_nomo_at_precision_2():
    _, gold, doc = _seed()
    [event] = doc.events
    assert event.location_text == gold["location"]
    assert _plain(event.location) == _plain(gold["location_latin"])
    assert event.geo_precision == 2
    assert event.latitude is not None and event.longitude is not None


def test_the_seed_toll_and_booty_come_from_the_groups_own_claim():
    _, _, doc = _seed()
    [event] = doc.events
    roles = {(c.claimant_role, c.partisan) for c in event.claims}
    assert roles == {("perpetrator", True)}
    assert "claim" in event.notes.lower()


def test_the_seed_materiel_is_the_complete_list():
    _, gold, doc = _seed()
    [event] = doc.events
    got = sorted((m.item, m.count, m.action) for m in event.materiel)
    assert got == sorted((m["item"], m["count"], m["action"]) for m in gold["materiel"])


def test_groups_named_only_in_the_commentary_are_no_party():
    _, gold, doc = _seed()
    [event] = doc.events
    parties = {event.actor1, event.actor2, event.assoc_actor_1, event.assoc_actor_2}
    named = " ".join(p for p in parties if p)
    for name in gold["not_actors"]:
        assert name not in named


def test_every_seed_field_has_evidence_inside_the_text():
    text, _, doc = _seed()
    [event] = doc.events
    for field in ("event_date", "actor1", "actor2", "fatalities", "location"):
        spans = event.evidence.get(field)
        assert spans, field
        assert all(0 <= start < end <= len(text) for start, end in spans)
