"""Build the map's approximate first-level division lines of Mali, Burkina Faso and Niger.

No open admin-1 boundary set is packaged in the registries this project can use (Natural
Earth's 50 m admin-1 layer, the one packaged, covers only a few large countries; GADM's
licence forbids redistribution). So the lines are derived from the gazetteer's places whose
division is given by their source (not inferred): the DNCT / OCHA Mali settlements and the
GeoNames places of Burkina Faso and Niger, each with its current first-level division.

Method (deterministic, numpy only): each country's outline (Natural Earth, from
`vendor/boundaries/africa-nw.geojson`) is rasterised on a grid of CELL degrees; each cell
that holds places takes their most frequent division; the other cells take the division of
the nearest such cell (a breadth-first flood from every seed at once: a discrete Voronoi
diagram); patches of fewer than SPECK cells join the division around them; the edges between cells of two divisions are chained into lines, simplified
(Douglas-Peucker) and rounded to 0.01°. Lines on the country's own border are left out:
the country outlines draw them. The result is approximate: within a few cells (≈5-15 km)
where places are dense, much coarser in the empty north; the map says so.

Output: src/rasd/web/static/vendor/context/admin1-lines.geojson, LineString features with
`country_code` and `between` (the two divisions, sorted). Re-run after the gazetteer changes.

Usage: python scripts/build_admin1_lines.py [--out PATH]
"""

from __future__ import annotations

import argparse
import gzip
import json
from collections import Counter, defaultdict, deque
from itertools import pairwise
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
GAZETTEER = ROOT / "src" / "rasd" / "resources" / "gazetteer"
STATIC = ROOT / "src" / "rasd" / "web" / "static" / "vendor"
OUTLINES = STATIC / "boundaries" / "africa-nw.geojson"
OUT = STATIC / "context" / "admin1-lines.geojson"
COUNTRIES = {"ML": "Mali", "BF": "Burkina Faso", "NE": "Niger"}
CELL = 0.05  # degrees
TOLERANCE = 0.06  # Douglas-Peucker, degrees
SPECK = 8  # cells: smaller patches of a division join their neighbour


def _places(cc: str) -> list[tuple[float, float, str]]:
    """(lon, lat, admin1) of the places whose division their source gives."""
    out = []
    with gzip.open(GAZETTEER / f"places-{cc}.tsv.gz", "rt", encoding="utf-8") as lines:
        rows = [ln.rstrip("\n").split("\t") for ln in lines if not ln.startswith("#")]
    head = rows[0]
    col = {name: i for i, name in enumerate(head)}
    for row in rows[1:]:
        admin1 = row[col["admin1"]]
        if not admin1 or row[col["admin_inferred"]] == "1" or row[col["country_code"]] != cc:
            continue
        out.append((float(row[col["longitude"]]), float(row[col["latitude"]]), admin1))
    return out


def _rings(name: str) -> list[list[tuple[float, float]]]:
    data = json.loads(OUTLINES.read_text(encoding="utf-8"))
    feature = next(f for f in data["features"] if f["properties"]["name"] == name)
    geometry = feature["geometry"]
    polygons = geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
    return [ring for polygon in polygons for ring in polygon]


def _mask(rings: list, xs: np.ndarray, ys: np.ndarray) -> np.ndarray:
    """Cells whose centre lies inside the rings (even-odd rule)."""
    px, py = np.meshgrid(xs, ys)
    inside = np.zeros(px.shape, dtype=bool)
    for ring in rings:
        pts = np.asarray(ring, dtype=float)
        for (x1, y1), (x2, y2) in pairwise(pts):
            if y1 == y2:
                continue
            crosses = (y1 > py) != (y2 > py)
            at = x1 + (py - y1) * (x2 - x1) / (y2 - y1)
            inside ^= crosses & (px < at)
    return inside


def _regions(cc: str) -> tuple[np.ndarray, list[str], float, float]:
    """A grid of division indexes (-1 outside the country), the names, and its origin."""
    rings = _rings(COUNTRIES[cc])
    lon = [p[0] for r in rings for p in r]
    lat = [p[1] for r in rings for p in r]
    x0, y0 = min(lon), min(lat)
    nx, ny = int((max(lon) - x0) / CELL) + 2, int((max(lat) - y0) / CELL) + 2
    inside = _mask(rings, x0 + (np.arange(nx) + 0.5) * CELL, y0 + (np.arange(ny) + 0.5) * CELL)
    names = sorted({a for _x, _y, a in _places(cc)})
    index = {n: i for i, n in enumerate(names)}
    votes: dict[tuple[int, int], Counter] = defaultdict(Counter)
    for x, y, admin1 in _places(cc):
        i, j = int((y - y0) / CELL), int((x - x0) / CELL)
        if 0 <= i < ny and 0 <= j < nx and inside[i, j]:
            votes[(i, j)][index[admin1]] += 1
    grid = np.full((ny, nx), -1, dtype=np.int32)
    queue: deque[tuple[int, int]] = deque()
    for cell in sorted(votes):
        top = max(votes[cell].items(), key=lambda kv: (kv[1], -kv[0]))
        grid[cell] = top[0]
        queue.append(cell)
    steps = ((0, 1), (1, 0), (0, -1), (-1, 0), (1, 1), (1, -1), (-1, 1), (-1, -1))
    while queue:  # every seed grows at once: each cell takes its nearest seed's division
        i, j = queue.popleft()
        for di, dj in steps:
            a, b = i + di, j + dj
            if 0 <= a < ny and 0 <= b < nx and inside[a, b] and grid[a, b] == -1:
                grid[a, b] = grid[i, j]
                queue.append((a, b))
    _absorb_specks(grid)
    return grid, names, x0, y0


