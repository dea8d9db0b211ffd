import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from rasd.bench.corpus import documents
from rasd.cli.main import app
from rasd.config import DEFAULT_STAGES, FOUNDATION_STAGES

runner = CliRunner()
SAMPLES = Path(__file__).parents[2] / "samples" / "articles.jsonl"


@pytest.mark.parametrize("stages,names", [("foundation", FOUNDATION_STAGES), ("full", DEFAULT_STAGES)])
def test_bench_times_every_stage_of_a_generated_corpus(stages, names):
    result = runner.invoke(app, ["bench", "--docs", "6", "--size", "600", "--repeat", "1",
                                 "--stages", stages, "--format", "json"])
    assert result.exit_code == 0, result.output
    row = json.loads(result.stdout)
    assert row["docs"] == 6 and row["stages"] == stages
    assert list(row["stage_ms_per_doc"]) == list(names)
    assert row["stages_docs_per_s"] > 0 and row["peak_rss_mb"] > 0
    # the stage times are the stages' share of the whole: they cannot add up to more
    assert sum(row["stage_ms_per_doc"].values()) <= row["stages_ms_per_doc"] * 1.01 + 0.01
    assert row["numbers_found"] > 0 and row["dates_found"] > 0
    assert (row["events_found"] > 0) == (stages == "full")


def test_bench_reads_the_users_documents_and_prints_a_table():
    result = runner.invoke(app, ["bench", str(SAMPLES), "--repeat", "1"])
    assert result.exit_code == 0, result.output
    assert "documents/s/core" in result.stdout and "events.v1" in result.stdout


def test_bench_refuses_an_unknown_stage_set():
    result = runner.invoke(app, ["bench", "--stages", "everything"])
    assert result.exit_code == 2
    assert "foundation or full" in result.output


def test_bench_of_files_with_no_document_is_a_clear_error(tmp_path):
    empty = tmp_path / "empty.jsonl"
    empty.write_text("not json\n", encoding="utf-8")
    result = runner.invoke(app, ["bench", str(empty), "--repeat", "1"])
    assert result.exit_code == 1
    assert "no document could be read" in result.stderr


def test_generated_corpus_is_the_same_every_time_and_mixes_languages():
    first, again = list(documents(6, size=800)), list(documents(6, size=800))
    assert first == again
    assert all(len(d["text"]) >= 800 for d in first)
    assert any("الجيش" in d["text"] or "مسلح" in d["text"] for d in first)  # Arabic in rotation


def test_source_commit_names_the_checkout_or_says_unknown(tmp_path):
    from pathlib import Path

    from rasd.bench import source_commit

    here = source_commit(Path(__file__).resolve().parent)
    assert here == "unknown" or (4 <= len(here) <= 40 and all(c in "0123456789abcdef" for c in here))
    assert source_commit(tmp_path) == "unknown"  # a folder outside any git checkout
