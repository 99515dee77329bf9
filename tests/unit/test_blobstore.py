"""The content-addressed store: placement, dedup, verification, recovery."""

from __future__ import annotations

import hashlib
import os
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from app.domain.errors import BadInput
from app.services.store import Cancelled, FolderBlobStore, IntakeJournal, is_sha256, verify_file


def _write(p: Path, data: bytes) -> Path:
    p.write_bytes(data)
    return p


@pytest.fixture
def store(tmp_path: Path) -> FolderBlobStore:
    return FolderBlobStore(tmp_path / "evidence", chunk_size=64 * 1024)


def test_put_places_read_only_file_under_hash_path(store: FolderBlobStore, tmp_path: Path) -> None:
    data = os.urandom(300_000)
    src = _write(tmp_path / "a.bin", data)
    res = store.put(src)
    digest = hashlib.sha256(data).hexdigest()
    assert res.sha256 == digest and res.size == len(data) and res.created
    final = store.root / digest[:2] / digest[2:4] / digest
    assert final == store.path(digest) and final.read_bytes() == data
    assert stat.S_IMODE(final.stat().st_mode) == 0o444
    assert list(store.tmp_dir.iterdir()) == []
    assert store.verify(digest) == "ok"


def test_identical_bytes_stored_once(store: FolderBlobStore, tmp_path: Path) -> None:
    a = _write(tmp_path / "a.txt", b"same bytes\n")
    b = _write(tmp_path / "b.txt", b"same bytes\n")
    r1, r2 = store.put(a), store.put(b)
    assert r1.sha256 == r2.sha256 and r1.created and not r2.created
    files = [p for p in store.root.rglob("*") if p.is_file()]
    assert files == [store.path(r1.sha256)]


def test_verify_detects_flipped_byte_and_missing(store: FolderBlobStore, tmp_path: Path) -> None:
    res = store.put(_write(tmp_path / "a.bin", b"x" * 1000))
    p = store.path(res.sha256)
    os.chmod(p, 0o644)
    with open(p, "r+b") as fh:
        fh.seek(500)
        fh.write(b"y")
    assert store.verify(res.sha256) == "changed"
    p.unlink()
    assert store.verify(res.sha256) == "missing"


def test_progress_and_cancel_leave_nothing(store: FolderBlobStore, tmp_path: Path) -> None:
    src = _write(tmp_path / "big.bin", os.urandom(1_000_000))
    seen: list[int] = []
    store.put(src, progress=seen.append)
    assert seen[-1] == 1_000_000 and seen == sorted(seen) and len(seen) > 1

    src2 = _write(tmp_path / "big2.bin", os.urandom(1_000_000))
    calls = {"n": 0}

    def cancelled() -> bool:
        calls["n"] += 1
        return calls["n"] > 3

    with pytest.raises(Cancelled):
        store.put(src2, cancelled=cancelled)
    assert list(store.tmp_dir.iterdir()) == []
    assert not store.exists(hashlib.sha256(src2.read_bytes()).hexdigest())


def test_bad_sources(store: FolderBlobStore, tmp_path: Path) -> None:
    with pytest.raises(BadInput, match="vanished|does not exist|cannot be read"):
        store.put(tmp_path / "nope")
    with pytest.raises(BadInput, match="folder"):
        store.put(tmp_path)
    with pytest.raises(BadInput):
        store.path("not-a-hash")
    assert is_sha256("a" * 64) and not is_sha256("A" * 64)


def test_changed_while_read_is_refused(store: FolderBlobStore, tmp_path: Path) -> None:
    src = _write(tmp_path / "grow.bin", os.urandom(500_000))

    grown: list[int] = []

    def grow(done: int) -> None:
        if not grown:
            grown.append(done)
            with open(src, "ab") as fh:
                fh.write(b"more")

    with pytest.raises(BadInput, match="changed while"):
        store.put(src, progress=grow)
    assert list(store.tmp_dir.iterdir()) == []
    assert not any(p.is_file() for p in store.root.rglob("*") if ".tmp" not in p.parts)


def test_hash_file_reference_only_copies_nothing(store: FolderBlobStore, tmp_path: Path) -> None:
    data = os.urandom(200_000)
    src = _write(tmp_path / "w.bin", data)
    digest, size = store.hash_file(src)
    assert digest == hashlib.sha256(data).hexdigest() and size == len(data)
    assert not store.root.exists() or not store.exists(digest)
    assert verify_file(src, digest) == "ok"


