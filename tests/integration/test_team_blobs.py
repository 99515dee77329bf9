"""Evidence bytes in the team database (blob_chunks): stored whole or not at
all, read back and re-verified, shared between officers' contexts."""

from __future__ import annotations

import hashlib
import os
import threading
from pathlib import Path

import pytest
from sqlalchemy import text

from app.services.context import open_context
from app.services.store import Cancelled, FolderBlobStore
from app.services.store.database import DbBlobStore
from app.services.store.factory import store_for

SMALL_CHUNK = 64 * 1024


@pytest.fixture
def store(home: Path, db_url: str):  # type: ignore[no-untyped-def]
    ctx = open_context(db=db_url, officer="Anna")
    yield DbBlobStore(ctx.engine, home / "cache", chunk_size=SMALL_CHUNK)
    ctx.close()


def _file(tmp_path: Path, size: int, name: str = "f.bin") -> tuple[Path, bytes]:
    data = os.urandom(size)
    p = tmp_path / name
    p.write_bytes(data)
    return p, data


def test_put_open_verify_roundtrip(store: DbBlobStore, tmp_path: Path) -> None:
    path, data = _file(tmp_path, 5 * SMALL_CHUNK + 123)
    seen: list[int] = []
    r = store.put(path, progress=seen.append)
    assert r.sha256 == hashlib.sha256(data).hexdigest() and r.size == len(data) and r.created
    assert seen[-1] == len(data)
    assert store.exists(r.sha256) and store.size(r.sha256) == len(data)
    with store.open(r.sha256) as fh:
        assert fh.read() == data
        fh.seek(3 * SMALL_CHUNK - 10)
        assert fh.read(20) == data[3 * SMALL_CHUNK - 10 : 3 * SMALL_CHUNK + 10]
    assert store.verify(r.sha256) == "ok"
    local = store.path(r.sha256)
    assert local.read_bytes() == data
    assert local.stat().st_mode & 0o222 == 0  # read-only copy
    again = store.put(path)  # identical bytes are stored once
    assert again.sha256 == r.sha256 and not again.created


def test_empty_and_exact_chunk_files(store: DbBlobStore, tmp_path: Path) -> None:
    for size in (0, SMALL_CHUNK, 2 * SMALL_CHUNK):
        path, data = _file(tmp_path, size, f"f{size}")
        r = store.put(path)
        with store.open(r.sha256) as fh:
            assert fh.read() == data
        assert store.verify(r.sha256) == "ok"


def test_verify_detects_changed_and_missing(store: DbBlobStore, tmp_path: Path) -> None:
    path, _ = _file(tmp_path, 3 * SMALL_CHUNK)
    r = store.put(path)
    with store.engine.begin() as c:
        c.execute(
            text("UPDATE blob_chunks SET data = :d WHERE sha256 = :s AND seq = 1"),
            {"d": b"x" * SMALL_CHUNK, "s": r.sha256},
        )
    assert store.verify(r.sha256) == "changed"
    with store.engine.begin() as c:
        c.execute(text("DELETE FROM blob_chunks WHERE sha256 = :s AND seq = 2"), {"s": r.sha256})
    assert store.verify(r.sha256) == "changed"
    assert store.verify("0" * 64) == "missing"
    assert not store.exists("0" * 64)


def test_cancel_leaves_nothing(store: DbBlobStore, tmp_path: Path) -> None:
    path, data = _file(tmp_path, 6 * SMALL_CHUNK)
    calls = [0]

    def cancelled() -> bool:
        calls[0] += 1
        return calls[0] > 3

    with pytest.raises(Cancelled):
        store.put(path, cancelled=cancelled)
    with store.engine.connect() as c:
        assert c.execute(text("SELECT count(*) FROM blob_chunks")).scalar() == 0
    assert not store.exists(hashlib.sha256(data).hexdigest())


def test_same_bytes_from_two_officers_at_once(store: DbBlobStore, tmp_path: Path) -> None:
    path, data = _file(tmp_path, 8 * SMALL_CHUNK)
    results: list[object] = []

    def put() -> None:
        try:
            results.append(store.put(path))
        except BaseException as err:  # noqa: BLE001
            results.append(err)

    threads = [threading.Thread(target=put) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    digest = hashlib.sha256(data).hexdigest()
    assert all(getattr(r, "sha256", None) == digest for r in results), results
    assert sum(1 for r in results if getattr(r, "created", False)) == 1
    with store.engine.connect() as c:
        assert c.execute(text("SELECT count(*) FROM blob_chunks")).scalar() == 8
    assert store.verify(digest) == "ok"


def test_store_choice(home: Path, tmp_path: Path, db_url: str) -> None:
    ctx = open_context(db=db_url)
    try:
        chosen = store_for(ctx)
        if db_url.startswith("sqlite"):
            assert isinstance(chosen, FolderBlobStore) and chosen.root == ctx.paths.evidence
        else:
            assert isinstance(chosen, DbBlobStore)
        ctx.settings.shared_blob_folder = str(tmp_path / "share")
        shared = store_for(ctx)
        assert isinstance(shared, FolderBlobStore) and shared.root == tmp_path / "share"
    finally:
        ctx.close()
