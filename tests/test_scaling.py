"""Time grows linearly with the length of a document, whatever it repeats.

A stage that compares every mention with every other one (or a regex that rescans what
it has read) shows as a time per character that grows with the document: at 100 KB of
the same repeated report it must stay within 3× of its value at 10 KB.
"""

from __future__ import annotations

import gc
import time

import pytest

from rasd import ArticleDoc, Pipeline, load_config

# the same short report in each language, repeated; the second form has no full stop,
# so that the whole document is one sentence
REPORTS = [
    ("ar", "هاجم مسلحون موقعا للجيش قرب موبتي يوم الاثنين، وقتل خمسة جنود ماليين وأصيب ثلاثة آخرون. "),
    ("fr", "Des hommes armés ont attaqué un poste de l'armée près de Mopti lundi, tuant cinq soldats "
           "maliens et blessant trois autres. "),
    ("en", "Gunmen attacked an army post near Mopti on Monday, killing five Malian soldiers and "
           "wounding three others. "),
    ("en", "JNIM fighters killed 5 soldiers of the Malian army and 2 Wagner men near Mopti, "),
    # claims with their speaker, in one sentence (the fuzz run found them quadratic)
    ("en", "JNIM said its fighters killed 20 Wagner men; the army "),
    ("ar", "أعلنت جماعة نصرة الإسلام والمسلمين مسؤوليتها عن الهجوم "),
    # a whole report of several sentences: materiel with counts (each item once read every
    # number of the document), claims over figures and fields (each read every claim)
    ("en", "Gunmen attacked an army post near Mopti on Monday, killing five soldiers, a military "
           "source said. The attackers set fire to two vehicles and seized three rifles before "
           "fleeing. The army said it had killed 20 terrorists near Gao. "),
]

# runs of words the number grammar reads, repeated (each once made a stage rescan the run)
RUNS = [
    ("fr", "quatre-vingt-"), ("fr", "cent "), ("fr", "trois-"), ("en", "million "),
    ("ar", "مئة "), ("ar", "ألف "), ("en", "5 6 7 "),
]


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline.from_config(load_config())


def _per_char(pipeline: Pipeline, lang: str, unit: str, size: int, *, tries: int = 2) -> float:
    text = unit * max(1, size // len(unit))
    best = float("inf")
    for _ in range(tries):
        # the collector's passes over what earlier tests left in this process are no part
        # of the pipeline's cost, and grow with the run, not with the text
        gc.collect()
        gc.disable()
        try:
            started = time.process_time()
            pipeline(ArticleDoc.from_text(text, lang=lang))
            best = min(best, time.process_time() - started)
        finally:
            gc.enable()
    return max(best, 1e-4) / len(text)


@pytest.mark.parametrize("lang,unit", REPORTS)
def test_time_per_character_is_flat_from_10_to_100_kb(pipeline, lang, unit):
    _per_char(pipeline, lang, unit, 2_000, tries=1)  # lexicons and gazetteer loaded
    small = _per_char(pipeline, lang, unit, 10_000, tries=3)
    large = _per_char(pipeline, lang, unit, 100_000, tries=2)
    assert large <= 3 * small, f"{large * 1e6:.1f} µs/char at 100 KB vs {small * 1e6:.1f} at 10 KB"


@pytest.mark.parametrize("lang,unit", RUNS)
def test_runs_of_number_words_take_linear_time(pipeline, lang, unit):
    _per_char(pipeline, lang, unit, 1_000, tries=1)
    small = _per_char(pipeline, lang, unit, 2_000, tries=3)
    large = _per_char(pipeline, lang, unit, 20_000, tries=1)
    assert large <= 3 * small, f"{large * 1e6:.1f} µs/char at 20 KB vs {small * 1e6:.1f} at 2 KB"


def test_a_french_tens_word_repeated_reads_in_no_time(pipeline):
    # "quatre-vingt" is one word and two: each repetition once doubled the time
    started = time.process_time()
    pipeline(ArticleDoc.from_text("quatre-vingt-" * 40, lang="fr"))
    assert time.process_time() - started < 1.0
