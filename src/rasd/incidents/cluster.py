"""Group reports of one incident across sources and languages.

A report row is an `EventRecord.model_dump(mode="json")` dict plus `report_id`, `doc_lang`,
`doc_published`, `doc_source` and `doc_url`. `cluster_reports` blocks candidates by country,
a date window and area (grid cell with its neighbours, admin1 for vague places, the place
name's transliteration key), scores each candidate pair, links pairs over a threshold in
descending score order and merges two groups only when they are compatible as wholes
(average-link with hard conflicts), so one borderline pair cannot chain two incidents.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

from rasd.errors import InputError
from rasd.geo.translit import skeleton_keys
from rasd.normalize import fold
from rasd.taxonomy import taxonomy

CONFLICT = -100.0  # a pair that can never be one incident
_STRATEGIC = "Strategic developments"
_UNIDENTIFIED = "unidentified"
_VAGUE_PRECISION = 3  # geo_precision 3: region only, its point is the region's capital


@dataclass(frozen=True, slots=True)
class ClusterParams:
    """Blocking, scoring and linking settings; the defaults suit Sahel news reports."""

    window_days: int = 2  # event dates further apart never match
    cell_deg: float = 0.5  # grid cell for area blocking (~55 km); neighbours are searched too
    near_km: float = 10.0  # places this close are the same place
    max_km: float = 50.0  # place evidence falls from +2 at near_km to -2 here
    far_km: float = 150.0  # precise places further apart are a conflict unless names match
    threshold: float = 2.0  # a pair (and two groups, on average) link at or above this score
    merge_sample: int = 12  # members per side compared when two groups merge
    # a report is compared with at most this many others of its blocks (the latest first):
    # a dense area-and-days block (one town in the news every day) must not cost n²
    max_candidates: int = 48
    placeless_pool: int = 200  # a report without a place is attached only among this many
    placeless_margin: float = 1.0  # ... and only to a group that beats the next by this much


@dataclass(frozen=True, slots=True)
class _Report:
    """The features of one report that scoring needs, computed once."""

    report_id: int
    doc_id: str | None
    event_id: str | None
    day: int | None
    iso: int | None
    lat: float | None
    lon: float | None
    precision: int | None
    admin1: str
    names: frozenset[str]
    sub: str | None
    event_type: str | None
    disorders: frozenset[str]
    actors: frozenset[str]
    killed: int | None

    @property
    def placeless(self) -> bool:
        """True when nothing says where: no point, no region, no place name."""
        return self.lat is None and not self.admin1 and not self.names

    @property
    def vague(self) -> bool:
        """True when the place is only a region (or unknown): match it by admin1."""
        return self.lat is None or (self.precision or 0) >= _VAGUE_PRECISION


def report_day(row: dict) -> int | None:
    """The report's event date as a day ordinal: `event_date`, else `doc_published`."""
    value = row.get("event_date") or row.get("doc_published")
    if value is None:
        return None
    if isinstance(value, dt.date):
        return value.toordinal()
    try:
        return dt.date.fromisoformat(str(value)[:10]).toordinal()
    except ValueError:
        raise InputError(f"report {row.get('report_id')}: bad date {value!r}") from None


@lru_cache(maxsize=65536)
def _name_keys(name: str) -> frozenset[str]:
    """Keys a place name is known by: folded form and transliteration skeletons (≥ 2
    consonants, shorter skeletons match too many places)."""
    folded = fold(name).strip()
    return frozenset([f"n:{folded}", *(f"k:{k}" for k in skeleton_keys(name) if len(k) >= 2)])


@lru_cache(maxsize=64)
def _disorders(sub: str | None) -> frozenset[str]:
    if sub is None or sub not in taxonomy().sub_event_types:
        return frozenset()
    return frozenset(p.strip() for p in taxonomy().sub_event(sub).disorder.split(";"))


def _features(row: dict) -> _Report:
    if "report_id" not in row:
        raise InputError("a report row has no report_id")
    names = frozenset().union(*(_name_keys(row[k]) for k in ("location", "location_text")
                                if row.get(k)))
    lat, lon = row.get("latitude"), row.get("longitude")
    has_point = lat is not None and lon is not None
    if row.get("country") and row.get("location") and fold(row["country"]) in fold(row["location"]):
        names, has_point = frozenset(), False  # "in Mali" is no place for telling incidents apart
    actors = frozenset(a for a in (row.get("actor1"), row.get("actor2")) if a)
    killed = row.get("fatalities_best")
    return _Report(
        report_id=int(row["report_id"]), doc_id=row.get("doc_id"), event_id=row.get("event_id"),
        day=report_day(row),
        iso=row.get("iso"), lat=float(lat) if has_point else None,
        lon=float(lon) if has_point else None, precision=row.get("geo_precision"),
        admin1=fold(row.get("admin1") or ""), names=names, sub=row.get("sub_event_type"),
        event_type=row.get("event_type"), disorders=_disorders(row.get("sub_event_type")),
        actors=actors, killed=row.get("fatalities") if killed is None else killed)


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    h = (math.sin((p2 - p1) / 2) ** 2
         + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2)
    return 12742.0 * math.asin(math.sqrt(min(1.0, h)))


