"""benchmarks/compiled.py: which modules it compiles, and the shape of what it records (no
compiling here: that takes many minutes)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _script():
    spec = importlib.util.spec_from_file_location("compiled", ROOT / "benchmarks" / "compiled.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


SCRIPT = _script()


def _write(root: Path, name: str, text: str = "x = 1\n") -> None:
    path = root / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def test_pipeline_modules_are_compiled_and_the_rest_left_out_with_a_reason(tmp_path):
    for name in ("rasd/__init__.py", "rasd/doc.py", "rasd/events/segment.py",
                 "rasd/cli/main.py", "rasd/api/routes.py",
                 "rasd/store/migrations/versions/0001_first.py"):
        _write(tmp_path, name)
    _write(tmp_path, "rasd/records.py", "from pydantic import BaseModel\n")
    _write(tmp_path, "rasd/tool.py", "import typer\n")
    chosen, left_out = SCRIPT.select_modules(tmp_path)
    assert chosen == ["rasd/doc.py", "rasd/events/segment.py"]
    assert sorted(left_out) == ["rasd/__init__.py", "rasd/api/routes.py", "rasd/cli/main.py",
                                "rasd/records.py", "rasd/store/migrations/versions/0001_first.py",
                                "rasd/tool.py"]
    assert "pydantic" in left_out["rasd/records.py"]
    assert all(left_out.values())


def test_the_real_tree_compiles_the_hot_stages():
    chosen, left_out = SCRIPT.select_modules(ROOT / "src")
    assert {"rasd/events/assemble.py", "rasd/stages/places.py", "rasd/doc.py"} <= set(chosen)
    assert "rasd/records.py" in left_out and not set(chosen) & set(left_out)


def _run(rate: int) -> dict:
    return {"stages_docs_per_s": rate, "calibration_us": 20.0,
            "stage_ms_per_doc": {"dates": 1000 / rate, "events": 2000 / rate}}


def test_a_summary_gives_medians_speed_ups_and_stage_times_both_ways():
    rows = {"pure": [_run(100), _run(90), _run(110)],
            "compiled": [_run(150), _run(160), _run(120)]}
    summary = SCRIPT.summarise(rows)
    assert summary["pure"]["median"] == 100 and summary["compiled"]["median"] == 150
    assert summary["speedup_median"] == 1.5
    assert summary["speedup_best"] == round(160 / 110, 3)
    assert summary["stage_ms_per_doc"]["dates"] == {"pure": 10.0, "compiled": 1000 / 150}
