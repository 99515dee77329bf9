"""Case use cases: open, list, show, move through the lifecycle, assign, clock."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from sqlalchemy import Integer, Select, and_, column, func, select, text
from sqlalchemy.orm import Session, aliased

from app.domain import lifecycle
from app.domain.errors import BadInput, NotAllowed, NotFound
from app.domain.references import format_reference
from app.services import case_read, roles
from app.services.context import AppContext
from db import audit, fastread, search
from db.models import Case, CaseAssignment, Officer, Provider, Subject
from db.records import CaseRecord
from db.repositories import CaseRepository, OfficerRepository
from db.uow import unit_of_work

# The light half of this module (no SQLAlchemy; the GUI imports it at start-up),
# re-exported so callers keep using ``cases.CaseFilter`` etc.
CLOSED_STATES = case_read.CLOSED_STATES
DEFAULT_DEADLINE_DAYS = case_read.DEFAULT_DEADLINE_DAYS
SUBJECT_KINDS = case_read.SUBJECT_KINDS
CaseFilter = case_read.CaseFilter
_today = case_read._today
days_remaining = case_read.days_remaining
is_overdue = case_read.is_overdue
search_terms_or_hint = case_read.search_terms_or_hint


@dataclass(frozen=True)
class NewCase:
    title: str
    provider: str
    subject: str
    subject_kind: str = "model"
    subject_version: str = ""
    officer: str | None = None  # assigned officer
    notes: str = ""
    due_date: dt.date | None = None


def case_snapshot(rec: CaseRecord) -> dict[str, Any]:
    return {
        "reference": rec.reference,
        "title": rec.title,
        "status": rec.status,
        "provider": rec.provider,
        "subject": rec.subject,
        "subject_kind": rec.subject_kind,
        "assigned_officer": rec.assigned_officer,
        "due_date": rec.due_date.isoformat() if rec.due_date else None,
    }


def case_to_json(rec: CaseRecord) -> dict[str, Any]:
    return {
        "reference": rec.reference,
        "title": rec.title,
        "status": rec.status,
        "provider": rec.provider,
        "subject": {"name": rec.subject, "version": rec.subject_version, "kind": rec.subject_kind},
        "assigned_officer": rec.assigned_officer,
        "notes": rec.notes,
        "due_date": rec.due_date.isoformat() if rec.due_date else None,
        "clock_stopped": rec.clock_stopped_at is not None,
        "days_remaining": days_remaining(rec),
        "checklist": {"id": rec.checklist_id, "version": rec.checklist_version},
        "outcome": rec.outcome_label or None,
        "created_at": rec.created_at.isoformat(),
        "updated_at": rec.updated_at.isoformat(),
    }


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


def create_case(ctx: AppContext, new: NewCase, *, actor: str | None = None) -> CaseRecord:
    title, provider, subject = new.title.strip(), new.provider.strip(), new.subject.strip()
    if not title:
        raise BadInput("The case title is empty: give the case a title.")
    if not provider:
        raise BadInput("The provider is empty: name the provider the case is about.")
    if not subject:
        raise BadInput("The subject is empty: name the AI model or system.")
    if new.subject_kind not in SUBJECT_KINDS:
        raise BadInput(f"Subject kind must be one of {', '.join(SUBJECT_KINDS)}.")
    who = actor or ctx.officer or (new.officer or "") or "unknown officer"
    roles.require(ctx, "case.create", actor=who)  # team mode: auditors are read-only
    with unit_of_work(ctx.engine) as s:
        repo = CaseRepository(s)
        officers = OfficerRepository(s)
        prov = repo.provider_get_or_create(provider)
        subj = Subject(provider_id=prov.id, name=subject, version=new.subject_version, kind=new.subject_kind)
        s.add(subj)
        s.flush()
        now = dt.datetime.now(dt.UTC)
        year = now.year
        seq = repo.next_sequence(year)
        assigned = officers.get_or_create(new.officer.strip()) if new.officer else None
        case = Case(
            reference=format_reference(year, seq),
            title=title,
            status=lifecycle.Status.DRAFT.value,
            provider_id=prov.id,
            subject_id=subj.id,
            assigned_officer_id=assigned.id if assigned else None,
            notes=new.notes,
            due_date=new.due_date or (now.date() + dt.timedelta(days=DEFAULT_DEADLINE_DAYS)),
            created_at=now,
            updated_at=now,
        )
        s.add(case)
        s.flush()
        if assigned:
            s.add(CaseAssignment(case_id=case.id, officer_id=assigned.id, assigned_by=who))
        reindex_case(s, case)
        rec = repo.record_by_ref(case.reference)
        assert rec is not None
        audit.append(
            s,
            actor=who,
            action="case.created",
            entity_type="case",
            entity_id=case.reference,
            case_ref=case.reference,
            after=case_snapshot(rec),
        )
        return rec


def get_case(ctx: AppContext, reference: str) -> CaseRecord:
    with unit_of_work(ctx.engine, readonly=True) as s:
        rec = CaseRepository(s).record_by_ref(reference.strip())
    if rec is None:
        raise NotFound(f"No case with reference '{reference}'.")
    return rec


_Assignee = aliased(Officer, name="assignee")

SORT_COLUMNS: dict[str, Any] = {
    "reference": Case.id,
    "title": Case.title,
    "status": Case.status,
    "provider": Provider.name,
    "subject": Subject.name,
    "assigned": _Assignee.name,
    "due_date": Case.due_date,
    "updated_at": Case.updated_at,
    "outcome": Case.outcome_label,
}

# Plain columns (no ORM entities): building records from tuples is several
# times faster than loading Case/Subject objects, which matters for the list.
_LIST_COLUMNS = (
    Case.id,
    Case.reference,
    Case.title,
    Case.status,
    Provider.name,
    Case.provider_id,
    Subject.name,
    Subject.id,
    Subject.kind,
    Subject.version,
    _Assignee.name,
    Case.notes,
    Case.due_date,
    Case.clock_stopped_at,
    Case.checklist_id,
    Case.checklist_version,
    Case.outcome_label,
    Case.origin,
    Case.created_at,
    Case.updated_at,
    Case.version,
)


def _utc(value: dt.datetime | None) -> dt.datetime | None:
    if value is not None and value.tzinfo is None:
        return value.replace(tzinfo=dt.UTC)
    return value


def _record(row: Any) -> CaseRecord:
    r = list(row)
    r[13] = _utc(r[13])
    r[18] = _utc(r[18])
    r[19] = _utc(r[19])
    return fastread.case_record(r)


def build_query(
    s: Session | str,
    f: CaseFilter,
    sort: str = "reference",
    descending: bool = True,
    *,
    today: dt.date | None = None,
) -> Select[Any]:
    """The list query: filters, full-text search and sorting all in SQL.
    ``s``: a session, or the database's dialect name."""
    q: Any = (
        select(*_LIST_COLUMNS)
        .join(Provider, Case.provider_id == Provider.id)
        .join(Subject, Case.subject_id == Subject.id)
        .outerjoin(_Assignee, Case.assigned_officer_id == _Assignee.id)
    )
    if f.status:
        try:
            lifecycle.Status(f.status)
        except ValueError as err:
            allowed = ", ".join(x.value for x in lifecycle.Status)
            raise BadInput(f"Unknown status '{f.status}'. Use one of: {allowed}.") from err
        q = q.where(Case.status == f.status)
    if f.assigned is not None:
        if f.assigned == "":
            q = q.where(Case.assigned_officer_id.is_(None))
        else:
            q = q.where(_Assignee.name == f.assigned)
    today = today or _today()
    if f.overdue:
        q = q.where(
            and_(Case.due_date < today, Case.status.not_in(CLOSED_STATES), Case.clock_stopped_at.is_(None))
        )
    if f.due_within_days is not None:
        q = q.where(
            and_(
                Case.due_date >= today,
                Case.due_date <= today + dt.timedelta(days=f.due_within_days),
                Case.status.not_in(CLOSED_STATES),
                Case.clock_stopped_at.is_(None),
            )
        )
    if f.clock_stopped:
        q = q.where(Case.clock_stopped_at.is_not(None))
    if f.outcome:
        q = q.where(Case.outcome_label == f.outcome)
    # Every word must match somewhere in the case's texts: its own fields or any of
    # its text evidence (each is a separate row of the index), so one clause per word,
    # and the case ids of the words intersected first (a few ids, then looked up by id,
    # rather than every case scanned and probed against each word's ids).
    parts: list[str] = []
    bound: dict[str, str] = {}
    for i, word in enumerate(dict.fromkeys(search.tokens(f.search))):
        clause = search.match_clause(s, word)
        if clause is not None:
            sql, params = clause
            for name in params:  # one bind name per word, or the clauses would share a value
                sql = re.sub(rf":{name}\b", f":{name}_w{i}", sql)
            bound.update({f"{name}_w{i}": value for name, value in params.items()})
            parts.append(sql)
    if parts:
        ids = text(" INTERSECT ".join(parts)).bindparams(**bound).columns(column("case_id", Integer))
        q = q.where(Case.id.in_(ids))
    if sort not in SORT_COLUMNS:
        raise BadInput(f"Cannot sort by '{sort}'. Use one of: {', '.join(SORT_COLUMNS)}.")
    col = SORT_COLUMNS[sort]
    q = q.order_by(col.desc() if descending else col.asc(), Case.id.desc())
    return q


