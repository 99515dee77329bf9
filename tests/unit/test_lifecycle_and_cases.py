"""Lifecycle state machine and the case service (assignment, clock, conflicts)."""

from __future__ import annotations

import datetime as dt

import pytest

from app.domain import lifecycle
from app.domain.errors import BadInput, Conflict, NotAllowed, NotFound
from app.domain.lifecycle import Status
from app.services import audit as audit_service
from app.services import cases


def test_only_listed_transitions_are_allowed() -> None:
    assert [t.target for t in lifecycle.allowed_transitions("draft")] == [Status.INTAKE]
    assert {t.target for t in lifecycle.allowed_transitions("review")} == {Status.ASSESSMENT, Status.DECIDED}
    for src in Status:
        for tgt in Status:
            listed = any(t.target == tgt for t in lifecycle.allowed_transitions(src))
            if not listed:
                with pytest.raises(ValueError, match="cannot move"):
                    lifecycle.check_transition(src, tgt, reason="x")


def test_reopen_needs_a_reason() -> None:
    with pytest.raises(ValueError, match="needs a reason"):
        lifecycle.check_transition("closed", "assessment")
    assert lifecycle.check_transition("closed", "assessment", "new licence version").name == "Reopen"


def _new(ctx, **kw):  # type: ignore[no-untyped-def]
    return cases.create_case(
        ctx,
        cases.NewCase(
            title=kw.pop("title", "Gemma terms claim"),
            provider="Fictional Provider SA",
            subject="Model X",
            **kw,
        ),
    )


def test_full_lifecycle_is_audited(ctx) -> None:  # type: ignore[no-untyped-def]
    from app.services import checklist as cl

    rec = _new(ctx)
    st = cl.get_state(ctx, rec.reference)  # a decision needs an assessed outcome (and here a reason)
    cl.save_answer(
        ctx, rec.reference, "A1", {"value": "model"}, checklist_id=st.checklist_id, version=st.version
    )
    for target in ["intake", "assessment", "review", "decided", "closed"]:
        rec = cases.transition(ctx, rec.reference, target, reason="no letter" if target == "decided" else "")
    assert rec.status == "closed"
    with pytest.raises(NotAllowed, match="needs a reason"):
        cases.transition(ctx, rec.reference, "assessment")
    rec = cases.transition(ctx, rec.reference, "assessment", reason="licence changed")
    events = audit_service.case_events(ctx, rec.reference)
    assert [e.action for e in events].count("case.transition") == 6
    assert events[-1].after == {"status": "assessment", "reason": "licence changed"}
    assert events[-1].before == {"status": "closed"}


def test_due_date_change_needs_a_reason_kept_in_the_audit_event(db_url, home) -> None:  # type: ignore[no-untyped-def]
    from app.services.context import open_context

    ctx = open_context(db=db_url, officer="Test Officer")
    try:
        rec = _new(ctx)
        new = dt.date(2031, 3, 14)
        for empty in ("", "   \n "):
            with pytest.raises(BadInput, match="Say why the due date changes"):
                cases.update_case(ctx, rec.reference, due_date=new, reason=empty)
        assert cases.get_case(ctx, rec.reference).due_date == rec.due_date  # nothing changed
        out = cases.update_case(ctx, rec.reference, due_date=new, reason="  Provider asked for 30 more days ")
        assert out.due_date == new
        last = [e for e in audit_service.case_events(ctx, rec.reference) if e.action == "case.updated"][-1]
        assert last.before == {"due_date": str(rec.due_date)}
        assert last.after == {"due_date": "2031-03-14", "reason": "Provider asked for 30 more days"}
        cases.update_case(ctx, rec.reference, notes="more")  # title and notes need no reason, as before
    finally:
        ctx.close()


def test_assignment_history(ctx) -> None:  # type: ignore[no-untyped-def]
    from app.services import roles

    for name in ("GREGOROVÁ Markéta", "GONÇALVES Bruno"):
        roles.set_officer(ctx, name, "officer")
    rec = _new(ctx, officer="GREGOROVÁ Markéta")
    rec = cases.assign(ctx, rec.reference, "GONÇALVES Bruno", reason="workload")
    assert rec.assigned_officer == "GONÇALVES Bruno"
    hist = cases.assignment_history(ctx, rec.reference)
    assert [h["officer"] for h in hist] == ["GREGOROVÁ Markéta", "GONÇALVES Bruno"]
    assert hist[1]["reason"] == "workload"
    found = cases.list_cases(ctx, cases.CaseFilter(search="goncalves"))
    assert [c.reference for c in found] == [rec.reference]
    assert cases.list_cases(ctx, cases.CaseFilter(assigned="GONÇALVES Bruno"))[0].id == rec.id


def test_clock_stop_and_resume_moves_the_due_date(ctx) -> None:  # type: ignore[no-untyped-def]
    due = dt.date(2027, 3, 1)
    rec = _new(ctx, due_date=due)
    rec = cases.stop_clock(ctx, rec.reference, reason="waiting for the provider")
    assert rec.clock_stopped_at is not None
    with pytest.raises(NotAllowed, match="already stopped"):
        cases.stop_clock(ctx, rec.reference)
    later = rec.clock_stopped_at + dt.timedelta(days=9)
    rec = cases.resume_clock(ctx, rec.reference, now=later)
    assert rec.clock_stopped_at is None
    assert rec.due_date == due + dt.timedelta(days=9)
    with pytest.raises(NotAllowed, match="running"):
        cases.resume_clock(ctx, rec.reference)
    actions = [e.action for e in audit_service.case_events(ctx, rec.reference)]
    assert actions[-2:] == ["case.clock_stopped", "case.clock_resumed"]


def test_days_remaining_and_overdue_filter(ctx) -> None:  # type: ignore[no-untyped-def]
    today = dt.datetime.now(dt.UTC).date()
    late = _new(ctx, title="late", due_date=today - dt.timedelta(days=3))
    soon = _new(ctx, title="soon", due_date=today + dt.timedelta(days=2))
    _new(ctx, title="far", due_date=today + dt.timedelta(days=40))
    assert cases.days_remaining(late) == -3
    overdue = cases.list_cases(ctx, cases.CaseFilter(overdue=True))
    assert [c.title for c in overdue] == ["late"]
    week = cases.list_cases(ctx, cases.CaseFilter(due_within_days=7))
    assert [c.title for c in week] == ["soon"]
    assert cases.count_cases(ctx) == 3
    assert soon.reference in {c.reference for c in cases.list_cases(ctx, limit=2)}


def test_stale_version_is_a_conflict(ctx) -> None:  # type: ignore[no-untyped-def]
    rec = _new(ctx)
    cases.update_case(ctx, rec.reference, notes="first", expected_version=rec.version)
    with pytest.raises(Conflict, match="changed by someone else"):
        cases.update_case(ctx, rec.reference, notes="second", expected_version=rec.version)
    assert cases.get_case(ctx, rec.reference).notes == "first"


def test_bad_input(ctx) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(BadInput):
        _new(ctx, title="  ")
    with pytest.raises(BadInput):
        cases.create_case(ctx, cases.NewCase(title="t", provider="p", subject="s", subject_kind="robot"))
    with pytest.raises(NotFound):
        cases.get_case(ctx, "AIO-1999-0001")
    with pytest.raises(BadInput, match="Unknown status"):
        cases.list_cases(ctx, cases.CaseFilter(status="pending"))
    assert cases.search_terms_or_hint('"*') is not None
    assert cases.search_terms_or_hint("llama") is None
