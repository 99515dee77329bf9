"""casework (issue 18): case links and list-sort indexes

* ``case_links``: typed links between cases (fine-tune of, quantisation of, merge
  of, same provider, duplicate of, related), confirmed by an officer.
* ``cases``: indexes ``(status, id DESC)``, ``(outcome_label, id DESC)`` and
  ``(assigned_officer_id, id DESC)``, so sorting 100,000 cases by status, outcome
  or assigned officer reads the first page in index order (ties by id DESC).

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02 01:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from migrations._ops import create_table, drop_table, id_column

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_SORT_INDEXES = (
    ("ix_cases_status_id", "status"),
    ("ix_cases_outcome_id", "outcome_label"),
    ("ix_cases_assigned_id", "assigned_officer_id"),
)


def upgrade() -> None:
    create_table(
        "case_links",
        id_column(),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("other_case_id", sa.Integer(), nullable=False),
        sa.Column("link_type", sa.String(length=30), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("basis", sa.String(length=300), nullable=False),
        sa.Column("created_by", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        fks={"case_id": "cases.id", "other_case_id": "cases.id"},
        unique=[("case_id", "other_case_id", "link_type")],
        indexes=("case_id", "other_case_id"),
    )
    for name, col in _SORT_INDEXES:
        op.create_index(name, "cases", [sa.column(col), sa.column("id").desc()], unique=False)


def downgrade() -> None:
    for name, _col in reversed(_SORT_INDEXES):
        op.drop_index(name, table_name="cases")
    drop_table("case_links", indexes=("case_id", "other_case_id"))
