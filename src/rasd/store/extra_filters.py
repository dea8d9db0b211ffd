"""The analyst's filters beyond the ACLED fields: full text, review state, disagreement
between reports, a fatality threshold. SQL on both backends, no dialect branches.

`flagged` is computed, never stored: an incident is flagged when two of its reports give
different non-null values for one of FLAG_FIELDS (COUNT(DISTINCT …) ignores NULLs, so a
report that is silent on a field does not disagree). `q` matches every word (whitespace
separated), case-insensitively, in a report's notes or its document's title or text,
through full-text indexes (see WordIn).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.expression import ColumnElement

from rasd.store import schema

if TYPE_CHECKING:
    from rasd.store.filters import ReportFilter

# fields on which the reports of one incident may disagree (docs/api.md, `flags`)
FLAG_FIELDS = ("event_date", "event_type", "sub_event_type", "actor1", "actor2", "country",
               "admin1", "location", "fatalities")
MAX_WORDS = 8


def _contains(column: Any, word: str) -> Any:
    escaped = word.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return sa.func.lower(column).like(f"%{escaped}%", escape="\\")


class WordIn(ColumnElement[bool]):
    """True for a report whose notes, or whose document's title or text, contain `word`
    (any case). Compiled per backend: SQLite asks its FTS5 trigram tables (migration 0004)
    for words of three characters or more; elsewhere, and for shorter words, LIKE (which
    PostgreSQL's trigram indexes serve)."""

    type = sa.Boolean()
    inherit_cache = False

    def __init__(self, word: str) -> None:
        self.word = word
        # built once per word, whatever the number of compilations
        r, d = schema.reports, schema.documents
        own = sa.select(d.c.id).where(sa.or_(_contains(d.c.title, word),
                                             _contains(d.c.text, word)))
        self._like = sa.or_(_contains(r.c.notes, word), r.c.document_id.in_(own))
        self._phrase = sa.literal('"' + word.replace('"', '""') + '"')

    def like(self) -> Any:
        """The portable form: a LIKE per column (reports, and their documents by id)."""
        return self._like


@compiles(WordIn)
def _word_like(element: WordIn, compiler: Any, **kw: Any) -> str:
    # parenthesised: the words are AND-ed, and each word's test is an OR
    return f"({compiler.process(element.like(), **kw)})"


@compiles(WordIn, "sqlite")
def _word_fts(element: WordIn, compiler: Any, **kw: Any) -> str:
    if len(element.word) < 3:  # below a trigram: the index cannot answer
        return _word_like(element, compiler, **kw)
    phrase = compiler.process(element._phrase, **kw)
    return (f"(reports.id IN (SELECT rowid FROM reports_fts WHERE reports_fts MATCH {phrase})"
            f" OR reports.document_id IN (SELECT rowid FROM documents_fts"
            f" WHERE documents_fts MATCH {phrase}))")


def text_match(q: str) -> Any:
    """Ids of reports whose notes, or whose document's title or text, hold every word of
    `q` (up to MAX_WORDS)."""
    words = q.split()[:MAX_WORDS]
    return sa.select(schema.reports.c.id).where(*(WordIn(w) for w in words))


def flagged_incidents() -> sa.Select:
    """Ids of incidents whose reports disagree on a FLAG_FIELDS field."""
    r, ir = schema.reports, schema.incident_reports
    differ = [sa.func.count(sa.distinct(r.c[name])) > 1 for name in FLAG_FIELDS]
    return (sa.select(ir.c.incident_id).join(r, r.c.id == ir.c.report_id)
            .group_by(ir.c.incident_id).having(sa.or_(*differ)))


def _member_of(incidents: Any) -> Any:
    ir = schema.incident_reports
    return sa.select(ir.c.report_id).where(ir.c.incident_id.in_(incidents))


def incident_extras(where: ReportFilter) -> list[Any]:
    """Conditions on incidents for q, reviewed, flagged and min_fatalities."""
    i, ir = schema.incidents, schema.incident_reports
    out: list[Any] = []
    if where.q and where.q.split():
        out.append(i.c.id.in_(sa.select(ir.c.incident_id)
                              .where(ir.c.report_id.in_(text_match(where.q)))))
    if where.reviewed is not None:
        out.append(i.c.locked.is_(where.reviewed))
    if where.flagged is not None:
        inside = i.c.id.in_(flagged_incidents())
        out.append(inside if where.flagged else sa.not_(inside))
    if where.min_fatalities is not None:
        out.append(i.c.fatalities >= where.min_fatalities)
    return out


def report_extras(where: ReportFilter) -> list[Any]:
    """Conditions on reports for q, min_fatalities, and reviewed/flagged (of their incident)."""
    r, i = schema.reports, schema.incidents
    out: list[Any] = []
    if where.q and where.q.split():
        out.append(r.c.id.in_(text_match(where.q)))
    if where.min_fatalities is not None:
        out.append(r.c.fatalities >= where.min_fatalities)
    if where.reviewed is not None:
        inside = r.c.id.in_(_member_of(sa.select(i.c.id).where(i.c.locked.is_(True))))
        out.append(inside if where.reviewed else sa.not_(inside))
    if where.flagged is not None:
        inside = r.c.id.in_(_member_of(flagged_incidents()))
        out.append(inside if where.flagged else sa.not_(inside))
    return out
