"""The main window: the case list, open case workspaces and the dashboard as tabs,
menus with a shortcut for every action, and the command palette (Ctrl+K)."""

from __future__ import annotations

import importlib
import logging
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from app.domain import lifecycle
from app.services import case_read
from app.services.case_read import CaseFilter
from app.services.context import AppContext
from app.services.records import CaseRecord
from app.ui.case_list import CaseListPage
from app.ui.labels import status_label, transition_label
from app.ui.models.case_table import _plain_tooltip
from app.ui.qt import (
    QLabel,
    QMainWindow,
    QSettings,
    QTabBar,
    QTabWidget,
    QTimer,
    QWidget,
    Signal,
    shortcut_text,
)
from app.ui.tasks import TaskRunner

# The workspace, dashboard, palette and new-case dialog (and through them
# SQLAlchemy) are imported when first used, not at start-up: the window and the
# first page of the case list are on screen before SQLAlchemy has loaded.
if TYPE_CHECKING:
    from app.services.cases import NewCase
    from app.ui.dashboard import DashboardPage
    from app.ui.dialogs.new_case import NewCaseDialog
    from app.ui.palette import CommandPalette, Entry
    from app.ui.qt import QAction, QDialog
    from app.ui.workspace import CaseWorkspace

# The case workspace's tabs (app.ui.workspace.TAB_KEYS; a test checks they agree).
TAB_KEYS = ("overview", "evidence", "checklist", "letters", "timeline")

log = logging.getLogger("exemptio.ui.main")

# Keys come from app/ui/shortcuts.py (one table, clashes refused). "Record decision"
# has none on purpose: it asks for confirmation and is never one keystroke.


# Functions/classes of the packaging area, by module and the names we accept.
ABOUT_HOOKS = (("app.ui.dialogs.about", ("show_about", "AboutDialog")),)
REPORT_HOOKS = (
    ("app.ui.dialogs.about", ("report_problem", "show_report_problem")),
    ("app.ui.dialogs.report", ("report_problem", "ReportProblemDialog")),
    ("app.ui.dialogs.problem_report", ("report_problem", "ReportProblemDialog")),
)


def _module_exists(name: str) -> bool:
    import importlib.util

    try:
        return importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):
        return False


def _first_hook(hooks: tuple[tuple[str, tuple[str, ...]], ...]) -> Any:
    for module, names in hooks:
        if not _module_exists(module):
            continue
        for name in names:
            fn = _optional(module, name)
            if fn is not None:
                return fn
    return None


def _call_hook(fn: Any, parent: QWidget, ctx: AppContext) -> Any:
    """Call ``fn(parent, ctx)``, or ``fn(parent)`` / ``Cls(ctx, parent)`` as defined."""
    import inspect

    try:
        params = list(inspect.signature(fn).parameters)
    except (TypeError, ValueError):
        params = []
    if isinstance(fn, type):
        return fn(ctx, parent) if params[:1] == ["ctx"] else fn(parent)
    return fn(parent, ctx) if len(params) >= 2 else fn(parent)


def _is_workspace(w: Any) -> bool:
    mod = sys.modules.get("app.ui.workspace")
    return mod is not None and isinstance(w, mod.CaseWorkspace)


def _optional(module: str, name: str) -> Any:
    """A function or class from another area's module, or None while it is missing."""
    try:
        return getattr(importlib.import_module(module), name)
    except (ImportError, AttributeError):
        return None


