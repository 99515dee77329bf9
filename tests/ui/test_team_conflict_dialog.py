"""A save on an out-of-date screen, with real widgets (pytest-qt, offscreen) on SQLite
and PostgreSQL: another officer changes the case or an answer through the services
in between; the save is refused, a dialog names them, keeps what was typed, and its
Reload shows their change; a save after the reload goes through."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from app.services import cases
from app.services import checklist as svc
from app.services.context import open_context
from app.ui.conflicts import ConflictDialog
from app.ui.qt import QApplication, Qt
from app.ui.tabs.checklist import ChecklistTab
from app.ui.workspace import CaseWorkspace
from db.conflicts import EditConflict
from tests.ui.helpers import shown

ANNA, JAN = "Anna Kowalska", "Jan Nowak"
CID, VER = "ai-act-oss", "2025.07"


@pytest.fixture
def team(home: Any, db_url: str) -> Iterator[tuple[Any, Any]]:
    a = open_context(db=db_url, officer=ANNA)
    b = open_context(db=db_url, officer=JAN)
    yield a, b
    a.close()
    b.close()


def _new_case(ctx: Any) -> str:
    nc = cases.NewCase(title="Mixtral claim", provider="Mistral AI", subject="Mixtral 8x7B", notes="")
    return str(cases.create_case(ctx, nc).reference)


def _visible_dialog(dlg: Any) -> ConflictDialog:
    assert isinstance(dlg, ConflictDialog) and dlg.isVisible()
    return dlg


def test_workspace_edit_conflict_names_officer_and_reload_shows_change(qtbot, team, runner) -> None:  # type: ignore[no-untyped-def]
    a, b = team
    ref = _new_case(a)
    ws = shown(qtbot, CaseWorkspace(a, ref, runner), runner)
    assert ws.overview.record is not None and ws.overview.f_notes.text() == "—"

    cases.update_case(b, ref, notes="Jan's note: provider asked for an extension")  # meanwhile
    ws.overview.edit_details("Mixtral claim", "Anna's note: weights checked")
    assert runner.wait_idle()

    dlg = _visible_dialog(ws.conflict_dialog)
    text = dlg.text()
    assert JAN in dlg.headline.text() and dlg.fact_labels["who"].text() == JAN
    assert (
        "UTC" in dlg.fact_labels["when"].text() and dlg.fact_labels["change"].text() == "Case details changed"
    )
    assert f"Case {ref}" in dlg.fact_labels["what"].text()
    assert "Anna's note: weights checked" in text  # what she typed stays visible
    assert "provider asked for an extension" in dlg.fact_labels["their"].text()  # what he saved
    assert ws.overview.message.isVisible() and JAN in ws.overview.message.text()
    assert cases.get_case(a, ref).notes.startswith("Jan's note")  # nothing of hers was written

    with qtbot.waitSignal(dlg.finished):
        qtbot.mouseClick(dlg.reload_button, Qt.MouseButton.LeftButton)
    assert runner.wait_idle()
    assert ws.overview.f_notes.text().startswith("Jan's note")
    assert not ws.overview.message.isVisible()

    ws.overview.edit_details("Mixtral claim", "Anna's note: weights checked")  # on the fresh version
    assert runner.wait_idle()
    assert cases.get_case(a, ref).notes == "Anna's note: weights checked"
    assert ws.overview.f_notes.text() == "Anna's note: weights checked"


def test_workspace_transition_conflict_cancel_keeps_screen(qtbot, team, runner) -> None:  # type: ignore[no-untyped-def]
    a, b = team
    ref = _new_case(a)
    ws = shown(qtbot, CaseWorkspace(a, ref, runner), runner)
    cases.assign(b, ref, JAN, reason="I take it")  # meanwhile
    ws.overview.do_transition("intake")
    assert runner.wait_idle()
    dlg = _visible_dialog(ws.conflict_dialog)
    assert JAN in dlg.text() and "Intake" in dlg.text()  # who, and what she asked for
    with qtbot.waitSignal(dlg.finished):
        qtbot.mouseClick(dlg.cancel_button, Qt.MouseButton.LeftButton)
    assert runner.wait_idle()
    assert ws.overview.message.isVisible()
    assert cases.get_case(a, ref).status == "draft"


def test_checklist_conflict_names_officer_and_reload_shows_their_answer(qtbot, team, runner) -> None:  # type: ignore[no-untyped-def]
    a, b = team
    ref = _new_case(a)
    svc.save_answers(
        a,
        ref,
        {
            "A1": {"value": "model"},
            "M1": {"value": "Apache-2.0"},
            "M2": {"value": "yes"},
            "M3": {"value": "yes"},
        },
        checklist_id=CID,
        version=VER,
    )
    tab = shown(qtbot, ChecklistTab(a, ref, runner), runner, (1280, 760))
    tab.go_to("M3")
    assert tab.page is not None and tab.page.item.id == "M3"
    assert tab.state is not None and tab.state.answers["M3"].version == 1

    # Anna starts changing M3 on a screen that shows "yes" ...
    qtbot.mouseClick(tab.page.editor.buttons["unknown"], Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert "M3" in tab.pending and tab.base_versions["M3"] == 1
    # ... Jan answers M3 differently through the service meanwhile ...
    svc.save_answer(
        b, ref, "M3", {"value": "no", "note": "AUP forbids military use"}, checklist_id=CID, version=VER
    )
    tab.refresh()  # a refresh keeps her edit, and keeps it based on the version she saw
    assert runner.wait_idle()
    assert tab.page is not None and tab.page.item.id == "M3" and tab.base_versions["M3"] == 1
    tab.page.note.setPlainText("Anna: not sure yet")  # type: ignore[attr-defined]
    tab._page_edited()
    tab.save()
    assert runner.wait_idle()

    dlg = _visible_dialog(tab.conflict_dialog)
    assert JAN in dlg.headline.text() and dlg.fact_labels["change"].text() == "Checklist answer"
    assert "M3" in dlg.fact_labels["what"].text() and "version 2, you had 1" in dlg.message.text()
    assert "Anna: not sure yet" in dlg.text()
    assert dlg.fact_labels["their"].text() == "value: no · note: AUP forbids military use"
    assert "Not saved" in tab.status.text()
    now = svc.get_state(a, ref).answers["M3"]
    assert now.value == "no" and now.answered_by == JAN

    with qtbot.waitSignal(dlg.finished):
        qtbot.mouseClick(dlg.reload_button, Qt.MouseButton.LeftButton)
    assert runner.wait_idle()
    assert "M3" not in tab.pending
    assert tab.page is not None and tab.page.item.id == "M3"
    assert tab.page.answer()["value"] == "no" and "military" in tab.page.answer()["note"]
    assert tab.state is not None and tab.state.answers["M3"].version == 2

    qtbot.mouseClick(tab.page.editor.buttons["yes"], Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    tab._page_edited()
    tab.save()
    assert runner.wait_idle()
    assert svc.get_state(a, ref).answers["M3"].value == "yes"
    assert "Saved" in tab.status.text()


def test_checklist_quick_successive_saves_do_not_conflict_with_themselves(qtbot, team, runner) -> None:  # type: ignore[no-untyped-def]
    a, _b = team
    ref = _new_case(a)
    svc.save_answers(
        a, ref, {"A1": {"value": "model"}, "M2": {"value": "yes"}}, checklist_id=CID, version=VER
    )
    tab = shown(qtbot, ChecklistTab(a, ref, runner), runner)
    tab.go_to("M2")
    qtbot.mouseClick(tab.page.editor.buttons["no"], Qt.MouseButton.LeftButton)  # type: ignore[union-attr]
    for note in ("first", "second", "third"):  # three saves queued before any has finished
        tab.page.note.setPlainText(note)  # type: ignore[union-attr]
        tab._page_edited()
        tab.save()
    assert runner.wait_idle()
    assert tab.conflict_dialog is None and "Saved" in tab.status.text()
    st = svc.get_state(a, ref)
    assert st.answers["M2"].value == "no" and st.answers["M2"].note == "third"
    assert st.answers["M2"].version == 4 and not tab.pending and not tab.base_versions


def test_task_runner_default_error_path_shows_the_conflict_dialog(qtbot, runner) -> None:  # type: ignore[no-untyped-def]
    reloaded: list[bool] = []

    def work(_p: Any) -> None:
        raise EditConflict(
            "A letter of case AIO-2026-0001 was changed by someone else after you opened it: ...",
            entity="A letter of case AIO-2026-0001",
            changed_by=JAN,
            action="letter.approved",
            changed_at="2026-11-26 10:14:03 UTC",
        )

    runner.run(work, on_reload=lambda: reloaded.append(True))
    assert runner.wait_idle()
    dlgs = [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, ConflictDialog) and w.isVisible() and "AIO-2026-0001" in w.message.text()
    ]
    assert len(dlgs) == 1
    dlg = dlgs[0]
    assert dlg.fact_labels["change"].text() == "Letter approved" and JAN in dlg.headline.text()
    assert dlg.reload_button is not None
    dlg.reload_button.click()
    assert reloaded == [True]
