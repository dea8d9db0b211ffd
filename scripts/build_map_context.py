"""Build the map's context layer: first-level division labels and main towns of the Sahel
and its neighbours, from the shipped gazetteer (GeoNames, CC BY 4.0, credited on the map).

Output: src/rasd/web/static/vendor/context/places.geojson, Point features with properties
`kind` ("admin1" at the division's capital, or "town"), `name`, `country_code` and, for
towns, `population`. Deterministic (sorted, coordinates rounded to 0.001°); re-run after the
gazetteer changes and commit the result.

Usage: python scripts/build_map_context.py [--out PATH]
"""

from __future__ import annotations

import argparse
import gzip
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GAZETTEER = ROOT / "src" / "rasd" / "resources" / "gazetteer"
OUT = ROOT / "src" / "rasd" / "web" / "static" / "vendor" / "context" / "places.geojson"
SAHEL = ("ML", "BF", "NE")  # towns from 10,000 people and every admin seat
NEIGHBOURS = ("MR", "SN", "GN", "CI", "GH", "TG", "BJ", "DZ", "NG", "TD", "LY")
SAHEL_TOWN, NEIGHBOUR_TOWN = 10_000, 250_000
SEATS = frozenset({"PPLC", "PPLA"})


def _rows(path: Path) -> list[list[str]]:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as lines:
        data = [ln.rstrip("\n").split("\t") for ln in lines if not ln.startswith("#")]
    return data[1:]  # the header


def _point(kind: str, name: str, cc: str, lat: str, lon: str, **more: object) -> dict:
    coords = [round(float(lon), 3), round(float(lat), 3)]
    return {"type": "Feature", "geometry": {"type": "Point", "coordinates": coords},
            "properties": {"kind": kind, "name": name, "country_code": cc, **more}}


def admin1_labels() -> list[dict]:
    """One label per first-level division of the covered countries, at its capital."""
    return [_point("admin1", name, cc, lat, lon)
            for cc, name, _capital, lat, lon, *_ in _rows(GAZETTEER / "admin1.tsv")
            if cc in SAHEL + NEIGHBOURS and lat and lon]


def towns() -> list[dict]:
    """Admin seats and towns of the Sahel; large cities of the neighbours."""
    out = []
    for cc in SAHEL + NEIGHBOURS:
        path = GAZETTEER / f"places-{cc}.tsv.gz"
        if not path.exists():
            continue
        floor = SAHEL_TOWN if cc in SAHEL else NEIGHBOUR_TOWN
        for row in _rows(path):
            name, lat, lon, code, population = row[1], row[3], row[4], row[5], int(row[10] or 0)
            if code.startswith("PPL") and (population >= floor or (cc in SAHEL and code in SEATS)):
                out.append(_point("town", name, cc, lat, lon, population=population))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT)
    out = parser.parse_args().out
    features = admin1_labels() + towns()
    features.sort(key=lambda f: (f["properties"]["kind"], f["properties"]["country_code"],
                                 f["properties"]["name"], f["geometry"]["coordinates"]))
    out.parent.mkdir(parents=True, exist_ok=True)
    collection = {"type": "FeatureCollection", "features": features}
    out.write_text(json.dumps(collection, ensure_ascii=False, separators=(",", ":")) + "\n",
                   encoding="utf-8")
    print(f"{len(features)} places -> {out}")


if __name__ == "__main__":
    main()