def list_cases(
    ctx: AppContext,
    f: CaseFilter | None = None,
    *,
    sort: str = "reference",
    descending: bool = True,
    offset: int = 0,
    limit: int | None = None,
) -> list[CaseRecord]:
    engine = ctx.engine
    q = _list_statement(engine.dialect.name, f or CaseFilter(), sort, descending, offset, limit, _today())
    # Core execution and one fetchall: plain rows, no ORM result machinery, no
    # per-row fetchone. On SQLite one SELECT is its own read transaction (one
    # snapshot): no session and no BEGIN round trip.
    if engine.dialect.name == "sqlite":
        with engine.connect() as conn:
            rows = conn.execution_options(sqlite_begin="NONE").execute(q).all()
    else:
        with unit_of_work(engine, readonly=True) as s:
            rows = s.connection().execute(q).all()
    return [_record(r) for r in rows]


@lru_cache(maxsize=64)
def _list_statement(
    dialect: str, f: CaseFilter, sort: str, descending: bool, offset: int, limit: int | None, today: dt.date
) -> Select[Any]:
    """The list statement, built once per filter, sort, page and day (statements
    are immutable; building one costs more than running a first page)."""
    q = build_query(dialect, f, sort, descending, today=today)
    if offset:
        q = q.offset(offset)
    if limit is not None:
        q = q.limit(limit)
    return q


