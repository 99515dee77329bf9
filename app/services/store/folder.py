"""The folder store (the single-user default): read-only blobs named by their SHA-256,
intake journals and crash recovery (see the package docstring)."""

from __future__ import annotations

import contextlib
import fcntl
import os
import uuid
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from app.domain.errors import BadInput, StorageError
from app.services.store.copying import copy_and_hash, hash_stream
from app.services.store.types import (
    CHUNK_SIZE,
    STORE_ERRNOS,
    TMP_DIR,
    ByteProgress,
    CancelCheck,
    PutResult,
    SourceStat,
    fsync_dir,
    is_sha256,
    open_regular,
    source_error,
    storage_error,
)


class IntakeJournal:
    """Hashes an intake is about to place, kept until its rows are committed.

    Holding the exclusive lock marks the intake as alive. ``close(committed=True)``
    deletes the journal; after a crash, :meth:`FolderBlobStore.recover` finds it
    unlocked and removes its blobs that no row refers to.
    """

    def __init__(self, tmp_dir: Path) -> None:
        self.path = tmp_dir / f"intake-{os.getpid()}-{uuid.uuid4().hex}.journal"
        fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_APPEND, 0o600)
        fcntl.flock(fd, fcntl.LOCK_EX)
        self._fd: int | None = fd
        self.created: list[str] = []  # blobs this intake placed itself
        self.used: set[str] = set()

    def note(self, sha256: str) -> None:
        if sha256 in self.used or self._fd is None:
            return
        os.write(self._fd, (sha256 + "\n").encode("ascii"))
        os.fsync(self._fd)
        self.used.add(sha256)

    def close(self) -> None:
        if self._fd is None:
            return
        with contextlib.suppress(FileNotFoundError):
            os.unlink(self.path)
        os.close(self._fd)
        self._fd = None


def read_journal(path: Path) -> list[str]:
    try:
        text = path.read_text("ascii", errors="replace")
    except OSError:
        return []
    return [line for line in text.split("\n") if is_sha256(line)]


