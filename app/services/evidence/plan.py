"""Intake, phase 1: scan the given paths (files, folders) into a plan."""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from app.domain.errors import BadInput
from app.services.model_inspect.hfcache import find_repo
from app.services.store import SourceStat

from .media import SKIPPED_DIRS, name_forms

# --------------------------------------------------------------------------- intake


@dataclass
class _Planned:
    path: Path
    original_name: str
    display_name: str
    raw_hex: str | None
    folder_path: str
    stat: SourceStat
    reference_only: bool = False
    media_type: str = ""
    sha256: str = ""
    stored_size: int = 0


def _check_path(p: Path, label: str) -> os.stat_result:
    try:
        st = os.stat(p)
    except OSError as err:
        if err.errno == errno.ELOOP:
            raise BadInput.of("evidence.link_loop", item=label) from err
        if err.errno == errno.ENOENT:
            if os.path.islink(p):
                raise BadInput.of("evidence.broken_link", item=label) from err
            raise BadInput.of("evidence.no_such_file", item=label) from err
        if err.errno in (errno.EACCES, errno.EPERM):
            raise BadInput.of("evidence.denied", item=label) from err
        raise BadInput.of("evidence.unreadable", item=label, reason=err.strerror) from err
    mode = st.st_mode
    if stat.S_ISFIFO(mode):
        raise BadInput.of("evidence.fifo", item=label)
    if stat.S_ISSOCK(mode):
        raise BadInput.of("evidence.socket", item=label)
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        raise BadInput.of("evidence.device", item=label)
    if stat.S_ISREG(mode) and not os.access(p, os.R_OK):
        raise BadInput.of("evidence.denied", item=label)
    if stat.S_ISDIR(mode) and not os.access(p, os.R_OK | os.X_OK):
        raise BadInput.of("evidence.folder_denied", folder=label)
    return st


def _plan(paths: Sequence[str | os.PathLike[str]], skipped: list[str]) -> list[_Planned]:
    if not paths:
        raise BadInput.of("evidence.nothing_named")
    planned: list[_Planned] = []
    for given in paths:
        p = Path(given)
        label = os.fsdecode(p)
        st = _check_path(p, label)
        if stat.S_ISDIR(st.st_mode):
            hf = find_repo(p)
            if hf is not None:  # a Hugging Face cache folder: its snapshot, links into its blobs
                root_name = name_forms(os.fsencode(hf.repo_id.rsplit("/", 1)[-1]))[1]
                planned.extend(_plan_folder(hf.snapshot, skipped, inside=hf.root, root_name=root_name))
                continue
            planned.extend(_plan_folder(p, skipped))
            continue
        if st.st_size == 0:
            raise BadInput.of("evidence.empty_file", item=label)
        original, display, raw_hex = name_forms(os.fsencode(p.name))
        planned.append(_Planned(p, original, display, raw_hex, "", SourceStat.of(st)))
    if not planned:
        raise BadInput.of("evidence.empty_folders")
    return planned


def _outside(target: Path, root: Path) -> bool:
    """True when ``target`` (resolved) is not ``root`` or below it."""
    return target != root and root not in target.parents


def _plan_folder(
    root: Path, skipped: list[str], *, inside: Path | None = None, root_name: str | None = None
) -> list[_Planned]:
    """The files of a folder. Version-control folders and linked folders are skipped;
    so are links to files outside the folder (``inside``, default the folder itself):
    a provider's folder may link to anything on the officer's machine. Each skipped
    path is reported in ``skipped``."""
    root_name = root_name or name_forms(os.fsencode(root.resolve().name or "folder"))[1]
    boundary = (inside or root).resolve()
    out: list[_Planned] = []
    seen_dirs: set[tuple[int, int]] = set()

    def walk(d: Path, rel: str) -> None:
        try:
            dst = os.stat(d)
        except OSError as err:
            raise BadInput.of(
                "evidence.folder_unreadable", folder=os.fsdecode(d), reason=err.strerror
            ) from err
        key = (dst.st_dev, dst.st_ino)
        if key in seen_dirs:  # a folder reached twice (bind mount...): a loop
            raise BadInput.of("evidence.folder_loop", folder=os.fsdecode(d))
        seen_dirs.add(key)
        try:
            entries = sorted(os.scandir(d), key=lambda e: os.fsencode(e.name))
        except OSError as err:
            raise BadInput.of(
                "evidence.folder_unreadable", folder=os.fsdecode(d), reason=err.strerror
            ) from err
        for e in entries:
            ep = Path(e.path)
            label = os.fsdecode(ep)
            if e.is_dir(follow_symlinks=False):
                if e.name in SKIPPED_DIRS:
                    skipped.append(label)
                    continue
                walk(ep, f"{rel}/{name_forms(os.fsencode(e.name))[1]}")
                continue
            if e.is_symlink():
                try:
                    if ep.is_dir():
                        skipped.append(label)  # symlinked folders are not followed (loops)
                        continue
                    if _outside(ep.resolve(), boundary):
                        skipped.append(f"{label} (a link to a file outside the folder)")
                        continue
                except (OSError, RuntimeError):  # a loop or a broken link: refused just below
                    pass
            st = _check_path(ep, label)
            if stat.S_ISDIR(st.st_mode):
                skipped.append(label)
                continue
            original, display, raw_hex = name_forms(os.fsencode(e.name))
            out.append(_Planned(ep, original, display, raw_hex, rel, SourceStat.of(st)))

    walk(root, root_name)
    return out


def _head(path: Path) -> bytes:
    try:
        with open(path, "rb") as fh:
            return fh.read(4096)
    except OSError:
        return b""
