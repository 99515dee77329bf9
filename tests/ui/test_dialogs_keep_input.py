"""Every dialog keeps its input on a validation error and says why beside the field
(issue 15 item 5): attach evidence with a bad source URL, an empty reason, an
unchanged due date."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app.services import cases
from app.services import evidence as ev
from app.ui.qt import Qt


def _press(qtbot: Any, button: Any) -> None:
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)


def test_attach_evidence_with_a_bad_url_keeps_the_files_and_the_typing(
    window, make_case, qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    f = tmp_path / "LICENSE"
    f.write_text("Apache License 2.0\n")
    ref = make_case().reference
    ws = window.open_case(ref)
    ws.show_tab("evidence")
    assert window.runner.wait_idle()
    tab = ws.area_tabs["evidence"].inner
    tab.ask_and_add([str(f)])
    assert window.runner.wait_idle()
    dlg = tab.intake_dialog
    assert dlg.isVisible()
    qtbot.keyClicks(dlg.description, "Licence as published")
    qtbot.keyClicks(dlg.source_url, "huggingface.co/x/LICENSE")  # no scheme: not a URL
    _press(qtbot, dlg.ok_button)
    assert window.runner.wait_idle()
    assert dlg.isVisible()  # back, with everything kept
    errors = dlg.visible_errors()
    assert len(errors) == 1 and "not a URL" in errors[0]
    assert not dlg.field_errors[dlg.source_url].isHidden()
    assert dlg.description.text() == "Licence as published" and dlg.paths == [str(f)]
    assert ev.list_evidence(window.ctx, ref) == []
    dlg.source_url.clear()
    qtbot.keyClicks(dlg.source_url, "https://huggingface.co/x/LICENSE")
    _press(qtbot, dlg.ok_button)
    assert window.runner.wait_idle()
    [item] = ev.list_evidence(window.ctx, ref)
    assert item.source_url == "https://huggingface.co/x/LICENSE"


def test_stop_clock_needs_a_reason_in_place(window, make_case, qtbot) -> None:  # type: ignore[no-untyped-def]
    ref = make_case(status="assessment").reference
    ws = window.open_case(ref)
    assert window.runner.wait_idle()
    window.actions_by_name["stop_clock"].trigger()
    dlg = ws.overview.reason_dialog
    _press(qtbot, dlg.ok_button)
    assert dlg.isVisible() and dlg.visible_errors() == ["Give a reason: it is kept in the audit trail."]
    assert cases.get_case(window.ctx, ref).clock_stopped_at is None
    qtbot.keyClicks(dlg.reason, "Waiting for the provider")
    _press(qtbot, dlg.ok_button)
    assert window.runner.wait_idle()
    assert cases.get_case(window.ctx, ref).clock_stopped_at is not None


def _due_date_dialog(window: Any, make_case: Any) -> tuple[Any, Any]:
    """A case due in ten days, open, and its Change due date dialog."""
    rec = make_case(due_in=10)
    ws = window.open_case(rec.reference)
    assert window.runner.wait_idle()
    window.actions_by_name["due_date"].trigger()
    return rec, ws.overview.due_dialog


def _type_next_year(qtbot: Any, dlg: Any, rec: Any) -> Any:
    """Type the year after the due date's into the date field, by keyboard."""
    dlg.activateWindow()
    dlg.date.setFocus()
    qtbot.waitUntil(dlg.date.hasFocus)
    target = rec.due_date.replace(year=rec.due_date.year + 1)
    qtbot.keyClicks(dlg.date, f"{target.year}")
    return target


def test_due_date_unchanged_is_refused_in_place_and_typing_a_year_takes(window, make_case, qtbot) -> None:  # type: ignore[no-untyped-def]
    import datetime as dt

    rec, dlg = _due_date_dialog(window, make_case)
    _press(qtbot, dlg.ok_button)
    assert dlg.isVisible()
    assert "This is the current due date: choose another one." in dlg.visible_errors()
    # typing the date by keyboard: year, month and day in turn
    target = _type_next_year(qtbot, dlg, rec)
    assert dlg.value().year == target.year
    qtbot.keyClicks(dlg.reason, "Provider asked for more time")
    _press(qtbot, dlg.ok_button)
    assert window.runner.wait_idle()
    assert cases.get_case(window.ctx, rec.reference).due_date.year == target.year
    assert isinstance(cases.get_case(window.ctx, rec.reference).due_date, dt.date)


def test_due_date_without_a_reason_is_refused_in_place_keeping_the_date(window, make_case, qtbot) -> None:  # type: ignore[no-untyped-def]
    from app.services import audit as audit_service

    rec, dlg = _due_date_dialog(window, make_case)
    target = _type_next_year(qtbot, dlg, rec)
    _press(qtbot, dlg.ok_button)  # no reason typed
    assert window.runner.wait_idle()
    assert dlg.isVisible()
    assert dlg.visible_errors() == ["Give a reason: it is kept in the audit trail."]
    assert dlg.reason.hasFocus()  # the refused field gets the focus
    assert dlg.value() == target  # the typed date is kept
    assert cases.get_case(window.ctx, rec.reference).due_date == rec.due_date  # nothing saved
    qtbot.keyClicks(dlg.reason, "Provider asked for more time")
    _press(qtbot, dlg.ok_button)
    assert window.runner.wait_idle()  # saved: the dialog closed (and is deleted)
    assert cases.get_case(window.ctx, rec.reference).due_date == target
    last = [e for e in audit_service.case_events(window.ctx, rec.reference) if e.action == "case.updated"][-1]
    assert last.after == {"due_date": target.isoformat(), "reason": "Provider asked for more time"}
