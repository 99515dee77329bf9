"""The evidence store's vocabulary: results, a file's identity before reading, the one
``Cancelled`` of every long operation, the store protocol, and its error messages."""

from __future__ import annotations

import errno
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO, Protocol

from app.domain.errors import BadInput, ExemptioError, StorageError

if TYPE_CHECKING:
    from app.services.store.folder import IntakeJournal


CHUNK_SIZE = 4 * 1024 * 1024  # read buffer; kernel copies take 4x this per call
TMP_DIR = ".tmp"
_HEX = frozenset("0123456789abcdef")
STORE_ERRNOS = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EROFS, errno.EFBIG})

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


def fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def storage_error(err: OSError, what: str) -> StorageError:
    if err.errno == errno.ENOSPC:
        return StorageError(f"The disk holding the evidence store is full while {what}; nothing was stored.")
    if err.errno == errno.EFBIG:
        return StorageError(f"The file is too large for the evidence store while {what}; nothing was stored.")
    if err.errno == errno.EDQUOT:
        return StorageError(f"Disk quota exceeded while {what}; nothing was stored.")
    if err.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return StorageError(f"The evidence store cannot be written ({err.strerror}) while {what}.")
    return StorageError(f"Storage error while {what}: {err.strerror or err}.")


def source_error(err: OSError, source: Path) -> BadInput:
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
