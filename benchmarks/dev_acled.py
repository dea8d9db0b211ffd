"""Accuracy on the ACLED development set (../shared/data/dev; never committed).

    python benchmarks/dev_acled.py [--limit N] [--errors 20] [--place-errors 60]
        [--distance-errors 40] [--no-save]

Feeds each event's English `notes` to the extractor with `event_date` as the publication
date and compares the first main event with ACLED's codes: sub-event type, event type,
fatalities (exact), actors (exact names and names without the period suffix), and, once
geography lands, admin1 and location. ACLED's 2019-2020 admin1 names are Mali's regions
before the 2023 reform: `admin1_accuracy_former_regions` compares them with each record's
`admin1_former` (its `admin1` where the reform changed nothing). Skips (exit 0, with a message) when the file is
absent. Only aggregate figures are written (benchmarks/results/dev_acled.json).
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import re
import sys
from collections import Counter
from pathlib import Path

from rasd.config import load_config
from rasd.doc import ArticleDoc
from rasd.pipeline import Pipeline

HERE = Path(__file__).resolve().parent
DEV = HERE.parent.parent / "shared" / "data" / "dev" / "acled_mali_2019_2020.csv"
_PERIOD = re.compile(r"\s*\(\d{4}-(?:\d{4})?\)\s*$")


def _base(name: str | None) -> str | None:
    return None if name is None else _PERIOD.sub("", name).strip()


def _rows(path: Path, limit: int | None) -> list[dict]:
    with path.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    return rows[:limit] if limit else rows


def _published(value: str) -> dt.date:
    return dt.datetime.strptime(value, "%d %B %Y").date()


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km."""
    import math

    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(a))


