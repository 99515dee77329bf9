"""Review fixes: crash recovery removes orphans under the write lock; export never removes others' files."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from app.services import cases, evidence
from app.services.context import AppContext
from app.services.store import FolderBlobStore


@pytest.fixture
def ref(ctx: AppContext) -> str:
    return cases.create_case(ctx, cases.NewCase(title="Review", provider="Meta", subject="Llama")).reference


class _ProbingStore(FolderBlobStore):
    """A real folder store that, at each removal, tries what another process would: commit a row."""

    def __init__(self, root: Path, db_file: str) -> None:
        super().__init__(root)
        self.db_file = db_file
        self.writer_blocked: list[bool] = []

    def discard(self, sha256: str) -> None:
        other = sqlite3.connect(self.db_file, timeout=0)
        try:
            other.execute("BEGIN IMMEDIATE")
            other.rollback()
            self.writer_blocked.append(False)
        except sqlite3.OperationalError as err:
            assert "locked" in str(err)
            self.writer_blocked.append(True)
        finally:
            other.close()
        super().discard(sha256)


def test_recover_discards_orphans_under_the_write_lock(ctx: AppContext, ref: str, tmp_path: Path) -> None:
    db_file = ctx.engine.url.database
    assert db_file
    store = _ProbingStore(ctx.paths.evidence, db_file)
    kept_src = tmp_path / "kept.txt"
    kept_src.write_text("kept: a row refers to me\n")
    [kept] = evidence.add_paths(ctx, ref, [kept_src]).items
    orphan_src = tmp_path / "orphan.txt"
    orphan_src.write_text("orphan: a crashed intake placed me\n")
    orphan = store.put(orphan_src).sha256
    # the journal of an intake that died before committing its row
    (store.tmp_dir / "intake-1-dead.journal").write_text(f"{kept.sha256}\n{orphan}\n")

    temps, orphans = evidence.recover(ctx, store)

    assert orphans == 1 and not store.exists(orphan) and store.exists(kept.sha256)
    assert store.writer_blocked == [True], "another process could commit a row between check and removal"
    assert not list(store.tmp_dir.glob("intake-*.journal"))


def test_recover_without_journals_takes_no_write_lock(ctx: AppContext, tmp_path: Path) -> None:
    store = FolderBlobStore(ctx.paths.evidence)
    store.ensure()
    (store.tmp_dir / "put-1-dead.part").write_bytes(b"half a file")
    db_file = ctx.engine.url.database
    assert db_file
    holder = sqlite3.connect(db_file, timeout=0)
    holder.execute("BEGIN IMMEDIATE")  # another writer is busy: recovery must not wait for it
    try:
        assert evidence.recover(ctx, store) == (1, 0)
    finally:
        holder.rollback()
        holder.close()


def test_export_leaves_an_existing_part_file_alone(ctx: AppContext, ref: str, tmp_path: Path) -> None:
    src = tmp_path / "LICENSE"
    src.write_text("Apache License 2.0\n")
    [item] = evidence.add_paths(ctx, ref, [src]).items
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    dest = out_dir / "copy.txt"
    unrelated = out_dir / "copy.txt.part"
    unrelated.write_text("someone else's download in progress")

    assert evidence.export_item(ctx, item.id, dest) == dest

    assert dest.read_text() == "Apache License 2.0\n"
    assert unrelated.read_text() == "someone else's download in progress"
    assert sorted(p.name for p in out_dir.iterdir()) == ["copy.txt", "copy.txt.part"]


def test_failed_export_removes_only_its_own_temporary_file(ctx: AppContext, ref: str, tmp_path: Path) -> None:
    src = tmp_path / "notes.txt"
    src.write_text("original bytes\n")
    [item] = evidence.add_paths(ctx, ref, [src]).items
    blob = evidence.blob_store(ctx).path(item.sha256)
    blob.chmod(0o600)
    blob.write_text("tampered bytes\n")  # the store copy no longer matches its hash
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    unrelated = out_dir / "notes.txt.part"
    unrelated.write_text("keep me")

    with pytest.raises(Exception, match="no longer match"):
        evidence.export_item(ctx, item.id, out_dir / "notes.txt")

    assert sorted(p.name for p in out_dir.iterdir()) == ["notes.txt.part"]
    assert unrelated.read_text() == "keep me"
