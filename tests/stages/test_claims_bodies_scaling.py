"""A body named bare reads only the verbs within reach to tell whether it speaks in its
clause (claims_bodies.body_speaks): in a long sentence, testing every verb of the sentence
for the clause of every body made claims.v1 ten times slower per character."""

from __future__ import annotations

import pytest

from rasd import Pipeline, load_config

from .conftest import stage_per_char

# bodies and verbs of saying joined by conjunctions: one long sentence, or short ones
UNITS = {
    "en": ("the government said the army left and the presidency confirmed the camp was calm "
           "while the minister told reporters and "),
    "fr": ("le gouvernement a dit que l'armée est partie et la présidence a confirmé que le camp "
           "était calme tandis que le ministre a déclaré et "),
    "ar": "وقالت الحكومة إن الجيش غادر وأكدت الرئاسة أن المعسكر هادئ فيما صرح الوزير و",
}


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline.from_config(load_config())


@pytest.mark.parametrize("lang", ["en", "fr", "ar"])
def test_bodies_in_long_sentences_cost_what_they_cost_in_short_ones(pipeline, lang):
    unit = UNITS[lang]
    count = 30_000 // len(unit)
    stage_per_char(pipeline, unit * 3, lang, "claims.v1")
    short = stage_per_char(pipeline, (unit.rstrip(" و") + ". ") * count, lang, "claims.v1")
    long = stage_per_char(pipeline, unit * count, lang, "claims.v1")
    assert long <= 4 * short, f"{long * 1e6:.1f} µs/char in long sentences vs {short * 1e6:.1f} in short"