def evaluate(rows: list[dict], pipeline: Pipeline) -> tuple[dict, list[dict], list[dict]]:
    tally: Counter = Counter()
    distances: list[float] = []
    errors = []
    place_errors = []
    far: list[dict] = []
    unplaced: list[dict] = []
    for row in rows:
        doc = pipeline(ArticleDoc.from_text(row["notes"], published=_published(row["event_date"]),
                                            lang="en"))
        main = [e for e in doc.events or () if e.role == "main"]
        event = main[0] if main else None
        gold_actors = {a.strip() for a in row["actors"].split("|") if a.strip()}
        pred_actors = {a for a in (event.actor1, event.actor2) if a} if event else set()
        tally["n"] += 1
        tally["has_event"] += event is not None
        tally["sub_event_type"] += event is not None and event.sub_event_type == row["sub_event_type"]
        tally["event_type"] += event is not None and event.event_type == row["event_type"]
        fatalities = event.fatalities if event else 0
        tally["fatalities_exact"] += fatalities == int(row["fatalities"])
        tally["actors_gold"] += len(gold_actors)
        tally["actors_pred"] += len(pred_actors)
        tally["actors_tp"] += len(gold_actors & pred_actors)
        tally["actors_tp_base"] += len({_base(a) for a in gold_actors} & {_base(a) for a in pred_actors})
        if event is not None and event.admin1 is not None:
            tally["admin1"] += event.admin1 == row["admin1"]
            tally["admin1_former"] += _fold(event.admin1_former or event.admin1) == _fold(row["admin1"])
        tally["location"] += event is not None and event.location == row["location"]
        if event is not None and event.latitude is not None and row["latitude"]:
            km = _km(event.latitude, event.longitude, float(row["latitude"]), float(row["longitude"]))
            distances.append(km)
            far.append({"km": round(km), "gold": (row["location"], row["admin1"]),
                        "pred": (event.location, event.admin1, event.geo_precision),
                        "notes": row["notes"][:240]})
        if event is not None and event.latitude is None and (event.location or event.admin1):
            # a place or a region and no coordinates: not on the map
            tally["unplaced_with_place"] += 1
            unplaced.append({"pred": (event.location, event.admin1, event.geo_precision),
                             "notes": row["notes"][:240]})
        if event is None or event.location != row["location"] \
                or _fold(event.admin1_former or event.admin1 or "") != _fold(row["admin1"]):
            place_errors.append({
                "gold": (row["location"], row["admin1"], row["geo_precision"]),
                "pred": None if event is None else (event.location, event.admin1,
                                                    event.geo_precision),
                "notes": row["notes"][:300]})
        if event is None or event.sub_event_type != row["sub_event_type"] or fatalities != int(row["fatalities"]):
            errors.append({"gold": (row["sub_event_type"], row["fatalities"], row["actors"]),
                           "pred": None if event is None else (event.sub_event_type, event.fatalities,
                                                               event.actor1, event.actor2),
                           "notes": row["notes"][:240]})
    summary = _summary(tally)
    distances.sort()
    if distances:
        summary["placed_share"] = round(len(distances) / max(tally["n"], 1), 4)
        summary["distance_km_median"] = round(distances[len(distances) // 2], 1)
        summary["distance_km_p90"] = round(distances[int(len(distances) * 0.9)], 1)
    summary["unplaced_with_place"] = tally["unplaced_with_place"]
    far.sort(key=lambda e: -e["km"])
    return summary, errors, (place_errors + [dict(e, far=True) for e in far]
                             + [dict(e, unplaced=True) for e in unplaced])


def _summary(t: Counter) -> dict:
    n = t["n"] or 1

    def f1(tp: int) -> float:
        p = tp / t["actors_pred"] if t["actors_pred"] else 0.0
        r = tp / t["actors_gold"] if t["actors_gold"] else 0.0
        return round(2 * p * r / (p + r), 4) if p + r else 0.0

    return {"events": t["n"], "with_event": round(t["has_event"] / n, 4),
            "sub_event_type_accuracy": round(t["sub_event_type"] / n, 4),
            "event_type_accuracy": round(t["event_type"] / n, 4),
            "fatalities_exact": round(t["fatalities_exact"] / n, 4),
            "actor_f1_exact": f1(t["actors_tp"]), "actor_f1_without_period": f1(t["actors_tp_base"]),
            "admin1_accuracy": round(t["admin1"] / n, 4),
            "admin1_accuracy_former_regions": round(t["admin1_former"] / n, 4),
            "location_exact": round(t["location"] / n, 4)}


def _fold(name: str) -> str:
    import unicodedata

    return "".join(c for c in unicodedata.normalize("NFD", name) if not unicodedata.combining(c)).lower()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--dev", type=Path, default=DEV)
    parser.add_argument("--limit", type=int)
    parser.add_argument("--errors", type=int, default=0, help="print this many errors")
    parser.add_argument("--place-errors", type=int, default=0,
                        help="print this many location or admin1 errors (stdout only)")
    parser.add_argument("--distance-errors", type=int, default=0,
                        help="print this many of the farthest placed events (stdout only)")
    parser.add_argument("--unplaced", type=int, default=0,
                        help="print this many events with a place or region but no coordinates")
    parser.add_argument("--no-save", action="store_true")
    args = parser.parse_args()
    if not args.dev.is_file():
        print(f"skipped: {args.dev} is absent (the ACLED development set is not redistributed)")
        return 0
    cfg = load_config()
    summary, errors, place_errors = evaluate(_rows(args.dev, args.limit), Pipeline.from_config(cfg))
    for key, value in summary.items():
        print(f"{key:>28}: {value}")
    for error in errors[: args.errors]:
        print(json.dumps(error, ensure_ascii=False))
    for error in [e for e in place_errors if not e.get("far")][: args.place_errors]:
        print(json.dumps(error, ensure_ascii=False))
    for error in [e for e in place_errors if e.get("far")][: args.distance_errors]:
        print(json.dumps(error, ensure_ascii=False))
    for error in [e for e in place_errors if e.get("unplaced")][: args.unplaced]:
        print(json.dumps(error, ensure_ascii=False))
    if not args.no_save:
        (HERE / "results" / "dev_acled.json").write_text(json.dumps(summary, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
