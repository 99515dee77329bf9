"""Team mode evidence store: the bytes in the database, in 4 MiB chunks.

Table ``blob_chunks(sha256, seq, data)``. A blob is written in ONE transaction
under a temporary key and renamed to its SHA-256 when the last byte is hashed,
so other officers see a blob whole or not at all, and a crash (or a lost
connection) rolls the half-written chunks back: there is nothing to clean up.
That transaction does not take the team writer lock (see db/engine.py), so a
large upload never holds up other officers' saves.

Why the database is the team default (rather than a shared folder): one
``pg_dump`` backs up records and bytes at the same instant; the server's access
control covers both; no network file system locking (flock over SMB/NFS) is
relied on; officers on a VPN need no mounted share. ``Settings.shared_blob_folder``
selects the folder store on a shared path instead (see :func:`store_for`).

Same methods as :class:`app.services.store.folder.FolderBlobStore`: ``put``,
``exists``, ``open``, ``verify``, ``path`` (a verified, read-only local copy
for viewers that need a file), ``hash_file``, ``discard``, ``journal``,
``live_hashes``, ``recover``.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import uuid
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, BinaryIO

from sqlalchemy import Engine, delete, func, insert, select, update
from sqlalchemy.exc import DBAPIError, IntegrityError

from app.domain.errors import BadInput, StorageError
from app.services.store import (
    CHUNK_SIZE,
    ByteProgress,
    CancelCheck,
    Cancelled,
    FolderBlobStore,
    IntakeJournal,
    PutResult,
    SourceStat,
    is_sha256,
)
from app.services.store.types import open_regular
from db.models import BlobChunk, EvidenceBlob

_TMP_PREFIX = "tmp-"


def _no_writer_lock(engine: Engine) -> Engine:
    # The "DEFERRED" marker makes db/engine.py skip the team writer lock.
    return engine.execution_options(sqlite_begin="DEFERRED")


def _db_error(err: Exception, what: str) -> StorageError:
    msg = str(getattr(err, "orig", err)).strip().splitlines()[0] if str(err).strip() else type(err).__name__
    return StorageError(f"The team database could not be used while {what} ({msg}); nothing was stored.")


class _NullJournal(IntakeJournal):
    """Database writes are transactional: no journal file is needed."""

    def __init__(self) -> None:  # no super().__init__: nothing on disk
        self._fd = None
        self.created: list[str] = []
        self.used: set[str] = set()

    def note(self, sha256: str) -> None:
        self.used.add(sha256)

    def close(self) -> None:
        return None


class _ChunkReader(io.RawIOBase):
    """A read-only, seekable stream over a blob's chunks (one query per chunk)."""

    def __init__(self, engine: Engine, sha256: str, size: int, chunk_size: int) -> None:
        self._engine = engine
        self._sha = sha256
        self._size = size
        self._chunk_size = chunk_size
        self._pos = 0
        self._seq = -1
        self._data = b""

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def tell(self) -> int:
        return self._pos

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        base = {io.SEEK_SET: 0, io.SEEK_CUR: self._pos, io.SEEK_END: self._size}[whence]
        self._pos = max(0, base + offset)
        return self._pos

    def _chunk(self, seq: int) -> bytes:
        if seq != self._seq:
            with _no_writer_lock(self._engine).connect() as c:
                data = c.execute(
                    select(BlobChunk.data).where(BlobChunk.sha256 == self._sha, BlobChunk.seq == seq)
                ).scalar_one_or_none()
            if data is None:
                raise StorageError(f"Part {seq} of the stored bytes of {self._sha[:12]}… is missing.")
            self._seq, self._data = seq, bytes(data)
        return self._data

    def readinto(self, buffer: Any) -> int:
        if self._pos >= self._size:
            return 0
        seq, off = divmod(self._pos, self._chunk_size)
        data = self._chunk(seq)
        part = data[off : off + len(buffer)]
        n = len(part)
        buffer[:n] = part
        self._pos += n
        return n


