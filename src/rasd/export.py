"""Exports of report rows: ACLED-compatible CSV, GeoJSON, Parquet and JSON Lines.

A *report row* is one stored report: `EventRecord.model_dump(mode="json")` plus `report_id`,
`incident_id`, `doc_lang`, `doc_published`, `doc_source`, `doc_url` and `doc_title` (the
store builds them). `write_export` streams rows to a path or a binary stream, holding at most
one Parquet batch in memory; the same rows always give the same bytes (no clock, fixed
column orders and schema, sorted JSON keys). Column mapping: docs/export.md.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import math
import os
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from functools import lru_cache
from importlib import resources as pkg
from itertools import islice
from pathlib import Path
from typing import Any, BinaryIO, Protocol, TextIO

import pyarrow as pa
import pyarrow.parquet as pq
import yaml

from rasd.errors import ConfigError, RasdError, ResourceError
from rasd.formats import FORMATS
from rasd.geo.reforms import former_admin1

Row = Mapping[str, Any]

BATCH_SIZE = 10_000

# ACLED's public export, in ACLED's order
ACLED_COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2",
    "admin3", "location", "latitude", "longitude", "geo_precision", "source", "source_scale",
    "notes", "fatalities", "tags", "timestamp",
)
DOC_KEYS = ("report_id", "incident_id", "doc_lang", "doc_published", "doc_source", "doc_url",
            "doc_title")
# GeoJSON properties beyond the ACLED columns (plus `claims`, a one-line summary)
GEOJSON_EXTRAS = (
    "report_id", "incident_id", "event_id", "role", "location_text", "fatalities_low",
    "fatalities_best", "fatalities_high", "injured", "abducted", "missing", "arrested",
    "doc_lang", "doc_url", "doc_title",
)
UNKNOWN_COUNTRY = "XXX"  # event_id_cnty prefix when the row has no known country

_STR, _I32, _I64, _F64, _DATE = pa.string(), pa.int32(), pa.int64(), pa.float64(), pa.date32()
_JSON_COLUMNS = frozenset({"materiel", "claims", "framing", "evidence", "confidence"})
PARQUET_SCHEMA = pa.schema([
    ("report_id", _I64), ("incident_id", _I64), ("event_id", _STR), ("doc_id", _STR),
    ("pipeline_version", _STR), ("role", _STR), ("event_date", _DATE),
    ("time_precision", _I32), ("disorder_type", _STR), ("event_type", _STR),
    ("sub_event_type", _STR), ("actor1", _STR), ("assoc_actor_1", _STR), ("inter1", _I32),
    ("actor2", _STR), ("assoc_actor_2", _STR), ("inter2", _I32), ("interaction", _I32),
    ("civilian_targeting", _STR), ("iso", _I32), ("country", _STR), ("admin1", _STR),
    ("admin1_former", _STR), ("admin2", _STR), ("admin3", _STR), ("location", _STR), ("location_text", _STR),
    ("latitude", _F64), ("longitude", _F64), ("geo_precision", _I32), ("source", _STR),
    ("notes", _STR), ("fatalities", _I64), ("fatalities_low", _I64), ("fatalities_best", _I64),
    ("fatalities_high", _I64), ("injured", _I64), ("abducted", _I64), ("missing", _I64),
    ("arrested", _I64), ("materiel", _STR), ("claims", _STR), ("framing", _STR),
    ("evidence", _STR), ("confidence", _STR), ("doc_lang", _STR), ("doc_published", _DATE),
    ("doc_source", _STR), ("doc_url", _STR), ("doc_title", _STR),
])
_ROW_ERRORS = (ValueError, TypeError, KeyError, AttributeError, OverflowError)


class ExportError(RasdError):
    """An export that cannot be written: a malformed report row or an unwritable target.

    `fmt` is the format, `index` the 1-based position of the offending row in the input
    (None when the target failed), `report_id` its id when the row has one.
    """

    def __init__(self, message: str, *, fmt: str, index: int | None = None,
                 report_id: object = None):
        self.fmt = fmt
        self.index = index
        self.report_id = report_id
        where = f"export {fmt}"
        if index is not None:
            where += f", row {index}"
        if report_id is not None:
            where += f" (report {report_id})"
        super().__init__(f"{where}: {message}")


def _former(row: Row) -> str | None:
    """The region before a reform for a row's admin1 (rasd.geo.reforms), or None."""
    iso = row.get("iso")
    return former_admin1(row.get("admin1"), _alpha3().get(int(iso)) if iso else None)


