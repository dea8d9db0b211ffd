"""The event store's tables (SQLAlchemy Core), the same on SQLite and PostgreSQL.

The migrations in `migrations/versions/` create exactly these tables; a test compares a
migrated database with this metadata, so the two cannot drift apart.

documents        one row per distinct text (`content_hash` unique: ingest is idempotent)
runs             one row per ingest/batch run: command, config, versions, counts
reports          one row per EventRecord (one incident as one document reports it)
evidence         the character spans behind each report field
incidents        reports of one incident across sources, with reconciled figures
incident_reports which report belongs to which incident (a report to one incident)
reviews          the audit trail of analysts' actions (who, when, what, before/after)
errors           documents that could not be read or analysed, so nothing is lost silently
tokens           API tokens for write actions: a name (the reviewer) and a SHA-256 hash
"""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

metadata = MetaData(naming_convention={
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
})

runs = Table(
    "runs", metadata,
    Column("id", Integer, primary_key=True),
    Column("command", String(32), nullable=False),
    Column("started_at", DateTime(timezone=True), nullable=False),
    Column("finished_at", DateTime(timezone=True)),
    # running, done, failed, interrupted (Ctrl-C), killed (found dead by a later run)
    Column("status", String(16), nullable=False),
    Column("rasd_version", String(32), nullable=False),
    Column("stages", JSON, nullable=False),  # the pipeline's stage names with versions
    Column("config", JSON, nullable=False),
    Column("documents", Integer, nullable=False, default=0),
    Column("skipped", Integer, nullable=False, default=0),
    Column("errors", Integer, nullable=False, default=0),
    Column("host", String(255)),  # where the run's process runs, and its id: a run left
    Column("pid", Integer),  # `running` by a process that is gone was killed
)

documents = Table(
    "documents", metadata,
    Column("id", Integer, primary_key=True),
    Column("content_hash", String(64), nullable=False, unique=True),
    Column("run_id", Integer, ForeignKey("runs.id"), nullable=False),
    Column("origin", Text),
    Column("lang", String(8)),
    Column("published", Date),
    Column("source", Text),
    Column("url", Text),
    Column("title", Text),
    Column("text", Text, nullable=False),
    Column("chars", Integer, nullable=False),
    Column("stance", JSON),
    Column("warnings", JSON, nullable=False),
)

reports = Table(
    "reports", metadata,
    Column("id", Integer, primary_key=True),
    Column("event_id", String(64), nullable=False, unique=True),
    Column("document_id", Integer, ForeignKey("documents.id", ondelete="CASCADE"),
           nullable=False, index=True),
    Column("pipeline_version", String(32), nullable=False),
    Column("role", String(16), nullable=False),
    Column("event_date", Date, index=True),
    Column("time_precision", Integer),
    Column("disorder_type", String(64)),
    Column("event_type", String(64), index=True),
    Column("sub_event_type", String(64)),
    Column("actor1", Text),
    Column("assoc_actor_1", Text),
    Column("inter1", Integer),
    Column("actor2", Text),
    Column("assoc_actor_2", Text),
    Column("inter2", Integer),
    Column("interaction", Integer),
    Column("civilian_targeting", String(32)),
    Column("iso", Integer),
    Column("country", String(64), index=True),
    Column("admin1", Text),
    Column("admin2", Text),
    Column("admin3", Text),
    Column("location", Text),
    Column("location_text", Text),
    Column("latitude", Float),
    Column("longitude", Float),
    Column("geo_precision", Integer),
    Column("source", Text),
    Column("notes", Text),
    Column("fatalities", Integer),
    Column("fatalities_low", Integer),
    Column("fatalities_best", Integer),
    Column("fatalities_high", Integer),
    Column("injured", Integer),
    Column("abducted", Integer),
    Column("missing", Integer),
    Column("arrested", Integer),
    Column("partisan", Boolean, nullable=False),  # some figure or claim only a party gives
    Column("claimants", Text),  # "role:name|role:name", for filtering
    Column("materiel", JSON, nullable=False),
    Column("claims", JSON, nullable=False),
    Column("framing", JSON, nullable=False),
    Column("confidence", JSON, nullable=False),
)

