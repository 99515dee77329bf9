"""What the Overview's buttons do: move the case through its lifecycle, stop and
resume the clock, assign, change the due date, edit the title and notes. Each asks
in a dialog (opened, not exec()'d) and writes through ``CaseWorkspace.write``: the
dialog stays open, input kept, until the service accepts."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from app.domain import lifecycle
from app.services import cases
from app.services.records import CaseRecord
from app.ui.dialogs.case_dialogs import (
    AssignDialog,
    DecisionDialog,
    DueDateDialog,
    EditCaseDialog,
    ReasonDialog,
)
from app.ui.dialogs.form import FormDialog
from app.ui.labels import outcome_label, status_label, transition_label
from app.ui.op import QueryOp

if TYPE_CHECKING:
    from app.ui.workspace import CaseWorkspace


def decides(t: lifecycle.Transition) -> bool:
    """A determination (review → decided): never one keystroke, always confirmed."""
    return bool(getattr(t, "decides", False)) or t.target is lifecycle.Status.DECIDED


class OverviewActions:
    """The Overview's controller (a mixin of :class:`~app.ui.tabs.overview.OverviewPage`:
    the dialogs it opens are the page's children, and its strings are translated in
    this class's context)."""

    ws: CaseWorkspace
    record: CaseRecord | None
    reason_dialog: ReasonDialog | None
    decision_dialog: DecisionDialog | None
    assign_dialog: AssignDialog | None
    due_dialog: DueDateDialog | None
    edit_dialog: EditCaseDialog | None

    def request_transition(self, t: lifecycle.Transition) -> None:
        if decides(t):
            self.request_decision()
            return
        if not t.needs_reason:
            self.do_transition(t.target.value)
            return
        dlg = ReasonDialog(
            self,
            transition_label(t.name),
            self.tr("Say why the case moves back; the reason is kept in the audit trail."),
            transition_label(t.name),
        )
        dlg.submitted.connect(lambda: self.do_transition(t.target.value, dlg.text(), dialog=dlg))
        dlg.finished.connect(lambda _r: dlg.deleteLater())
        self.reason_dialog = dlg
        dlg.open()

    def request_decision(self) -> None:
        """Record decision: asks for confirmation with the outcome in view and a reason;
        the service refuses a case without an assessed outcome (shown in the dialog)."""
        rec = self.record
        outcome = outcome_label(rec.outcome_label) if rec is not None else ""
        dlg = DecisionDialog(self, self.ws.reference, outcome or self.tr("not yet assessed"))
        dlg.submitted.connect(lambda: self.do_transition("decided", dlg.text(), dialog=dlg))
        dlg.finished.connect(lambda _r: dlg.deleteLater())
        self.decision_dialog = dlg
        dlg.open()

    def do_transition(self, target: str, reason: str = "", *, dialog: FormDialog | None = None) -> None:
        rec = self.record
        version = rec.version if rec else None
        self.ws.write(
            lambda ctx, ref: cases.transition(ctx, ref, target, reason=reason, expected_version=version),
            self.tr("Changing the status…"),
            unsaved=self._unsaved_text(
                (self.tr("New status"), status_label(target)), (self.tr("Reason"), reason)
            ),
            dialog=dialog,
        )

    def request_stop_clock(self) -> None:
        dlg = ReasonDialog(
            self,
            self.tr("Stop the clock"),
            self.tr(
                "Why is the clock stopped (for example: waiting for the provider's "
                "reply)? The due date moves by the days it stays stopped."
            ),
            self.tr("Stop clock"),
        )
        dlg.submitted.connect(lambda: self.stop_clock(dlg.text(), dialog=dlg))
        dlg.finished.connect(lambda _r: dlg.deleteLater())
        self.reason_dialog = dlg
        dlg.open()

    def stop_clock(self, reason: str = "", *, dialog: FormDialog | None = None) -> None:
        self.ws.write(
            lambda ctx, ref: cases.stop_clock(ctx, ref, reason=reason),
            self.tr("Stopping the clock…"),
            dialog=dialog,
        )

    def resume_clock(self) -> None:
        self.ws.write(lambda ctx, ref: cases.resume_clock(ctx, ref), self.tr("Resuming the clock…"))

    def request_assign(self) -> None:
        def with_officers(names: list[str]) -> None:
            dlg = AssignDialog(self, self.record.assigned_officer if self.record else None, names)
            dlg.submitted.connect(lambda: self.assign(dlg.officer_name(), dlg.reason_text(), dialog=dlg))
            dlg.finished.connect(lambda _r: dlg.deleteLater())
            self.assign_dialog = dlg
            dlg.open()

        ctx = self.ws.ctx
        QueryOp(self.ws, lambda p: cases.officers(ctx)).success(with_officers).run()

    def assign(self, officer: str, reason: str = "", *, dialog: FormDialog | None = None) -> None:
        rec = self.record
        version = rec.version if rec else None
        self.ws.write(
            lambda ctx, ref: cases.assign(ctx, ref, officer or None, reason=reason, expected_version=version),
            self.tr("Assigning…"),
            unsaved=self._unsaved_text(
                (self.tr("Assign to"), officer or self.tr("nobody")), (self.tr("Reason"), reason)
            ),
            dialog=dialog,
        )

    def request_due_date(self) -> None:
        dlg = DueDateDialog(self, self.record.due_date if self.record else None)
        dlg.submitted.connect(lambda: self.set_due_date(dlg.value(), dlg.reason_text(), dialog=dlg))
        dlg.finished.connect(lambda _r: dlg.deleteLater())
        self.due_dialog = dlg
        dlg.open()

    def request_edit(self) -> None:
        rec = self.record
        dlg = EditCaseDialog(self, rec.title if rec else "", rec.notes if rec else "")
        dlg.submitted.connect(lambda: self.edit_details(*dlg.values(), dialog=dlg))
        dlg.finished.connect(lambda _r: dlg.deleteLater())
        self.edit_dialog = dlg
        dlg.open()

    def edit_details(self, title: str, notes: str, *, dialog: FormDialog | None = None) -> None:
        rec = self.record
        version = rec.version if rec else None
        changes = {}
        if rec is None or title != rec.title:
            changes["title"] = title
        if rec is None or notes != rec.notes:
            changes["notes"] = notes
        if not changes:
            if dialog is not None:
                dialog.succeeded()
            return
        self.ws.write(
            lambda ctx, ref: cases.update_case(ctx, ref, expected_version=version, **changes),
            self.tr("Saving the case details…"),
            unsaved=self._unsaved_text(
                (self.tr("Title"), changes.get("title", "")), (self.tr("Notes"), changes.get("notes", ""))
            ),
            dialog=dialog,
        )

    def set_due_date(self, due: dt.date, reason: str, *, dialog: FormDialog | None = None) -> None:
        rec = self.record
        version = rec.version if rec else None
        self.ws.write(
            lambda ctx, ref: cases.update_case(
                ctx, ref, due_date=due, reason=reason, expected_version=version
            ),
            self.tr("Changing the due date…"),
            unsaved=self._unsaved_text((self.tr("Due date"), due.isoformat()), (self.tr("Reason"), reason)),
            dialog=dialog,
        )

    @staticmethod
    def _unsaved_text(*fields: tuple[str, str]) -> str:
        """What the officer asked to save, for the conflict dialog ("Notes: …")."""
        return "\n".join(f"{name}: {value}" for name, value in fields if value)
