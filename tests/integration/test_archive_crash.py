"""Crash safety of archive import and export: SIGKILL the CLI at random moments
(measured in bytes written, not seconds: tests/helpers/crash.py).

Import: after every kill the destination data folder is either unchanged or holds the
complete imported case (PRAGMA integrity_check ok, every row has its bytes, the audit
chain verifies), and the next start removes the leftovers (staging folders, temporary
files, journals, orphan blobs). Export: no partial zip ever appears at --out.
"""

from __future__ import annotations

import hashlib
import os
import random
import shutil
import sqlite3
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from app.services import archive, cases
from app.services.context import open_context
from tests.helpers.crash import kill_after, written_by
from tests.integration.archive_support import add_evidence, build_case

REPO = Path(__file__).resolve().parents[2]
KILLS = 10
MAX_TRIALS = 30


def _env(home: Path) -> dict[str, str]:
    env = dict(os.environ, EXEMPTIO_HOME=str(home), EXEMPTIO_OFFICER="Crash Tester")
    env.pop("EXEMPTIO_DB", None)
    return env


def _run(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "app", *args],
        capture_output=True,
        text=True,
        env=_env(home),
        cwd=REPO,
        timeout=120,
    )


def _spawn(home: Path, *args: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "app", *args],
        env=_env(home),
        cwd=REPO,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


@pytest.fixture(scope="module")
def source(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str, Path]:
    """An exported case (with a few MB of evidence) and a data folder that already holds a case."""
    base = tmp_path_factory.mktemp("crash-src")
    ctx = open_context(home=base / "src", officer="Source Officer")
    try:
        ref = build_case(ctx)
        add_evidence(ctx, ref, "big.bin", random.Random(7).randbytes(12 << 20))
        out = base / "case.zip"
        archive.export_case(ctx, ref, out)
    finally:
        ctx.close()
    dest = base / "dest-template"
    ctx = open_context(home=dest, officer="Dest Officer")
    try:
        other = cases.create_case(
            ctx, cases.NewCase(title="Already here", provider="P", subject="S")
        ).reference
        add_evidence(ctx, other, "mine.txt", b"existing evidence\n" * 100)
    finally:
        ctx.close()
    return out, ref, dest


def _state(home: Path) -> dict[str, object]:
    db = sqlite3.connect(home / "exemptio.db")
    try:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        counts = {
            t: db.execute(f"SELECT count(*) FROM {t}").fetchone()[0]  # noqa: S608 - fixed names
            for t in (
                "cases",
                "evidence_items",
                "evidence_blobs",
                "letters",
                "checklist_answers",
                "audit_events",
            )
        }
        stored = {r[0] for r in db.execute("SELECT sha256 FROM evidence_blobs WHERE stored = 1")}
    finally:
        db.close()
    files = {p.name: p for p in (home / "evidence").glob("??/??/*") if p.is_file()}
    for sha in stored:  # every row has its bytes, complete
        assert sha in files, f"row {sha} has no bytes"
        assert hashlib.sha256(files[sha].read_bytes()).hexdigest() == sha, f"partial blob {sha}"
    tmp = home / "evidence" / ".tmp"
    staging = home / "staging"
    return {
        "counts": counts,
        "orphans": sorted(set(files) - stored),
        "tmp": sorted(p.name for p in tmp.iterdir()) if tmp.exists() else [],
        "staging": sorted(p.name for p in staging.iterdir()) if staging.exists() else [],
    }


