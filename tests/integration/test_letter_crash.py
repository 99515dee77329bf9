"""Crash safety of `letter issue`: the issuing process is killed (SIGKILL) at random
moments (measured in bytes written, not seconds). Afterwards the database is sound, the
letter is either issued (its signed PDF stored, recorded and verifying, the case decided)
or still approved (no stored letter recorded, the case still in review), the --out path
holds the complete signed letter or nothing, and the audit chain verifies."""

from __future__ import annotations

import hashlib
import os
import random
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import REPO
from tests.helpers.crash import kill_after, written_by
from tests.integration.test_letter_cli import DRAFTER, _issue_ready, _pass
from tests.unit.letter_testpki import make_pki

TRIALS = 12
pytestmark = pytest.mark.slow


def _issue_cmd(ref: str, pki: Any, tmp_path: Path, out: Path) -> list[str]:
    key = ["--key", str(pki.officer_p12), "--passphrase-file", _pass(tmp_path)]
    rest = ["--out", str(out), "--officer", DRAFTER, "--tsa", ""]
    return [sys.executable, "-m", "app", "letter", "issue", ref, *key, *rest]


def _spawn(cmd: list[str], home: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "EXEMPTIO_HOME": str(home)}
    return subprocess.Popen(cmd, cwd=REPO, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def _check(cli: Any, home: Path, out: Path) -> str:
    """The invariants after a run (killed or not); returns the letter's state."""
    from app.services.letters import verify

    db = sqlite3.connect(home / "exemptio.db")
    try:
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        (state, issued, current, approved) = db.execute(
            "SELECT state, issued_sha256, current_sha256, approved_sha256 FROM letters"
            " ORDER BY id DESC LIMIT 1"
        ).fetchone()
        (status,) = db.execute("SELECT status FROM cases").fetchone()
        blobs = {sha for (sha,) in db.execute("SELECT sha256 FROM evidence_blobs")}
        evidence = {sha for (sha,) in db.execute("SELECT sha256 FROM evidence_items")}
        issued_events = db.execute(
            "SELECT count(*) FROM audit_events WHERE action='letter.issued'"
        ).fetchone()
    finally:
        db.close()
    if state == "issued":
        assert issued and current == issued and issued in blobs and status == "decided"
        assert issued_events == (1,)
        stored = home / "evidence" / issued[:2] / issued[2:4] / issued
        data = stored.read_bytes()
        assert hashlib.sha256(data).hexdigest() == issued
        rep = verify.verify_bytes(data)
        assert rep.integrity and rep.whole_file, rep.problems
        if out.exists():  # complete, or not there at all (killed between commit and rename)
            assert hashlib.sha256(out.read_bytes()).hexdigest() == issued
    else:
        assert state == "approved" and not issued and status == "review"
        assert approved and blobs <= evidence | {approved}  # no issued letter recorded (the approved one is)
        assert issued_events == (0,)
        assert not out.exists()  # nothing at --out before the letter is issued
    r = cli("audit", "verify", "--home", str(home))
    assert r.rc == 0, r.err
    return str(state)


def test_sigkill_during_issue_leaves_a_whole_state(cli, home, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from tests.integration.test_letter_cli import own_key

    pki = make_pki(tmp_path / "pki")
    ref = _issue_ready(cli, tmp_path)
    own_key(cli, pki.officer_p12)  # the signer is the officer
    template = tmp_path / "template"
    shutil.copytree(home, template)

    # one undisturbed run: how many bytes an issue writes (process start included); each trial
    # is killed once it has written a share of that (bytes, not seconds: tests/helpers/crash.py)
    full = tmp_path / "full"
    shutil.copytree(template, full)
    total = written_by(_spawn(_issue_cmd(ref, pki, tmp_path, full / "out.pdf"), full))
    assert _check(cli, full, full / "out.pdf") == "issued"

    rng = random.Random(20261126)
    seen: dict[str, int] = {"issued": 0, "approved": 0}
    for i in range(TRIALS):  # a fixed number of kills, however long they take on a busy machine
        trial = tmp_path / f"trial-{i}"
        shutil.copytree(template, trial)
        out = trial / "out.pdf"
        # most kills late in the run, where the letter is signed, stored and recorded
        share = rng.uniform(0.55, 1.05) if i % 3 else rng.uniform(0.1, 0.55)
        proc = _spawn(_issue_cmd(ref, pki, tmp_path, out), trial)
        kill_after(proc, share * total)
        proc.wait(timeout=120)
        seen[_check(cli, trial, out)] += 1
        leftovers = [p.name for p in trial.iterdir() if p.name.startswith(".letter-")]
        assert all(n.endswith(".part") for n in leftovers), leftovers
    print(f"an issue writes {total} bytes; after {sum(seen.values())} kills: {seen}")
    assert sum(seen.values()) == TRIALS, seen
    assert seen["approved"] >= 1, seen  # some kills landed before the commit
