"""The events stage asks the gazetteer only what decides its answer (issue 16): the
report's other places are resolved only for a look-up that reads them, and a capital is
tested only when a later place would take its role. Answers stay those of the eager
look-ups."""

from __future__ import annotations

import pytest

from rasd.config import load_config
from rasd.doc import ArticleDoc
from rasd.events import place_choice
from rasd.events.around import Unread, look_up
from rasd.geo.resolve import MIN_SCORE, resolve
from rasd.pipeline import Pipeline

MOPTI = ((14.49, -4.19),)


def test_a_probe_notes_every_reading_and_stands_for_no_other_around():
    for read in (bool, len, list, lambda p: p[:1], lambda p: (1, 2) in p, lambda p: p + ()):
        probe = Unread()
        read(probe)
        assert probe.read
    probe, other = Unread(), Unread()
    hash(probe)
    assert not probe.read and probe != () and probe != other and probe in {probe}


@pytest.mark.parametrize("name", ["Gao", "Koro", "Boni", "Sokoura", "Dounde", "Niamey", "Qwertyx"])
@pytest.mark.parametrize("country", ["MLI", None])
def test_a_lazy_look_up_answers_as_the_eager_one(name, country):
    asked = []

    def around():
        asked.append(name)
        return MOPTI

    report = {"countries": (), "around": around}
    lazy = look_up(name, country, (), None, min_score=MIN_SCORE, siblings=True, report=report)
    assert lazy == resolve(name, country, None, min_score=MIN_SCORE, countries=(), around=MOPTI)
    near = look_up(name, country, MOPTI, None, min_score=MIN_SCORE, siblings=True, report=report)
    assert near == look_up(name, country, MOPTI, None, min_score=MIN_SCORE, siblings=True,
                            report={"countries": (), "around": lambda: MOPTI})


@pytest.mark.parametrize("name", ["Boni", "Solhan", "Hombori", "Boulkessi"])
@pytest.mark.parametrize("country", ["MLI", None])
def test_a_name_with_no_homonym_to_tell_apart_reads_no_other_place(name, country):
    # one best place of the name, no seat known by it as an alternate name: the report's
    # other places cannot change the answer, so none is resolved
    probe = Unread()
    assert resolve(name, country, around=probe) is not None
    assert not probe.read


def test_a_seat_in_its_country_needs_no_other_place():
    # Gao is a regional seat of Mali: no homonym to tell apart there
    asked = []
    look_up("Gao", "MLI", (), None, min_score=MIN_SCORE, siblings=True,
             report={"countries": (), "around": lambda: asked.append(1) or MOPTI})
    assert not asked


# one place, no other after it: no capital to test
ONE_PLACE = [
    ("en", "Gunmen attacked an army post in Boni on Monday, killing three soldiers."),
    ("fr", "Des hommes armés ont attaqué un poste de l'armée à Boni lundi, tuant trois soldats."),
    ("ar", "هاجم مسلحون موقعا للجيش في بوني يوم الاثنين وقتلوا ثلاثة جنود."),
]


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline.from_config(load_config())


@pytest.mark.parametrize("lang,text", ONE_PLACE)
def test_a_lone_place_is_not_tested_as_a_capital(pipeline, monkeypatch, lang, text):
    asked: list[str] = []
    original = place_choice._is_capital
    monkeypatch.setattr(place_choice, "_is_capital", lambda name: asked.append(name) or original(name))
    doc = pipeline(ArticleDoc.from_text(text, lang=lang, published="2025-03-04"))
    assert doc.events and doc.events[0].location == "Boni"
    assert not asked


def _division_only_by_ranking(name):
    """`_division_only` as it read the ranked look-up for every name."""
    found = [c for c in place_choice.gazetteer().lookup(name, limit=8, floor=1.0, late=False)
             if c.match != "translit"]
    codes = {c.place.feature_code for c in found}
    return bool(codes & {"ADM1", "ADM2"}) and not codes & set(place_choice.SEATS)


@pytest.mark.parametrize("name", ["Soum", "Bourem", "Mopti", "Seno", "Qwertyx", "سوم", "كورو",
                                  "Boni", "Djibo", "Oudalan", "Tillia", "Gao", "Kidal", "تيليا"])
def test_a_division_test_answers_as_the_ranked_look_up(name):
    place_choice._division_only.cache_clear()
    assert place_choice._division_only(name) == _division_only_by_ranking(name)


def test_a_name_of_no_place_is_no_division_without_a_ranked_look_up(monkeypatch):
    gazetteer = place_choice.gazetteer()
    ranked: list[str] = []
    original = gazetteer.lookup
    monkeypatch.setattr(gazetteer, "lookup", lambda name, **kw: ranked.append(name) or original(name, **kw))
    place_choice._division_only.cache_clear()
    assert not place_choice._division_only("Zyxwabble")
    assert not ranked


def test_a_town_with_no_division_of_its_name_is_none_without_a_ranked_look_up(monkeypatch):
    # "Boni" names villages, not a cercle or province: the names alone answer
    gazetteer = place_choice.gazetteer()
    assert not gazetteer.named_features("Boni", country=None) & place_choice.DIVISION_CODES
    ranked: list[str] = []
    original = gazetteer.lookup
    monkeypatch.setattr(gazetteer, "lookup",
                        lambda name, **kw: ranked.append(name) or original(name, **kw))
    place_choice._division_only.cache_clear()
    assert not place_choice._division_only("Boni")
    assert not ranked
