"""Concurrent officers on one database (SQLite file and PostgreSQL server):
optimistic locking never loses an update, a lost race names who won, and the
audit chain stays one linear chain under concurrent writers."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from sqlalchemy import select

from app.domain.errors import Conflict
from app.services import audit as audit_service
from app.services import cases
from app.services.context import open_context
from db.conflicts import EditConflict
from db.models import AuditEvent, Case
from db.uow import unit_of_work

REPO = Path(__file__).resolve().parents[2]


def _case(ctx) -> str:  # type: ignore[no-untyped-def]
    return cases.create_case(ctx, cases.NewCase(title="Race", provider="P", subject="S")).reference


def test_conflict_names_who_changed_and_reload_works(home: Path, db_url: str) -> None:
    a = open_context(db=db_url, officer="Anna Kowalska")
    b = open_context(db=db_url, officer="Jan Nowak")
    try:
        ref = _case(a)
        seen_a = cases.get_case(a, ref)
        seen_b = cases.get_case(b, ref)
        cases.update_case(b, ref, notes="Jan's note", expected_version=seen_b.version)
        with pytest.raises(EditConflict) as info:
            cases.update_case(a, ref, notes="Anna's note", expected_version=seen_a.version)
        err = info.value
        assert isinstance(err, Conflict)
        assert err.changed_by == "Jan Nowak" and err.action == "case.updated" and err.reload
        assert "Jan Nowak" in str(err) and "reload" in str(err).lower()
        assert "\n" not in str(err)
        assert cases.get_case(a, ref).notes == "Jan's note"  # nothing of Anna's was written
        fresh = cases.get_case(a, ref)  # reload, then save again
        rec = cases.update_case(a, ref, notes="Anna's note", expected_version=fresh.version)
        assert rec.notes == "Anna's note" and rec.version == fresh.version + 1
    finally:
        a.close()
        b.close()


def test_stale_update_becomes_conflict_on_postgresql(home: Path, pg_url: str) -> None:
    """The UPDATE itself loses the race (StaleDataError): a Conflict naming the winner."""
    a = open_context(db=pg_url, officer="Anna Kowalska")
    b = open_context(db=pg_url, officer="Jan Nowak")
    try:
        ref = _case(a)
        with pytest.raises(EditConflict) as info:  # noqa: PT012
            # A lock-free session (as a long-open form would hold) reads version 1 ...
            with unit_of_work(a.engine, readonly=True) as s:
                row = s.execute(select(Case).where(Case.reference == ref)).scalar_one()
                cases.update_case(b, ref, title="Jan's title")  # ... Jan saves version 2 ...
                row.title = "Anna's title"
                s.flush()  # ... Anna's UPDATE ... WHERE version = 1 matches nothing
        assert info.value.changed_by == "Jan Nowak"
        assert ref in str(info.value)
        assert cases.get_case(a, ref).title == "Jan's title"
    finally:
        a.close()
        b.close()


def test_no_update_is_lost(home: Path, db_url: str) -> None:
    """6 officers each add 8 to a shared counter by read-modify-write with the
    version they read, retrying on Conflict: the counter ends at exactly 48."""
    setup = open_context(db=db_url, officer="Setup")
    ref = _case(setup)
    cases.update_case(setup, ref, notes="0")
    errors: list[BaseException] = []
    conflicts = [0]

    def officer(n: int) -> None:
        ctx = open_context(db=db_url, officer=f"Officer {n}")
        try:
            done = 0
            while done < 8:
                rec = cases.get_case(ctx, ref)
                try:
                    cases.update_case(ctx, ref, notes=str(int(rec.notes) + 1), expected_version=rec.version)
                    done += 1
                except Conflict:
                    conflicts[0] += 1
        except BaseException as err:  # noqa: BLE001
            errors.append(err)
        finally:
            ctx.close()

    threads = [threading.Thread(target=officer, args=(n,)) for n in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert not errors, errors
    try:
        rec = cases.get_case(setup, ref)
        assert rec.notes == "48"
        assert rec.version == 1 + 1 + 48
        count, problems = audit_service.verify(setup)
        assert problems == [] and count == 1 + 1 + 48
    finally:
        setup.close()


APPENDER = """
import sys
from app.services.context import open_context
from app.services import audit
ctx = open_context(db=sys.argv[1], officer=f"proc {sys.argv[2]}")
for i in range(int(sys.argv[3])):
    audit.record(ctx, action="test.append", entity_type="test", entity_id=f"{sys.argv[2]}-{i}")
ctx.close()
"""


def test_audit_chain_linear_under_4_processes(home: Path, db_url: str) -> None:
    first = open_context(db=db_url)  # migrate once before the race
    first.close()
    env = dict(os.environ, EXEMPTIO_HOME=str(home))
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", APPENDER, db_url, str(n), "25"],
            cwd=REPO,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for n in range(4)
    ]
    for p in procs:
        _, err = p.communicate(timeout=180)
        assert p.returncode == 0, err
    ctx = open_context(db=db_url)
    try:
        count, problems = audit_service.verify(ctx)
        assert problems == [] and count == 100
        with unit_of_work(ctx.engine, readonly=True) as s:
            ids = list(s.execute(select(AuditEvent.id).order_by(AuditEvent.id)).scalars())
            ents = set(s.execute(select(AuditEvent.entity_id)).scalars())
        assert ids == list(range(1, 101))
        assert ents == {f"{n}-{i}" for n in range(4) for i in range(25)}
    finally:
        ctx.close()


def test_audit_verify_while_officers_write(home: Path, db_url: str) -> None:
    """`audit verify` reads one snapshot: concurrent appends never look like tampering."""
    ctx = open_context(db=db_url, officer="Verifier")
    stop = threading.Event()
    errors: list[BaseException] = []

    def writer() -> None:
        c = open_context(db=db_url, officer="Writer")
        try:
            while not stop.is_set():
                audit_service.record(c, action="test.append", entity_type="test", entity_id="x")
        except BaseException as err:  # noqa: BLE001
            errors.append(err)
        finally:
            c.close()

    threads = [threading.Thread(target=writer) for _ in range(2)]
    for t in threads:
        t.start()
    try:
        for _ in range(30):
            count, problems = audit_service.verify(ctx)
            assert problems == [], problems
    finally:
        stop.set()
        for t in threads:
            t.join(60)
        ctx.close()
    assert not errors, errors
