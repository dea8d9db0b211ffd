"""The map's approximate admin-1 lines (scripts/build_admin1_lines.py): the committed file
is the script's output, and its lines separate the Sahel's current divisions."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LINES = ROOT / "src" / "rasd" / "web" / "static" / "vendor" / "context" / "admin1-lines.geojson"


def _script():
    spec = importlib.util.spec_from_file_location("build_admin1_lines",
                                                  ROOT / "scripts" / "build_admin1_lines.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def test_the_committed_lines_are_the_scripts_output(tmp_path):
    out = tmp_path / "lines.geojson"
    script = _script()
    import sys
    argv = sys.argv
    sys.argv = ["build_admin1_lines.py", "--out", str(out)]
    try:
        script.main()
    finally:
        sys.argv = argv
    assert out.read_text(encoding="utf-8") == LINES.read_text(encoding="utf-8")


def test_lines_separate_neighbouring_divisions_of_the_three_countries():
    data = json.loads(LINES.read_text(encoding="utf-8"))
    assert data["properties"]["approximate"] is True
    pairs = {(f["properties"]["country_code"], tuple(f["properties"]["between"]))
             for f in data["features"]}
    assert {cc for cc, _ in pairs} == {"ML", "BF", "NE"}
    # neighbours on the ground are neighbours in the lines
    assert ("ML", ("Mopti", "Ségou")) in pairs or ("ML", ("Bandiagara", "Ségou")) in pairs
    assert ("NE", ("Dosso", "Tillabéri")) in pairs
    assert ("ML", ("Gao", "Ménaka")) in pairs
    for feature in data["features"]:
        coords = feature["geometry"]["coordinates"]
        assert len(coords) >= 2
        assert all(-12.5 <= x <= 16.1 and 9.3 <= y <= 25.1 for x, y in coords)
