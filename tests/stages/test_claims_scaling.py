"""claims.v1 takes time linear in a long report: an outlet's line is found by bisection in
the line breaks, found once, and each line is read once (claims_relay._Lines), where a
search for the breaks around each outlet read a long line again for every outlet on it."""

from __future__ import annotations

import time

import pytest

from rasd import ArticleDoc, Pipeline, load_config
from rasd.stages.claims_relay import RELAYING, _credited, _Lines
from rasd.stages.lexical import hits

# outlets that report, on one long line (a report pasted without line breaks)
UNITS = {
    "en": "AFP reported that the troops had left, and Reuters said the camp was calm; ",
    "fr": "l'AFP a rapporté que les soldats étaient partis, et Reuters a dit que le camp était calme ; ",
    "ar": "وذكرت وكالة فرانس برس أن الجنود غادروا، وقالت رويترز إن المعسكر هادئ؛ ",
}


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline.from_config(load_config())


@pytest.mark.parametrize("lang", ["en", "fr", "ar"])
def test_whether_an_outlet_is_credited_takes_the_same_time_on_a_long_line(pipeline, lang):
    # each outlet once read its whole line: 20 times the line, 16 times the time per outlet
    def per_outlet(size: int) -> float:
        doc = pipeline(ArticleDoc.from_text(UNITS[lang] * (size // len(UNITS[lang])), lang=lang))
        outlets = [m for m in hits(doc, "claims", "roles") if m.labels[0] in RELAYING]
        assert len(outlets) >= size // len(UNITS[lang])
        started = time.process_time()
        for outlet in outlets:
            _credited(doc, outlet)
        return max(time.process_time() - started, 1e-4) / len(outlets)

    per_outlet(1_000)
    small, large = per_outlet(10_000), per_outlet(200_000)
    assert large <= 3 * small, f"{large * 1e6:.1f} µs per outlet at 200 KB vs {small * 1e6:.1f} at 10 KB"


@pytest.mark.parametrize("text,start,end,credit", [
    ("Reuters", 0, 7, True),
    ("Troops left.\nBy Jane Doe, Reuters\nMore text here.", 26, 33, True),
    ("Troops left.\nResidents told Reuters that the troops had left the camp.\n", 28, 35, False),
    ("a b c d e f g h i Reuters", 18, 25, False),  # eight spaces: a sentence, not a credit
    ("Reuters. Troops left", 0, 7, False),  # a full stop on the line
    ("JANE DOE / AFP\nText", 11, 14, True),
])
def test_a_credit_line_is_a_short_line_without_a_full_stop(text, start, end, credit):
    lines = _Lines(text)
    assert lines.credit_line(start, end) is credit
    assert lines.credit_line(start, end) is credit  # read again from what was found
