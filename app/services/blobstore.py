"""Content-addressed evidence store: bytes kept by SHA-256, never altered.

Layout (under ``ctx.paths.evidence``)::

    evidence/ab/cd/abcd…(64 hex)     stored blobs, read-only (0o444)
    evidence/.tmp/put-*.part          files being written (flock-held while alive)
    evidence/.tmp/intake-*.journal    hashes an unfinished intake placed (flock-held)

A blob is copied inside the kernel (``copy_file_range``) in large steps into a
temporary file in the same file system while a second thread hashes the copy
as it lands, then fsynced, renamed into place with ``os.replace`` and its
folder fsynced. A reader therefore only ever sees complete files, and a blob's
name is the hash of exactly its bytes. Identical bytes are stored once.

Crash safety: every intake first writes the hashes it is about to place into a
journal (fsynced *before* the rename), and holds an exclusive ``flock`` on the
journal and on its temporary files while it runs. :meth:`FolderBlobStore.recover`
(run once per process before the first intake) removes temporary files nobody
holds and, for journals nobody holds, the blobs no database row refers to.

The store sits behind :class:`BlobStore` so a team-mode back end (blobs in the
database's ``blob_chunks`` table, or a shared folder) can be added later.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import hashlib
import os
import queue
import stat
import threading
import uuid
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Protocol

from app.domain.errors import BadInput, ExemptioError, StorageError

CHUNK_SIZE = 4 * 1024 * 1024  # read buffer; kernel copies take 4x this per call
TMP_DIR = ".tmp"
_HEX = frozenset("0123456789abcdef")
_STORE_ERRNOS = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EROFS, errno.EFBIG})

# progress(done_bytes_in_this_file) ; cancelled() -> True to stop
ByteProgress = Callable[[int], None]
CancelCheck = Callable[[], bool]


class Cancelled(ExemptioError):
    """The officer cancelled the operation; nothing was kept."""

    exit_code = 2


@dataclass(frozen=True)
class PutResult:
    sha256: str
    size: int
    created: bool  # False when identical bytes were already stored


@dataclass(frozen=True)
class SourceStat:
    """What a file looked like before it was read (to detect changes)."""

    size: int
    mtime_ns: int
    ino: int
    dev: int

    @classmethod
    def of(cls, st: os.stat_result) -> SourceStat:
        return cls(st.st_size, st.st_mtime_ns, st.st_ino, st.st_dev)


def is_sha256(value: str) -> bool:
    return len(value) == 64 and set(value) <= _HEX


class BlobStore(Protocol):
    """What the evidence service needs from a store (folder, database, share)."""

    def put(
        self,
        source: Path,
        *,
        journal: IntakeJournal | None = None,
        progress: ByteProgress | None = None,
        cancelled: CancelCheck | None = None,
        expected: SourceStat | None = None,
    ) -> PutResult: ...

    def exists(self, sha256: str) -> bool: ...

    def open(self, sha256: str) -> BinaryIO: ...

    def verify(self, sha256: str) -> str: ...

    def path(self, sha256: str) -> Path: ...


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _storage_error(err: OSError, what: str) -> StorageError:
    if err.errno == errno.ENOSPC:
        return StorageError(f"The disk holding the evidence store is full while {what}; nothing was stored.")
    if err.errno == errno.EFBIG:
        return StorageError(f"The file is too large for the evidence store while {what}; nothing was stored.")
    if err.errno == errno.EDQUOT:
        return StorageError(f"Disk quota exceeded while {what}; nothing was stored.")
    if err.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return StorageError(f"The evidence store cannot be written ({err.strerror}) while {what}.")
    return StorageError(f"Storage error while {what}: {err.strerror or err}.")


def _source_error(err: OSError, source: Path) -> BadInput:
    name = os.fsdecode(source)
    if err.errno == errno.ENOENT:
        return BadInput(f"{name} vanished while it was being read; nothing was stored.")
    if err.errno in (errno.EACCES, errno.EPERM):
        return BadInput(f"{name} cannot be read (permission denied); nothing was stored.")
    if err.errno == errno.ELOOP:
        return BadInput(f"{name} is a symbolic link loop; nothing was stored.")
    if err.errno == errno.EISDIR:
        return BadInput(f"{name} is a folder, not a file.")
    return BadInput(f"{name} cannot be read ({err.strerror or err}); nothing was stored.")


def hash_stream(
    fh: BinaryIO,
    *,
    sink: BinaryIO | None = None,
    progress: ByteProgress | None = None,
    cancelled: CancelCheck | None = None,
    chunk_size: int = CHUNK_SIZE,
) -> tuple[str, int]:
    """SHA-256 and length of ``fh``, optionally copying every byte to ``sink``.

    One buffer is reused for the whole file, so memory stays at ``chunk_size``.
    """
    h = hashlib.sha256()
    buf = bytearray(chunk_size)
    view = memoryview(buf)
    done = 0
    readinto = fh.readinto  # type: ignore[attr-defined]
    while True:
        if cancelled is not None and cancelled():
            raise Cancelled("Cancelled; nothing was stored.")
        n = readinto(view)
        if not n:
            break
        part = view[:n]
        h.update(part)
        if sink is not None:
            while part:  # raw files may write less than asked
                written = sink.write(part)
                if not written:
                    raise OSError(errno.ENOSPC, "no space left on device")
                part = part[written:]
        done += n
        if progress is not None:
            progress(done)
    return h.hexdigest(), done


class _KernelCopier:
    """Copies between file descriptors inside the kernel (copy_file_range, else
    sendfile, else read/write), using and advancing both files' offsets."""

    _FALLBACK = frozenset({errno.EXDEV, errno.ENOSYS, errno.EINVAL, errno.EOPNOTSUPP, errno.ENOTSUP})

    def __init__(self, src_fd: int, dst_fd: int) -> None:
        self.src, self.dst = src_fd, dst_fd
        self.mode = "copy_file_range" if hasattr(os, "copy_file_range") else "sendfile"

    def copy(self, n: int) -> int:
        if self.mode == "copy_file_range":
            try:
                return os.copy_file_range(self.src, self.dst, n)
            except OSError as err:
                if err.errno not in self._FALLBACK:
                    raise
                self.mode = "sendfile"
        if self.mode == "sendfile":
            try:
                return os.sendfile(self.dst, self.src, None, n)
            except OSError as err:
                if err.errno not in self._FALLBACK:
                    raise
                self.mode = "read"
        data = os.read(self.src, n)
        view = memoryview(data)
        while view:
            written = os.write(self.dst, view)
            if not written:
                raise OSError(errno.ENOSPC, "no space left on device")
            view = view[written:]
        return len(data)


