"""records (issue 16): audit rows append-only (triggers), the audit head only moves forward,
signed audit checkpoints

* ``audit_events``: UPDATE and DELETE (and TRUNCATE on PostgreSQL) are refused by the
  database itself, whatever program writes to it.
* ``audit_head``: may not be deleted, and its ``last_id`` may not go back (deleting the
  newest events and rewinding the head, as an attacker with a database tool would).

* ``audit_checkpoints``: signed copies of the head (``exemptio audit checkpoint``), append-only
  too.

Someone who owns the database file or schema can still drop a trigger: the signed checkpoints
are what detect a tail cut (with a rewound head) or a history rewritten with recomputed hashes.
A later migration that rebuilds one of these tables (SQLite batch mode copies the table) must
create its triggers again.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02 01:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

REFUSED = "audit events are append-only"
REWOUND = "the audit head only moves forward"

SQLITE_TRIGGERS = {
    "trg_audit_events_no_update": (
        f"CREATE TRIGGER trg_audit_events_no_update BEFORE UPDATE ON audit_events "
        f"BEGIN SELECT RAISE(ABORT, '{REFUSED}: UPDATE refused'); END"
    ),
    "trg_audit_events_no_delete": (
        f"CREATE TRIGGER trg_audit_events_no_delete BEFORE DELETE ON audit_events "
        f"BEGIN SELECT RAISE(ABORT, '{REFUSED}: DELETE refused'); END"
    ),
    "trg_audit_head_forward": (
        f"CREATE TRIGGER trg_audit_head_forward BEFORE UPDATE ON audit_head "
        f"WHEN NEW.last_id < OLD.last_id OR NEW.id <> OLD.id "
        f"BEGIN SELECT RAISE(ABORT, '{REWOUND}: UPDATE refused'); END"
    ),
    "trg_audit_checkpoints_no_update": (
        f"CREATE TRIGGER trg_audit_checkpoints_no_update BEFORE UPDATE ON audit_checkpoints "
        f"BEGIN SELECT RAISE(ABORT, '{REFUSED}: UPDATE refused'); END"
    ),
    "trg_audit_checkpoints_no_delete": (
        f"CREATE TRIGGER trg_audit_checkpoints_no_delete BEFORE DELETE ON audit_checkpoints "
        f"BEGIN SELECT RAISE(ABORT, '{REFUSED}: DELETE refused'); END"
    ),
    "trg_audit_head_no_delete": (
        f"CREATE TRIGGER trg_audit_head_no_delete BEFORE DELETE ON audit_head "
        f"BEGIN SELECT RAISE(ABORT, '{REWOUND}: DELETE refused'); END"
    ),
}

PG_UP = [
    f"""CREATE FUNCTION exemptio_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '{REFUSED}: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END $$""",
    f"""CREATE FUNCTION exemptio_audit_head_forward() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' OR NEW.last_id < OLD.last_id OR NEW.id <> OLD.id THEN
        RAISE EXCEPTION '{REWOUND}: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END $$""",
    "CREATE TRIGGER trg_audit_events_append_only BEFORE UPDATE OR DELETE ON audit_events "
    "FOR EACH ROW EXECUTE FUNCTION exemptio_audit_append_only()",
    "CREATE TRIGGER trg_audit_events_no_truncate BEFORE TRUNCATE ON audit_events "
    "FOR EACH STATEMENT EXECUTE FUNCTION exemptio_audit_append_only()",
    "CREATE TRIGGER trg_audit_head_forward BEFORE UPDATE OR DELETE ON audit_head "
    "FOR EACH ROW EXECUTE FUNCTION exemptio_audit_head_forward()",
    "CREATE TRIGGER trg_audit_head_no_truncate BEFORE TRUNCATE ON audit_head "
    "FOR EACH STATEMENT EXECUTE FUNCTION exemptio_audit_append_only()",
    "CREATE TRIGGER trg_audit_checkpoints_append_only BEFORE UPDATE OR DELETE ON audit_checkpoints "
    "FOR EACH ROW EXECUTE FUNCTION exemptio_audit_append_only()",
    "CREATE TRIGGER trg_audit_checkpoints_no_truncate BEFORE TRUNCATE ON audit_checkpoints "
    "FOR EACH STATEMENT EXECUTE FUNCTION exemptio_audit_append_only()",
]

PG_DOWN = [
    "DROP TRIGGER IF EXISTS trg_audit_checkpoints_no_truncate ON audit_checkpoints",
    "DROP TRIGGER IF EXISTS trg_audit_checkpoints_append_only ON audit_checkpoints",
    "DROP TRIGGER IF EXISTS trg_audit_head_no_truncate ON audit_head",
    "DROP TRIGGER IF EXISTS trg_audit_head_forward ON audit_head",
    "DROP TRIGGER IF EXISTS trg_audit_events_no_truncate ON audit_events",
    "DROP TRIGGER IF EXISTS trg_audit_events_append_only ON audit_events",
    "DROP FUNCTION IF EXISTS exemptio_audit_head_forward()",
    "DROP FUNCTION IF EXISTS exemptio_audit_append_only()",
]


def upgrade() -> None:
    op.create_table(
        "audit_checkpoints",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("made_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("made_by", sa.String(length=200), nullable=False),
        sa.Column("last_id", sa.Integer(), nullable=False),
        sa.Column("last_hash", sa.String(length=64), nullable=False),
        sa.Column("signer", sa.String(length=500), nullable=False),
        sa.Column("signer_fingerprint", sa.String(length=64), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("signature", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_checkpoints")),
    )
    with op.batch_alter_table("letters", schema=None) as batch_op:  # the audit head at issue
        batch_op.add_column(sa.Column("audit_head_count", sa.Integer(), nullable=False, server_default="0"))
        batch_op.add_column(
            sa.Column("audit_head_hash", sa.String(length=64), nullable=False, server_default="")
        )
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for sql in SQLITE_TRIGGERS.values():
            op.execute(sql)
    elif dialect == "postgresql":
        for sql in PG_UP:
            op.execute(sql)


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for name in reversed(list(SQLITE_TRIGGERS)):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    elif dialect == "postgresql":
        for sql in PG_DOWN:
            op.execute(sql)
    op.drop_table("audit_checkpoints")
    with op.batch_alter_table("letters", schema=None) as batch_op:
        batch_op.drop_column("audit_head_hash")
        batch_op.drop_column("audit_head_count")
