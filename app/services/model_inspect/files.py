"""The files of a model folder, and Git LFS pointer stubs."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .common import LFS_POINTER_MAX, LFS_POINTER_PREFIX, SKIPPED_DIRS


@dataclass
class FileInfo:
    path: str  # relative, '/'-separated
    size: int
    abspath: Path
    lfs_pointer: dict[str, Any] | None = None

    def to_json(self) -> dict[str, Any]:
        d: dict[str, Any] = {"path": self.path, "size": self.size}
        if self.lfs_pointer is not None:
            d["lfs_pointer"] = True
            d["lfs_size"] = self.lfs_pointer.get("size")
            d["lfs_oid"] = self.lfs_pointer.get("oid")
        return d


def _walk(root: Path) -> Iterator[FileInfo]:
    stack = [(root, "")]
    seen: set[tuple[int, int]] = set()
    while stack:
        d, rel = stack.pop()
        try:
            st = os.stat(d)
        except OSError:
            continue
        if (st.st_dev, st.st_ino) in seen:
            continue
        seen.add((st.st_dev, st.st_ino))
        try:
            entries = sorted(os.scandir(d), key=lambda e: e.name)
        except OSError:
            continue
        subdirs = []
        for e in entries:
            name = os.fsdecode(e.name)
            relpath = f"{rel}{name}"
            try:
                if e.is_dir():
                    if e.name not in SKIPPED_DIRS:
                        subdirs.append((Path(e.path), relpath + "/"))
                    continue
                if not e.is_file():
                    continue
                size = e.stat().st_size
            except OSError:
                continue
            yield FileInfo(relpath, size, Path(e.path))
        stack.extend(reversed(subdirs))


def read_lfs_pointer(path: Path, size: int) -> dict[str, Any] | None:
    """The oid and size of a Git LFS pointer file, or None for a real file."""
    if size > LFS_POINTER_MAX:
        return None
    try:
        data = path.read_bytes()
    except OSError:
        return None
    if not data.startswith(LFS_POINTER_PREFIX):
        return None
    out: dict[str, Any] = {}
    for line in data.decode("utf-8", "replace").splitlines():
        key, _, value = line.partition(" ")
        if key == "oid":
            out["oid"] = value.strip()
        elif key == "size":
            try:
                out["size"] = int(value.strip())
            except ValueError:
                pass
    return out