# ---- pair scores: evidence points for (+) or against (-) one incident, or CONFLICT --------
# The points are log-odds-like weights set by hand: a shared place and day say most; a
# different named perpetrator, a two-day gap or figures far apart say much against; actors
# and types agree across unrelated incidents too (JNIM attacks the army every week).

def _place_score(a: _Report, b: _Report, p: ClusterParams) -> float | None:
    """Points for the places, None when one report says nowhere (no evidence either way)."""
    if a.placeless or b.placeless:
        return None
    named = 1.5 if a.names & b.names else None
    if a.lat is not None and b.lat is not None and not (a.vague or b.vague):
        km = haversine_km(a.lat, a.lon, b.lat, b.lon)  # type: ignore[arg-type]
        if km > p.far_km and named is None:
            return CONFLICT
        near = 2.0 - 4.0 * max(0.0, min(1.0, (km - p.near_km) / (p.max_km - p.near_km)))
        return max(near, named or -2.0)
    if named is not None:
        return named
    return 0.5 if a.admin1 and a.admin1 == b.admin1 else -2.0


_DATE_POINTS = (1.0, 0.0, -1.5)  # gap 0, 1, 2 days; further: -1.5 each


def _date_score(a: _Report, b: _Report, p: ClusterParams) -> float:
    if a.day is None or b.day is None:
        return 0.0
    gap = abs(a.day - b.day)
    if gap > p.window_days:
        return CONFLICT
    return _DATE_POINTS[min(gap, len(_DATE_POINTS) - 1)]


def _type_score(a: _Report, b: _Report) -> float:
    if a.sub is None or b.sub is None:
        return 0.0
    if a.sub == b.sub:
        return 1.0
    if a.event_type == b.event_type:
        return 0.5
    if _STRATEGIC in a.disorders or _STRATEGIC in b.disorders:
        return -1.0  # "weapons seized" may be one source's view of another's clash
    # Demonstrations and political violence are different incidents ("Excessive force
    # against protesters" belongs to both)
    return -1.0 if a.disorders & b.disorders else CONFLICT


def _actor_score(a: _Report, b: _Report) -> float:
    if not a.actors or not b.actors:
        return 0.0
    if a.actors & b.actors:
        return 0.5 * len(a.actors & b.actors) / min(len(a.actors), len(b.actors))
    vague = any(_UNIDENTIFIED in x.casefold() for x in a.actors | b.actors)
    return -0.25 if vague else -1.5


def _figure_score(a: _Report, b: _Report) -> float:
    if a.killed is None or b.killed is None:
        return 0.0
    ratio = (min(a.killed, b.killed) + 1) / (max(a.killed, b.killed) + 1)
    if ratio >= 0.5:  # ±20 % between outlets, a party's claim up to twice as high
        return 0.5
    return -2.0 if ratio < 0.25 else -2.0 + 10.0 * (ratio - 0.25)


def pair_score(a: _Report, b: _Report, p: ClusterParams) -> float:
    """Evidence that two reports describe one incident (link at `p.threshold`); CONFLICT when
    they cannot (one article, two countries, dates or types incompatible, far apart)."""
    if a.doc_id is not None and a.doc_id == b.doc_id and a.event_id != b.event_id:
        return CONFLICT  # one article's main events are distinct incidents
    if a.iso is not None and b.iso is not None and a.iso != b.iso:
        return CONFLICT
    place = _place_score(a, b, p)
    parts = (place or 0.0, _date_score(a, b, p), _type_score(a, b))
    if CONFLICT in parts:
        return CONFLICT
    return sum(parts) + _actor_score(a, b) + _figure_score(a, b)


# ---- blocking ------------------------------------------------------------------------------

def _cell(r: _Report, p: ClusterParams) -> tuple[int, int]:
    return (math.floor(r.lat / p.cell_deg), math.floor(r.lon / p.cell_deg))  # type: ignore[operator]


def _own_keys(r: _Report, p: ClusterParams) -> list[tuple]:
    """The blocks a report is filed under."""
    keys: list[tuple] = [("n", r.iso, n) for n in r.names]
    if r.admin1:
        keys.append(("a", r.iso, r.admin1))
        if r.vague:
            keys.append(("v", r.iso, r.admin1))
    if r.lat is not None and not r.vague:
        keys.append(("g", r.iso, *_cell(r, p)))
    return keys


def _query_keys(r: _Report, p: ClusterParams) -> list[tuple]:
    """The blocks a report looks in: its names, its cell and the neighbours, and by admin1
    every report of the region when its place is vague, else the region's vague reports."""
    keys: list[tuple] = [("n", r.iso, n) for n in r.names]
    if r.admin1:
        keys.append(("a" if r.vague else "v", r.iso, r.admin1))
    if r.lat is not None and not r.vague:
        cy, cx = _cell(r, p)
        keys.extend(("g", r.iso, cy + dy, cx + dx) for dy in (-1, 0, 1) for dx in (-1, 0, 1))
    return keys


