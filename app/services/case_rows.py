"""The case row a use case works on, found by its reference.

A leaf of the services (it imports only the domain errors and db), so every use case
(cases, checklist, evidence, links...) finds its case the same way without importing
the case service, which would close an import cycle (tests/test_architecture.py).
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from app.domain.errors import NotFound
from db.changes import record_change
from db.models import Case
from db.repositories import CaseRepository


def no_such_case(reference: str) -> NotFound:
    return NotFound.of("case.not_found", reference=reference)


def case_row(s: Session, reference: str, *, expected_version: int | None = None) -> Case:
    """The case ``reference`` (surrounding blanks ignored), NotFound otherwise; with
    ``expected_version``, EditConflict naming who changed it since (optimistic lock)."""
    case = CaseRepository(s).row_by_ref(reference.strip())
    if case is None:
        raise no_such_case(reference)
    if expected_version is not None and case.version != expected_version:
        from db.conflicts import version_conflict

        # Conflict naming who changed it (last audit event), with a reload hint.
        raise version_conflict(s, f"Case {case.reference}", case.reference, case.version, expected_version)
    return case


def change_outcome(s: Session, case: Case, label: str, *, actor: str, action: str) -> None:
    """Set the case's outcome label and write the audit event ``action`` with the label
    before and after (no label: ``None``)."""
    before = {"outcome": case.outcome_label or None}
    case.outcome_label = label
    record_change(s, actor=actor, action=action, case=case, before=before, after={"outcome": label or None})
