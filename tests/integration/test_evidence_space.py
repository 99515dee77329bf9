"""Issue 19 (evidence): a sparse file stays sparse in the store (same SHA-256 as its full
content), and an intake the store's disk cannot hold is refused before a byte is written."""

from __future__ import annotations

import hashlib
import os
import subprocess
from pathlib import Path

import pytest

from app.domain.errors import StorageError
from app.services import cases, evidence


def _sparse(path: Path, size: int) -> None:
    with open(path, "wb") as fh:
        fh.truncate(size)
        for offset in (0, size // 3, size - 4096):
            fh.seek(offset)
            fh.write(os.urandom(4096))


def test_sparse_file_is_stored_sparse_with_the_same_hash(ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    src = tmp_path / "weights.bin"
    size = 64 * 1024 * 1024
    _sparse(src, size)
    if os.stat(src).st_blocks * 512 >= size:
        pytest.fail("this file system does not keep sparse files; the test needs one that does")
    ref = cases.create_case(ctx, cases.NewCase(title="t", provider="p", subject="s")).reference
    res = evidence.add_paths(ctx, ref, [src])
    item = res.items[0]
    h = hashlib.sha256()
    with open(src, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    assert item.sha256 == h.hexdigest() and item.size == size
    stored = evidence.content_path(ctx, item)
    st = os.stat(stored)
    assert st.st_size == size
    assert st.st_blocks * 512 < size // 4  # holes kept: a few data blocks, not 64 MiB
    assert stored.read_bytes() == src.read_bytes()
    assert [v.status for v in evidence.verify_evidence(ctx, ref)] == ["ok"]


@pytest.fixture
def small_disk(tmp_path: Path):  # type: ignore[no-untyped-def]
    """A real 4 MiB file system (tmpfs) for the evidence store."""
    mnt = tmp_path / "small"
    mnt.mkdir()
    r = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(mnt)], capture_output=True)
    if r.returncode != 0:
        why = f"cannot mount a small tmpfs here (needs root): {r.stderr.decode().strip()}"
        if os.environ.get("CI"):  # CI runs as root: a missing mount there is a failure, not a skip
            pytest.fail(why)
        pytest.skip(why)
    yield mnt
    subprocess.run(["umount", str(mnt)], check=False)


def test_intake_larger_than_the_free_space_is_refused_first(
    small_disk: Path, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from app.services.context import open_context

    home = small_disk / "home"
    monkeypatch.setenv("EXEMPTIO_HOME", str(home))
    ctx = open_context(officer="Test Officer")
    try:
        ref = cases.create_case(ctx, cases.NewCase(title="t", provider="p", subject="s")).reference
        big = tmp_path / "big.bin"
        big.write_bytes(os.urandom(6 * 1024 * 1024))
        with pytest.raises(StorageError, match="Not enough free space for this intake"):
            evidence.add_paths(ctx, ref, [big])
        assert evidence.list_evidence(ctx, ref) == []
        leftovers = (
            [p for p in (home / "evidence").rglob("*") if p.is_file()] if (home / "evidence").exists() else []
        )
        assert not [p for p in leftovers if p.stat().st_size > 1024 * 1024]
        small = tmp_path / "LICENSE"
        small.write_text("MIT License\n")
        assert evidence.add_paths(ctx, ref, [small]).items  # what fits is taken
    finally:
        ctx.close()