# ---- reference tables (data files) ---------------------------------------------------------

@lru_cache(maxsize=1)
def _regions() -> dict[str, str]:
    """ISO alpha-3 -> ACLED region, from resources/taxonomy/acled_regions.yaml."""
    where = "resources/taxonomy/acled_regions.yaml"
    path = pkg.files("rasd.resources").joinpath("taxonomy", "acled_regions.yaml")
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict) or not isinstance(data.get("regions"), dict):
        raise ResourceError("expected a `regions` mapping", resource=where)
    table: dict[str, str] = {}
    for region, codes in data["regions"].items():
        for code in codes:
            if table.setdefault(code, region) != region:
                raise ResourceError(f"{code} is in two regions", resource=where)
    return table


@lru_cache(maxsize=1)
def _alpha3() -> dict[int, str]:
    """ISO numeric (ACLED's `iso`) -> alpha-3, from the gazetteer's countries.tsv."""
    path = pkg.files("rasd.resources").joinpath("gazetteer", "countries.tsv")
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines()
             if ln and not ln.startswith("#")]
    header = lines[0].split("\t")
    iso, alpha3 = header.index("iso"), header.index("alpha3")
    return {int(f[iso]): f[alpha3] for f in (ln.split("\t") for ln in lines[1:])}


# ---- one row --------------------------------------------------------------------------------

def _date(value: object) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        return dt.date.fromisoformat(value)
    raise TypeError(f"expected an ISO date, got {value!r}")


def _coords(row: Row) -> tuple[float | None, float | None]:
    """(latitude, longitude), both None unless both are finite numbers; range-checked."""
    lat, lon = row.get("latitude"), row.get("longitude")
    if lat is None or lon is None or not (math.isfinite(lat) and math.isfinite(lon)):
        return None, None
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise ValueError(f"coordinates out of range: latitude {lat}, longitude {lon}")
    return float(lat), float(lon)


def _event_id_cnty(row: Row, alpha3: str | None) -> str:
    """ACLED-style id: country letters + our report id (the event_id hash if not stored)."""
    number = row.get("report_id")
    return f"{alpha3 or UNKNOWN_COUNTRY}{row['event_id'] if number is None else number}"


def _tags(row: Row) -> str | None:
    tags = []
    if any(claim.get("partisan") for claim in row.get("claims") or ()):
        tags.append("partisan claim")
    if row.get("framing"):
        tags.append("partisan framing")
    if row.get("role") == "background":
        tags.append("background report")
    return "; ".join(tags) or None


def _timestamp(row: Row) -> int | None:
    """Unix seconds of the document's publication day (00:00 UTC): stable, never the clock."""
    published = _date(row.get("doc_published"))
    if published is None:
        return None
    return int(dt.datetime.combine(published, dt.time(), tzinfo=dt.UTC).timestamp())


def acled_row(row: Row) -> dict[str, Any]:
    """The ACLED export columns of one report row, in ACLED's order.

    Values stay typed (str, int, float); None where unknown. `fatalities` is 0 when the
    report gives no figure (ACLED's convention). Raises ValueError/TypeError on a malformed row.
    """
    out = {name: row.get(name) for name in ACLED_COLUMNS}
    date = _date(row.get("event_date"))
    iso = row.get("iso")
    alpha3 = None if iso is None else _alpha3().get(iso)
    out["event_id_cnty"] = _event_id_cnty(row, alpha3)
    out["event_date"] = None if date is None else date.isoformat()
    out["year"] = None if date is None else date.year
    out["region"] = None if alpha3 is None else _regions().get(alpha3)
    out["latitude"], out["longitude"] = _coords(row)
    out["source"] = row.get("doc_source") or row.get("source")
    out["source_scale"] = None  # rasd does not know an outlet's scale
    out["fatalities"] = row.get("fatalities") or 0
    out["tags"] = _tags(row)
    out["timestamp"] = _timestamp(row)
    return out


