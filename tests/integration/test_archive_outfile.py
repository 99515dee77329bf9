"""`archive export --out` never replaces an existing file unless --force (it may be an earlier archive)."""

from __future__ import annotations

import zipfile
from pathlib import Path


def test_archive_export_refuses_an_existing_file(cli, home, tmp_path) -> None:  # type: ignore[no-untyped-def]
    ref = cli(
        "case", "new", "--officer", "Test Officer", "--title", "T", "--provider", "P", "--subject", "S"
    ).out.strip()
    out = tmp_path / "case.zip"
    out.write_bytes(b"an earlier archive")
    r = cli("archive", "export", ref, "--out", str(out), "--officer", "Test Officer")
    assert r.rc == 2 and "exists; choose another name or pass --force" in r.err, r.err
    assert len(r.err.strip().splitlines()) == 1 and out.read_bytes() == b"an earlier archive"
    assert not list(tmp_path.glob(".*.part"))
    r = cli("archive", "export", ref, "--out", str(out), "--force", "--officer", "Test Officer")
    assert r.rc == 0, r.err
    assert zipfile.is_zipfile(out)
    r = cli("archive", "export", ref, "--out", str(out), "--officer", "Test Officer")
    assert r.rc == 2 and "exists" in r.err and zipfile.is_zipfile(out)
    assert cli("archive", "verify", str(out)).rc == 0


def test_export_that_cannot_write_is_refused_cleanly(tmp_path: Path) -> None:
    """Disk full during export (issue 19): one line, exit 2, no archive and no .part left.
    The disk is made to fill by a file-size limit on the exporting process (RLIMIT_FSIZE: the
    write fails with EFBIG exactly as it fails with ENOSPC on a full disk); with root, a
    1 MiB tmpfs gives the real ENOSPC too."""
    import os
    import resource
    import signal
    import subprocess
    import sys

    from app.services.context import open_context
    from tests.integration.archive_support import add_evidence

    home = tmp_path / "home"
    ctx = open_context(home=home, officer="Source Officer")
    try:
        from app.services import cases

        ref = cases.create_case(ctx, cases.NewCase(title="Big", provider="P", subject="S")).reference
        add_evidence(ctx, ref, "big.bin", os.urandom(3 << 20))
    finally:
        ctx.close()
    env = dict(os.environ, EXEMPTIO_HOME=str(home), EXEMPTIO_OFFICER="Source Officer")
    env.pop("EXEMPTIO_DB", None)
    repo = Path(__file__).resolve().parents[2]

    def limit() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (1 << 20, 1 << 20))

    outs = [tmp_path / "out"]
    mnt = tmp_path / "full"
    mnt.mkdir()
    if (
        os.geteuid() == 0
        and subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(mnt)]).returncode == 0
    ):
        outs.append(mnt)
    try:
        for n, folder in enumerate(outs):
            folder.mkdir(exist_ok=True)
            target = folder / "case.zip"
            r = subprocess.run(
                [sys.executable, "-m", "app", "archive", "export", ref, "--out", str(target)],
                capture_output=True,
                text=True,
                env=env,
                cwd=repo,
                timeout=120,
                preexec_fn=limit if n == 0 else None,  # noqa: PLW1509 - a plain resource limit
            )
            assert r.returncode == 2, (r.returncode, r.stderr)
            assert r.stderr.count("\n") == 1 and "Traceback" not in r.stderr, r.stderr
            assert "no archive was written" in r.stderr, r.stderr
            assert not target.exists() and not [p for p in folder.iterdir() if p.name.endswith(".part")]
            if n == 1:
                assert "disk is full" in r.stderr, r.stderr
    finally:
        if len(outs) > 1:
            subprocess.run(["umount", str(mnt)])
