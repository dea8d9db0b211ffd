"""The offline gazetteer: places, countries and current first-level divisions.

The artefact under `rasd/resources/gazetteer/` is built by `scripts/build_gazetteer.py` from
GeoNames (CC BY 4.0) country dumps, world cities and curated tables; see `meta.json` there.
Files: per West African country `places-<CC>.tsv.gz` (`PLACE_COLUMNS`) and
`index-<CC>.tsv.gz` (`INDEX_COLUMNS`: folded names, aliases and transliteration keys with their
rows), the same pair for `world`, `countries.tsv` (`COUNTRY_COLUMNS`) and `admin1.tsv`
(`ADMIN1_COLUMNS`). Everything is folded and keyed at build time, so loading only fills
dictionaries; `Place` objects are made on demand.
"""

from __future__ import annotations

import gzip
import heapq
import json
import math
import re
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources as _pkg
from typing import Literal, TypeVar

from rapidfuzz.distance import Levenshtein

from rasd.errors import ResourceError
from rasd.geo.name_filter import NameFilter, name_hash
from rasd.geo.translit import (
    CHEAPEST_EDIT,
    best_similarity,
    consonants,
    edit_floor,
    is_arabic,
    phonetic,
    phonetics,
    query_keys,
    similarity,
    skeleton_keys,
)
from rasd.normalize import fold

PLACE_COLUMNS = (
    "geonameid", "name", "asciiname", "latitude", "longitude", "feature_code", "country_code",
    "admin1_code", "admin2_code", "admin3_code", "population", "admin1", "admin2", "admin3",
    "admin_inferred", "sources", "licence", "phonetics",
)
# `sources`: "<source>:<id>" per data set the entry comes from (geonames, ocha, osm), `|`
# joined; `licence`: their licences, `; ` joined; `phonetics`: the `translit.phonetics`
# forms of every name and alias, `|` joined (computed at build time, read by look-ups).
# Entries from OCHA and OSM have ids above these bases (OCHA: the digits of the P-code).
OCHA_ID_BASE = 10_000_000_000
OSM_ID_BASE = 20_000_000_000
# index-<CC>.tsv.gz: "<kind>\t<folded name or key>\t<row>,<row>..." sorted; rows are line
# numbers in the matching places file, best prior first; kinds: a alias, e exact, k key,
# p phonetic form (each form of the `phonetics` field, "~" left off), r geonameid (its
# cell: the aliases naming its rows, `|` joined, in alias-line order). A key's line has a
# fourth cell, `longest`: the length of the longest phonetic form of its rows.
INDEX_COLUMNS = ("kind", "key", "rows", "longest")
COUNTRY_COLUMNS = ("iso", "alpha2", "alpha3", "name", "name_fr", "name_ar", "names")
ADMIN1_COLUMNS = ("country_code", "name", "capital", "latitude", "longitude", "names", "keys",
                  "source", "centroid_latitude", "centroid_longitude")
# admin2.tsv: every cercle/province/department the places name, with its centroid (the
# mean of its places' coordinates)
ADMIN2_COLUMNS = ("country_code", "admin1", "name", "latitude", "longitude", "names")
SEP = "|"  # joins several values inside one column

MatchKind = Literal["exact", "alias", "translit"]
_NAME_SCORE = {"exact": 1.0, "alias": 0.95}
_FEATURE_PRIOR = {"PPLC": 1.0, "PPLA": 0.9, "PCLI": 0.9, "PPLA2": 0.8, "ADM1": 0.75,
                  "PPLA3": 0.7, "PPLA4": 0.7, "ADM2": 0.65, "ADM3": 0.55}
# a transliteration that sounds exactly alike scores as an alternate name (0.95); each
# edit away from it costs (Arabic spellings rarely match GeoNames' letter for letter)
_TRANSLIT_BASE = 0.5
_TRANSLIT_POOL = 400  # translit candidates scored per key (shared among files)
_CELL = 0.5  # degrees per grid cell for `reverse`
# an alias that sounds like the query is a little weaker evidence than the name itself
# ("دوينتزا": the town Douentza, not the cercle whose alias is "Douentza")
_ALIAS_SIMILARITY = 0.97
# a region named by a key it shares must also sound alike: "Kati" (a town) shares a key
# with the Kita region, "Dioura" with Djôrô, and neither is that region
_ADMIN1_MIN_SIMILARITY = 0.9


@dataclass(frozen=True, slots=True)
class Place:
    """One gazetteer entry with its current administrative names."""

    geonameid: int
    name: str
    iso: int
    country: str
    country_code: str
    admin1: str
    admin2: str
    admin3: str
    latitude: float
    longitude: float
    feature_code: str
    population: int
    admin_inferred: bool = False  # admin2 (and so admin1) inferred from nearby places
    sources: str = ""  # "geonames:2460596|ocha:ML0403..." (see PLACE_COLUMNS)
    licence: str = ""  # "CC BY 4.0", "CC BY 4.0; CC BY-IGO", "ODbL 1.0"


@dataclass(frozen=True, slots=True)
class Candidate:
    """A place proposed for a name, with a ranking score in [0, 1] and how it matched."""

    place: Place
    score: float
    match: MatchKind


@dataclass(frozen=True, slots=True)
class Country:
    """A country: ISO 3166 numeric (`iso`, as ACLED uses), alpha codes and names."""

    iso: int
    alpha2: str
    alpha3: str
    name: str
    name_fr: str
    name_ar: str


@dataclass(frozen=True, slots=True)
class Admin1:
    """A current first-level division with its capital (coordinates may be NaN if unknown)."""

    name: str
    country_code: str
    capital: str
    latitude: float
    longitude: float
    centroid_latitude: float = math.nan  # the mean of its places (NaN if unknown)
    centroid_longitude: float = math.nan


@dataclass(frozen=True, slots=True)
class Admin2:
    """A second-level division (cercle, province, department) with its centroid."""

    name: str
    admin1: str
    country_code: str
    latitude: float
    longitude: float


def _feature_prior(code: str) -> float:
    if code in _FEATURE_PRIOR:
        return _FEATURE_PRIOR[code]
    return 0.5 if code.startswith("PPL") else 0.3


def place_prior(feature_code: str, population: int) -> float:
    """A name-independent preference in [0, 1]: admin seats and populated places first
    (natural features last), then larger places."""
    # a division's population is its people, not its seat's: "Bourem" is the town first
    pop = 0.0 if feature_code.startswith("ADM") else min(1.0, math.log10(population + 1) / 6)
    return 0.6 * _feature_prior(feature_code) + 0.4 * pop


# a lone n or m before a name, elided or spaced ("N'Daki", "N Daki", "M'Bonga"): the
# prenasal onset of Manding and Fula names, written joined as often ("NDaki", "Mbonga")
_PRENASAL = re.compile(r"(?<![^\W\d_])([nm])(?:'| )(?=[^\W\d_])")