def count_cases(ctx: AppContext, f: CaseFilter | None = None) -> int:
    with unit_of_work(ctx.engine, readonly=True) as s:
        q = build_query(s, f or CaseFilter()).order_by(None)
        return int(s.execute(select(func.count()).select_from(q.subquery())).scalar_one())


def _load_for_update(s: Session, reference: str, expected_version: int | None) -> Case:
    from db.conflicts import version_conflict

    case = CaseRepository(s).row_by_ref(reference)
    if case is None:
        raise NotFound(f"No case with reference '{reference}'.")
    if expected_version is not None and case.version != expected_version:
        # Conflict naming who changed it (last audit event), with a reload hint.
        raise version_conflict(s, f"Case {reference}", reference, case.version, expected_version)
    return case


def transition(
    ctx: AppContext,
    reference: str,
    target: str,
    *,
    reason: str = "",
    actor: str | None = None,
    expected_version: int | None = None,
) -> CaseRecord:
    who = actor or ctx.require_officer()
    roles.require(ctx, "case.edit", actor=who)  # team mode: auditors are read-only
    basis: dict[str, Any] = {}
    if target == lifecycle.Status.DECIDED.value:  # a determination: outcome + issued letter or reason
        from app.services.letters.decision import decision_basis

        with unit_of_work(ctx.engine, readonly=True) as s:
            status = _load_for_update(s, reference, expected_version).status
        if lifecycle.Status(status) == lifecycle.Status.REVIEW:  # other moves are refused below
            basis = decision_basis(ctx, reference.strip(), reason)
    with unit_of_work(ctx.engine) as s:
        case = _load_for_update(s, reference, expected_version)
        try:
            t = lifecycle.check_transition(case.status, target, reason)
        except ValueError as err:
            raise NotAllowed(str(err)) from err
        before = case.status
        case.status = t.target.value
        if t.target == lifecycle.Status.DECIDED:
            case.decided_at = dt.datetime.now(dt.UTC)
        s.flush()
        audit.append(
            s,
            actor=who,
            action="case.transition",
            entity_type="case",
            entity_id=reference,
            case_ref=reference,
            before={"status": before},
            after={"status": case.status, "reason": reason, **basis},
        )
        rec = CaseRepository(s).record_by_ref(reference)
        assert rec is not None
        return rec


