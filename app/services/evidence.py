"""Evidence use cases: intake of files and folders, custody, preview, verification.

Intake runs in three phases so that nothing is ever half-stored:

1. *scan*: every path is checked (regular file, readable, no symlink loop,
   no FIFO/socket/device); a bad one refuses the whole intake before any byte
   is written;
2. *store*: each file is streamed into the content-addressed store (or, in
   "reference only" mode, hashed where it lies); progress is reported and the
   officer may cancel;
3. *commit*: one transaction adds the blob and item rows, a custody event
   ``evidence.received`` per item and the search text. It runs only after all
   bytes are in place, so no row ever lacks its bytes. A failure or a cancel
   removes the blobs this intake placed that no row refers to.

File names: ``original_name`` is the name exactly as received when it is valid
UTF-8. A name that is not UTF-8 (possible on Linux) is kept with each byte that
is not UTF-8 written as ``\\xNN`` (Python's ``backslashreplace``), and the
custody event ``evidence.received`` records the exact bytes in hex
(``raw_name_hex``). ``display_name`` is the NFC form with control characters
(newlines, tabs...) shown as visible escapes.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import mimetypes
import os
import re
import stat
import tempfile
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from app.domain.errors import BadInput, NotFound, StorageError
from app.services import blobstore, roles
from app.services.blobstore import Cancelled, FolderBlobStore, SourceStat
from app.services.context import AppContext
from db import audit, search
from db.models import Case, EvidenceBlob, EvidenceItem, EvidenceText, Letter, Subject
from db.uow import unit_of_work

__all__ = [
    "Cancelled",
    "EvidenceRecord",
    "IntakeResult",
    "VerifyItem",
    "add_paths",
    "list_evidence",
    "get_evidence",
    "verify_evidence",
]

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


# --------------------------------------------------------------------------- records


@dataclass(frozen=True)
class EvidenceRecord:
    id: int
    case_reference: str
    sha256: str
    original_name: str
    display_name: str
    folder_path: str
    size: int
    media_type: str
    source_url: str
    retrieved_at: dt.datetime | None
    description: str
    reference_only: bool
    reference_path: str
    added_by: str
    added_at: dt.datetime

    @property
    def label(self) -> str:
        """Display path: folder path inside an attached folder, then the name."""
        return f"{self.folder_path}/{self.display_name}" if self.folder_path else self.display_name

    @property
    def reference_shown(self) -> str:
        """The reference-only path, readable (undecodable bytes shown as U+FFFD)."""
        if not self.reference_path:
            return ""
        return os.fsencode(decode_path(self.reference_path)).decode("utf-8", "replace")

    @property
    def is_text(self) -> bool:
        return is_text_type(self.media_type)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "case": self.case_reference,
            "sha256": self.sha256,
            "name": self.display_name,
            "original_name": self.original_name,
            "folder_path": self.folder_path,
            "size": self.size,
            "media_type": self.media_type,
            "source_url": self.source_url,
            "retrieved_at": self.retrieved_at.isoformat() if self.retrieved_at else None,
            "description": self.description,
            "reference_only": self.reference_only,
            "reference_path": self.reference_path,
            "added_by": self.added_by,
            "added_at": self.added_at.isoformat(),
        }


@dataclass
class IntakeResult:
    items: list[EvidenceRecord] = field(default_factory=list)
    duplicates: list[EvidenceRecord] = field(default_factory=list)  # already attached
    skipped: list[str] = field(default_factory=list)  # e.g. .git folders, symlinked folders
    bytes_stored: int = 0  # new bytes written to the store


@dataclass(frozen=True)
class VerifyItem:
    id: int
    case_reference: str
    label: str
    sha256: str
    reference_only: bool
    status: str  # ok | changed | missing
    kind: str = "evidence"  # evidence | letter (issued letters are stored records too)

    @property
    def ok(self) -> bool:
        return self.status == "ok"


def _utc(value: dt.datetime | None) -> dt.datetime | None:
    if value is not None and value.tzinfo is None:
        return value.replace(tzinfo=dt.UTC)
    return value


def _record(item: EvidenceItem, reference: str) -> EvidenceRecord:
    added = _utc(item.added_at)
    assert added is not None
    return EvidenceRecord(
        id=item.id,
        case_reference=reference,
        sha256=item.sha256,
        original_name=item.original_name,
        display_name=item.display_name,
        folder_path=item.folder_path,
        size=item.size,
        media_type=item.media_type,
        source_url=item.source_url,
        retrieved_at=_utc(item.retrieved_at),
        description=item.description,
        reference_only=item.reference_only,
        reference_path=item.reference_path,
        added_by=item.added_by,
        added_at=added,
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


def is_text_type(media_type: str) -> bool:
    return media_type.startswith("text/") or media_type in _TEXT_TYPES or media_type.endswith("+json")


def guess_media_type(name: str, head: bytes) -> str:
    """Media type from the name, else from the first bytes."""
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


# --------------------------------------------------------------------------- store access


def blob_store(ctx: AppContext) -> FolderBlobStore:
    """The case evidence store; the first use in a process cleans up after crashes."""
    store = ctx.extras.get("evidence.store")
    if isinstance(store, FolderBlobStore):
        return store
    from app.services.blobstore_db import store_for  # team mode: database or shared folder

    store = store_for(ctx)
    ctx.extras["evidence.store"] = store
    recover(ctx, store)
    from app.services.housekeeping import after_crash  # crashed imports' staging, exports' .part files

    after_crash(ctx.paths.home, ctx.paths.staging)
    return store


def recover(ctx: AppContext, store: FolderBlobStore | None = None) -> tuple[int, int]:
    """Remove temporary files and orphan blobs left by intakes that crashed."""
    store = store or blob_store(ctx)
    if not any(store.tmp_dir.glob("intake-*.journal")):
        # no dead intake to clean up: no write lock needed (only stale temporary files go).
        # Should a journal appear meanwhile, keep every blob it names: the next start removes them.
        return store.recover(set)
    # The "is it referenced?" check and the removals run under ONE write lock: no other
    # process can commit a row for a blob between the check and its removal (and an intake
    # that put() the same bytes meanwhile re-checks that they exist when it commits).
    with unit_of_work(ctx.engine) as s:
        return store.recover(lambda hashes: _referenced(ctx, hashes, s))


def _referenced(ctx: AppContext, hashes: Iterable[str], session: Session | None = None) -> set[str]:
    wanted = sorted(set(hashes))
    if not wanted:
        return set()

    def q(s: Session) -> set[str]:
        found: set[str] = set()
        for i in range(0, len(wanted), 500):
            part = wanted[i : i + 500]
            rows = s.execute(
                select(EvidenceBlob.sha256).where(
                    EvidenceBlob.sha256.in_(part), EvidenceBlob.stored.is_(True)
                )
            )
            found.update(r[0] for r in rows)
        return found

    if session is not None:
        return q(session)
    with unit_of_work(ctx.engine) as s:  # write lock: no commit races the removal
        return q(s)


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
            raise BadInput(f"{label} is a symbolic link loop; nothing was stored.") from err
        if err.errno == errno.ENOENT:
            if os.path.islink(p):
                raise BadInput(f"{label} is a broken symbolic link; nothing was stored.") from err
            raise BadInput(f"{label} does not exist; nothing was stored.") from err
        if err.errno in (errno.EACCES, errno.EPERM):
            raise BadInput(f"{label} cannot be read (permission denied); nothing was stored.") from err
        raise BadInput(f"{label} cannot be read ({err.strerror}); nothing was stored.") from err
    mode = st.st_mode
    if stat.S_ISFIFO(mode):
        raise BadInput(f"{label} is a named pipe (FIFO), not a file; nothing was stored.")
    if stat.S_ISSOCK(mode):
        raise BadInput(f"{label} is a socket, not a file; nothing was stored.")
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        raise BadInput(f"{label} is a device, not a file; nothing was stored.")
    if stat.S_ISREG(mode) and not os.access(p, os.R_OK):
        raise BadInput(f"{label} cannot be read (permission denied); nothing was stored.")
    if stat.S_ISDIR(mode) and not os.access(p, os.R_OK | os.X_OK):
        raise BadInput(f"The folder {label} cannot be read (permission denied); nothing was stored.")
    return st


def _plan(paths: Sequence[str | os.PathLike[str]], skipped: list[str]) -> list[_Planned]:
    if not paths:
        raise BadInput("Name at least one file or folder to attach.")
    planned: list[_Planned] = []
    for given in paths:
        p = Path(given)
        label = os.fsdecode(p)
        st = _check_path(p, label)
        if stat.S_ISDIR(st.st_mode):
            planned.extend(_plan_folder(p, skipped))
            continue
        if st.st_size == 0:
            raise BadInput(f"{label} is empty (0 bytes): there is nothing to attach.")
        original, display, raw_hex = name_forms(os.fsencode(p.name))
        planned.append(_Planned(p, original, display, raw_hex, "", SourceStat.of(st)))
    if not planned:
        raise BadInput("The folders hold no files to attach.")
    return planned


def _plan_folder(root: Path, skipped: list[str]) -> list[_Planned]:
    root_name = name_forms(os.fsencode(root.resolve().name or "folder"))[1]
    out: list[_Planned] = []
    seen_dirs: set[tuple[int, int]] = set()

    def walk(d: Path, rel: str) -> None:
        try:
            dst = os.stat(d)
        except OSError as err:
            raise BadInput(f"The folder {os.fsdecode(d)} cannot be read ({err.strerror}).") from err
        key = (dst.st_dev, dst.st_ino)
        if key in seen_dirs:  # a folder reached twice (bind mount...): a loop
            raise BadInput(f"{os.fsdecode(d)} loops back on itself; nothing was stored.")
        seen_dirs.add(key)
        try:
            entries = sorted(os.scandir(d), key=lambda e: os.fsencode(e.name))
        except OSError as err:
            raise BadInput(f"The folder {os.fsdecode(d)} cannot be read ({err.strerror}).") from err
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
                except OSError:
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


def add_paths(
    ctx: AppContext,
    reference: str,
    paths: Sequence[str | os.PathLike[str]],
    *,
    description: str = "",
    source_url: str = "",
    retrieved_at: dt.datetime | None = None,
    reference_only: bool = False,
    reference_only_weights: bool = False,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
    actor: str | None = None,
) -> IntakeResult:
    """Attach files and folders to a case. Prints nothing; returns the new items.

    ``reference_only`` hashes every file in place instead of copying it;
    ``reference_only_weights`` does so only for model weight files
    (``.safetensors``, ``.gguf``, ``.bin``...), which are often many gigabytes.

    Raises BadInput (bad path, file changed while read...), StorageError (disk
    full...), Cancelled. In every failure nothing is kept.
    """
    who = actor or ctx.require_officer()
    roles.require(ctx, "evidence.add", actor=who)  # team mode: auditors are read-only
    reference = reference.strip()
    _case_id(ctx, reference)  # fail early on an unknown case
    if source_url and not re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*:", source_url.strip()):
        raise BadInput(f"'{source_url}' is not a URL (it should start with https:// or similar).")
    result = IntakeResult()
    planned = _plan(paths, result.skipped)
    for item in planned:
        item.reference_only = reference_only or (
            reference_only_weights and item.original_name.lower().endswith(WEIGHT_SUFFIXES)
        )
    total = sum(p.stat.size for p in planned)
    store = blob_store(ctx)
    journal = None if all(p.reference_only for p in planned) else store.journal()
    done_before = 0
    try:
        for item in planned:
            base = done_before
            label = f"{item.folder_path}/{item.display_name}" if item.folder_path else item.display_name

            def tick(n: int, base: int = base, label: str = label) -> None:
                if progress is not None:
                    progress(base + n, total, label)

            tick(0)
            if item.reference_only:
                digest, size = store.hash_file(
                    item.path, progress=tick, cancelled=cancelled, expected=item.stat
                )
            else:
                assert journal is not None
                put = store.put(
                    item.path, journal=journal, progress=tick, cancelled=cancelled, expected=item.stat
                )
                digest, size = put.sha256, put.size
                if put.created:
                    result.bytes_stored += size
            item.sha256, item.stored_size = digest, size
            item.media_type = guess_media_type(item.original_name, _head(item.path))
            done_before += item.stat.size
        if cancelled is not None and cancelled():
            raise Cancelled("Cancelled; nothing was stored.")
        if progress is not None:
            progress(total, total, "Recording…")
        _commit(ctx, store, reference, planned, result, who, description, source_url, retrieved_at)
    except BaseException:
        if journal is not None:
            _discard_unreferenced(ctx, store, journal)
            journal.close()
        raise
    if journal is not None:
        journal.close()
    return result


def _discard_unreferenced(ctx: AppContext, store: FolderBlobStore, journal: blobstore.IntakeJournal) -> None:
    """Remove the blobs a failed intake placed, unless a row or another intake uses them."""
    hashes = list(journal.created)
    if not hashes:
        return
    try:
        with unit_of_work(ctx.engine) as s:
            keep = _referenced(ctx, hashes, s)
            live = store.live_hashes(exclude=journal)
            for h in hashes:
                if h not in keep and h not in live:
                    store.discard(h)
    except Exception:  # best effort: recovery at next start finishes the job
        pass


def _case_id(ctx: AppContext, reference: str, s: Session | None = None) -> int:
    def q(sess: Session) -> int | None:
        return sess.execute(select(Case.id).where(Case.reference == reference)).scalar_one_or_none()

    if s is None:
        with unit_of_work(ctx.engine, readonly=True) as rs:
            cid = q(rs)
    else:
        cid = q(s)
    if cid is None:
        raise NotFound(f"No case with reference '{reference}'.")
    return cid


def _read_for_index(store: FolderBlobStore, item: _Planned) -> bytes:
    if item.stored_size > TEXT_INDEX_LIMIT:
        return b""
    try:
        if item.reference_only:
            with open(item.path, "rb") as fh:
                return fh.read(TEXT_INDEX_LIMIT)
        with store.open(item.sha256) as fh:
            return fh.read(TEXT_INDEX_LIMIT)
    except (OSError, StorageError):
        return b""


def _commit(
    ctx: AppContext,
    store: FolderBlobStore,
    reference: str,
    planned: list[_Planned],
    result: IntakeResult,
    who: str,
    description: str,
    source_url: str,
    retrieved_at: dt.datetime | None,
) -> None:
    now = dt.datetime.now(dt.UTC)
    retrieved = retrieved_at or (now if source_url else None)
    with unit_of_work(ctx.engine) as s:
        case_id = _case_id(ctx, reference, s)
        for item in planned:
            reference_only = item.reference_only
            if not reference_only and not store.exists(item.sha256):
                raise StorageError(
                    f"The stored bytes of {item.display_name} disappeared before they were recorded; "
                    "nothing was stored. Try again."
                )
            blob = s.get(EvidenceBlob, item.sha256)
            if blob is None:
                s.add(EvidenceBlob(sha256=item.sha256, size=item.stored_size, stored=not reference_only))
            elif not reference_only and not blob.stored:
                blob.stored = True
            ref_path = encode_path(Path(os.path.abspath(item.path))) if reference_only else ""
            existing = s.execute(
                select(EvidenceItem).where(
                    EvidenceItem.case_id == case_id,
                    EvidenceItem.sha256 == item.sha256,
                    EvidenceItem.original_name == item.original_name,
                    EvidenceItem.folder_path == item.folder_path,
                    EvidenceItem.reference_only.is_(reference_only),
                )
            ).scalar_one_or_none()
            if existing is not None:
                result.duplicates.append(_record(existing, reference))
                continue
            row = EvidenceItem(
                case_id=case_id,
                sha256=item.sha256,
                original_name=item.original_name,
                display_name=item.display_name,
                folder_path=item.folder_path,
                size=item.stored_size,
                media_type=item.media_type,
                source_url=source_url.strip(),
                retrieved_at=retrieved,
                description=description.strip(),
                reference_only=reference_only,
                reference_path=ref_path,
                added_by=who,
                added_at=now,
            )
            s.add(row)
            s.flush()
            after: dict[str, Any] = {
                "sha256": item.sha256,
                "name": item.original_name,
                "folder_path": item.folder_path,
                "size": item.stored_size,
                "media_type": item.media_type,
                "source_url": row.source_url,
                "retrieved_at": retrieved.isoformat() if retrieved else None,
                "description": row.description,
                "reference_only": reference_only,
            }
            if item.raw_hex is not None:
                after["raw_name_hex"] = item.raw_hex
            if reference_only:
                after["reference_path"] = ref_path
            audit.append(
                s,
                actor=who,
                action="evidence.received",
                entity_type="evidence",
                entity_id=row.id,
                case_ref=reference,
                after=after,
            )
            if is_text_type(item.media_type):
                data = _read_for_index(store, item)
                if data:
                    text = searchable_text(data, item.media_type)
                    s.add(EvidenceText(evidence_id=row.id, case_id=case_id, text=text))
                    search.index(s, case_id, f"evidence:{row.id}", f"{item.display_name}\n{text}")
            result.items.append(_record(row, reference))


# --------------------------------------------------------------------------- reading


def _name_filter(name_contains: str) -> Any:
    """Items whose label (folder path / name) contains the text, ignoring case."""
    text = name_contains.strip()
    esc = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    label = case(
        (EvidenceItem.folder_path != "", EvidenceItem.folder_path + "/" + EvidenceItem.display_name),
        else_=EvidenceItem.display_name,
    )
    return label.ilike(f"%{esc}%", escape="\\")


def list_evidence(
    ctx: AppContext,
    reference: str,
    *,
    offset: int = 0,
    limit: int | None = None,
    name_contains: str = "",
) -> list[EvidenceRecord]:
    """The case's items by folder and name; ``offset``/``limit`` read one page (the
    evidence tab pages through large cases), ``name_contains`` filters by label."""
    reference = reference.strip()
    blob_store(ctx)  # the first use in a process cleans up after crashed intakes
    with unit_of_work(ctx.engine, readonly=True) as s:
        case_id = _case_id(ctx, reference, s)
        q = (
            select(EvidenceItem)
            .where(EvidenceItem.case_id == case_id)
            .order_by(EvidenceItem.folder_path, EvidenceItem.display_name, EvidenceItem.id)
        )
        if name_contains.strip():
            q = q.where(_name_filter(name_contains))
        if offset:
            q = q.offset(offset)
        if limit is not None:
            q = q.limit(limit)
        return [_record(r, reference) for r in s.execute(q).scalars()]


@dataclass(frozen=True)
class EvidenceSummary:
    count: int
    total_bytes: int
    by_reference: int  # items hashed where they lie, not copied


def evidence_summary(ctx: AppContext, reference: str, *, name_contains: str = "") -> EvidenceSummary:
    """Count and size of the case's items (the evidence tab's status line), in SQL."""
    reference = reference.strip()
    with unit_of_work(ctx.engine, readonly=True) as s:
        case_id = _case_id(ctx, reference, s)
        q = select(
            func.count(EvidenceItem.id),
            func.coalesce(func.sum(EvidenceItem.size), 0),
            func.coalesce(func.sum(case((EvidenceItem.reference_only.is_(True), 1), else_=0)), 0),
        ).where(EvidenceItem.case_id == case_id)
        if name_contains.strip():
            q = q.where(_name_filter(name_contains))
        n, total, by_ref = s.execute(q).one()
        return EvidenceSummary(int(n), int(total), int(by_ref))


def get_evidence(ctx: AppContext, evidence_id: int) -> EvidenceRecord:
    with unit_of_work(ctx.engine, readonly=True) as s:
        return _get(s, evidence_id)


def _get(s: Session, evidence_id: int) -> EvidenceRecord:
    row = s.execute(
        select(EvidenceItem, Case.reference)
        .join(Case, Case.id == EvidenceItem.case_id)
        .where(EvidenceItem.id == evidence_id)
    ).one_or_none()
    if row is None:
        raise NotFound(f"No evidence item {evidence_id}.")
    return _record(row[0], row[1])


def content_path(ctx: AppContext, rec: EvidenceRecord) -> Path:
    """Where the bytes of an item can be read (read-only: never write to it)."""
    if rec.reference_only:
        return decode_path(rec.reference_path)
    return blob_store(ctx).path(rec.sha256)


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


def read_bytes(ctx: AppContext, rec: EvidenceRecord, limit: int = PREVIEW_TEXT_LIMIT) -> bytes:
    path = content_path(ctx, rec)
    try:
        with open(path, "rb") as fh:
            return fh.read(limit)
    except FileNotFoundError as err:
        where = "at its original place" if rec.reference_only else "in the evidence store"
        raise StorageError(f"The bytes of {rec.label} are missing {where}.") from err
    except OSError as err:
        raise StorageError(f"The bytes of {rec.label} cannot be read ({err.strerror}).") from err


def read_text(ctx: AppContext, rec: EvidenceRecord, limit: int = PREVIEW_TEXT_LIMIT) -> str:
    return read_bytes(ctx, rec, limit).decode("utf-8", "replace")


def record_viewed(
    ctx: AppContext, evidence_id: int, *, actor: str | None = None, how: str = "preview"
) -> None:
    """Custody: the officer looked at the item."""
    who = actor or ctx.require_officer()
    with unit_of_work(ctx.engine) as s:
        rec = _get(s, evidence_id)
        audit.append(
            s,
            actor=who,
            action="evidence.viewed",
            entity_type="evidence",
            entity_id=rec.id,
            case_ref=rec.case_reference,
            after={"sha256": rec.sha256, "how": how},
        )


def export_item(ctx: AppContext, evidence_id: int, dest: Path, *, actor: str | None = None) -> Path:
    """Copy an item's bytes out of the store (checked against its hash) and log it."""
    who = actor or ctx.require_officer()
    rec = get_evidence(ctx, evidence_id)
    dest = Path(dest)
    if dest.is_dir():
        dest = dest / rec.display_name.replace("/", "_")
    if dest.exists():
        raise BadInput(f"{dest} already exists; choose another name.")
    tmp: Path | None = None  # only a file this call created is ever removed
    try:
        with open(content_path(ctx, rec), "rb") as src:
            fd, tmp_name = tempfile.mkstemp(prefix=f".{dest.name}.", suffix=".part", dir=dest.parent)
            tmp = Path(tmp_name)
            with os.fdopen(fd, "wb") as out:
                digest, _ = blobstore.hash_stream(src, sink=out)
                out.flush()
                os.fsync(out.fileno())
        if digest != rec.sha256:
            raise StorageError(f"The bytes of {rec.label} no longer match their hash; not exported.")
        os.chmod(tmp, 0o644)  # mkstemp makes 0600; an exported copy is an ordinary file
        os.replace(tmp, dest)
    except FileNotFoundError as err:
        raise StorageError(f"The bytes of {rec.label} are missing.") from err
    except OSError as err:
        raise StorageError(f"Cannot export {rec.label}: {err.strerror}.") from err
    finally:
        if tmp is not None:
            with contextlib.suppress(FileNotFoundError):
                tmp.unlink()
    with unit_of_work(ctx.engine) as s:
        audit.append(
            s,
            actor=who,
            action="evidence.exported",
            entity_type="evidence",
            entity_id=rec.id,
            case_ref=rec.case_reference,
            after={"sha256": rec.sha256, "to": os.fsdecode(dest)},
        )
    return dest


