"""Listing, reading, exporting evidence and its chain of custody."""

from __future__ import annotations

import contextlib
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from app.domain.errors import BadInput, NotFound, StorageError
from app.services import store as blobstore
from app.services.context import AppContext
from db import audit
from db.changes import record_change
from db.models import Case, EvidenceItem, EvidenceText
from db.uow import unit_of_work

from .media import PREVIEW_TEXT_LIMIT, decode_path
from .records import EvidenceRecord, _record
from .store import _case_id, blob_store

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
        raise NotFound.of("evidence.not_found", id=evidence_id)
    return _record(row[0], row[1])


def content_path(ctx: AppContext, rec: EvidenceRecord) -> Path:
    """Where the bytes of an item can be read (read-only: never write to it)."""
    if rec.reference_only:
        return decode_path(rec.reference_path)
    return blob_store(ctx).path(rec.sha256)


def read_bytes(ctx: AppContext, rec: EvidenceRecord, limit: int = PREVIEW_TEXT_LIMIT) -> bytes:
    path = content_path(ctx, rec)
    try:
        with open(path, "rb") as fh:
            return fh.read(limit)
    except FileNotFoundError as err:
        if rec.reference_only:
            raise StorageError.of("evidence.missing_at_origin", item=rec.label) from err
        raise StorageError.of("evidence.missing_in_store", item=rec.label) from err
    except OSError as err:
        raise StorageError.of("evidence.bytes_unreadable", item=rec.label, reason=err.strerror) from err


def read_text(ctx: AppContext, rec: EvidenceRecord, limit: int = PREVIEW_TEXT_LIMIT) -> str:
    return read_bytes(ctx, rec, limit).decode("utf-8", "replace")


def record_viewed(
    ctx: AppContext, evidence_id: int, *, actor: str | None = None, how: str = "preview"
) -> None:
    """Custody: the officer looked at the item."""
    who = actor or ctx.require_officer()
    with unit_of_work(ctx.engine) as s:
        _custody(s, who, "evidence.viewed", _get(s, evidence_id), how=how)


def export_item(ctx: AppContext, evidence_id: int, dest: Path, *, actor: str | None = None) -> Path:
    """Copy an item's bytes out of the store (checked against its hash) and log it."""
    who = actor or ctx.require_officer()
    rec = get_evidence(ctx, evidence_id)
    dest = Path(dest)
    if dest.is_dir():
        dest = dest / rec.display_name.replace("/", "_")
    if dest.exists():
        raise BadInput.of("evidence.export_exists", path=dest)
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
            raise StorageError.of("evidence.hash_mismatch", item=rec.label)
        os.chmod(tmp, 0o644)  # mkstemp makes 0600; an exported copy is an ordinary file
        os.replace(tmp, dest)
    except FileNotFoundError as err:
        raise StorageError.of("evidence.bytes_missing", item=rec.label) from err
    except OSError as err:
        raise StorageError.of("evidence.export_failed", item=rec.label, reason=err.strerror) from err
    finally:
        if tmp is not None:
            with contextlib.suppress(FileNotFoundError):
                tmp.unlink()
    with unit_of_work(ctx.engine) as s:
        _custody(s, who, "evidence.exported", rec, to=os.fsdecode(dest))
    return dest


def _custody(s: Session, who: str, action: str, rec: EvidenceRecord, **details: str) -> None:
    """One custody event on the item: its hash and the details (how it was read, where to)."""
    after = {"sha256": rec.sha256, **details}
    record_change(
        s, actor=who, action=action, entity=("evidence", rec.id), case_ref=rec.case_reference, after=after
    )


def custody(ctx: AppContext, evidence_id: int) -> list[audit.AuditRecord]:
    with unit_of_work(ctx.engine, readonly=True) as s:
        _get(s, evidence_id)
        return audit.events(s, entity_type="evidence", entity_id=str(evidence_id))


def evidence_text(ctx: AppContext, evidence_id: int) -> str:
    with unit_of_work(ctx.engine, readonly=True) as s:
        row = s.get(EvidenceText, evidence_id)
        return row.text if row else ""
