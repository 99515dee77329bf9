"""The Hugging Face hub cache layout (``huggingface_hub`` downloads).

A cached repository is a folder ``models--<org>--<name>`` holding

* ``refs/main`` (and other refs): the commit hash a ref points to;
* ``snapshots/<commit>/...``: the repository's files at that commit, as symbolic
  links into ``../../blobs/``;
* ``blobs/<sha256 or git oid>``: the bytes, each once.

The repository id comes from the folder name (``models--meta-llama--Llama-3.1-8B`` is
``meta-llama/Llama-3.1-8B``), the snapshot from ``refs/main``; only the snapshot is
read (the blobs are its links' targets), so each file counts once.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path

_REPO_RE = re.compile(r"^(models|datasets|spaces)--(.+)$")
_COMMIT_RE = re.compile(r"^[0-9a-f]{7,64}$")


@dataclass
class HfCacheRepo:
    root: Path  # models--org--name
    kind: str  # models | datasets | spaces
    repo_id: str  # org/name
    snapshot: Path  # snapshots/<commit>
    revision: str  # the commit
    ref: str | None  # "main" when the snapshot came from refs/main
    warnings: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, object]:
        return {
            "repo_id": self.repo_id,
            "kind": self.kind,
            "revision": self.revision,
            "ref": self.ref,
            "root": os.fsdecode(self.root),
        }


def _repo_id(name: str) -> tuple[str, str] | None:
    m = _REPO_RE.match(name)
    if m is None:
        return None
    return m.group(1), m.group(2).replace("--", "/")


def _read_ref(root: Path, ref: str) -> str | None:
    try:
        value = (root / "refs" / ref).read_text("ascii").strip()
    except (OSError, UnicodeDecodeError):
        return None
    return value if _COMMIT_RE.match(value) else None


def find_repo(path: Path) -> HfCacheRepo | None:
    """The cached repository ``path`` is (its root or one of its snapshots), or None."""
    try:
        path = path.resolve()
    except OSError:
        return None
    if path.parent.name == "snapshots":
        ident = _repo_id(path.parent.parent.name)
        if ident is None or not path.is_dir():
            return None
        root = path.parent.parent
        main = _read_ref(root, "main")
        return HfCacheRepo(root, ident[0], ident[1], path, path.name, "main" if main == path.name else None)
    ident = _repo_id(path.name)
    snapshots = path / "snapshots"
    if ident is None or not snapshots.is_dir():
        return None
    warnings: list[str] = []
    main = _read_ref(path, "main")
    if main is not None and (snapshots / main).is_dir():
        return HfCacheRepo(path, ident[0], ident[1], snapshots / main, main, "main")
    try:
        candidates = [p for p in snapshots.iterdir() if p.is_dir()]
    except OSError:
        candidates = []
    if not candidates:
        return None
    chosen = max(candidates, key=lambda p: (p.stat().st_mtime, p.name))
    if main is None:
        warnings.append(
            f"{path.name}: no refs/main; the most recent of {len(candidates)} snapshot(s) "
            f"({chosen.name}) was read."
        )
    else:
        warnings.append(
            f"{path.name}: refs/main names {main}, which is not downloaded; the most recent "
            f"snapshot ({chosen.name}) was read."
        )
    return HfCacheRepo(path, ident[0], ident[1], chosen, chosen.name, None, warnings)