def custody(ctx: AppContext, evidence_id: int) -> list[audit.AuditRecord]:
    with unit_of_work(ctx.engine, readonly=True) as s:
        _get(s, evidence_id)
        return audit.events(s, entity_type="evidence", entity_id=str(evidence_id))


def evidence_text(ctx: AppContext, evidence_id: int) -> str:
    with unit_of_work(ctx.engine, readonly=True) as s:
        row = s.get(EvidenceText, evidence_id)
        return row.text if row else ""


# --------------------------------------------------------------------------- verification


def _issued_letters(s: Session, ctx: AppContext, reference: str | None) -> list[tuple[int, str, str, str]]:
    """(letter id, case reference, label, sha256) of every stored signed letter version."""
    q = select(Letter, Case.reference).join(Case, Case.id == Letter.case_id)
    if reference is not None:
        q = q.where(Letter.case_id == _case_id(ctx, reference.strip(), s))
    out: list[tuple[int, str, str, str]] = []
    for letter, ref in s.execute(q.order_by(Case.reference, Letter.id)):
        shas = [letter.issued_sha256, letter.current_sha256]
        for n, sha in enumerate(dict.fromkeys(x for x in shas if x)):
            label = f"letter #{letter.id} ({'issued' if n == 0 else 'augmented'} PDF)"
            out.append((letter.id, ref, label, sha))
    return out


