"""The hash-chained audit trail.

Each event's ``hash`` is the SHA-256 of a canonical JSON document holding the
event's id, time, actor, action, entity, case reference, before/after JSON and
the previous event's hash. ``audit_head`` holds the last id and hash, so that
deleting events at the end of the chain is detected as well.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import AuditCheckpoint, AuditEvent, AuditHead
from db.records import AuditRecord

__all__ = ["AuditRecord", "append", "events", "head", "protection_problems", "verify"]

GENESIS = "0" * 64


def canonical_json(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)


def event_hash(
    *,
    id: int,
    ts: str,
    actor: str,
    action: str,
    entity_type: str,
    entity_id: str,
    case_ref: str,
    before_json: str,
    after_json: str,
    prev_hash: str,
) -> str:
    doc = {
        "id": id,
        "ts": ts,
        "actor": actor,
        "action": action,
        "entity_type": entity_type,
        "entity_id": entity_id,
        "case_ref": case_ref,
        "before": before_json,
        "after": after_json,
        "prev": prev_hash,
    }
    return hashlib.sha256(canonical_json(doc).encode("utf-8")).hexdigest()


_HASHED = (
    "id", "ts", "actor", "action", "entity_type", "entity_id", "case_ref",
    "before_json", "after_json", "prev_hash",
)  # fmt: skip


def row_hash(row: AuditEvent) -> str:
    """The hash a stored event should carry, recomputed from its columns."""
    return event_hash(**{name: getattr(row, name) for name in _HASHED})


def _record(row: AuditEvent) -> AuditRecord:
    return AuditRecord(
        id=row.id,
        ts=row.ts,
        actor=row.actor,
        action=row.action,
        entity_type=row.entity_type,
        entity_id=row.entity_id,
        case_ref=row.case_ref,
        before=json.loads(row.before_json),
        after=json.loads(row.after_json),
        prev_hash=row.prev_hash,
        hash=row.hash,
    )


def _lock_head(session: Session) -> AuditHead:
    # FOR UPDATE serialises appenders on PostgreSQL; on SQLite the write
    # transaction already holds the database write lock (BEGIN IMMEDIATE).
    head = session.execute(select(AuditHead).where(AuditHead.id == 1).with_for_update()).scalar_one_or_none()
    if head is None:
        head = AuditHead(id=1, last_id=0, last_hash=GENESIS)
        session.add(head)
        session.flush()
    return head


def append(
    session: Session,
    *,
    actor: str,
    action: str,
    entity_type: str,
    entity_id: str | int,
    case_ref: str = "",
    before: Any = None,
    after: Any = None,
    ts: dt.datetime | None = None,
) -> AuditRecord:
    """Append one event in the caller's transaction and return it."""
    head = _lock_head(session)
    when = (ts or dt.datetime.now(dt.UTC)).astimezone(dt.UTC).isoformat(timespec="microseconds")
    fields = {
        "id": head.last_id + 1,
        "ts": when,
        "actor": actor,
        "action": action,
        "entity_type": entity_type,
        "entity_id": str(entity_id),
        "case_ref": case_ref,
        "before_json": canonical_json(before),
        "after_json": canonical_json(after),
        "prev_hash": head.last_hash,
    }
    digest = event_hash(**fields)  # type: ignore[arg-type]
    row = AuditEvent(hash=digest, **fields)
    session.add(row)
    head.last_id = row.id
    head.last_hash = digest
    session.flush()
    return _record(row)


@dataclass(frozen=True)
class ChainProblem:
    event_id: int
    reason: str


def verify(session: Session) -> list[ChainProblem]:
    """Walk the chain; return every problem found (empty list = intact)."""
    problems: list[ChainProblem] = []
    prev_hash = GENESIS
    expected_id = 1
    rows = session.execute(select(AuditEvent).order_by(AuditEvent.id)).scalars()
    last_id = 0
    for row in rows:
        if row.id != expected_id:
            problems.append(ChainProblem(expected_id, f"event {expected_id} is missing (next is {row.id})"))
        if row.prev_hash != prev_hash:
            problems.append(ChainProblem(row.id, "does not link to the event before it"))
        if row_hash(row) != row.hash:
            problems.append(ChainProblem(row.id, "content was changed after it was written"))
        prev_hash = row.hash
        expected_id = row.id + 1
        last_id = row.id
    head = session.get(AuditHead, 1)
    head_id, head_hash = (head.last_id, head.last_hash) if head else (0, GENESIS)
    if head_id != last_id or head_hash != prev_hash:
        problems.append(
            ChainProblem(
                last_id + 1 if head_id > last_id else head_id,
                f"chain ends at event {last_id} but the recorded head is event {head_id}",
            )
        )
    return problems