@pytest.mark.slow
def test_sigkill_during_import_leaves_nothing_or_the_whole_case(source, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    zip_path, ref, template = source
    rng = random.Random(20261126)
    warm = tmp_path / "warm"
    shutil.copytree(template, warm)
    before = _state(warm)
    # bytes, not seconds: each trial is killed once it has written a random share of a whole import
    total = written_by(_spawn(warm, "archive", "import", str(zip_path), "--as-new"))
    full = _state(warm)["counts"]
    assert full["cases"] == before["counts"]["cases"] + 1  # type: ignore[index]

    killed = trials = whole = 0
    while killed < KILLS:
        trials += 1
        assert trials <= MAX_TRIALS, f"only {killed} of {trials - 1} imports could be killed"
        home = tmp_path / f"t{trials}"
        shutil.copytree(template, home)
        p = _spawn(home, "archive", "import", str(zip_path), "--as-new")
        if kill_after(p, rng.uniform(0.0, 1.0) * total):
            killed += 1
        p.wait(timeout=60)
        after = _state(home)
        if after["counts"] == before["counts"]:
            pass  # nothing imported: the rows are as they were
        else:
            assert after["counts"] == full, after  # the whole case, never a part
            whole += 1
        # the next start cleans up after the crash (the store's first use runs recovery); every
        # row has its bytes (evidence verify re-hashes them) and the audit chain holds
        ok = _run(home, "evidence", "verify")
        assert ok.returncode == 0, ok.stdout + ok.stderr
        cleaned = _state(home)
        assert cleaned["orphans"] == [] and cleaned["staging"] == [] and cleaned["tmp"] == [], cleaned
        audit = _run(home, "audit", "verify")
        assert audit.returncode == 0, audit.stdout + audit.stderr
        shutil.rmtree(home)
    print(f"import: killed {killed}/{trials}; {whole} had the whole case, the rest nothing")


@pytest.mark.slow
def test_sigkill_during_export_leaves_no_partial_zip(source, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    zip_path, ref, _template = source
    home = tmp_path / "home"
    r = _run(home, "archive", "import", str(zip_path), "--as-new")
    assert r.returncode == 0, r.stderr
    rng = random.Random(4242)
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    # bytes, not seconds: each trial is killed once it has written a random share of a whole export
    total = written_by(_spawn(home, "archive", "export", ref, "--out", str(out_dir / "warm.zip")))
    killed = trials = complete = 0
    while killed < KILLS:
        trials += 1
        assert trials <= MAX_TRIALS, f"only {killed} of {trials - 1} exports could be killed"
        out = out_dir / f"case-{trials}.zip"
        p = _spawn(home, "archive", "export", ref, "--out", str(out))
        if kill_after(p, rng.uniform(0.0, 1.0) * total):
            killed += 1
        p.wait(timeout=60)
        if out.exists():  # only ever a complete archive under the final name
            with zipfile.ZipFile(out) as zf:
                assert zf.testzip() is None
            assert archive.verify_archive(out).ok
            complete += 1
        leftovers = [x.name for x in out_dir.iterdir() if x.name.startswith(f".case-{trials}.zip.")]
        for name in leftovers:  # a killed export can leave its hidden temporary file, never a .zip
            assert name.endswith(".part"), name
    sqlite = sqlite3.connect(home / "exemptio.db")
    try:
        assert sqlite.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        sqlite.close()
    audit = _run(home, "audit", "verify")
    assert audit.returncode == 0, audit.stdout + audit.stderr
    # the next start (the evidence store's first use) removes what the killed exports left
    assert _run(home, "evidence", "verify").returncode == 0
    parts = [x.name for x in out_dir.iterdir() if x.name.endswith(".part")]
    assert parts == [], parts
    assert not list((home / "exports").glob("*.pending"))
    print(f"export: killed {killed}/{trials}; {complete} complete archives, no partial one at --out")


def test_clean_staging_keeps_live_imports_and_removes_crashed_ones(tmp_path: Path) -> None:
    staging = tmp_path / "staging"
    live, fd = archive._new_stage(staging)
    (live / "00000000").write_bytes(b"staged bytes")
    crashed, fd2 = archive._new_stage(staging)
    os.close(fd2)  # its process died: the lock is free
    young = staging / (".new-" + "a" * 32)
    young.mkdir()  # being created right now
    old = staging / (".new-" + "b" * 32)
    old.mkdir()
    os.utime(old, (time.time() - 3600, time.time() - 3600))
    (staging / "letter-x.pdf").write_bytes(b"not an import")  # others' files are left alone
    try:
        assert archive.clean_staging(staging) == 2
        assert sorted(p.name for p in staging.iterdir()) == sorted([live.name, young.name, "letter-x.pdf"])
        assert (live / "00000000").read_bytes() == b"staged bytes"
    finally:
        os.close(fd)
    assert archive.clean_staging(staging) == 1 and not live.exists()


def test_orphaned_export_files_are_removed_and_live_ones_kept(tmp_path: Path) -> None:
    """A record whose lock is free (its export was killed) leads to its .part file;
    a live export's record (locked) and unrelated files are left alone."""
    from app.services import housekeeping

    home, out = tmp_path / "home", tmp_path / "out"
    out.mkdir()
    dead = out / ".case.zip.0123abcd.part"
    live = out / ".other.zip.89abcdef.part"
    mine = out / ".keep.zip.part"  # not an export's name: never removed
    for f in (dead, live, mine):
        f.write_bytes(b"partial zip")
    with housekeeping.export_in_progress(home, live):
        record = home / "exports" / ("c" * 32 + ".pending")
        record.write_bytes(os.fsencode(str(dead)))  # as a killed export leaves it (no lock held)
        other = home / "exports" / ("d" * 32 + ".pending")
        other.write_bytes(os.fsencode(str(mine)))
        assert housekeeping.clean_exports(home) == 1
        assert not dead.exists() and live.exists() and mine.exists()
        assert not record.exists() and not other.exists()
        assert len(list((home / "exports").glob("*.pending"))) == 1  # the live one
    assert not list((home / "exports").glob("*.pending"))
    assert housekeeping.clean_exports(home) == 0 and live.exists()
