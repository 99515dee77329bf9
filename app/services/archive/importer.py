"""archive import: all or nothing (verify in staging, place blobs, one commit)."""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import DataError, IntegrityError, StatementError

from app.domain.errors import BadInput, CheckFailed, NotAllowed, NotFound, StorageError
from app.services import roles
from app.services.archive.audit_trail import _verify_audit_lines
from app.services.archive.bag_reader import _read_bag, _Reader
from app.services.archive.common import _open_blob, _store, _why
from app.services.archive.insert import _insert
from app.services.archive.plan import _plan
from app.services.archive.trust import default_roots, load_roots
from app.services.archive.types import CancelFn, Cancelled, ImportResult, Limits, ProgressFn
from app.services.context import AppContext
from app.services.housekeeping import _new_stage, clean_staging
from db.models import (
    EvidenceBlob,
)
from db.repositories import CaseRepository
from db.uow import unit_of_work


def import_archive(
    ctx: AppContext,
    path: str | os.PathLike[str],
    as_new: bool = False,
    progress: ProgressFn | None = None,
    cancel: CancelFn | None = None,
    limits: Limits | None = None,
    trust: Sequence[str | Path] | None = None,
) -> ImportResult:
    """Import a case archive, all or nothing (see the module docstring).

    ``trust``: trust anchor files; None means the trust store in Settings. When there is
    one, a signature it does not vouch for is refused."""
    who = ctx.require_officer()
    roles.require(ctx, "archive.import", actor=who)  # team mode: auditors are read-only
    archive = Path(path)
    lim = limits or Limits()
    roots = load_roots(default_roots(ctx.paths.home) if trust is None else trust)
    store = _store(ctx)
    clean_staging(ctx.paths.staging)  # what crashed imports left
    try:
        stage, stage_lock = _new_stage(ctx.paths.staging)
    except OSError as err:
        raise StorageError.of("archive.no_staging", folder=ctx.paths.home, reason=err.strerror) from err
    journal = None
    committed = False
    try:
        bag = _read_bag(archive, lim, stage, progress, cancel)
        plan = _plan(bag, archive, lim, _Reader(None, lim), roots)
        doc = plan.doc
        original_ref = str(doc["case"]["reference"])
        with unit_of_work(ctx.engine, readonly=True) as s:
            exists = CaseRepository(s).row_by_ref(original_ref) is not None
        if exists and not as_new:
            raise NotAllowed.of("archive.case_exists", reference=original_ref)
        if cancel is not None and cancel():
            raise Cancelled.of("archive.import_cancelled")
        # Bytes first, each noted in an intake journal before it becomes visible, so
        # that a crash before the commit leaves only blobs that recovery removes.
        to_place = {sha: entry.staged for sha, entry in plan.blobs.items()}
        to_place.setdefault(plan.audit_sha256, plan.audit_entry.staged)
        journal = store.journal()
        for sha, staged in to_place.items():
            assert staged is not None  # import stages every payload file
            put = store.put(staged, journal=journal, cancelled=cancel)
            if put.sha256 != sha:
                raise StorageError.of("archive.staging_changed", sha=sha[:12])
        try:
            result = _insert(ctx, plan, archive, who, as_new, original_ref)
        except (DataError, IntegrityError, StatementError) as err:
            raise BadInput.of("archive.does_not_fit", reason=_why(getattr(err, "orig", None) or err)) from err
        committed = True
        return result
    except OSError as err:
        raise StorageError.of("archive.import_failed", reason=err.strerror or str(err)) from err
    finally:
        if journal is not None:
            if not committed:
                _discard_placed(ctx, store, journal)
            journal.close()
        shutil.rmtree(stage, ignore_errors=True)
        os.close(stage_lock)


def _discard_placed(ctx: AppContext, store: Any, journal: Any) -> None:
    """Remove the blobs a failed import placed, unless a row or another intake uses them."""
    hashes = list(journal.created)
    if not hashes:
        return
    with unit_of_work(ctx.engine) as s:  # write lock: no commit races the removal
        keep = {
            str(x)
            for x in s.execute(
                select(EvidenceBlob.sha256).where(
                    EvidenceBlob.sha256.in_(hashes), EvidenceBlob.stored.is_(True)
                )
            ).scalars()
        }
        live = store.live_hashes(exclude=journal)
        for h in hashes:
            if h not in keep and h not in live:
                store.discard(h)


def imported_history(ctx: AppContext, reference: str) -> list[dict[str, Any]]:
    """The source system's audit events kept with an imported case (oldest first)."""
    with unit_of_work(ctx.engine, readonly=True) as s:
        case = CaseRepository(s).row_by_ref(reference)
        if case is None:
            raise NotFound.of("case.not_found", reference=reference)
        origin = json.loads(case.origin) if case.origin else {}
    sha = origin.get("audit_segment_sha256")
    if not sha:
        return []
    with tempfile.SpooledTemporaryFile(max_size=8 << 20) as spool:
        with _open_blob(ctx, str(sha), "audit history") as fh:
            shutil.copyfileobj(fh, spool)
        _, actual = _verify_audit_lines(spool)
        if actual != sha:
            raise CheckFailed.of("archive.history_changed", reference=reference)
        spool.seek(0)
        return [ln for ln in (json.loads(r) for r in spool) if not ln.get("link_only")]
