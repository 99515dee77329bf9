"""records (issue 16): audit rows append-only (triggers), the audit head only moves forward

* ``audit_events``: UPDATE and DELETE (and TRUNCATE on PostgreSQL) are refused by the
  database itself, whatever program writes to it.
* ``audit_head``: may not be deleted, and its ``last_id`` may not go back (deleting the
  newest events and rewinding the head, as an attacker with a database tool would).

Someone who owns the database file or schema can still drop a trigger: ``exemptio audit
checkpoint`` (a signed copy of the head kept outside the chain) is what detects that.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02 01:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

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
]

PG_DOWN = [
    "DROP TRIGGER IF EXISTS trg_audit_head_no_truncate ON audit_head",
    "DROP TRIGGER IF EXISTS trg_audit_head_forward ON audit_head",
    "DROP TRIGGER IF EXISTS trg_audit_events_no_truncate ON audit_events",
    "DROP TRIGGER IF EXISTS trg_audit_events_append_only ON audit_events",
    "DROP FUNCTION IF EXISTS exemptio_audit_head_forward()",
    "DROP FUNCTION IF EXISTS exemptio_audit_append_only()",
]


def upgrade() -> None:
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
