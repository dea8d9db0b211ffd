"""Incident filters without joins: incidents.partisan and incidents.claimants, filled from
their reports, and expression indexes for the case-insensitive filters.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None

_LOWER = (
    ("ix_incidents_lower_country", "incidents", "country"),
    ("ix_incidents_lower_admin1", "incidents", "admin1"),
    ("ix_incidents_lower_event_type", "incidents", "event_type"),
    ("ix_incidents_lower_sub_event_type", "incidents", "sub_event_type"),
    ("ix_reports_lower_country", "reports", "country"),
    ("ix_reports_lower_event_type", "reports", "event_type"),
)


def upgrade() -> None:
    # plain ADD COLUMN, never a batch copy: on SQLite a batch operation drops and recreates
    # the table, and with foreign keys on that cascade-deletes every incident_reports row
    op.add_column('incidents', sa.Column('partisan', sa.Boolean(), server_default=sa.false(),
                                         nullable=False))
    op.add_column('incidents', sa.Column('claimants', sa.Text(), nullable=True))
    for name, table, column in _LOWER:
        op.create_index(name, table, [sa.text(f"lower({column})")], unique=False)
    _backfill()


def _backfill() -> None:
    """Fill the new columns of existing incidents from their reports."""
    conn = op.get_bind()
    rows = conn.execute(sa.text(
        "SELECT ir.incident_id, r.partisan, r.claimants FROM incident_reports ir "
        "JOIN reports r ON r.id = ir.report_id ORDER BY ir.incident_id, r.id"))
    found: dict[int, tuple[bool, list[str]]] = {}
    for incident_id, partisan, claimants in rows:
        old_partisan, names = found.get(incident_id, (False, []))
        found[incident_id] = (old_partisan or bool(partisan), names + ([claimants] if claimants else []))
    update = sa.text("UPDATE incidents SET partisan = :partisan, claimants = :claimants WHERE id = :id")
    for incident_id, (partisan, names) in found.items():
        conn.execute(update, {"id": incident_id, "partisan": partisan,
                              "claimants": "|".join(names) or None})


def downgrade() -> None:
    for name, table, _ in _LOWER:
        op.drop_index(name, table_name=table)
    with op.batch_alter_table('incidents', schema=None) as batch_op:
        batch_op.drop_column('claimants')
        batch_op.drop_column('partisan')
