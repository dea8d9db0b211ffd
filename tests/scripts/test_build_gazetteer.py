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


@pytest.mark.parametrize("name", ["places-ML.tsv.gz", "index-ML.tsv.gz", "filter-ML.gz"])
def test_sample_build_is_byte_identical_twice(sample, name):
    first, second = sample
    assert (first / name).read_bytes() == (second / name).read_bytes()


@pytest.mark.parametrize("name", ["places-ML.tsv.gz", "index-ML.tsv.gz", "filter-ML.gz"])
def test_sample_build_equals_shipped_part(sample, name):
    # compare content, not gzip bytes: another zlib build may compress differently
    built = gzip.decompress((sample[0] / name).read_bytes())
    assert built == gzip.decompress((SHIPPED / name).read_bytes())


def test_sample_build_writes_only_that_country(sample):
    assert sorted(p.name for p in sample[0].iterdir()) == ["filter-ML.gz", "index-ML.tsv.gz",
                                                           "places-ML.tsv.gz"]


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


def _settlement(pcode, name, lat, lon, commune="ML0903", cercle="ML09"):
    return {"pcode": pcode, "name": name, "name_ascii": name, "lat": str(lat), "lon": str(lon),
            "place_class": "Village", "adm1_pcode": "ML9", "adm1": "R", "adm2_pcode": cercle,
            "adm2_cercle": "C", "adm3_pcode": commune, "adm3_commune": "K"}


def _commune(lat, lon, n=6, **kw):
    return [_settlement(f"ML{kw.get('commune', 'ML0903')}{i:03d}", f"Village{i}",
                        lat + 0.02 * i, lon + 0.03 * i, **kw) for i in range(n)]


def test_a_settlement_with_a_flipped_longitude_is_put_back():
    script = _script()
    rows = _commune(15.4, 3.0) + [_settlement("ML0903999", "Flipped", 15.42, -3.03)]
    kept, report = script.check_ocha_points(rows)
    fixed = next(r for r in kept if r["pcode"] == "ML0903999")
    assert float(fixed["lon"]) == pytest.approx(3.03)
    assert report["corrected"] == ["ML0903999 Flipped (lon sign)"] and not report["dropped"]


def test_a_settlement_far_from_its_commune_and_cercle_is_dropped():
    script = _script()
    rows = _commune(14.0, -4.8) + [_settlement("ML0903999", "Astray", 18.9, -5.8)]
    kept, report = script.check_ocha_points(rows)
    assert "ML0903999" not in {r["pcode"] for r in kept}
    assert report["dropped"] == ["ML0903999 Astray"]


def test_a_desert_commune_keeps_its_far_settlements():
    script = _script()
    # settlements hundreds of km apart: the far one is listed but kept
    rows = [_settlement(f"ML0903{i:03d}", f"Camp{i}", 17.0 + 1.2 * i, -3.0 - 0.5 * i)
            for i in range(5)] + [_settlement("ML0903999", "Salt mine", 24.5, -5.0)]
    kept, report = script.check_ocha_points(rows)
    assert "ML0903999" in {r["pcode"] for r in kept} and not report["dropped"]


def test_settlements_near_their_commune_are_left_alone():
    script = _script()
    rows = _commune(13.5, -6.0, n=8)
    kept, report = script.check_ocha_points(rows)
    assert kept == rows and not any(report.values())


@pytest.mark.parametrize(("names", "bases"), [
    (["Ogassagou-Peulh"], ["Ogassagou"]),
    (["Ogassagou Dogon"], ["Ogassagou"]),
    (["Balaguina-Habe", "Balaguina Habe"], ["Balaguina"]),
    (["Sare Coura"], ["Sare"]),
    (["Nassoumbou 2"], ["Nassoumbou"]),
    (["Hadji Were"], []),  # a hamlet word, not a qualifier: the hamlet is another place
    (["Dio-Peulh"], []),  # a base of three letters is too short to stand alone
    (["Tin-Hamma"], []),
])
def test_a_name_ending_in_a_qualifier_is_also_indexed_by_its_base(names, bases):
    script = _script()
    qualifiers = script.read_qualifiers(REPO / "data" / "geo")
    assert script.base_names(names, qualifiers) == bases


def test_the_world_file_is_split_per_country():
    meta = json.loads((SHIPPED / "meta.json").read_text(encoding="utf-8"))
    lazy = [p for p in meta["parts"] if p.get("lazy")]
    assert len(lazy) > 10 and "places-world.tsv.gz" not in meta["files"]
    own = [p for p in lazy if p["places"] != "places-world-other.tsv.gz"]
    assert all(len(p["countries"]) == 1 and p["places"] == f"places-world-{p['countries'][0]}"
               ".tsv.gz" for p in own)
    countries = [c for p in lazy for c in p["countries"]]
    assert len(countries) == len(set(countries))  # each country in one late file


