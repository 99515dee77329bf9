"""Every keyboard shortcut of the GUI, in one table, by context.

A *context* is where a key works:

* ``window``: anywhere in the main window (menus, case list, every case tab);
* ``evidence``, ``checklist``, ``letters``: only while that tab of a case has the
  focus (``WidgetWithChildrenShortcut``);
* ``case_list``, ``palette``: keys of one widget, listed for F1.

The rule: a key is bound once per context, and a tab's key is never also a window
key (the window's would win or lose depending on the focus). :func:`clashes`
returns every breach of that rule; ``check()`` raises on one, and the main window
calls it when it builds its actions, so a clash added to this table fails at
start-up (and in ``tests/ui/test_shortcuts.py``, which also walks every action and
shortcut of a real window with all tabs open).

Decisions have no one-keystroke shortcut: *Record decision* is in the Case menu
and asks for confirmation. Keys use Ctrl / Ctrl+Shift / Alt+Shift, never
Ctrl+Alt (that is AltGr on many European keyboards: Ctrl+Alt+A types "ą" in Polish).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from app.ui.qt import QT_TRANSLATE_NOOP, QCoreApplication, QKeySequence, Qt, shortcut_text

WINDOW = "window"
# Contexts whose keys are live together with the window's (a case tab, the list).
TAB_CONTEXTS = ("evidence", "checklist", "letters", "case_list")

KEYS: dict[str, dict[str, str | tuple[str, ...]]] = {
    WINDOW: {
        "new_case": "Ctrl+N",
        "import_archive": "Ctrl+Shift+I",
        "export_archive": "Ctrl+Shift+E",
        "audit_checkpoint": "Ctrl+Shift+K",
        "settings": "Ctrl+,",
        "quit": "Ctrl+Q",
        "find": "Ctrl+F",
        "palette": "Ctrl+K",
        "case_list": "Ctrl+0",
        "dashboard": "Ctrl+D",
        "refresh": "F5",
        "next_tab": "Ctrl+PgDown",
        "prev_tab": "Ctrl+PgUp",
        "open_case": "Ctrl+O",
        "close_case": "Ctrl+W",
        "to_intake": "Alt+Shift+I",
        "to_assessment": "Alt+Shift+A",
        "to_review": "Alt+Shift+R",
        "to_closed": "Alt+Shift+C",
        "send_back": "Alt+Shift+B",
        "reopen": "Alt+Shift+O",
        "assign": "Ctrl+Shift+A",
        "stop_clock": "Ctrl+Shift+S",
        "resume_clock": "Ctrl+Shift+R",
        "due_date": "Ctrl+Shift+D",
        "edit_case": "Ctrl+E",
        "tab_overview": "Ctrl+1",
        "tab_evidence": "Ctrl+2",
        "tab_checklist": "Ctrl+3",
        "tab_letters": "Ctrl+4",
        "tab_timeline": "Ctrl+5",
        "shortcuts": "F1",
        "about": "Ctrl+Shift+F1",
        "report": "Ctrl+Shift+P",
    },
    "evidence": {
        "add_files": "Ctrl+Shift+F",
        "add_folder": "Ctrl+Shift+O",
        "import_model": "Ctrl+Shift+M",
        "verify": "Ctrl+Shift+V",
        "export_copy": "Ctrl+Shift+X",
    },
    "letters": {
        "draft": "Ctrl+Shift+L",
        "approve": "Ctrl+Shift+Y",
        "issue": "Ctrl+Shift+U",
        "save_pdf": "Ctrl+Shift+X",
        "verify": "Ctrl+Shift+V",
    },
    "checklist": {
        "back": ("Alt+Left", "PgUp"),
        "next": ("Alt+Right", "PgDown", "Ctrl+Return"),
        "save": "Ctrl+S",
    },
    "case_list": {
        "open": "Return",
        "search_to_list": "Down",
        "clear_search": "Esc",
    },
    "palette": {
        "run": "Return",
        "close": "Esc",
    },
}


# What F1 says for the keys of the tabs and widgets (the window's keys are named by
# their actions' texts).
LABELS: dict[tuple[str, str], str] = {
    ("evidence", "add_files"): QT_TRANSLATE_NOOP("Shortcuts", "Add files"),
    ("evidence", "add_folder"): QT_TRANSLATE_NOOP("Shortcuts", "Add a folder"),
    ("evidence", "import_model"): QT_TRANSLATE_NOOP("Shortcuts", "Import a model folder"),
    ("evidence", "verify"): QT_TRANSLATE_NOOP("Shortcuts", "Verify the stored evidence"),
    ("evidence", "export_copy"): QT_TRANSLATE_NOOP("Shortcuts", "Export a copy of the selected item"),
    ("letters", "draft"): QT_TRANSLATE_NOOP("Shortcuts", "Draft the letter"),
    ("letters", "approve"): QT_TRANSLATE_NOOP("Shortcuts", "Approve the draft"),
    ("letters", "issue"): QT_TRANSLATE_NOOP("Shortcuts", "Sign and issue the approved letter"),
    ("letters", "save_pdf"): QT_TRANSLATE_NOOP("Shortcuts", "Save the selected letter as PDF"),
    ("letters", "verify"): QT_TRANSLATE_NOOP("Shortcuts", "Verify a letter file"),
    ("checklist", "back"): QT_TRANSLATE_NOOP("Shortcuts", "Previous question"),
    ("checklist", "next"): QT_TRANSLATE_NOOP("Shortcuts", "Next question"),
    ("checklist", "save"): QT_TRANSLATE_NOOP("Shortcuts", "Save the answer"),
    ("checklist", "answer"): QT_TRANSLATE_NOOP("Shortcuts", "Answer yes / no / partly / unknown"),
    ("checklist", "note"): QT_TRANSLATE_NOOP("Shortcuts", "Go to the note field"),
    ("case_list", "open"): QT_TRANSLATE_NOOP("Shortcuts", "Open the selected case"),
    ("case_list", "search_to_list"): QT_TRANSLATE_NOOP("Shortcuts", "From the search box into the list"),
    ("case_list", "clear_search"): QT_TRANSLATE_NOOP("Shortcuts", "Clear the search box"),
    ("palette", "run"): QT_TRANSLATE_NOOP("Shortcuts", "Run the selected action or open the case"),
    ("palette", "move"): QT_TRANSLATE_NOOP("Shortcuts", "Move through the results"),
    ("palette", "close"): QT_TRANSLATE_NOOP("Shortcuts", "Close the palette"),
}
# The tab actions the command palette offers: (context, name) -> the tab's attribute
# holding the QAction (the tab is built when the entry is run).
TAB_ACTIONS: dict[tuple[str, str], str] = {
    ("evidence", "add_files"): "act_add_files",
    ("evidence", "add_folder"): "act_add_folder",
    ("evidence", "import_model"): "act_import_model",
    ("evidence", "verify"): "act_verify",
    ("evidence", "export_copy"): "act_export",
    ("letters", "draft"): "draft_action",
    ("letters", "approve"): "approve_action",
    ("letters", "issue"): "issue_action",
    ("letters", "save_pdf"): "save_action",
    ("letters", "verify"): "verify_action",
}


def tab_action_entries() -> list[tuple[str, str, str, str]]:
    """(context, tab attribute, text, keys) for every tab action, translated."""
    out = []
    for (context, name), attr in TAB_ACTIONS.items():
        label = QCoreApplication.translate("Shortcuts", LABELS[(context, name)])
        text = f"{label} — {context_name(context)}"
        out.append((context, attr, text, " / ".join(shortcut_text(k) for k in keys(context, name))))
    return out


# Keys that are not shortcuts (mnemonics, a list's arrows), listed for F1 only.
EXTRA: dict[str, dict[str, str]] = {
    "checklist": {"answer": "Alt+Y / Alt+N / Alt+P / Alt+U", "note": "Alt+O"},
    "palette": {"move": "↑ ↓"},
}


def rows() -> list[tuple[str, list[tuple[str, str]]]]:
    """What F1 shows for every context but the window's: (context title, [(what, keys)])."""
    out = []
    for context, names in KEYS.items():
        if context == WINDOW:
            continue
        items = [
            (
                QCoreApplication.translate("Shortcuts", LABELS.get((context, name), name)),
                " / ".join(shortcut_text(k) for k in keys(context, name)),
            )
            for name in names
        ]
        items += [
            (QCoreApplication.translate("Shortcuts", LABELS.get((context, name), name)), text)
            for name, text in EXTRA.get(context, {}).items()
        ]
        out.append((context_name(context), items))
    return out


