"""Case use cases: open, list, show, move through the lifecycle, assign, clock."""

from __future__ import annotations

import datetime as dt
import difflib
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from app.domain import deadlines, decision, lifecycle
from app.domain.errors import BadInput, NotAllowed
from app.domain.references import format_reference
from app.domain.text import check_text, name_key, normalise_name
from app.services import case_filter, case_list, roles
from app.services.case_rows import case_row, change_outcome, no_such_case
from app.services.context import AppContext
from db.case_index import reindex_case as reindex_case  # re-exported: it lived here
from db.changes import record_change
from db.models import Case, CaseAssignment, Officer, Subject
from db.records import CaseRecord
from db.repositories import CaseRepository, OfficerRepository
from db.uow import unit_of_work

# The filter values (no SQLAlchemy; the GUI imports them at start-up) and the
# SQL list, re-exported so callers keep using ``cases.CaseFilter``,
# ``cases.list_cases`` etc.
CLOSED_STATES = case_filter.CLOSED_STATES
DEFAULT_DEADLINE_DAYS = case_filter.DEFAULT_DEADLINE_DAYS
SUBJECT_KINDS = case_filter.SUBJECT_KINDS
CaseFilter = case_filter.CaseFilter
_today = case_filter._today
days_remaining = case_filter.days_remaining
is_overdue = case_filter.is_overdue
search_terms_or_hint = case_filter.search_terms_or_hint
EMPTY_SEARCH_HINT = case_filter.EMPTY_SEARCH_HINT
SORT_COLUMNS = case_list.SORT_COLUMNS
build_query = case_list.build_query
list_cases = case_list.list_cases
count_cases = case_list.count_cases
officers = case_list.officers
sha256_query = case_list.sha256_query


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


# Field limits, in characters, matching the columns (db/models.py), so a text that
# SQLite would take is never one PostgreSQL refuses later (issue 19).
TITLE_MAX = 500
PROVIDER_MAX = 300
SUBJECT_MAX = 300
SUBJECT_VERSION_MAX = 100
OFFICER_NAME_MAX = 200
NOTES_MAX = 20_000  # a Text column: a limit that keeps a case's notes readable
REASON_MAX = 2_000


def check_reason(reason: str) -> str:
    """A reason given for a change (move, assignment, clock): bounded, no control
    or bidi characters."""
    return check_text("Reason", reason, max_length=REASON_MAX, allow_newlines=True)


def _acting(ctx: AppContext, actor: str | None) -> str:
    """The acting officer of a write: ``actor``, else the context's officer; an
    empty name is refused (no anonymous writes)."""
    if actor is not None and actor.strip():
        return normalise_name(actor)
    return normalise_name(ctx.require_officer())


def _editor(ctx: AppContext, actor: str | None, reason: str = "") -> str:
    """The acting officer of a change to a case (the reason checked); in team mode
    one whose role may edit cases (auditors are read-only)."""
    who = _acting(ctx, actor)
    check_reason(reason)
    roles.require(ctx, "case.edit", actor=who)
    return who


_WORKING_ROLES = roles.allowed_roles("case.edit")


def resolve_assignee(ctx: AppContext, s: Session, name: str, *, actor: str) -> Officer:
    """The recorded officer a case may be assigned to, matched by name as people
    read it (case, spacing and Unicode forms ignored).

    A name nobody recorded is refused with the closest recorded names (a misspelt
    name never creates an officer), except the acting officer's own name, which
    is recorded on first use (assigning a case to oneself). An officer whose role
    cannot work cases (an auditor) is refused."""
    check_text("Officer", name, max_length=OFFICER_NAME_MAX)
    wanted = name_key(name)
    rows = OfficerRepository(s).rows()
    match = next((o for o in rows if _key(o.name) == wanted), None)
    if match is None:
        if wanted != name_key(actor):
            raise _unknown_officer(normalise_name(name), [o.name for o in rows])
        match = OfficerRepository(s).get_or_create(normalise_name(name))
    role = roles.role_of(ctx, s, actor=match.name)
    if role not in _WORKING_ROLES:
        label = roles.ROLE_LABELS.get(role, role)
        article = "an" if label[0] in "aeiou" else "a"
        raise NotAllowed.of(f"case.assignee_role_{article}", name=match.name, role=label)
    return match


def _key(name: str) -> str:
    try:
        return name_key(name)
    except BadInput:  # a stored name from before names were checked
        return name.casefold()


def _unknown_officer(name: str, recorded: list[str]) -> BadInput:
    lower = {n.casefold(): n for n in recorded}
    close = [lower[c] for c in difflib.get_close_matches(name.casefold(), list(lower), n=3, cutoff=0.6)]
    if close:
        return BadInput.of("officer.unknown_close", name=name, close=" or ".join(repr(c) for c in close[:3]))
    return BadInput.of("officer.unknown", name=name)


_NAMED = ("reference", "title", "status", "provider")
# subject_version is replayed by archive import (issue 16)
_SNAPSHOT = (*_NAMED, "subject", "subject_version", "subject_kind", "assigned_officer", "notes")


