"""The Checklist tab's controller: loading, saving and licence screening, as operations.

Every piece of work runs off the GUI thread as an :class:`app.ui.op.Op` (a write: the
saves and screening the case's evidence, which records custody) or
:class:`app.ui.op.QueryOp` (a read: loading, screening files from disk). The worker
gets values, never widgets, and returns its result; the session
(``session.py``) and the tab (``tab.py``) are updated in the success callback on the
GUI thread. Status lines are worded here, in the tab's translation context.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app.domain import licence_screen
from app.domain.checklist import ChecklistDefinition
from app.domain.errors import Conflict
from app.services import checklist as svc
from app.services.context import AppContext
from app.ui import i18n
from app.ui.messages import failure_text
from app.ui.op import Op, QueryOp
from app.ui.qt import QCoreApplication, QObject
from app.ui.tabs.checklist.session import ChecklistSession, SaveBatch
from app.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from app.ui.tabs.checklist.tab import ChecklistTab


class ChecklistController(QObject):
    """Runs the tab's operations on the window's TaskRunner."""

    def __init__(
        self,
        tab: ChecklistTab,
        ctx: AppContext,
        reference: str,
        runner: TaskRunner,
        session: ChecklistSession,
    ) -> None:
        super().__init__(tab)
        self.tab, self.ctx, self.reference, self.runner, self.session = tab, ctx, reference, runner, session
        self.conflict_dialog: Any = None

    # -- loading ----------------------------------------------------------------------
    def load(self) -> None:
        ctx, ref = self.ctx, self.reference
        language = i18n.current_language()  # the checklist's texts follow the interface language

        def read(_p: Any) -> tuple[svc.ChecklistState, ChecklistDefinition]:
            st = svc.get_state(ctx, ref)
            return st, svc.load_definition(st.checklist_id, st.version, ctx=ctx, language=language)

        (
            QueryOp(self.tab, read, runner=self.runner)
            .label(QCoreApplication.translate("ChecklistTab", "Loading the checklist…"))
            .success(self._loaded)
            .failure(self.tab.show_load_failed)
            .run()
        )

    def _loaded(self, result: tuple[svc.ChecklistState, ChecklistDefinition]) -> None:
        st, defn = result
        self.session.loaded(st, defn)
        self.tab.show_loaded()

    # -- saving -----------------------------------------------------------------------
    def save(self, ids: list[str]) -> None:
        """Save the pending answers among ``ids`` together (on the write thread)."""
        s = self.session
        if not ids or s.state is None:
            return
        if s.locked:
            self.tab.status.setText(
                QCoreApplication.translate("ChecklistTab", "Read-only: the case is %1").replace(
                    "%1", s.state.status
                )
            )
            return
        batch = s.batch(ids)
        if batch is None:
            return
        ctx, ref, ledger = self.ctx, self.reference, s.ledger
        self.tab.status.setText(QCoreApplication.translate("ChecklistTab", "Saving…"))
        (
            Op(self.tab, lambda _p: batch.save(ctx, ref, ledger), runner=self.runner)
            .label(QCoreApplication.translate("ChecklistTab", "Saving the answer…"))
            .success(lambda st: self._saved(batch, st))
            .failure(lambda err: self._save_failed(batch, err))
            .run()
        )

    def _saved(self, batch: SaveBatch, st: svc.ChecklistState) -> None:
        self.session.saved(batch, st)  # edits made while saving stay based on what the screen showed
        self.tab.status.setText(
            QCoreApplication.translate("ChecklistTab", "Unsaved changes")
            if self.session.pending
            else QCoreApplication.translate("ChecklistTab", "Saved")
        )
        self.tab.show_saved(changed=bool(st.changed))

    def _save_failed(self, batch: SaveBatch, err: BaseException) -> None:
        message = failure_text(err)
        self.tab.status.setText(
            QCoreApplication.translate("ChecklistTab", "Not saved: %1").replace("%1", message)
        )
        if self.tab.page is not None:
            self.tab.page.show_error(message)
        if isinstance(err, Conflict):  # someone else saved first: who, what, when; Reload · Cancel
            from app.ui.conflicts import show_conflict

            ids = [q for q in getattr(err, "questions", ()) if q in batch.answers] or list(batch.answers)
            self.conflict_dialog = show_conflict(
                self.tab,
                err,
                on_reload=lambda: self.tab.reload_after_conflict(ids),
                unsaved=self.tab.unsaved_text(ids),
            )

    # -- licence screening ------------------------------------------------------------
    def screen_case_evidence(self) -> None:
        """Screen the licence/policy evidence of the case (custody is recorded: a write)."""
        ctx, ref = self.ctx, self.reference

        def done(doc: dict[str, Any] | None) -> None:
            if doc is None:
                self.tab.status.setText(
                    QCoreApplication.translate(
                        "ChecklistTab", "No licence or policy file among the evidence: attach it first."
                    )
                )
                return
            self.tab.apply_screening(doc)
            self.tab.status.setText(
                QCoreApplication.translate("ChecklistTab", "Licence screened: %1").replace(
                    "%1", doc.get("licence", "unknown")
                )
            )

        (
            Op(self.tab, lambda _p: svc.screen_case_licences(ctx, ref), runner=self.runner)
            .label(QCoreApplication.translate("ChecklistTab", "Screening the licence…"))
            .success(done)
            .run()
        )

    def screen_files(self, files: list[str]) -> None:
        """Screen licence texts from disk (a read); the results become suggestions."""
        (
            QueryOp(self.tab, lambda _p: licence_screen.screen_files(files), runner=self.runner)
            .label(QCoreApplication.translate("ChecklistTab", "Screening the licence…"))
            .success(self.tab.apply_screening)
            .run()
        )
