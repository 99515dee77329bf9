"""Re-hashing stored evidence and issued letters."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.services import store as blobstore
from app.services.context import AppContext
from app.services.store import Cancelled
from db.changes import record_change
from db.models import Case, EvidenceItem, Letter
from db.uow import unit_of_work

from .media import CancelCheck, Progress
from .reading import content_path
from .records import VerifyItem, _record
from .store import _case_id, blob_store

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
            raise Cancelled.of("evidence.verify_cancelled")
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
            raise Cancelled.of("evidence.verify_cancelled")
        if sha not in cache_letters:
            cache_letters[sha] = store.verify(sha)
        results.append(VerifyItem(letter_id, case_ref, label, sha, False, cache_letters[sha], "letter"))
    if record and results:
        with unit_of_work(ctx.engine) as s:
            for v in results:
                after = {"sha256": v.sha256, "result": v.status}
                record_change(
                    s,
                    actor=who,
                    action=f"{v.kind}.verified",
                    entity=(v.kind, v.id),
                    case_ref=v.case_reference,
                    after=after,
                )
    return results
