"""Workspace services: demo data, dashboard aggregates, list sorting/filters."""

from __future__ import annotations

import datetime as dt

import pytest

from app.domain.errors import BadInput
from app.services import audit as audit_service
from app.services import cases, dashboard, demo


def test_demo_covers_every_state_deadline_and_outcome(ctx) -> None:  # type: ignore[no-untyped-def]
    refs = demo.seed(ctx)
    assert 18 <= len(refs) <= 25
    rows = cases.list_cases(ctx)
    assert {r.status for r in rows} == {"draft", "intake", "assessment", "review", "decided", "closed"}
    assert {r.outcome_label for r in rows if r.outcome_label} >= set(cases.OUTCOME_LABELS)  # every outcome
    assert cases.count_cases(ctx, cases.CaseFilter(overdue=True)) >= 2
    assert cases.count_cases(ctx, cases.CaseFilter(due_within_days=7)) >= 2
    assert cases.count_cases(ctx, cases.CaseFilter(clock_stopped=True)) >= 2
    assert all("fictional" in (r.title + r.provider + r.notes).lower() for r in rows)
    assert all("Fictional" in r.provider for r in rows)
    # reopened and sent-back cases carry their reasons in the audit trail
    reasons = [
        e.after.get("reason")
        for ref in refs
        for e in audit_service.case_events(ctx, ref)
        if e.action == "case.transition" and isinstance(e.after, dict)
    ]
    assert any(r and "changed the licence" in r for r in reasons)
    # outcomes come from real checklist answers through the decision engine
    exempt = next(r for r in rows if r.outcome_label == "partially_exempt")
    actions = {e.action for e in audit_service.case_events(ctx, exempt.reference)}
    assert {"checklist.answered", "checklist.outcome"} <= actions
    count, problems = audit_service.verify(ctx)
    assert problems == [] and count > len(refs)
    with pytest.raises(BadInput, match="already there"):
        demo.seed(ctx)
    assert cases.count_cases(ctx) == len(refs)


def test_dashboard_aggregates(ctx) -> None:  # type: ignore[no-untyped-def]
    demo.seed(ctx)
    d = dashboard.dashboard(ctx)
    rows = cases.list_cases(ctx)
    assert d.total == len(rows)
    for status in ("draft", "intake", "assessment", "review", "decided", "closed"):
        assert d.by_status[status] == sum(1 for r in rows if r.status == status)
    assert d.overdue == sum(1 for r in rows if cases.is_overdue(r))
    assert d.overdue == cases.count_cases(ctx, cases.CaseFilter(overdue=True))
    assert d.due_this_week == cases.count_cases(ctx, cases.CaseFilter(due_within_days=7))
    assert len(d.outcomes_by_month) == 12
    decided = sum(sum(v.values()) for v in d.outcomes_by_month.values())
    assert decided == sum(1 for r in rows if r.status in ("decided", "closed"))
    assert len([m for m, v in d.outcomes_by_month.items() if v]) >= 4  # spread over months


def test_demo_cli(cli) -> None:  # type: ignore[no-untyped-def]
    r = cli("demo", "--json", "--officer", "Test Officer")
    assert r.rc == 0, r.err
    assert r.json()["count"] >= 18
    again = cli("demo", "--officer", "Test Officer")
    assert again.rc == 2 and "already there" in again.err


def test_sort_keys_and_bad_sort(ctx) -> None:  # type: ignore[no-untyped-def]
    from app.services import roles

    for name in ("ŚMISZEK Ewa", "ADAMS Zoe"):
        roles.set_officer(ctx, name, "officer")
    for title, officer in (("b", "ŚMISZEK Ewa"), ("a", "ADAMS Zoe"), ("c", None)):
        cases.create_case(ctx, cases.NewCase(title=title, provider="P", subject="S", officer=officer))
    names = [r.assigned_officer for r in cases.list_cases(ctx, sort="assigned", descending=False)]
    assert names[-2:] == ["ADAMS Zoe", "ŚMISZEK Ewa"]
    with pytest.raises(BadInput, match="Cannot sort"):
        cases.list_cases(ctx, sort="nonsense")


