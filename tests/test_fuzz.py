"""Property tests over hostile and random input (bounded so CI stays fast; the long run
is benchmarks/fuzz.py): no exception but rasd's own input errors, every evidence span
inside the text and slicing to what it claims, valid dates and ordered figures, output
that is valid JSON, and the same output in another process with another hash seed."""

from __future__ import annotations

import io
import json
import math
import os
import subprocess
import sys

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from rasd import ArticleDoc, Pipeline, load_config
from rasd.api.models import CorrectRequest, ExtractRequest, MergeRequest
from rasd.errors import InputError
from rasd.ingest.build import Defaults
from rasd.ingest.feeds import iter_feed
from rasd.ingest.html import read_html
from rasd.ingest.jsonl import iter_jsonl
from rasd.records import document_out

CFG = load_config()
PIPELINE = Pipeline.from_config(CFG)
SETTINGS = settings(max_examples=60, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.too_slow])

# pieces of reports in the three languages (our own words), and characters that break
# naive code: bidi controls, zero-width marks, NUL, digits of other scripts, tatweel
PIECES = [
    "قتل 12 جنديا في هجوم على موقع للجيش قرب موبتي يوم الاثنين", "وأصيب ثلاثة آخرون",
    "Des hommes armés ont tué cinq soldats près de Mopti", "quatre-vingt-", "une trentaine de",
    "Gunmen killed 5 soldiers near Djibo on Monday", "at least 30 civilians", "between 10 and 15",
    " JNIM ", " Wagner ", ", ", ". ", "\n\n", "2025-01-13", "13 janvier 2025", "٢٣ ", "million ",
    "\u202e", "\u2066", "\u200b", "\u200f", "\x00", "\u0640", "9" * 30, "(", ")", "[/]",
]
TEXTS = st.one_of(
    st.lists(st.sampled_from(PIECES), min_size=1, max_size=30).map("".join),
    st.text(min_size=1, max_size=300),
    st.text(alphabet=st.sampled_from("0123456789 ,.-و"), min_size=1, max_size=200),
)
LANGS = st.sampled_from([None, "ar", "fr", "en"])


def _check(doc: ArticleDoc) -> None:
    out = document_out(doc, include_text=True)
    json.loads(json.dumps(out.model_dump(mode="json"), allow_nan=False))  # valid JSON
    for item in (*out.numbers, *out.dates):
        start, end = item.span
        assert 0 <= start <= end <= len(doc.text) and doc.text[start:end] == item.text
    for date in out.dates:
        assert date.start is None or date.end is None or date.start <= date.end
    for event in out.events:
        figures = [event.fatalities_low, event.fatalities_best, event.fatalities_high]
        present = [f for f in figures if f is not None]
        assert present == sorted(present) and all(math.isfinite(f) for f in present)
        for spans in event.evidence.values():
            assert all(0 <= s <= e <= len(doc.text) for s, e in spans)


@SETTINGS
@given(TEXTS, LANGS)
def test_extract_holds_its_invariants_on_any_text(text, lang):
    try:
        doc = ArticleDoc.from_text(text, lang=lang)
    except InputError:
        return
    _check(PIPELINE(doc))


@SETTINGS
@given(st.text(max_size=400))
def test_the_html_reader_takes_any_markup(markup):
    try:
        page = read_html("<p>" + markup.replace("\ud800", "") + "</p>")
    except InputError:
        return
    assert isinstance(page.text, str)


@SETTINGS
@given(st.binary(max_size=400))
def test_the_jsonl_and_feed_readers_take_any_bytes(data):
    defaults = Defaults(published=None, lang=None)
    items = list(iter_jsonl(io.BytesIO(data), path="fuzz.jsonl", cfg=CFG, defaults=defaults))
    items += list(iter_feed(data, path="fuzz.xml", cfg=CFG, defaults=defaults))
    assert all(isinstance(i, ArticleDoc | InputError) for i in items)


JSON = st.recursive(st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
                    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(
                        st.sampled_from(["text", "published", "lang", "incident_ids", "field",
                                         "value", "comment"]), inner, max_size=4),
                    max_leaves=12)


@SETTINGS
@given(JSON)
def test_the_api_request_models_validate_or_refuse_cleanly(value):
    for model in (ExtractRequest, MergeRequest, CorrectRequest):
        try:
            model.model_validate(value)
        except ValidationError:
            pass


@pytest.mark.parametrize("seed", ["0", "12345"])
def test_output_is_identical_in_another_process_and_hash_seed(seed):
    texts = [PIECES[0] + PIECES[1], PIECES[2] + ". " + PIECES[5], "".join(PIECES)]
    script = ("import json, sys\nfrom rasd import extract\nfrom rasd.records import document_out\n"
              "print(json.dumps([document_out(extract(t)).model_dump(mode='json') "
              "for t in json.loads(sys.stdin.read())], sort_keys=True))")
    here = json.dumps([document_out(PIPELINE(ArticleDoc.from_text(t))).model_dump(mode="json")
                       for t in texts], sort_keys=True)
    env = {**os.environ, "PYTHONHASHSEED": seed}
    there = subprocess.run([sys.executable, "-c", script], input=json.dumps(texts), env=env,
                           capture_output=True, text=True, check=True).stdout.strip()
    assert there == here