def candidate_pairs(reports: Sequence[_Report], p: ClusterParams) -> Iterator[tuple[int, int]]:
    """Index pairs (i, j), i < j, that share a block within the date window.

    Reports are visited in date order; each looks back only `window_days` days, so the work
    is the number of reports times the size of one area-and-days block.
    """
    order = sorted(range(len(reports)), key=lambda i: (reports[i].day or 0, reports[i].report_id))
    index: dict[tuple, list[int]] = defaultdict(list)
    for i in order:
        r = reports[i]
        if r.day is None:
            continue  # no date at all: the report stays alone
        seen: set[int] = set()
        for key in _query_keys(r, p):
            for day in range(r.day, r.day - p.window_days - 1, -1):
                seen.update(index.get((day, *key), ())[-p.max_candidates:])
        if len(seen) > p.max_candidates:
            seen = set(sorted(seen, key=lambda j: (-(reports[j].day or 0), -j))[:p.max_candidates])
        yield from ((min(i, j), max(i, j)) for j in sorted(seen))
        for key in _own_keys(r, p):
            index[(r.day, *key)].append(i)


# ---- linking -------------------------------------------------------------------------------

class _Groups:
    """Union-find whose roots keep their members, merged only when the groups agree."""

    def __init__(self, reports: Sequence[_Report], p: ClusterParams):
        self.reports, self.p = reports, p
        self.parent = list(range(len(reports)))
        self.members: dict[int, list[int]] = {i: [i] for i in range(len(reports))}
        # two groups that did not agree are not compared again until one of them grows
        self.refused: set[tuple[int, int, int, int]] = set()

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def compatible(self, a: int, b: int) -> bool:
        """Average-link over (a sample of) the cross pairs, with no conflict among them."""
        left = self.members[a][: self.p.merge_sample]
        right = self.members[b][: self.p.merge_sample]
        total = 0.0
        for i in left:
            for j in right:
                s = pair_score(self.reports[i], self.reports[j], self.p)
                if s == CONFLICT:
                    return False
                total += s
        return total / (len(left) * len(right)) >= self.p.threshold

    def merge(self, i: int, j: int) -> None:
        a, b = self.find(i), self.find(j)
        if a == b:
            return
        key = (min(a, b), max(a, b), len(self.members[min(a, b)]), len(self.members[max(a, b)]))
        if key in self.refused:
            return
        if not self.compatible(a, b):
            self.refused.add(key)
            return
        if len(self.members[a]) < len(self.members[b]):
            a, b = b, a
        self.parent[b] = a
        self.members[a].extend(self.members.pop(b))


def _attach_placeless(feats: Sequence[_Report], groups: _Groups, p: ClusterParams) -> None:
    """Attach each report that says nowhere to the group of its country and date window it
    matches best, when that group leads the next one by `placeless_margin`; with no match,
    a close second, or more than `placeless_pool` candidates it stays alone."""
    by_day: dict[tuple[int | None, int], list[int]] = defaultdict(list)
    for i, r in enumerate(feats):
        if r.day is not None and not r.placeless:
            by_day[(r.iso, r.day)].append(i)
    for i in sorted((i for i, r in enumerate(feats) if r.placeless and r.day is not None),
                    key=lambda i: feats[i].report_id):
        r = feats[i]
        pool = [j for d in range(r.day - p.window_days, r.day + p.window_days + 1)  # type: ignore[operator]
                for j in by_day.get((r.iso, d), ())]
        if len(pool) > p.placeless_pool:
            continue
        best: dict[int, float] = {}
        for j in pool:
            root = groups.find(j)
            best[root] = max(best.get(root, CONFLICT), pair_score(r, feats[j], p))
        ranked = sorted(best.items(), key=lambda kv: (-kv[1], feats[kv[0]].report_id))
        if ranked and ranked[0][1] >= p.threshold and (
                len(ranked) == 1 or ranked[0][1] - ranked[1][1] >= p.placeless_margin):
            groups.merge(i, ranked[0][0])


def cluster_reports(reports: Sequence[dict], *,
                    params: ClusterParams = ClusterParams()) -> list[list[int]]:
    """Groups of `report_id`s, one group per incident, each sorted, sorted by first id.

    Every report with role "main" is in exactly one group (a singleton when nothing
    matches); a report that names no place joins a group only when it matches exactly one
    group of its country within the date window; "background" reports (earlier incidents an article recalls) are left out.
    Raises InputError for a row without report_id or with an unreadable date.
    """
    feats = [_features(r) for r in reports if r.get("role", "main") == "main"]
    scored = []
    for i, j in candidate_pairs(feats, params):
        score = pair_score(feats[i], feats[j], params)
        if score >= params.threshold:
            scored.append((-score, feats[i].report_id, feats[j].report_id, i, j))
    groups = _Groups(feats, params)
    for _, _, _, i, j in sorted(scored):
        groups.merge(i, j)
    _attach_placeless(feats, groups, params)
    out = [sorted(feats[i].report_id for i in members) for members in groups.members.values()]
    return sorted(out)