def case_snapshot(rec: CaseRecord) -> dict[str, Any]:
    """The case as its case.created event records it."""
    return {k: getattr(rec, k) for k in _SNAPSHOT} | {
        "due_date": rec.due_date.isoformat() if rec.due_date else None
    }


def case_to_json(rec: CaseRecord) -> dict[str, Any]:
    return {k: getattr(rec, k) for k in _NAMED} | {
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


def create_case(ctx: AppContext, new: NewCase, *, actor: str | None = None) -> CaseRecord:
    title, provider, subject = new.title.strip(), new.provider.strip(), new.subject.strip()
    check_text("Title", title, max_length=TITLE_MAX)
    check_text("Provider", provider, max_length=PROVIDER_MAX)
    check_text("Subject", subject, max_length=SUBJECT_MAX)
    check_text("Subject version", new.subject_version, max_length=SUBJECT_VERSION_MAX)
    check_text("Notes", new.notes, max_length=NOTES_MAX, allow_newlines=True)
    if not title:
        raise BadInput.of("case.title_empty")
    if not provider:
        raise BadInput.of("case.provider_empty")
    if not subject:
        raise BadInput.of("case.subject_empty")
    if new.subject_kind not in SUBJECT_KINDS:
        raise BadInput.of("case.bad_subject_kind", kinds=", ".join(SUBJECT_KINDS))
    who = _acting(ctx, actor)
    roles.require(ctx, "case.create", actor=who)  # team mode: auditors are read-only
    from app.services import checklist

    checklist_id = checklist.DEFAULT_CHECKLIST
    checklist_version = checklist.latest_version(checklist_id, ctx=ctx)
    with unit_of_work(ctx.engine) as s:
        repo = CaseRepository(s)
        prov = repo.provider_get_or_create(provider)
        subj = Subject(provider_id=prov.id, name=subject, version=new.subject_version, kind=new.subject_kind)
        s.add(subj)
        s.flush()
        now = dt.datetime.now(dt.UTC)
        year = now.year
        seq = repo.next_sequence(year)
        assigned = resolve_assignee(ctx, s, new.officer, actor=who) if new.officer else None
        case = Case(
            reference=format_reference(year, seq),
            title=title,
            status=lifecycle.Status.DRAFT.value,
            provider_id=prov.id,
            subject_id=subj.id,
            assigned_officer_id=assigned.id if assigned else None,
            notes=new.notes,
            due_date=new.due_date or deadlines.default_due_date(now.date()),
            checklist_id=checklist_id,
            checklist_version=checklist_version,  # the newest version shipped (issue 18)
            created_at=now,
            updated_at=now,
        )
        s.add(case)
        s.flush()
        if assigned:
            s.add(CaseAssignment(case_id=case.id, officer_id=assigned.id, assigned_by=who))
        rec = repo.require_record(case.reference)
        record_change(s, actor=who, action="case.created", case=case, after=case_snapshot(rec), reindex=True)
        return rec


def get_case(ctx: AppContext, reference: str) -> CaseRecord:
    with unit_of_work(ctx.engine, readonly=True) as s:
        rec = CaseRepository(s).record_by_ref(reference.strip())
    if rec is None:
        raise no_such_case(reference)
    return rec


def transition(
    ctx: AppContext,
    reference: str,
    target: str,
    *,
    reason: str = "",
    actor: str | None = None,
    expected_version: int | None = None,
) -> CaseRecord:
    who = _editor(ctx, actor, reason)
    basis: dict[str, Any] = {}
    if target == lifecycle.Status.DECIDED.value:  # a determination: outcome + issued letter or reason
        from app.services.letters.decision import decision_basis

        with unit_of_work(ctx.engine, readonly=True) as s:
            status = case_row(s, reference, expected_version=expected_version).status
        if lifecycle.Status(status) == lifecycle.Status.REVIEW:  # other moves are refused below
            basis = decision_basis(ctx, reference.strip(), reason)
    with unit_of_work(ctx.engine) as s:
        case = case_row(s, reference, expected_version=expected_version)
        try:
            t = lifecycle.check_transition(case.status, target, reason)
        except ValueError as err:
            raise NotAllowed(str(err)) from err
        before = case.status
        case.status = t.target.value
        if t.target == lifecycle.Status.DECIDED:
            case.decided_at = dt.datetime.now(dt.UTC)
        after = {"status": case.status, "reason": reason, **basis}
        record_change(
            s, actor=who, action="case.transition", case=case, before={"status": before}, after=after
        )
        return CaseRepository(s).require_record(reference)


def assign(
    ctx: AppContext,
    reference: str,
    officer: str | None,
    *,
    reason: str = "",
    actor: str | None = None,
    expected_version: int | None = None,
) -> CaseRecord:
    who = _editor(ctx, actor, reason)
    with unit_of_work(ctx.engine) as s:
        case = case_row(s, reference, expected_version=expected_version)
        old = s.get(Officer, case.assigned_officer_id) if case.assigned_officer_id else None
        new = resolve_assignee(ctx, s, officer, actor=who) if officer and officer.strip() else None
        case.assigned_officer_id = new.id if new else None
        s.add(
            CaseAssignment(
                case_id=case.id, officer_id=new.id if new else None, assigned_by=who, reason=reason
            )
        )
        record_change(
            s,
            actor=who,
            action="case.assigned",
            case=case,
            before={"assigned_officer": old.name if old else None},
            after={"assigned_officer": new.name if new else None, "reason": reason},
            reindex=True,
        )
        return CaseRepository(s).require_record(reference)


def assignment_history(ctx: AppContext, reference: str) -> list[dict[str, Any]]:
    with unit_of_work(ctx.engine, readonly=True) as s:
        case = case_row(s, reference)
        return CaseRepository(s).assignments(case.id)


def stop_clock(ctx: AppContext, reference: str, *, reason: str = "", actor: str | None = None) -> CaseRecord:
    """Stop the deadline clock (e.g. waiting for the provider's reply)."""
    who = _editor(ctx, actor, reason)
    with unit_of_work(ctx.engine) as s:
        case = case_row(s, reference)
        if case.clock_stopped_at is not None:
            raise NotAllowed.of("case.clock_already_stopped", reference=reference)
        case.clock_stopped_at = dt.datetime.now(dt.UTC)
        after = {"reason": reason, "due_date": str(case.due_date)}
        record_change(s, actor=who, action="case.clock_stopped", case=case, after=after)
        return CaseRepository(s).require_record(reference)


def resume_clock(
    ctx: AppContext, reference: str, *, actor: str | None = None, now: dt.datetime | None = None
) -> CaseRecord:
    """Resume the clock; the due date moves by the whole days it was stopped."""
    who = _editor(ctx, actor)
    with unit_of_work(ctx.engine) as s:
        case = case_row(s, reference)
        if case.clock_stopped_at is None:
            raise NotAllowed.of("case.clock_running", reference=reference)
        before_due = case.due_date
        case.due_date, paused_days = deadlines.resumed_due_date(
            case.due_date, case.clock_stopped_at, now or dt.datetime.now(dt.UTC)
        )
        case.clock_stopped_at = None
        record_change(
            s,
            actor=who,
            action="case.clock_resumed",
            case=case,
            before={"due_date": str(before_due)},
            after={"due_date": str(case.due_date), "paused_days": paused_days},
        )
        return CaseRepository(s).require_record(reference)


def update_case(
    ctx: AppContext,
    reference: str,
    *,
    actor: str | None = None,
    expected_version: int | None = None,
    reason: str = "",
    **changes: Any,
) -> CaseRecord:
    """Change title, notes or due date (audited, optimistic lock).

    A due-date change needs a ``reason``: it is kept in the audit event with the
    old and the new date."""
    allowed = {"title", "notes", "due_date"}
    unknown = set(changes) - allowed
    if unknown:
        raise BadInput.of("case.cannot_change", fields=", ".join(sorted(unknown)))
    reason = check_reason(str(reason or "").strip())
    if "due_date" in changes and not reason:
        raise BadInput.of("case.due_date_reason")
    who = _editor(ctx, actor)
    with unit_of_work(ctx.engine) as s:
        case = case_row(s, reference, expected_version=expected_version)
        before = {k: str(getattr(case, k)) for k in changes}
        if "title" in changes:
            changes["title"] = check_text("Title", str(changes["title"]).strip(), max_length=TITLE_MAX)
            if not changes["title"]:
                raise BadInput.of("case.title_empty")
        if "notes" in changes:
            check_text("Notes", str(changes["notes"]), max_length=NOTES_MAX, allow_newlines=True)
        if "due_date" in changes and not isinstance(changes["due_date"], dt.date | None):
            raise BadInput.of("case.due_date_not_date")
        for k, v in changes.items():
            setattr(case, k, v)
        after = {k: str(v) for k, v in changes.items()} | ({"reason": reason} if reason else {})
        record_change(
            s, actor=who, action="case.updated", case=case, before=before, after=after, reindex=True
        )
        return CaseRepository(s).require_record(reference)


# Outcome labels of the checklist (see the checklist spec): the decision engine's, track M then S.
OUTCOME_LABELS = tuple(decision.OUTCOME_LABELS)


def set_outcome_label(ctx: AppContext, reference: str, label: str, *, actor: str | None = None) -> CaseRecord:
    """Record the case's outcome label (audited). The checklist service computes
    outcomes from answers; this is for data without answers (demo, imports)."""
    if label and label not in OUTCOME_LABELS:
        raise BadInput.of("case.unknown_outcome", label=label, labels=", ".join(OUTCOME_LABELS))
    who = _editor(ctx, actor)
    with unit_of_work(ctx.engine) as s:
        change_outcome(s, case_row(s, reference), label, actor=who, action="case.outcome")
        return CaseRepository(s).require_record(reference)


def change_marker(ctx: AppContext) -> int:
    """A number that grows with every change anyone saves (the last audit event's
    id): the window polls it to notice colleagues' work (team mode)."""
    from db.audit import head

    with unit_of_work(ctx.engine, readonly=True) as s:
        return head(s)[0]
