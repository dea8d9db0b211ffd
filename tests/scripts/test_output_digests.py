"""Outputs identical before and after a speed change: the pipeline's output for every golden
document (and every dev news document when ../shared is present) hashes to the digest
committed in tests/golden/output_digests.json by scripts/output_digests.py."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

REGENERATE = ("A speed change must not change any output: find what did. An accuracy change "
              "re-runs `PYTHONPATH=src .venv/bin/python scripts/output_digests.py` and commits "
              "tests/golden/output_digests.json.")


def _script():
    spec = importlib.util.spec_from_file_location("output_digests",
                                                  ROOT / "scripts" / "output_digests.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


SCRIPT = _script()
COMMITTED = json.loads(SCRIPT.DIGESTS.read_text(encoding="utf-8"))


@pytest.mark.parametrize("section", sorted(SCRIPT.SECTIONS))
def test_outputs_match_the_committed_digests(section):
    root = SCRIPT.SECTIONS[section]
    if not root.is_dir():
        pytest.skip(f"{root} is absent")
    new = SCRIPT.section_digests(section, root)
    old = {key: value for key, value in COMMITTED.items() if key.startswith(section + "/")}
    diff = SCRIPT.changed(old, new)
    assert not diff, f"{len(diff)} document(s) changed output: {', '.join(diff[:40])}. {REGENERATE}"


def test_the_digest_file_covers_the_golden_set():
    golden = {f"golden/{p.relative_to(SCRIPT.GOLDEN).with_suffix('')}"
              for p in SCRIPT.GOLDEN.rglob("*.txt") if p.with_suffix(".json").is_file()}
    assert golden and golden <= COMMITTED.keys(), REGENERATE


def test_a_digest_is_of_the_canonical_record():
    a = SCRIPT.record_digest({"b": 1, "a": "مالي"})
    assert a == SCRIPT.record_digest({"a": "مالي", "b": 1})  # key order does not matter
    assert a != SCRIPT.record_digest({"a": "مالي", "b": 2})
    assert SCRIPT.changed({"x": "1", "y": "2"}, {"x": "1", "y": "3", "z": "4"}) == ["y", "z"]