def test_meta_lists_the_checked_ocha_points():
    meta = json.loads((SHIPPED / "meta.json").read_text(encoding="utf-8"))
    checked = meta["ocha_points_checked"]
    assert any(c.startswith("ML070401001 Anderamboukane") for c in checked["corrected"])


@pytest.mark.parametrize(("names", "variants"), [
    (["Commune 5"], ["Commune V"]),
    (["Commune V"], ["Commune 5"]),
    (["Niamey II", "Niamey 2"], []),  # both ways already there
    (["Sebecoro 1"], ["Sebecoro I"]),
    (["Secteur 12"], ["Secteur XII"]),
    (["Secteur 30"], []),  # beyond the numbers written both ways
    (["Kouri"], []),
    (["V"], []),  # a lone numeral is no numbered name
])
def test_a_numbered_name_is_also_indexed_with_the_number_written_the_other_way(names,
                                                                               variants):
    assert _script().numeral_variants(names) == variants


def _ne_row(ident, name, code, a1, a2, lat=14.3, lon=3.3):
    row = [ident, name, name, "", str(lat), str(lon), "P" if code.startswith("PPL") else "A",
           code, "NE", "", a1, a2, "", "", "0", "", "", "", ""]
    return row


def test_niger_departments_filed_under_niamey_take_tillaberi_region():
    # GeoNames files the departments of Tillabéri region (Filingué, Kollo, Say, Téra,
    # Tillabéri, Ouallam) under Niamey (08); the curated table of the 2011 division moves
    # them and their places, including places without a department (their neighbours'
    # department decides), and leaves Niamey's own department where it is
    script = _script()
    curated = script.read_curated(REPO / "data" / "geo")
    codes = {"NE.08": ("Niamey", "Niamey"), "NE.09": ("Tillabéri", "Tillaberi")}
    rows = [_ne_row("2444994", "Département de Filingué", "ADM2", "08", "2444994"),
            _ne_row("1", "Village A", "PPL", "08", "2444994", 14.35, 3.31),
            _ne_row("2", "Village B", "PPL", "08", "2444994", 14.36, 3.32),
            _ne_row("3", "Village C", "PPL", "08", "", 14.37, 3.33),
            _ne_row("2440482", "Département de Niamey", "ADM2", "08", "2440482", 13.5, 2.1),
            _ne_row("4", "Quarter D", "PPL", "08", "2440482", 13.51, 2.11)]
    out = {e.row[1]: e.row for e in script.country_places("NE", rows, codes, curated)}
    assert [out["Village A"][i] for i in (7, 11, 12, 14)] == ["09", "Tillabéri", "Filingué", "0"]
    assert [out["Village C"][i] for i in (7, 11, 12, 14)] == ["09", "Tillabéri", "Filingué", "1"]
    assert out["Département de Filingué"][11] == "Tillabéri"
    assert [out["Quarter D"][i] for i in (7, 11, 12)] == ["08", "Niamey", "Niamey"]


def test_the_niger_table_lists_the_63_departments_of_2011_in_the_8_regions():
    rows = _script().read_csv(REPO / "data" / "geo" / "ne_departments.csv")
    departments = [r for r in rows if r["name_2011"]]
    assert len(departments) == 63 and all(r["source"] for r in rows)
    assert {r["region"] for r in rows} == {"Agadez", "Diffa", "Dosso", "Maradi", "Tahoua",
                                           "Tillabéri", "Zinder", "Niamey"}
    regions = {r["name_2011"]: r["region"] for r in departments}
    assert (regions["Filingué"], regions["Torodi"], regions["Bosso"]) == (
        "Tillabéri", "Tillabéri", "Diffa")


def test_a_commune_no_place_stands_for_gets_an_entry_at_its_settlements_mean_point():
    script = _script()
    curated = script.read_curated(REPO / "data" / "geo")
    rows = [dict(_settlement(f"ML0105{i:03d}", f"Quarter{i}", 12.6 + 0.01 * i, -8.0),
                 adm3_pcode="ML090105", adm3_commune="Commune V") for i in range(3)]
    rows += [dict(_settlement(f"ML0222{i:03d}", n, 14.4, -3.5 + 0.01 * i),
                  adm3_pcode="ML050222", adm3_commune="Wadouba Commune")
             for i, n in enumerate(["Kani", "Dourou"])]
    rows += [dict(_settlement("ML0607001", "Sio", 14.3, -4.1), adm3_pcode="ML050607",
                  adm3_commune="Sio")]
    rows += [dict(_settlement(f"ML0401{i:03d}", f"Camp{i}", 15.4 + 0.5 * i, 3.0 + 0.5 * i),
                  adm3_pcode="ML070401", adm3_commune="Anderamboukane") for i in range(3)]
    seat = _entry(script, "9", "Anderamboukane", 15.42, 3.03)
    seat.row[13] = "Anderamboukane"
    base = [_entry(script, "7", "Sio", 14.31, -4.1), seat]
    out = {e.row[1]: e for e in script.commune_entries(rows, base, curated)}
    # Sio is the village of that name; Anderamboukane the seat of its commune, far from
    # the commune's mean point
    assert set(out) == {"Sio", "Anderamboukane", "Commune V", "Wadouba"}
    assert out["Anderamboukane"].row[0] == "9"
    commune = out["Commune V"].row
    assert (commune[0], commune[5], commune[3], commune[13]) == (
        str(script.OCHA_ID_BASE + 90105), "ADM3", "12.61000", "Commune V")
    assert commune[15] == "ocha:ML090105" and commune[16] == "CC BY-IGO"
    # a Bamako commune GeoNames numbers in digits is that commune: no second entry
    numbered = [_entry(script, "8", "Commune 5", 12.6, -8.0, "ADM3")]
    assert "Commune V" not in {e.row[1] for e in script.commune_entries(rows, numbered, curated)}


