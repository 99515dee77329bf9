"""Writing an output file the officer named (--out) without destroying anything.

An existing file is never replaced unless the officer asked for it (``force``):
a previously issued signed letter or an archive must not vanish because a name
was reused. The bytes go to a temporary file in the same folder first (fsynced);
it is then placed under the final name atomically: with ``force`` by rename, else
by a hard link, which fails when the name exists (no check-then-write race).
A crash leaves either the complete file or nothing under the final name.
"""

from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path

from app.domain.errors import BadInput, StorageError


def exists_message(target: Path) -> str:
    return f"{target} exists; choose another name or pass --force."


def refuse_existing(target: Path, *, force: bool) -> None:
    """BadInput when ``target`` exists and may not be replaced (checked again when placing)."""
    if target.is_dir():
        raise BadInput(f"{target} is a folder; give the name of the file to write.")
    if not force and (target.exists() or target.is_symlink()):
        raise BadInput(exists_message(target))


def write_temp(target: Path, data: bytes, prefix: str = ".exemptio-") -> Path:
    """``data`` in a fsynced temporary file next to ``target``."""
    folder = target.resolve().parent if target.parent.exists() else target.parent
    if not folder.is_dir():
        raise BadInput(f"The folder {target.parent} does not exist.")
    try:
        fd, tmp = tempfile.mkstemp(prefix=prefix, suffix=".part", dir=folder)
    except OSError as err:
        raise BadInput(f"Cannot write to {folder}: {err.strerror}.") from None
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
    except OSError as err:
        Path(tmp).unlink(missing_ok=True)
        raise StorageError(f"Cannot write {target}: {err.strerror}.") from None
    return Path(tmp)


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def place(tmp: Path, target: Path, *, force: bool) -> None:
    """Give the complete temporary file ``tmp`` its final name ``target``.

    Without ``force`` an existing ``target`` is refused (BadInput) and ``tmp`` stays for
    the caller to remove. The temporary file is consumed on success."""
    if force:
        os.replace(tmp, target)
    else:
        try:
            os.link(tmp, target)
        except FileExistsError:
            raise BadInput(exists_message(target)) from None
        except OSError as err:
            if err.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EMLINK, errno.EACCES):
                raise
            _copy_exclusive(tmp, target)  # a file system without hard links (some network shares)
        tmp.unlink(missing_ok=True)
    _fsync_dir(target.parent)


def _copy_exclusive(tmp: Path, target: Path) -> None:
    try:
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    except FileExistsError:
        raise BadInput(exists_message(target)) from None
    try:
        with os.fdopen(fd, "wb") as out, open(tmp, "rb") as src:
            while chunk := src.read(1 << 20):
                out.write(chunk)
            out.flush()
            os.fsync(out.fileno())
    except BaseException:
        target.unlink(missing_ok=True)
        raise


def write_new(target: Path, data: bytes, *, force: bool, prefix: str = ".exemptio-") -> Path:
    """Write ``data`` to ``target`` completely or not at all; refuse to replace unless ``force``."""
    refuse_existing(target, force=force)
    tmp = write_temp(target, data, prefix)
    try:
        place(tmp, target, force=force)
    except OSError as err:
        raise StorageError(f"Cannot write {target}: {err.strerror}.") from None
    finally:
        tmp.unlink(missing_ok=True)
    return target
