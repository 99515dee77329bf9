"""A case's own full-text row (reference, title, provider, subject, version, notes, assigned
officer), rebuilt after any of them changes. Persistence only, so every service that changes
one of those fields (cases, evidence subjects, archive import) uses it without importing the
case service (which would close an import cycle: tests/test_architecture.py)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from db import search
from db.models import Case, Officer, Provider, Subject


def reindex_case(session: Session, case: Case) -> None:
    provider = session.get(Provider, case.provider_id)
    subject = session.get(Subject, case.subject_id)
    officer = session.get(Officer, case.assigned_officer_id) if case.assigned_officer_id else None
    body = " ".join(
        [
            officer.name if officer else "",
            case.reference,
            case.title,
            provider.name if provider else "",
            subject.name if subject else "",
            subject.version if subject else "",
            case.notes,
        ]
    )
    search.index(session, case.id, "case", body)
