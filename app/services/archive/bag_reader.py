"""Reading a bag: tag files, manifests, payload hashing (and staging on import)."""

from __future__ import annotations

import contextlib
import hashlib
import re
import shutil
import tempfile
import zipfile
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from app.domain.errors import BadInput
from app.services.archive.common import _Hasher, _hostile, _why
from app.services.archive.types import (
    CHUNK,
    HEX_LEN,
    PAYLOAD_ALGS,
    SIGNATURE_FILE,
    CancelFn,
    Cancelled,
    Limits,
    Problem,
    ProgressFn,
)
from app.services.archive.zipsafety import (
    _OPEN_ERRORS,
    _READ_ERRORS,
    _Entry,
    _entry_chunks,
    _nfc_lookup,
    _structure,
)


@dataclass
class _Bag:
    top: str
    tags: dict[str, bytes]
    payload: dict[str, _Entry]
    manifests: dict[str, dict[str, str]]  # alg -> path -> digest
    info: dict[str, str]
    problems: list[Problem]


def _read_small(zf: zipfile.ZipFile, entry: _Entry, limits: Limits) -> bytes:
    if entry.info.file_size > limits.max_tag_bytes:
        raise BadInput.of("archive.entry_too_large", name=entry.rel, size=f"{entry.info.file_size:,}")
    try:
        with zf.open(entry.info) as fh:
            return fh.read(limits.max_tag_bytes + 1)
    except _OPEN_ERRORS as err:  # incl. OSError: e.g. EINVAL seeking to a damaged offset
        raise BadInput.of("archive.entry_unreadable", name=entry.rel, reason=_why(err)) from err


def _text(rel: str, data: bytes) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        raise BadInput.of("archive.bom", file=rel)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as err:
        raise BadInput.of("archive.tag_not_utf8", file=rel, byte=err.start) from err


def _parse_tags(rel: str, text: str) -> dict[str, str]:
    out: dict[str, str] = {}
    last = ""
    for line in text.splitlines():
        if not line.strip():
            continue
        if line[0] in " \t" and last:
            out[last] += " " + line.strip()
            continue
        if ":" not in line:
            raise _hostile("archive.tag_line", file=rel, line=line[:60])
        k, v = line.split(":", 1)
        last = k.strip()
        out.setdefault(last, v.strip())
    return out


def _parse_manifest(rel: str, alg: str, text: str, *, payload: bool) -> dict[str, str]:
    out: dict[str, str] = {}
    for n, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        parts = line.split(None, 1)
        if len(parts) != 2:
            raise _hostile("archive.manifest_line", file=rel, line=n)
        digest, path = parts[0].lower(), parts[1].strip().lstrip("*")
        path = path.replace("%0A", "\n").replace("%0D", "\r").replace("%0a", "\n").replace("%0d", "\r")
        if len(digest) != HEX_LEN[alg] or not re.fullmatch(r"[0-9a-f]+", digest):
            raise _hostile("archive.manifest_checksum", file=rel, line=n, alg=alg)
        if path.startswith("/") or ".." in path.split("/") or "\\" in path:
            raise BadInput.of("archive.unsafe_path", file=rel, line=n)
        if payload and not path.startswith("data/"):
            raise BadInput.of("archive.outside_data", file=rel, line=n, path=path[:80])
        if path in out:
            raise BadInput.of("archive.listed_twice", file=rel, path=path[:80])
        out[path] = digest
    return out