def test_set_outcome_label_is_audited_and_checked(ctx) -> None:  # type: ignore[no-untyped-def]
    rec = cases.create_case(ctx, cases.NewCase(title="t", provider="p", subject="s"))
    cases.set_outcome_label(ctx, rec.reference, "not_exempt")
    assert cases.get_case(ctx, rec.reference).outcome_label == "not_exempt"
    with pytest.raises(BadInput, match="Unknown outcome"):
        cases.set_outcome_label(ctx, rec.reference, "maybe")
    events = [e.action for e in audit_service.case_events(ctx, rec.reference)]
    assert events.count("case.outcome") == 1


def test_clock_stopped_case_is_not_due_this_week(ctx) -> None:  # type: ignore[no-untyped-def]
    soon = dt.date.today() + dt.timedelta(days=3)
    rec = cases.create_case(ctx, cases.NewCase(title="t", provider="p", subject="s", due_date=soon))
    assert cases.count_cases(ctx, cases.CaseFilter(due_within_days=7)) == 1
    cases.stop_clock(ctx, rec.reference, reason="waiting")
    assert cases.count_cases(ctx, cases.CaseFilter(due_within_days=7)) == 0
    assert cases.count_cases(ctx, cases.CaseFilter(clock_stopped=True)) == 1


def test_search_words_may_match_different_texts_of_a_case(ctx) -> None:  # type: ignore[no-untyped-def]
    from db import search
    from db.uow import unit_of_work

    rec = cases.create_case(
        ctx, cases.NewCase(title="Bielik claim", provider="ŚMISZEK Labs", subject="Bielik")
    )
    other = cases.create_case(ctx, cases.NewCase(title="Other", provider="P", subject="S"))
    with unit_of_work(ctx.engine) as s:  # text evidence of the case (as the evidence service indexes it)
        search.index(s, rec.id, "evidence:1", "LICENSE: use is gated by a discretionary approval")
    assert [r.reference for r in cases.list_cases(ctx, cases.CaseFilter(search="smiszek gated"))] == [
        rec.reference
    ]
    assert cases.list_cases(ctx, cases.CaseFilter(search="smiszek nonexistentword")) == []
    assert cases.list_cases(ctx, cases.CaseFilter(search="nonexistentword smiszek")) == []  # any order
    assert cases.count_cases(ctx, cases.CaseFilter(search='"gated" -')) == 1
    assert other.reference not in {
        r.reference for r in cases.list_cases(ctx, cases.CaseFilter(search="bielik"))
    }


def test_workspace_queries_on_each_backend(db_url: str, home) -> None:  # type: ignore[no-untyped-def]
    """Demo data, dashboard aggregates, search and the change marker on SQLite and PostgreSQL."""
    from app.services.context import open_context

    ctx = open_context(db=db_url, officer="Test Officer")
    try:
        before = cases.change_marker(ctx)
        refs = demo.seed(ctx)
        assert cases.change_marker(ctx) > before
        d = dashboard.dashboard(ctx)
        assert d.total == len(refs) and d.overdue >= 2
        assert sum(sum(v.values()) for v in d.outcomes_by_month.values()) >= 8
        found = cases.list_cases(ctx, cases.CaseFilter(search="smiszek"))
        assert found and all(r.assigned_officer == "ŚMISZEK Ewa" for r in found)
        two = cases.list_cases(ctx, cases.CaseFilter(search="fictional licence"))
        from app.services import evidence

        # the words are in the case's own texts or in its (fictional) licence evidence
        assert two and all(
            "licen" in (r.title + r.notes).lower() or evidence.list_evidence(ctx, r.reference) for r in two
        )
        assert cases.list_cases(ctx, cases.CaseFilter(search="licence nonexistentword")) == []
        by_officer = cases.list_cases(ctx, sort="assigned", descending=False, limit=5)
        assert len(by_officer) == 5
    finally:
        ctx.close()
