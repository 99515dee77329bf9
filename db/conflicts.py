"""Optimistic locking: turn a lost race into a Conflict that says who changed
what (the last audit event on the record's case) and offers a reload.

Cases, checklist answers and letters carry a ``version`` column
(SQLAlchemy ``version_id_col``): an UPDATE matches only the version that was
read, so a save made on stale data never overwrites someone else's change.
Two ways to lose the race, one message:

* a service is given the version the officer opened (``expected_version``)
  and finds another one: ``version_conflict(...)``;
* the UPDATE itself matches no row (SQLAlchemy ``StaleDataError``):
  ``db.uow.unit_of_work`` calls ``stale_conflict(...)``.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine, event, select
from sqlalchemy.orm import Session

from db.errors import DatabaseBusy, DatabaseUnreachable
from db.errors import EditConflict as EditConflict  # defined in db.errors, re-exported where it always was
from db.models import AuditEvent, Case


@dataclass(frozen=True)
class StaleTarget:
    table: str
    label: str
    case_ref: str


_TABLE_LABELS = {"cases": "Case", "checklist_answers": "An answer in case", "letters": "A letter of case"}


def _when(ts: str) -> str:
    try:
        return dt.datetime.fromisoformat(ts).astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M:%S UTC")
    except ValueError:
        return ts


def last_change(session: Session, case_ref: str, entity_id: str | None = None) -> AuditEvent | None:
    """The latest audit event on the record (or, failing that, on its case)."""
    q = select(AuditEvent).where(AuditEvent.case_ref == case_ref)
    if entity_id is not None:
        row = session.execute(
            q.where(AuditEvent.entity_id == entity_id).order_by(AuditEvent.id.desc()).limit(1)
        ).scalar_one_or_none()
        if row is not None:
            return row
    return session.execute(q.order_by(AuditEvent.id.desc()).limit(1)).scalar_one_or_none()


def _build(what: str, case_ref: str, event: AuditEvent | None, detail: str = "") -> EditConflict:
    their: Any = None
    if event is not None:
        who, action, when = event.actor, event.action, _when(event.ts)
        try:
            their = json.loads(event.after_json or "null")
        except ValueError:
            their = None
        msg = (
            f"{what} was changed by someone else after you opened it{detail}: "
            f"{who} ({action}, {when}). Your change was not saved; "
            "reload to see their change, then try again."
        )
    else:
        who = action = when = ""
        msg = (
            f"{what} was changed by someone else after you opened it{detail}; "
            "your change was not saved. Reload and try again."
        )
    err = EditConflict(
        msg,
        case_ref=case_ref,
        entity=what,
        changed_by=who,
        action=action,
        changed_at=when,
        their_change=their,
        msg_id="record.changed_by" if event is not None else "record.changed",
    )
    err.params["detail"] = detail
    return err


def version_conflict(
    session: Session,
    what: str,
    case_ref: str,
    current: int,
    expected: int,
    entity_id: str | None = None,
) -> EditConflict:
    """For a service that found ``current`` where the officer had ``expected``."""
    return _build(
        what, case_ref, last_change(session, case_ref, entity_id), f" (version {current}, you had {expected})"
    )


def changed_conflict(
    session: Session, what: str, case_ref: str, detail: str = "", entity_id: str | None = None
) -> EditConflict:
    """For a service that found the record in another state than the officer's screen
    showed (``detail`` says how, e.g. " (you saw no answer)"); names the last change."""
    return _build(what, case_ref, last_change(session, case_ref, entity_id), detail)


_INFO_KEY = "exemptio_versioned_flush"


@event.listens_for(Session, "before_flush")
def _remember_versioned(session: Session, _ctx: Any, _instances: Any) -> None:
    # A failed flush forgets what it was writing, so note the versioned records first.
    out: list[StaleTarget] = []
    for obj in [*session.dirty, *session.deleted]:
        table = getattr(obj, "__tablename__", "")
        if table not in _TABLE_LABELS:
            continue
        ref = obj.reference if isinstance(obj, Case) else ""
        case_id: Any = getattr(obj, "case_id", None)
        out.append(StaleTarget(table, _TABLE_LABELS[table], ref or f"#{case_id}"))
    session.info[_INFO_KEY] = out


def stale_targets(session: Session) -> list[StaleTarget]:
    """Versioned records the failed flush was writing (call before the rollback)."""
    return list(session.info.get(_INFO_KEY, []))


def stale_conflict(engine: Engine, targets: list[StaleTarget]) -> EditConflict:
    """Describe a StaleDataError (after the failed session was rolled back)."""
    if not targets:
        return EditConflict(
            "The record was changed by someone else while you were editing; "
            "your change was not saved. Reload and try again."
        )
    t = targets[0]
    # A read-only session (deferred transaction, rolled back), as unit_of_work(readonly=True) opens.
    with Session(bind=engine.execution_options(sqlite_begin="DEFERRED")) as s:
        ref = t.case_ref
        if ref.startswith("#"):
            try:
                found = s.execute(select(Case.reference).where(Case.id == int(ref[1:]))).scalar()
            except ValueError:
                found = None
            ref = found or ""
        what = f"{t.label} {ref}".strip()
        return _build(what, ref, last_change(s, ref) if ref else None)


def server_unreachable(engine: Engine, err: Exception) -> DatabaseUnreachable:
    """The team database server went away during an operation."""
    url = engine.url
    where = f"{url.host or 'localhost'}:{url.port or 5432}/{url.database or ''}"
    detail = str(getattr(err, "orig", err)).strip().splitlines()
    reason = detail[0] if detail else type(err).__name__
    return DatabaseUnreachable(
        f"Cannot reach the team database {where} ({reason}). Nothing of this change was saved; "
        "try again when the server is back, or keep working on a local database (--db or EXEMPTIO_DB).",
        msg_id="db.unreachable",
        where=where,
        reason=reason,
    )


def is_disconnect(err: Exception) -> bool:
    """True when ``err`` means the server cannot be reached (not a SQL error)."""
    if getattr(err, "connection_invalidated", False):
        return True
    orig = getattr(err, "orig", None)
    state = getattr(orig, "sqlstate", None)
    text = str(orig if orig is not None else err)
    if "FATAL:" in text and "shutting down" not in text and "starting up" not in text:
        return False  # the server answered: a wrong login or database name, not an outage
    # No SQLSTATE: the client could not talk to the server at all; class 08:
    # connection exception; 57P01-3: the server is shutting down or starting.
    return state is None or str(state).startswith("08") or state in ("57P01", "57P02", "57P03")


def is_lock_timeout(err: Exception) -> bool:
    """PostgreSQL gave up waiting for a lock (lock_timeout, SQLSTATE 55P03)."""
    return getattr(getattr(err, "orig", None), "sqlstate", None) == "55P03"


def server_busy() -> DatabaseBusy:
    return DatabaseBusy(
        "The team database is busy: another change has held it for over 30 seconds. "
        "Nothing of this change was saved; try again in a moment.",
        msg_id="db.busy",
    )


def is_serialization_failure(err: Exception) -> bool:
    """A snapshot transaction tried to change a row changed since (SQLSTATE 40001)."""
    return getattr(getattr(err, "orig", None), "sqlstate", None) == "40001"