class DbBlobStore(FolderBlobStore):
    """Evidence bytes in the database (``blob_chunks``). A FolderBlobStore in
    shape (the evidence service takes either); its folder is the local cache."""

    def __init__(self, engine: Engine, cache_dir: Path, *, chunk_size: int = CHUNK_SIZE) -> None:
        super().__init__(cache_dir, chunk_size=chunk_size)
        self.engine = engine
        self.cache_dir = Path(cache_dir)

    # -- queries ---------------------------------------------------------------
    def _check(self, sha256: str) -> None:
        if not is_sha256(sha256):
            raise BadInput(f"'{sha256}' is not a SHA-256 hash.")

    def size(self, sha256: str) -> int | None:
        """Stored length, or None when the blob is not stored."""
        self._check(sha256)
        try:
            with _no_writer_lock(self.engine).connect() as c:
                n, total = c.execute(
                    select(func.count(), func.coalesce(func.sum(func.length(BlobChunk.data)), 0)).where(
                        BlobChunk.sha256 == sha256
                    )
                ).one()
        except DBAPIError as err:
            raise _db_error(err, "reading the evidence store") from err
        return int(total) if n else None

    def exists(self, sha256: str) -> bool:
        self._check(sha256)
        with _no_writer_lock(self.engine).connect() as c:
            return (
                c.execute(select(BlobChunk.seq).where(BlobChunk.sha256 == sha256, BlobChunk.seq == 0)).first()
                is not None
            )

    # -- writing ---------------------------------------------------------------
    def put(
        self,
        source: Path,
        *,
        journal: IntakeJournal | None = None,
        progress: ByteProgress | None = None,
        cancelled: CancelCheck | None = None,
        expected: SourceStat | None = None,
    ) -> PutResult:
        """Store the bytes of a file; the same contract as FolderBlobStore.put."""
        with open_regular(source) as (src, st):
            result = self.put_stream(src, progress=progress, cancelled=cancelled)
            try:
                self._check_unchanged(source, src.fileno(), st, result.size, expected)
            except BadInput:
                if result.created:
                    self.discard(result.sha256)
                raise
        if journal is not None:
            journal.note(result.sha256)
            if result.created:
                journal.created.append(result.sha256)
        return result

    def put_stream(
        self,
        stream: BinaryIO,
        *,
        progress: ByteProgress | None = None,
        cancelled: CancelCheck | None = None,
    ) -> PutResult:
        """Store everything ``stream`` yields; returns the SHA-256."""
        tmp_key = _TMP_PREFIX + uuid.uuid4().hex
        h = hashlib.sha256()
        done = 0
        try:
            with _no_writer_lock(self.engine).begin() as c:
                seq = 0
                while True:
                    if cancelled is not None and cancelled():
                        raise Cancelled("Cancelled; nothing was stored.")
                    data = _read_full(stream, self.chunk_size)
                    if not data and seq > 0:
                        break
                    h.update(data)
                    c.execute(insert(BlobChunk).values(sha256=tmp_key, seq=seq, data=data))
                    seq += 1
                    done += len(data)
                    if progress is not None:
                        progress(done)
                    if len(data) < self.chunk_size:
                        break
                digest = h.hexdigest()
                present = c.execute(
                    select(BlobChunk.seq).where(BlobChunk.sha256 == digest, BlobChunk.seq == 0)
                ).first()
                if present is not None:
                    c.execute(delete(BlobChunk).where(BlobChunk.sha256 == tmp_key))
                    created = False
                else:
                    c.execute(update(BlobChunk).where(BlobChunk.sha256 == tmp_key).values(sha256=digest))
                    created = True
        except IntegrityError:
            # Someone stored the same bytes at the same moment: theirs is identical.
            return PutResult(h.hexdigest(), done, False)
        except DBAPIError as err:
            raise _db_error(err, "storing evidence") from err
        return PutResult(digest, done, created)

    def discard(self, sha256: str) -> None:
        """Remove a blob that no evidence row refers to (checked again here, so
        a committed reference always wins). Takes no writer lock: the caller
        may hold it (an intake cleaning up after itself)."""
        self._check(sha256)
        with _no_writer_lock(self.engine).begin() as c:
            used = c.execute(select(EvidenceBlob.sha256).where(EvidenceBlob.sha256 == sha256)).first()
            if used is None:
                c.execute(delete(BlobChunk).where(BlobChunk.sha256 == sha256))
        with contextlib.suppress(OSError):
            os.unlink(self._cache_path(sha256))

    # -- reading ---------------------------------------------------------------
    def open(self, sha256: str) -> BinaryIO:
        size = self.size(sha256)
        if size is None:
            raise StorageError(f"The stored bytes of {sha256[:12]}… are missing from the evidence store.")
        raw = _ChunkReader(self.engine, sha256, size, self.chunk_size)
        return io.BufferedReader(raw, buffer_size=self.chunk_size)

    def verify(self, sha256: str, *, progress: ByteProgress | None = None) -> str:
        """``ok``, ``changed`` or ``missing`` after re-hashing the stored chunks."""
        self._check(sha256)
        h = hashlib.sha256()
        done = 0
        expected_seq = 0
        with _no_writer_lock(self.engine).connect() as c:
            seqs = list(
                c.execute(
                    select(BlobChunk.seq).where(BlobChunk.sha256 == sha256).order_by(BlobChunk.seq)
                ).scalars()
            )
            if not seqs:
                return "missing"
            for seq in seqs:
                if seq != expected_seq:
                    return "changed"  # a chunk was removed
                data = c.execute(
                    select(BlobChunk.data).where(BlobChunk.sha256 == sha256, BlobChunk.seq == seq)
                ).scalar_one()
                h.update(data)
                done += len(data)
                expected_seq += 1
                if progress is not None:
                    progress(done)
        return "ok" if h.hexdigest() == sha256 else "changed"

    def _cache_path(self, sha256: str) -> Path:
        return self.cache_dir / sha256[:2] / sha256

    def path(self, sha256: str) -> Path:
        """A local, read-only copy (for viewers that need a file). Written from
        the database, checked against the hash, reused while its size matches."""
        self._check(sha256)
        target = self._cache_path(sha256)
        size = self.size(sha256)
        if size is None:
            return target  # missing: callers report "missing" as for a folder store
        if target.is_file() and target.stat().st_size == size:
            return target
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            tmp = target.with_name(f".{sha256}.{uuid.uuid4().hex}.part")
            h = hashlib.sha256()
            with self.open(sha256) as src, open(tmp, "wb") as out:
                while chunk := src.read(self.chunk_size):
                    h.update(chunk)
                    out.write(chunk)
            if h.hexdigest() != sha256:
                os.unlink(tmp)
                raise StorageError(f"The stored bytes of {sha256[:12]}… do not match their hash.")
            os.chmod(tmp, 0o444)
            os.replace(tmp, target)
        except OSError as err:
            raise StorageError(f"Cannot write a local copy in {self.cache_dir}: {err.strerror}.") from err
        return target

    # -- the FolderBlobStore crash-recovery surface (nothing to do here) --------
    def ensure(self) -> None:
        return None

    def journal(self) -> IntakeJournal:
        return _NullJournal()

    def live_hashes(self, exclude: IntakeJournal | None = None, skip: Iterable[Path] = ()) -> set[str]:
        return set()

    def remove_stale_temp(self) -> int:
        return 0

    def recover(self, referenced: Callable[[Iterable[str]], set[str]]) -> tuple[int, int]:
        """Temporary chunks only exist inside an open transaction: none to remove."""
        return 0, 0


def _read_full(stream: BinaryIO, n: int) -> bytes:
    parts: list[bytes] = []
    want = n
    while want > 0:
        b = stream.read(want)
        if not b:
            break
        parts.append(b)
        want -= len(b)
    return b"".join(parts)
