"""The event store: SQLAlchemy Core over SQLite (the embedded default) or PostgreSQL.

    with open_store("rasd.db") as store:              # or "postgresql://user@host/db"
        run_id = store.start_run(cfg, command="ingest")
        store.add_documents([document_json, ...], run_id=run_id)
        for report in store.reports(ReportFilter(country="Mali")):
            ...

Opening a store brings its schema up to date with the Alembic migrations shipped in
`rasd/store/migrations`. Every write is one transaction: a document is stored with all its
reports and evidence, or not at all, so a killed ingest loses nothing committed and the next
run skips what is there (documents are keyed by their content hash).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import socket
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from rasd import __version__
from rasd.errors import StoreError
from rasd.store import schema
from rasd.store.filters import ReportFilter, incident_conditions, report_conditions
from rasd.store.rows import document_row, evidence_rows, report_dict, report_row

__all__ = ["ErrorRow", "ReportFilter", "Store", "database_url", "open_store"]

DEFAULT_DB = "rasd.db"
_MIGRATIONS = Path(__file__).with_name("migrations")


@dataclass(frozen=True, slots=True)
class ErrorRow:
    """A document that could not be read or analysed."""

    origin: str
    kind: str  # "input" or "stage"
    message: str


def database_url(db: str | Path | None) -> str:
    """A SQLAlchemy URL from `--db`: a URL as given (postgresql:// uses psycopg 3), else
    a SQLite file path."""
    db = DEFAULT_DB if db is None else str(db)
    if db.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + db.split("://", 1)[1]
    if "://" in db:
        return db
    return f"sqlite:///{Path(db).expanduser()}"


def _engine(url: str) -> Engine:
    if not url.startswith("sqlite"):
        return sa.create_engine(url, pool_pre_ping=True)
    engine = sa.create_engine(url)

    @sa.event.listens_for(engine, "connect")
    def _pragmas(dbapi_conn: Any, _record: Any) -> None:
        cursor = dbapi_conn.cursor()
        # WAL: readers (the API) never block the loader; NORMAL is durable for WAL commits
        # except on power loss, where the last transactions may roll back (never corrupt)
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=30000")
        cursor.close()

    return engine


def migrate(engine: Engine, revision: str = "head") -> None:
    """Bring the database's schema up to `revision` (the newest by default)."""
    from alembic import command
    from alembic.config import Config as AlembicConfig

    cfg = AlembicConfig()
    cfg.set_main_option("script_location", str(_MIGRATIONS))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)


def open_store(db: str | Path | None = None, *, upgrade: bool = True) -> Store:
    """The store at `db` (a SQLite path, default rasd.db, or a PostgreSQL URL)."""
    url = database_url(db)
    try:
        engine = _engine(url)
        if upgrade:
            migrate(engine)
    except sa.exc.SQLAlchemyError as exc:
        raise StoreError(f"cannot open the store at {_safe(url)}: {_reason(exc)}") from exc
    return Store(engine)


def _safe(url: str) -> str:
    return sa.engine.make_url(url).render_as_string(hide_password=True)


def _reason(exc: BaseException) -> str:
    return str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]


_WRITE_ATTEMPTS = 3


def _alive(pid: int) -> bool:
    """Whether a process with this id exists on this host (one of another user counts)."""
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True
    return True