def context_name(context: str) -> str:
    """The translated name of a shortcut context or of a case tab (the window's
    Ctrl+1…5 actions are named by it too)."""
    names = {
        WINDOW: QCoreApplication.translate("Shortcuts", "Everywhere in the main window"),
        "case_list": QCoreApplication.translate("Shortcuts", "Case list"),
        "overview": QCoreApplication.translate("Shortcuts", "Overview tab"),
        "evidence": QCoreApplication.translate("Shortcuts", "Evidence tab"),
        "checklist": QCoreApplication.translate("Shortcuts", "Checklist tab"),
        "letters": QCoreApplication.translate("Shortcuts", "Letters tab"),
        "timeline": QCoreApplication.translate("Shortcuts", "Timeline tab"),
        "palette": QCoreApplication.translate("Shortcuts", "Command palette"),
    }
    return names.get(context, context)


class ShortcutClash(Exception):
    """Two actions share a key where both are live."""


def keys(context: str, name: str) -> tuple[str, ...]:
    """The key(s) of ``name`` in ``context`` (KeyError: not in the table)."""
    value = KEYS[context][name]
    return (value,) if isinstance(value, str) else value


def key(context: str, name: str) -> str:
    """The first (shown) key of ``name`` in ``context``."""
    return keys(context, name)[0]


