"""`audit verify` (issues 16 and 19): a damaged database file is refused before the chain
is read (PRAGMA integrity_check), and removed append-only triggers are reported."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from tests.helpers.cli import new_case

LLAMA = ("--title", "Llama 3", "--provider", "Meta", "--subject", "Llama-3-8B")


def _case(cli: Any) -> None:
    r = cli("case", "new", *LLAMA, "--officer", "Anna Officer")
    assert r.rc == 0, r.err


def test_verify_reports_removed_protection(cli: Any, home: Path) -> None:
    _case(cli)
    ok = cli("audit", "verify")
    assert ok.rc == 0 and "intact" in ok.out, ok.err
    with sqlite3.connect(home / "exemptio.db") as c:
        c.execute("DROP TRIGGER trg_audit_events_no_delete")
    bad = cli("audit", "verify")
    assert bad.rc == 1 and bad.err.count("\n") == 1, bad.err
    assert "not protected" in bad.err and "trg_audit_events_no_delete" in bad.err
    j = cli("audit", "verify", "--json").json()
    assert j["intact"] is False and j["problems"][0]["event"] == 0


def test_verify_refuses_a_damaged_database_file_before_reading_the_chain(cli: Any, home: Path) -> None:
    for n in range(30):  # enough rows to fill several pages
        cli(*new_case(f"Case {n} " + "x" * 300))
    assert cli("audit", "verify").rc == 0
    db = home / "exemptio.db"
    with sqlite3.connect(db) as c:
        c.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page = c.execute("PRAGMA page_size").fetchone()[0]
        pages = c.execute("PRAGMA page_count").fetchone()[0]
    assert pages > 4
    data = bytearray(db.read_bytes())
    for p in range(2, pages):  # scribble over the middle of every page after the first two
        off = p * page + page // 3
        data[off : off + 64] = b"\xa5" * 64
    db.write_bytes(bytes(data))
    r = cli("audit", "verify")
    assert r.rc in (1, 2), (r.rc, r.out, r.err)
    assert "intact" not in r.out
    assert "damaged" in r.err or "malformed" in r.err or "broken" in r.err, r.err
    assert "Traceback" not in r.err and r.err.count("\n") == 1, r.err