evidence = Table(
    "evidence", metadata,
    Column("id", Integer, primary_key=True),
    Column("report_id", Integer, ForeignKey("reports.id", ondelete="CASCADE"), nullable=False,
           index=True),
    Column("field", String(64), nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
)

incidents = Table(
    "incidents", metadata,
    Column("id", Integer, primary_key=True),
    Column("event_date", Date, index=True),
    Column("event_type", String(64)),
    Column("sub_event_type", String(64)),
    Column("actor1", Text),
    Column("actor2", Text),
    Column("iso", Integer),
    Column("country", String(64), index=True),
    Column("admin1", Text),
    Column("admin2", Text),
    Column("location", Text),
    Column("latitude", Float),
    Column("longitude", Float),
    Column("geo_precision", Integer),
    Column("fatalities", Integer),
    Column("fatalities_low", Integer),
    Column("fatalities_best", Integer),
    Column("fatalities_high", Integer),
    Column("reports", Integer, nullable=False),
    Column("sources", JSON, nullable=False),  # every report's figure with its claimant
    Column("locked", Boolean, nullable=False, default=False),  # reviewed: re-clustering keeps it
    # from the reports, so filters need no join: some report rests on a party's claim; and
    # every report's "role:claimant", "|"-separated
    Column("partisan", Boolean, nullable=False, server_default=sa.false()),
    Column("claimants", Text),
)
# case-insensitive filters (lower(col) = value) use these expression indexes on both backends
LOWER_INDEXES = (
    Index("ix_incidents_lower_country", sa.func.lower(incidents.c.country)),
    Index("ix_incidents_lower_admin1", sa.func.lower(incidents.c.admin1)),
    Index("ix_incidents_lower_event_type", sa.func.lower(incidents.c.event_type)),
    Index("ix_incidents_lower_sub_event_type", sa.func.lower(incidents.c.sub_event_type)),
    Index("ix_reports_lower_country", sa.func.lower(reports.c.country)),
    Index("ix_reports_lower_event_type", sa.func.lower(reports.c.event_type)),
)

# text-search objects made by migration 0004 outside this metadata (FTS5 tables and their
# shadow tables on SQLite, trigram indexes on PostgreSQL): the schema comparison skips them
SEARCH_OBJECTS = ("documents_fts", "reports_fts", "ix_documents_title_trgm",
                  "ix_documents_text_trgm", "ix_reports_notes_trgm")

incident_reports = Table(
    "incident_reports", metadata,
    Column("incident_id", Integer, ForeignKey("incidents.id", ondelete="CASCADE"),
           nullable=False, index=True),
    Column("report_id", Integer, ForeignKey("reports.id", ondelete="CASCADE"), nullable=False,
           primary_key=True),
)

reviews = Table(
    "reviews", metadata,
    Column("id", Integer, primary_key=True),
    Column("at", DateTime(timezone=True), nullable=False),
    Column("reviewer", String(128), nullable=False),
    Column("action", String(32), nullable=False),  # confirm, correct, merge, split
    Column("target", String(16), nullable=False),  # report or incident
    Column("target_id", Integer, nullable=False),
    Column("field", String(64)),
    Column("before", JSON),
    Column("after", JSON),
    Column("comment", Text),
    Index("ix_reviews_target", "target", "target_id"),
)

errors = Table(
    "errors", metadata,
    Column("id", Integer, primary_key=True),
    Column("run_id", Integer, ForeignKey("runs.id"), nullable=False),
    Column("origin", Text, nullable=False),  # file, or file:line
    Column("kind", String(16), nullable=False),  # input, stage
    Column("message", Text, nullable=False),
    Column("fingerprint", String(64), nullable=False),  # origin + message: the same failure once
    UniqueConstraint("fingerprint"),
)

tokens = Table(
    "tokens", metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(128), nullable=False, unique=True),  # the reviewer in `reviews`
    Column("token_hash", String(64), nullable=False, unique=True),  # sha256 hex; never the token
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("revoked_at", DateTime(timezone=True)),
)
