"""Copying and hashing at once: an in-kernel copy (``copy_file_range``) in large steps while a
second thread hashes what landed, with holes of sparse files kept as holes."""

from __future__ import annotations

import errno
import hashlib
import os
import queue
import stat
import threading
from pathlib import Path
from typing import BinaryIO

from app.services.store.types import CHUNK_SIZE, ByteProgress, CancelCheck, Cancelled


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
    try:
        sparse = _is_sparse(src_fd, expected_size)
        if sparse:  # holes stay holes in the stored copy
            copied = _copy_sparse(
                copier, src_fd, dst_fd, expected_size, lengths, failure, progress, cancelled, chunk_size
            )
        while not sparse and not failure:  # a dense file: whole steps from its start
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
