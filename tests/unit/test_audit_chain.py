"""The audit chain detects edits, insertions and deletions."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from db import audit, migrate
from db.engine import make_engine
from db.uow import unit_of_work


@pytest.fixture
def engine(tmp_path: Path):  # type: ignore[no-untyped-def]
    e = make_engine(str(tmp_path / "a.db"))
    migrate.upgrade(e)
    with unit_of_work(e) as s:
        for i in range(5):
            audit.append(
                s,
                actor="ŚMISZEK Krzysztof",
                action="test.event",
                entity_type="case",
                entity_id=f"AIO-2026-{i:04d}",
                case_ref=f"AIO-2026-{i:04d}",
                before={"n": i},
                after={"n": i + 1, "text": "Ελληνικά"},
            )
    yield e
    e.dispose()


def _unprotect(engine) -> None:  # type: ignore[no-untyped-def]
    """What an attacker with the sqlite3 tool does first: drop the append-only triggers
    (migration 0005). The chain check below must catch what follows all the same."""
    with engine.begin() as c:
        for name in ("no_update", "no_delete"):
            c.execute(text(f"DROP TRIGGER IF EXISTS trg_audit_events_{name}"))


def _problems(engine) -> list[audit.ChainProblem]:  # type: ignore[no-untyped-def]
    with unit_of_work(engine, readonly=True) as s:
        return audit.verify(s)


def test_intact_chain(engine) -> None:  # type: ignore[no-untyped-def]
    assert _problems(engine) == []
    with unit_of_work(engine, readonly=True) as s:
        evs = audit.events(s)
    assert [e.id for e in evs] == [1, 2, 3, 4, 5]
    assert evs[0].prev_hash == audit.GENESIS
    assert all(b.prev_hash == a.hash for a, b in zip(evs, evs[1:], strict=False))
    assert evs[2].after == {"n": 3, "text": "Ελληνικά"}


def test_edited_event_is_named(engine) -> None:  # type: ignore[no-untyped-def]
    _unprotect(engine)
    with engine.begin() as c:
        c.execute(text("UPDATE audit_events SET actor = 'someone else' WHERE id = 3"))
    problems = _problems(engine)
    assert problems and problems[0].event_id == 3
    assert "changed" in problems[0].reason


def test_recomputed_hash_still_breaks_the_link(engine) -> None:  # type: ignore[no-untyped-def]
    # An editor who also recomputes the edited row's hash breaks the next link.
    _unprotect(engine)
    with unit_of_work(engine) as s:
        row = s.get(audit.AuditEvent, 2)
        assert row is not None
        row.after_json = '{"n":999}'
        row.hash = audit.row_hash(row)
    problems = _problems(engine)
    assert problems[0].event_id == 3
    assert "link" in problems[0].reason


@pytest.mark.parametrize(("deleted", "reason"), [(2, "missing"), (5, "")], ids=["middle", "last"])
def test_deleted_event(engine, deleted: int, reason: str) -> None:  # type: ignore[no-untyped-def]
    _unprotect(engine)
    with engine.begin() as c:
        c.execute(text("DELETE FROM audit_events WHERE id = :n"), {"n": deleted})
    problems = _problems(engine)
    assert problems and problems[0].event_id == deleted
    assert reason in problems[0].reason


def test_inserted_event(engine) -> None:  # type: ignore[no-untyped-def]
    with engine.begin() as c:
        c.execute(
            text(
                "INSERT INTO audit_events (id, ts, actor, action, entity_type, entity_id, case_ref,"
                " before_json, after_json, prev_hash, hash) SELECT 6, ts, actor, action, entity_type,"
                " entity_id, case_ref, before_json, after_json, hash, hash FROM audit_events WHERE id=5"
            )
        )
    problems = _problems(engine)
    assert problems and problems[0].event_id == 6