@lru_cache(maxsize=65536)  # a look-up folds its name before its memo is read: names repeat
def fold_name(name: str) -> str:
    """A name folded for the index: `fold`, hyphens as spaces, spaces collapsed, a
    prenasal n/m joined to the name it opens (N'Daki, N Daki and NDaki share a key)."""
    folded = " ".join(fold(name).replace("-", " ").replace(SEP, " ").split())
    return _PRENASAL.sub(r"\1", folded) if ("'" in folded or " " in folded) else folded


def _read_bytes(name: str) -> bytes:
    path = _pkg.files("rasd.resources").joinpath("gazetteer", name)
    if not path.is_file():
        raise ResourceError("missing gazetteer file (run scripts/build_gazetteer.py)",
                            resource=f"resources/gazetteer/{name}")
    return path.read_bytes()


def _read_text(name: str) -> str:
    data = _read_bytes(name)
    return (gzip.decompress(data) if name.endswith(".gz") else data).decode("utf-8")


def _data_lines(text: str) -> list[str]:
    """Lines after the `#` comment header and the column header."""
    lines = text.split("\n")
    start = next(i for i, ln in enumerate(lines) if not ln.startswith("#")) + 1
    return lines[start:-1] if lines and lines[-1] == "" else lines[start:]




_Texts = tuple[str, str, NameFilter | None]


@dataclass(frozen=True, slots=True)
class LatePart:
    """A mixed places file read on first need: its countries and a reader of its texts."""

    countries: frozenset[str]
    texts: Callable[[], _Texts]  # () -> (places text, index text, its name filter or None)


class _SortedIndex:
    """One kind of an index file's lines (sorted, one line per key), searched by bisection:
    loading splits the text into lines and builds no table."""

    __slots__ = ("_found", "_hi", "_lines", "_lo", "_prefix")

    def __init__(self, lines: list[str], lo: int, hi: int, kind: str):
        self._lines, self._lo, self._hi, self._prefix = lines, lo, hi, kind + "\t"
        # keys asked before: a name is asked in several countries (a file of several
        # countries answers each), by `names_populated`, `reaches` and `lookup` at several
        # floors; a bisection of a long list costs cache misses at every step
        self._found: dict[str, str | None] = {}

    def size(self) -> int:
        """How many lines of its kind the index has."""
        return self._hi - self._lo

    def get(self, key: str) -> str | None:
        """The rows cell of `key`, or None."""
        found = self._found.get(key, _UNSEEN)
        if found is not _UNSEEN:
            return found  # type: ignore[return-value]
        probe = f"{self._prefix}{key}\t"
        i = bisect_left(self._lines, probe, self._lo, self._hi)
        found = self._lines[i][len(probe):] \
            if i < self._hi and self._lines[i].startswith(probe) else None
        return _remember(self._found, key, found)


@dataclass(frozen=True, slots=True)
class _Part:
    """One places file with its index; `country_code` is None for the mixed world file."""

    country_code: str | None
    offset: int
    exact: _SortedIndex
    alias: _SortedIndex
    keys: _SortedIndex
    forms: _SortedIndex
    named: _SortedIndex
    countries: frozenset[str] | None = None  # a mixed file's countries, when known
    late: bool = False  # read on first need (look-ups with late=False never search it)
    names: NameFilter | None = None  # the exact and alias keys it may hold (None: any)

    def serves(self, cc: str | None) -> bool:
        """Whether the file may hold places of country `cc` (any country when None)."""
        if cc is None or self.country_code == cc:
            return True
        return self.country_code is None and (self.countries is None or cc in self.countries)

    def may_name(self, hashed: int) -> bool:
        """Whether a name of hash `hashed` (`name_filter.name_hash`) may be an exact or
        alias key of the file (False: searching its index would find none)."""
        return self.names is None or self.names.may_hold(hashed)

    @classmethod
    def parse(cls, country_code: str | None, offset: int, index_text: str,
              countries: frozenset[str] | None = None, late: bool = False,
              names: NameFilter | None = None) -> _Part:
        lines = _data_lines(index_text)
        kinds: dict[str, _SortedIndex] = {}
        start = 0
        for kind in ("a", "e", "k", "p", "r"):
            end = bisect_left(lines, chr(ord(kind) + 1), lo=start)
            kinds[kind] = _SortedIndex(lines, start, end, kind)
            start = end
        return cls(country_code, offset, kinds["e"], kinds["a"], kinds["k"], kinds["p"],
                   kinds["r"], countries, late, names)

    def rows(self, index: _SortedIndex, key: str) -> list[int]:
        found = index.get(key)
        return [self.offset + int(r) for r in found.split(",")] if found else []