def claims_summary(claims: Iterable[Mapping[str, Any]] | None) -> str | None:
    """One line naming who claims what: "JNIM (perpetrator, partisan): fatalities; ..."."""
    parts = []
    for claim in claims or ():
        partisan = ", partisan" if claim.get("partisan") else ""
        label = f"{claim['claimant']} ({claim.get('claimant_role') or 'unknown'}{partisan})"
        fields = claim.get("fields") or ()
        parts.append(f"{label}: {', '.join(fields)}" if fields else label)
    return "; ".join(parts) or None


def _json_default(value: object) -> str:
    if isinstance(value, dt.date):
        return value.isoformat()
    raise TypeError(f"cannot write {type(value).__name__} as JSON")


def _dumps(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"),
                      allow_nan=False, default=_json_default)


def geojson_feature(row: Row) -> dict[str, Any]:
    """One GeoJSON Feature: a Point when the row has coordinates, else a null geometry."""
    props = acled_row(row)
    props.update({name: row.get(name) for name in GEOJSON_EXTRAS})
    props["claims"] = claims_summary(row.get("claims"))
    lat, lon = props["latitude"], props["longitude"]
    geometry = None if lat is None else {"type": "Point", "coordinates": [lon, lat]}
    return {"type": "Feature", "geometry": geometry, "properties": props}


def _convert(fmt: str, index: int, row: Row, convert: Callable[[Row], Any]) -> Any:
    try:
        return convert(row)
    except _ROW_ERRORS as exc:
        report_id = row.get("report_id") if isinstance(row, Mapping) else None
        raise ExportError(str(exc), fmt=fmt, index=index, report_id=report_id) from exc


# ---- writers --------------------------------------------------------------------------------

class _Writer(Protocol):
    def __call__(self, rows: Iterable[Row], out: BinaryIO, *, batch_size: int) -> int: ...


@contextmanager
def _text(out: BinaryIO) -> Iterator[TextIO]:
    """A UTF-8 text view of `out` that leaves `out` open afterwards."""
    text = io.TextIOWrapper(out, encoding="utf-8", newline="")
    try:
        yield text
    finally:
        text.detach()  # flushes, and keeps the caller's stream open


def _write_csv(rows: Iterable[Row], out: BinaryIO, *, batch_size: int) -> int:
    count = 0
    with _text(out) as text:
        writer = csv.writer(text, lineterminator="\n")
        writer.writerow(ACLED_COLUMNS)
        for count, row in enumerate(rows, 1):
            values = _convert("acled-csv", count, row, acled_row).values()
            writer.writerow(["" if value is None else value for value in values])
    return count


def _geojson_text(row: Row) -> str:
    return json.dumps(geojson_feature(row), ensure_ascii=False, separators=(",", ":"),
                      allow_nan=False)


def _write_geojson(rows: Iterable[Row], out: BinaryIO, *, batch_size: int) -> int:
    count = 0
    with _text(out) as text:
        text.write('{"type":"FeatureCollection","features":[')
        for count, row in enumerate(rows, 1):
            feature = _convert("geojson", count, row, _geojson_text)
            text.write("\n" if count == 1 else ",\n")
            text.write(feature)
        text.write("\n]}\n")
    return count


def _write_jsonl(rows: Iterable[Row], out: BinaryIO, *, batch_size: int) -> int:
    count = 0
    for count, row in enumerate(rows, 1):
        out.write(_convert("jsonl", count, row, _dumps).encode("utf-8") + b"\n")
    return count


