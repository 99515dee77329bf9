"""Archive paths: one safe, unique name per file on every file system."""

from __future__ import annotations

import unicodedata

from app.services.archive.types import _WIN_RESERVED


def _safe_component(name: str) -> str:
    """One path component safe on every file system and in a BagIt manifest."""
    name = unicodedata.normalize("NFC", name)
    out = []
    for ch in name:
        if ord(ch) < 32 or ord(ch) == 127 or ch in '\\/:*?"<>|%':
            out.append("_")
        else:
            out.append(ch)
    clean = "".join(out).strip().rstrip(".").strip()
    if clean in ("", ".", ".."):
        clean = "_"
    if clean.split(".")[0].upper() in _WIN_RESERVED:
        clean = "_" + clean
    while len(clean.encode("utf-8")) > 200:
        clean = clean[:-1]
    return clean


def _split_ext(name: str) -> tuple[str, str]:
    stem, dot, ext = name.rpartition(".")
    if not dot or not stem:
        return name, ""
    return stem, "." + ext


def _collision_key(path: str) -> str:
    return unicodedata.normalize("NFKC", path).casefold()


class _PathPlanner:
    """Gives every file a unique archive path (no NFC/NFKC/case collisions)."""

    def __init__(self) -> None:
        self.used: set[str] = set()

    def place(self, folder: str, name: str) -> str:
        parts = [_safe_component(p) for p in folder.split("/") if p not in ("", ".")]
        base = _safe_component(name)
        stem, ext = _split_ext(base)
        n = 1
        candidate = base
        while True:
            path = "/".join([*parts, candidate])
            if _collision_key(path) not in self.used:
                self.used.add(_collision_key(path))
                return path
            n += 1
            candidate = f"{stem} ({n}){ext}"
