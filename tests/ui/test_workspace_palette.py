"""Command palette (Ctrl+K): actions and cases by typing; cases searched off the GUI thread."""

from __future__ import annotations

import threading

from sqlalchemy import event

from app.ui.qt import Qt


def test_palette_runs_an_action(window, qtbot):  # type: ignore[no-untyped-def]
    p = window.show_palette()
    assert p.isVisible()
    qtbot.keyClicks(p.edit, "dashb")
    first = p.model.entry(0)
    assert first is not None and first.kind == "action" and first.text == "Dashboard"
    assert first.detail == "Ctrl+D"
    qtbot.keyClick(p.edit, Qt.Key.Key_Return)
    assert not p.isVisible()
    assert window.tabs.currentWidget() is window.dashboard
    assert window.runner.wait_idle()
    assert window.dashboard.data is not None


def test_palette_finds_a_case_and_opens_it(window, ctx, make_case, qtbot):  # type: ignore[no-untyped-def]
    target = make_case(title="Bielik open-weights claim", provider="ŚMISZEK Consulting")
    make_case(title="Unrelated", provider="Other")
    threads: list[bool] = []

    def record(conn, cursor, statement, parameters, context, executemany):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread() is threading.main_thread())

    event.listen(ctx.engine, "before_cursor_execute", record)
    try:
        p = window.show_palette()
        with qtbot.waitSignal(p.cases_loaded, timeout=5000):
            qtbot.keyClicks(p.edit, "smiszek")
    finally:
        event.remove(ctx.engine, "before_cursor_execute", record)
    assert threads and not any(threads)
    kinds = [(e.kind, e.payload) for e in p.model.entries()]
    assert ("case", target.reference) in kinds
    row = kinds.index(("case", target.reference))
    for _ in range(row):
        qtbot.keyClick(p.edit, Qt.Key.Key_Down)
    assert p.list.currentIndex().row() == row
    qtbot.keyClick(p.edit, Qt.Key.Key_Return)
    assert window.runner.wait_idle()
    assert window.current_workspace() is not None
    assert window.current_workspace().reference == target.reference


def test_palette_offers_only_enabled_actions(window, make_case, qtbot):  # type: ignore[no-untyped-def]
    p = window.show_palette()
    qtbot.keyClicks(p.edit, "close case")
    texts = [e.text for e in p.model.entries()]
    assert "Close case" not in texts  # no case selected: transition disabled
    p.hide()


def test_odd_palette_input_never_raises(window, qtbot):  # type: ignore[no-untyped-def]
    p = window.show_palette()
    qtbot.keyClicks(p.edit, '"* NEAR( -')
    qtbot.wait(p.SEARCH_DELAY_MS + 50)
    assert window.runner.wait_idle()
    assert window.runner.last_error is None
    p.hide()


def test_palette_offers_the_case_tabs_actions(window, make_case, qtbot) -> None:  # type: ignore[no-untyped-def]
    ref = make_case(status="review").reference
    window.open_case(ref)
    assert window.runner.wait_idle()
    p = window.show_palette()
    qtbot.keyClicks(p.edit, "verify")
    kinds = [(e.kind, e.text) for e in p.model.entries()]
    texts = [t for k, t in kinds if k == "tab_action"]
    assert any("Evidence" in t for t in texts) and any("Letters" in t for t in texts), kinds
    p.edit.clear()
    qtbot.keyClicks(p.edit, "draft letter")
    first = p.model.entry(0)
    assert first is not None and first.kind == "tab_action" and first.payload == ("letters", "draft_action")
    opened: list[bool] = []
    ws = window.current_workspace()
    ws.show_tab("letters")
    assert window.runner.wait_idle()
    tab = ws.area_tabs["letters"].inner
    tab.draft_action.triggered.disconnect()
    tab.draft_action.triggered.connect(lambda: opened.append(True))
    ws.show_tab("overview")
    p = window.show_palette()
    qtbot.keyClicks(p.edit, "draft letter")
    qtbot.keyClick(p.edit, Qt.Key.Key_Return)
    assert opened == [True] and ws.current_tab_key() == "letters"
    assert window.runner.wait_idle()


def test_palette_says_when_nothing_is_found(window, make_case, qtbot) -> None:  # type: ignore[no-untyped-def]
    make_case(title="Bielik")
    p = window.show_palette()
    qtbot.keyClicks(p.edit, "zzqxw")
    qtbot.waitUntil(lambda: not p._searching and not p._timer.isActive(), timeout=5000)
    assert window.runner.wait_idle()
    assert p.model.rowCount() == 0
    assert p.nothing.isVisible() and p.nothing.text() == "Nothing found for “zzqxw”."
    p.edit.clear()
    assert not p.nothing.isVisible()