def portable(seq: str | QKeySequence) -> str:
    """One spelling per key ("ctrl+shift+a" and "Ctrl+Shift+A" compare equal)."""
    ks = seq if isinstance(seq, QKeySequence) else QKeySequence(seq)
    return ks.toString(QKeySequence.SequenceFormat.PortableText)


def clashes(table: dict[str, dict[str, str | tuple[str, ...]]] | None = None) -> list[str]:
    """Every key bound twice where both bindings are live: twice in one context, or
    in the window and in a tab. Empty when the table is sound."""
    table = KEYS if table is None else table
    found: list[str] = []
    seen: dict[str, dict[str, str]] = {}
    for context, names in table.items():
        here: dict[str, str] = {}
        for name, value in names.items():
            for k in (value,) if isinstance(value, str) else value:
                p = portable(k)
                if p in here:
                    found.append(f"{context}: {p} is bound to both {here[p]} and {name}")
                here[p] = name
        seen[context] = here
    window = seen.get(WINDOW, {})
    for context in TAB_CONTEXTS:
        for p, name in seen.get(context, {}).items():
            if p in window:
                found.append(f"{p} is {window[p]} in the window and {name} in {context}")
    return found


def check(table: dict[str, dict[str, str | tuple[str, ...]]] | None = None) -> None:
    problems = clashes(table)
    if problems:
        raise ShortcutClash("; ".join(problems))


def bind(action: Any, context: str, name: str, tip: str = "") -> Any:
    """Give ``action`` (a QAction) its key(s) from the table, the right Qt shortcut
    context and a tooltip naming the key. Returns the action."""
    seqs = [QKeySequence(k) for k in keys(context, name)]
    action.setShortcuts(seqs)
    sc = Qt.ShortcutContext
    action.setShortcutContext(sc.WindowShortcut if context == WINDOW else sc.WidgetWithChildrenShortcut)
    plain = (tip or action.text()).replace("&", "").rstrip("…")
    action.setToolTip(f"{plain} ({shortcut_text(seqs[0])})")
    if not action.statusTip():
        action.setStatusTip(plain)
    action.setProperty("shortcutContext", context)
    action.setProperty("shortcutName", name)
    return action


def focusable_toolbar(toolbar: Any, actions: Iterable[Any]) -> None:
    """Tool buttons take no keyboard focus by default: make them reachable with Tab."""
    for a in actions:
        w = toolbar.widgetForAction(a)
        if w is not None:
            w.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
