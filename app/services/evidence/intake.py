"""Intake, phases 2 and 3: store the bytes, then commit the rows in one transaction."""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import select

from app.domain.errors import BadInput, StorageError
from app.domain.text import check_text
from app.services import roles
from app.services import store as blobstore
from app.services.context import AppContext
from app.services.store import Cancelled, FolderBlobStore
from db import search
from db.changes import record_change
from db.models import EvidenceBlob, EvidenceItem, EvidenceText
from db.records import same_named
from db.uow import unit_of_work

from .duplicates import cases_holding
from .media import (
    LFS_POINTER_TYPE,
    TEXT_INDEX_LIMIT,
    WEIGHT_SUFFIXES,
    CancelCheck,
    Progress,
    encode_path,
    guess_media_type,
    is_text_type,
    searchable_text,
)
from .plan import _head, _plan, _Planned
from .records import IntakeResult, _record
from .store import _case_id, _referenced, blob_store

# What a new evidence row takes over from the planned file as it is.
_AS_PLANNED = ("sha256", "original_name", "display_name", "folder_path", "media_type")


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
    check_text("Description", description, max_length=DESCRIPTION_MAX, allow_newlines=True)
    check_text("Source URL", source_url.strip(), max_length=URL_MAX)
    if source_url and not re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*:", source_url.strip()):
        raise BadInput.of("evidence.not_a_url", url=source_url)
    result = IntakeResult()
    planned = _plan(paths, result.skipped)
    for item in planned:
        item.reference_only = reference_only or (
            reference_only_weights and item.original_name.lower().endswith(WEIGHT_SUFFIXES)
        )
    total = sum(p.stat.size for p in planned)
    store = blob_store(ctx)
    _check_free_space(store, [p for p in planned if not p.reference_only])
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
            item.media_type = guess_media_type(item.original_name, _head(item.path), item.stored_size)
            done_before += item.stat.size
        if cancelled is not None and cancelled():
            raise Cancelled.of("evidence.cancelled")
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
    _notices(ctx, reference, result)
    return result


DESCRIPTION_MAX = 2_000  # characters; the same on SQLite and PostgreSQL (issue 19)
URL_MAX = 2_000
FREE_SPACE_MARGIN = 64 * 1024 * 1024  # left free after an intake (the database, logs); 5% on small disks


def _allocated(path: Path, size: int) -> int:
    """Bytes a copy of the file takes on disk: its size, or less for a sparse file,
    which the store keeps sparse."""
    try:
        st = os.stat(path)
    except OSError:
        return size
    return min(size, st.st_blocks * 512) if st.st_blocks * 512 < size else size


def _check_free_space(store: FolderBlobStore, items: list[_Planned]) -> None:
    """Refuse an intake the store's disk cannot hold, before a byte is written."""
    if not items or type(store) is not FolderBlobStore:  # team stores keep blobs in the database
        return
    need = sum(_allocated(p.path, p.stat.size) for p in items)
    probe = store.root
    while not probe.exists() and probe != probe.parent:
        probe = probe.parent
    try:
        usage = shutil.disk_usage(probe)
    except OSError:
        return
    free = usage.free
    if need + min(FREE_SPACE_MARGIN, usage.total // 20) > free:
        raise StorageError.of("evidence.no_space", need=_gb(need), free=_gb(free), folder=store.root)


def _gb(n: int) -> str:
    return f"{n / 10**9:.2f} GB" if n >= 10**8 else f"{n / 10**6:.1f} MB"


def _notices(ctx: AppContext, reference: str, result: IntakeResult) -> None:
    """Warnings for the officer after an intake: Git LFS pointer stubs, and files
    that are already evidence in other cases (the same bytes, by SHA-256)."""
    stubs = [r.label for r in result.items if r.media_type == LFS_POINTER_TYPE]
    if stubs:
        result.lfs_stubs = stubs
        result.warnings.append(
            f"{len(stubs)} file(s) are Git LFS pointer stubs, not the files they stand for "
            f"(e.g. {stubs[0]}): download the real files ('git lfs pull') and attach them."
        )
    result.elsewhere = cases_holding(ctx, [r.sha256 for r in result.items], exclude=reference)
    for sha, refs in result.elsewhere.items():
        names = [r.label for r in result.items if r.sha256 == sha]
        shown = ", ".join(refs[:5]) + (f" and {len(refs) - 5} more" if len(refs) > 5 else "")
        result.warnings.append(f"{names[0]} is already evidence in {shown}.")


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
                raise StorageError.of("evidence.bytes_vanished", item=item.display_name)
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
                **same_named(item, _AS_PLANNED),
                size=item.stored_size,
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
            record_change(
                s,
                actor=who,
                action="evidence.received",
                entity=("evidence", row.id),
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