class MainWindow(QMainWindow):
    case_opened = Signal(str)
    ready = Signal()  # the window is complete: every action, menu and status label exists
    external_change = Signal()

    POLL_MS = 20_000

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, progressive: bool = False) -> None:
        """``progressive``: build only what the first page of the case list needs now;
        the menus, toolbar actions and status-bar labels come with ``ensure_complete()``
        (``run_gui`` calls it right after the first page is painted; ``ready`` is
        emitted then). Without it the window is complete when the constructor returns."""
        super().__init__(parent)
        self.ctx = ctx
        self.runner = TaskRunner(self)
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("Exemptio — open-source exemption cases"))
        self.setAccessibleName(self.tr("Exemptio main window"))
        self.ui_state = QSettings(str(ctx.paths.home / "ui-state.ini"), QSettings.Format.IniFormat)
        self.new_case_dialog: NewCaseDialog | None = None
        self.settings_dialog: QDialog | None = None
        self.dashboard: DashboardPage | None = None
        self.workspaces: dict[str, CaseWorkspace] = {}
        self.actions_by_name: dict[str, QAction] = {}

        self.tabs = QTabWidget()
        self.tabs.setObjectName("mainTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.setTabsClosable(True)
        self.tabs.setMovable(True)
        self.tabs.tabCloseRequested.connect(self.close_tab)
        self.tabs.currentChanged.connect(lambda _i: self.update_actions())
        # The first page is read (in the background) while the window is built.
        self.case_list = CaseListPage(ctx, self.runner, self, load_now=True, sort=self._remembered_sort())
        self.tabs.addTab(self.case_list, self.tr("Cases"))
        self.tabs.tabBar().setTabButton(0, QTabBar.ButtonPosition.RightSide, None)
        self.tabs.tabBar().setTabButton(0, QTabBar.ButtonPosition.LeftSide, None)
        self.setCentralWidget(self.tabs)
        self.case_list.open_case.connect(self.open_case)
        self.case_list.current_changed.connect(lambda _r: self.update_actions())

        self.complete = False
        self._palette: CommandPalette | None = None  # built on first Ctrl+K
        # Notice changes saved by others (another window, a colleague in team mode).
        self._marker: int | None = None
        self.poll_timer = QTimer(self)
        self.poll_timer.setInterval(self.POLL_MS)
        self.poll_timer.timeout.connect(self.poll_changes)
        self.runner.finished.connect(self._after_task)
        self._restore_geometry()  # window geometry, column widths and order
        self.case_list.start()  # (the first page is already being read)
        if not progressive:
            self.ensure_complete()

    def ensure_complete(self) -> None:
        """Build the rest of the window (status-bar labels, every action with its
        shortcut, menus, toolbar) once; emits ``ready``. Idempotent."""
        if self.complete:
            return
        self.officer_label = QLabel()
        self.officer_label.setObjectName("officerLabel")
        self.db_label = QLabel()
        self.db_label.setStyleSheet("color: #6b7280;")
        self.statusBar().addPermanentWidget(self.officer_label)
        self.statusBar().addPermanentWidget(self.db_label)
        from app.ui.dialogs.audit_checkpoint import CheckpointNotice

        self.checkpoint_notice = CheckpointNotice(self.sign_audit_checkpoint)
        self.statusBar().addPermanentWidget(self.checkpoint_notice)
        self.checkpoint_notice.hide()
        self.checkpoint_dialog: QDialog | None = None
        self.complete = True
        self.case_list.finish_setup()
        self._show_identity()
        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        st = self.ui_state.value("main/state")
        if st is not None:
            self.restoreState(st)
        self.update_actions()
        self.poll_timer.start()
        self.ready.emit()

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
        A(
            "assign",
            self.tr("Assign / reassign…"),
            lambda: self._on_overview(lambda o: o.request_assign()),
        )
        A(
            "stop_clock",
            self.tr("Stop the clock…"),
            lambda: self._on_overview(lambda o: o.request_stop_clock()),
        )
        A(
            "resume_clock",
            self.tr("Resume the clock"),
            lambda: self._on_overview(lambda o: o.resume_clock()),
        )
        A(
            "due_date",
            self.tr("Change due date…"),
            lambda: self._on_overview(lambda o: o.request_due_date()),
        )
        A(
            "edit_case",
            self.tr("Edit title and notes…"),
            lambda: self._on_overview(lambda o: o.request_edit()),
        )
        tab_names = {
            "overview": self.tr("Overview tab"),
            "evidence": self.tr("Evidence tab"),
            "checklist": self.tr("Checklist tab"),
            "letters": self.tr("Letters tab"),
            "timeline": self.tr("Timeline tab"),
        }
        for key in TAB_KEYS:
            A(f"tab_{key}", tab_names[key], lambda key=key: self.show_workspace_tab(key))
        A("shortcuts", self.tr("&Keyboard shortcuts"), self.show_shortcuts)
        A("about", self.tr("&About Exemptio"), self.show_about)
        A("report", self.tr("&Report a problem…"), self.report_problem)
        # The packaging area's dialogs are looked up when used (importing them at
        # start-up would cost time); the menu entry shows when the module exists.
        self.actions_by_name["report"].setVisible(any(_module_exists(m) for m, _names in REPORT_HOOKS))

    # -- audit checkpoint (issue 16 item 4) ----------------------------------------------------
    def check_audit_checkpoint(self) -> None:
        """Start-up check (after the first paint): a non-modal notice in the status bar when
        the latest audit checkpoint is a day old or older, or none was ever made."""
        self.ensure_complete()
        ctx = self.ctx

        def work(_p: Any) -> Any:
            from app.services import audit

            return audit.checkpoint_status(ctx)

        def failed(err: BaseException) -> None:
            log.warning("audit checkpoint status could not be read: %s", err)

        self.runner.query(work, self.checkpoint_notice.show_status, failed, key="audit-checkpoint-status")

    def sign_audit_checkpoint(self) -> None:
        """File → Sign audit checkpoint…: key file and passphrase, signed off the GUI thread."""
        from app.ui.dialogs.audit_checkpoint import CheckpointDialog, sign_checkpoint

        self.ensure_complete()
        dialog = CheckpointDialog(self.ctx.settings.signing_key_path, self)
        self.checkpoint_dialog = dialog

        def done(cp: Any) -> None:
            self.statusBar().showMessage(
                self.tr("Audit checkpoint %1 signed by %2: the trail up to event %3 is vouched for.")
                .replace("%1", str(cp.id))
                .replace("%2", cp.signer)
                .replace("%3", str(cp.last_id)),
                0,
            )
            self.check_audit_checkpoint()

        dialog.submitted.connect(lambda: sign_checkpoint(self.ctx, self.runner, dialog, done))
        dialog.open()

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

    # -- current case ------------------------------------------------------------------------
    def current_workspace(self) -> CaseWorkspace | None:
        w = self.tabs.currentWidget()
        return w if _is_workspace(w) else None

    def current_record(self) -> CaseRecord | None:
        ws = self.current_workspace()
        if ws is not None:
            return ws.record
        if self.tabs.currentWidget() is self.case_list:
            return self.case_list.selected_record()
        return None

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

    # -- tabs -----------------------------------------------------------------------------------
    def open_case(self, reference: str, record: CaseRecord | None = None) -> CaseWorkspace:
        ws = self.workspaces.get(reference)
        if ws is None:
            from app.ui.workspace import CaseWorkspace

            ws = CaseWorkspace(self.ctx, reference, self.runner, self, record=record)
            ws.case_changed.connect(self._case_changed)
            self.workspaces[reference] = ws
            i = self.tabs.addTab(ws, reference)
            self.tabs.setTabToolTip(i, _plain_tooltip(record.title if record else reference))
        self.tabs.setCurrentWidget(ws)
        self.case_opened.emit(reference)
        return ws

    def _case_changed(self, rec: CaseRecord) -> None:
        self.case_list.model.upsert(rec)
        ws = self.workspaces.get(rec.reference)
        if ws is not None:
            i = self.tabs.indexOf(ws)
            self.tabs.setTabToolTip(i, _plain_tooltip(rec.title))
        if self.dashboard is not None:
            self.dashboard.refresh()
        self.update_actions()

    def close_tab(self, index: int) -> None:
        w = self.tabs.widget(index)
        if w is self.case_list:
            return
        if _is_workspace(w) and not self.save_before_closing([w]):
            return
        self.tabs.removeTab(index)
        if _is_workspace(w):
            self.workspaces.pop(w.reference, None)
        if w is self.dashboard:
            self.dashboard = None
        if w is not None:
            w.deleteLater()
        self.update_actions()

    def close_current_tab(self) -> None:
        if self.tabs.currentIndex() > 0:
            self.close_tab(self.tabs.currentIndex())

    def _cycle_tab(self, step: int) -> None:
        n = self.tabs.count()
        self.tabs.setCurrentIndex((self.tabs.currentIndex() + step) % n)

    def show_workspace_tab(self, key: str) -> None:
        ws = self.current_workspace()
        if ws is not None:
            ws.show_tab(key)

    def show_case_list(self) -> None:
        self.tabs.setCurrentWidget(self.case_list)
        self.case_list.view.setFocus()

    def show_dashboard(self) -> None:
        if self.dashboard is None:
            from app.ui.dashboard import DashboardPage

            self.dashboard = DashboardPage(self.ctx, self.runner, self)
            self.dashboard.filter_requested.connect(self._filter_from_dashboard)
            self.tabs.insertTab(1, self.dashboard, self.tr("Dashboard"))
        else:
            self.dashboard.refresh()
        self.tabs.setCurrentWidget(self.dashboard)

    def _filter_from_dashboard(self, f: CaseFilter) -> None:
        self.case_list.set_filter(f)
        self.show_case_list()

    def open_selected(self) -> None:
        rec = self.case_list.selected_record()
        if rec is not None:
            self.open_case(rec.reference, record=rec)

    def focus_search(self) -> None:
        self.tabs.setCurrentWidget(self.case_list)
        self.case_list.focus_search()

    def refresh(self) -> None:
        w = self.tabs.currentWidget()
        if _is_workspace(w):
            w.refresh_all()
        elif w is self.dashboard and self.dashboard is not None:
            self.dashboard.refresh()
        else:
            self.case_list.refresh()

    # -- dialogs --------------------------------------------------------------------------------
    def new_case(self) -> NewCaseDialog:
        from app.ui.dialogs.new_case import NewCaseDialog

        dlg = NewCaseDialog(self, default_officer=self.ctx.officer)
        self.new_case_dialog = dlg

        def submit(new: NewCase) -> None:
            def done(rec: CaseRecord) -> None:
                dlg.succeeded()
                self.tabs.setCurrentWidget(self.case_list)
                self.case_list.show_case(rec)
                self.statusBar().showMessage(self.tr("Case %1 opened.").replace("%1", rec.reference), 8000)

            def create(_p: Any) -> CaseRecord:
                from app.services import cases

                return cases.create_case(self.ctx, new)

            self.runner.run(
                create,
                done,
                lambda exc: dlg.show_error(str(exc)),
                label=self.tr("Creating the case…"),
            )

        dlg.submitted.connect(submit)
        dlg.finished.connect(lambda _r: dlg.deleteLater())
        dlg.open()
        self.runner.query(
            lambda p: case_read.officers(self.ctx),
            lambda names: (
                [dlg.officer.addItem(x) for x in names if x != self.ctx.officer]
                if not _deleted(dlg)
                else None
            ),
            lambda e: None,
        )
        return dlg

    def open_settings(self) -> QDialog:
        from app.ui.dialogs.settings import SettingsDialog

        dlg = SettingsDialog(self.ctx, self)
        self.settings_dialog = dlg
        dlg.accepted.connect(self._show_identity)
        dlg.finished.connect(lambda _r: dlg.deleteLater())
        dlg.open()
        return dlg

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

    def import_archive(self) -> None:
        fn = _optional("app.ui.dialogs.archive", "import_archive_interactive")
        if fn is None:
            self._not_available(self.tr("Importing archives"))
            return
        fn(self, self.ctx, self.runner, on_imported=self._imported)

    def _imported(self, reference: str) -> None:
        self.case_list.refresh()
        self.open_case(reference)

    def export_archive(self) -> None:
        fn = _optional("app.ui.dialogs.archive", "export_case_interactive")
        rec = self.current_record()
        if fn is None:
            self._not_available(self.tr("Exporting archives"))
            return
        if rec is not None:
            fn(self, self.ctx, rec.reference, self.runner)

    def show_about(self) -> None:
        from app.ui.qt import QDialog, QMessageBox

        fn = _first_hook(ABOUT_HOOKS)
        if fn is None:
            from app import __version__

            QMessageBox.about(
                self,
                self.tr("About Exemptio"),
                self.tr(
                    "Exemptio %1 — assessing open-source exemption claims under the EU AI Act "
                    "(Art. 2(12), 53(2), 54(6) of Regulation (EU) 2024/1689)."
                ).replace("%1", __version__),
            )
            return
        result = _call_hook(fn, self, self.ctx)
        if isinstance(result, QDialog) and not result.isVisible():
            result.open()

    def report_problem(self) -> None:
        from app.ui.qt import QDialog

        fn = _first_hook(REPORT_HOOKS)
        if fn is None:
            self._not_available(self.tr("Reporting a problem"))
            return
        result = _call_hook(fn, self, self.ctx)
        if isinstance(result, QDialog) and not result.isVisible():
            result.open()

    def _not_available(self, what: str) -> None:
        self.statusBar().showMessage(self.tr("%1 is not available yet.").replace("%1", what), 8000)

    def show_shortcuts(self) -> QDialog:
        """F1: every key, by where it works (app/ui/shortcuts.py)."""
        from app.ui import shortcuts
        from app.ui.qt import QDialog, QFont, QTableWidget, QTableWidgetItem, QVBoxLayout

        dlg = QDialog(self)
        dlg.setObjectName("shortcutsDialog")
        dlg.setWindowTitle(self.tr("Keyboard shortcuts"))
        dlg.setAccessibleName(self.tr("Keyboard shortcuts"))
        table = QTableWidget(0, 2, dlg)
        dlg.table = table  # type: ignore[attr-defined]
        table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Keys")])
        table.verticalHeader().hide()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        window_rows = [
            (a.text().replace("&", ""), " / ".join(shortcut_text(k) for k in a.shortcuts()))
            for a in self.all_actions()
            if a.shortcuts()
        ]
        groups = [(shortcuts.context_name(shortcuts.WINDOW), window_rows), *shortcuts.rows()]
        bold = QFont()
        bold.setBold(True)
        for title, items in groups:
            r = table.rowCount()
            table.insertRow(r)
            head = QTableWidgetItem(title)
            head.setFont(bold)
            table.setItem(r, 0, head)
            table.setItem(r, 1, QTableWidgetItem(""))
            for text, keys in items:
                r = table.rowCount()
                table.insertRow(r)
                table.setItem(r, 0, QTableWidgetItem("    " + text))
                table.setItem(r, 1, QTableWidgetItem(keys))
        table.resizeColumnsToContents()
        table.horizontalHeader().setStretchLastSection(True)
        lay = QVBoxLayout(dlg)
        lay.addWidget(table)
        dlg.resize(620, 720)
        dlg.finished.connect(lambda _r: dlg.deleteLater())
        dlg.open()
        return dlg

    def refresh_identity(self) -> None:
        self._show_identity()

    def _show_identity(self) -> None:
        if not self.complete:
            return  # ensure_complete() shows it
        who = self.ctx.officer or self.tr("no officer set (Settings, Ctrl+,)")
        self.officer_label.setText(self.tr("Officer: %1").replace("%1", who))
        url = self.ctx.db_url
        self.db_label.setText(url.split("@")[-1] if "@" in url else url.replace("sqlite:///", ""))

    def poll_changes(self) -> None:
        """Ask (in the background) whether anything changed since the last look;
        if so, refresh what is on screen, keeping the selection."""
        if self.runner.busy:
            return

        def seen(marker: int) -> None:
            first = self._marker is None
            changed = not first and marker != self._marker
            self._marker = marker
            if changed:
                self.refresh_after_external_change()

        self.runner.query(lambda p: _change_marker(self.ctx), seen, lambda e: None, key=f"poll-{id(self)}")

    def _after_task(self, task: Any) -> None:
        """Our own saves move the marker too: take note, so they cause no reload."""
        if task.pool is self.runner.write_pool and self._marker is not None:

            def note(marker: int) -> None:
                self._marker = marker

            self.runner.query(
                lambda p: _change_marker(self.ctx), note, lambda e: None, key=f"poll-own-{id(self)}"
            )

    def refresh_after_external_change(self) -> None:
        page = self.case_list
        # Only reload the list while it shows its first page (no scrolled-away rows lost).
        if page.model.rowCount() <= page.model.PAGE:
            rec = page.selected_record()
            if rec is not None:
                ref = rec.reference

                def reselect() -> None:
                    page.model.reloaded.disconnect(reselect)
                    row = page.model.row_of(ref)
                    if row >= 0:
                        page.view.setCurrentIndex(page.model.index(row, 0))

                page.model.reloaded.connect(reselect)
            page.refresh()
        for ws in self.workspaces.values():
            ws.refresh()
        if self.dashboard is not None:
            self.dashboard.refresh()
        self.external_change.emit()

    # -- state ----------------------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        geo = self.ui_state.value("main/geometry")
        if geo is not None:
            self.restoreGeometry(geo)
        else:
            self.resize(1360, 860)
        header = self.ui_state.value("caselist/header")
        if header is not None:
            self.case_list.view.horizontalHeader().restoreState(header)

    def _remembered_sort(self) -> tuple[int, bool] | None:
        """The case list's sort when the window was last closed: (column, descending).
        (The header's indicator, restored with its state, is only read after the
        first paint: see CaseListPage.finish_setup.)"""
        column, _, order = str(self.ui_state.value("caselist/sort") or "").partition(",")
        if column.isdigit() and order in ("asc", "desc"):
            return int(column), order == "desc"
        return None

    def save_state(self) -> None:
        self.ensure_complete()  # the toolbar's place is part of the saved state
        self.ui_state.setValue("main/geometry", self.saveGeometry())
        self.ui_state.setValue("main/state", self.saveState())
        self.ui_state.setValue("caselist/header", self.case_list.view.horizontalHeader().saveState())
        column, descending = self.case_list.model.sort_column
        self.ui_state.setValue("caselist/sort", f"{column},{'desc' if descending else 'asc'}")
        self.ui_state.sync()

    # -- nothing typed is lost on closing ----------------------------------------------------
    def save_before_closing(self, workspaces: list[Any]) -> bool:
        """Save what the officer typed in ``workspaces`` and wait (with a small "Saving…"
        window) for every queued write to land. When something could not be saved, ask
        Discard / Cancel. False: the officer chose Cancel (keep the tab or window open)."""
        problems = [p for ws in workspaces for p in ws.flush()]
        self.runner.wait_writes(label=self.tr("Saving…"))
        unsaved = [ws.reference for ws in workspaces if ws.has_unsaved()]
        if not problems and not unsaved:
            return True
        from app.ui.qt import QMessageBox

        lines = problems or [self.tr("Case %1").replace("%1", r) for r in unsaved]
        box = QMessageBox(self)
        box.setObjectName("unsavedChanges")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Changes not saved"))
        box.setText(self.tr("Some changes could not be saved. Discard them, or cancel and keep working?"))
        box.setInformativeText("\n".join(lines))
        box.setStandardButtons(QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAccessibleName(self.tr("Changes not saved"))
        self.unsaved_box = box
        return bool(box.exec() == QMessageBox.StandardButton.Discard)

    def closeEvent(self, event: Any) -> None:
        if not self.save_before_closing(list(self.workspaces.values())):
            event.ignore()
            return
        self.save_state()
        self.runner.shutdown(3000)
        super().closeEvent(event)


def _change_marker(ctx: AppContext) -> int:
    from app.services import cases

    return cases.change_marker(ctx)


def _deleted(obj: Any) -> bool:
    try:
        obj.objectName()
    except RuntimeError:
        return True
    return False
