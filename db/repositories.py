"""Repositories: queries that return plain records."""

from __future__ import annotations

from typing import Any, TypeVar

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session, aliased

from db.models import Case, CaseAssignment, CaseSequence, Officer, Provider, Subject
from db.records import CaseRecord, OfficerRecord, as_utc, copied

CaseQuery = Select[Case, str, Subject, str]
AnySelect = Select[*tuple[Any, ...]]


_Named = TypeVar("_Named", Officer, Provider)


def _named(s: Session, model: type[_Named], name: str) -> _Named:
    """The row of ``model`` with this unique name, made (and flushed) when there is none."""
    row = s.execute(select(model).where(model.name == name)).scalar_one_or_none()
    if row is None:
        row = model(name=name)
        s.add(row)
        s.flush()
    return row


def officer_record(o: Officer) -> OfficerRecord:
    return OfficerRecord(
        id=o.id, name=o.name, unit=o.unit, email=o.email, role=o.role, db_login=o.db_login or ""
    )


class OfficerRepository:
    def __init__(self, session: Session) -> None:
        self.s = session

    def get_or_create(self, name: str) -> Officer:
        return _named(self.s, Officer, name)

    def by_name(self, name: str) -> Officer | None:
        return self.s.execute(select(Officer).where(Officer.name == name)).scalar_one_or_none()

    def rows(self) -> list[Officer]:
        return list(self.s.execute(select(Officer)).scalars())

    def all(self) -> list[OfficerRecord]:
        rows = self.s.execute(select(Officer).order_by(Officer.name)).scalars()
        return [officer_record(o) for o in rows]


class CaseRepository:
    def __init__(self, session: Session) -> None:
        self.s = session

    # -- references ---------------------------------------------------------
    def next_sequence(self, year: int) -> int:
        row = self.s.execute(
            select(CaseSequence).where(CaseSequence.year == year).with_for_update()
        ).scalar_one_or_none()
        if row is None:
            row = CaseSequence(year=year, last_seq=0)
            self.s.add(row)
        row.last_seq += 1
        self.s.flush()
        return row.last_seq

    # -- reads ----------------------------------------------------------------
    @staticmethod
    def base_query() -> CaseQuery:
        off = aliased(Officer)
        return (
            select(Case, Provider.name, Subject, off.name)
            .join(Provider, Case.provider_id == Provider.id)
            .join(Subject, Case.subject_id == Subject.id)
            .outerjoin(off, Case.assigned_officer_id == off.id)
        )

    @staticmethod
    def to_record(row: Any) -> CaseRecord:
        case, provider_name, subject, officer_name = row
        return copied(
            CaseRecord,
            case,
            provider=provider_name,
            subject=subject.name,
            subject_id=subject.id,
            subject_kind=subject.kind,
            subject_version=subject.version,
            assigned_officer=officer_name,
            clock_stopped_at=as_utc(case.clock_stopped_at),
            created_at=as_utc(case.created_at) or case.created_at,
            updated_at=as_utc(case.updated_at) or case.updated_at,
        )

    def row_by_ref(self, reference: str) -> Case | None:
        return self.s.execute(select(Case).where(Case.reference == reference)).scalar_one_or_none()

    def record_by_ref(self, reference: str) -> CaseRecord | None:
        row = self.s.execute(self.base_query().where(Case.reference == reference)).first()
        return self.to_record(row) if row else None

    def require_record(self, reference: str) -> CaseRecord:
        """The record of a case this unit of work holds (it was just loaded or written)."""
        rec = self.record_by_ref(reference)
        if rec is None:
            raise LookupError(f"case {reference} vanished inside its own unit of work")
        return rec

    def assignments(self, case_id: int) -> list[dict[str, Any]]:
        """The case's assignment history, oldest first: officer (None = unassigned), by, reason, at."""
        rows = self.s.execute(
            select(CaseAssignment, Officer.name)
            .outerjoin(Officer, CaseAssignment.officer_id == Officer.id)
            .where(CaseAssignment.case_id == case_id)
            .order_by(CaseAssignment.id)
        )
        return [
            {"officer": name, "by": a.assigned_by, "reason": a.reason, "at": a.assigned_at.isoformat()}
            for a, name in rows
        ]

    def records(self, query: AnySelect) -> list[CaseRecord]:
        return [self.to_record(r) for r in self.s.execute(query)]

    def count(self, query: AnySelect) -> int:
        return int(self.s.execute(select(func.count()).select_from(query.subquery())).scalar_one())

    def provider_get_or_create(self, name: str) -> Provider:
        return _named(self.s, Provider, name)
