"""Tests for scripts/build_gazetteer.py: a sample build is reproducible and equals the
shipped artefact's rows for that country."""

from __future__ import annotations

import gzip
import importlib.util
import json
import sys
from importlib import resources
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
GEONAMES = REPO.parent / "shared" / "data" / "geonames"
SHIPPED = Path(str(resources.files("rasd.resources").joinpath("gazetteer")))


def _script():
    spec = importlib.util.spec_from_file_location("build_gazetteer",
                                                  REPO / "scripts" / "build_gazetteer.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while decorating
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    if not (GEONAMES / "ML.txt").is_file():
        pytest.skip(f"GeoNames extracts not available at {GEONAMES}")
    script = _script()
    first, second = tmp_path_factory.mktemp("first"), tmp_path_factory.mktemp("second")
    script.main(["--geonames", str(GEONAMES), "--out", str(first), "--countries", "ML"])
    script.build_gazetteer(GEONAMES, second, countries=("ML",))
    return first, second


@pytest.mark.parametrize("name", ["places-ML.tsv.gz", "index-ML.tsv.gz"])
def test_sample_build_is_byte_identical_twice(sample, name):
    first, second = sample
    assert (first / name).read_bytes() == (second / name).read_bytes()


@pytest.mark.parametrize("name", ["places-ML.tsv.gz", "index-ML.tsv.gz"])
def test_sample_build_equals_shipped_part(sample, name):
    # compare content, not gzip bytes: another zlib build may compress differently
    built = gzip.decompress((sample[0] / name).read_bytes())
    assert built == gzip.decompress((SHIPPED / name).read_bytes())


def test_sample_build_writes_only_that_country(sample):
    assert sorted(p.name for p in sample[0].iterdir()) == ["index-ML.tsv.gz", "places-ML.tsv.gz"]


def test_shipped_meta_credits_geonames_and_matches_files():
    meta = json.loads((SHIPPED / "meta.json").read_text(encoding="utf-8"))
    assert "GeoNames" in meta["attribution"] and meta["licence"] == "CC BY 4.0"
    for name in meta["files"]:
        head = gzip.decompress((SHIPPED / name).read_bytes()) if name.endswith(".gz") else (
            SHIPPED / name).read_bytes()
        assert head.startswith(b"# rasd gazetteer") and b"GeoNames" in head[:300]


def test_shipped_artefact_size():
    assert sum(p.stat().st_size for p in SHIPPED.iterdir()) < 30 * 1024 * 1024


def test_keep_and_clean_admin_name():
    script = _script()
    row = ["1", "x", "x", "", "0", "0", "H", "WAD"] + [""] * 11
    assert script.keep(row)
    assert not script.keep(row[:6] + ["T", "DUNE"] + row[8:])
    assert script.clean_admin_name("Province du Soum") == "Soum"
    assert script.clean_admin_name("Mopti Cercle") == "Mopti"
    assert script.clean_admin_name("Cercle de Niono") == "Niono"


def test_unknown_country_is_refused():
    with pytest.raises(SystemExit):
        _script().main(["--countries", "XX"])


def _rows(name):
    lines = gzip.decompress((SHIPPED / name).read_bytes()).decode("utf-8").split("\n")
    return [ln.split("\t") for ln in lines[2:] if ln]


def test_every_entry_keeps_its_sources_ids_and_licences():
    meta = json.loads((SHIPPED / "meta.json").read_text(encoding="utf-8"))
    licences = meta["licences"]
    for part in meta["parts"]:
        for row in _rows(part["places"]):
            sources = [s.split(":", 1)[0] for s in row[15].split("|")]
            assert sources and all(s in licences for s in sources), row[:2]
            assert set(row[16].split("; ")) == {licences[s] for s in sources}, row[:2]


def test_osm_stays_a_separate_artefact_under_its_own_licence():
    meta = json.loads((SHIPPED / "meta.json").read_text(encoding="utf-8"))
    [osm] = [p for p in meta["parts"] if p["places"] == "places-osm.tsv.gz"]
    assert osm["licence"] == "ODbL 1.0"
    head = gzip.decompress((SHIPPED / osm["places"]).read_bytes())[:400]
    assert b"OpenStreetMap contributors" in head and b"ODbL" in head
    assert all(r[15].startswith("osm:") and r[16] == "ODbL 1.0" for r in _rows(osm["places"]))
    for part in meta["parts"]:
        if part is not osm:  # never merged into the GeoNames/OCHA files
            assert not any("osm:" in r[15] for r in _rows(part["places"])), part["places"]


def test_mali_file_merges_ocha_settlements_with_geonames():
    rows = _rows("places-ML.tsv.gz")
    merged = [r for r in rows if r[15].startswith("geonames:") and "ocha:" in r[15]]
    added = [r for r in rows if r[15].startswith("ocha:")]
    assert len(merged) > 5000 and len(added) > 5000
    assert all(int(r[0]) > 10_000_000_000 for r in added)


def _entry(script, ident, name, lat, lon, code="PPL"):
    return script.Entry([ident, name, name, f"{lat:.5f}", f"{lon:.5f}", code, "ML", "", "", "",
                         "0", "", "", "", "0", f"geonames:{ident}", "CC BY 4.0", ""],
                        [name, name], [])


@pytest.mark.parametrize(("name", "lat", "exact", "same"), [
    ("Dalla", 14.0, True, True),         # the same name 1 km off
    ("Dallah", 14.0, False, True),       # the same name key
    ("Dalla", 14.2, False, False),       # the same name 20 km off: another village
    ("Koro", 14.0, False, False),        # another name
])
def test_same_place_needs_the_same_name_key_within_a_few_km(name, lat, exact, same):
    script = _script()
    base = [_entry(script, "1", "Dalla", 14.01, -3.0)]
    twin, is_exact = script.same_place(_entry(script, "2", name, lat, -3.0),
                                       script._fine_grid(base))
    assert (twin is not None, is_exact) == (same, exact)
