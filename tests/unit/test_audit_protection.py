"""The database itself refuses edits of the audit trail (issue 16), on SQLite and PostgreSQL:
UPDATE, DELETE (and TRUNCATE) of audit rows, deleting the head, and moving the head back."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError

from db import audit
from db.engine import make_engine
from db.uow import unit_of_work


@pytest.fixture
def engine(db_url: str) -> Iterator[Engine]:
    from db import migrate

    e = make_engine(db_url)
    migrate.upgrade(e)
    with unit_of_work(e) as s:
        for i in range(4):
            audit.append(s, actor="A", action="test.event", entity_type="case", entity_id=str(i))
    yield e
    e.dispose()


REFUSED = [
    ("UPDATE audit_events SET actor = 'mallory' WHERE id = 2", "append-only"),
    ("UPDATE audit_events SET hash = prev_hash", "append-only"),
    ("DELETE FROM audit_events WHERE id = 4", "append-only"),
    ("DELETE FROM audit_events", "append-only"),
    ("UPDATE audit_head SET last_id = 2", "only moves forward"),
    ("DELETE FROM audit_head", "only moves forward"),
]


@pytest.mark.parametrize(("sql", "why"), REFUSED)
def test_the_database_refuses_edits_of_the_audit_trail(engine: Engine, sql: str, why: str) -> None:
    with pytest.raises(DBAPIError, match=why):
        with engine.begin() as c:
            c.execute(text(sql))
    with unit_of_work(engine, readonly=True) as s:
        assert audit.verify(s) == []
        assert [e.actor for e in audit.events(s)] == ["A"] * 4


@pytest.mark.postgres
def test_truncate_is_refused_on_postgresql(pg_url: str) -> None:
    """TRUNCATE exists on PostgreSQL only (SQLite has no such statement)."""
    e = make_engine(pg_url)
    try:
        for table in ("audit_events", "audit_head"):
            with pytest.raises(DBAPIError, match="append-only"):
                with e.begin() as c:
                    c.execute(text(f"TRUNCATE {table}"))
    finally:
        e.dispose()


def test_appending_still_works_and_moves_the_head(engine: Engine) -> None:
    with unit_of_work(engine) as s:
        rec = audit.append(s, actor="B", action="test.event", entity_type="case", entity_id="x")
    assert rec.id == 5
    with unit_of_work(engine, readonly=True) as s:
        assert audit.verify(s) == []


def test_downgrade_removes_the_triggers_and_upgrade_restores_them(engine: Engine) -> None:
    from db import migrate

    migrate.downgrade(engine, "0004")
    with engine.begin() as c:
        c.execute(text("UPDATE audit_events SET actor = 'A' WHERE id = 1"))  # allowed again
    migrate.upgrade(engine)
    with pytest.raises(DBAPIError, match="append-only"):
        with engine.begin() as c:
            c.execute(text("DELETE FROM audit_events WHERE id = 1"))