def events(
    session: Session,
    *,
    case_ref: str | None = None,
    entity_type: str | None = None,
    entity_id: str | None = None,
    newest_first: bool = False,
    offset: int = 0,
    limit: int | None = None,
) -> list[AuditRecord]:
    q = select(AuditEvent).order_by(AuditEvent.id.desc() if newest_first else AuditEvent.id)
    if case_ref is not None:
        q = q.where(AuditEvent.case_ref == case_ref)
    if entity_type is not None:
        q = q.where(AuditEvent.entity_type == entity_type)
    if entity_id is not None:
        q = q.where(AuditEvent.entity_id == entity_id)
    if offset:
        q = q.offset(offset)
    if limit is not None:
        q = q.limit(limit)
    return [_record(r) for r in session.execute(q).scalars()]


# The append-only protection of migration 0005: trigger name -> the table it guards.
SQLITE_TRIGGERS = (
    "trg_audit_events_no_update",
    "trg_audit_events_no_delete",
    "trg_audit_head_forward",
    "trg_audit_head_no_delete",
    "trg_audit_checkpoints_no_update",
    "trg_audit_checkpoints_no_delete",
)
PG_TRIGGERS = (
    "trg_audit_events_append_only",
    "trg_audit_events_no_truncate",
    "trg_audit_head_forward",
    "trg_audit_head_no_truncate",
    "trg_audit_checkpoints_append_only",
    "trg_audit_checkpoints_no_truncate",
)


def protection_problems(session: Session) -> list[str]:
    """The append-only triggers that are missing or switched off (someone with a database
    tool removed them: every edit since then is possible)."""
    from sqlalchemy import text

    dialect = session.get_bind().dialect.name
    if dialect == "sqlite":
        rows = session.execute(text("SELECT name FROM sqlite_master WHERE type = 'trigger'")).scalars()
        present = {str(r) for r in rows}
        wanted: tuple[str, ...] = SQLITE_TRIGGERS
    elif dialect == "postgresql":
        rows = session.execute(
            text("SELECT tgname FROM pg_trigger WHERE NOT tgisinternal AND tgenabled <> 'D'")
        ).scalars()
        present = {str(r) for r in rows}
        wanted = PG_TRIGGERS
    else:
        return []
    return [
        f"the database's append-only protection {name} was removed or switched off"
        for name in wanted
        if name not in present
    ]


def head(session: Session) -> tuple[int, str]:
    """(last id, last hash) of the chain as the head row records it."""
    row = session.get(AuditHead, 1)
    return (int(row.last_id), str(row.last_hash)) if row is not None else (0, GENESIS)


CHECKPOINT_FORMAT = "exemptio-audit-checkpoint/1"


def checkpoint_content(chain: str, last_id: int, last_hash: str, made_at: str) -> str:
    """The statement a checkpoint signs (plain text, so ``openssl cms -verify`` can check it)."""
    return (
        f"{CHECKPOINT_FORMAT}\nchain {chain}\nlast_id {last_id}\nlast_hash {last_hash}\nmade_at {made_at}\n"
    )


def latest_checkpoint(session: Session) -> AuditCheckpoint | None:
    return session.execute(
        select(AuditCheckpoint).order_by(AuditCheckpoint.id.desc()).limit(1)
    ).scalar_one_or_none()


def chain_id(session: Session) -> str:
    """The installation's chain: the hash of its first event."""
    first = session.execute(select(AuditEvent.hash).where(AuditEvent.id == 1)).scalar_one_or_none()
    return str(first or GENESIS)


def checkpoint_problems(session: Session, check_signature: Any) -> list[ChainProblem]:
    """The chain against its latest signed checkpoint: the event it names must still be there
    with the same hash (a cut tail, even with a rewound head, or a history rewritten with
    recomputed hashes, is reported). ``check_signature(p7s, content) -> (who, problem)``."""
    cp = latest_checkpoint(session)
    if cp is None:
        return []
    who = f"checkpoint {cp.id} of {cp.made_at:%Y-%m-%d %H:%M} signed by {cp.signer}"
    signer, problem = check_signature(bytes(cp.signature), cp.content.encode("utf-8"))
    expected = checkpoint_content(
        chain_id(session), cp.last_id, cp.last_hash, cp.content.rsplit("made_at ", 1)[-1].strip()
    )
    if problem or cp.content != expected:
        return [ChainProblem(cp.last_id, f"{who} does not check: {problem or 'its content was changed'}")]
    row = session.get(AuditEvent, cp.last_id)
    if row is None:
        last = session.execute(select(AuditEvent.id).order_by(AuditEvent.id.desc()).limit(1)).scalar()
        return [
            ChainProblem(
                cp.last_id,
                f"the trail ends at event {last or 0} but {who} recorded event {cp.last_id}: "
                "the newest events were removed",
            )
        ]
    if row.hash != cp.last_hash:
        return [
            ChainProblem(
                cp.last_id,
                f"event {cp.last_id} is not the one {who} recorded: the history was rewritten",
            )
        ]
    return []
