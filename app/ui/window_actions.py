"""The main window's actions: every command with its key (app/ui/shortcuts.py), the
menus and toolbar that show them, which of them apply to the case in view, and the
command palette (Ctrl+K) that finds them by typing. A mixin of
:class:`~app.ui.main_window.MainWindow`; its strings are translated in this
class's context."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from app.domain import lifecycle
from app.services import case_read
from app.ui.labels import status_label, transition_label

if TYPE_CHECKING:
    from app.services.context import AppContext
    from app.ui.palette import CommandPalette, Entry
    from app.ui.qt import QAction
    from app.ui.tasks import TaskRunner
    from app.ui.workspace import CaseWorkspace

# The case workspace's tabs (app.ui.workspace.TAB_KEYS; a test checks they agree).
TAB_KEYS = ("overview", "evidence", "checklist", "letters", "timeline")

# Keys come from app/ui/shortcuts.py (one table, clashes refused). "Record decision"
# has none on purpose: it asks for confirmation and is never one keystroke.


class WindowActions:
    """Actions, menus, toolbar and palette of the main window."""

    ctx: AppContext
    runner: TaskRunner
    actions_by_name: dict[str, QAction]
    _palette: CommandPalette | None

    # -- actions --------------------------------------------------------------------------
    def _action(
        self,
        name: str,
        text: str,
        slot: Callable[[], Any],
        tip: str = "",
    ) -> QAction:
        """An action of the window; its key (if any) is the one of
        ``app.ui.shortcuts.KEYS["window"][name]``."""
        from app.ui import shortcuts
        from app.ui.qt import QAction  # not needed before the first page is painted

        a = QAction(text, self)
        a.setObjectName(f"action_{name}")
        plain = text.replace("&", "").rstrip("…")
        a.setStatusTip(tip or plain)
        if name in shortcuts.KEYS[shortcuts.WINDOW]:
            shortcuts.bind(a, shortcuts.WINDOW, name, tip or plain)
        else:
            a.setToolTip(tip or plain)
        a.triggered.connect(lambda _checked=False: slot())
        self.addAction(a)
        self.actions_by_name[name] = a
        return a

    def _build_actions(self) -> None:
        from app.ui import shortcuts

        shortcuts.check()  # a clash in the table stops here, not at the officer's keyboard
        A = self._action
        A("new_case", self.tr("&New case…"), self.new_case, self.tr("Open a new case"))
        A(
            "import_archive",
            self.tr("&Import archive…"),
            self.import_archive,
            self.tr("Import a case archive"),
        )
        A(
            "export_archive",
            self.tr("&Export archive…"),
            self.export_archive,
            self.tr("Export the current case as an archive"),
        )
        A(
            "settings",
            self.tr("&Settings…"),
            self.open_settings,
            self.tr("Officer profile and settings"),
        )
        A(
            "audit_checkpoint",
            self.tr("Sign audit &checkpoint…"),
            self.sign_audit_checkpoint,
            self.tr("Sign the end of the audit trail with the unit's key"),
        )
        A("quit", self.tr("&Quit"), self.close, self.tr("Quit Exemptio"))
        A("find", self.tr("&Find cases"), self.focus_search, self.tr("Search the case list"))
        A(
            "palette",
            self.tr("Command &palette…"),
            self.show_palette,
            self.tr("Find any action or case by typing"),
        )
        A("case_list", self.tr("Case &list"), self.show_case_list, self.tr("Show the case list"))
        A("dashboard", self.tr("&Dashboard"), self.show_dashboard, self.tr("Show the dashboard"))
        A("refresh", self.tr("&Refresh"), self.refresh, self.tr("Reload from the database"))
        A("next_tab", self.tr("Next tab"), lambda: self._cycle_tab(1))
        A("prev_tab", self.tr("Previous tab"), lambda: self._cycle_tab(-1))
        A(
            "open_case",
            self.tr("&Open selected case"),
            self.open_selected,
            self.tr("Open the case selected in the list"),
        )
        A(
            "close_case",
            self.tr("&Close case tab"),
            self.close_current_tab,
            self.tr("Close the current case tab"),
        )
        # Transitions: one action per target (Reopen and Send back share "assessment").
        seen: set[str] = set()
        for t in lifecycle.TRANSITIONS:
            if t.target.value == "assessment":
                continue
            if t.target.value in seen:
                continue
            seen.add(t.target.value)
            A(
                f"to_{t.target.value}",
                transition_label(t.name) + ("…" if t.target.value == "decided" else ""),
                lambda t=t: self._transition(t.target.value),
            )
        A("to_assessment", self.tr("Start assessment"), lambda: self._transition("assessment"))
        A(
            "send_back",
            self.tr("Send back to assessment…"),
            lambda: self._transition("assessment", back=True),
        )
        A("reopen", self.tr("Reopen…"), lambda: self._transition("assessment", back=True))
        # The Overview's requests, on the current case (the method the Overview runs).
        for name, text, method in (
            ("assign", self.tr("Assign / reassign…"), "request_assign"),
            ("stop_clock", self.tr("Stop the clock…"), "request_stop_clock"),
            ("resume_clock", self.tr("Resume the clock"), "resume_clock"),
            ("due_date", self.tr("Change due date…"), "request_due_date"),
            ("edit_case", self.tr("Edit title and notes…"), "request_edit"),
        ):
            A(name, text, lambda method=method: self._on_overview(lambda o: getattr(o, method)()))
        for key in TAB_KEYS:
            A(f"tab_{key}", shortcuts.context_name(key), lambda key=key: self.show_workspace_tab(key))
        A("shortcuts", self.tr("&Keyboard shortcuts"), self.show_shortcuts)
        A("about", self.tr("&About Exemptio"), self.show_about)
        A("report", self.tr("&Report a problem…"), self.report_problem)

    def all_actions(self) -> list[QAction]:
        return list(self.actions_by_name.values())

    def _build_menus(self) -> None:
        n = self.actions_by_name
        mb = self.menuBar()
        m = mb.addMenu(self.tr("&File"))
        for key in (
            "new_case",
            None,
            "import_archive",
            "export_archive",
            None,
            "audit_checkpoint",
            None,
            "settings",
            None,
            "quit",
        ):
            m.addSeparator() if key is None else m.addAction(n[key])
        m = mb.addMenu(self.tr("&Case"))
        for key in (
            "open_case",
            "close_case",
            None,
            "to_intake",
            "to_assessment",
            "to_review",
            "send_back",
            "to_decided",
            "to_closed",
            "reopen",
            None,
            "assign",
            None,
            "stop_clock",
            "resume_clock",
            "due_date",
            None,
            "edit_case",
        ):
            m.addSeparator() if key is None else m.addAction(n[key])
        m = mb.addMenu(self.tr("&View"))
        for key in (
            "palette",
            "find",
            None,
            "case_list",
            "dashboard",
            None,
            "tab_overview",
            "tab_evidence",
            "tab_checklist",
            "tab_letters",
            "tab_timeline",
            None,
            "next_tab",
            "prev_tab",
            None,
            "refresh",
        ):
            m.addSeparator() if key is None else m.addAction(n[key])
        m = mb.addMenu(self.tr("&Help"))
        m.addAction(n["shortcuts"])
        m.addAction(n["report"])
        m.addSeparator()
        m.addAction(n["about"])

    def _build_toolbar(self) -> None:
        from app.ui.qt import Qt, QToolBar

        tb = QToolBar(self.tr("Main toolbar"))
        tb.setObjectName("mainToolbar")
        tb.setMovable(False)
        tb.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        n = self.actions_by_name
        for key in ("new_case", "dashboard", "refresh", "palette"):
            tb.addAction(n[key])
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, tb)

    # -- what applies to the case in view --------------------------------------------------
    def update_actions(self) -> None:
        if not self.actions_by_name:
            return
        rec = self.current_record()
        n = self.actions_by_name
        allowed = (
            {(t.target.value, t.needs_reason) for t in lifecycle.allowed_transitions(rec.status)}
            if rec
            else set()
        )
        for target in ("intake", "review", "decided", "closed"):
            n[f"to_{target}"].setEnabled(("" + target, False) in allowed)
        n["to_assessment"].setEnabled(("assessment", False) in allowed)
        back = ("assessment", True) in allowed
        n["send_back"].setEnabled(back and rec is not None and rec.status == "review")
        n["reopen"].setEnabled(back and rec is not None and rec.status in case_read.CLOSED_STATES)
        has_case = rec is not None
        closed = rec is not None and rec.status in case_read.CLOSED_STATES
        stopped = rec is not None and rec.clock_stopped_at is not None
        n["assign"].setEnabled(has_case)
        n["stop_clock"].setEnabled(has_case and not stopped and not closed)
        n["resume_clock"].setEnabled(has_case and stopped)
        n["due_date"].setEnabled(has_case and not closed)
        n["edit_case"].setEnabled(has_case)
        n["export_archive"].setEnabled(has_case)
        n["open_case"].setEnabled(self.tabs.currentWidget() is self.case_list and has_case)
        n["close_case"].setEnabled(self.tabs.currentIndex() > 0)
        for key in TAB_KEYS:
            n[f"tab_{key}"].setEnabled(self.current_workspace() is not None)
        if rec is not None:
            self.statusBar().showMessage(f"{rec.reference} · {status_label(rec.status)} · {rec.title}", 0)

    def _workspace_for_current(self) -> CaseWorkspace | None:
        ws = self.current_workspace()
        if ws is None:
            rec = self.current_record()
            if rec is None:
                return None
            ws = self.open_case(rec.reference, record=rec)
        return ws

    def _on_overview(self, fn: Callable[[Any], None]) -> None:
        ws = self._workspace_for_current()
        if ws is not None:
            ws.show_tab("overview")
            fn(ws.overview)

    def _transition(self, target: str, back: bool = False) -> None:
        ws = self._workspace_for_current()
        if ws is None or ws.record is None:
            return
        ws.show_tab("overview")
        for t in lifecycle.allowed_transitions(ws.record.status):
            if t.target.value == target and t.needs_reason == back:
                ws.overview.request_transition(t)
                return
        # Not offered for this status: let the service say why.
        ws.overview.do_transition(target)

    # -- command palette ------------------------------------------------------------------------
    @property
    def palette(self) -> CommandPalette:
        if self._palette is None:
            from app.ui.palette import CommandPalette

            self._palette = CommandPalette(
                self.ctx, self.runner, self.all_actions(), self, tab_actions=self._tab_actions
            )
            self._palette.triggered.connect(self._palette_triggered)
        return self._palette

    def show_palette(self) -> CommandPalette:
        self.update_actions()
        self.palette.popup()
        return self.palette

    def _tab_actions(self) -> list[tuple[str, str, str, str]]:
        """The case tabs' actions for the palette, while a case is open."""
        if self.current_workspace() is None:
            return []
        from app.ui import shortcuts

        return shortcuts.tab_action_entries()

    def _palette_triggered(self, entry: Entry) -> None:
        if entry.kind == "case":
            self.open_case(str(entry.payload))
        elif entry.kind == "tab_action":
            ws = self.current_workspace()
            if ws is None:
                return
            key, attr = entry.payload
            ws.show_tab(key)  # builds the tab if needed
            tab = ws.area_tabs[key].inner
            action = getattr(tab, attr, None)
            if action is not None and action.isEnabled():
                action.trigger()
            else:
                self.statusBar().showMessage(
                    self.tr("“%1” is not possible for this case now.").replace("%1", entry.text), 8000
                )
        else:
            entry.payload.trigger()
