import datetime as dt

import pytest

from rasd.config import load_config
from rasd.doc import ArticleDoc
from rasd.errors import ConfigError, StageError
from rasd.pipeline import Pipeline, check_order
from rasd.registry import StageSpec, stage_specs


def test_registry_snapshot():
    """Changing a stage's contract means a new versioned name: update this table on purpose."""
    table = {name: (sorted(s.requires), sorted(s.assigns), s.per_language)
             for name, s in stage_specs().items()}
    assert table == {
        "langid.v1": (["text"], ["lang", "lang_guess"], False),
        "sentences.v1": (["lang", "text"], ["sentences"], True),
        "numbers.v1": (["dates", "lang", "text"], ["numbers"], True),
        "dates.v1": (["lang", "published", "text"], ["dates"], True),
        "actors.v1": (["lang", "text"], ["actors"], True),
        "triggers.v1": (["lang", "text"], ["triggers"], True),
        "casualties.v1": (["dates", "lang", "numbers", "sentences", "text"], ["casualties"], True),
        "materiel.v1": (["lang", "numbers", "sentences", "text"], ["materiel"], True),
        "claims.v1": (["actors", "lang", "numbers", "sentences", "text"], ["claims"], True),
        "framing.v1": (["lang", "text"], ["framing"], True),
        "places.v1": (["lang", "text"], ["places"], True),
        "events.v1": (["actors", "casualties", "claims", "dates", "framing", "lang", "materiel",
                       "places", "published", "sentences", "text", "triggers"], ["events"], True),
    }


def test_unknown_stage_is_a_config_error():
    with pytest.raises(ConfigError, match="unknown stage"):
        Pipeline.from_config(load_config(pipeline__stages=("langid.v1", "nope.v9")))


def test_order_is_checked_before_running():
    specs = stage_specs()
    with pytest.raises(ConfigError, match="requires"):
        check_order([specs["dates.v1"], specs["langid.v1"]])


def test_unsupported_language_gets_empty_layers_and_a_warning():
    pipeline = Pipeline.from_config(load_config())
    doc = pipeline(ArticleDoc.from_text(
        "Yan bindiga sun kashe mutane goma a kauyen Zurmi ranar Alhamis da yamma."))
    assert doc.lang == "ha"
    assert doc.numbers == () and doc.dates == () and doc.sentences == ()
    assert any("not supported" in w for w in doc.warnings)


def test_a_failing_stage_raises_stage_error_with_context():
    def boom(cfg):
        def stage(doc):
            raise KeyError("x")
        return stage

    spec = StageSpec("boom.v1", boom, frozenset({"text"}), frozenset(), per_language=False)
    cfg = load_config(pipeline__stages=())
    pipeline = Pipeline(cfg, (spec,), (boom(cfg),))
    doc = ArticleDoc.from_text("text", published=dt.date(2025, 1, 1))
    with pytest.raises(StageError) as info:
        pipeline(doc)
    assert info.value.stage == "boom.v1" and info.value.doc_id == doc.doc_id
    assert list(pipeline.pipe([doc]))[0].stage == "boom.v1"


def test_a_passed_deadline_stops_the_pipeline_before_its_next_stage():
    from rasd.pipeline import TimeLimit

    pipeline = Pipeline.from_config(load_config())
    doc = ArticleDoc.from_text("Gunmen attacked an army post near Mopti on Monday.")
    with pytest.raises(TimeLimit, match="time limit"):
        pipeline(doc, deadline=0.0)
    assert pipeline(doc, deadline=float("inf")).lang == "en"


def test_the_first_document_of_a_language_freezes_the_heap_once(monkeypatch):
    import gc

    import rasd.pipeline

    frozen = []
    monkeypatch.setattr(rasd.pipeline, "_SETTLED", set())
    monkeypatch.setattr(gc, "freeze", lambda: frozen.append(True))
    pipeline = Pipeline.from_config(load_config(pipeline__stages=("langid.v1",)))
    assert frozen == []
    for text in ("Two trucks burned on the road to Gao.", "Un camion a brûlé hier à Gao.",
                 "Three more trucks burned near Gao on Sunday."):
        pipeline(ArticleDoc.from_text(text))
    assert len(frozen) == 2  # English, then French; the second English one adds nothing


@pytest.mark.parametrize("host_collects", [True, False])
def test_the_first_document_leaves_the_collector_as_the_host_had_it(monkeypatch, host_collects):
    import gc

    import rasd.pipeline

    monkeypatch.setattr(rasd.pipeline, "_SETTLED", set())
    monkeypatch.setattr(gc, "freeze", lambda: None)
    seen = []
    spec = StageSpec("probe.v1", lambda cfg: lambda doc: seen.append(gc.isenabled()) or doc,
                     frozenset({"text"}), frozenset(), per_language=False)
    pipeline = Pipeline(load_config(pipeline__stages=()), (spec,), (spec.factory(None),))
    was = gc.isenabled()
    (gc.enable if host_collects else gc.disable)()
    try:
        for _ in range(2):
            pipeline(ArticleDoc.from_text("A bridge was blown up near Gao."))
        after = gc.isenabled()
    finally:
        (gc.enable if was else gc.disable)()
    assert seen == [False, host_collects]  # paused for the first document only
    assert after is host_collects


@pytest.mark.parametrize(("host", "expected"), [((700, 10, 10), (10_000, 10, 10)),
                                                ((50_000, 5, 5), None),  # never lowered
                                                ((0, 10, 10), None)])  # collects by hand
def test_settling_raises_the_young_threshold_only_where_it_is_low(monkeypatch, host, expected):
    import gc

    import rasd.pipeline

    set_to = []
    monkeypatch.setattr(rasd.pipeline, "_SETTLED", set())
    monkeypatch.setattr(gc, "freeze", lambda: None)
    monkeypatch.setattr(gc, "get_threshold", lambda: host)
    monkeypatch.setattr(gc, "set_threshold", lambda *t: set_to.append(t))
    rasd.pipeline.settle_resources("en", build=False)
    assert set_to == ([expected] if expected else [])


def test_timings_add_each_run_stage_cpu_time_and_skip_the_others():
    stages = ("langid.v1", "sentences.v1", "dates.v1", "numbers.v1")
    pipeline = Pipeline.from_config(load_config(pipeline__stages=stages))
    timings: dict[str, float] = {}
    pipeline(ArticleDoc.from_text("Cinq soldats ont été blessés mardi à Gao, selon l'armée."),
             timings=timings)
    assert set(timings) == set(stages) and min(timings.values()) >= 0
    first = dict(timings)
    pipeline(ArticleDoc.from_text("Hii ni habari fupi kuhusu mvua na kilimo mjini."), timings=timings)
    assert all(timings[name] >= first[name] for name in stages)
    skipped: dict[str, float] = {}
    pipeline(ArticleDoc.from_text("Hii ni habari fupi kuhusu mvua na kilimo mjini."), timings=skipped)
    assert list(skipped) == ["langid.v1"]  # a language without resources runs no other stage
