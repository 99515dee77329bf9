"""Clean-up after crashed archive work: import staging folders and export temporary files.

Stdlib only and free of the archive and evidence services, so that any start-up path
(the evidence store's first use, an archive command) can run it without an import cycle.

- An import stages its files in ``staging/<32 hex>/`` and holds an ``flock`` on the
  folder's lock file while it runs; a crashed import leaves the folder with a free lock.
- An export writes ``.NAME.xxxx.part`` beside the ``--out`` file the officer named, which
  may be in any folder. Before it creates that file it records its path in
  ``exports/<32 hex>.pending`` in the data folder and holds an ``flock`` on the record; a
  process killed mid-export (``kill -9``) leaves a record with a free lock, and
  :func:`clean_exports` removes the temporary file it names (only a hidden ``.part``
  file, never anything else) and the record.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

_STAGE_RE = re.compile(r"[0-9a-f]{32}")
_STAGE_LOCK = ".import.lock"


def _new_stage(staging: Path) -> tuple[Path, int]:
    """A fresh staging folder for one import, with a lock held while the import runs.

    The folder is made under a temporary name, locked, then renamed: a folder with a
    final name always has its lock, so :func:`clean_staging` can tell a live import
    (locked) from one that crashed (lock free)."""
    import fcntl

    staging.mkdir(parents=True, exist_ok=True)
    name = uuid.uuid4().hex
    tmp = staging / f".new-{name}"
    tmp.mkdir()
    fd = os.open(tmp / _STAGE_LOCK, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        os.rename(tmp, staging / name)
    except BaseException:
        os.close(fd)
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return staging / name, fd


def clean_staging(staging: Path, *, min_age: float = 60.0) -> int:
    """Remove the staging folders of imports that crashed (their lock is free); returns how many.

    A folder still under its temporary name is removed once older than ``min_age`` seconds
    (an import holds it for microseconds)."""
    import fcntl
    import time

    removed = 0
    try:
        entries = list(os.scandir(staging))
    except OSError:
        return 0
    for entry in entries:
        if not entry.is_dir(follow_symlinks=False):
            continue
        path = Path(entry.path)
        if entry.name.startswith(".new-") and _STAGE_RE.fullmatch(entry.name[5:]):
            with contextlib.suppress(OSError):
                if time.time() - entry.stat(follow_symlinks=False).st_mtime > min_age:
                    shutil.rmtree(path, ignore_errors=True)
                    removed += 1
            continue
        if not _STAGE_RE.fullmatch(entry.name):
            continue
        try:
            fd = os.open(path / _STAGE_LOCK, os.O_RDONLY)
        except FileNotFoundError:
            fd = None  # made by an older version (no lock): only a crash leaves it behind
        except OSError:
            continue
        if fd is not None:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                os.close(fd)
                continue  # a live import
        try:
            shutil.rmtree(path, ignore_errors=True)
            removed += 1
        finally:
            if fd is not None:
                os.close(fd)
    return removed


_PART_RE = re.compile(r"\..+\.[0-9a-f]{8}\.part")


def _records(home: Path) -> Path:
    return home / "exports"


@contextlib.contextmanager
def export_in_progress(home: Path, tmp: Path) -> Iterator[None]:
    """Record ``tmp`` (an export's temporary file) while the block runs, so that a crash
    leaves a record that :func:`clean_exports` finds. The caller removes ``tmp`` on failure."""
    import fcntl

    folder = _records(home)
    folder.mkdir(parents=True, exist_ok=True)
    record = folder / f"{uuid.uuid4().hex}.pending"
    fd = os.open(record, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        os.write(fd, os.fsencode(str(tmp.absolute())))
        os.fsync(fd)
        yield
    finally:
        with contextlib.suppress(OSError):
            record.unlink()
        os.close(fd)


def clean_exports(home: Path) -> int:
    """Remove the temporary files of exports that crashed (their record's lock is free).

    Returns how many temporary files were removed. A record names one file; it is removed
    only when its name has the form of an export's hidden temporary file."""
    import fcntl

    removed = 0
    try:
        entries = list(os.scandir(_records(home)))
    except OSError:
        return 0
    for entry in entries:
        if not entry.name.endswith(".pending") or not _STAGE_RE.fullmatch(entry.name[:-8]):
            continue
        try:
            fd = os.open(entry.path, os.O_RDONLY)
        except OSError:
            continue
        try:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                continue  # a live export
            try:
                named = Path(os.fsdecode(os.read(fd, 1 << 16)))
            except OSError:
                continue
            if named.name and _PART_RE.fullmatch(named.name):
                try:
                    named.unlink()
                    removed += 1
                except FileNotFoundError:
                    pass
                except OSError:
                    continue  # keep the record: try again at the next start
            with contextlib.suppress(OSError):
                os.unlink(entry.path)
        finally:
            os.close(fd)
    return removed


def after_crash(home: Path, staging: Path) -> tuple[int, int]:
    """Both clean-ups; returns (staging folders removed, export files removed)."""
    return clean_staging(staging), clean_exports(home)
