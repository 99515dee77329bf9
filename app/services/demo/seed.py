"""Seeding the demo: every case through the case services (audited like real work), then the
dates moved into the past in one audited step; the officers, evidence and letters too."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from app.domain.errors import BadInput
from app.domain.lifecycle import Status
from app.services import cases, roles
from app.services.context import AppContext
from app.services.demo.answers import ANSWERS
from app.services.demo.catalogue import CASES, DEMO_ACTOR, LIFECYCLE_PATH, OFFICERS, DemoCase
from db.changes import record_change
from db.models import AuditEvent, Case
from db.repositories import OfficerRepository
from db.uow import unit_of_work


def _reason(step: Status) -> str:
    """A decision without a letter needs a recorded reason."""
    if step == Status.DECIDED:
        return "Fictional: decision recorded for the demo (no letter issued)."
    return ""


def _record_outcome(ctx: AppContext, ref: str, outcome: str) -> None:
    """Answer the checklist so that the engine decides ``outcome``; without the
    checklist service, record the label directly."""
    try:
        from app.services import checklist
    except ImportError:
        cases.set_outcome_label(ctx, ref, outcome, actor=DEMO_ACTOR)
        return
    checklist.save_answers(
        ctx,
        ref,
        ANSWERS[outcome],
        checklist_id=checklist.DEFAULT_CHECKLIST,
        version=checklist.latest_version(ctx=ctx),
        actor=DEMO_ACTOR,
    )
    got = cases.get_case(ctx, ref).outcome_label
    if got != outcome:  # the checklist changed under the demo: keep the demo coherent
        cases.set_outcome_label(ctx, ref, outcome, actor=DEMO_ACTOR)


def _demo_refs(s: Session) -> Select[str]:
    """References of the cases the demo opened (by the audit trail, not by name:
    a real provider may well be called "Fictional ...")."""
    return select(AuditEvent.case_ref).where(
        AuditEvent.action == "case.created", AuditEvent.actor == DEMO_ACTOR
    )


def has_demo_data(ctx: AppContext) -> int:
    """How many cases the demo opened on this database."""
    with unit_of_work(ctx.engine, readonly=True) as s:
        return int(
            s.execute(
                select(func.count()).select_from(Case).where(Case.reference.in_(_demo_refs(s)))
            ).scalar_one()
        )


def real_cases(ctx: AppContext) -> int:
    """How many cases on this database the demo did not open."""
    with unit_of_work(ctx.engine, readonly=True) as s:
        return int(
            s.execute(
                select(func.count()).select_from(Case).where(Case.reference.not_in(_demo_refs(s)))
            ).scalar_one()
        )


def _record_officers(ctx: AppContext, actor: str) -> None:
    """The fictional officers the demo assigns cases to (recorded once, audited)."""
    with unit_of_work(ctx.engine) as s:
        repo = OfficerRepository(s)
        from app.services.demo.letters import DEMO_REVIEWER

        added = [name for name in (*OFFICERS, DEMO_REVIEWER) if repo.by_name(name) is None]
        for name in added:
            repo.get_or_create(name).role = "reviewer" if name == DEMO_REVIEWER else "officer"
        if added:
            record_change(
                s,
                actor=DEMO_ACTOR,
                action="officer.added",
                entity=("officer", "demo"),
                after={"officers": added, "reviewer": DEMO_REVIEWER, "requested_by": actor},
            )
    from app.services.demo.grants import grant_reviewer
    from app.services.demo.letters import demo_key

    grant_reviewer(ctx, DEMO_REVIEWER, demo_key(ctx).parent)  # single-user: signed grants


def seed(ctx: AppContext, *, today: dt.date | None = None) -> list[str]:
    """Create the demo cases; returns their references. Only a writer (not an
    auditor) may seed, and only a database without real cases: the demo never
    mixes fictional cases into real work. Refuses when the demo data is already
    there (nothing is added twice)."""
    who = ctx.require_officer()
    roles.require(ctx, "case.create", actor=who)
    existing = has_demo_data(ctx)
    if existing:
        raise BadInput(f"The demo data is already there ({existing} fictional cases); nothing was added.")
    real = real_cases(ctx)
    if real:
        raise BadInput(
            f"This database holds {real} real case{'s' if real != 1 else ''}: the demo goes only into a "
            "database without real cases. Try it on its own database, e.g. --db demo.db; nothing was added."
        )
    _record_officers(ctx, who)
    today = today or dt.datetime.now(dt.UTC).date()
    refs: list[str] = []
    backdates: list[tuple[str, DemoCase]] = []
    for d in CASES:
        rec = cases.create_case(
            ctx,
            cases.NewCase(
                title=d.title,
                provider=d.provider,
                subject=d.subject,
                subject_kind=d.kind,
                subject_version=d.version,
                officer=d.officer,
                notes=d.notes,
                due_date=today + dt.timedelta(days=d.due_in_days),
            ),
            actor=DEMO_ACTOR,
        )
        ref = rec.reference
        if d.outcome:
            _record_outcome(ctx, ref, d.outcome)
        steps = LIFECYCLE_PATH[d.status]
        if d.letter == "issued":  # issuing the letter records the decision
            steps = steps[: steps.index(Status.REVIEW) + 1]
        for step in steps:
            cases.transition(ctx, ref, step.value, actor=DEMO_ACTOR, reason=_reason(step))
        if d.sent_back:
            cases.transition(ctx, ref, Status.REVIEW.value, actor=DEMO_ACTOR)
            cases.transition(
                ctx,
                ref,
                Status.ASSESSMENT.value,
                actor=DEMO_ACTOR,
                reason="Fictional: the M4 restriction analysis is missing.",
            )
        if d.reopened:
            for step in (Status.REVIEW, Status.DECIDED):
                cases.transition(ctx, ref, step.value, actor=DEMO_ACTOR, reason=_reason(step))
            cases.transition(
                ctx,
                ref,
                Status.ASSESSMENT.value,
                actor=DEMO_ACTOR,
                reason="Fictional: the provider changed the licence after the decision.",
            )
        if d.officer and d.officer != OFFICERS[0] and d.created_days_ago > 100:
            # Some history: first assigned to someone else, then reassigned.
            cases.assign(ctx, ref, OFFICERS[0], actor=DEMO_ACTOR, reason="Fictional: first assignment")
            cases.assign(ctx, ref, d.officer, actor=DEMO_ACTOR, reason="Fictional: workload balancing")
        if d.clock_stopped_days_ago is not None:
            cases.stop_clock(ctx, ref, actor=DEMO_ACTOR, reason="Fictional: waiting for the provider's reply")
        refs.append(ref)
        backdates.append((ref, d))
    from app.services.demo.evidence import add as add_evidence
    from app.services.demo.letters import add as add_letters

    add_evidence(ctx, refs, DEMO_ACTOR)
    by_letter = {d.letter: ref for ref, d in zip(refs, CASES, strict=True) if d.letter}
    add_letters(ctx, issued=by_letter["issued"], approved=by_letter["approved"], drafted=by_letter["drafted"])
    _backdate(ctx, backdates, today)
    return refs


def _backdate(ctx: AppContext, items: list[tuple[str, DemoCase]], today: dt.date) -> None:
    """Move creation, decision and clock-stop times into the past (audited)."""
    noon = dt.time(12, 0, tzinfo=dt.UTC)
    with unit_of_work(ctx.engine) as s:
        changed = []
        for ref, d in items:
            case = s.execute(select(Case).where(Case.reference == ref)).scalar_one()
            created = dt.datetime.combine(today - dt.timedelta(days=d.created_days_ago), noon)
            case.created_at = created
            if case.decided_at is not None:
                span = max(min(60, d.created_days_ago - 5), 1)
                case.decided_at = created + dt.timedelta(days=span)
            if d.clock_stopped_days_ago is not None:
                case.clock_stopped_at = dt.datetime.combine(
                    today - dt.timedelta(days=d.clock_stopped_days_ago), noon
                )
            changed.append(ref)
        record_change(
            s,
            actor=DEMO_ACTOR,
            action="demo.backdated",
            entity=("demo", "demo"),
            after={"cases": changed, "note": "Fictional demo data: dates moved into the past."},
        )