def assign(
    ctx: AppContext,
    reference: str,
    officer: str | None,
    *,
    reason: str = "",
    actor: str | None = None,
    expected_version: int | None = None,
) -> CaseRecord:
    who = actor or ctx.require_officer()
    roles.require(ctx, "case.edit", actor=who)  # team mode: auditors are read-only
    with unit_of_work(ctx.engine) as s:
        case = _load_for_update(s, reference, expected_version)
        old = s.get(Officer, case.assigned_officer_id) if case.assigned_officer_id else None
        new = OfficerRepository(s).get_or_create(officer.strip()) if officer else None
        case.assigned_officer_id = new.id if new else None
        s.add(
            CaseAssignment(
                case_id=case.id, officer_id=new.id if new else None, assigned_by=who, reason=reason
            )
        )
        s.flush()
        reindex_case(s, case)
        audit.append(
            s,
            actor=who,
            action="case.assigned",
            entity_type="case",
            entity_id=reference,
            case_ref=reference,
            before={"assigned_officer": old.name if old else None},
            after={"assigned_officer": new.name if new else None, "reason": reason},
        )
        rec = CaseRepository(s).record_by_ref(reference)
        assert rec is not None
        return rec


def assignment_history(ctx: AppContext, reference: str) -> list[dict[str, Any]]:
    with unit_of_work(ctx.engine, readonly=True) as s:
        case = _load_for_update(s, reference, None)
        rows = (
            s.query(CaseAssignment, Officer.name)
            .outerjoin(Officer, CaseAssignment.officer_id == Officer.id)
            .filter(CaseAssignment.case_id == case.id)
            .order_by(CaseAssignment.id)
            .all()
        )
        return [
            {"officer": name, "by": a.assigned_by, "reason": a.reason, "at": a.assigned_at.isoformat()}
            for a, name in rows
        ]


def stop_clock(ctx: AppContext, reference: str, *, reason: str = "", actor: str | None = None) -> CaseRecord:
    """Stop the deadline clock (e.g. waiting for the provider's reply)."""
    who = actor or ctx.require_officer()
    roles.require(ctx, "case.edit", actor=who)  # team mode: auditors are read-only
    with unit_of_work(ctx.engine) as s:
        case = _load_for_update(s, reference, None)
        if case.clock_stopped_at is not None:
            raise NotAllowed(f"The clock of {reference} is already stopped.")
        case.clock_stopped_at = dt.datetime.now(dt.UTC)
        s.flush()
        audit.append(
            s,
            actor=who,
            action="case.clock_stopped",
            entity_type="case",
            entity_id=reference,
            case_ref=reference,
            after={"reason": reason, "due_date": str(case.due_date)},
        )
        rec = CaseRepository(s).record_by_ref(reference)
        assert rec is not None
        return rec


