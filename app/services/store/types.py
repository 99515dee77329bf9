"""The evidence store's vocabulary: results, a file's identity before reading, the one
``Cancelled`` of every long operation, opening a source file, and the error messages.

``BlobStore`` (what the evidence service takes) is :class:`folder.FolderBlobStore`, which
the team store (``database.DbBlobStore``) extends."""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from app.domain.errors import BadInput, ExemptioError, StorageError

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


@contextmanager
def open_regular(source: Path) -> Iterator[tuple[BinaryIO, os.stat_result]]:
    """``source`` opened unbuffered for reading, with its ``fstat``; BadInput when it
    cannot be opened (:func:`source_error`) or is not a regular file."""
    try:
        src = open(source, "rb", buffering=0)  # noqa: SIM115
    except OSError as err:
        raise source_error(err, source) from err
    with src:
        st = os.fstat(src.fileno())
        if not stat.S_ISREG(st.st_mode):
            raise BadInput(f"{os.fsdecode(source)} is not a regular file.")
        yield src, st
