"""Batch runs: one shard in, one complete JSON Lines file out, the same on every executor."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from rasd import batch
from rasd.batch import ShardResult, output_name, plan_shards, process_shard, run_batch
from rasd.config import FOUNDATION_STAGES, load_config
from rasd.errors import ConfigError, StageError

# the foundation stages build faster than the full pipeline: each spawned worker builds its own
CFG = load_config(pipeline__stages=FOUNDATION_STAGES)

LINES = [
    {"id": "en-1", "published": "2025-03-04",
     "text": "At least 12 soldiers were killed on Monday in an attack near Gao, officials said."},
    '{"id": "broken", "text": "an unfinished line',
    {"id": "fr-1", "published": "2025-03-04",
     "text": "Au moins 7 civils ont été tués le 2 mars 2025 près de Djibo, selon un élu local."},
    {"id": "ar-1", "published": "2025-03-04",
     "text": "قتل 9 جنود يوم الأحد في هجوم استهدف دورية قرب ميناكا، وفقاً لمصادر أمنية."},
    {"id": "no-text"},
]


def _write_jsonl(path: Path, lines: list) -> Path:
    rows = [row if isinstance(row, str) else json.dumps(row, ensure_ascii=False) for row in lines]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def _records(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.fixture
def mixed(tmp_path: Path) -> Path:
    (tmp_path / "in").mkdir()
    return _write_jsonl(tmp_path / "in" / "mixed.jsonl", LINES)


@pytest.fixture
def shards(tmp_path: Path) -> list[Path]:
    """Four small shards, two of them with the same base name in different folders."""
    paths = []
    for folder, name, rows in [("a", "day1.jsonl", LINES[:2]), ("b", "day1.jsonl", LINES[2:4]),
                               ("a", "day2.jsonl", LINES[3:]), ("a", "note.txt", None)]:
        (tmp_path / folder).mkdir(exist_ok=True)
        path = tmp_path / folder / name
        if rows is None:
            path.write_text("Une embuscade a fait 4 morts le 3 mars 2025 près de Dori.\n",
                            encoding="utf-8")
        else:
            _write_jsonl(path, rows)
        paths.append(path)
    return paths


def _outputs(results: list[ShardResult]) -> dict[str, bytes]:
    return {Path(r.out_path).name: Path(r.out_path).read_bytes() for r in results}


# ---------------------------------------------------------------------------- process_shard


def test_a_mixed_shard_gives_document_and_error_lines_in_input_order(mixed, tmp_path):
    out = tmp_path / "out" / "mixed.out.jsonl"
    result = process_shard(mixed, out, CFG)
    records = _records(out)
    assert [next(iter(r)) for r in records] == ["document", "error", "document", "document",
                                                 "error"]
    assert [r["document"]["origin"] for r in records if "document" in r] == [
        f"{mixed}:1#en-1", f"{mixed}:3#fr-1", f"{mixed}:4#ar-1"]
    assert records[0]["document"]["text"] == LINES[0]["text"]
    assert records[0]["document"]["numbers"]
    broken = records[1]["error"]
    assert (broken["origin"], broken["line"], broken["kind"]) == (f"{mixed}:2", 2, "input")
    assert "invalid JSON" in broken["message"]
    assert records[4]["error"]["origin"] == f"{mixed}:5" and "text" in records[4]["error"]["message"]
    assert (result.documents, result.errors) == (3, 2)
    assert result.out_path == str(out) and not result.skipped


def test_a_retry_gives_identical_bytes(mixed, tmp_path):
    first, second = tmp_path / "first.jsonl", tmp_path / "second.jsonl"
    process_shard(mixed, first, CFG)
    process_shard(mixed, second, CFG)
    before = first.read_bytes()
    process_shard(mixed, first, CFG)
    assert first.read_bytes() == before == second.read_bytes()


def test_a_leftover_temporary_file_does_not_break_a_retry(mixed, tmp_path):
    out = tmp_path / "out.jsonl"
    clean = tmp_path / "clean.jsonl"
    process_shard(mixed, clean, CFG)
    leftover = tmp_path / f".{out.name}.123-abc.tmp"
    leftover.write_text('{"document": {"doc_id": "half', encoding="utf-8")
    process_shard(mixed, out, CFG)
    assert out.read_bytes() == clean.read_bytes()
    assert sorted(p.name for p in tmp_path.glob(f".{out.name}.*")) == [leftover.name]


def test_a_failed_write_leaves_no_output_and_no_temporary_file(mixed, tmp_path, monkeypatch):
    def fail(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(batch.os, "replace", fail)
    with pytest.raises(OSError, match="disk full"):
        process_shard(mixed, tmp_path / "out.jsonl", CFG)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in"]


def test_a_stage_failure_becomes_an_error_line_and_the_shard_goes_on(mixed, tmp_path, monkeypatch):
    real = batch._pipeline(CFG.model_dump_json())

    def flaky(doc):
        if doc.origin.endswith("#fr-1"):
            raise StageError("ZeroDivisionError: boom", stage="numbers.v1", doc_id=doc.doc_id)
        return real(doc)

    monkeypatch.setattr(batch, "_pipeline", lambda config_json: flaky)
    out = tmp_path / "out.jsonl"
    result = process_shard(mixed, out, CFG)
    error = _records(out)[2]["error"]
    assert (error["origin"], error["line"], error["kind"]) == (f"{mixed}:3#fr-1", 3, "stage")
    assert "numbers.v1" in error["message"] and "boom" in error["message"]
    assert (result.documents, result.errors) == (2, 3)


@pytest.mark.parametrize("config_kind", ["path", "none"])
def test_config_may_be_a_toml_path_or_none(mixed, tmp_path, config_kind):
    toml = tmp_path / "rasd.toml"
    toml.write_text('[pipeline]\nstages = ["langid.v1", "sentences.v1"]\n', encoding="utf-8")
    config = toml if config_kind == "path" else None
    process_shard(mixed, tmp_path / "out.jsonl", config)
    first = _records(tmp_path / "out.jsonl")[0]["document"]
    assert first["sentences"]
    assert bool(first["numbers"]) is (config_kind == "none")


def test_a_bad_config_file_raises_config_error(mixed, tmp_path):
    toml = tmp_path / "bad.toml"
    toml.write_text("[pipeline]\nstages = [\"no-such.v1\"]\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="no-such"):
        process_shard(mixed, tmp_path / "out.jsonl", toml)
    assert not (tmp_path / "out.jsonl").exists()


# ---------------------------------------------------------------------------- naming


def test_output_names_are_deterministic_and_unique_for_shared_base_names(tmp_path):
    a, b = tmp_path / "a" / "day1.jsonl", tmp_path / "b" / "day1.jsonl"
    assert output_name(a) == output_name(a) == output_name(os.path.relpath(a))
    assert output_name(a) != output_name(b)
    assert output_name(a).startswith("day1-") and output_name(a).endswith(".jsonl")
    assert output_name(tmp_path / "x" / "page.html").startswith("page-")


def test_the_same_input_twice_is_refused(tmp_path):
    path = tmp_path / "a.jsonl"
    with pytest.raises(ConfigError, match="give it once"):
        plan_shards([path, tmp_path / "." / "a.jsonl"], tmp_path / "out")


# ---------------------------------------------------------------------------- run_batch


@pytest.fixture
def reference(shards, tmp_path) -> dict[str, bytes]:
    """The outputs of an in-process run, to compare every executor against."""
    seen: list[ShardResult] = []
    results = run_batch(shards, tmp_path / "ref", config=CFG, progress=seen.append)
    assert [r.in_path for r in results] == [str(p) for p in shards]
    assert sorted(r.out_path for r in seen) == sorted(r.out_path for r in results)
    assert len(set(_outputs(results))) == len(shards)
    return _outputs(results)


def test_a_process_pool_gives_the_same_outputs_as_one_process(shards, reference, tmp_path):
    seen: list[ShardResult] = []
    results = run_batch(shards, tmp_path / "pool", config=CFG, workers=2, progress=seen.append)
    assert _outputs(results) == reference
    assert [r.in_path for r in results] == [str(p) for p in shards]
    assert len(seen) == len(shards)


def test_a_dask_cluster_gives_the_same_outputs_as_one_process(shards, reference, tmp_path):
    distributed = pytest.importorskip("dask.distributed")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False,
                                  dashboard_address=None) as cluster:
        results = run_batch(shards, tmp_path / "dask", config=CFG,
                            scheduler=cluster.scheduler_address)
    assert _outputs(results) == reference
    assert sum(r.documents for r in results) == 5 and sum(r.errors for r in results) == 2


def test_resume_skips_finished_shards_and_runs_the_rest(shards, reference, tmp_path, monkeypatch):
    out = tmp_path / "resume"
    first = run_batch(shards[:2], out, config=CFG)
    stamps = {r.out_path: os.stat(r.out_path).st_mtime_ns for r in first}
    ran: list[str] = []
    real = batch.process_shard
    monkeypatch.setattr(batch, "process_shard",
                        lambda i, o, c: ran.append(str(i)) or real(i, o, c))
    results = run_batch(shards, out, config=CFG)
    assert ran == [str(p) for p in shards[2:]]
    assert [r.skipped for r in results] == [True, True, False, False]
    assert [(r.documents, r.errors) for r in results[:2]] == [
        (f.documents, f.errors) for f in first]
    assert {r.out_path: os.stat(r.out_path).st_mtime_ns for r in results[:2]} == stamps
    assert _outputs(results) == reference


def test_workers_below_one_are_refused(shards, tmp_path):
    with pytest.raises(ConfigError, match="workers"):
        run_batch(shards, tmp_path / "out", config=CFG, workers=0)


def test_an_unreadable_file_becomes_one_error_line_located_at_the_file(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    result = process_shard(empty, tmp_path / "out.jsonl", CFG)
    assert _records(tmp_path / "out.jsonl") == [{"error": {
        "origin": str(empty), "line": None, "kind": "input", "message": "empty file"}}]
    assert (result.documents, result.errors) == (0, 1)


# ---------------------------------------------------------------------------- rasd batch


def test_the_batch_command_writes_outputs_then_loads_them_once(shards, tmp_path):
    import typer
    from typer.testing import CliRunner

    from rasd.cli.batch import batch as command
    from rasd.store import open_store

    app = typer.Typer()
    app.command()(command)
    app.command("unused")(lambda: None)  # two commands: `batch` stays a named subcommand
    toml = tmp_path / "rasd.toml"
    toml.write_text('[pipeline]\nstages = ["langid.v1", "sentences.v1", "dates.v1", '
                    '"numbers.v1"]\n', encoding="utf-8")
    db = tmp_path / "rasd.db"
    args = ["batch", str(tmp_path / "a"), str(shards[1]), "-o", str(tmp_path / "out"),
            "--config", str(toml), "--db", str(db)]
    first = CliRunner().invoke(app, args)
    assert first.exit_code == 0, first.output
    assert len(list((tmp_path / "out").glob("*.jsonl"))) == 4
    again = CliRunner().invoke(app, args)
    assert again.exit_code == 0, again.output
    assert "4 already done" in again.output and "0 new document(s)" in again.output
    ids = set(_doc_ids(tmp_path / "out"))  # one text is in two shards: stored once
    assert len(ids) == 4
    with open_store(db) as store:
        assert store.known(ids) == ids


def _doc_ids(folder: Path) -> list[str]:
    return [r["document"]["doc_id"] for path in sorted(folder.glob("*.jsonl"))
            for r in _records(path) if "document" in r]
