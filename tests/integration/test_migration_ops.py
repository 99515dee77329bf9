"""migrations/_ops.py writes the SQL the revisions wrote out by hand before (issue 17): a
revision that has run must not change what it does. The SQL of the PostgreSQL trigger
functions and triggers (0005, 0007) is pinned by its SHA-256 as it was before the helpers;
``create_table``/``drop_table`` emit the DDL of the equivalent autogenerate-style calls."""

from __future__ import annotations

import hashlib
import importlib.util
import types
from collections.abc import Iterable
from pathlib import Path
from types import ModuleType

import pytest
import sqlalchemy as sa
from alembic import op
from alembic.operations import Operations
from alembic.runtime.migration import MigrationContext

from migrations import _ops

VERSIONS = Path(__file__).resolve().parents[2] / "migrations" / "versions"

# SHA-256 of the statements joined by "\n--\n", taken from the revisions before migrations/_ops.py
PINNED = {
    "0005 SQLITE_TRIGGERS": "e8337168fee80c01ba89c2e12f84dfea1f1319f08ad30e57067f6afb5533d7f3",
    "0005 PG_UP": "03c7777c5bfd5d18d7e7220c576b95822dc4c3195478be2ef287f4e0c6f410e9",
    "0005 PG_DOWN": "f5cc3a9b0806a53a011b2f206eb1af9d966ca97b25ddadc5fecea438710dbc72",
    "0007 functions": "fb732cbe57645c8df0d34f65c001df8ba9b4bfcd934cf8138f20a438489bc93e",
    "0007 PG_TRIGGERS": "028b19b9bf9bcc9d2733e72ac66b7d92c6337ff1a00bbd2fce23afddaf79c99e",
    "0007 PG_DOWN": "c9751a5e77f08d705491ab772a684920c354d96ef963afc9ce041b4252f23d33",
}


def _revision(suffix: str) -> ModuleType:
    path = next(VERSIONS.glob(f"*_{suffix}.py"))
    spec = importlib.util.spec_from_file_location(f"_rev_{suffix}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _sha(parts: Iterable[str]) -> str:
    return hashlib.sha256("\n--\n".join(parts).encode()).hexdigest()


def test_the_trigger_sql_of_0005_and_0007_is_what_it_was(monkeypatch: pytest.MonkeyPatch) -> None:
    m5 = _revision("0005_audit_protection")
    m7 = _revision("0007_team_logins")
    monkeypatch.setattr(m7, "_schema", lambda bind: "public")  # the search_path pin names the schema
    monkeypatch.setattr(m7, "op", types.SimpleNamespace(get_bind=lambda: None))
    found = {
        "0005 SQLITE_TRIGGERS": _sha([*m5.SQLITE_TRIGGERS, *m5.SQLITE_TRIGGERS.values()]),
        "0005 PG_UP": _sha(m5.PG_UP),
        "0005 PG_DOWN": _sha(m5.PG_DOWN),
        "0007 functions": _sha(m7._pg_functions()),
        "0007 PG_TRIGGERS": _sha(m7.PG_TRIGGERS),
        "0007 PG_DOWN": _sha(m7.PG_DOWN),
    }
    assert found == PINNED


def test_trigger_function_and_trigger_text() -> None:
    sql = _ops.trigger_function(
        "f", "    RETURN NEW;\n", options="SET search_path = x", declare=("me text;",)
    )
    assert sql == (
        "CREATE OR REPLACE FUNCTION f() RETURNS trigger\nLANGUAGE plpgsql SET search_path = x AS $$\n"
        "DECLARE\n    me text;\nBEGIN\n    RETURN NEW;\nEND $$"
    )
    assert _ops.trigger("t", "BEFORE TRUNCATE", "a", "f", each="STATEMENT") == (
        "CREATE TRIGGER t BEFORE TRUNCATE ON a FOR EACH STATEMENT EXECUTE FUNCTION f()"
    )
    assert _ops.sqlite_refusal("t", "UPDATE", "a", "no", when="NEW.x < OLD.x") == (
        "CREATE TRIGGER t BEFORE UPDATE ON a WHEN NEW.x < OLD.x "
        "BEGIN SELECT RAISE(ABORT, 'no: UPDATE refused'); END"
    )


def _schema_after(build) -> list[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    engine = sa.create_engine("sqlite://")
    with engine.begin() as conn:
        with Operations.context(MigrationContext.configure(conn, opts={"render_as_batch": True})):
            build()
        rows = conn.exec_driver_sql(
            "SELECT type, name, sql FROM sqlite_master ORDER BY type, name"
        ).fetchall()
    engine.dispose()
    return [(str(t), str(n), str(s)) for t, n, s in rows]


def _parent() -> None:
    op.create_table(
        "parents",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_parents"),
    )


def test_create_table_is_the_autogenerate_form() -> None:
    def by_hand() -> None:
        _parent()
        op.create_table(
            "kids",
            sa.Column("id", sa.Integer(), nullable=False),
            sa.Column("parent_id", sa.Integer(), nullable=False),
            sa.Column("name", sa.String(length=20), nullable=False),
            sa.ForeignKeyConstraint(["parent_id"], ["parents.id"], name=op.f("fk_kids_parent_id_parents")),
            sa.PrimaryKeyConstraint("id", name=op.f("pk_kids")),
            sa.UniqueConstraint("parent_id", "name", name=op.f("uq_kids_parent_id")),
        )
        with op.batch_alter_table("kids", schema=None) as batch_op:
            batch_op.create_index(batch_op.f("ix_kids_parent_id"), ["parent_id"], unique=False)
            batch_op.create_index(batch_op.f("ix_kids_name"), ["name"], unique=False)

    def with_helper() -> None:
        _parent()
        _ops.create_table(
            "kids",
            _ops.id_column(),
            sa.Column("parent_id", sa.Integer(), nullable=False),
            sa.Column("name", sa.String(length=20), nullable=False),
            fks={"parent_id": "parents.id"},
            unique=[("parent_id", "name")],
            indexes=("parent_id", "name"),
        )

    expected = _schema_after(by_hand)
    assert any(name == "ix_kids_name" for _, name, _ in expected)
    assert _schema_after(with_helper) == expected

    def created_and_dropped() -> None:
        with_helper()
        _ops.drop_table("kids", ("parent_id", "name"))

    assert [name for _, name, _ in _schema_after(created_and_dropped)] == ["parents"]
