"""The main window: the case list, open case workspaces and the dashboard as tabs.
Its actions, menus and command palette are app/ui/window_actions.py; noticing
others' changes is app/ui/change_watch.py."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from app.services import case_read
from app.services.case_read import CaseFilter
from app.services.context import AppContext
from app.services.records import CaseRecord
from app.ui.case_list import CaseListPage
from app.ui.change_watch import ChangeWatcher
from app.ui.messages import failure_text
from app.ui.models.case_table import _plain_tooltip
from app.ui.op import Op, QueryOp
from app.ui.qt import (
    QLabel,
    QMainWindow,
    QSettings,
    QTabBar,
    QTabWidget,
    QWidget,
    Signal,
    deleted,
)
from app.ui.tasks import TaskRunner
from app.ui.window_actions import TAB_KEYS, WindowActions

# The workspace, dashboard, palette and new-case dialog (and through them
# SQLAlchemy) are imported when first used, not at start-up: the window and the
# first page of the case list are on screen before SQLAlchemy has loaded.
if TYPE_CHECKING:
    from app.services.cases import NewCase
    from app.ui.dashboard import DashboardPage
    from app.ui.dialogs.new_case import NewCaseDialog
    from app.ui.palette import CommandPalette
    from app.ui.qt import QAction, QDialog
    from app.ui.workspace import CaseWorkspace

__all__ = ["TAB_KEYS", "MainWindow"]

log = logging.getLogger("exemptio.ui.main")


def _is_workspace(w: Any) -> bool:
    mod = sys.modules.get("app.ui.workspace")
    return mod is not None and isinstance(w, mod.CaseWorkspace)


class MainWindow(WindowActions, QMainWindow):
    case_opened = Signal(str)
    ready = Signal()  # the window is complete: every action, menu and status label exists
    external_change = Signal()

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
        self.watcher = ChangeWatcher(ctx, self.runner, self)
        self.watcher.changed.connect(self.refresh_after_external_change)
        self._closing_confirmed = False  # Discard was chosen: the next close goes through
        self.unsaved_box: Any = None
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
        self.watcher.start()
        self.ready.emit()

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

        QueryOp(self, work).success(self.checkpoint_notice.show_status).failure(failed).latest(
            "audit-checkpoint-status"
        ).run()

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
        if _is_workspace(w) and not self.save_before_closing([w], lambda: self._remove_tab(w)):
            return
        self._remove_tab(w)

    def _remove_tab(self, w: Any) -> None:
        index = self.tabs.indexOf(w)
        if index < 0:
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

            ctx = self.ctx

            def create(_p: Any) -> CaseRecord:  # worker: values only
                from app.services import cases

                return cases.create_case(ctx, new)

            Op(self, create).success(done).failure(lambda exc: dlg.show_error(failure_text(exc))).label(
                self.tr("Creating the case…")
            ).run()

        dlg.submitted.connect(submit)
        dlg.finished.connect(lambda _r: dlg.deleteLater())
        dlg.open()
        ctx = self.ctx
        QueryOp(self, lambda p: case_read.officers(ctx)).success(
            lambda names: (
                [dlg.officer.addItem(x) for x in names if x != self.ctx.officer] if not deleted(dlg) else None
            )
        ).failure(lambda e: log.warning("officers not read: %s", e)).run()
        return dlg

    def open_settings(self) -> QDialog:
        from app.ui.dialogs.settings import SettingsDialog

        dlg = SettingsDialog(self.ctx, self)
        self.settings_dialog = dlg
        dlg.accepted.connect(self._show_identity)
        dlg.finished.connect(lambda _r: dlg.deleteLater())
        dlg.open()
        return dlg

    def import_archive(self) -> None:
        from app.ui.dialogs.archive import import_archive_interactive

        import_archive_interactive(self, self.ctx, self.runner, on_imported=self._imported)

    def _imported(self, reference: str) -> None:
        self.case_list.refresh()
        self.open_case(reference)

    def export_archive(self) -> None:
        from app.ui.dialogs.archive import export_case_interactive

        rec = self.current_record()
        if rec is not None:
            export_case_interactive(self, self.ctx, rec.reference, self.runner)

    def show_about(self) -> QDialog:
        from app.ui.dialogs.about import show_about

        return show_about(self, self.ctx)

    def report_problem(self) -> None:
        from app.ui.dialogs.about import report_problem

        report_problem(self, self.ctx)

    def show_shortcuts(self) -> QDialog:
        """F1: every key, by where it works (app/ui/shortcuts.py)."""
        from app.ui.dialogs.shortcuts_dialog import ShortcutsDialog

        dlg = ShortcutsDialog(self.all_actions(), self)
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
        self.watcher.poll()

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
    def save_before_closing(self, workspaces: list[Any], then: Callable[[], None]) -> bool:
        """Save what the officer typed in ``workspaces`` and wait (with a small "Saving…"
        window) for every queued write to land. True: all is saved, close now. When
        something could not be saved, a window-modal box asks Discard / Cancel (opened,
        no nested event loop); ``then`` runs if the officer discards. False: wait."""
        problems = [p for ws in workspaces for p in ws.flush()]
        self.runner.wait_writes(label=self.tr("Saving…"))
        unsaved = [ws.reference for ws in workspaces if ws.has_unsaved()]
        if not problems and not unsaved:
            return True
        from app.ui import message_box  # only on this path (not before the first paint)

        lines = problems or [self.tr("Case %1").replace("%1", r) for r in unsaved]
        self.unsaved_box = message_box.confirm(
            self,
            self.tr("Changes not saved"),
            self.tr("Some changes could not be saved. Discard them, or cancel and keep working?"),
            yes_text=self.tr("Discard"),
            no_text=self.tr("Cancel"),
            on_yes=then,
            informative="\n".join(lines),
            object_name="unsavedChanges",
            warn=True,
        )
        return False

    def closeEvent(self, event: Any) -> None:
        if not self._closing_confirmed and not self.save_before_closing(
            list(self.workspaces.values()), self._close_discarding
        ):
            event.ignore()
            return
        self.save_state()
        self.runner.shutdown(3000)
        super().closeEvent(event)

    def _close_discarding(self) -> None:
        self._closing_confirmed = True
        self.close()
