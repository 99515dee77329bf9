"""The same bytes in several cases: "this file is already evidence in AIO-2026-0012"."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select

from app.services.context import AppContext
from db.models import Case, EvidenceItem
from db.uow import unit_of_work

_CHUNK = 500  # hashes per IN list (well under every engine's parameter limit)


def cases_holding(
    ctx: AppContext, hashes: Iterable[str], *, exclude: str | None = None
) -> dict[str, list[str]]:
    """SHA-256 -> the references of the cases (other than ``exclude``) holding those
    bytes as evidence, each list sorted; hashes no other case holds are left out."""
    wanted = sorted(set(hashes))
    found: dict[str, set[str]] = {}
    if not wanted:
        return {}
    with unit_of_work(ctx.engine, readonly=True) as s:
        for i in range(0, len(wanted), _CHUNK):
            chunk = wanted[i : i + _CHUNK]
            q = (
                select(EvidenceItem.sha256, Case.reference)
                .join(Case, Case.id == EvidenceItem.case_id)
                .where(EvidenceItem.sha256.in_(chunk))
            )
            if exclude is not None:
                q = q.where(Case.reference != exclude.strip())
            for sha, ref in s.execute(q.distinct()):
                found.setdefault(sha, set()).add(ref)
    return {sha: sorted(refs) for sha, refs in sorted(found.items())}


def shared_with(ctx: AppContext, reference: str) -> dict[str, list[str]]:
    """Other case reference -> the SHA-256s of the evidence it shares with ``reference``."""
    with unit_of_work(ctx.engine, readonly=True) as s:
        mine = select(EvidenceItem.sha256).join(Case, Case.id == EvidenceItem.case_id)
        mine = mine.where(Case.reference == reference.strip())
        rows = s.execute(
            select(Case.reference, EvidenceItem.sha256)
            .join(Case, Case.id == EvidenceItem.case_id)
            .where(EvidenceItem.sha256.in_(mine), Case.reference != reference.strip())
            .distinct()
        ).all()
    out: dict[str, set[str]] = {}
    for ref, sha in rows:
        out.setdefault(ref, set()).add(sha)
    return {ref: sorted(v) for ref, v in sorted(out.items())}