def _read_bag(
    path: Path,
    limits: Limits,
    staging: Path | None,
    progress: ProgressFn | None,
    cancel: CancelFn | None,
) -> _Bag:
    """Check structure, then stream every payload file (hashing, and copying into
    ``staging`` under counter names when given). Content problems are collected;
    structural problems raise BadInput."""
    if not path.is_file():
        raise BadInput.of("archive.missing", path=path)
    try:
        zf = zipfile.ZipFile(path, "r")
    except _OPEN_ERRORS as err:
        raise BadInput.of("archive.incomplete_zip", name=path.name, reason=_why(err)) from err
    with zf, path.open("rb", buffering=0) as raw, ThreadPoolExecutor(max_workers=2) as pool:
        free = shutil.disk_usage(staging).free if staging is not None else None
        top, entries = _structure(zf, limits, free)
        tags: dict[str, bytes] = {}
        for rel, entry in entries.items():
            if "/" not in rel and rel != SIGNATURE_FILE:
                tags[rel] = _read_small(zf, entry, limits)
        if SIGNATURE_FILE in entries:
            tags[SIGNATURE_FILE] = _read_small(zf, entries[SIGNATURE_FILE], limits)
        bagit_txt = _parse_tags("bagit.txt", _text("bagit.txt", tags["bagit.txt"]))
        if bagit_txt.get("BagIt-Version") not in ("1.0", "0.97"):
            raise BadInput.of("archive.bagit_version", version=bagit_txt.get("BagIt-Version", "")[:20])
        if bagit_txt.get("Tag-File-Character-Encoding", "").upper() not in ("UTF-8", "UTF8"):
            raise BadInput.of("archive.tags_not_utf8")
        info = _parse_tags("bag-info.txt", _text("bag-info.txt", tags["bag-info.txt"]))
        manifests: dict[str, dict[str, str]] = {}
        tagmanifests: dict[str, dict[str, str]] = {}
        for alg in PAYLOAD_ALGS:
            name = f"manifest-{alg}.txt"
            if name in tags:
                manifests[alg] = _parse_manifest(name, alg, _text(name, tags[name]), payload=True)
            tname = f"tagmanifest-{alg}.txt"
            if tname in tags:
                tagmanifests[alg] = _parse_manifest(tname, alg, _text(tname, tags[tname]), payload=False)
        for name in ("provenance.json",):
            if name in tags:
                _text(name, tags[name])
        problems: list[Problem] = []
        payload = {rel: e for rel, e in entries.items() if rel.startswith("data/")}
        total = sum(e.info.file_size for e in payload.values())
        done = 0
        bufs = (bytearray(CHUNK), bytearray(CHUNK))  # reused for every stored entry
        for n, (rel, entry) in enumerate(sorted(payload.items())):
            if cancel is not None and cancel():
                raise Cancelled.of("archive.import_cancelled")
            h = _Hasher(pool)
            out: IO[bytes] | None = None
            if staging is not None:
                entry.staged = staging / f"{n:08d}"
                out = entry.staged.open("xb")
            try:
                for chunk in _entry_chunks(zf, raw, entry.info, bufs):
                    h.update(chunk)
                    if out is not None:
                        out.write(chunk)
                    done += len(chunk)
                    if h.size > entry.info.file_size:
                        raise zipfile.BadZipFile("more bytes than the archive declares")
                    if cancel is not None and cancel():
                        raise Cancelled.of("archive.import_cancelled")
                    if progress is not None:
                        progress(done, total, "Checking the archive…")
            except _READ_ERRORS as err:
                problems.append(Problem.of("archive.why.unreadable", rel, reason=_why(err)))
                entry.error = problems[-1].reason
            finally:
                if out is not None:
                    out.close()
            entry.size = h.size
            entry.sha256, entry.sha512 = h.digests()
        # payload manifests
        for alg, manifest in manifests.items():
            for rel, digest in sorted(manifest.items()):
                found = payload.get(rel) or _nfc_lookup(payload, rel)
                if found is None:
                    problems.append(
                        Problem.of("archive.why.listed_missing", rel, manifest=f"manifest-{alg}.txt")
                    )
                elif not found.error and getattr(found, alg) != digest:
                    problems.append(
                        Problem.of("archive.why.checksum", rel, alg=alg, manifest=f"manifest-{alg}.txt")
                    )
            for rel in sorted(payload):
                if rel not in manifest:
                    problems.append(Problem.of("archive.why.unlisted", rel, manifest=f"manifest-{alg}.txt"))
        # tag manifests
        for alg, manifest in tagmanifests.items():
            for rel, digest in sorted(manifest.items()):
                data = tags.get(rel)
                if data is None:
                    problems.append(
                        Problem.of("archive.why.listed_missing", rel, manifest=f"tagmanifest-{alg}.txt")
                    )
                elif hashlib.new(alg, data).hexdigest() != digest:
                    problems.append(
                        Problem.of("archive.why.checksum", rel, alg=alg, manifest=f"tagmanifest-{alg}.txt")
                    )
        oxum = info.get("Payload-Oxum")
        if oxum:
            size_count = f"{sum(e.size for e in payload.values())}.{len(payload)}"
            if oxum.strip() != size_count:
                problems.append(
                    Problem.of("archive.why.oxum", "bag-info.txt", oxum=oxum.strip(), actual=size_count)
                )
        return _Bag(top, tags, payload, manifests, info, _dedupe(problems))


def _dedupe(problems: list[Problem]) -> list[Problem]:
    seen: set[tuple[str, str]] = set()
    out = []
    for p in problems:
        if (p.file, p.reason) not in seen:
            seen.add((p.file, p.reason))
            out.append(p)
    return out


class _Reader:
    """A payload file's bytes: from the staging folder when it was staged (import), else
    straight from the zip (verify). Read errors become a refusal naming the file."""

    def __init__(self, zf: zipfile.ZipFile | None, limits: Limits) -> None:
        self.zf = zf
        self.limits = limits

    def _open(self, entry: _Entry) -> IO[bytes]:
        if entry.staged is not None:
            return entry.staged.open("rb")
        if self.zf is None:
            raise BadInput.of("archive.entry_unreadable_plain", name=entry.rel)
        return self.zf.open(entry.info)

    def read(self, entry: _Entry) -> bytes:
        if entry.size > self.limits.max_tag_bytes:
            raise BadInput.of("archive.entry_too_large", name=entry.rel, size=f"{entry.size:,}")
        try:
            with self._open(entry) as fh:
                return fh.read(self.limits.max_tag_bytes + 1)
        except _OPEN_ERRORS as err:
            raise BadInput.of("archive.entry_unreadable", name=entry.rel, reason=_why(err)) from err

    @contextlib.contextmanager
    def seekable(self, entry: _Entry) -> Iterator[IO[bytes]]:
        """The file as a seekable stream (spooled to a temporary file when read from the zip)."""
        try:
            if entry.staged is not None:
                with entry.staged.open("rb") as fh:
                    yield fh
                return
            with self._open(entry) as src, tempfile.SpooledTemporaryFile(max_size=8 << 20) as spool:
                shutil.copyfileobj(src, spool, CHUNK)
                spool.seek(0)
                yield spool
        except _OPEN_ERRORS as err:
            raise BadInput.of("archive.entry_unreadable", name=entry.rel, reason=_why(err)) from err