def test_recover_removes_dead_temp_files_and_unreferenced_blobs(
    store: FolderBlobStore, tmp_path: Path
) -> None:
    store.ensure()
    kept = store.put(_write(tmp_path / "k.bin", b"kept"))
    orphan = store.put(_write(tmp_path / "o.bin", b"orphan"))
    (store.tmp_dir / "put-1-dead.part").write_bytes(b"partial")
    # a journal of a dead intake naming both blobs
    (store.tmp_dir / "intake-1-dead.journal").write_text(f"{kept.sha256}\n{orphan.sha256}\n")
    # a live intake (we hold its lock) naming a third blob must not be touched
    live_blob = store.put(_write(tmp_path / "l.bin", b"live"))
    live = IntakeJournal(store.tmp_dir)
    live.note(live_blob.sha256)

    temps, orphans = store.recover(lambda hashes: {h for h in hashes if h == kept.sha256})
    assert (temps, orphans) == (1, 1)
    assert store.exists(kept.sha256) and not store.exists(orphan.sha256) and store.exists(live_blob.sha256)
    assert sorted(p.name for p in store.tmp_dir.iterdir()) == [live.path.name]
    live.close()
    assert list(store.tmp_dir.iterdir()) == []


def test_temp_file_of_live_process_is_not_removed(store: FolderBlobStore, tmp_path: Path) -> None:
    """A temporary file another process holds (flock) survives recovery."""
    store.ensure()
    code = textwrap.dedent(
        f"""
        import fcntl, os, sys, time
        fd = os.open({str(store.tmp_dir / "put-9-live.part")!r}, os.O_WRONLY | os.O_CREAT, 0o600)
        fcntl.flock(fd, fcntl.LOCK_EX)
        print("locked", flush=True)
        sys.stdin.read()
        """
    )
    p = subprocess.Popen(
        [sys.executable, "-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        assert p.stdout is not None and p.stdout.readline().strip() == "locked"
        assert store.remove_stale_temp() == 0
        assert (store.tmp_dir / "put-9-live.part").exists()
    finally:
        assert p.stdin is not None
        p.stdin.close()
        p.wait(timeout=10)
    assert store.remove_stale_temp() == 1


def test_full_disk_gives_clear_message(tmp_path: Path) -> None:
    """Write to /dev/full-like storage: a tiny tmpfs is not available unprivileged,
    so use RLIMIT_FSIZE in a child process to make the write fail."""
    src = _write(tmp_path / "big.bin", os.urandom(2_000_000))
    root = tmp_path / "ev"
    code = textwrap.dedent(
        f"""
        import resource, signal, sys
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (1_000_000, 1_000_000))
        from pathlib import Path
        from app.services.store import FolderBlobStore
        from app.domain.errors import ExemptioError
        try:
            FolderBlobStore(Path({str(root)!r})).put(Path({str(src)!r}))
        except ExemptioError as err:
            print(type(err).__name__, err)
        """
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=Path(__file__).parents[2],
        timeout=60,
    )
    assert out.stdout.startswith("StorageError"), out
    assert "nothing was stored" in out.stdout or "Storage error" in out.stdout
    assert list((root / ".tmp").iterdir()) == []
    assert not [p for p in root.rglob("*") if p.is_file()]


@pytest.mark.parametrize("mode", ["copy_file_range", "sendfile", "read"])
def test_every_copy_path_stores_exact_bytes(
    tmp_path: Path, mode: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The kernel copy falls back to sendfile, then read/write; all give the same blob."""
    from app.services.store import copying as blobstore

    data = os.urandom(700_000)
    src = _write(tmp_path / "s.bin", data)
    orig_init = blobstore._KernelCopier.__init__

    def init(self, a: int, b: int) -> None:  # type: ignore[no-untyped-def]
        orig_init(self, a, b)
        self.mode = mode

    monkeypatch.setattr(blobstore._KernelCopier, "__init__", init)
    store = FolderBlobStore(tmp_path / f"ev-{mode}", chunk_size=64 * 1024)
    res = store.put(src)
    assert res.sha256 == hashlib.sha256(data).hexdigest()
    assert store.path(res.sha256).read_bytes() == data
