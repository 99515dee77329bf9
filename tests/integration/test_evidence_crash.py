"""Crash safety of evidence intake: SIGKILL an `evidence add` at random moments.

After every kill: the SQLite file passes PRAGMA integrity_check, no row lacks
its bytes, every visible blob is complete (its name is its SHA-256), and the
next start removes the leftovers (temporary files, journals, orphan blobs).
"""

from __future__ import annotations

import hashlib
import os
import random
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers.crash import kill_after, written_by

REPO = Path(__file__).resolve().parents[2]
KILLS = 20  # SIGKILLed intakes
MAX_TRIALS = 60


def _run(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, EXEMPTIO_HOME=str(home), EXEMPTIO_OFFICER="Crash Tester")
    env.pop("EXEMPTIO_DB", None)
    return subprocess.run(
        [sys.executable, "-m", "app", *args], capture_output=True, text=True, env=env, cwd=REPO, timeout=120
    )


def _spawn(home: Path, *args: str) -> subprocess.Popen[bytes]:
    env = dict(os.environ, EXEMPTIO_HOME=str(home), EXEMPTIO_OFFICER="Crash Tester")
    env.pop("EXEMPTIO_DB", None)
    return subprocess.Popen(
        [sys.executable, "-m", "app", *args],
        env=env,
        cwd=REPO,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def _make_folder(root: Path, rng: random.Random) -> Path:
    root.mkdir(parents=True)
    for i in range(2):
        (root / f"weights-{i}.bin").write_bytes(rng.randbytes(2 * 1024 * 1024))
    for i in range(25):
        (root / f"doc-{i:02}.txt").write_text(f"licence text {rng.random()}\n" * 200)
    return root


def _blob_files(evidence: Path) -> list[Path]:
    return [p for p in evidence.glob("??/??/*") if p.is_file()]


def _check_consistent(home: Path) -> tuple[int, int, int]:
    """Integrity, rows vs bytes, complete blobs. Returns (rows, blob files, leftovers)."""
    db = sqlite3.connect(home / "exemptio.db")
    try:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        stored = {r[0] for r in db.execute("SELECT sha256 FROM evidence_blobs WHERE stored = 1")}
        items = db.execute("SELECT sha256 FROM evidence_items").fetchall()
        assert {r[0] for r in items} <= stored | {
            r[0] for r in db.execute("SELECT sha256 FROM evidence_blobs WHERE stored = 0")
        }
    finally:
        db.close()
    evidence = home / "evidence"
    files = _blob_files(evidence)
    names = {p.name for p in files}
    for sha in stored:  # no row lacks its bytes
        assert sha in names, f"row {sha} has no bytes"
    for p in files:  # no partial file is visible
        assert hashlib.sha256(p.read_bytes()).hexdigest() == p.name, f"partial blob {p}"
    leftovers = len(list((evidence / ".tmp").iterdir())) if (evidence / ".tmp").exists() else 0
    orphans = len(names - stored)
    return len(items), len(files), leftovers + orphans


@pytest.mark.slow
def test_sigkill_during_intake_never_corrupts(tmp_path: Path) -> None:
    home = tmp_path / "home"
    r = _run(home, "case", "new", "--title", "Crash", "--provider", "P", "--subject", "S")
    assert r.returncode == 0, r.stderr
    ref = r.stdout.strip().splitlines()[-1]
    rng = random.Random(20261126)

    # One uninterrupted intake tells how many bytes an intake writes; each trial is then
    # killed once the process has written a random share of that (0 = during start-up).
    # Counting bytes, not seconds, keeps the kill moments spread the same way whatever
    # the machine's load.
    total = written_by(_spawn(home, "evidence", "add", ref, str(_make_folder(tmp_path / "warmup", rng))))
    assert total > 0
    rows0, _files, left = _check_consistent(home)
    assert rows0 == 27 and left == 0

    killed = saw_leftovers = trials = 0
    while killed < KILLS:
        trials += 1
        assert trials <= MAX_TRIALS, f"only {killed} of {trials - 1} runs could be killed"
        folder = _make_folder(tmp_path / f"t{trials}", rng)
        p = _spawn(home, "evidence", "add", ref, str(folder))
        if kill_after(p, rng.uniform(0.0, 1.0) * total):
            killed += 1
        p.wait(timeout=60)
        rows, _files, leftovers = _check_consistent(home)
        assert rows in (rows0, rows0 + 27)  # an intake is recorded whole or not at all
        saw_leftovers += leftovers > 0
        if leftovers or trials % 5 == 0:
            # the next start cleans up: temporary files, journals and orphan blobs go
            nxt = _run(home, "evidence", "list", ref)
            assert nxt.returncode == 0, nxt.stdout + nxt.stderr
            rows_after, _f, leftovers_after = _check_consistent(home)
            assert leftovers_after == 0 and rows_after == rows
        rows0 = rows
        shutil.rmtree(folder)
    final = _run(home, "evidence", "verify", ref)
    assert final.returncode == 0, final.stdout + final.stderr
    audit = _run(home, "audit", "verify")
    assert audit.returncode == 0, audit.stdout + audit.stderr
    print(f"killed {killed}/{trials}, leftovers found and cleaned after {saw_leftovers} kills")
