"""Closing a case tab or the window never loses what the officer typed or a queued write."""

from __future__ import annotations

import threading
from typing import Any

from app.services import cases
from app.services import checklist as svc
from app.ui.qt import QMessageBox, QTimer
from app.ui.tasks import TaskRunner


def _checklist(window: Any, ref: str) -> tuple[Any, Any]:
    ws = window.open_case(ref)
    ws.show_tab("checklist")
    assert window.runner.wait_idle()
    tab = ws.area_tabs["checklist"].inner
    assert tab is not None and tab.page is not None
    return ws, tab


def _note_typed(window: Any, make_case: Any, note: str) -> tuple[str, Any, Any, str]:
    """A new case's checklist open, ``note`` typed on its first question (not saved yet):
    (reference, workspace, tab, question id)."""
    ref = make_case().reference
    ws, tab = _checklist(window, ref)
    tab.page.note.setPlainText(note)
    return ref, ws, tab, tab.page.item.id


def test_answer_typed_then_tab_closed_is_saved(window, make_case, ctx) -> None:  # type: ignore[no-untyped-def]
    note = "LICENSE line 29 restricts use above 700 million users"
    ref, ws, tab, iid = _note_typed(window, make_case, note)
    assert tab.has_unsaved()
    window.close_tab(window.tabs.indexOf(ws))
    assert ref not in window.workspaces
    saved = svc.get_state(ctx, ref).answers
    assert iid in saved and saved[iid].note == note


def test_answer_typed_then_window_closed_is_saved(window, make_case, ctx) -> None:  # type: ignore[no-untyped-def]
    ref, _ws, _tab, iid = _note_typed(window, make_case, "typed just before closing")
    assert window.close()
    assert svc.get_state(ctx, ref).answers[iid].note == "typed just before closing"


def test_queued_write_lands_when_the_window_closes(window, make_case, ctx) -> None:  # type: ignore[no-untyped-def]
    ref = make_case().reference
    gate = threading.Event()
    window.runner.run(lambda p: gate.wait(5), label="slow write ahead")  # keeps the write thread busy
    window.runner.run(lambda p: cases.update_case(ctx, ref, title="Renamed before closing"), label="rename")
    QTimer.singleShot(300, gate.set)
    assert window.close()
    assert cases.get_case(ctx, ref).title == "Renamed before closing"


def test_cancel_all_keeps_non_cancellable_writes(qtbot, make_case, ctx) -> None:  # type: ignore[no-untyped-def]
    ref = make_case().reference
    runner = TaskRunner(None)
    gate = threading.Event()
    ran: list[str] = []
    runner.run(lambda p: gate.wait(5))
    runner.run(lambda p: ran.append("cancellable"), cancellable=True)
    runner.run(lambda p: cases.update_case(ctx, ref, title="Kept"))
    runner.cancel_all()
    gate.set()
    runner.shutdown()
    assert ran == [] and cases.get_case(ctx, ref).title == "Kept"


def test_unsaveable_answer_asks_discard_or_cancel(window, make_case, ctx) -> None:  # type: ignore[no-untyped-def]
    ref = make_case().reference
    ws, tab = _checklist(window, ref)
    tab.page.note.setPlainText("cannot be saved: the case is closed meanwhile")
    st = svc.get_state(ctx, ref)  # a decision needs an assessed outcome (and here a reason)
    svc.save_answer(ctx, ref, "A1", {"value": "model"}, checklist_id=st.checklist_id, version=st.version)
    for step in ("intake", "assessment", "review", "decided", "closed"):
        cases.transition(ctx, ref, step, reason="no letter" if step == "decided" else "")
    tab.state = svc.get_state(ctx, ref)  # the tab learns the case is read-only now
    # The question is a window-modal box, opened without a nested event loop.
    window.close_tab(window.tabs.indexOf(ws))
    box = window.unsaved_box
    assert isinstance(box, QMessageBox) and box.isVisible() and "Read-only" in box.informativeText()
    assert box.defaultButton().text() == "Cancel"  # Enter keeps working
    next(b for b in box.buttons() if b.text() == "Cancel").click()
    assert ref in window.workspaces  # Cancel: the tab stays
    window.close_tab(window.tabs.indexOf(ws))
    next(b for b in window.unsaved_box.buttons() if b.text() == "Discard").click()
    assert ref not in window.workspaces
