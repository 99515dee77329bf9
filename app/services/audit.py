"""Audit trail use cases: verify the chain, read a case's timeline."""

from __future__ import annotations

from sqlalchemy import func, select

from app.services.context import AppContext
from db import audit
from db.models import AuditEvent
from db.uow import unit_of_work


def verify(ctx: AppContext) -> tuple[int, list[audit.ChainProblem]]:
    """Return (number of events, problems). No problems = chain intact.

    A damaged SQLite file is refused first (``PRAGMA integrity_check``: a chain read from
    a damaged file proves nothing). Then the chain is walked, the database's append-only
    protection is checked, and the head is compared with the latest signed checkpoint."""
    from db.health import require_intact

    require_intact(ctx.engine)
    with unit_of_work(ctx.engine, readonly=True) as s:
        problems = audit.verify(s)
        count = s.query(AuditEvent).count()
        problems += [audit.ChainProblem(0, why) for why in audit.protection_problems(s)]
    return count, problems


def head(ctx: AppContext) -> tuple[int, str]:
    """The audit head (number of events, hash of the last): for letters' register entries
    and archives, which record the state of the whole trail when they were made."""
    with unit_of_work(ctx.engine, readonly=True) as s:
        return audit.head(s)


def case_events(
    ctx: AppContext,
    reference: str,
    *,
    newest_first: bool = False,
    offset: int = 0,
    limit: int | None = None,
) -> list[audit.AuditRecord]:
    """A case's events, oldest first (or newest first); ``offset``/``limit`` read one page."""
    with unit_of_work(ctx.engine, readonly=True) as s:
        return audit.events(s, case_ref=reference, newest_first=newest_first, offset=offset, limit=limit)


def case_event_count(ctx: AppContext, reference: str) -> int:
    with unit_of_work(ctx.engine, readonly=True) as s:
        return int(
            s.scalar(select(func.count()).select_from(AuditEvent).where(AuditEvent.case_ref == reference))
            or 0
        )


def record(
    ctx: AppContext,
    *,
    action: str,
    entity_type: str,
    entity_id: str,
    case_ref: str = "",
    before: object = None,
    after: object = None,
    actor: str | None = None,
) -> audit.AuditRecord:
    """Append a stand-alone event (e.g. evidence viewed) in its own transaction."""
    with unit_of_work(ctx.engine) as s:
        return audit.append(
            s,
            actor=actor or ctx.officer or "unknown officer",
            action=action,
            entity_type=entity_type,
            entity_id=entity_id,
            case_ref=case_ref,
            before=before,
            after=after,
        )
