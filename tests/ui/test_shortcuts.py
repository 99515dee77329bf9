"""One shortcut table, no key bound twice where both are live, toolbar buttons on the
Tab chain, F1 by context, mnemonics that cannot lose work."""

from __future__ import annotations

import re
from typing import Any

import pytest

from app.ui import shortcuts
from app.ui.qt import QAction, QApplication, QKeySequence, QShortcut, Qt, QToolButton


def _open_all_tabs(window: Any, ref: str) -> Any:
    ws = window.open_case(ref)
    for key in ("evidence", "checklist", "letters", "timeline", "overview"):
        ws.show_tab(key)
        assert window.runner.wait_idle()
    return ws


def _live_keys(window: Any, ws: Any) -> dict[str, list[tuple[str, str]]]:
    """Every key bound in the window, by where it is live: "window", or the tab key."""
    by_context: dict[str, list[tuple[str, str]]] = {}

    def where(obj: Any, context: Qt.ShortcutContext) -> str:
        if context in (Qt.ShortcutContext.WindowShortcut, Qt.ShortcutContext.ApplicationShortcut):
            return "window"
        w = obj.parent()
        while w is not None:
            for key, lazy in ws.area_tabs.items():
                if w is lazy.inner:
                    return key
            if w is window.case_list:
                return "case_list"
            w = w.parent()
        return f"widget:{obj.parent().objectName() or type(obj.parent()).__name__}"

    for a in window.findChildren(QAction):
        for seq in a.shortcuts():
            p = seq.toString(QKeySequence.SequenceFormat.PortableText)
            by_context.setdefault(where(a, a.shortcutContext()), []).append((p, a.text() or a.objectName()))
    for sc in window.findChildren(QShortcut):
        p = sc.key().toString(QKeySequence.SequenceFormat.PortableText)
        if p:
            by_context.setdefault(where(sc, sc.context()), []).append((p, "QShortcut"))
    return by_context


def test_the_table_has_no_clash() -> None:
    assert shortcuts.clashes() == []


def test_a_clash_is_refused() -> None:
    table: dict[str, dict[str, str | tuple[str, ...]]] = {
        "window": {"assign": "Ctrl+Shift+A"},
        "evidence": {"add_files": "ctrl+shift+a"},
        "letters": {"draft": "Ctrl+L", "verify": ("Ctrl+Shift+V", "Ctrl+L")},
    }
    problems = shortcuts.clashes(table)
    assert len(problems) == 2
    assert any("window" in p and "evidence" in p for p in problems)
    with pytest.raises(shortcuts.ShortcutClash):
        shortcuts.check(table)


def test_no_key_is_bound_twice_in_any_window_or_tab(window, make_case) -> None:  # type: ignore[no-untyped-def]
    ws = _open_all_tabs(window, make_case().reference)
    live = _live_keys(window, ws)
    window_keys = [k for k, _ in live.get("window", [])]
    assert len(window_keys) > 25
    assert len(set(window_keys)) == len(window_keys), sorted(
        k for k in window_keys if window_keys.count(k) > 1
    )
    for context in ("evidence", "checklist", "letters"):
        assert live.get(context), f"no keys found in the {context} tab"
    for context, bound in live.items():
        if context == "window":
            continue
        keys = [k for k, _ in bound]
        both = [k for k in keys if k in window_keys or keys.count(k) > 1]
        assert both == [], f"{context}: {both} also bound elsewhere"


def test_every_bound_key_comes_from_the_table(window, make_case) -> None:  # type: ignore[no-untyped-def]
    ws = _open_all_tabs(window, make_case().reference)
    table = {
        shortcuts.portable(k)
        for names in shortcuts.KEYS.values()
        for name in names
        for k in shortcuts.keys(next(c for c in shortcuts.KEYS if name in shortcuts.KEYS[c]), name)
    }
    for context, bound in _live_keys(window, ws).items():
        if context.startswith("widget:"):
            continue  # widget-private keys of Qt's own (e.g. the list's Down)
        stray = [k for k, _ in bound if k not in table]
        assert stray == [], f"{context}: {stray} not in app/ui/shortcuts.py"


