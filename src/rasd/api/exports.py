"""Downloads of the current filter: GET /api/incidents/export and /api/reports/export.

The file is written to a spooled temporary file (memory up to SPOOL bytes, then disk) and
streamed from there, so a large export neither holds a database connection for the whole
transfer nor the whole file in memory.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from typing import IO, Annotated, Literal

from fastapi import APIRouter, Depends, Query
from fastapi.responses import StreamingResponse
from starlette.background import BackgroundTask

from rasd.api.deps import get_store, incident_filter, reader, report_filter
from rasd.downloads import MEDIA_TYPES, SUFFIXES, Level, download
from rasd.store import ReportFilter, Store

router = APIRouter(prefix="/api", dependencies=[Depends(reader)], tags=["downloads"])
SPOOL = 16 * 1024 * 1024
CHUNK = 64 * 1024
Format = Literal["csv", "acled-csv", "geojson", "parquet", "jsonl"]
FormatParam = Annotated[Format, Query(description="csv (ACLED columns), geojson, parquet or jsonl.")]
BomParam = Annotated[bool, Query(description="Start a CSV with a UTF-8 byte-order mark (for Excel).")]


def _chunks(spool: IO[bytes]) -> Iterator[bytes]:
    while chunk := spool.read(CHUNK):
        yield chunk


def _answer(store: Store, where: ReportFilter, fmt: str, *, level: Level,
            bom: bool) -> StreamingResponse:
    fmt = "acled-csv" if fmt == "csv" else fmt
    # closed by the response's background task once sent, or here if writing fails
    spool = tempfile.SpooledTemporaryFile(max_size=SPOOL)  # noqa: SIM115
    try:
        download(store, where, fmt, spool, level=level, bom=bom)
    except BaseException:
        spool.close()
        raise
    spool.seek(0)
    name = f"rasd-{level}.{SUFFIXES[fmt]}"
    return StreamingResponse(_chunks(spool), media_type=MEDIA_TYPES[fmt],
                             headers={"Content-Disposition": f'attachment; filename="{name}"'},
                             background=BackgroundTask(spool.close))


@router.get("/incidents/export", response_class=StreamingResponse)
def export_incidents(store: Annotated[Store, Depends(get_store)],
                     where: Annotated[ReportFilter, Depends(incident_filter)],
                     format: FormatParam = "csv", bom: BomParam = False) -> StreamingResponse:
    """The filter's incidents, one row each, reconciled, with their incident and report ids."""
    return _answer(store, where, format, level="incidents", bom=bom)


@router.get("/reports/export", response_class=StreamingResponse)
def export_reports(store: Annotated[Store, Depends(get_store)],
                   where: Annotated[ReportFilter, Depends(report_filter)],
                   format: FormatParam = "csv", bom: BomParam = False) -> StreamingResponse:
    """The filter's reports, one row each, with their report and incident ids."""
    return _answer(store, where, format, level="reports", bom=bom)
