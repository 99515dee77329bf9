"""What the revision files share: tables created (and dropped) the way Alembic's
autogenerate writes them, with the naming convention's constraint and index names
(0001, 0004, 0005, 0006); running a list of statements; the PostgreSQL trigger
functions and triggers written the one way (0005, 0007).

Revision files import it as ``migrations._ops`` (the repository root, or the bundle's
folder, is on ``sys.path``, as for ``migrations.search_ddl``). The SQL these helpers
return is the SQL the revisions wrote out before (tests/integration/test_migration_ops.py
pins it): a revision that has run must not change what it does.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op


def execute_all(statements: Iterable[str]) -> None:
    """``op.execute`` each statement, in order."""
    for sql in statements:
        op.execute(sql)


def trigger_function(name: str, body: str, *, options: str, declare: Iterable[str] = ()) -> str:
    """``CREATE OR REPLACE FUNCTION name() RETURNS trigger`` in PL/pgSQL: ``options``
    after the language (e.g. the pinned search_path), the ``declare`` lines, then
    ``body`` (indented lines, each ending in a newline) between BEGIN and END."""
    decl = "".join(f"    {line}\n" for line in declare)
    return (
        f"CREATE OR REPLACE FUNCTION {name}() RETURNS trigger\n"
        f"LANGUAGE plpgsql {options} AS $$\n" + (f"DECLARE\n{decl}" if decl else "") + f"BEGIN\n{body}END $$"
    )


def trigger(name: str, when: str, table: str, function: str, *, each: str = "ROW") -> str:
    """PostgreSQL: ``CREATE TRIGGER name WHEN ON table FOR EACH ROW EXECUTE FUNCTION function()``
    (``each="STATEMENT"`` for a statement trigger)."""
    return f"CREATE TRIGGER {name} {when} ON {table} FOR EACH {each} EXECUTE FUNCTION {function}()"


def sqlite_refusal(name: str, event: str, table: str, message: str, *, when: str = "") -> str:
    """SQLite: a trigger refusing ``event`` (UPDATE, DELETE) on ``table`` (``when`` given:
    only then) with ``ABORT 'message: EVENT refused'``."""
    condition = f"WHEN {when} " if when else ""
    return (
        f"CREATE TRIGGER {name} BEFORE {event} ON {table} "
        f"{condition}BEGIN SELECT RAISE(ABORT, '{message}: {event} refused'); END"
    )


def create_table(
    name: str,
    *columns: sa.Column[Any],
    pk: Sequence[str] = ("id",),
    fks: Mapping[str, str] | None = None,
    unique: Sequence[Sequence[str]] = (),
    indexes: Sequence[str] = (),
) -> None:
    """``op.create_table`` as Alembic's autogenerate writes it: the columns, then a foreign
    key per ``fks`` entry (column -> "table.column"), the primary key, the unique
    constraints, all named by the naming convention (fk_TABLE_COLUMN_REFTABLE,
    pk_TABLE, uq_TABLE_FIRSTCOLUMN); then a plain index ix_TABLE_COLUMN per ``indexes``."""
    constraints: list[Any] = [
        sa.ForeignKeyConstraint([col], [target], name=op.f(f"fk_{name}_{col}_{target.split('.')[0]}"))
        for col, target in (fks or {}).items()
    ]
    constraints.append(sa.PrimaryKeyConstraint(*pk, name=op.f(f"pk_{name}")))
    constraints += [sa.UniqueConstraint(*cols, name=op.f(f"uq_{name}_{cols[0]}")) for cols in unique]
    op.create_table(name, *columns, *constraints)
    if indexes:
        with op.batch_alter_table(name, schema=None) as batch_op:
            for col in indexes:
                batch_op.create_index(batch_op.f(f"ix_{name}_{col}"), [col], unique=False)


def drop_table(name: str, indexes: Sequence[str] = ()) -> None:
    """The reverse of :func:`create_table`: its indexes (last first), then the table."""
    if indexes:
        with op.batch_alter_table(name, schema=None) as batch_op:
            for col in reversed(indexes):
                batch_op.drop_index(batch_op.f(f"ix_{name}_{col}"))
    op.drop_table(name)


def id_column() -> sa.Column[int]:
    """The surrogate key column ``id INTEGER NOT NULL`` (the primary key by default)."""
    return sa.Column("id", sa.Integer(), nullable=False)
