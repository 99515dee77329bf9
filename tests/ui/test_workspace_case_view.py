"""Case workspaces: open several, lifecycle, refusals, assignment, the clock, timeline."""

from __future__ import annotations

from typing import Any

from app.domain import lifecycle
from app.services import cases
from app.ui.qt import QDialogButtonBox, QLabel, Qt


def open_ws(window: Any, ref: str) -> Any:
    ws = window.open_case(ref)
    assert window.runner.wait_idle()
    return ws


def test_open_two_cases_as_tabs_and_close_with_ctrl_w(window, make_case, qtbot):  # type: ignore[no-untyped-def]
    a = make_case(title="First case")
    b = make_case(title="Second case")
    window.case_list.refresh()
    assert window.runner.wait_idle()
    ws_a = open_ws(window, a.reference)
    ws_b = open_ws(window, b.reference)
    assert window.tabs.count() == 3
    assert [window.tabs.tabText(i) for i in (1, 2)] == [a.reference, b.reference]
    assert ws_a.overview.title.text() == "First case"
    assert ws_b.overview.title.text() == "Second case"
    assert window.current_workspace() is ws_b
    # opening an open case switches to it instead of duplicating it
    assert window.open_case(a.reference) is ws_a and window.tabs.count() == 3
    assert [ws_a.tabs.tabText(i).replace("&", "") for i in range(5)] == [
        "Overview",
        "Evidence",
        "Checklist",
        "Letters",
        "Timeline",
    ]
    window.actions_by_name["tab_timeline"].trigger()
    assert ws_a.current_tab_key() == "timeline"
    window.actions_by_name["tab_overview"].trigger()
    window.actions_by_name["close_case"].trigger()
    assert window.tabs.count() == 2 and a.reference not in window.workspaces
    window.close_current_tab()
    assert window.tabs.count() == 1
    window.close_current_tab()  # the case list itself never closes
    assert window.tabs.count() == 1


def test_area_tabs_are_built_lazily_or_show_a_placeholder(window, make_case):  # type: ignore[no-untyped-def]
    a = make_case()
    ws = open_ws(window, a.reference)
    for key, lazy in ws.area_tabs.items():
        assert lazy.inner is None
        ws.show_tab(key)
        assert lazy.inner is not None
        if isinstance(lazy.inner, QLabel):
            assert "not available yet" in lazy.inner.text() or "could not be opened" in lazy.inner.text()
    assert window.runner.wait_idle(20_000)


def test_only_allowed_transitions_are_offered_and_a_transition_is_audited(window, ctx, make_case):  # type: ignore[no-untyped-def]
    a = make_case()
    ws = open_ws(window, a.reference)
    names = [b.objectName() for b in ws.overview.transition_buttons]
    assert names == ["transition_intake"]
    assert window.actions_by_name["to_intake"].isEnabled()
    assert not window.actions_by_name["to_closed"].isEnabled()
    ws.overview.transition_buttons[0].click()
    assert window.runner.wait_idle()
    assert cases.get_case(ctx, a.reference).status == "intake"
    assert [b.objectName() for b in ws.overview.transition_buttons] == ["transition_assessment"]
    row = window.case_list.model.row_of(a.reference)
    assert window.case_list.model.record(row).status == "intake"  # the list follows
    ws.show_tab("timeline")
    texts = [ws.timeline.model.index(r, 3).data() for r in range(ws.timeline.model.rowCount())]
    assert "Draft → Intake" in texts


def test_refused_transition_shows_why(window, ctx, make_case, qtbot):  # type: ignore[no-untyped-def]
    a = make_case(status="decided")
    ws = open_ws(window, a.reference)
    offered = {b.objectName() for b in ws.overview.transition_buttons}
    assert offered == {"transition_closed", "transition_assessment"}
    reopen = next(t for t in lifecycle.allowed_transitions("decided") if t.name == "Reopen")
    ws.overview.request_transition(reopen)
    dlg = ws.overview.reason_dialog
    assert dlg is not None and dlg.isVisible()
    dlg.buttons.button(QDialogButtonBox.StandardButton.Ok).click()  # no reason given
    assert window.runner.wait_idle()
    # refused in place: the dialog stays open and says why beside the field
    assert dlg.isVisible()
    assert dlg.visible_errors() == ["Give a reason: it is kept in the audit trail."]
    assert cases.get_case(ctx, a.reference).status == "decided"
    # with a reason it goes through (same dialog, nothing retyped)
    dlg.reason.setPlainText("The provider changed the licence.")
    dlg.accept()
    assert window.runner.wait_idle()
    assert cases.get_case(ctx, a.reference).status == "assessment"
    assert ws.overview.message.isHidden()


