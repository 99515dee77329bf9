"""What a letter freezes in its case (light module: no PDF libraries imported).

While a letter of a case is approved (waiting to be signed) or issued, the
checklist answers it rests on must not change: the approval binds to the draft's
hash, and an issued letter is the record of the decision. ``letters_lock_reason``
says why the answers are frozen, or ``None``. An issued letter stops freezing the
answers once the case has been reopened (moved back to assessment with a reason)
after it was issued; the next letter then supersedes it.
"""

from __future__ import annotations

import json

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import AuditEvent, Case, Letter

APPROVED, ISSUED = "approved", "issued"


def _last_event_id(s: Session, case_ref: str, action: str) -> list[tuple[int, str, str]]:
    rows = s.execute(
        select(AuditEvent.id, AuditEvent.before_json, AuditEvent.after_json)
        .where(AuditEvent.case_ref == case_ref, AuditEvent.action == action)
        .order_by(AuditEvent.id.desc())
    ).all()
    return [(int(r[0]), str(r[1]), str(r[2])) for r in rows]


def _reopened_after(s: Session, case_ref: str, letter_id: int) -> bool:
    issued = [
        eid
        for eid, _b, after in _last_event_id(s, case_ref, "letter.issued")
        if (json.loads(after or "null") or {}).get("id") == letter_id
    ]
    if not issued:
        return False
    for eid, before, after in _last_event_id(s, case_ref, "case.transition"):
        if eid <= issued[0]:
            break
        b = json.loads(before or "null") or {}
        a = json.loads(after or "null") or {}
        if b.get("status") in ("decided", "closed", "review") and a.get("status") == "assessment":
            return True
    return False


def letters_lock_reason(session: Session, case_id: int) -> str | None:
    """Why the case's checklist answers may not change now (one plain line), or None."""
    case = session.get(Case, case_id)
    if case is None:
        return None
    rows = session.execute(
        select(Letter.id, Letter.state)
        .where(Letter.case_id == case_id, Letter.state.in_((APPROVED, ISSUED)))
        .order_by(Letter.id.desc())
    ).all()
    for letter_id, state in rows:
        if state == APPROVED:
            return (
                f"Letter {letter_id} of case {case.reference} is approved and waiting to be signed: "
                "its answers are frozen. Issue it, or draft a new letter (which replaces it) first."
            )
        if not _reopened_after(session, case.reference, int(letter_id)):
            return (
                f"Letter {letter_id} of case {case.reference} has been issued: its answers are frozen. "
                f"Reopen the case (exemptio case move {case.reference} assessment --reason ...) first."
            )
    return None
