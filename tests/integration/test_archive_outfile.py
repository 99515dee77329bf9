"""`archive export --out` never replaces an existing file unless --force (it may be an earlier archive)."""

from __future__ import annotations

import zipfile


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
