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

from migrations._ops import create_table, drop_table, execute_all, id_column, sqlite_refusal, trigger

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

REFUSED = "audit events are append-only"
REWOUND = "the audit head only moves forward"

SQLITE_TRIGGERS = {
    "trg_audit_events_no_update": sqlite_refusal(
        "trg_audit_events_no_update", "UPDATE", "audit_events", REFUSED
    ),
    "trg_audit_events_no_delete": sqlite_refusal(
        "trg_audit_events_no_delete", "DELETE", "audit_events", REFUSED
    ),
    "trg_audit_head_forward": sqlite_refusal(
        "trg_audit_head_forward",
        "UPDATE",
        "audit_head",
        REWOUND,
        when="NEW.last_id < OLD.last_id OR NEW.id <> OLD.id",
    ),
    "trg_audit_checkpoints_no_update": sqlite_refusal(
        "trg_audit_checkpoints_no_update", "UPDATE", "audit_checkpoints", REFUSED
    ),
    "trg_audit_checkpoints_no_delete": sqlite_refusal(
        "trg_audit_checkpoints_no_delete", "DELETE", "audit_checkpoints", REFUSED
    ),
    "trg_audit_head_no_delete": sqlite_refusal("trg_audit_head_no_delete", "DELETE", "audit_head", REWOUND),
}

APPEND_ONLY = "exemptio_audit_append_only"
WRITE = "BEFORE UPDATE OR DELETE"
TRUNCATE = "BEFORE TRUNCATE"
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
    trigger("trg_audit_events_append_only", WRITE, "audit_events", APPEND_ONLY),
    trigger("trg_audit_events_no_truncate", TRUNCATE, "audit_events", APPEND_ONLY, each="STATEMENT"),
    trigger("trg_audit_head_forward", WRITE, "audit_head", "exemptio_audit_head_forward"),
    trigger("trg_audit_head_no_truncate", TRUNCATE, "audit_head", APPEND_ONLY, each="STATEMENT"),
    trigger("trg_audit_checkpoints_append_only", WRITE, "audit_checkpoints", APPEND_ONLY),
    trigger(
        "trg_audit_checkpoints_no_truncate", TRUNCATE, "audit_checkpoints", APPEND_ONLY, each="STATEMENT"
    ),
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
    create_table(
        "audit_checkpoints",
        id_column(),
        sa.Column("made_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("made_by", sa.String(length=200), nullable=False),
        sa.Column("last_id", sa.Integer(), nullable=False),
        sa.Column("last_hash", sa.String(length=64), nullable=False),
        sa.Column("signer", sa.String(length=500), nullable=False),
        sa.Column("signer_fingerprint", sa.String(length=64), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("signature", sa.LargeBinary(), nullable=False),
    )
    with op.batch_alter_table("letters", schema=None) as batch_op:  # the audit head at issue
        batch_op.add_column(sa.Column("audit_head_count", sa.Integer(), nullable=False, server_default="0"))
        batch_op.add_column(
            sa.Column("audit_head_hash", sa.String(length=64), nullable=False, server_default="")
        )
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        execute_all(SQLITE_TRIGGERS.values())
    elif dialect == "postgresql":
        execute_all(PG_UP)


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        execute_all(f"DROP TRIGGER IF EXISTS {name}" for name in reversed(list(SQLITE_TRIGGERS)))
    elif dialect == "postgresql":
        execute_all(PG_DOWN)
    drop_table("audit_checkpoints")
    with op.batch_alter_table("letters", schema=None) as batch_op:
        batch_op.drop_column("audit_head_hash")
        batch_op.drop_column("audit_head_count")