def copy_and_hash(
    src_fd: int,
    dst_fd: int,
    dst_path: Path,
    *,
    expected_size: int,
    progress: ByteProgress | None = None,
    cancelled: CancelCheck | None = None,
    chunk_size: int = 4 * CHUNK_SIZE,
) -> tuple[str, int]:
    """Copy ``src_fd`` to ``dst_fd`` in the kernel while a second thread hashes
    the *copy* as it lands (read back from the page cache).

    The hash is therefore of exactly the bytes stored. Both steps release the
    GIL, so they overlap; the user-space copy of the data is avoided.
    """
    h = hashlib.sha256()
    lengths: queue.SimpleQueue[int | None] = queue.SimpleQueue()
    failure: list[BaseException] = []
    reader = open(dst_path, "rb", buffering=0)  # noqa: SIM115

    def hasher() -> None:
        buf = bytearray(min(CHUNK_SIZE, chunk_size))
        view = memoryview(buf)
        try:
            while (n := lengths.get()) is not None:
                while n:
                    k = reader.readinto(view[: min(n, len(buf))])
                    if not k:
                        raise OSError(errno.EIO, "the stored copy is shorter than what was written")
                    h.update(view[:k])
                    n -= k
        except BaseException as err:  # reported by the copying thread
            failure.append(err)

    worker = threading.Thread(target=hasher, name="exemptio-hash", daemon=True)
    worker.start()
    copier = _KernelCopier(src_fd, dst_fd)
    copied = 0
    if _is_sparse(src_fd, expected_size):  # holes stay holes in the stored copy
        try:
            copied = _copy_sparse(
                copier, src_fd, dst_fd, expected_size, lengths, failure, progress, cancelled, chunk_size
            )
        finally:
            lengths.put(None)
            worker.join()
            reader.close()
        if failure:
            raise failure[0]
        return h.hexdigest(), copied
    try:
        while not failure:
            if cancelled is not None and cancelled():
                raise Cancelled("Cancelled; nothing was stored.")
            n = copier.copy(chunk_size)
            if not n and copied == 0 and expected_size > 0 and copier.mode != "read":
                copier.mode = "read"  # e.g. pseudo-files whose kernel copy yields nothing
                n = copier.copy(chunk_size)
            if not n:
                break
            copied += n
            lengths.put(n)
            if progress is not None:
                progress(copied)
    finally:
        lengths.put(None)
        worker.join()
        reader.close()
    if failure:
        raise failure[0]
    return h.hexdigest(), copied


def _is_sparse(fd: int, size: int) -> bool:
    """A regular file with holes: fewer bytes allocated than its length."""
    try:
        st = os.fstat(fd)
    except OSError:
        return False
    return stat.S_ISREG(st.st_mode) and size > 0 and st.st_blocks * 512 < size and hasattr(os, "SEEK_DATA")