def test_decide_has_no_key(window) -> None:  # type: ignore[no-untyped-def]
    assert window.actions_by_name["to_decided"].shortcut().isEmpty()
    assert "to_decided" not in shortcuts.KEYS["window"]


def test_the_old_clashing_keys_now_do_one_thing(window, make_case, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+Shift+A in the Evidence tab is Assign (the window's), not Add files."""
    ws = _open_all_tabs(window, make_case().reference)
    ws.show_tab("evidence")
    tab = ws.area_tabs["evidence"].inner
    tab.table.setFocus()
    opened: list[str] = []
    tab.act_add_files.triggered.disconnect()
    tab.act_add_files.triggered.connect(lambda: opened.append("add_files"))
    window.actions_by_name["assign"].triggered.connect(lambda: opened.append("assign"))
    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(tab.table, Qt.Key.Key_F, ctrl_shift)
    qtbot.keyClick(tab.table, Qt.Key.Key_A, ctrl_shift)
    assert opened == ["add_files", "assign"]
    assert window.runner.wait_idle()


def test_tab_toolbar_buttons_are_reached_with_tab(window, make_case, qtbot) -> None:  # type: ignore[no-untyped-def]
    ws = _open_all_tabs(window, make_case().reference)
    for key, first_action in (("evidence", "act_add_files"), ("letters", "draft_action")):
        ws.show_tab(key)
        tab = ws.area_tabs[key].inner
        button = tab.toolbar.widgetForAction(getattr(tab, first_action))
        assert isinstance(button, QToolButton)
        reached = []
        window.activateWindow()
        ws.tabs.tabBar().setFocus()
        for _ in range(40):
            qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Tab)
            reached.append(QApplication.focusWidget())
            if button in reached:
                break
        assert button in reached, f"{key}: the toolbar buttons are not on the Tab chain"


def test_f1_lists_the_keys_of_every_context(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    dlg = window.show_shortcuts()
    table = dlg.table
    texts = [
        (
            table.item(r, 0).text() if table.item(r, 0) else "",
            table.item(r, 1).text() if table.item(r, 1) else "",
        )
        for r in range(table.rowCount())
    ]
    headings = [a.strip() for a, b in texts if not b]
    for context in ("window", "evidence", "checklist", "letters", "case_list", "palette"):
        assert shortcuts.context_name(context) in headings
    keys = [b for _a, b in texts]
    assert "Ctrl+Shift+F" in keys and "Ctrl+Shift+L" in keys and "Ctrl+S" in keys
    dlg.close()


def _mnemonics(widget: Any) -> list[str]:
    from app.ui.qt import QAbstractButton, QLabel

    out = []
    for w in widget.findChildren(QAbstractButton) + widget.findChildren(QLabel):
        if not w.isVisibleTo(widget):
            continue
        m = re.search(r"&(?!&)(\w)", w.text())
        if m:
            out.append(m.group(1).lower())
    return out


def test_checklist_alt_n_is_no_and_next_back_have_no_mnemonic(window, make_case, qtbot) -> None:  # type: ignore[no-untyped-def]
    ws = _open_all_tabs(window, make_case().reference)
    ws.show_tab("checklist")
    tab = ws.area_tabs["checklist"].inner
    assert window.runner.wait_idle()
    assert "&" not in tab.next_btn.text() and "&" not in tab.back_btn.text()
    for i in range(ws.tabs.count()):
        assert "&" not in ws.tabs.tabText(i)  # Alt+O is the Note field, not the Overview tab
    # no Alt+letter used twice inside the tab
    letters = _mnemonics(tab)
    assert len(letters) == len(set(letters)), sorted(x for x in letters if letters.count(x) > 1)


def test_docs_list_every_key() -> None:
    from pathlib import Path

    doc = (Path(__file__).resolve().parents[2] / "docs" / "workspace.md").read_text(encoding="utf-8")
    words = {"Return": "Enter", "Down": "↓"}
    missing = []
    for context, names in shortcuts.KEYS.items():
        for name in names:
            for k in shortcuts.keys(context, name):
                spelled = "+".join(words.get(part, part) for part in k.split("+"))
                if spelled not in doc:
                    missing.append((context, name, spelled))
    assert missing == []
