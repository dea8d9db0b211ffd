"""Downloads for analysts: reports or reconciled incidents, for one filter, in the export
formats, with an optional UTF-8 byte-order mark on CSV (Excel then reads Arabic right).

Report level: one row per report, as `rasd.export` writes it; the CSV adds `incident_id`
and `report_id` after ACLED's columns, so duplicates can be collapsed. Incident level: one
row per incident with its reconciled fields, its `incident_id` and its `report_ids`;
`event_id_cnty` is the country letters, "-I" and the incident id (report ids never carry
the "-I"). Same rows, same bytes. Column lists: docs/export.md.
"""

from __future__ import annotations

import csv
import io
import json
import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, BinaryIO, Literal

import pyarrow as pa
import pyarrow.parquet as pq

from rasd.errors import ConfigError
from rasd.export import (
    ACLED_COLUMNS,
    UNKNOWN_COUNTRY,
    ExportError,
    Row,
    _alpha3,
    acled_row,
    geojson_feature,
    write_atomically,
    write_export,
)
from rasd.formats import FORMATS, LEVELS
from rasd.store import ReportFilter, Store

Level = Literal["incidents", "reports"]
BOM = b"\xef\xbb\xbf"
MEDIA_TYPES = {"acled-csv": "text/csv; charset=utf-8", "geojson": "application/geo+json",
               "parquet": "application/vnd.apache.parquet", "jsonl": "application/x-ndjson"}
SUFFIXES = {"acled-csv": "csv", "geojson": "geojson", "parquet": "parquet", "jsonl": "jsonl"}
REPORT_EXTRAS = ("incident_id", "report_id")
INCIDENT_EXTRAS = ("incident_id", "report_ids", "reports", "fatalities_low", "fatalities_best",
                   "fatalities_high", "reviewed", "flags")
INCIDENT_FIELDS = ("event_date", "event_type", "sub_event_type", "actor1", "actor2", "iso",
                   "country", "admin1", "admin2", "location", "latitude", "longitude",
                   "geo_precision", "fatalities", "fatalities_low", "fatalities_best",
                   "fatalities_high")


def incident_rows(store: Store, where: ReportFilter | None = None, *,
                  page: int = 1000) -> Iterator[dict[str, Any]]:
    """Every incident matching the filter, latest first, as an export row: its reconciled
    fields, `incident_id`, `report_ids`, `reports`, `reviewed`, `flags` and `sources`."""
    from rasd.store.facets import incident_flags

    offset = 0
    while batch := store.incidents(where, limit=page, offset=offset):
        flags = incident_flags(store, [row["id"] for row in batch])
        for row in batch:
            yield _incident_row(row, flags.get(row["id"], []))
        offset += len(batch)


def _incident_row(row: dict[str, Any], flags: list[dict[str, Any]]) -> dict[str, Any]:
    out = {name: row.get(name) for name in INCIDENT_FIELDS}
    date = out["event_date"]
    out["event_date"] = date.isoformat() if hasattr(date, "isoformat") else date
    sources = row.get("sources") or []
    out.update(incident_id=row["id"], report_ids=list(row.get("report_ids") or ()),
               reports=row.get("reports"), reviewed=bool(row.get("locked")), flags=flags,
               sources=sources, event_id=f"I{row['id']}", role="main",
               doc_source="; ".join(dict.fromkeys(s["doc_source"] for s in sources
                                                  if s.get("doc_source"))) or None,
               claims=[{"claimant": s.get("claimant") or s.get("doc_source") or "unknown",
                        "claimant_role": s.get("claimant_role"), "partisan": s.get("partisan"),
                        "fields": ["fatalities"]} for s in sources if s.get("partisan")])
    return out


def _incident_acled(row: Row) -> dict[str, Any]:
    out = acled_row(row)
    alpha3 = None if row.get("iso") is None else _alpha3().get(row["iso"])
    out["event_id_cnty"] = f"{alpha3 or UNKNOWN_COUNTRY}-I{row['incident_id']}"
    out["timestamp"] = None  # an incident has many publication days
    return out


def _cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, list) and all(isinstance(v, int) for v in value):
        return ";".join(str(v) for v in value)
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return value


def _write_csv(rows: Iterable[Row], out: BinaryIO, *, level: Level) -> int:
    extras = INCIDENT_EXTRAS if level == "incidents" else REPORT_EXTRAS
    convert = _incident_acled if level == "incidents" else acled_row
    text = io.TextIOWrapper(out, encoding="utf-8", newline="")
    count = 0
    try:
        writer = csv.writer(text, lineterminator="\n")
        writer.writerow((*ACLED_COLUMNS, *extras))
        for count, row in enumerate(rows, 1):
            try:
                values = list(convert(row).values()) + [row.get(name) for name in extras]
            except (ValueError, TypeError, KeyError) as exc:
                raise ExportError(str(exc), fmt="acled-csv", index=count) from exc
            writer.writerow([_cell(v) for v in values])
    finally:
        text.detach()
    return count