def _copy_sparse(
    copier: _KernelCopier,
    src_fd: int,
    dst_fd: int,
    size: int,
    lengths: queue.SimpleQueue[int | None],
    failure: list[BaseException],
    progress: ByteProgress | None,
    cancelled: CancelCheck | None,
    chunk_size: int,
) -> int:
    """Copy only the data extents of a sparse file (SEEK_DATA / SEEK_HOLE); a hole in
    the source becomes a hole in the copy (the copy is extended with ftruncate), so a
    20 GB sparse file takes only its data on disk. The hasher reads the holes as zeros,
    so the hash is that of the whole file."""
    pos = 0
    while pos < size and not failure:
        if cancelled is not None and cancelled():
            raise Cancelled("Cancelled; nothing was stored.")
        try:
            data = os.lseek(src_fd, pos, os.SEEK_DATA)
        except OSError as err:
            if err.errno != errno.ENXIO:  # ENXIO: only a hole is left
                raise
            data = size
        data = min(data, size)
        if data > pos:  # a hole: extend the copy without writing
            os.ftruncate(dst_fd, data)
            lengths.put(data - pos)
            pos = data
            if progress is not None:
                progress(pos)
            continue
        try:
            end = min(os.lseek(src_fd, pos, os.SEEK_HOLE), size)
        except OSError:
            end = size
        os.lseek(src_fd, pos, os.SEEK_SET)
        os.lseek(dst_fd, pos, os.SEEK_SET)
        while pos < end and not failure:
            n = copier.copy(min(chunk_size, end - pos))
            if not n:
                raise OSError(errno.EIO, "the file ended before its length while it was copied")
            pos += n
            lengths.put(n)
            if progress is not None:
                progress(pos)
    return pos


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
            raise _storage_error(err, f"creating the evidence folder {self.root}") from err

    def journal(self) -> IntakeJournal:
        self.ensure()
        try:
            return IntakeJournal(self.tmp_dir)
        except OSError as err:
            raise _storage_error(err, "starting the intake") from err

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
        try:
            src = open(source, "rb", buffering=0)  # noqa: SIM115
        except OSError as err:
            raise _source_error(err, source) from err
        tmp_path = self.tmp_dir / f"put-{os.getpid()}-{uuid.uuid4().hex}.part"
        try:
            with src:
                st = os.fstat(src.fileno())
                if not stat.S_ISREG(st.st_mode):
                    raise BadInput(f"{os.fsdecode(source)} is not a regular file.")
                if expected is not None and (st.st_ino, st.st_dev) != (expected.ino, expected.dev):
                    raise BadInput(f"{os.fsdecode(source)} was replaced while it was being read.")
                with contextlib.suppress(OSError, AttributeError):
                    os.posix_fadvise(src.fileno(), 0, 0, os.POSIX_FADV_SEQUENTIAL)
                try:
                    fd = os.open(tmp_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
                except OSError as err:
                    raise _storage_error(err, "creating a temporary file") from err
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
                        if err.filename is None and err.errno in _STORE_ERRNOS:
                            raise _storage_error(err, f"storing {os.fsdecode(source)}") from err
                        raise _source_error(err, source) from err
                    self._check_unchanged(source, src.fileno(), st, size, expected)
                    try:
                        os.fsync(out.fileno())
                    except OSError as err:
                        raise _storage_error(err, f"storing {os.fsdecode(source)}") from err
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
            _fsync_dir(final.parent)
        except OSError as err:
            raise _storage_error(err, "placing a blob in the evidence store") from err
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
        try:
            src = open(source, "rb", buffering=0)  # noqa: SIM115
        except OSError as err:
            raise _source_error(err, source) from err
        with src:
            st = os.fstat(src.fileno())
            if not stat.S_ISREG(st.st_mode):
                raise BadInput(f"{os.fsdecode(source)} is not a regular file.")
            try:
                digest, size = hash_stream(
                    src, progress=progress, cancelled=cancelled, chunk_size=self.chunk_size
                )
            except OSError as err:
                raise _source_error(err, source) from err
            self._check_unchanged(source, src.fileno(), st, size, expected)
        return digest, size

    def discard(self, sha256: str) -> None:
        """Remove a blob (only for blobs no row refers to: the caller checks)."""
        p = self.path(sha256)
        with contextlib.suppress(FileNotFoundError):
            os.unlink(p)
        with contextlib.suppress(OSError):
            _fsync_dir(p.parent)

    # -- reading -------------------------------------------------------------
    def open(self, sha256: str) -> BinaryIO:
        try:
            return open(self.path(sha256), "rb")  # noqa: SIM115
        except FileNotFoundError as err:
            raise StorageError(
                f"The stored bytes of {sha256[:12]}… are missing from the evidence store."
            ) from err
        except OSError as err:
            raise _storage_error(err, "reading the evidence store") from err

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