class Gazetteer:
    """Name lookup, country and admin1 resolution and reverse geocoding over the artefact."""

    def __init__(self, parts: Iterable[tuple[str | None, str, str] | tuple[
                     str | None, str, str, Iterable[str] | None] | tuple[
                     str | None, str, str, Iterable[str] | None, NameFilter | None]],
                 countries_text: str, admin1_text: str, admin2_text: str = "", *,
                 later: Iterable[LatePart] = (),
                 deferred: Iterable[tuple[str, Callable[[], _Texts]]] = (),
                 neighbours: Iterable[str] = ()):
        """`parts`: (country code or None, places text, index text[, the countries of a
        mixed file[, its name filter]]) per places file (a file with no filter is
        searched for every name);
        `later`: mixed files read on the first look-up that may need them (the world
        file: only look-ups outside the countries with files of their own);
        `deferred`: (country code, reader of its places and index texts and name filter)
        per country file read on the first look-up in that country (or in any country),
        and searched like the files read at once (a process that meets no name of Togo
        does not read it);
        `neighbours`: countries whose late files are read when every deferred file is."""
        self._rows: list[str] = []
        self._parts: list[_Part] = []
        self._serving: dict[tuple[str | None, bool], list[_Part]] = {}
        for cc, places_text, index_text, *extra in parts:
            self._add_part(cc, places_text, index_text, extra[1] if len(extra) > 1 else None,
                           countries=frozenset(extra[0]) if extra and extra[0] else None)
        self._later = list(later)
        self._late_asked: set[str | None] = set()
        self._deferred = dict(deferred)
        self._neighbours = frozenset(neighbours)
        self._grid: dict[tuple[int, int], list[int]] | None = None
        # caches of the cold path (a new process meets every name for the first time):
        # answers by their arguments, what ranking reads of a row, the key rows per file
        self._answers: dict[tuple, list[Candidate]] = {}
        self._alias_tables: dict[int, dict[int, tuple[str, ...]]] = {}
        self._row_facts: dict[int, _RowFacts] = {}
        self._pools: dict[tuple[int, str, str | None, int], _Pool] = {}
        self._admin1_found: dict[tuple[str, str | None], list[Admin1]] = {}
        self._named_rows: dict[tuple[str, str | None], tuple[tuple[int, MatchKind], ...]] = {}
        self._form_rows: dict[tuple[int, str], list[str]] = {}
        self._similarities: dict[tuple[str, str], tuple[float, float | None]] = {}
        self._reached: dict[tuple[str, str | None, float], bool] = {}
        self._admin1_pools: dict[str | None, tuple[list, dict, dict, dict]] = {}
        self._admin1_by_country: dict[str, list] | None = None
        self._admin1_phonetics: dict[str, str] = {}
        self._load_countries(countries_text)
        self._load_admin1(admin1_text)
        self._admin2: dict[tuple[str, str], list[Admin2]] = {}
        self._admin2_keys: dict[str, dict[str, list[str]]] = {}  # per country: key -> names
        for line in _data_lines(admin2_text) if admin2_text else ():
            cc, admin1, name, lat, lon, folded = line.split("\t")
            entry = Admin2(name, admin1, cc, float(lat), float(lon))
            self._admin2.setdefault((cc, folded), []).append(entry)

    def _add_part(self, cc: str | None, places_text: str, index_text: str,
                  names: NameFilter | None = None, *, countries: frozenset[str] | None = None,
                  late: bool = False) -> None:
        self._parts.append(_Part.parse(cc, len(self._rows), index_text, countries, late, names))
        self._serving.clear()
        self._rows.extend(_data_lines(places_text))

    def _parts_for(self, cc: str | None) -> list[_Part]:
        """The files that may hold places of `cc`, reading the late ones it needs."""
        self._read_deferred(cc)
        self._read_late(cc)
        return self._files_serving(cc, late=True)

    def _read_late(self, cc: str | None) -> None:
        """Read the late files that may hold places of `cc` (all when None): once per
        country (every look-up asks, and none is left to read after the first)."""
        if cc in self._late_asked or not self._later:
            return
        self._late_asked.add(cc)
        for late in [p for p in self._later if cc is None or cc in p.countries]:
            self._later.remove(late)
            self._grid = None
            self._add_part(None, *late.texts(), countries=late.countries, late=True)

    def _files_serving(self, cc: str | None, *, late: bool) -> list[_Part]:
        """The files read so far that may hold places of `cc` (the late ones too with
        `late`), kept per question until another file is read. Callers do not modify it."""
        memo = (cc, late)
        served = self._serving.get(memo)
        if served is None:
            served = self._serving[memo] = [p for p in self._parts
                                            if p.serves(cc) and (late or not p.late)]
        return served

    def _read_deferred(self, cc: str | None) -> None:
        """Read the deferred country file of `cc` (of every country when None, and then
        the late files of the neighbours: see `NEIGHBOURS`)."""
        every = cc is None and bool(self._deferred)
        for code in [cc] if cc is not None else list(self._deferred):
            texts = self._deferred.pop(code, None) if code is not None else None
            if texts is not None:
                self._grid = None
                self._add_part(code, *texts())
        for neighbour in sorted(self._neighbours) if every else ():
            self._read_late(neighbour)

    @classmethod
    def load(cls) -> Gazetteer:
        """The gazetteer shipped with the package (loaded once, then cached)."""
        return _shipped()

    # ---- loading -------------------------------------------------------------------------

    def _load_countries(self, text: str) -> None:
        self._countries: dict[str, Country] = {}
        self._country_answers: dict[tuple[type, str | int], Country | None] = {}
        self._glued: dict[str, Country] | None = None
        for line in _data_lines(text):
            iso, a2, a3, name, name_fr, name_ar, names = line.split("\t")
            country = Country(int(iso), a2, a3, name, name_fr, name_ar)
            for key in (iso, iso.zfill(3), a2.casefold(), a3.casefold(), *names.split(SEP)):
                self._countries.setdefault(key, country)

    def _load_admin1(self, text: str) -> None:
        self._admin1: list[tuple[Admin1, tuple[str, ...], tuple[str, ...]]] = []
        for line in _data_lines(text):
            cc, name, capital, lat, lon, names, keys, _source, *centre = line.split("\t")
            clat, clon = centre if centre else ("", "")
            entry = Admin1(name, cc, capital, float(lat or "nan"), float(lon or "nan"),
                           float(clat or "nan"), float(clon or "nan"))
            self._admin1.append((entry, tuple(names.split(SEP)), tuple(keys.split(SEP))))

    # ---- rows ----------------------------------------------------------------------------

    @lru_cache(maxsize=4096)  # noqa: B019 - one gazetteer per process; rows never change
    def _place(self, row: int) -> Place:
        f = self._rows[row].split("\t", 18)
        country = self.country(f[6])
        return Place(
            geonameid=int(f[0]), name=f[1], iso=country.iso if country else 0,
            country=country.name if country else f[6], country_code=f[6],
            admin1=f[11], admin2=f[12], admin3=f[13],
            latitude=float(f[3]), longitude=float(f[4]), feature_code=f[5],
            population=int(f[10] or 0), admin_inferred=f[14] == "1", sources=f[15],
            licence=f[16],
        )

    def __len__(self) -> int:
        self._read_deferred(None)
        return len(self._rows)

    # ---- countries and admin1 ------------------------------------------------------------

    def country(self, name_or_code: str | int) -> Country | None:
        """The country for an ISO numeric/alpha-2/alpha-3 code or an English, French or
        Arabic name (folded, so case, accents and Arabic letter variants do not matter)."""
        memo = (type(name_or_code), name_or_code)  # asked for every look-up: kept
        if memo in self._country_answers:
            return self._country_answers[memo]
        return _remember(self._country_answers, memo, self._find_country(name_or_code))

    def _find_country(self, name_or_code: str | int) -> Country | None:
        text = str(name_or_code).strip()
        folded = fold_name(text)
        return self._countries.get(text.casefold()) or self._countries.get(folded) \
            or (self._glued_countries().get(folded) if len(folded) >= _GLUED_MIN else None)

    def _glued_countries(self) -> dict[str, Country]:
        """Countries by their names of several words written as one ("بوركينافاسو",
        "BurkinaFaso"), made on first need."""
        if self._glued is None:
            self._glued = {key.replace(" ", ""): c for key, c in self._countries.items()
                           if " " in key and len(key) >= _GLUED_MIN}
        return self._glued

    def country_names(self) -> frozenset[str]:
        """Every folded name and code a country is known by."""
        return frozenset(self._countries)

    def _country_code(self, country: str | int | None) -> str | None:
        if country is None:
            return None
        found = self.country(country)
        if found is None:
            raise ResourceError(f"unknown country {country!r}", resource="gazetteer")
        return found.alpha2

    def _admin1_matches(self, name: str, cc: str | None) -> list[Admin1]:
        """Admin1 entries whose current or former names equal the folded name, current
        names first; failing that, those sharing a transliteration key, most similar first."""
        found = self._admin1_found.get((name, cc))
        if found is None:
            found = _remember(self._admin1_found, (name, cc), self._find_admin1(name, cc))
        return list(found)

    def _find_admin1(self, name: str, cc: str | None) -> list[Admin1]:
        query = fold_name(name)
        for prefix in ("region de ", "region du ", "region of ", "province du ", "منطقه ",
                       "ولايه ", "اقليم "):
            query = query.removeprefix(prefix)
        query = query.removesuffix(" region")
        pool, names, former, by_key = self._admin1_pool(cc)
        exact = [pool[i][0] for i in names.get(query, ())]
        exact += [pool[i][0] for i in former.get(query, ()) if pool[i][0] not in exact]
        if exact:
            return exact
        keys, qp = set(skeleton_keys(query)), phonetic(query)
        fuzzy = [(similarity(qp, self._admin1_phonetic(pool[i][0].name)), i, pool[i][0])
                 for i in sorted({i for key in keys for i in by_key.get(key, ())})]
        return [entry for sim, _, entry in sorted(fuzzy, key=lambda t: (-t[0], t[1]))
                if sim >= _ADMIN1_MIN_SIMILARITY]

    def _admin1_pool(self, cc: str | None) -> tuple[list, dict, dict, dict]:
        """The admin1 entries of `cc` (all when None) in table order, with the positions
        of each current name, each former name and each transliteration key (built once)."""
        if cc not in self._admin1_pools:
            if cc is None:
                pool = self._admin1
            else:
                if self._admin1_by_country is None:  # one pass over the table, not one per country
                    self._admin1_by_country = {}
                    for e in self._admin1:
                        self._admin1_by_country.setdefault(e[0].country_code, []).append(e)
                pool = self._admin1_by_country.get(cc, [])
            names: dict[str, list[int]] = {}
            former: dict[str, list[int]] = {}
            by_key: dict[str, list[int]] = {}
            for i, (_entry, entry_names, keys) in enumerate(pool):
                names.setdefault(entry_names[0], []).append(i)
                if len(entry_names) > 1:  # (most have no former name and one key)
                    for word in dict.fromkeys(entry_names[1:]):
                        former.setdefault(word, []).append(i)
                for word in keys if len(keys) == 1 else dict.fromkeys(keys):
                    by_key.setdefault(word, []).append(i)
            self._admin1_pools[cc] = (pool, names, former, by_key)
        return self._admin1_pools[cc]

    def _admin1_phonetic(self, name: str) -> str:
        found = self._admin1_phonetics.get(name)
        if found is None:
            found = self._admin1_phonetics[name] = phonetic(name)
        return found

    def admin1(self, name: str, *, country: str | int) -> Admin1 | None:
        """The current first-level division a name (current, former or Arabic) refers to.

        Former divisions that were split resolve to the successor holding the old capital.
        """
        found = self._admin1_matches(name, self._country_code(country))
        return found[0] if found else None

    def admin1_names(self, name: str, *, country: str | int | None) -> frozenset[str]:
        """The current divisions (names, folded) a region name may denote: itself, and for
        a former division the ones it was split into ("Mopti": Mopti, Bandiagara, Douentza);
        in any country when `country` is None."""
        return frozenset(fold(a.name) for a in self._admin1_matches(name, self._country_code(country)))

    def admin2(self, name: str, *, country: str | int, admin1: str | None = None
               ) -> Admin2 | None:
        """The second-level division (cercle, province) of that name, inside `admin1`
        (any name `admin1()` accepts) when given; None if unknown or ambiguous."""
        query = fold_name(name)
        for prefix in ("cercle de ", "cercle d'", "province du ", "province de la ",
                       "province de ", "departement de ", "دائره ", "مقاطعه ", "اقليم "):
            query = query.removeprefix(prefix)
        query = query.removesuffix(" cercle").removesuffix(" province")
        cc = self._country_code(country) or ""
        found = self._admin2.get((cc, query), []) or self._admin2_by_sound(cc, query)
        if admin1 is not None:
            regions = self.admin1_names(admin1, country=country)
            found = [a for a in found if fold(a.admin1) in regions]
        return found[0] if len(found) == 1 else None

    def _admin2_by_sound(self, cc: str, query: str) -> list[Admin2]:
        """The divisions of a country whose name sounds like an Arabic-script query ("ياغا"
        is the Yagha province), when one name does better than every other: none otherwise
        (a Latin name is matched as written: "Boni" is no "Poni")."""
        if not query or not is_arabic(query):
            return []
        by_key = self._admin2_keys.get(cc)
        if by_key is None:  # the country's divisions by skeleton key, made once
            by_key = self._admin2_keys[cc] = {}
            for code, name in self._admin2:
                if code == cc:
                    for key in skeleton_keys(name):
                        by_key.setdefault(key, []).append(name)
        forms = phonetics(query)
        sharing = {name for key in skeleton_keys(query) for name in by_key.get(key, ())}
        scored = sorted(((best_similarity(forms, phonetics(name), unwritten_vowels=True), name)
                         for name in sharing), reverse=True)
        if not scored or scored[0][0] < _ADMIN1_MIN_SIMILARITY or (
                len(scored) > 1 and scored[1][0] == scored[0][0]):
            return []
        return self._admin2[(cc, scored[0][1])]

    # ---- lookup --------------------------------------------------------------------------

    def lookup(self, name: str, *, country: str | int | None = None, admin1: str | None = None,
               limit: int = 10, floor: float = 0.0, late: bool = True) -> list[Candidate]:
        """Places a name may refer to, best first.

        Exact folded-name matches, then alternate names, then transliteration-key matches
        (Arabic script meets Latin). `country` (code or name) filters; `admin1` (any name
        `admin1()` accepts) strongly favours places in that division. Transliterations
        scoring below `floor` may be left out (a caller that only wants those above it
        saves their scoring). `late=False` leaves files read on first need unread (the
        world file beyond its capitals and cities of a million).
        """
        cc = self._country_code(country)
        query = fold_name(name)
        # late=False: the same answer whether or not an earlier look-up read the late files
        if not late:
            self._read_deferred(cc)
        parts = self._parts_for(cc) if late else self._files_serving(cc, late=False)
        regions = None if admin1 is None else self.admin1_names(admin1, country=cc)
        # the same question asked again (per focus country, per incident) gets the same
        # answer: the files read so far are part of the question
        memo = (query, cc, regions, limit, floor, late, len(parts))
        if (answer := self._answers.get(memo)) is not None:
            return list(answer)
        found: dict[int, tuple[MatchKind, float]] = {}
        hashed = name_hash(query)
        holding = [part for part in parts if part.may_name(hashed)]
        for kind in ("exact", "alias"):
            for part in holding:
                for row in part.rows(part.exact if kind == "exact" else part.alias, query):
                    if row not in found and self._in_country(row, part, cc):
                        found[row] = (kind, self._score(row, _NAME_SCORE[kind], regions))
        # names and alternate names first; spellings only when they leave room, or name
        # no populated place (تساليت is an alternate name of a wadi, and the town's spelling)
        if len(found) < limit or not any(self._populated(row) for row in found):
            self._add_translit(query, cc, parts, found, regions=regions, limit=limit,
                               floor=floor)
        # the best `limit` by (score, id), found order between equals, before any `Place`
        # is made of them
        ranked = heapq.nsmallest(limit, ((-round(score, 4), self._geonameid(row), i, row, kind)
                                         for i, (row, (kind, score)) in enumerate(found.items())))
        scored = [Candidate(self._place(row), -score, kind)
                  for score, _, _, row, kind in ranked]
        return list(_remember(self._answers, memo, scored))

    def names_populated(self, name: str, *, country: str | int | None) -> bool:
        """Whether `name` is the name or an alternate name of a populated place, division
        or country of `country`, from the files read without the late ones (what
        `lookup(..., late=False)` would rank first without scoring any spelling)."""
        return any(self._populated(row) for row, _kind in self._named(name, country))

    def named_features(self, name: str, *, country: str | int | None) -> frozenset[str]:
        """The feature codes of the entries of `country` (any when None) that `name` names,
        as a name or an alternate name, in the files read without the late ones: those
        `lookup(..., late=False)` may rank without a spelling guess (a caller that wants
        only a division of the name is answered without ranking when there is none)."""
        return frozenset(self._feature_code(row) for row, _kind in self._named(name, country))

    def names_any(self, name: str, *, country: str | int | None = None) -> bool:
        """Whether `name` is the name or an alternate name of any entry of `country` (of
        any country when None) in the files read without the late ones: when it is not,
        `lookup(..., late=False)` ranks spellings only."""
        return next(self._named(name, country), None) is not None

    def _named(self, name: str, country: str | int | None) -> Iterator[tuple[int, MatchKind]]:
        """The rows of `country` (any when None) that `name` names, as a name ("exact") or
        an alternate name ("alias"), in the files read without the late ones (kept per
        name and country: `names_populated` and `reaches` ask of the same words; the
        files read without the late ones for a country never change once its own is)."""
        cc = self._country_code(country)
        memo = (name, cc)
        found = self._named_rows.get(memo)
        if found is None:
            self._read_deferred(cc)
            query = fold_name(name)
            hashed = name_hash(query)  # (most words name nothing: their files' filters say so)
            holding = [p for p in self._files_serving(cc, late=False) if p.may_name(hashed)]
            found = _remember(self._named_rows, memo, tuple(
                (row, kind) for kind in ("exact", "alias") for part in holding
                for row in part.rows(part.exact if kind == "exact" else part.alias, query)
                if self._in_country(row, part, cc)))
        return iter(found)

    def reaches(self, name: str, *, country: str | int | None, floor: float) -> bool:
        """Whether `lookup(name, country=country, limit=1, floor=floor, late=False)` ranks
        first a name or alternate name, or a spelling scoring `floor` or more: the same
        answer, found without ranking. Past a key's first rows, where no prior is high
        enough for a spelling but the query's own (`_may_reach`), rows are found by their
        phonetic forms, not scored one by one, so a word that names no place costs a few
        index look-ups."""
        cc = self._country_code(country)
        memo = (name, cc, floor)  # asked again per list of countries the word is tried in
        known = self._reached.get(memo)
        if known is None:
            known = _remember(self._reached, memo, self._reaches(name, country, cc, floor))
        return known

    def _reaches(self, name: str, country: str | int | None, cc: str | None,
                 floor: float) -> bool:
        """`reaches`, found (`cc`: the country's alpha-2 code)."""
        self._read_deferred(cc)
        query = fold_name(name)
        parts = self._files_serving(cc, late=False)
        if not all(part.forms.size() or not part.keys.size() for part in parts):
            return self._ranks_named_first(name, country, floor)  # an index without forms
        named = list(self._named(name, country))
        if named:
            # a populated one stops the look-up before any spelling; else a spelling ranks
            # first only when it scores more than they do (no less than `floor` if they do)
            best = max(self._score(row, _NAME_SCORE[kind], None) for row, kind in named)
            if any(self._populated(row) for row, _ in named) or round(best, 4) >= floor:
                return True
            return self._ranks_named_first(name, country, floor)
        threshold = floor - _SCORE_EPSILON
        if (_TRANSLIT_BASE + 0.4) * _MAX_FACTOR < threshold:
            return False
        forms, arabic = phonetics(query), is_arabic(query)
        bounds = [(f, consonants(f)) for f in forms]
        share = max(50, _TRANSLIT_POOL // len(parts)) if parts else 0
        for key in query_keys(query):
            for part in parts:
                for row, facts in self._may_reach(part, key, cc, share, forms, [floor]):
                    sim = self._row_similarity(query, bounds, facts, forms, arabic, threshold)
                    score = -math.inf if sim is None else self._score_facts(
                        facts, _TRANSLIT_BASE + 0.4 * sim, None)
                    if score >= threshold and round(score, 4) >= floor:
                        return True
        return False

    def _ranks_named_first(self, name: str, country: str | int | None, floor: float) -> bool:
        """`reaches` by the look-up itself."""
        found = self.lookup(name, country=country, limit=1, floor=floor, late=False)
        return bool(found) and (found[0].match != "translit" or found[0].score >= floor)

    def _may_reach(self, part: _Part, key: str, cc: str | None, share: int,
                   forms: tuple[str, ...], best: list[float]) -> Iterator[tuple[int, _RowFacts]]:
        """The rows a look-up scores for `key` (its first `share` rows, of country `cc` in
        a file of several, countries left out: a country is named by its names, not a
        spelling guess), best prior first, with their facts, less those that cannot score
        the threshold against a query of phonetic `forms`: its first rows, while the prior
        factor (rows come best prior first, so it never rises) times the best score one
        cheapest edit leaves (over the key's longest form) reaches it, then only the rows
        with a form equal to one of `forms` (any other costs an edit at least), found by
        form: the rest are never read. The threshold is the smallest of `best` less
        `_SCORE_EPSILON`, read at every row (a look-up raises it as it finds rows)."""
        pool = self._pool(part, key, cc, share)
        if not pool.rows:
            return  # (most keys of a query have no line in most files)
        longer = max(pool.longest, *map(len, forms))
        one_edit = _TRANSLIT_BASE + 0.4 * max(0.0, 1.0 - CHEAPEST_EDIT / longer) \
            if longer else 1.0
        margin = _SCORE_EPSILON + _BOUND_MARGIN
        i, entries = 0, pool.entries
        while i < len(entries) or self._read_on(pool, part):
            row, facts, at = entries[i]
            if one_edit * facts.factor < best[0] - margin:
                break
            yield row, facts
            i += 1
        else:
            return
        positions = pool.positions()
        equal = {positions.get(cell, -1) for form in forms
                 for cell in self._form_cells(part, form)}
        for at in sorted(p for p in equal if p >= at):
            entry = self._pool_entry(pool, part, at)
            if entry is not None:
                yield entry[0], entry[1]

    def _form_cells(self, part: _Part, form: str) -> list[str]:
        """The rows (numbers as written) of `part` with phonetic form `form`: asked once per
        key of a query, found once."""
        memo = (part.offset, form)
        cells = self._form_rows.get(memo)
        if cells is None:
            cells = _remember(self._form_rows, memo, (part.forms.get(form) or "").split(","))
        return cells

    def _pool(self, part: _Part, key: str, cc: str | None, share: int) -> _Pool:
        """The pool of `key` a look-up scores in `part` (read on as needed, kept)."""
        memo = (part.offset, key, cc, share)
        pool = self._pools.get(memo)
        if pool is None:
            cells = part.keys.get(key)
            ids, _, longest = (cells or "").partition("\t")
            pool = _remember(self._pools, memo, _Pool(
                ids.split(",") if ids else [], int(longest or 0), share,
                cc if part.country_code is None else None))
        return pool

    def _read_on(self, pool: _Pool, part: _Part) -> bool:
        """Read the pool's next row that belongs in it; False once every one is read."""
        rows = pool.rows
        while not pool.done:
            if pool.kept >= pool.share or pool.read >= len(rows):
                pool.done = True
                break
            at, pool.read = pool.read, pool.read + 1
            row = part.offset + int(rows[at])
            facts = self._facts(row)
            if pool.country is None or facts.country_code == pool.country:
                pool.kept += 1
                if not facts.is_country:
                    pool.entries.append((row, facts, at))
                    return True
        return False

    def _pool_entry(self, pool: _Pool, part: _Part, at: int
                    ) -> tuple[int, _RowFacts, int] | None:
        """The pool's entry of the row at position `at` of its key, or None when that row
        is not in the pool."""
        if pool.country is None:  # the first `share` rows, countries left out
            row = part.offset + int(pool.rows[at])
            facts = self._facts(row)
            return None if at >= pool.share or facts.is_country else (row, facts, at)
        while (not pool.entries or pool.entries[-1][2] < at) and self._read_on(pool, part):
            pass
        entry = pool.entries[bisect_left(pool.entries, at, key=lambda e: e[2])] \
            if pool.entries and pool.entries[-1][2] >= at else None
        return entry if entry is not None and entry[2] == at else None

    def alternate_names(self, place: Place) -> tuple[str, ...]:
        """The alternate names the index holds for a place, folded as `fold_name` folds
        them (no case, no accents), in index order; () when it has none."""
        for part in self._files_serving(place.country_code, late=True):
            if part.named.size() or not part.alias.size():
                found = part.named.get(str(place.geonameid))
                names = tuple(found.split(SEP)) if found else ()
            else:  # an index without alternate-name lines
                names = self._aliases_of(part).get(place.geonameid, ())
            if names:
                return names
        return ()

    def _aliases_of(self, part: _Part) -> dict[int, tuple[str, ...]]:
        """geonameid -> the alias keys of `part` that name it (built on first need)."""
        table = self._alias_tables.get(part.offset)
        if table is None:
            found: dict[int, list[str]] = {}
            index = part.alias
            for line in index._lines[index._lo:index._hi]:
                _, key, rows = line.split("\t")
                for row in rows.split(","):
                    found.setdefault(self._geonameid(part.offset + int(row)), []).append(key)
            table = self._alias_tables[part.offset] = {k: tuple(v) for k, v in found.items()}
        return table

    def _geonameid(self, row: int) -> int:
        return int(self._rows[row].partition("\t")[0])

    def _score(self, row: int, name_score: float, regions: frozenset[str] | None) -> float:
        """A candidate's ranking score: how well the name matched, then its prior, and much
        less outside the region the caller names."""
        return self._score_facts(self._facts(row), name_score, regions)

    @staticmethod
    def _score_facts(facts: _RowFacts, name_score: float,
                     regions: frozenset[str] | None) -> float:
        score = name_score * facts.factor
        return score * 0.7 if regions is not None and fold(facts.admin1) not in regions \
            else score

    def _facts(self, row: int) -> _RowFacts:
        """What ranking reads of a row, parsed once."""
        facts = self._row_facts.get(row)
        if facts is None:
            line = self._rows[row]
            f = line.split("\t", 12)  # (its last cell, the phonetic forms, read apart)
            facts = self._row_facts[row] = _RowFacts(
                _prior_factor(f[5], f[10]), f[6], f[11], line[line.rindex("\t") + 1:],
                f[5].startswith("PCL"))
        return facts

    def _populated(self, row: int) -> bool:
        return self._feature_code(row).startswith(("PPL", "ADM", "PCL"))

    def _feature_code(self, row: int) -> str:
        return self._rows[row].split("\t", 6)[5]

    def _in_country(self, row: int, part: _Part, cc: str | None) -> bool:
        if cc is None or part.country_code is not None:
            return True
        return self._facts(row).country_code == cc

    def _add_translit(self, query: str, cc: str | None, parts: list[_Part],
                      found: dict[int, tuple[MatchKind, float]], *,
                      regions: frozenset[str] | None, limit: int, floor: float) -> None:
        """Score the rows sharing a skeleton key with the query. A row that cannot make the
        best `limit` nor reach `floor` is left out, and so are the spellings of a row whose
        similarity bound (`translit.similarity_bound`) says they cannot lift it there: the
        best `limit` are those of scoring every row."""
        best = heapq.nlargest(limit, [score for _, score in found.values()] + [floor] * limit)
        heapq.heapify(best)
        ceiling = _TRANSLIT_BASE + 0.4  # the best name score a spelling can reach
        threshold = best[0] - _SCORE_EPSILON if len(best) >= limit else -math.inf
        if ceiling * _MAX_FACTOR < threshold:
            return  # a high floor (a division test asks at 1.0): no spelling can reach it
        forms, arabic = phonetics(query), is_arabic(query)
        bounds = [(f, consonants(f)) for f in forms]
        share = max(50, _TRANSLIT_POOL // len(parts)) if parts else 0  # bound work per query
        left_out: set[int] = set()  # rows below the threshold (it only rises)
        for key in query_keys(query):
            for part in parts:
                if ceiling * _MAX_FACTOR < threshold:
                    return  # not even a perfect spelling of the likeliest place reaches it
                # the pool is read as far as the loop goes (reaches shares it); past the
                # rows one edit may lift to the threshold, only rows of an equal form
                for row, facts in self._may_reach(part, key, cc, share, forms, best):
                    # a row whose prior keeps even a perfect spelling below the best
                    # `limit` stops the pool before any distance is computed: rows come
                    # best prior first, so no later one does better
                    if ceiling * facts.factor < threshold:
                        break
                    if row in found or row in left_out:
                        continue
                    sim = self._row_similarity(query, bounds, facts, forms, arabic, threshold)
                    score = -math.inf if sim is None else self._score_facts(
                        facts, _TRANSLIT_BASE + 0.4 * sim, regions)
                    if score < threshold:
                        left_out.add(row)  # cannot make the best `limit`, nor reach `floor`
                        continue
                    found[row] = ("translit", score)
                    if len(best) < limit:
                        heapq.heappush(best, score)
                    elif score > best[0]:
                        heapq.heapreplace(best, score)
                    threshold = best[0] - _SCORE_EPSILON if len(best) >= limit else -math.inf

    def _row_similarity(self, query: str, bounds: list[tuple[str, str]],
                        facts: _RowFacts, forms: tuple[str, ...], arabic: bool,
                        threshold: float) -> float | None:
        """`_reaching_similarity` of the row for the (folded) query, kept per query and
        phonetic field (the similarity depends on nothing else; rows of one name in several
        data sets share it) with the highest bound of the pairs it left out: it serves any
        row and threshold where that bound times the row's factor stays below the threshold
        (look-ups of one name ask at several floors): there it scored a superset of the
        pairs that may reach the threshold, so it is exact where the row reaches it and
        keeps the row below it where it does not."""
        memo = (query, facts.phonetics)
        known = self._similarities.get(memo)
        if known is not None and (known[0] == -math.inf or known[0] * facts.factor < threshold):
            return known[1]  # (-inf: every pair scored, exact at any threshold)
        sim, left = _reaching_similarity_left(bounds, facts, forms, arabic, threshold)
        _remember(self._similarities, memo, (left, sim))
        return sim

    # ---- reverse geocoding ---------------------------------------------------------------

    def _build_grid(self) -> dict[tuple[int, int], list[int]]:
        grid: dict[tuple[int, int], list[int]] = {}
        for row, line in enumerate(self._rows):
            f = line.split("\t", 6)
            if f[5].startswith(("PPL", "ADM", "PCL")):
                cell = (math.floor(float(f[3]) / _CELL), math.floor(float(f[4]) / _CELL))
                grid.setdefault(cell, []).append(row)
        return grid

    def reverse(self, lat: float, lon: float, *, max_km: float = 50) -> Place | None:
        """The nearest populated place or admin unit within `max_km`, or None."""
        if self._grid is None:
            self._parts_for(None)  # every file
            self._grid = self._build_grid()
        reach = int(max_km / (111.0 * _CELL) / max(math.cos(math.radians(lat)), 0.2)) + 1
        ci, cj = math.floor(lat / _CELL), math.floor(lon / _CELL)
        best: tuple[float, int] | None = None
        for i in range(ci - reach, ci + reach + 1):
            for j in range(cj - reach, cj + reach + 1):
                for row in self._grid.get((i, j), ()):
                    f = self._rows[row].split("\t", 5)
                    d = haversine_km(lat, lon, float(f[3]), float(f[4]))
                    if d <= max_km and (best is None or (d, row) < best):
                        best = (d, row)
        return self._place(best[1]) if best else None


_UNSEEN = object()  # a key not asked yet (None: asked, and absent)
_GLUED_MIN = 8  # characters: shorter glued names would meet place names by chance
_SCORE_EPSILON = 1e-4  # scores are rounded to 4 places: skip only what is clearly below
_MEMO_SIZE = 65536  # entries per look-up cache before it starts again
_V = TypeVar("_V")


def _remember(memo: dict, key: object, value: _V) -> _V:
    """Keep `value` under `key` in a look-up cache, emptied first when it is full (the
    bound on its memory), and return it."""
    if len(memo) >= _MEMO_SIZE:
        memo.clear()
    memo[key] = value
    return value


_MAX_FACTOR = 1.0  # the highest `_prior_factor` (a place prior is at most 1)


@lru_cache(maxsize=4096)  # feature codes and populations repeat across rows
def _prior_factor(feature_code: str, population: str) -> float:
    """A row's ranking factor from its feature code and population cell."""
    return 0.85 + 0.15 * place_prior(feature_code, int(population or 0))


@dataclass(slots=True, eq=False)
class _Pool:
    """The rows a look-up scores under one key of a file, read as far as needed: the key's
    rows (numbers as written, best prior first) and longest phonetic form, how many it
    takes (`share`, of `country` in a file of several), the (row, facts, position) of the
    rows read that belong in it, how far it has read and whether it is complete."""

    rows: list[str]
    longest: int
    share: int
    country: str | None
    entries: list[tuple[int, _RowFacts, int]] = field(default_factory=list)
    read: int = 0
    kept: int = 0
    done: bool = False
    _positions: dict[str, int] | None = None

    def positions(self) -> dict[str, int]:
        """Row number as written -> its position among the key's rows (made once)."""
        if self._positions is None:
            self._positions = {cell: at for at, cell in enumerate(self.rows)}
        return self._positions


# not frozen: a new process makes one per row it ranks (tens of thousands on a first pass),
# and a frozen dataclass sets each field through object.__setattr__; private, never changed
@dataclass(slots=True, eq=False)
class _RowFacts:
    """What the ranking reads of one places row: its prior factor, country, admin1,
    phonetic field, that field's forms as `_reaching_similarity` reads them, and whether it
    is a country."""

    factor: float
    country_code: str
    admin1: str
    phonetics: str
    is_country: bool  # a country's row (feature code PCL*)
    _bounds: tuple[tuple[str, str, float, bool, bool], ...] | None = field(
        default=None, compare=False, repr=False)

    @property
    def bound_forms(self) -> tuple[tuple[str, str, float, bool, bool], ...]:
        """`_bound_forms` of the phonetic field: made on the first `_reaching_similarity`
        (most rows of a pool are skipped before any bound is needed)."""
        bounds = self._bounds
        if bounds is None:
            bounds = self._bounds = _bound_forms(self.phonetics)
        return bounds


@lru_cache(maxsize=65536)  # rows of one name in several data sets share their field
def _bound_forms(field: str) -> tuple[tuple[str, str, float, bool, bool], ...]:
    """The forms of a row's phonetic field (names, then aliases after ";") with their
    consonants, the cheapest edit against a Latin query (a quarter for a form read from
    Arabic script, "~", else a half), whether each is an alias and whether it has the "~"."""
    names, _, aliases = field.partition(";")
    out = []
    for alias, part in ((False, names), (True, aliases)):
        for form in part.split(SEP) if part else ():
            from_arabic = form.startswith("~")
            form = form.lstrip("~")
            if form:
                out.append((form, consonants(form), 0.25 if from_arabic else 0.5, alias,
                            from_arabic))
    return tuple(out)


def _reaching_similarity(bounds: list[tuple[str, str]], facts: _RowFacts,
                         forms: tuple[str, ...], arabic: bool, threshold: float) -> float | None:
    """`_similarity_of` the row, when its score before the region factor (`facts.factor`
    times the name score) may reach `threshold`; None, or a similarity that keeps it below
    `threshold`, when it cannot. Only the pairs of a query form (`bounds`: with its
    consonants) and a row form whose `translit.similarity_bound` may reach `threshold` are
    scored: a pair that cannot is not the best of a row that does. The consonants'
    distance (a bound by itself) is tried first."""
    return _reaching_similarity_left(bounds, facts, forms, arabic, threshold)[0]


def _reaching_similarity_left(bounds: list[tuple[str, str]], facts: _RowFacts,
                              forms: tuple[str, ...], arabic: bool, threshold: float
                              ) -> tuple[float | None, float]:
    """`_reaching_similarity`, and the highest bound (a name score, before the prior factor)
    of the pairs it left out, -inf when it scored every pair: the same answer comes for
    any row of that phonetic field whose factor times that bound is below the threshold
    (the pairs scored there are among those scored here)."""
    factor = facts.factor
    row_forms = facts.bound_forms
    if not row_forms:  # (the bound of a row with no form is 0)
        if _TRANSLIT_BASE * factor >= threshold:
            return _similarity_of(facts.phonetics, forms, arabic), -math.inf
        return None, _TRANSLIT_BASE
    distance_of = Levenshtein.distance
    names = aliases = -1.0
    left = -math.inf
    for form, form_consonants, cheapest, alias, from_arabic in row_forms:
        cheapest = 0.25 if arabic else cheapest
        longer_form = len(form)
        for query, query_consonants in bounds:
            longer = max(len(query), longer_form)
            # (rows under the query's key often have its very consonants: no call then)
            consonant_distance = 0 if query_consonants == form_consonants \
                else distance_of(query_consonants, form_consonants)
            bound = _TRANSLIT_BASE + 0.4 * max(0.0, 1.0 - consonant_distance / longer)
            if bound * factor < threshold:
                if bound > left:
                    left = bound
                continue  # the consonants' distance alone bounds it: most pairs stop here
            bound = _bound_score(query, form, consonant_distance, cheapest, longer)
            if bound * factor < threshold:
                if bound > left:
                    left = bound
                continue
            if not alias:
                names = max(names, similarity(query, form, unwritten_vowels=arabic))
            elif from_arabic and not arabic:
                aliases = max(aliases, similarity(form, query, unwritten_vowels=True))
            else:
                aliases = max(aliases, similarity(query, form, unwritten_vowels=arabic))
    if names < 0.0 and aliases < 0.0:
        return None, left
    return max(names, _ALIAS_SIMILARITY * aliases, 0.0), left


# a bound's own rounding must never pass over a row that reaches the threshold
_BOUND_MARGIN = 1e-9


def _bound_score(query: str, form: str, consonant_distance: int, cheapest: float,
                 longer: int) -> float:
    """The name score at `translit.similarity_bound` of a pair whose consonants are
    `consonant_distance` apart."""
    distance = edit_floor(Levenshtein.distance(query, form) if query != form else 0,
                          consonant_distance, cheapest)
    return _TRANSLIT_BASE + 0.4 * max(0.0, 1.0 - distance / longer)


def _similarity_of(field: str, forms: tuple[str, ...], arabic: bool) -> float:
    """How closely a row's names (or, a little less, its aliases) sound like the query
    `forms`, every name read in every way (`translit.phonetics`, done at build time)."""
    names, _, aliases = field.partition(";")
    sim = best_similarity(forms, tuple(names.split(SEP)), unwritten_vowels=arabic)
    if aliases and sim < 1.0:
        sim = max(sim, _ALIAS_SIMILARITY * _alias_similarity(forms, arabic, aliases))
    return sim


def _alias_similarity(forms: tuple[str, ...], arabic: bool, aliases: str) -> float:
    """The best similarity of the query forms to alias forms ("~": read from Arabic
    script, whose unwritten short vowels cost a Latin query little: Ténenkou ~ تننكو)."""
    best = 0.0
    for alias in aliases.split(SEP):
        if alias.startswith("~") and not arabic:
            best = max(best, max(similarity(alias[1:], f, unwritten_vowels=True) for f in forms))
        else:
            best = max(best, best_similarity(forms, (alias.lstrip("~"),),
                                             unwritten_vowels=arabic))
    return best


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = (math.sin((p2 - p1) / 2) ** 2
         + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2)
    return 12742.0 * math.asin(math.sqrt(a))


# Algeria, Nigeria and Chad border the countries with files of their own, and reports of
# the Sahel name their places often: every language's first pass over the real news read
# their late files (world-DZ, world-NG, world-other; 17 ms, 4% of a first pass), so they
# are read with the West African files, at the first look-up that needs those all.
NEIGHBOURS = frozenset({"DZ", "NG", "TD"})


def _read_part(part: dict) -> _Texts:
    """A part's places and index texts and its name filter (None when meta.json names none)."""
    names = part.get("filter")
    return (_read_text(part["places"]), _read_text(part["index"]),
            None if names is None else NameFilter.from_file_bytes(_read_bytes(names)))


@lru_cache(maxsize=1)
def _shipped() -> Gazetteer:
    meta = json.loads(_read_text("meta.json"))
    now = [p for p in meta["parts"] if not p.get("lazy") and not p.get("country_code")]
    # one part's texts at a time: they are parsed and dropped before the next is read
    parts = ((part["country_code"], places, index, part.get("countries"), names)
             for part in now for places, index, names in [_read_part(part)])
    deferred = [(p["country_code"], lambda p=p: _read_part(p))
                for p in meta["parts"] if not p.get("lazy") and p.get("country_code")]
    later = [LatePart(frozenset(p["countries"]), lambda p=p: _read_part(p))
             for p in meta["parts"] if p.get("lazy")]
    admin2 = _read_text("admin2.tsv") if "admin2.tsv" in meta["files"] else ""
    return Gazetteer(parts, _read_text("countries.tsv"), _read_text("admin1.tsv"), admin2,
                     later=later, deferred=deferred, neighbours=NEIGHBOURS)
