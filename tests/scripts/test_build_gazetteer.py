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
