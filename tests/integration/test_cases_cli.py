"""The foundation's headless contract: case new/list/show, audit verify, bad input."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest

from app.domain.references import parse_reference


@pytest.fixture(autouse=True)
def _acting_officer(home, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    """Every write names its officer (issue 18: no anonymous writes)."""
    monkeypatch.setenv("EXEMPTIO_OFFICER", "Test Officer")


LLAMA = (
    "--title",
    "Llama 3.1 open-source claim",
    "--provider",
    "Meta Platforms Ireland Ltd",
    "--subject",
    "Llama 3.1 8B",
)


def test_new_list_show(cli) -> None:  # type: ignore[no-untyped-def]
    r = cli("case", "new", *LLAMA)
    assert r.rc == 0, r.err
    ref = r.out.strip()
    assert parse_reference(ref) is not None
    listed = cli("case", "list", "--json")
    assert listed.rc == 0
    assert [c["reference"] for c in listed.json()] == [ref]
    shown = cli("case", "show", ref, "--json")
    assert shown.rc == 0
    doc = shown.json()
    assert doc["title"] == "Llama 3.1 open-source claim"
    assert doc["provider"] == "Meta Platforms Ireland Ltd"
    assert doc["subject"]["name"] == "Llama 3.1 8B"
    assert doc["status"] == "draft"


def test_references_are_sequential_and_unique(cli) -> None:  # type: ignore[no-untyped-def]
    refs = [cli("case", "new", *LLAMA).out.strip() for _ in range(3)]
    assert len(set(refs)) == 3
    seqs = [parse_reference(r)[1] for r in refs]  # type: ignore[index]
    assert seqs == sorted(seqs) and seqs[2] - seqs[0] == 2


def test_officer_assigns_and_search_folds_diacritics(cli) -> None:  # type: ignore[no-untyped-def]
    ref = cli("case", "new", *LLAMA, "--officer", "ŚMISZEK Krzysztof").out.strip()
    cli("case", "new", "--title", "Other", "--provider", "Mistral AI", "--subject", "Mistral 7B")
    doc = cli("case", "show", ref, "--json").json()
    assert doc["assigned_officer"] == "ŚMISZEK Krzysztof"
    found = cli("case", "list", "--search", "smiszek", "--json").json()
    assert [c["reference"] for c in found] == [ref]
    for odd in ["NEAR(", "meta AND", "a OR -b", '"meta']:
        r = cli("case", "list", "--search", odd, "--json")
        assert r.rc == 0, (odd, r.err)
    for empty in ['"', "*", "-", "''", "\\"]:  # no word to look for: a clear refusal (issue 18)
        r = cli("case", "list", f"--search={empty}", "--json")
        assert r.rc == 2 and "no words to look for" in r.err, (empty, r.err)


# the attacker first drops the append-only trigger (migration 0005, issue 16)
_DROP_TRIGGER = "DROP TRIGGER IF EXISTS trg_audit_events_no_update; "


def test_audit_verify_detects_a_row_changed_with_sqlite3(cli, home: Path) -> None:  # type: ignore[no-untyped-def]
    ref = cli("case", "new", *LLAMA).out.strip()
    cli("case", "move", ref, "intake", "--officer", "A")
    cli("case", "move", ref, "assessment", "--officer", "A")
    ok = cli("audit", "verify")
    assert ok.rc == 0, ok.err
    assert "3 events" in ok.out
    tool = shutil.which("sqlite3")
    db = str(home / "exemptio.db")
    if tool:
        subprocess.run(
            [tool, db, _DROP_TRIGGER + "UPDATE audit_events SET actor='mallory' WHERE id=2"], check=True
        )
    else:  # the sqlite3 command-line tool is installed by the test script; same SQL otherwise
        with sqlite3.connect(db) as conn:
            conn.executescript(_DROP_TRIGGER + "UPDATE audit_events SET actor='mallory' WHERE id=2")
    bad = cli("audit", "verify")
    assert bad.rc == 1
    assert "event 2" in bad.err
    assert bad.err.count("\n") == 1


def test_transitions_are_audited_and_refused_ones_explained(cli) -> None:  # type: ignore[no-untyped-def]
    ref = cli("case", "new", *LLAMA).out.strip()
    bad = cli("case", "move", ref, "decided", "--officer", "A")
    assert bad.rc == 2
    assert "cannot move" in bad.err and "intake" in bad.err
    assert cli("case", "show", ref, "--json").json()["status"] == "draft"


def _snapshot(home: Path) -> dict[str, bytes]:
    """Every file of the data folder except the logs (which record the refusals)."""
    return {
        str(p): p.read_bytes()
        for p in sorted(home.rglob("*"))
        if p.is_file() and "logs" not in p.relative_to(home).parts
    }


def test_unknown_reference_and_empty_title_change_nothing(cli, home: Path) -> None:  # type: ignore[no-untyped-def]
    cli("case", "new", *LLAMA)
    before = _snapshot(home)
    r = cli("case", "show", "AIO-2026-9999")
    assert r.rc == 2 and "No case" in r.err and r.err.count("\n") == 1
    r = cli("case", "new", "--title", "   ", "--provider", "P", "--subject", "S")
    assert r.rc == 2 and "title" in r.err
    r = cli("case", "list", "--status", "nonsense")
    assert r.rc == 2 and "Unknown status" in r.err
    after = _snapshot(home)
    db = str(home / "exemptio.db")
    assert {k for k in after if not k.startswith(db)} == {k for k in before if not k.startswith(db)}
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM cases").fetchone()[0] == 1
        assert conn.execute("SELECT count(*) FROM audit_events").fetchone()[0] == 1


def test_corrupt_database_file(cli, home: Path) -> None:  # type: ignore[no-untyped-def]
    home.mkdir(parents=True)
    db = home / "exemptio.db"
    db.write_bytes(b"this is not a database at all" * 100)
    before = db.read_bytes()
    r = cli("case", "list")
    assert r.rc == 2
    assert "not SQLite" in r.err or "not an Exemptio database" in r.err
    assert db.read_bytes() == before
    assert sorted(p.name for p in home.iterdir()) == ["exemptio.db"]


def test_truncated_sqlite_file(cli, home: Path) -> None:  # type: ignore[no-untyped-def]
    cli("case", "new", *LLAMA)
    db = home / "exemptio.db"
    for extra in ("-wal", "-shm"):
        Path(str(db) + extra).unlink(missing_ok=True)
    data = db.read_bytes()
    db.write_bytes(data[:1500])
    r = cli("case", "list")
    assert r.rc == 2
    assert r.err.startswith("exemptio: ") and r.err.count("\n") == 1


def test_unwritable_database_file(cli, home: Path) -> None:  # type: ignore[no-untyped-def]
    """A database file the officer may read but not write: exit 2, nothing changed.
    Root ignores permission bits, so as root the command runs as user 'nobody'."""
    import sys

    cli("case", "new", *LLAMA)
    db = home / "exemptio.db"
    for p in [home, *home.parents]:
        if p == Path("/"):
            break
        p.chmod(p.stat().st_mode | 0o055)  # others may enter and read
    db.chmod(0o644)
    before = db.read_bytes()
    cmd = [sys.executable, "-m", "app", "case", "new", *LLAMA]
    if os.geteuid() == 0:
        cmd = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", *cmd]
    else:
        db.chmod(0o444)
    env = dict(os.environ, EXEMPTIO_HOME=str(home))
    p = subprocess.run(
        cmd, capture_output=True, text=True, env=env, cwd=Path(__file__).resolve().parents[2], timeout=60
    )
    assert p.returncode == 2, p.stderr
    assert "cannot be written" in p.stderr
    assert db.read_bytes() == before


def test_unwritable_database_location(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    # A path under a regular file can never be created, even by root.
    blocker = tmp_path / "afile"
    blocker.write_text("x")
    r = cli("--db", str(blocker / "sub" / "exemptio.db"), "case", "list")
    assert r.rc == 2
    assert "Cannot" in r.err
    assert blocker.read_text() == "x"


def test_db_upgrade_command(cli) -> None:  # type: ignore[no-untyped-def]
    r = cli("db", "upgrade")
    assert r.rc == 0 and "latest" in r.out


def test_bad_usage_exit_2(cli) -> None:  # type: ignore[no-untyped-def]
    r = cli("case", "frobnicate")
    assert r.rc == 2
    r = cli("case", "new", "--title", "x")
    assert r.rc == 2


def test_python_m_app_is_the_same_program(exemptio) -> None:  # type: ignore[no-untyped-def]
    r = exemptio("--version")
    assert r.rc == 0 and r.out.startswith("exemptio ")
    r = exemptio("case", "new", *LLAMA)
    assert r.rc == 0 and parse_reference(r.out.strip())