def verify_evidence(
    ctx: AppContext,
    reference: str | None = None,
    *,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
    actor: str | None = None,
    record: bool = True,
) -> list[VerifyItem]:
    """Re-hash the bytes of every item (of one case, or all) and log the result."""
    who = actor or ctx.officer or "system"
    with unit_of_work(ctx.engine, readonly=True) as s:
        q = select(EvidenceItem, Case.reference).join(Case, Case.id == EvidenceItem.case_id)
        if reference is not None:
            q = q.where(EvidenceItem.case_id == _case_id(ctx, reference.strip(), s))
        rows = [(_record(r, ref)) for r, ref in s.execute(q.order_by(Case.reference, EvidenceItem.id))]
        letters = _issued_letters(s, ctx, reference)
    cache_letters: dict[str, str] = {}
    store = blob_store(ctx)
    total = sum(r.size for r in rows)
    done = 0
    cache: dict[tuple[str, str], str] = {}
    results: list[VerifyItem] = []
    for rec in rows:
        if cancelled is not None and cancelled():
            raise Cancelled("Verification cancelled.")
        key = (rec.sha256, rec.reference_path if rec.reference_only else "")
        if key not in cache:
            base = done

            def tick(n: int, base: int = base, label: str = rec.label) -> None:
                if progress is not None:
                    progress(base + n, total, label)

            if rec.reference_only:
                cache[key] = blobstore.verify_file(content_path(ctx, rec), rec.sha256, progress=tick)
            else:  # the store re-hashes its own bytes (files, or chunks in the team database)
                cache[key] = store.verify(rec.sha256, progress=tick)
        done += rec.size
        results.append(
            VerifyItem(rec.id, rec.case_reference, rec.label, rec.sha256, rec.reference_only, cache[key])
        )
    for letter_id, case_ref, label, sha in letters:
        if cancelled is not None and cancelled():
            raise Cancelled("Verification cancelled.")
        if sha not in cache_letters:
            cache_letters[sha] = store.verify(sha)
        results.append(VerifyItem(letter_id, case_ref, label, sha, False, cache_letters[sha], "letter"))
    if record and results:
        with unit_of_work(ctx.engine) as s:
            for v in results:
                audit.append(
                    s,
                    actor=who,
                    action=f"{v.kind}.verified",
                    entity_type=v.kind,
                    entity_id=v.id,
                    case_ref=v.case_reference,
                    after={"sha256": v.sha256, "result": v.status},
                )
    return results