def resume_clock(
    ctx: AppContext, reference: str, *, actor: str | None = None, now: dt.datetime | None = None
) -> CaseRecord:
    """Resume the clock; the due date moves by the whole days it was stopped."""
    who = actor or ctx.require_officer()
    roles.require(ctx, "case.edit", actor=who)  # team mode: auditors are read-only
    with unit_of_work(ctx.engine) as s:
        case = _load_for_update(s, reference, None)
        if case.clock_stopped_at is None:
            raise NotAllowed(f"The clock of {reference} is running; there is nothing to resume.")
        stopped = case.clock_stopped_at
        if stopped.tzinfo is None:
            stopped = stopped.replace(tzinfo=dt.UTC)
        paused_days = ((now or dt.datetime.now(dt.UTC)).date() - stopped.date()).days
        before_due = case.due_date
        if case.due_date is not None:
            case.due_date = case.due_date + dt.timedelta(days=paused_days)
        case.clock_stopped_at = None
        s.flush()
        audit.append(
            s,
            actor=who,
            action="case.clock_resumed",
            entity_type="case",
            entity_id=reference,
            case_ref=reference,
            before={"due_date": str(before_due)},
            after={"due_date": str(case.due_date), "paused_days": paused_days},
        )
        rec = CaseRepository(s).record_by_ref(reference)
        assert rec is not None
        return rec


def update_case(
    ctx: AppContext,
    reference: str,
    *,
    actor: str | None = None,
    expected_version: int | None = None,
    **changes: Any,
) -> CaseRecord:
    """Change title, notes or due date (audited, optimistic lock)."""
    allowed = {"title", "notes", "due_date"}
    unknown = set(changes) - allowed
    if unknown:
        raise BadInput(f"Cannot change {', '.join(sorted(unknown))} here.")
    who = actor or ctx.require_officer()
    roles.require(ctx, "case.edit", actor=who)  # team mode: auditors are read-only
    with unit_of_work(ctx.engine) as s:
        case = _load_for_update(s, reference, expected_version)
        before = {k: str(getattr(case, k)) for k in changes}
        if "title" in changes and not str(changes["title"]).strip():
            raise BadInput("The case title is empty: give the case a title.")
        for k, v in changes.items():
            setattr(case, k, v)
        s.flush()
        reindex_case(s, case)
        audit.append(
            s,
            actor=who,
            action="case.updated",
            entity_type="case",
            entity_id=reference,
            case_ref=reference,
            before=before,
            after={k: str(v) for k, v in changes.items()},
        )
        rec = CaseRepository(s).record_by_ref(reference)
        assert rec is not None
        return rec


def officers(ctx: AppContext) -> list[str]:
    with unit_of_work(ctx.engine, readonly=True) as s:
        return [o.name for o in OfficerRepository(s).all()]


# Outcome labels of the checklist (see the checklist spec): track M, then track S.
OUTCOME_LABELS = (
    "partially_exempt",
    "not_exempt",
    "not_exempt_systemic_risk",
    "not_gpai",
    "undetermined",
    "excluded_art_2_12",
    "act_applies",
    "not_excluded_high_risk",
    "art5_applies",
    "art50_applies",
)


def set_outcome_label(ctx: AppContext, reference: str, label: str, *, actor: str | None = None) -> CaseRecord:
    """Record the case's outcome label (audited). The checklist service computes
    outcomes from answers; this is for data without answers (demo, imports)."""
    if label and label not in OUTCOME_LABELS:
        raise BadInput(f"Unknown outcome '{label}'. Use one of: {', '.join(OUTCOME_LABELS)}.")
    who = actor or ctx.require_officer()
    roles.require(ctx, "case.edit", actor=who)  # team mode: auditors are read-only
    with unit_of_work(ctx.engine) as s:
        case = _load_for_update(s, reference, None)
        before = case.outcome_label
        case.outcome_label = label
        s.flush()
        audit.append(
            s,
            actor=who,
            action="case.outcome",
            entity_type="case",
            entity_id=reference,
            case_ref=reference,
            before={"outcome": before or None},
            after={"outcome": label or None},
        )
        rec = CaseRepository(s).record_by_ref(reference)
        assert rec is not None
        return rec


def change_marker(ctx: AppContext) -> int:
    """A number that grows with every change anyone saves (the last audit event's
    id): the window polls it to notice colleagues' work (team mode)."""
    from db.models import AuditHead

    with unit_of_work(ctx.engine, readonly=True) as s:
        value = s.execute(select(AuditHead.last_id).where(AuditHead.id == 1)).scalar_one_or_none()
    return int(value or 0)
