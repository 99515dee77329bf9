"""team logins (issue 14): each officer connects with their own PostgreSQL login

Columns (every backend):

* ``officers.db_login``: the PostgreSQL login of that officer (team mode), unique;
  ``granted_by`` / ``granted_at``: who gave the officer their role, and when;
  ``grant_cms``: a signed role grant (single-user mode, SQLite).
* ``officer_certificates.registration_cms``: the head's signature over a certificate
  registration (single-user mode).
* ``letters.drafted_login`` / ``approved_login`` / ``issued_login`` and
  ``audit_events.db_login``: the database login that wrote the row (team mode: forced
  to ``session_user`` by the server; empty on SQLite).

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02 04:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

LOGIN_LENGTH = 63  # PostgreSQL's NAMEDATALEN - 1
LETTER_LOGINS = ("drafted_login", "approved_login", "issued_login")


def upgrade() -> None:
    # Plain ADD COLUMN (no batch copy): audit_events keeps its append-only triggers (0005).
    op.add_column("officers", sa.Column("db_login", sa.String(length=LOGIN_LENGTH), nullable=True))
    op.add_column(
        "officers", sa.Column("granted_by", sa.String(length=200), nullable=False, server_default="")
    )
    op.add_column("officers", sa.Column("granted_at", sa.DateTime(timezone=True), nullable=True))
    op.add_column("officers", sa.Column("grant_cms", sa.LargeBinary(), nullable=True))
    op.create_index(op.f("ix_officers_db_login"), "officers", ["db_login"], unique=True)
    op.add_column("officer_certificates", sa.Column("registration_cms", sa.LargeBinary(), nullable=True))
    for name in LETTER_LOGINS:
        op.add_column(
            "letters",
            sa.Column(name, sa.String(length=LOGIN_LENGTH), nullable=False, server_default=""),
        )
    op.add_column(
        "audit_events",
        sa.Column("db_login", sa.String(length=LOGIN_LENGTH), nullable=False, server_default=""),
    )


def downgrade() -> None:
    op.drop_column("audit_events", "db_login")
    for name in reversed(LETTER_LOGINS):
        op.drop_column("letters", name)
    op.drop_column("officer_certificates", "registration_cms")
    op.drop_index(op.f("ix_officers_db_login"), table_name="officers")
    op.drop_column("officers", "grant_cms")
    op.drop_column("officers", "granted_at")
    op.drop_column("officers", "granted_by")
    op.drop_column("officers", "db_login")