# --------------------------------------------------------------------------- model folders


@dataclass(frozen=True)
class SubjectProposal:
    name: str
    parameters: int | None
    architecture: str
    licence: str


def propose_subject(facts: dict[str, Any]) -> SubjectProposal:
    """The case subject an inspected model folder suggests (see model_inspect)."""
    prop = facts.get("proposed_subject") or {}
    return SubjectProposal(
        name=str(prop.get("name") or ""),
        parameters=prop.get("parameters"),
        architecture=str(prop.get("architecture") or ""),
        licence=str(prop.get("licence") or ""),
    )


def apply_subject(
    ctx: AppContext,
    reference: str,
    proposal: SubjectProposal,
    *,
    actor: str | None = None,
) -> None:
    """Set the case subject's name, parameter count, architecture and licence (audited)."""
    who = actor or ctx.require_officer()
    roles.require(ctx, "case.edit", actor=who)  # team mode: auditors are read-only
    name = proposal.name.strip()
    if not name:
        raise BadInput("The subject name is empty: name the AI model.")
    if proposal.parameters is not None and proposal.parameters < 0:
        raise BadInput("The parameter count cannot be negative.")
    from app.services.cases import reindex_case

    with unit_of_work(ctx.engine) as s:
        case = s.execute(select(Case).where(Case.reference == reference.strip())).scalar_one_or_none()
        if case is None:
            raise NotFound(f"No case with reference '{reference}'.")
        subj = s.get(Subject, case.subject_id)
        assert subj is not None
        before = {
            "name": subj.name,
            "parameters": subj.parameters,
            "architecture": subj.architecture,
            "licence": subj.licence,
        }
        subj.name = name[:300]
        subj.parameters = proposal.parameters
        subj.architecture = proposal.architecture.strip()[:200]
        subj.licence = proposal.licence.strip()[:200]
        case.updated_at = dt.datetime.now(dt.UTC)
        s.flush()
        reindex_case(s, case)
        audit.append(
            s,
            actor=who,
            action="case.subject_updated",
            entity_type="case",
            entity_id=case.reference,
            case_ref=case.reference,
            before=before,
            after={
                "name": subj.name,
                "parameters": subj.parameters,
                "architecture": subj.architecture,
                "licence": subj.licence,
            },
        )


def subject_of(ctx: AppContext, reference: str) -> SubjectProposal:
    with unit_of_work(ctx.engine, readonly=True) as s:
        row = s.execute(
            select(Subject)
            .join(Case, Case.subject_id == Subject.id)
            .where(Case.reference == reference.strip())
        ).scalar_one_or_none()
        if row is None:
            raise NotFound(f"No case with reference '{reference}'.")
        return SubjectProposal(row.name, row.parameters, row.architecture, row.licence)
