"""Audit trail use cases: verify the chain, read a case's timeline."""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select

from app.domain.errors import CheckFailed
from app.services import roles
from app.services.context import AppContext
from db import audit
from db.changes import record_change
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
        from app.services.archive.signature import check_signature

        problems += audit.checkpoint_problems(s, check_signature)
    return count, problems


@dataclass(frozen=True)
class Checkpoint:
    id: int
    last_id: int
    last_hash: str
    signer: str
    made_at: dt.datetime


def checkpoint(
    ctx: AppContext, p12: str | os.PathLike[str], passphrase: bytes | None, *, actor: str | None = None
) -> Checkpoint:
    """Sign the audit head with the unit's key and keep the signature outside the chain
    (``audit_checkpoints``): ``verify`` then reports a cut tail or a rewritten history.

    The key is checked as letter signing checks it (validity, key usage); the trail must be
    intact before it is vouched for. The checkpoint itself is recorded as an audit event."""
    from app.services import keycheck
    from app.services.archive.signature import _load_signing_key, _sign, cert_name
    from app.services.archive.types import SigningKey
    from db.models import AuditCheckpoint

    who = actor or ctx.require_officer()
    roles.require(ctx, "audit.checkpoint", actor=who)  # writers only: auditors are read-only
    info = keycheck.check_pkcs12(p12, passphrase)
    loaded = _load_signing_key(SigningKey(Path(p12), passphrase))
    count, problems = verify(ctx)
    if problems:
        raise CheckFailed.of("audit.not_intact", event=problems[0].event_id, reason=problems[0].reason)
    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    with unit_of_work(ctx.engine) as s:
        last_id, last_hash = audit.head(s)
        content = audit.checkpoint_content(audit.chain_id(s), last_id, last_hash, now.isoformat())
        row = AuditCheckpoint(
            made_at=now,
            made_by=who,
            last_id=last_id,
            last_hash=last_hash,
            signer=cert_name(loaded[1]),
            signer_fingerprint=info.fingerprint_sha256,
            content=content,
            signature=_sign(content.encode("utf-8"), loaded),
        )
        s.add(row)
        s.flush()  # the checkpoint's id
        record_change(
            s,
            actor=who,
            action="audit.checkpoint",
            entity=("audit", row.id),
            after={"last_id": last_id, "last_hash": last_hash, "signer": row.signer},
        )
        return Checkpoint(row.id, last_id, last_hash, row.signer, now)


CHECKPOINT_EVERY = dt.timedelta(days=1)


def latest_checkpoint(ctx: AppContext) -> Checkpoint | None:
    """The newest signed checkpoint of the audit head, or None when none was ever made."""
    with unit_of_work(ctx.engine, readonly=True) as s:
        row = audit.latest_checkpoint(s)
        if row is None:
            return None
        made = row.made_at if row.made_at.tzinfo else row.made_at.replace(tzinfo=dt.UTC)
        return Checkpoint(row.id, row.last_id, row.last_hash, row.signer, made)


@dataclass(frozen=True)
class CheckpointStatus:
    due: bool  # none was ever made, or the latest is a day old or older
    latest: Checkpoint | None
    may_sign: bool = True  # the acting officer's role allows signing one (not an auditor)


def checkpoint_status(ctx: AppContext, now: dt.datetime | None = None) -> CheckpointStatus:
    """Whether a checkpoint is due (the GUI offers to sign one daily), the latest, and
    whether the acting officer may sign one."""
    cp = latest_checkpoint(ctx)
    when = now or dt.datetime.now(dt.UTC)
    may_sign = bool(ctx.officer.strip()) and roles.role_of(ctx) in roles.allowed_roles("audit.checkpoint")
    return CheckpointStatus(cp is None or when - cp.made_at >= CHECKPOINT_EVERY, cp, may_sign)


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
        return record_change(
            s,
            actor=actor or ctx.require_officer(),  # every write names its officer
            action=action,
            entity=(entity_type, entity_id),
            case_ref=case_ref,
            before=before,
            after=after,
        )


@dataclass(frozen=True)
class TrailLine:
    """One audit event as an officer reads it in ``audit list``."""

    id: int
    at: str
    officer: str
    event: str
    case_ref: str
    summary: str
    action: str


def _plain(value: object, limit: int = 60) -> str:
    import json

    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, sort_keys=True)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def event_summary(before: object, after: object, limit: int = 200) -> str:
    """What an event changed, in one plain line: ``title: 'Old' → 'New'`` for changed
    fields, ``key: value`` for what was recorded; ``""`` when the event carries nothing."""
    parts: list[str] = []
    if isinstance(before, dict) and isinstance(after, dict):
        for key in sorted(set(before) | set(after), key=str):
            old, new = before.get(key), after.get(key)
            if old != new:
                parts.append(f"{key}: {_plain(old) if old is not None else '—'} → {_plain(new)}")
    elif isinstance(after, dict):
        parts = [f"{key}: {_plain(value)}" for key, value in after.items() if value not in (None, "", [], {})]
    elif after not in (None, "", [], {}):
        parts = [_plain(after)]
    elif before not in (None, "", [], {}):
        parts = [f"removed: {_plain(before)}"]
    text = "; ".join(parts)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def trail(
    ctx: AppContext, reference: str | None = None, *, limit: int = 50, offset: int = 0
) -> list[TrailLine]:
    """The audit trail newest first, one page (``offset``/``limit``); only one case's
    events when ``reference`` is given (an unknown reference is ``NotFound``)."""
    from app.domain.errors import BadInput, NotFound

    if limit < 1:
        raise BadInput.of("audit.bad_limit", limit=limit)
    ref: str | None = None
    with unit_of_work(ctx.engine, readonly=True) as s:
        if reference is not None:
            from db.repositories import CaseRepository

            ref = reference.strip()
            if CaseRepository(s).record_by_ref(ref) is None:
                raise NotFound.of("case.not_found", reference=reference)
        rows = audit.events(s, case_ref=ref, newest_first=True, offset=offset, limit=limit)
    return [
        TrailLine(
            id=e.id,
            at=e.ts,
            officer=e.actor,
            event=e.action.replace(".", " ").replace("_", " "),
            case_ref=e.case_ref,
            summary=event_summary(e.before, e.after),
            action=e.action,
        )
        for e in rows
    ]