def _parquet_values(name: str, typ: pa.DataType, batch: list[Row]) -> list[Any]:
    if name == "admin1_former":  # stored rows keep today's admin1: the former one follows
        return [row.get(name) or _former(row) for row in batch]
    values = [row.get(name) for row in batch]
    if name in _JSON_COLUMNS:
        return [None if value is None else _dumps(value) for value in values]
    if typ == _DATE:
        return [_date(value) for value in values]
    return values


def _parquet_column(field: pa.Field, batch: list[Row], start: int) -> pa.Array:
    try:
        return pa.array(_parquet_values(field.name, field.type, batch), type=field.type)
    except _ROW_ERRORS as exc:
        _raise_for_row(field, batch, start)
        raise ExportError(f"column {field.name}: {exc}", fmt="parquet", index=start) from exc


def _raise_for_row(field: pa.Field, batch: list[Row], start: int) -> None:
    """Name the row a column conversion failed on (rare, so one value at a time)."""
    for offset, row in enumerate(batch):
        try:
            pa.array(_parquet_values(field.name, field.type, [row]), type=field.type)
        except _ROW_ERRORS as exc:
            raise ExportError(f"column {field.name}: {exc}", fmt="parquet",
                              index=start + offset, report_id=row.get("report_id")) from exc


def _check_rows(batch: list[Row], start: int) -> None:
    for offset, row in enumerate(batch):
        if not isinstance(row, Mapping):
            raise ExportError(f"expected a report row (a mapping), got {type(row).__name__}",
                              fmt="parquet", index=start + offset)


def _write_parquet(rows: Iterable[Row], out: BinaryIO, *, batch_size: int) -> int:
    count = 0
    iterator = iter(rows)
    with pq.ParquetWriter(out, PARQUET_SCHEMA, compression="zstd") as writer:
        while batch := list(islice(iterator, batch_size)):
            _check_rows(batch, count + 1)
            arrays = [_parquet_column(field, batch, count + 1) for field in PARQUET_SCHEMA]
            writer.write_table(pa.Table.from_arrays(arrays, schema=PARQUET_SCHEMA))
            count += len(batch)
    return count


_WRITERS: dict[str, _Writer] = {
    "acled-csv": _write_csv, "geojson": _write_geojson, "parquet": _write_parquet,
    "jsonl": _write_jsonl,
}


def _write_path(writer: _Writer, rows: Iterable[Row], path: Path, *, fmt: str,
                batch_size: int) -> int:
    return write_atomically(path, lambda handle: writer(rows, handle, batch_size=batch_size),
                            fmt=fmt)


def write_atomically(path: Path, write: Callable[[BinaryIO], int], *, fmt: str) -> int:
    """Run `write` on a file next to `path` and rename it on success, so a failed export
    leaves no half file. Returns what `write` returns (the rows written)."""
    part = path.with_name(path.name + ".part")
    try:
        with part.open("wb") as handle:
            count = write(handle)
        os.replace(part, path)
    except OSError as exc:
        part.unlink(missing_ok=True)
        raise ExportError(f"cannot write {path}: {exc}", fmt=fmt) from exc
    except BaseException:
        part.unlink(missing_ok=True)
        raise
    return count


def write_export(rows: Iterable[Row], fmt: str, out: Path | str | BinaryIO, *,
                 batch_size: int = BATCH_SIZE) -> int:
    """Stream report rows to `out` (a path, or a binary stream left open) as `fmt`.

    `fmt` is one of FORMATS; Parquet is written `batch_size` rows at a time. Returns the
    number of rows written. Raises ConfigError for an unknown format or batch size,
    ExportError for a malformed row (naming it) or an unwritable path; a path that fails
    keeps its previous content.
    """
    writer = _WRITERS.get(fmt)
    if writer is None:
        raise ConfigError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if batch_size < 1:
        raise ConfigError(f"export batch_size must be at least 1, got {batch_size}")
    if isinstance(out, (str, os.PathLike)):
        return _write_path(writer, rows, Path(out), fmt=fmt, batch_size=batch_size)
    return writer(rows, out, batch_size=batch_size)
