"""Exports: ACLED CSV, GeoJSON, Parquet and JSON Lines from hand-built report rows."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json

import pyarrow.parquet as pq
import pytest

from rasd.errors import ConfigError
from rasd.export import (
    ACLED_COLUMNS,
    DOC_KEYS,
    FORMATS,
    PARQUET_SCHEMA,
    ExportError,
    acled_row,
    claims_summary,
    write_export,
)
from rasd.records import Claim, EventRecord, Framing, Materiel

JNIM = "JNIM: Group for Support of Islam and Muslims"


def _row(report_id: int | None, *, doc: dict | None = None, **fields) -> dict:
    """A report row as the store gives it: the record in JSON mode plus the document keys."""
    record = EventRecord(event_id=f"ev{report_id}", doc_id=f"doc{report_id}",
                         pipeline_version="0.1", **fields)
    row = record.model_dump(mode="json")
    row.update({"report_id": report_id, "incident_id": None, "doc_lang": "en",
                "doc_published": None, "doc_source": None, "doc_url": None, "doc_title": None})
    row.update(doc or {})
    return row


# Mali in Arabic (partisan claim and framing), Burkina Faso in French (CSV-hostile notes),
# Niger in English without coordinates, and a background report with no country.
MALI_AR = _row(
    101, doc={"incident_id": 7, "doc_lang": "ar", "doc_published": "2024-03-04",
              "doc_source": "وكالة الأنباء", "doc_url": "https://example.org/a/1",
              "doc_title": "هجوم على قافلة قرب ديافارابي"},
    event_date=dt.date(2024, 3, 2), time_precision=1, disorder_type="Political violence",
    event_type="Battles", sub_event_type="Armed clash", actor1=JNIM, inter1=2,
    actor2="Military Forces of Mali (2021-)", inter2=1, interaction=12, iso=466,
    country="Mali", admin1="Mopti", location="Diafarabe", location_text="ديافارابي",
    latitude=14.15, longitude=-4.98, geo_precision=1, notes="هجوم على قافلة عسكرية.",
    fatalities=12, fatalities_low=12, fatalities_best=15, fatalities_high=20,
    materiel=(Materiel(item="vehicle", count=3, action="destroyed", span=(40, 52)),),
    claims=(Claim(claimant=JNIM, claimant_role="perpetrator", fields=("fatalities",),
                  partisan=True, span=(0, 10)),
            Claim(claimant="الجيش المالي", claimant_role="government")),
    framing=(Framing(marker="mujahideen", favours="jihadist", span=(12, 20)),),
    evidence={"location": ((30, 39),), "fatalities": ((20, 28), (60, 64))},
    confidence={"location": 0.9},
)
BURKINA_FR = _row(
    102, doc={"doc_lang": "fr", "doc_published": "2024-01-31", "doc_source": "Agence, \"Sahel\""},
    event_date=dt.date(2024, 1, 30), time_precision=2, event_type="Violence against civilians",
    sub_event_type="Attack", actor1="Unidentified Armed Group (Burkina Faso)", inter1=3,
    actor2="Civilians (Burkina Faso)", assoc_actor_2="Volontaires pour la défense de la patrie",
    inter2=7, interaction=37, civilian_targeting="Civilian targeting", iso=854,
    country="Burkina Faso", location="Djibo", latitude=14.1, longitude=-1.63, geo_precision=2,
    notes='Des hommes armés ont attaqué "le marché",\npuis se sont retirés.', fatalities=None,
)
NIGER_EN = _row(103, doc={"doc_published": "2023-12-31"}, iso=562, country="Niger",
                location="Tillaberi", geo_precision=3, fatalities=4)
BACKGROUND = _row(None, role="background", event_type="Battles")
ROWS = [MALI_AR, BURKINA_FR, NIGER_EN, BACKGROUND]


def _write(rows, fmt: str, **options) -> bytes:
    out = io.BytesIO()
    write_export(rows, fmt, out, **options)
    return out.getvalue()


# ---- acled_row ------------------------------------------------------------------------------

@pytest.mark.parametrize("row,expected", [
    (MALI_AR, {"event_id_cnty": "MLI101", "event_date": "2024-03-02", "year": 2024,
               "region": "Western Africa", "source": "وكالة الأنباء", "fatalities": 12,
               "tags": "partisan claim; partisan framing", "timestamp": 1709510400,
               "latitude": 14.15, "longitude": -4.98, "source_scale": None}),
    (BURKINA_FR, {"event_id_cnty": "BFA102", "region": "Western Africa", "fatalities": 0,
                  "tags": None, "timestamp": 1706659200, "actor2": "Civilians (Burkina Faso)",
                  "civilian_targeting": "Civilian targeting", "interaction": 37}),
    (NIGER_EN, {"event_id_cnty": "NER103", "event_date": None, "year": None,
                "latitude": None, "longitude": None, "timestamp": 1703980800, "source": None}),
    (BACKGROUND, {"event_id_cnty": "XXXevNone", "region": None, "iso": None,
                  "tags": "background report", "timestamp": None}),
    (_row(104, iso=148, country="Chad"), {"event_id_cnty": "TCD104", "region": "Middle Africa"}),
    (_row(105, iso=840), {"event_id_cnty": "USA105", "region": None}),
    (_row(106, source="Outlet in record"), {"source": "Outlet in record"}),
    (_row(107, latitude=float("nan"), longitude=2.0), {"latitude": None, "longitude": None}),
])
def test_acled_row(row, expected):
    out = acled_row(row)
    assert tuple(out) == ACLED_COLUMNS
    assert {key: out[key] for key in expected} == expected


@pytest.mark.parametrize("claims,expected", [
    ((), None),
    (MALI_AR["claims"], f"{JNIM} (perpetrator, partisan): fatalities; الجيش المالي (government)"),
])
def test_claims_summary(claims, expected):
    assert claims_summary(claims) == expected


# ---- formats read back ----------------------------------------------------------------------

def test_acled_csv_reads_back_with_the_csv_module():
    text = _write(ROWS, "acled-csv").decode("utf-8")
    reader = csv.reader(io.StringIO(text, newline=""))
    assert tuple(next(reader)) == ACLED_COLUMNS
    lines = list(reader)
    expected = [["" if v is None else str(v) for v in acled_row(row).values()] for row in ROWS]
    assert lines == expected
    mali = dict(zip(ACLED_COLUMNS, lines[0], strict=True))
    assert (mali["source"], mali["notes"]) == ("وكالة الأنباء", "هجوم على قافلة عسكرية.")
    burkina = dict(zip(ACLED_COLUMNS, lines[1], strict=True))
    assert burkina["notes"] == BURKINA_FR["notes"] and burkina["fatalities"] == "0"


def test_geojson_is_a_feature_collection_with_points_and_null_geometries():
    data = json.loads(_write(ROWS, "geojson"))
    assert data["type"] == "FeatureCollection" and len(data["features"]) == 4
    mali, burkina, niger, background = data["features"]
    assert mali["geometry"] == {"type": "Point", "coordinates": [-4.98, 14.15]}
    assert burkina["geometry"] == {"type": "Point", "coordinates": [-1.63, 14.1]}
    assert niger["geometry"] is None and background["geometry"] is None
    props = mali["properties"]
    assert list(props)[:len(ACLED_COLUMNS)] == list(ACLED_COLUMNS)
    assert (props["report_id"], props["incident_id"], props["location_text"]) == (
        101, 7, "ديافارابي")
    assert (props["fatalities_low"], props["fatalities_best"], props["fatalities_high"]) == (
        12, 15, 20)
    assert props["claims"].startswith(f"{JNIM} (perpetrator, partisan)")
    assert niger["properties"]["claims"] is None


def test_parquet_reads_back_with_typed_columns():
    table = pq.read_table(io.BytesIO(_write(ROWS, "parquet")))
    assert table.schema == PARQUET_SCHEMA
    mali, burkina, niger, background = table.to_pylist()
    assert mali["event_date"] == dt.date(2024, 3, 2)
    assert mali["doc_published"] == dt.date(2024, 3, 4)
    assert (mali["iso"], mali["latitude"], mali["location_text"]) == (466, 14.15, "ديافارابي")
    assert json.loads(mali["claims"]) == MALI_AR["claims"]
    assert json.loads(mali["evidence"]) == MALI_AR["evidence"]
    assert json.loads(mali["materiel"]) == MALI_AR["materiel"]
    assert (burkina["fatalities"], niger["latitude"], background["report_id"]) == (None, None, None)
    assert json.loads(niger["framing"]) == []


def test_parquet_schema_covers_the_report_row_contract():
    contract = set(EventRecord.model_fields) | set(DOC_KEYS)
    assert set(PARQUET_SCHEMA.names) == contract


def test_parquet_in_small_batches_holds_the_same_rows():
    small = pq.ParquetFile(io.BytesIO(_write(ROWS, "parquet", batch_size=3)))
    whole = pq.read_table(io.BytesIO(_write(ROWS, "parquet")))
    assert small.metadata.num_row_groups == 2
    assert small.read().equals(whole)


def test_jsonl_is_one_sorted_row_per_line_in_utf8():
    data = _write(ROWS, "jsonl")
    lines = data.decode("utf-8").splitlines()
    assert [json.loads(line) for line in lines] == ROWS
    assert all(list(json.loads(line)) == sorted(json.loads(line)) for line in lines)
    assert "ديافارابي".encode() in data


# ---- every format ---------------------------------------------------------------------------

@pytest.mark.parametrize("fmt", FORMATS)
def test_same_rows_give_byte_identical_output(fmt, tmp_path):
    first = _write(ROWS, fmt)
    assert first == _write(iter([dict(row) for row in ROWS]), fmt)
    path = tmp_path / f"out.{fmt}"
    assert write_export(ROWS, fmt, path) == 4
    assert path.read_bytes() == first
    assert sorted(p.name for p in tmp_path.iterdir()) == [path.name]


@pytest.mark.parametrize("fmt,check", [
    ("acled-csv", lambda data: data.decode() == ",".join(ACLED_COLUMNS) + "\n"),
    ("geojson", lambda data: json.loads(data) == {"type": "FeatureCollection", "features": []}),
    ("parquet", lambda data: pq.read_table(io.BytesIO(data)).schema == PARQUET_SCHEMA
     and pq.read_table(io.BytesIO(data)).num_rows == 0),
    ("jsonl", lambda data: data == b""),
])
def test_empty_input_writes_a_valid_empty_export(fmt, check):
    out = io.BytesIO()
    assert write_export(iter(()), fmt, out) == 0
    assert check(out.getvalue())
    assert not out.closed


def test_unknown_format_is_a_config_error_and_writes_nothing(tmp_path):
    with pytest.raises(ConfigError, match=r"unknown export format 'xlsx'.*acled-csv"):
        write_export(ROWS, "xlsx", tmp_path / "out.xlsx")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("fmt,bad,message", [
    ("acled-csv", {"event_date": "02/03/2024"}, r"export acled-csv, row 2 \(report 9\):"),
    ("geojson", {"latitude": 95.0, "longitude": 1.0}, r"row 2 \(report 9\): coordinates out"),
    ("parquet", {"iso": "Mali"}, r"export parquet, row 2 \(report 9\): column iso"),
    ("parquet", {"doc_published": "yesterday"}, r"row 2 \(report 9\): column doc_published"),
    ("jsonl", {"notes": object()}, r"export jsonl, row 2 \(report 9\): cannot write object"),
])
def test_malformed_row_is_an_export_error_naming_it(fmt, bad, message):
    rows = [NIGER_EN, {**_row(9), **bad}]
    with pytest.raises(ExportError, match=message) as caught:
        _write(rows, fmt)
    assert (caught.value.index, caught.value.report_id) == (2, 9)


@pytest.mark.parametrize("fmt", FORMATS)
def test_failed_export_keeps_the_previous_file(fmt, tmp_path):
    path = tmp_path / "out"
    path.write_bytes(b"previous")
    with pytest.raises(ExportError):
        write_export([NIGER_EN, {"report_id": 1, "event_date": object(), "notes": object()}],
                     fmt, path)
    assert path.read_bytes() == b"previous"
    assert [p.name for p in tmp_path.iterdir()] == ["out"]


def test_unwritable_path_is_an_export_error(tmp_path):
    with pytest.raises(ExportError, match="cannot write"):
        write_export(ROWS, "jsonl", tmp_path / "missing" / "out.jsonl")
