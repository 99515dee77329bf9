"""`audit checkpoint` and `audit verify` against it (issue 16 item 4), on SQLite and
PostgreSQL: an attacker who switches off the append-only triggers, then cuts the newest
events and rewinds the head, or rewrites history and recomputes every hash, is reported."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text
from sqlalchemy.engine import Engine

from db import audit
from db.engine import make_engine
from tests.helpers.cli import new_case
from tests.unit.letter_testpki import PASSPHRASE, Pki


def _checkpoint(key: Path, tmp_path: Path, db_url: str, *extra: str) -> tuple[str, ...]:
    """``exemptio audit checkpoint`` signed with ``key`` (its passphrase in a file) by Anna Officer."""
    pw = tmp_path / "pw"
    pw.write_bytes(PASSPHRASE + b"\n")
    signer = ("--key", str(key), "--passphrase-file", str(pw), "--officer", "Anna Officer")
    return ("audit", "checkpoint", *signer, "--db", db_url, *extra)


@pytest.fixture
def trail(cli: Any, db_url: str, pki: Pki, tmp_path: Path) -> Iterator[tuple[str, Engine]]:
    for n in range(4):
        r = cli(*new_case(f"Case {n}", "--db", db_url))
        assert r.rc == 0, r.err
    r = cli(*_checkpoint(pki.officer_p12, tmp_path, db_url, "--json"))
    assert r.rc == 0, r.err
    assert r.json()["last_id"] >= 4 and r.json()["signer"]
    ok = cli("audit", "verify", "--db", db_url)
    assert ok.rc == 0, ok.err
    eng = make_engine(db_url)
    yield db_url, eng
    eng.dispose()


def _unprotect(c: Any, dialect: str) -> None:
    """What someone with a database tool does first."""
    if dialect == "postgresql":
        for table in ("audit_events", "audit_head"):
            c.execute(text(f"ALTER TABLE {table} DISABLE TRIGGER USER"))
    else:
        for name in audit.SQLITE_TRIGGERS:
            c.execute(text(f"DROP TRIGGER IF EXISTS {name}"))


def test_cut_tail_with_a_rewound_head_is_reported(trail: tuple[str, Engine], cli: Any) -> None:
    url, eng = trail
    with eng.begin() as c:
        _unprotect(c, eng.dialect.name)
        last = c.execute(text("SELECT max(id) FROM audit_events")).scalar()
        keep = last - 3
        c.execute(text("DELETE FROM audit_events WHERE id > :k"), {"k": keep})
        h = c.execute(text("SELECT hash FROM audit_events WHERE id = :k"), {"k": keep}).scalar()
        c.execute(text("UPDATE audit_head SET last_id = :k, last_hash = :h"), {"k": keep, "h": h})
    r = cli("audit", "verify", "--db", url, "--json")
    assert r.rc == 1
    reasons = [p["reason"] for p in r.json()["problems"]]
    assert any("newest events were removed" in x and "checkpoint" in x for x in reasons), reasons


def test_history_rewritten_with_recomputed_hashes_is_reported(trail: tuple[str, Engine], cli: Any) -> None:
    url, eng = trail
    with eng.begin() as c:
        _unprotect(c, eng.dialect.name)
        rows = c.execute(text("SELECT * FROM audit_events ORDER BY id")).mappings().all()
        prev = audit.GENESIS
        for i, row in enumerate(rows):
            fields = {
                k: row[k]
                for k in (
                    "id",
                    "ts",
                    "actor",
                    "action",
                    "entity_type",
                    "entity_id",
                    "case_ref",
                    "before_json",
                    "after_json",
                )
            }
            if i == 1:
                fields["actor"] = "Mallory"
            digest = audit.event_hash(**fields, prev_hash=prev)
            c.execute(
                text("UPDATE audit_events SET actor = :a, prev_hash = :p, hash = :h WHERE id = :id"),
                {"a": fields["actor"], "p": prev, "h": digest, "id": row["id"]},
            )
            prev = digest
        c.execute(text("UPDATE audit_head SET last_hash = :h"), {"h": prev})
    r = cli("audit", "verify", "--db", url, "--json")
    assert r.rc == 1, r.out
    reasons = [p["reason"] for p in r.json()["problems"]]
    assert any("history was rewritten" in x for x in reasons), reasons


def test_checkpoint_needs_a_signing_key_and_an_intact_trail(
    cli: Any, db_url: str, pki: Pki, tmp_path: Path
) -> None:
    r = cli(*_checkpoint(pki.expired_p12, tmp_path, db_url))
    assert r.rc == 2 and "expired" in r.err and r.err.count("\n") == 1, r.err
