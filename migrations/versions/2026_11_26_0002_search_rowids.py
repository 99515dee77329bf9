"""search rows keyed by case: FTS5 rowid = case_id << 24 | slot (SQLite)

A search then reads case ids from the index's rowids (``rowid >> 24``) instead
of the stored ``case_id`` column, and a case's rows are one rowid range. Rows
are renumbered; texts and case ids are unchanged. PostgreSQL: nothing to do.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26 14:15:00
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SLOT_BITS = 24  # db.search.SLOT_BITS


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute(
        "CREATE TEMP TABLE case_search_renumber AS SELECT case_id, source, body, "
        "row_number() OVER (PARTITION BY case_id ORDER BY rowid) - 1 AS slot FROM case_search"
    )
    op.execute("DELETE FROM case_search")
    op.execute(
        f"INSERT INTO case_search (rowid, case_id, source, body) "
        f"SELECT (case_id << {SLOT_BITS}) + slot, case_id, source, body FROM case_search_renumber"
    )
    op.execute("DROP TABLE case_search_renumber")


def downgrade() -> None:
    pass  # the 0001 code reads the case_id column, which every row still has
