"""`checklist answer --file` with hostile JSON: exit 2, one line naming the file, no
traceback, nothing changed in the database (issue 19)."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest


def _db_digest(home: Path) -> str:
    import sqlite3

    con = sqlite3.connect(home / "exemptio.db")
    try:
        rows = [
            con.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall()
            for t in ("cases", "checklist_answers", "audit_events")
        ]
    finally:
        con.close()
    return hashlib.sha256(repr(rows).encode()).hexdigest()


HOSTILE = {
    "deep-list": b'{"checklist": "ai-act-oss", "version": "2025.07", "answers": '
    + b"[" * 50_000
    + b"]" * 50_000
    + b"}",
    "deep-object": b'{"answers": ' + b'{"a": ' * 5_000 + b"1" + b"}" * 5_000 + b"}",
    "mistyped-answers": b'{"checklist": "ai-act-oss", "version": "2025.07", "answers": [1, 2]}',
    "mistyped-root": b"[1, 2, 3]",
    "mistyped-value": b'{"checklist": 7, "version": ["x"], "answers": {}}',
    "nan": b'{"checklist": "ai-act-oss", "version": "2025.07", "answers": {"M1": {"value": NaN}}}',
    "duplicate": b'{"checklist": "ai-act-oss", "checklist": "x", "version": "2025.07", "answers": {}}',
    "latin1": '{"checklist": "é"}'.encode("latin-1"),
    "truncated": b'{"checklist": "ai-act-oss", "vers',
    "binary": bytes(range(256)) * 4,
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_answer_files_are_refused_and_change_nothing(
    cli, home: Path, tmp_path: Path, name: str
) -> None:  # type: ignore[no-untyped-def]
    r = cli("case", "new", "--title", "T", "--provider", "P", "--subject", "S", "--officer", "Anna Officer")
    assert r.rc == 0, r.err
    ref = r.out.strip()
    before = _db_digest(home)
    f = tmp_path / f"{name}.json"
    f.write_bytes(HOSTILE[name])
    r = cli("checklist", "answer", ref, "--file", str(f), "--officer", "Anna Officer")
    assert r.rc == 2, (r.out, r.err)
    assert r.err.startswith("exemptio: ") and r.err.count("\n") == 1, r.err
    assert "Traceback" not in r.err and "unexpected error" not in r.err
    assert _db_digest(home) == before