def test_stale_workspace_refusal_is_explained(window, ctx, make_case):  # type: ignore[no-untyped-def]
    a = make_case()
    ws = open_ws(window, a.reference)
    cases.transition(ctx, a.reference, "intake")  # someone else moves it on
    ws.overview.transition_buttons[0].click()  # still offers "Start intake"
    assert window.runner.wait_idle()
    msg = ws.overview.message.text()
    assert ws.overview.message.isVisible()
    assert "changed by someone else" in msg or "cannot move" in msg
    assert cases.get_case(ctx, a.reference).status == "intake"
    # after the refusal the workspace shows the fresh state
    assert [b.objectName() for b in ws.overview.transition_buttons] == ["transition_assessment"]


def test_transition_from_the_case_menu_on_the_list(window, ctx, make_case):  # type: ignore[no-untyped-def]
    a = make_case()
    window.case_list.refresh()
    assert window.runner.wait_idle()
    window.case_list.view.setCurrentIndex(window.case_list.model.index(0, 0))
    assert window.actions_by_name["to_intake"].isEnabled()
    window.actions_by_name["to_intake"].trigger()
    assert window.runner.wait_idle()
    assert cases.get_case(ctx, a.reference).status == "intake"


def test_reassign_keeps_history(window, ctx, make_case, qtbot):  # type: ignore[no-untyped-def]
    from app.services import roles

    a = make_case(officer="ŚMISZEK Ewa")
    roles.set_officer(ctx, "GONÇALVES Bruno", "officer")  # assignees are recorded officers
    ws = open_ws(window, a.reference)
    ws.overview.request_assign()
    assert window.runner.wait_idle()
    dlg = ws.overview.assign_dialog
    assert dlg is not None and dlg.isVisible()
    dlg.officer.setCurrentText("GONÇALVES Bruno")
    dlg.reason.setPlainText("Workload balancing")
    dlg.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert window.runner.wait_idle()
    rec = cases.get_case(ctx, a.reference)
    assert rec.assigned_officer == "GONÇALVES Bruno"
    history = cases.assignment_history(ctx, a.reference)
    assert [h["officer"] for h in history] == ["ŚMISZEK Ewa", "GONÇALVES Bruno"]
    assert ws.overview.a_current.text() == "Assigned to: GONÇALVES Bruno"
    model = ws.overview.history_model
    assert model.rowCount() == 2
    assert model.index(0, 1).data() == "GONÇALVES Bruno"  # newest first
    assert model.index(0, 3).data() == "Workload balancing"


def test_stop_and_resume_the_clock(window, ctx, make_case):  # type: ignore[no-untyped-def]
    a = make_case(due_in=20)
    ws = open_ws(window, a.reference)
    ov = ws.overview
    assert ov.d_remaining.text() == "20 days left"
    assert ov.stop_button.isEnabled() and not ov.resume_button.isEnabled()
    ov.stop_button.click()
    ov.reason_dialog.reason.setPlainText("Waiting for the provider's reply")
    ov.reason_dialog.accept()
    assert window.runner.wait_idle()
    rec = cases.get_case(ctx, a.reference)
    assert rec.clock_stopped_at is not None
    assert "Clock stopped since" in ov.d_clock.text()
    assert ov.resume_button.isEnabled() and not ov.stop_button.isEnabled()
    assert window.actions_by_name["resume_clock"].isEnabled()
    row = window.case_list.model.row_of(a.reference)
    assert "(stopped)" in window.case_list.model.index(row, 7).data()
    window.actions_by_name["resume_clock"].trigger()
    assert window.runner.wait_idle()
    rec = cases.get_case(ctx, a.reference)
    assert rec.clock_stopped_at is None
    assert ov.d_clock.text() == "Clock running."
    actions = [ws.timeline.model.event_at(r).action for r in range(ws.timeline.model.rowCount())]
    assert "case.clock_stopped" in actions and "case.clock_resumed" in actions


def test_overdue_case_says_so(window, make_case):  # type: ignore[no-untyped-def]
    a = make_case(due_in=-4, status="intake")
    ws = open_ws(window, a.reference)
    assert ws.overview.d_remaining.text() == "Overdue by 4 days"
    assert "Overdue" in ws.overview.badges.text()