def _absorb_specks(grid: np.ndarray) -> None:
    """A patch of fewer than SPECK cells inside another division (a place whose division is
    miscoded, or a lone hamlet) takes the division it borders most."""
    ny, nx = grid.shape
    seen = np.zeros(grid.shape, dtype=bool)
    for i0 in range(ny):
        for j0 in range(nx):
            if seen[i0, j0] or grid[i0, j0] < 0:
                continue
            here, patch, border = int(grid[i0, j0]), [(i0, j0)], Counter()
            seen[i0, j0] = True
            k = 0
            while k < len(patch):
                i, j = patch[k]
                k += 1
                for a, b in ((i + 1, j), (i - 1, j), (i, j + 1), (i, j - 1)):
                    if not (0 <= a < ny and 0 <= b < nx) or grid[a, b] < 0:
                        continue
                    if grid[a, b] != here:
                        border[int(grid[a, b])] += 1
                    elif not seen[a, b]:
                        seen[a, b] = True
                        patch.append((a, b))
            if len(patch) < SPECK and border:
                other = max(border.items(), key=lambda kv: (kv[1], -kv[0]))[0]
                for cell in patch:
                    grid[cell] = other


def _edges(grid: np.ndarray) -> dict[tuple[int, int], list[tuple[tuple[int, int], tuple[int, int], tuple[int, int]]]]:
    """Grid-corner segments between cells of two divisions, by the pair of divisions."""
    out: dict = defaultdict(list)
    ny, nx = grid.shape
    for i in range(ny):
        for j in range(nx):
            here = int(grid[i, j])
            if here < 0:
                continue
            if j + 1 < nx and grid[i, j + 1] >= 0 and grid[i, j + 1] != here:
                pair = tuple(sorted((here, int(grid[i, j + 1]))))
                out[pair].append(((j + 1, i), (j + 1, i + 1)))
            if i + 1 < ny and grid[i + 1, j] >= 0 and grid[i + 1, j] != here:
                pair = tuple(sorted((here, int(grid[i + 1, j]))))
                out[pair].append(((j, i + 1), (j + 1, i + 1)))
    return out


def _chains(segments: list) -> list[list[tuple[int, int]]]:
    """Join segments into polylines, breaking at corners where three or more meet."""
    links: dict = defaultdict(list)
    for a, b in segments:
        links[a].append(b)
        links[b].append(a)
    used: set = set()
    lines = []
    starts = sorted(p for p in links if len(links[p]) != 2) + sorted(links)
    for start in starts:
        for nxt in sorted(links[start]):
            if frozenset((start, nxt)) in used:
                continue
            line = [start]
            prev, cur = start, nxt
            used.add(frozenset((prev, cur)))
            while True:
                line.append(cur)
                if len(links[cur]) != 2:
                    break
                step = next((p for p in links[cur] if frozenset((cur, p)) not in used), None)
                if step is None:
                    break
                used.add(frozenset((cur, step)))
                prev, cur = cur, step
            lines.append(line)
    return lines


def _simplify(points: list[tuple[float, float]], tolerance: float) -> list[tuple[float, float]]:
    """Douglas-Peucker."""
    if len(points) < 3:
        return points
    (x1, y1), (x2, y2) = points[0], points[-1]
    dx, dy = x2 - x1, y2 - y1
    norm = (dx * dx + dy * dy) ** 0.5
    far, index = 0.0, 0
    for k, (x, y) in enumerate(points[1:-1], start=1):
        d = abs(dy * (x - x1) - dx * (y - y1)) / norm if norm else ((x - x1) ** 2 + (y - y1) ** 2) ** 0.5
        if d > far:
            far, index = d, k
    if far <= tolerance:
        return [points[0], points[-1]]
    return _simplify(points[: index + 1], tolerance)[:-1] + _simplify(points[index:], tolerance)


def _smooth(points: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """One pass of Chaikin's corner cutting, keeping the ends (the staircase of the grid)."""
    if len(points) < 3:
        return points
    out = [points[0]]
    for (x1, y1), (x2, y2) in pairwise(points):
        out += [(0.75 * x1 + 0.25 * x2, 0.75 * y1 + 0.25 * y2), (0.25 * x1 + 0.75 * x2, 0.25 * y1 + 0.75 * y2)]
    return out[:1] + out[2:-1] + [points[-1]]


def features() -> list[dict]:
    out = []
    for cc in sorted(COUNTRIES):
        grid, names, x0, y0 = _regions(cc)
        for (a, b), segments in sorted(_edges(grid).items()):
            for chain in _chains(segments):
                coords = [(x0 + j * CELL, y0 + i * CELL) for j, i in chain]
                coords = _smooth(_simplify(coords, TOLERANCE))
                rounded = [[round(x, 2), round(y, 2)] for x, y in coords]
                out.append({"type": "Feature",
                            "geometry": {"type": "LineString", "coordinates": rounded},
                            "properties": {"country_code": cc, "between": [names[a], names[b]]}})
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    collection = {"type": "FeatureCollection",
                  "properties": {"approximate": True, "cell_degrees": CELL,
                                 "sources": "derived from GeoNames (CC BY 4.0) and DNCT/OCHA Mali "
                                            "settlements (CC BY-IGO) places with their divisions; "
                                            "country outlines: Natural Earth (public domain)"},
                  "features": features()}
    args.out.write_text(json.dumps(collection, ensure_ascii=False, separators=(",", ":")) + "\n",
                        encoding="utf-8")
    print(f"{len(collection['features'])} lines -> {args.out}")


if __name__ == "__main__":
    main()
