"""Indexes for the `q` filter (words in a report's notes or its document's title or text).

SQLite: FTS5 tables with the trigram tokenizer (any script, any case, substrings: Arabic
words with their clitics attached are found), kept in step with their tables by triggers.
PostgreSQL: trigram GIN indexes (pg_trgm) that its LIKE queries use; where the extension
cannot be created, the same queries run without them. Neither index is in `schema.metadata`
(schema.SEARCH_OBJECTS names them for the schema comparison).

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None

# (fts table, content table, its indexed columns)
_SQLITE = (("documents_fts", "documents", ("title", "text")), ("reports_fts", "reports", ("notes",)))
_PG_INDEXES = (("ix_documents_title_trgm", "documents", "title"),
               ("ix_documents_text_trgm", "documents", "text"),
               ("ix_reports_notes_trgm", "reports", "notes"))


def _sqlite(fts: str, table: str, columns: tuple[str, ...]) -> list[str]:
    cols = ", ".join(columns)
    new = ", ".join(f"new.{c}" for c in columns)
    old = ", ".join(f"old.{c}" for c in columns)
    delete = f"INSERT INTO {fts}({fts}, rowid, {cols}) VALUES ('delete', old.id, {old});"
    insert = f"INSERT INTO {fts}(rowid, {cols}) VALUES (new.id, {new});"
    return [
        (f"CREATE VIRTUAL TABLE {fts} USING fts5({cols}, content='{table}', content_rowid='id', "
         "tokenize='trigram')"),
        f"CREATE TRIGGER {fts}_ai AFTER INSERT ON {table} BEGIN {insert} END",
        f"CREATE TRIGGER {fts}_ad AFTER DELETE ON {table} BEGIN {delete} END",
        f"CREATE TRIGGER {fts}_au AFTER UPDATE OF {cols} ON {table} BEGIN {delete} {insert} END",
        f"INSERT INTO {fts}({fts}) VALUES ('rebuild')",  # what is stored already
    ]


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for fts, table, columns in _SQLITE:
            for statement in _sqlite(fts, table, columns):
                op.execute(statement)
    elif dialect == "postgresql":
        _postgres_indexes()


def _postgres_indexes() -> None:
    conn = op.get_bind()
    savepoint = conn.begin_nested()
    try:
        conn.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    except sa.exc.DBAPIError:  # not allowed for this role: the filter works without it
        savepoint.rollback()
        return
    savepoint.commit()
    for name, table, column in _PG_INDEXES:
        op.execute(f"CREATE INDEX {name} ON {table} USING gin (lower({column}) gin_trgm_ops)")


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for fts, _table, _columns in _SQLITE:
            for suffix in ("ai", "ad", "au"):
                op.execute(f"DROP TRIGGER IF EXISTS {fts}_{suffix}")
            op.execute(f"DROP TABLE IF EXISTS {fts}")
    elif dialect == "postgresql":
        for name, _table, _column in _PG_INDEXES:
            op.execute(f"DROP INDEX IF EXISTS {name}")
