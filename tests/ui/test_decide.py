"""Deciding a case from the GUI: never one keystroke, confirmed with the outcome in
view, refused in words without an assessed outcome (the service's guard)."""

from __future__ import annotations

from typing import Any

from app.services import cases
from app.services import checklist as cl
from app.ui.qt import Qt


def _closed(dlg: Any) -> bool:
    try:
        return not dlg.isVisible()
    except RuntimeError:  # closed and deleted
        return True


def _review_case(window: Any, make_case: Any) -> tuple[Any, Any]:
    rec = make_case(status="review")
    ws = window.open_case(rec.reference)
    assert window.runner.wait_idle()
    return rec, ws


def test_decide_button_is_not_primary_and_asks(window, make_case, qtbot) -> None:  # type: ignore[no-untyped-def]
    rec, ws = _review_case(window, make_case)
    buttons = {b.objectName(): b for b in ws.overview.transition_buttons}
    decide = buttons["transition_decided"]
    assert not decide.property("primary")
    assert decide.text().endswith("…")
    decide.setFocus()
    qtbot.keyClick(decide, Qt.Key.Key_Space)
    dlg = ws.overview.decision_dialog
    assert dlg is not None and dlg.isVisible()
    assert "not yet assessed" in dlg.intro.text()
    assert cases.get_case(window.ctx, rec.reference).status == "review"


def test_enter_never_decides(window, make_case, qtbot) -> None:  # type: ignore[no-untyped-def]
    rec, ws = _review_case(window, make_case)
    window.actions_by_name["to_decided"].trigger()  # the Case menu entry
    dlg = ws.overview.decision_dialog
    qtbot.keyClicks(dlg.reason, "Provider withdrew the claim")
    qtbot.keyClick(dlg, Qt.Key.Key_Return)  # the default button is Cancel
    assert window.runner.wait_idle()
    assert _closed(dlg)
    assert cases.get_case(window.ctx, rec.reference).status == "review"


def test_decide_without_outcome_is_refused_in_words(window, make_case, qtbot) -> None:  # type: ignore[no-untyped-def]
    rec, ws = _review_case(window, make_case)
    window.actions_by_name["to_decided"].trigger()
    dlg = ws.overview.decision_dialog
    dlg.ok_button.setFocus()
    qtbot.keyClick(dlg.ok_button, Qt.Key.Key_Space)  # no reason yet: refused beside the field
    assert dlg.isVisible() and dlg.visible_errors() == ["Give a reason: it is kept in the audit trail."]
    qtbot.keyClicks(dlg.reason, "Provider withdrew the claim")
    dlg.ok_button.setFocus()
    qtbot.keyClick(dlg.ok_button, Qt.Key.Key_Space)
    assert window.runner.wait_idle()
    # the service refuses: no assessed outcome; the dialog keeps the reason and says why
    assert dlg.isVisible()
    errors = " ".join(dlg.visible_errors())
    assert "no assessed outcome" in errors
    assert dlg.reason.toPlainText() == "Provider withdrew the claim"
    assert cases.get_case(window.ctx, rec.reference).status == "review"


def test_decide_with_outcome_and_reason_is_recorded(window, make_case, qtbot) -> None:  # type: ignore[no-untyped-def]
    rec, ws = _review_case(window, make_case)
    st = cl.get_state(window.ctx, rec.reference)
    cl.save_answer(
        window.ctx, rec.reference, "A1", {"value": "model"}, checklist_id=st.checklist_id, version=st.version
    )
    ws.refresh()
    assert window.runner.wait_idle()
    window.actions_by_name["to_decided"].trigger()
    dlg = ws.overview.decision_dialog
    qtbot.keyClicks(dlg.reason, "Provider withdrew the claim")
    dlg.ok_button.setFocus()
    qtbot.keyClick(dlg.ok_button, Qt.Key.Key_Space)
    assert window.runner.wait_idle()
    assert _closed(dlg)
    assert cases.get_case(window.ctx, rec.reference).status == "decided"
    # a decided case speaks of no running clock
    assert ws.overview.d_clock.isHidden()
