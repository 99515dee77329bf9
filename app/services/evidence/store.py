"""The evidence blob store of a context, crash recovery, blobs in use, case ids."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.services.case_rows import no_such_case
from app.services.context import AppContext
from app.services.store import FolderBlobStore
from db.models import Case, EvidenceBlob
from db.uow import unit_of_work

# --------------------------------------------------------------------------- store access


def blob_store(ctx: AppContext) -> FolderBlobStore:
    """The case evidence store; the first use in a process cleans up after crashes."""
    store = ctx.extras.get("evidence.store")
    if isinstance(store, FolderBlobStore):
        return store
    from app.services.store.factory import store_for  # team mode: database or shared folder

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


def _case_id(ctx: AppContext, reference: str, s: Session | None = None) -> int:
    def q(sess: Session) -> int | None:
        return sess.execute(select(Case.id).where(Case.reference == reference)).scalar_one_or_none()

    if s is None:
        with unit_of_work(ctx.engine, readonly=True) as rs:
            cid = q(rs)
    else:
        cid = q(s)
    if cid is None:
        raise no_such_case(reference)
    return cid
