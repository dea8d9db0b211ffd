"""benchmarks/instructions.py: the pass it counts runs, inside qsort's comparison, once."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[2] / "benchmarks" / "instructions.py"


def test_the_counted_pass_runs_every_document_once(tmp_path):
    docs = [{"id": "a", "text": "Trois soldats ont été tués lundi près de Mopti."},
            {"id": "b", "text": "Gunmen killed two herders near Djibo on Sunday."},
            {"id": "c", "text": ""}]  # an input error: not counted
    corpus = tmp_path / "docs.jsonl"
    corpus.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
    run = subprocess.run([sys.executable, str(SCRIPT), "--inside", str(corpus)],
                         capture_output=True, text=True, check=True)
    assert run.stdout.split() == ["2"]
