"""qtmodeltester on every model of the workspace area, plus the palette."""

from __future__ import annotations

from typing import Any

from app.services import audit as audit_service
from app.services import cases, demo
from app.ui.models.case_table import CaseTableModel, OverdueRole, RecordRole
from app.ui.models.timeline import AssignmentModel, TimelineFilter, TimelineModel
from app.ui.palette import Entry, PaletteModel, score
from app.ui.qt import QAction, Qt


def test_case_table_model(ctx, qtbot, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    from app.ui.tasks import TaskRunner

    demo.seed(ctx)
    runner = TaskRunner(None)
    model = CaseTableModel(ctx, runner)
    model.PAGE = 7
    qtmodeltester.check(model)  # empty
    model.reload()
    assert runner.wait_idle()
    # (the C++ tester attached by check() may fetch a page on its own)
    assert model.rowCount() in (7, 14) and model.canFetchMore()
    qtmodeltester.check(model)
    assert runner.wait_idle()
    while model.canFetchMore():
        model.fetchMore()
        assert runner.wait_idle()
    assert model.rowCount() == cases.count_cases(ctx) == 21
    assert len({r.id for r in model.records()}) == 21
    qtmodeltester.check(model)
    rec = model.index(0, 0).data(RecordRole)
    assert rec.reference == model.index(0, 0).data()
    assert any(model.index(r, 0).data(OverdueRole) for r in range(model.rowCount()))
    model.sort(1, Qt.SortOrder.AscendingOrder)
    assert runner.wait_idle()
    qtmodeltester.check(model)
    runner.shutdown()


def test_timeline_and_assignment_models(ctx, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    refs = demo.seed(ctx)
    events = [e for r in refs[:4] for e in audit_service.case_events(ctx, r)]
    tm = TimelineModel()
    qtmodeltester.check(tm)
    tm.set_events(events)
    qtmodeltester.check(tm)
    proxy = TimelineFilter()
    proxy.setSourceModel(tm)
    proxy.set_kind("case")
    qtmodeltester.check(proxy)
    am = AssignmentModel()
    am.set_rows(cases.assignment_history(ctx, refs[2]))
    assert am.rowCount() >= 1
    qtmodeltester.check(am)


def test_palette_model_and_scoring(qtbot, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    a = QAction("Dashboard")
    m = PaletteModel()
    m.set_entries([Entry("action", "Dashboard", "Ctrl+D", a), Entry("case", "AIO-2026-0001 · x", "P", "r")])
    qtmodeltester.check(m)
    assert score("dash", "Dashboard") is not None
    assert score("nc", "New case") is not None  # initials
    assert score("zzz", "New case") is None
    s1, s2 = score("new", "New case"), score("new", "Renew the key")
    assert s1 is not None and s2 is not None and s1 > s2


def test_case_table_display(ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    import datetime as dt

    from app.ui.tasks import TaskRunner

    cases.create_case(
        ctx,
        cases.NewCase(
            title="T",
            provider="P",
            subject="S",
            subject_version="2",
            due_date=dt.date.today() + dt.timedelta(days=9),
        ),
    )
    runner = TaskRunner(None)
    model = CaseTableModel(ctx, runner)
    model.reload()
    assert runner.wait_idle()
    row: dict[str, Any] = {
        model.headerData(c, Qt.Orientation.Horizontal): model.index(0, c).data()
        for c in range(model.columnCount())
    }
    assert row["Subject"] == "S 2"
    assert row["Status"] == "Draft"
    assert row["Assigned to"] == "Unassigned"
    assert row["Days left"] == "9"
    runner.shutdown()


def test_timeline_describes_custody_signatures_and_answers(ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    from app.ui.models.timeline import KindRole

    rec = cases.create_case(ctx, cases.NewCase(title="t", provider="p", subject="s"))
    ref = rec.reference
    audit_service.record(
        ctx,
        action="evidence.received",
        entity_type="evidence",
        entity_id="7",
        case_ref=ref,
        after={"name": "LICENSE", "sha256": "ab" * 32},
    )
    audit_service.record(
        ctx,
        action="checklist.answered",
        entity_type="checklist_answer",
        entity_id=f"{ref}:M2",
        case_ref=ref,
        after={"value": "no", "evidence": []},
    )
    audit_service.record(
        ctx,
        action="letter.issued",
        entity_type="letter",
        entity_id="3",
        case_ref=ref,
        after={
            "state": "issued",
            "signer": "NÍ BHRIAIN Aoife",
            "signature_level": "B-LT",
            "current_sha256": "cd" * 32,
        },
    )
    tm = TimelineModel()
    tm.set_events(audit_service.case_events(ctx, ref))
    rows = {
        tm.index(r, 2).data(): (tm.index(r, 0).data(KindRole), tm.index(r, 3).data())
        for r in range(tm.rowCount())
    }
    assert rows["Evidence received"] == ("custody", "LICENSE · SHA-256 abababababab…")
    assert rows["Checklist answer"] == ("checklist", "M2: no")
    kind, text = rows["Letter signed and issued"]
    assert kind == "signature"
    assert "signed by NÍ BHRIAIN Aoife" in text and "B-LT" in text
    assert rows["Case opened"][0] == "case"
