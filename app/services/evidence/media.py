"""Limits, file names as received and shown, media types, searchable text, path text forms."""

from __future__ import annotations

import mimetypes
import os
import re
import unicodedata
from collections.abc import Callable
from pathlib import Path

Progress = Callable[[int, int, str], None]  # (bytes done, bytes total, text)
CancelCheck = Callable[[], bool]

TEXT_INDEX_LIMIT = 20 * 1024 * 1024  # bytes of text evidence indexed for search
PREVIEW_TEXT_LIMIT = 8 * 1024 * 1024
SKIPPED_DIRS = frozenset({".git", ".hg", ".svn", "__pycache__"})
_TEXT_TYPES = frozenset(
    {
        "application/json",
        "application/yaml",
        "application/x-yaml",
        "application/xml",
        "application/toml",
        "application/x-sh",
        "application/javascript",
    }
)
WEIGHT_SUFFIXES = (".safetensors", ".gguf", ".bin", ".pt", ".pth", ".ckpt", ".onnx", ".h5", ".msgpack")
_LICENCE_NAME_RE = re.compile(
    r"^(licen[cs]e|copying|notice|use[_-]?policy|acceptable[_-]use|readme|authors|citation)"
    r"([._-].*)?$",
    re.IGNORECASE,
)
_EXTRA_TYPES = {
    ".md": "text/markdown",
    ".markdown": "text/markdown",
    ".yaml": "application/yaml",
    ".yml": "application/yaml",
    ".toml": "application/toml",
    ".jsonl": "application/jsonl",
    ".safetensors": "application/vnd.safetensors",
    ".gguf": "application/vnd.gguf",
    ".rst": "text/x-rst",
    ".cff": "text/plain",
    ".txt": "text/plain",
    ".py": "text/x-python",
}
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "application/pdf"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
    (b"GGUF", "application/vnd.gguf"),
    (b"PK\x03\x04", "application/zip"),
)


# --------------------------------------------------------------------------- names and types


def name_forms(raw: str | bytes) -> tuple[str, str, str | None]:
    """(original_name, display_name, raw_hex or None) of a file-system name."""
    data = raw if isinstance(raw, bytes) else os.fsencode(raw)
    try:
        original = data.decode("utf-8")
        raw_hex = None
    except UnicodeDecodeError:
        original = data.decode("utf-8", "backslashreplace")
        raw_hex = data.hex()
    display = unicodedata.normalize("NFC", data.decode("utf-8", "replace"))
    display = "".join(_visible(c) for c in display)
    return original, display, raw_hex


def _visible(c: str) -> str:
    if c in "\n\r\t":
        return {"\n": "\\n", "\r": "\\r", "\t": "\\t"}[c]
    if unicodedata.category(c) == "Cc":
        return f"\\x{ord(c):02x}"
    return c


LFS_POINTER_TYPE = "text/x-git-lfs-pointer"
_LFS_PREFIX = b"version https://git-lfs.github.com/spec/v1"


def is_lfs_pointer(head: bytes, size: int) -> bool:
    """A Git LFS pointer file: a few lines standing for a large file not downloaded."""
    return size <= 1024 and head.startswith(_LFS_PREFIX)


def is_text_type(media_type: str) -> bool:
    return media_type.startswith("text/") or media_type in _TEXT_TYPES or media_type.endswith("+json")


def guess_media_type(name: str, head: bytes, size: int | None = None) -> str:
    """Media type from the name, else from the first bytes. A Git LFS pointer stub
    (``size`` given) is ``text/x-git-lfs-pointer`` whatever its name says: a
    ``model.safetensors`` of 134 bytes is no weights."""
    if size is not None and is_lfs_pointer(head, size):
        return LFS_POINTER_TYPE
    lower = name.lower()
    suffix = os.path.splitext(lower)[1]
    if suffix in _EXTRA_TYPES:
        return _EXTRA_TYPES[suffix]
    for magic, mtype in _MAGIC:
        if head.startswith(magic):
            return mtype
    guessed, _enc = mimetypes.guess_type(lower, strict=False)
    if guessed:
        return guessed
    if _LICENCE_NAME_RE.match(os.path.basename(lower)) and _looks_like_text(head):
        return "text/plain"
    if head and _looks_like_text(head):
        return "text/plain"
    return "application/octet-stream"


def _looks_like_text(head: bytes) -> bool:
    if b"\x00" in head:
        return False
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as err:
        # a multi-byte character cut at the end of the sample is fine
        return err.start >= len(head) - 3
    return True


_TAG_RE = re.compile(r"<(script|style)\b.*?</\1>|<[^>]+>", re.IGNORECASE | re.DOTALL)


def searchable_text(data: bytes, media_type: str) -> str:
    text = data.decode("utf-8", "replace").replace("\x00", "")  # PostgreSQL text cannot hold NUL
    if media_type == "text/html":
        text = _TAG_RE.sub(" ", text)
    return text


def encode_path(path: Path) -> str:
    """A file-system path as database text: itself when it is UTF-8, else
    ``hex:`` + its bytes in hex (reference paths are absolute, so never start
    with ``hex:`` otherwise)."""
    raw = os.fsencode(path)
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return "hex:" + raw.hex()


def decode_path(text: str) -> Path:
    if text.startswith("hex:"):
        return Path(os.fsdecode(bytes.fromhex(text[4:])))
    return Path(text)