def _try_lock(path: Path) -> int | None:
    """Open and lock ``path`` without waiting; None when someone holds it."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return None
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        os.close(fd)
        return None
    return fd


class FolderBlobStore:
    """Blobs as read-only files in a folder tree (the single-user default)."""

    def __init__(self, root: Path, *, chunk_size: int = CHUNK_SIZE) -> None:
        self.root = Path(root)
        self.chunk_size = chunk_size
        # bytes per kernel copy call (progress and Cancel are checked between calls)
        self.copy_chunk = chunk_size * 4

    # -- layout --------------------------------------------------------------
    @property
    def tmp_dir(self) -> Path:
        return self.root / TMP_DIR

    def path(self, sha256: str) -> Path:
        if not is_sha256(sha256):
            raise BadInput(f"'{sha256}' is not a SHA-256 hash.")
        return self.root / sha256[:2] / sha256[2:4] / sha256

    def exists(self, sha256: str) -> bool:
        return self.path(sha256).is_file()

    def ensure(self) -> None:
        try:
            self.tmp_dir.mkdir(parents=True, exist_ok=True)
        except OSError as err:
            raise storage_error(err, f"creating the evidence folder {self.root}") from err

    def journal(self) -> IntakeJournal:
        self.ensure()
        try:
            return IntakeJournal(self.tmp_dir)
        except OSError as err:
            raise storage_error(err, "starting the intake") from err

    # -- writing -------------------------------------------------------------
    def put(
        self,
        source: Path,
        *,
        journal: IntakeJournal | None = None,
        progress: ByteProgress | None = None,
        cancelled: CancelCheck | None = None,
        expected: SourceStat | None = None,
    ) -> PutResult:
        """Copy ``source`` into the store; return its hash.

        Raises BadInput when the source is unreadable, vanishes or changes while
        it is read; StorageError when the store cannot be written (full disk...);
        Cancelled when ``cancelled()`` turns true. In every failure the temporary
        file is removed and nothing is placed.
        """
        self.ensure()
        tmp_path = self.tmp_dir / f"put-{os.getpid()}-{uuid.uuid4().hex}.part"
        try:
            with open_regular(source) as (src, st):
                if expected is not None and (st.st_ino, st.st_dev) != (expected.ino, expected.dev):
                    raise BadInput(f"{os.fsdecode(source)} was replaced while it was being read.")
                with contextlib.suppress(OSError, AttributeError):
                    os.posix_fadvise(src.fileno(), 0, 0, os.POSIX_FADV_SEQUENTIAL)
                try:
                    fd = os.open(tmp_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
                except OSError as err:
                    raise storage_error(err, "creating a temporary file") from err
                fcntl.flock(fd, fcntl.LOCK_EX)
                with open(fd, "wb", buffering=0) as out:
                    try:
                        digest, size = copy_and_hash(
                            src.fileno(),
                            out.fileno(),
                            tmp_path,
                            expected_size=st.st_size,
                            progress=progress,
                            cancelled=cancelled,
                            chunk_size=self.copy_chunk,
                        )
                    except OSError as err:
                        if err.filename is None and err.errno in STORE_ERRNOS:
                            raise storage_error(err, f"storing {os.fsdecode(source)}") from err
                        raise source_error(err, source) from err
                    self._check_unchanged(source, src.fileno(), st, size, expected)
                    try:
                        os.fsync(out.fileno())
                    except OSError as err:
                        raise storage_error(err, f"storing {os.fsdecode(source)}") from err
                    created = self._place(tmp_path, digest, journal)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp_path)
            raise
        return PutResult(digest, size, created)

    def _check_unchanged(
        self, source: Path, fd: int, before: os.stat_result, size: int, expected: SourceStat | None
    ) -> None:
        after = os.fstat(fd)
        ref = expected or SourceStat.of(before)
        if size != ref.size or after.st_size != ref.size or after.st_mtime_ns != ref.mtime_ns:
            raise BadInput(f"{os.fsdecode(source)} changed while it was being read; nothing was stored.")

    def _place(self, tmp_path: Path, digest: str, journal: IntakeJournal | None) -> bool:
        final = self.path(digest)
        try:
            if journal is not None:
                journal.note(digest)  # before the blob becomes visible
            if final.is_file():
                if final.stat().st_size == tmp_path.stat().st_size:
                    os.unlink(tmp_path)
                    return False
                # A wrong-sized file under this name was damaged: replace it.
                os.chmod(final, 0o644)
            final.parent.mkdir(parents=True, exist_ok=True)
            os.chmod(tmp_path, 0o444)
            os.replace(tmp_path, final)
            fsync_dir(final.parent)
        except OSError as err:
            raise storage_error(err, "placing a blob in the evidence store") from err
        if journal is not None:
            journal.created.append(digest)
        return True

    def hash_file(
        self,
        source: Path,
        *,
        progress: ByteProgress | None = None,
        cancelled: CancelCheck | None = None,
        expected: SourceStat | None = None,
    ) -> tuple[str, int]:
        """Hash a file in place ("reference only"): nothing is copied."""
        with open_regular(source) as (src, st):
            try:
                digest, size = hash_stream(
                    src, progress=progress, cancelled=cancelled, chunk_size=self.chunk_size
                )
            except OSError as err:
                raise source_error(err, source) from err
            self._check_unchanged(source, src.fileno(), st, size, expected)
        return digest, size

    def discard(self, sha256: str) -> None:
        """Remove a blob (only for blobs no row refers to: the caller checks)."""
        p = self.path(sha256)
        with contextlib.suppress(FileNotFoundError):
            os.unlink(p)
        with contextlib.suppress(OSError):
            fsync_dir(p.parent)

    # -- reading -------------------------------------------------------------
    def open(self, sha256: str) -> BinaryIO:
        try:
            return open(self.path(sha256), "rb")  # noqa: SIM115
        except FileNotFoundError as err:
            raise StorageError(
                f"The stored bytes of {sha256[:12]}… are missing from the evidence store."
            ) from err
        except OSError as err:
            raise storage_error(err, "reading the evidence store") from err

    def verify(self, sha256: str, *, progress: ByteProgress | None = None) -> str:
        """``ok``, ``changed`` or ``missing`` after re-hashing the stored bytes."""
        return verify_file(self.path(sha256), sha256, progress=progress, chunk_size=self.chunk_size)

    # -- recovery ------------------------------------------------------------
    def stale_journals(self) -> Iterator[tuple[Path, int]]:
        """Journals whose intake is dead, each with a held lock fd (close it)."""
        if not self.tmp_dir.is_dir():
            return
        for p in sorted(self.tmp_dir.glob("intake-*.journal")):
            fd = _try_lock(p)
            if fd is not None:
                yield p, fd

    def live_hashes(self, exclude: IntakeJournal | None = None, skip: Iterable[Path] = ()) -> set[str]:
        """Hashes named by intakes that are still running (other than ``exclude``)."""
        live: set[str] = set()
        if not self.tmp_dir.is_dir():
            return live
        skipped = set(skip)
        if exclude is not None:
            skipped.add(exclude.path)
        for p in self.tmp_dir.glob("intake-*.journal"):
            if p in skipped:
                continue
            fd = _try_lock(p)
            if fd is None:
                live.update(read_journal(p))
            else:
                os.close(fd)
        return live

    def remove_stale_temp(self) -> int:
        """Delete temporary files left by dead processes; return how many."""
        removed = 0
        if not self.tmp_dir.is_dir():
            return 0
        for p in self.tmp_dir.glob("put-*.part"):
            fd = _try_lock(p)
            if fd is None:
                continue
            try:
                p.unlink()
                removed += 1
            except OSError:
                pass
            finally:
                os.close(fd)
        return removed

    def recover(self, referenced: Callable[[Iterable[str]], set[str]]) -> tuple[int, int]:
        """Clean up after crashed intakes.

        ``referenced(hashes)`` returns those of ``hashes`` a database row refers
        to; it should run under the database write lock so that no commit races
        the removal. Returns (temporary files removed, orphan blobs removed).
        """
        temps = self.remove_stale_temp()
        orphans = 0
        stale = list(self.stale_journals())
        if not stale:
            return temps, 0
        live = self.live_hashes(skip=[p for p, _fd in stale])
        try:
            for p, _fd in stale:
                hashes = [h for h in read_journal(p) if h not in live]
                keep = referenced(hashes) if hashes else set()
                for h in hashes:
                    if h not in keep and self.exists(h):
                        self.discard(h)
                        orphans += 1
                with contextlib.suppress(OSError):
                    p.unlink()
        finally:
            for _p, fd in stale:
                os.close(fd)
        return temps, orphans


# What the evidence service takes: the folder store or its team subclass (database.DbBlobStore).
BlobStore = FolderBlobStore


def verify_file(
    path: Path, sha256: str, *, progress: ByteProgress | None = None, chunk_size: int = CHUNK_SIZE
) -> str:
    """``ok`` when ``path`` hashes to ``sha256``, ``changed`` or ``missing`` otherwise."""
    try:
        with open(path, "rb", buffering=0) as fh:
            digest, _ = hash_stream(fh, progress=progress, chunk_size=chunk_size)
    except FileNotFoundError:
        return "missing"
    except OSError:
        return "missing"
    return "ok" if digest == sha256 else "changed"
