"""Reading the zip as hostile input: entry names, types, sizes, ratios and overlaps."""

from __future__ import annotations

import os
import re
import stat
import struct
import unicodedata
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from app.domain.errors import BadInput, StorageError
from app.services.archive.common import _hostile
from app.services.archive.paths import _collision_key
from app.services.archive.types import CHUNK, PAYLOAD_ALGS, TAG_FILES, Limits

_READ_ERRORS: tuple[type[BaseException], ...] = (
    zipfile.BadZipFile,
    zlib.error,
    EOFError,
    ValueError,
    NotImplementedError,
    RuntimeError,
    OverflowError,
    KeyError,
    IndexError,
)
_OPEN_ERRORS: tuple[type[BaseException], ...] = (OSError, *_READ_ERRORS)


def _check_name(info: zipfile.ZipInfo) -> str:
    name = info.filename
    shown = name.encode("unicode_escape").decode("ascii")[:120]
    if not info.flag_bits & 0x800 and not name.isascii():
        raise _hostile("archive.entry_name_not_utf8", name=shown)
    if info.flag_bits & 0x1:
        raise _hostile("archive.entry_encrypted", name=shown)
    if any(ord(c) < 32 or ord(c) == 127 for c in name) or "\\" in name:
        raise _hostile("archive.entry_control_chars", name=shown)
    if name.startswith("/") or re.match(r"^[A-Za-z]:", name):
        raise _hostile("archive.entry_absolute", name=shown)
    parts = name.rstrip("/").split("/") if info.is_dir() else name.split("/")
    if any(p in ("", ".", "..") for p in parts):
        raise _hostile("archive.entry_dot_part", name=shown)
    if unicodedata.normalize("NFC", name) != name:
        raise _hostile("archive.entry_not_nfc", name=shown)
    if info.create_system == 3:
        kind = stat.S_IFMT(info.external_attr >> 16)
        if kind == stat.S_IFLNK:
            raise _hostile("archive.entry_symlink", name=shown)
        if kind not in (0, stat.S_IFREG, stat.S_IFDIR):
            raise _hostile("archive.entry_not_regular", name=shown)
    if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
        raise _hostile("archive.entry_compression", name=shown)
    return name


@dataclass
class _Entry:
    info: zipfile.ZipInfo
    rel: str  # path inside the bag
    size: int = 0
    sha256: str = ""
    sha512: str = ""
    staged: Path | None = None
    error: str = ""


def _structure(zf: zipfile.ZipFile, limits: Limits, free_bytes: int | None) -> tuple[str, dict[str, _Entry]]:
    infos = zf.infolist()
    if not infos:
        raise _hostile("archive.zip_empty")
    if len(infos) > limits.max_entries:
        raise _hostile("archive.too_many_entries", count=len(infos), limit=limits.max_entries)
    seen: dict[str, str] = {}
    tops: set[str] = set()
    entries: dict[str, _Entry] = {}
    total = 0
    offsets: list[tuple[int, int, str]] = []
    for info in infos:
        name = _check_name(info)
        key = _collision_key(name.rstrip("/"))
        if key in seen:
            if seen[key] == name.rstrip("/"):
                raise _hostile("archive.entry_twice", name=name)
            raise _hostile("archive.names_collide", first=seen[key], second=name)
        seen[key] = name.rstrip("/")
        tops.add(name.split("/")[0])
        if info.is_dir():
            continue
        total += info.file_size
        if info.file_size > limits.ratio_min_size and info.file_size > limits.max_ratio * max(
            info.compress_size, 1
        ):
            raise BadInput.of(
                "archive.zip_bomb",
                name=name,
                ratio=info.file_size // max(info.compress_size, 1),
                limit=limits.max_ratio,
            )
        if info.compress_type == zipfile.ZIP_STORED and info.compress_size != info.file_size:
            raise BadInput.of("archive.sizes_disagree", name=name)
        offsets.append((info.header_offset, info.compress_size + 30 + len(info.orig_filename.encode()), name))
        if "/" not in name:
            raise BadInput.of("archive.outside_top", name=name)
        entries[name.split("/", 1)[1]] = _Entry(info, name.split("/", 1)[1])
    if len(tops) != 1:
        raise BadInput.of("archive.top_folders", count=len(tops))
    if total > limits.max_total_bytes:
        raise BadInput.of("archive.too_large", size=f"{total:,}", limit=f"{limits.max_total_bytes:,}")
    if free_bytes is not None and 2 * total > free_bytes:  # staged copy + evidence store copy
        raise StorageError.of("archive.no_space", need=f"{2 * total:,}", free=f"{free_bytes:,}")
    offsets.sort()
    for (off, length, name), (nxt, _, other) in zip(offsets, offsets[1:], strict=False):
        if nxt < off + length:
            raise _hostile("archive.entries_overlap", first=name, second=other)
    for rel in entries:
        if "/" not in rel:
            if rel not in TAG_FILES:
                raise _hostile("archive.unexpected_top", path=rel)
        elif not rel.startswith("data/"):
            raise _hostile("archive.unexpected_outside", path=rel)
    for required in ("bagit.txt", "bag-info.txt"):
        if required not in entries:
            raise _hostile("archive.not_bagit", file=required)
    if not any(f"manifest-{a}.txt" in entries for a in PAYLOAD_ALGS):
        raise _hostile("archive.no_payload_manifest")
    return tops.pop(), entries


def _entry_chunks(
    zf: zipfile.ZipFile, raw: IO[bytes], info: zipfile.ZipInfo, bufs: tuple[bytearray, bytearray]
) -> Iterator[Any]:
    """The bytes of one entry; a read error of the archive file (e.g. EINVAL seeking to an
    offset a damaged central directory gives) is a damaged entry, never an OSError."""
    try:
        yield from _raw_chunks(zf, raw, info, bufs)
    except OSError as err:
        raise zipfile.BadZipFile(err.strerror or str(err)) from err


def _raw_chunks(
    zf: zipfile.ZipFile, raw: IO[bytes], info: zipfile.ZipInfo, bufs: tuple[bytearray, bytearray]
) -> Iterator[Any]:
    """The bytes of one entry. Stored entries are read straight from the file into
    two alternating buffers (no copies). Their CRC-32 is not recomputed: every
    payload byte is checked against SHA-256 and SHA-512 manifests, which a changed
    byte cannot pass, so a CRC would only cost time. Deflated entries go through
    zipfile (which checks the CRC)."""
    if info.compress_type != zipfile.ZIP_STORED:
        with zf.open(info) as src:
            while chunk := src.read(CHUNK):
                yield chunk
        return
    raw.seek(info.header_offset)
    header = raw.read(30)
    if len(header) != 30 or header[:4] != b"PK\x03\x04":
        raise zipfile.BadZipFile("bad local file header")
    name_len, extra_len = struct.unpack("<HH", header[26:30])
    local_name = raw.read(name_len)
    central = info.orig_filename.encode("utf-8" if info.flag_bits & 0x800 else "cp437")
    if local_name != central:
        raise zipfile.BadZipFile("the local and central names differ")
    raw.seek(extra_len, os.SEEK_CUR)
    left = info.compress_size
    i = 0
    while left > 0:
        view = memoryview(bufs[i % 2])[: min(CHUNK, left)]
        n = raw.readinto(view)  # type: ignore[attr-defined]
        if not n:
            raise zipfile.BadZipFile("the archive ends in the middle of a file")
        part = view[:n]
        left -= n
        i += 1
        yield part


def _nfc_lookup(payload: dict[str, _Entry], rel: str) -> _Entry | None:
    return payload.get(unicodedata.normalize("NFC", rel))