@pytest.mark.parametrize(("feature_class", "code", "kept"), [
    ("L", "LCTY", True),    # a named locality of the desert ("Ehamaye")
    ("S", "CMP", True),     # a (nomad) camp
    ("H", "WTRH", True),    # a waterhole, as wells are
    ("T", "DPR", True),     # a depression or valley ("the valley of Tidimbawen")
    ("T", "DUNE", False),   # dunes and scarps stay out
    ("S", "RUIN", False),
])
def test_keep_reads_the_named_features_of_the_desert(feature_class, code, kept):
    row = ["1", "x", "x", "", "0", "0", feature_class, code] + [""] * 11
    assert _script().keep(row) is kept


def _placed(script, ident, name, lat, lon, region, unit, inferred):
    entry = _entry(script, ident, name, lat, lon)
    entry.row[6], entry.row[7], entry.row[11], entry.row[12] = "NE", region[:2], region, unit
    entry.row[14] = "1" if inferred else "0"
    return entry


@pytest.mark.parametrize(("lat", "lon", "region"), [
    (14.42, 1.52, "Tillabéri"),  # beside settlements of known units: theirs
    (14.90, 5.40, "Tahoua"),     # far from them: the region of its nearest places
    (13.60, 2.20, "Tillabéri"),  # known ones 25 km off still decide, nearer ones or not
])
def test_an_osm_point_far_from_places_of_known_units_takes_its_neighbours_region(
        lat, lon, region):
    # Niger's departments are known for Tillabéri's places alone: a point in Tahoua once
    # took Tillabéri (or nothing, beyond the vote's reach) from the only places it counted
    script = _script()
    known = [_placed(script, str(i), f"Known{i}", 14.4 + 0.02 * i, 1.5, "Tillabéri",
                     "Ouallam", False) for i in range(3)]
    known += [_placed(script, "9", "Known9", 13.45, 2.05, "Tillabéri", "Kollo", False)]
    loose = [_placed(script, str(10 + i), f"Loose{i}", 14.9 + 0.02 * i, 5.35, "Tahoua",
                     "", True) for i in range(3)]
    loose += [_placed(script, "20", "Loose20", 13.61, 2.21, "Dosso", "", True)]
    vote = script.osm_units((lat, lon), script._coarse_grid(known),
                            script._coarse_grid(known + loose))
    assert vote is not None and vote[2] == region


def test_no_niger_osm_place_is_left_without_a_region():
    rows = [r for r in _rows("places-osm.tsv.gz") if r[6] == "NE"]
    assert len(rows) > 3000
    assert sum(1 for r in rows if not r[11]) <= len(rows) // 100


@pytest.mark.parametrize(("code", "geonames", "name"), [
    ("BJ.08", ("Atakora", "Atakora"), ("Atacora", "Atakora")),  # the official spelling
    ("BJ.12", ("Kouffo", "Kouffo"), ("Couffo", "Kouffo")),
    ("BJ.07", ("Alibori", "Alibori"), ("Alibori", "Alibori")),  # the same: unchanged
    ("BJ.08", ("Atakora Nord", "Atakora Nord"), ("Atakora Nord", "Atakora Nord")),  # renamed
])
def test_a_division_takes_its_official_name_where_geonames_spells_it_otherwise(
        code, geonames, name):
    names = _script().official_admin1_names({code: geonames}, REPO / "data" / "geo")
    assert names[code] == name


def test_the_shipped_divisions_and_places_carry_the_official_names():
    admin1 = [ln.split("\t") for ln in (SHIPPED / "admin1.tsv").read_text("utf-8").splitlines()
              if ln and not ln.startswith("#")]
    benin = {r[1]: (r[5].split("|"), r[7]) for r in admin1 if r[0] == "BJ"}
    assert "atakora" in benin["Atacora"][0] and "Atakora" not in benin
    assert "admin1_names.csv" in benin["Atacora"][1]
    assert "admin1_names.csv" not in benin["Borgou"][1]
    assert {r[11] for r in _rows("places-BJ.tsv.gz")} >= {"Atacora", "Couffo"}
