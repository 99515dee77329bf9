"""Storage health at start (issue 19): an emptied or damaged database file is refused
with a pointer to the backups, never silently recreated; `db check` runs SQLite's
integrity check. Real SQLite files, the real CLI."""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

from tests.helpers.cli import new_case


def _case_with_evidence(cli, tmp_path: Path) -> str:  # type: ignore[no-untyped-def]
    r = cli("case", "new", "--title", "T", "--provider", "P", "--subject", "S", "--officer", "Anna Officer")
    assert r.rc == 0, r.err
    ref = r.out.strip()
    f = tmp_path / "LICENSE"
    f.write_text("Apache License 2.0\n", "utf-8")
    r = cli("evidence", "add", ref, str(f), "--officer", "Anna Officer")
    assert r.rc == 0, r.err
    return ref


def _drop_wal(db: Path) -> None:
    con = sqlite3.connect(db)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    for suffix in ("-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)


def test_an_emptied_database_beside_evidence_is_refused_not_recreated(
    cli, home: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    _case_with_evidence(cli, tmp_path)
    db = home / "exemptio.db"
    _drop_wal(db)
    (home / "exemptio.db.backup-20261201T101010000000Z").write_bytes(db.read_bytes())
    db.write_bytes(b"")
    for args in (("case", "list"), ("case", "new", "--title", "T", "--provider", "P", "--subject", "S")):
        r = cli(*args, "--officer", "Anna Officer")
        assert r.rc == 2 and r.err.count("\n") == 1, r.err
        assert "is empty (0 bytes)" in r.err and "evidence store" in r.err
        assert "exemptio.db.backup-20261201T101010000000Z" in r.err
    assert db.stat().st_size == 0  # nothing was written into it


def test_an_empty_file_with_nothing_to_lose_is_a_new_database(cli, home: Path) -> None:  # type: ignore[no-untyped-def]
    home.mkdir(parents=True)
    (home / "exemptio.db").write_bytes(b"")
    r = cli("case", "list")
    assert r.rc == 0, r.err


def test_a_truncated_database_is_refused(cli, home: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _case_with_evidence(cli, tmp_path)
    db = home / "exemptio.db"
    _drop_wal(db)
    size = db.stat().st_size
    with db.open("r+b") as fh:
        fh.truncate(size // 2 - 100)
    r = cli("case", "list")
    assert r.rc == 2 and r.err.count("\n") == 1, r.err
    assert "is damaged" in r.err and "backup" in r.err and "Traceback" not in r.err


def test_random_bytes_in_the_file_are_found_by_db_check(cli, home: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ref = _case_with_evidence(cli, tmp_path)
    for i in range(60):
        assert cli(*new_case(f"case {i} " + "x" * 400)).rc == 0
    assert cli("db", "check").rc == 0
    db = home / "exemptio.db"
    _drop_wal(db)
    page = int.from_bytes(db.read_bytes()[16:18], "big")
    pages = db.stat().st_size // page
    rng = random.Random(19)
    with db.open("r+b") as fh:  # scribble over the middle of every page but the first
        for n in range(1, pages):
            fh.seek(n * page + page // 3)
            fh.write(rng.randbytes(64))
    r = cli("db", "check")
    assert r.rc in (1, 2) and r.err.count("\n") == 1, r.err
    assert "damaged" in r.err and "Traceback" not in r.err
    r = cli("case", "show", ref)  # whatever SQLite makes of it: one line, no traceback
    assert r.rc in (0, 2) and "Traceback" not in r.err and r.err.count("\n") <= 1