def _incident_feature(row: Row) -> dict[str, Any]:
    feature = geojson_feature(row)
    props = feature["properties"]
    props["event_id_cnty"] = _incident_acled(row)["event_id_cnty"]
    for name in ("report_id", "event_id", "role", "location_text", "doc_lang", "doc_url",
                 "doc_title", "injured", "abducted", "missing", "arrested", "timestamp"):
        props.pop(name, None)
    props.update({name: row.get(name) for name in INCIDENT_EXTRAS})
    props["sources"] = row.get("sources")
    return feature


def _write_incident_json(rows: Iterable[Row], out: BinaryIO, *, fmt: str) -> int:
    count = 0
    dump = lambda v: json.dumps(v, ensure_ascii=False, sort_keys=True,
                                separators=(",", ":"), allow_nan=False)
    if fmt == "geojson":
        out.write(b'{"type":"FeatureCollection","features":[')
    for count, row in enumerate(rows, 1):
        item = _incident_feature(row) if fmt == "geojson" else _jsonl_incident(row)
        prefix = ("\n" if count == 1 else ",\n") if fmt == "geojson" else ""
        out.write((prefix + dump(item) + ("" if fmt == "geojson" else "\n")).encode("utf-8"))
    if fmt == "geojson":
        out.write(b"\n]}\n")
    return count


def _jsonl_incident(row: Row) -> dict[str, Any]:
    return {k: v for k, v in row.items() if k not in {"event_id", "role", "doc_source", "claims"}}


_S, _I, _F = pa.string(), pa.int64(), pa.float64()
INCIDENT_SCHEMA = pa.schema([
    ("incident_id", _I), ("event_id_cnty", _S), ("event_date", pa.date32()), ("event_type", _S),
    ("sub_event_type", _S), ("actor1", _S), ("actor2", _S), ("iso", _I), ("country", _S),
    ("admin1", _S), ("admin2", _S), ("location", _S), ("latitude", _F), ("longitude", _F),
    ("geo_precision", _I), ("fatalities", _I), ("fatalities_low", _I), ("fatalities_best", _I),
    ("fatalities_high", _I), ("reports", _I), ("report_ids", pa.list_(_I)),
    ("reviewed", pa.bool_()), ("flags", _S), ("sources", _S),
])


def _parquet_value(name: str, row: Row) -> Any:
    if name == "event_id_cnty":
        return _incident_acled(row)["event_id_cnty"]
    if name in {"flags", "sources"}:
        return json.dumps(row.get(name) or [], ensure_ascii=False, sort_keys=True)
    if name == "event_date" and row.get(name):
        import datetime as dt

        return dt.date.fromisoformat(row[name])
    return row.get(name)


def _write_incident_parquet(rows: Iterable[Row], out: BinaryIO) -> int:
    batch = list(rows)  # incidents are few (one row per incident); one table
    columns = [pa.array([_parquet_value(f.name, r) for r in batch], type=f.type)
               for f in INCIDENT_SCHEMA]
    pq.write_table(pa.Table.from_arrays(columns, schema=INCIDENT_SCHEMA), out,
                   compression="zstd")
    return len(batch)


def write_rows(rows: Iterable[Row], fmt: str, out: BinaryIO, *, level: Level = "reports",
               bom: bool = False) -> int:
    """Write report or incident rows to a binary stream as `fmt`; `bom` starts a CSV with
    the UTF-8 byte-order mark. Returns the rows written. ConfigError on a bad choice."""
    if fmt not in FORMATS or level not in LEVELS:
        raise ConfigError(f"unknown export {level!r}/{fmt!r}: choose a level of "
                          f"{', '.join(LEVELS)} and a format of {', '.join(FORMATS)}")
    if fmt == "acled-csv":
        if bom:
            out.write(BOM)
        return _write_csv(rows, out, level=level)
    if level == "reports":
        return write_export(rows, fmt, out)
    if fmt == "parquet":
        return _write_incident_parquet(rows, out)
    return _write_incident_json(rows, out, fmt=fmt)


def download(store: Store, where: ReportFilter, fmt: str, out: Path | BinaryIO, *,
             level: Level = "reports", bom: bool = False) -> int:
    """Write the filter's reports or incidents to `out` (a path, replaced only on
    success, or a binary stream). Returns the rows written."""
    rows = incident_rows(store, where) if level == "incidents" else store.reports(where)
    if not isinstance(out, (str, os.PathLike)):
        return write_rows(rows, fmt, out, level=level, bom=bom)
    return write_atomically(Path(out), lambda handle: write_rows(rows, fmt, handle, level=level,
                                                                bom=bom), fmt=fmt)