class Store:
    """Reads and writes of the event store; see the module docstring."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.engine.dispose()

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    # runs -----------------------------------------------------------------------------

    def start_run(self, cfg: Any, *, command: str, stages: Sequence[str] = ()) -> int:
        """A new run row (status running); returns its id."""
        config = json.loads(cfg.model_dump_json()) if hasattr(cfg, "model_dump_json") else dict(cfg or {})
        with self.engine.begin() as conn:
            return conn.execute(sa.insert(schema.runs).returning(schema.runs.c.id), {
                "command": command, "started_at": _now(), "status": "running",
                "rasd_version": __version__, "stages": list(stages), "config": config,
                "documents": 0, "skipped": 0, "errors": 0,
                "host": socket.gethostname()[:255], "pid": os.getpid(),
            }).scalar_one()

    def mark_killed_runs(self) -> list[int]:
        """Runs left `running` by a process of this host that no longer exists (killed,
        or the machine stopped) marked `killed`; returns their ids. A run of another host,
        or one stored before runs named their process, is left as it is: nothing here can
        tell whether it still runs."""
        host = socket.gethostname()[:255]
        runs = schema.runs
        with self.engine.begin() as conn:
            rows = conn.execute(sa.select(runs.c.id, runs.c.pid).where(
                runs.c.status == "running", runs.c.host == host, runs.c.pid.is_not(None))).all()
            dead = [row.id for row in rows if not _alive(row.pid)]
            if dead:
                conn.execute(sa.update(runs).where(runs.c.id.in_(dead), runs.c.status == "running")
                             .values(status="killed", finished_at=_now()))
        return dead

    def finish_run(self, run_id: int, *, status: str, documents: int, skipped: int,
                   errors: int) -> None:
        """Record how a run ended and what it did."""
        with self.engine.begin() as conn:
            conn.execute(sa.update(schema.runs).where(schema.runs.c.id == run_id).values(
                finished_at=_now(), status=status, documents=documents, skipped=skipped,
                errors=errors))

    def run(self, run_id: int) -> dict[str, Any] | None:
        with self.engine.connect() as conn:
            row = conn.execute(sa.select(schema.runs).where(schema.runs.c.id == run_id)).first()
        return None if row is None else dict(row._mapping)

    # writes ---------------------------------------------------------------------------

    def known(self, hashes: Iterable[str]) -> set[str]:
        """Which of these content hashes are stored already."""
        with self.engine.connect() as conn:
            return self._known_in(conn, list(dict.fromkeys(hashes)))

    def add_documents(self, docs: Sequence[dict[str, Any]], *, run_id: int) -> int:
        """Store analysed documents (their JSON) with their reports and evidence, in one
        transaction; documents already stored (same content) are skipped. Returns how many
        were new."""
        # another writer (a second `rasd ingest` of the same file) may store some of them
        # between our look-up and our insert: the transaction is then tried again, and
        # sees them stored
        for attempt in range(_WRITE_ATTEMPTS):
            try:
                return self._add_documents(docs, run_id=run_id)
            except (sa.exc.IntegrityError, sa.exc.OperationalError):
                if attempt == _WRITE_ATTEMPTS - 1:
                    raise
        return 0

    def _add_documents(self, docs: Sequence[dict[str, Any]], *, run_id: int) -> int:
        added = 0
        with self.engine.begin() as conn:
            seen = self._known_in(conn, [d["doc_id"] for d in docs])
            for doc in docs:
                if doc["doc_id"] in seen:
                    continue
                seen.add(doc["doc_id"])
                self._insert_document(conn, doc, run_id=run_id)
                added += 1
        return added

    def add_errors(self, errors: Sequence[ErrorRow], *, run_id: int) -> int:
        """Record failures; the same failure (origin and message) is recorded once."""
        rows = {_fingerprint(e): e for e in errors}
        if not rows:
            return 0
        with self.engine.begin() as conn:
            column = schema.errors.c.fingerprint
            old = set(conn.execute(sa.select(column).where(column.in_(list(rows)))).scalars())
            new = [{"run_id": run_id, "origin": e.origin, "kind": e.kind, "message": e.message,
                    "fingerprint": key} for key, e in rows.items() if key not in old]
            if new:
                conn.execute(sa.insert(schema.errors), new)
        return len(new)

    def load_shard(self, path: str | Path, *, run_id: int, batch: int = 200) -> tuple[int, int]:
        """Load a batch shard's output (JSON lines of {"document": …} or {"error": …});
        returns (new documents, new errors)."""
        from rasd.store.loader import load_lines

        with Path(path).open(encoding="utf-8") as lines:
            return load_lines(self, lines, run_id=run_id, batch=batch, origin=str(path))

    def _known_in(self, conn: Connection, hashes: list[str]) -> set[str]:
        column = schema.documents.c.content_hash
        found: set[str] = set()
        for i in range(0, len(hashes), 500):  # bounded IN lists, whatever the batch size
            found.update(conn.execute(sa.select(column).where(
                column.in_(hashes[i:i + 500]))).scalars())
        return found

    def _insert_document(self, conn: Connection, doc: dict[str, Any], *, run_id: int) -> None:
        document_id = conn.execute(
            sa.insert(schema.documents).returning(schema.documents.c.id),
            document_row(doc, run_id=run_id)).scalar_one()
        for event in doc.get("events") or ():
            report_id = conn.execute(
                sa.insert(schema.reports).returning(schema.reports.c.id),
                report_row(event, document_id=document_id)).scalar_one()
            spans = evidence_rows(event, report_id=report_id)
            if spans:
                conn.execute(sa.insert(schema.evidence), spans)

    # reads ----------------------------------------------------------------------------

    def reports(self, where: ReportFilter | None = None, *, limit: int | None = None,
                offset: int = 0, batch: int = 1000, evidence: bool = True,
                lean: bool = False) -> Iterator[dict[str, Any]]:
        """Reports matching the filter, oldest event first, as dicts (see rows.report_dict);
        `evidence=False` leaves their evidence spans out, `lean=True` their notes, materiel,
        framing and confidence too (None): what grouping needs, read fast."""
        query = _report_query(where or ReportFilter(), lean=lean).offset(offset)
        if limit is not None:
            query = query.limit(limit)
        with self.engine.connect() as conn:
            result = conn.execution_options(yield_per=batch).execute(query)
            for chunk in result.partitions():
                if evidence:
                    yield from _with_evidence(conn, chunk)
                else:
                    yield from (report_dict(row, []) for row in chunk)

    def count_reports(self, where: ReportFilter | None = None) -> int:
        query = _report_query(where or ReportFilter()).order_by(None)
        with self.engine.connect() as conn:
            return conn.execute(sa.select(sa.func.count()).select_from(query.subquery())).scalar_one()

    def incidents(self, where: ReportFilter | None = None, *, limit: int | None = None,
                  offset: int = 0, sort: str | None = None) -> list[dict[str, Any]]:
        """Incidents matching the filter (latest first, or by `sort`: see store.order),
        each with its `report_ids`."""
        from rasd.store.order import incident_order

        i, ir = schema.incidents, schema.incident_reports
        # NULLS LAST rather than `event_date IS NULL`: SQLite then walks the date index
        order = incident_order(sort)
        page = (sa.select(i.c.id).where(*incident_conditions(where or ReportFilter()))
                .order_by(*order).offset(offset))
        if limit is not None:
            page = page.limit(limit)
        # sort narrow rows, then read the page's full rows: sorting whole rows (sources JSON
        # and all) costs SQLite several times more on large stores
        query = sa.select(i).where(i.c.id.in_(page.scalar_subquery())).order_by(*order)
        with self.engine.connect() as conn:
            rows = [dict(row._mapping) for row in conn.execute(query)]
            members: dict[int, list[int]] = {}
            ids = [row["id"] for row in rows]
            for start in range(0, len(ids), 500):
                for incident_id, report_id in conn.execute(
                        sa.select(ir.c.incident_id, ir.c.report_id)
                        .where(ir.c.incident_id.in_(ids[start:start + 500]))
                        .order_by(ir.c.report_id)):
                    members.setdefault(incident_id, []).append(report_id)
        for row in rows:
            row["report_ids"] = members.get(row["id"], [])
        return rows

    def count_incidents(self, where: ReportFilter | None = None) -> int:
        i = schema.incidents
        with self.engine.connect() as conn:
            return conn.execute(sa.select(sa.func.count()).select_from(i).where(
                *incident_conditions(where or ReportFilter()))).scalar_one()

    def document(self, content_hash: str) -> dict[str, Any] | None:
        """A stored document (text and metadata) by its content hash."""
        table = schema.documents
        with self.engine.connect() as conn:
            row = conn.execute(sa.select(table).where(table.c.content_hash == content_hash)).first()
        return None if row is None else dict(row._mapping)

    def counts(self) -> dict[str, int]:
        """Rows per table (for status lines and tests)."""
        tables = ("documents", "reports", "evidence", "incidents", "incident_reports",
                  "errors", "runs", "reviews")
        with self.engine.connect() as conn:
            return {name: conn.execute(sa.select(sa.func.count()).select_from(
                schema.metadata.tables[name])).scalar_one() for name in tables}


_HEAVY = frozenset({"notes", "materiel", "framing", "confidence"})


def _report_query(where: ReportFilter, *, lean: bool = False) -> sa.Select:
    r, d, ir = schema.reports, schema.documents, schema.incident_reports
    own = [c for c in r.columns if c.name not in _HEAVY] if lean else [r]
    columns = [*own, d.c.content_hash, ir.c.incident_id,
               *(d.c[k].label(f"doc_{k}") for k in ("lang", "published", "source", "url", "title"))]
    return (sa.select(*columns)
            .join(d, d.c.id == r.c.document_id)
            .outerjoin(ir, ir.c.report_id == r.c.id)
            .where(*report_conditions(where))
            .order_by(r.c.event_date.is_(None), r.c.event_date, r.c.id))


def _with_evidence(conn: Connection, rows: Sequence[Any]) -> Iterator[dict[str, Any]]:
    ids = [row.id for row in rows]
    spans: dict[int, list[Any]] = {}
    table = schema.evidence
    for item in conn.execute(sa.select(table).where(table.c.report_id.in_(ids))
                             .order_by(table.c.report_id, table.c.id)):
        spans.setdefault(item.report_id, []).append(item)
    for row in rows:
        yield report_dict(row, spans.get(row.id, []))


def _fingerprint(error: ErrorRow) -> str:
    return hashlib.sha256(f"{error.origin}\n{error.message}".encode()).hexdigest()


def _now() -> dt.datetime:
    # audit timestamps only: nothing extracted from a text ever depends on the clock
    return dt.datetime.now(dt.UTC)
