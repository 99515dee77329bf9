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
    op.create_table(
        "case_links",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("other_case_id", sa.Integer(), nullable=False),
        sa.Column("link_type", sa.String(length=30), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("basis", sa.String(length=300), nullable=False),
        sa.Column("created_by", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], name=op.f("fk_case_links_case_id_cases")),
        sa.ForeignKeyConstraint(
            ["other_case_id"], ["cases.id"], name=op.f("fk_case_links_other_case_id_cases")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_links")),
        sa.UniqueConstraint(
            "case_id",
            "other_case_id",
            "link_type",
            name=op.f("uq_case_links_case_id"),
        ),
    )
    with op.batch_alter_table("case_links", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_case_links_case_id"), ["case_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_case_links_other_case_id"), ["other_case_id"], unique=False)
    for name, col in _SORT_INDEXES:
        op.create_index(name, "cases", [sa.column(col), sa.column("id").desc()], unique=False)


def downgrade() -> None:
    for name, _col in reversed(_SORT_INDEXES):
        op.drop_index(name, table_name="cases")
    with op.batch_alter_table("case_links", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_case_links_other_case_id"))
        batch_op.drop_index(batch_op.f("ix_case_links_case_id"))
    op.drop_table("case_links")