def test_change_due_date(window, ctx, make_case):  # type: ignore[no-untyped-def]
    import datetime as dt

    a = make_case(due_in=10)
    ws = open_ws(window, a.reference)
    ws.overview.request_due_date()
    new = dt.date.today() + dt.timedelta(days=45)
    dlg = ws.overview.due_dialog
    from app.ui.qt import QDate

    dlg.date.setDate(QDate(new.year, new.month, new.day))
    dlg.reason.setPlainText("Provider asked for more time")
    dlg.accept()
    assert window.runner.wait_idle()
    assert cases.get_case(ctx, a.reference).due_date == new
    assert ws.overview.d_remaining.text() == "45 days left"


def test_timeline_filters_strands(window, ctx, make_case):  # type: ignore[no-untyped-def]
    from app.services import audit as audit_service

    a = make_case(status="intake")
    audit_service.record(
        ctx,
        action="evidence.received",
        entity_type="evidence",
        entity_id="1",
        case_ref=a.reference,
        after={"display_name": "LICENSE.txt", "sha256": "ab" * 32},
    )
    ws = open_ws(window, a.reference)
    ws.show_tab("timeline")
    tl = ws.timeline
    total = tl.proxy.rowCount()
    assert total == 3  # created, intake, evidence received
    tl.kind.setCurrentIndex(tl.kind.findData("custody"))
    assert tl.proxy.rowCount() == 1
    assert tl.proxy.index(0, 1).data() == "Custody"
    assert "LICENSE.txt" in tl.proxy.index(0, 3).data()
    tl.kind.setCurrentIndex(0)
    assert tl.proxy.rowCount() == total
    assert tl.view.model().index(0, 0).data(Qt.ItemDataRole.ToolTipRole).startswith("Event #")


def test_every_control_has_an_accessible_name_or_text(window, make_case):  # type: ignore[no-untyped-def]
    from app.ui.qt import QAbstractButton, QAbstractItemView, QComboBox, QLineEdit, QPlainTextEdit

    a = make_case()
    ws = open_ws(window, a.reference)
    window.show_dashboard()
    assert window.runner.wait_idle()
    unnamed = []
    for root in (window.case_list, ws.overview, ws.timeline, window.dashboard):
        kinds = (QAbstractButton, QComboBox, QLineEdit, QPlainTextEdit, QAbstractItemView)
        for w in [c for k in kinds for c in root.findChildren(k)]:
            if (
                not w.isVisibleTo(root)
                or w.inherits("QHeaderView")
                or w.parent().inherits("QAbstractSpinBox")
            ):
                continue
            if isinstance(w, QLineEdit) and isinstance(w.parent(), QComboBox):
                continue  # the edit inside an editable combo box
            label = w.accessibleName() or (w.text() if isinstance(w, QAbstractButton) else "")
            if not label.strip():
                unnamed.append(f"{type(w).__name__} {w.objectName()!r} in {type(root).__name__}")
    assert unnamed == []


def test_edit_title_and_notes(window, ctx, make_case):  # type: ignore[no-untyped-def]
    a = make_case(title="Old title", notes="old notes")
    ws = open_ws(window, a.reference)
    window.actions_by_name["edit_case"].trigger()
    dlg = ws.overview.edit_dialog
    assert dlg is not None and dlg.isVisible() and dlg.title.text() == "Old title"
    dlg.title.setText("Llama 3.1: licence with a 700 million user threshold")
    dlg.notes.setPlainText("Provider asked for the M3f analysis.")
    dlg.accept()
    assert window.runner.wait_idle()
    rec = cases.get_case(ctx, a.reference)
    assert rec.title == "Llama 3.1: licence with a 700 million user threshold"
    assert rec.notes == "Provider asked for the M3f analysis."
    assert ws.overview.title.text() == rec.title
    # an empty title is refused with the service's message, nothing changes
    window.actions_by_name["edit_case"].trigger()
    ws.overview.edit_dialog.title.setText("  ")
    ws.overview.edit_dialog.accept()
    assert window.runner.wait_idle()
    # refused in the dialog, beside the field; the notes typed stay
    assert ws.overview.edit_dialog.isVisible()
    assert ws.overview.edit_dialog.visible_errors() == ["The case title is empty: give the case a title."]
    assert ws.overview.edit_dialog.notes.toPlainText() == rec.notes
    assert cases.get_case(ctx, a.reference).title == rec.title
    # searchable at once
    assert [r.reference for r in cases.list_cases(ctx, cases.CaseFilter(search="700 million"))] == [
        a.reference
    ]
