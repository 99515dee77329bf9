"""One audited change: flush, rebuild the case's search row when asked, append the audit event.

Every service that changes rows ends its unit of work with :func:`record_change`, so
the three steps that must happen together (the rows reach the database, the case's
full-text row follows its searchable fields, the hash-chained event records who did
what) are written once instead of by hand in each use case.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from db import audit
from db.case_index import reindex_case
from db.models import Case
from db.records import AuditRecord


def record_change(
    session: Session,
    *,
    actor: str,
    action: str,
    case: Case | None = None,
    entity: tuple[str, str | int] | None = None,
    case_ref: str | None = None,
    before: Any = None,
    after: Any = None,
    reindex: bool = False,
) -> AuditRecord:
    """Flush the session, reindex ``case`` when ``reindex``, and append one audit event.

    The event is about ``entity`` (type, id), by default the case itself; its case
    reference is ``case_ref``, by default the case's (empty when there is no case)."""
    session.flush()
    if reindex:
        if case is None:
            raise ValueError("record_change(reindex=True) needs the case")
        reindex_case(session, case)
    if entity is None:
        if case is None:
            raise ValueError("record_change needs the case or the entity the event is about")
        entity = ("case", case.reference)
    if case_ref is None:
        case_ref = case.reference if case is not None else ""
    return audit.append(
        session,
        actor=actor,
        action=action,
        entity_type=entity[0],
        entity_id=entity[1],
        case_ref=case_ref,
        before=before,
        after=after,
    )
