"""Main window: new case, filters, search, lazy loading, no SQL on the GUI thread."""

from __future__ import annotations

import threading
from typing import Any

from sqlalchemy import event

from app.services import cases
from app.ui.qt import QDialogButtonBox, Qt


def refs(window: Any) -> list[str]:
    return [r.reference for r in window.case_list.model.records()]


def reload(window: Any) -> None:
    window.case_list.apply_filter()
    assert window.runner.wait_idle()


def test_new_case_dialog_creates_case_and_list_shows_it_at_once(window, ctx, qtbot):  # type: ignore[no-untyped-def]
    from app.services import roles

    roles.set_officer(ctx, "GONÇALVES Bruno", "officer")  # assignees are recorded officers
    assert window.case_list.model.rowCount() == 0
    dlg = window.new_case()
    assert dlg.isVisible()
    dlg.fill(
        title="Llama 3.1 open-source claim",
        provider="Meta Platforms Ireland Ltd",
        subject="Llama 3.1 8B",
        version="3.1",
        kind="model",
        officer="GONÇALVES Bruno",
    )
    with qtbot.waitSignal(window.case_list.model.rowsInserted, timeout=5000):
        qtbot.mouseClick(dlg.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    stored = cases.list_cases(ctx)
    assert len(stored) == 1 and stored[0].title == "Llama 3.1 open-source claim"
    assert stored[0].assigned_officer == "GONÇALVES Bruno"
    model = window.case_list.model
    assert model.rowCount() == 1
    assert model.index(0, 0).data() == stored[0].reference
    assert model.index(0, 1).data() == "Llama 3.1 open-source claim"
    assert window.case_list.selected_record().reference == stored[0].reference
    assert not dlg.isVisible()


def test_new_case_refused_keeps_dialog_open_and_writes_nothing(window, ctx, qtbot):  # type: ignore[no-untyped-def]
    dlg = window.new_case()
    dlg.fill(title="   ", provider="Meta Platforms Ireland Ltd", subject="Llama 3.1 8B")
    dlg.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert window.runner.wait_idle()
    assert dlg.isVisible()
    assert dlg.error.text() == "The case title is empty: give the case a title."
    assert cases.count_cases(ctx) == 0
    dlg.reject()


def test_filters_status_officer_overdue_week(window, make_case):  # type: ignore[no-untyped-def]
    a = make_case(title="Alpha", status="intake", officer="ŚMISZEK Ewa", due_in=-3)
    b = make_case(title="Beta", status="review", officer="MÜLLER Jörg", due_in=3)
    c = make_case(title="Gamma", officer=None, due_in=40)
    d = make_case(title="Delta", status="decided", due_in=-10)  # decided: never overdue
    page = window.case_list
    page.refresh()
    assert window.runner.wait_idle()
    assert set(refs(window)) == {a.reference, b.reference, c.reference, d.reference}
    page.status.setCurrentIndex(page.status.findData("review"))
    assert window.runner.wait_idle()
    assert refs(window) == [b.reference]
    page.status.setCurrentIndex(0)
    page.overdue.setChecked(True)
    assert window.runner.wait_idle()
    assert refs(window) == [a.reference]
    # the overdue row is highlighted
    assert page.model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    page.overdue.setChecked(False)
    page.week.setChecked(True)
    assert window.runner.wait_idle()
    assert refs(window) == [b.reference]
    page.week.setChecked(False)
    assert window.runner.wait_idle()
    page.officer.setCurrentIndex(page.officer.findText("Unassigned"))
    assert window.runner.wait_idle()
    assert refs(window) == [c.reference]
    page.officer.setCurrentIndex(page.officer.findText("MÜLLER Jörg"))
    assert window.runner.wait_idle()
    assert refs(window) == [b.reference]
    assert page.summary.text() == "1 of 4 cases match"  # of all the cases, not "1 of 1"
    page.officer.setCurrentIndex(page.officer.findText("Anyone"))
    assert window.runner.wait_idle()
    assert page.summary.text() == "4 cases"


def test_search_folds_diacritics_and_odd_syntax_is_a_hint(window, make_case, qtbot):  # type: ignore[no-untyped-def]
    hit = make_case(title="Bielik open-weights claim", provider="ŚMISZEK Consulting sp. z o.o.")
    make_case(title="Other case", provider="Brise Logicielle SAS")
    page = window.case_list
    qtbot.keyClicks(page.search, "smiszek")
    qtbot.waitUntil(lambda: refs(window) == [hit.reference], timeout=5000)
    assert page.hint.isHidden()
    page.search.clear()
    qtbot.keyClicks(page.search, '"* - (')
    assert page.hint.isVisible()
    assert "plain text" in page.hint.text()
    assert window.runner.wait_idle()
    qtbot.wait(page.SEARCH_DELAY_MS + 50)
    assert window.runner.wait_idle()
    assert window.runner.last_error is None
    page.search.setText('bielik"* -')
    reload(window)
    assert refs(window) == [hit.reference]
    page.search.setText('NEAR(bielik "open')  # FTS5 operators are plain words here
    reload(window)
    assert refs(window) == [] and window.runner.last_error is None


def test_search_and_filter_never_run_sql_on_the_gui_thread(window, ctx, make_case, qtbot):  # type: ignore[no-untyped-def]
    for i in range(5):
        make_case(title=f"Case {i} Gonçalves", status="intake" if i % 2 else None)
    statements: list[tuple[bool, str]] = []

    def record(conn, cursor, statement, parameters, context, executemany):  # type: ignore[no-untyped-def]
        statements.append((threading.current_thread() is threading.main_thread(), statement))

    event.listen(ctx.engine, "before_cursor_execute", record)
    try:
        page = window.case_list
        qtbot.keyClicks(page.search, "goncalves")
        qtbot.waitUntil(lambda: len(refs(window)) == 5, timeout=5000)
        page.status.setCurrentIndex(page.status.findData("intake"))
        page.overdue.setChecked(True)
        page.overdue.setChecked(False)
        page.week.setChecked(True)
        page.week.setChecked(False)
        assert window.runner.wait_idle()
        assert len(refs(window)) == 2
        window.case_list.view.sortByColumn(1, Qt.SortOrder.AscendingOrder)
        assert window.runner.wait_idle()
    finally:
        event.remove(ctx.engine, "before_cursor_execute", record)
    assert statements, "the list ran no SQL at all?"
    on_gui = [s for main, s in statements if main]
    assert on_gui == []


def test_lazy_loading_fetches_pages(window, ctx, make_case, qtbot):  # type: ignore[no-untyped-def]
    for i in range(12):
        make_case(title=f"Case {i:02d}")
    from app.ui.models.case_table import CaseTableModel

    model = CaseTableModel(ctx, window.runner)  # not in a view: nothing fetches on its own
    model.PAGE = 5
    model.reload()
    assert window.runner.wait_idle()
    assert model.rowCount() == 5 and model.canFetchMore()
    model.fetchMore()
    assert window.runner.wait_idle()
    assert model.rowCount() == 10
    model.fetchMore()
    assert window.runner.wait_idle()
    assert model.rowCount() == 12 and not model.canFetchMore()
    assert [r.reference for r in model.records()] == [r.reference for r in cases.list_cases(ctx)]


def test_sorting_is_done_in_sql(window, make_case):  # type: ignore[no-untyped-def]
    make_case(title="Bravo")
    make_case(title="alpha")
    make_case(title="Charlie")
    window.case_list.refresh()
    assert window.runner.wait_idle()
    window.case_list.view.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    assert window.runner.wait_idle()
    titles = [r.title for r in window.case_list.model.records()]
    assert titles == sorted(titles) or titles == ["Bravo", "Charlie", "alpha"]  # SQL collation
    window.case_list.view.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    assert window.runner.wait_idle()
    assert [r.title for r in window.case_list.model.records()] == list(reversed(titles))


def test_every_action_has_a_shortcut_and_menus_exist(window):  # type: ignore[no-untyped-def]
    missing = [name for name, a in window.actions_by_name.items() if a.shortcut().isEmpty()]
    assert missing == ["to_decided"]  # a decision is never one keystroke: Case menu, then confirm
    shortcuts = [a.shortcut().toString() for a in window.actions_by_name.values()]
    dupes = {s for s in shortcuts if shortcuts.count(s) > 1}
    assert dupes == set()
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles == ["&File", "&Case", "&View", "&Help"]
    for key, seq in (
        ("new_case", "Ctrl+N"),
        ("find", "Ctrl+F"),
        ("close_case", "Ctrl+W"),
        ("refresh", "F5"),
        ("settings", "Ctrl+,"),
        ("quit", "Ctrl+Q"),
        ("palette", "Ctrl+K"),
        ("tab_overview", "Ctrl+1"),
        ("tab_timeline", "Ctrl+5"),
    ):
        assert window.actions_by_name[key].shortcut().toString() == seq


def test_ctrl_f_focuses_search_and_down_moves_into_the_list(window, make_case, qtbot):  # type: ignore[no-untyped-def]
    make_case(title="Keyboard case")
    window.case_list.refresh()
    assert window.runner.wait_idle()
    window.activateWindow()
    window.actions_by_name["find"].trigger()
    assert window.case_list.search.hasFocus() or window.focusWidget() is window.case_list.search
    opened: list[str] = []
    window.case_opened.connect(opened.append)
    window.case_list.view.setFocus()
    window.case_list.view.setCurrentIndex(window.case_list.model.index(0, 0))
    qtbot.keyClick(window.case_list.view, Qt.Key.Key_Return)
    assert window.runner.wait_idle()
    assert opened == [window.case_list.model.record(0).reference]


def test_window_layout_is_remembered(ctx, qtbot):  # type: ignore[no-untyped-def]
    from app.ui.main_window import MainWindow

    w = MainWindow(ctx)
    qtbot.addWidget(w)
    w.case_list.view.setColumnWidth(1, 444)
    w.close()
    w2 = MainWindow(ctx)
    qtbot.addWidget(w2)
    assert w2.case_list.view.columnWidth(1) == 444
    w2.close()


def test_settings_dialog_saves_profile_without_passphrase(window, ctx):  # type: ignore[no-untyped-def]
    import json

    dlg = window.open_settings()
    assert dlg.data_folder.isReadOnly() and dlg.data_folder.text() == str(ctx.paths.home)
    dlg.name.setText("NÍ BHRIAIN Aoife")
    dlg.unit.setText("AI Office, Unit A.2")
    dlg.email.setText("aoife.ni-bhriain@example.eu")
    dlg.role.setCurrentIndex(dlg.role.findData("reviewer"))
    dlg.letter_language.setCurrentIndex(dlg.letter_language.findData("fr"))
    dlg.key_path.setText("/home/aoife/keys/signing.p12")
    dlg.accept()
    saved = json.loads(ctx.paths.settings_file.read_text(encoding="utf-8"))
    assert saved["officer_name"] == "NÍ BHRIAIN Aoife"
    assert saved["officer_role"] == "reviewer" and saved["letter_language"] == "fr"
    assert saved["signing_key_path"] == "/home/aoife/keys/signing.p12"
    assert not any("pass" in k for k in saved)
    assert "NÍ BHRIAIN Aoife" in window.officer_label.text() or ctx.officer_override


def test_settings_rejects_bad_email(window, ctx):  # type: ignore[no-untyped-def]
    dlg = window.open_settings()
    dlg.email.setText("not-an-address")
    dlg.accept()
    assert dlg.isVisible() and "@" in dlg.error.text()
    assert not ctx.paths.settings_file.exists()
    dlg.reject()


def test_changes_saved_elsewhere_appear_without_f5(window, ctx, make_case):  # type: ignore[no-untyped-def]
    a = make_case(title="Mine")
    window.case_list.refresh()
    assert window.runner.wait_idle()
    window.case_list.view.setCurrentIndex(window.case_list.model.index(0, 0))
    ws = window.open_case(a.reference)
    assert window.runner.wait_idle()
    window.poll_changes()  # first look: the baseline
    assert window.runner.wait_idle()
    window.poll_changes()  # nothing changed: no reload
    assert window.runner.wait_idle()
    # a colleague (another process) opens a case and moves ours on
    b = cases.create_case(
        ctx, cases.NewCase(title="Colleague's case", provider="P", subject="S"), actor="GONÇALVES Bruno"
    )
    cases.transition(ctx, a.reference, "intake", actor="GONÇALVES Bruno")
    window.poll_changes()
    assert window.runner.wait_idle()
    assert refs(window) == [b.reference, a.reference]
    assert window.case_list.selected_record().reference == a.reference  # selection kept
    assert ws.record.status == "intake"  # the open workspace follows


def test_own_saves_do_not_trigger_a_reload(window, ctx, make_case, qtbot):  # type: ignore[no-untyped-def]
    a = make_case()
    window.poll_changes()
    assert window.runner.wait_idle()
    ws = window.open_case(a.reference)
    assert window.runner.wait_idle()
    ws.overview.transition_buttons[0].click()
    assert window.runner.wait_idle()
    reloads: list[bool] = []
    window.external_change.connect(lambda: reloads.append(True))
    window.poll_changes()
    assert window.runner.wait_idle()
    assert reloads == []
