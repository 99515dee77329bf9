"""The Evidence tab's controller: attaching files, folders and model folders,
exporting a copy and re-hashing what is stored. Each slow step runs through the
window's TaskRunner as an operation (app/ui/op.py); a refusal of the intake details comes back into the intake
dialog, beside its field, input kept. Dialogs are opened, never exec()'d."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.domain.errors import ExemptioError
from app.services import evidence as ev
from app.services import model_inspect
from app.ui import message_box
from app.ui.messages import failure_text
from app.ui.op import Op, Progress, QueryOp
from app.ui.qt import QFileDialog, QObject
from app.ui.tabs.evidence_dialogs import IntakeDialog, ModelImportDialog
from app.ui.tabs.evidence_state import size_of

if TYPE_CHECKING:
    from app.ui.tabs.evidence import EvidenceTab


class EvidenceActions(QObject):
    """What the officer does with a case's evidence; ``tab`` shows the outcome."""

    def __init__(self, tab: EvidenceTab) -> None:
        super().__init__(tab)
        self.tab = tab

    # -- intake ----------------------------------------------------------------------
    def add_files_dialog(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(self.tab, self.tr("Attach files"))
        if files:
            self.ask_and_add(files)

    def add_folder_dialog(self) -> None:
        folder = QFileDialog.getExistingDirectory(self.tab, self.tr("Attach a folder"))
        if folder:
            self.ask_and_add([folder])

    def ask_and_add(self, paths: list[str]) -> None:
        """Measure (in the background), ask for the details, then attach."""

        def ask(total: int) -> None:
            dlg = IntakeDialog(paths, total, self.tab)
            self.tab.intake_dialog = dlg

            def submit() -> None:
                dlg.hide()  # out of the way while the files are hashed; back on a refusal
                self.add_paths(paths, **dlg.values(), dialog=dlg)

            dlg.submitted.connect(submit)
            dlg.finished.connect(lambda _r: dlg.deleteLater())
            dlg.open()

        QueryOp(self.tab, lambda p: sum(size_of(Path(x)) for x in paths)).success(ask).label(
            self.tr("Measuring the files…")
        ).run()

    def add_paths(
        self,
        paths: list[str],
        *,
        description: str = "",
        source_url: str = "",
        retrieved_at: dt.datetime | None = None,
        reference_only: bool = False,
        reference_only_weights: bool = False,
        then: Any = None,
        dialog: IntakeDialog | None = None,
    ) -> None:
        """Attach in the background with progress and Cancel. ``dialog``: the intake
        dialog the details came from: a refusal is shown there, input kept."""
        ctx, ref = self.tab.ctx, self.tab.reference

        def work(p: Progress) -> ev.IntakeResult:  # the service's Cancelled stops the operation
            return ev.add_paths(
                ctx,
                ref,
                paths,
                description=description,
                source_url=source_url,
                retrieved_at=retrieved_at,
                reference_only=reference_only,
                reference_only_weights=reference_only_weights,
                progress=p.update,
                cancelled=lambda: p.cancelled,
            )

        def failed(err: BaseException) -> None:
            if dialog is not None and isinstance(err, ExemptioError):
                message = failure_text(err)
                dialog.show()
                dialog.failed(message, dialog.field_for(message))
                return
            if dialog is not None:
                dialog.succeeded()  # nothing to correct in the dialog: close it
            self.tab.runner.report(err)  # the one presenter, with error_shown and last_error

        def cancelled() -> None:
            if dialog is not None:
                dialog.succeeded()
            self.tab.status.setText(self.tr("Cancelled: nothing was attached."))

        def done(res: ev.IntakeResult) -> None:
            if dialog is not None:
                dialog.succeeded()
            self.tab.refresh()
            self.tab.changed.emit()
            msg = self.tr("Attached %1 item(s)").replace("%1", str(len(res.items)))
            if res.duplicates:
                msg += self.tr(", %1 already attached").replace("%1", str(len(res.duplicates)))
            if res.skipped:
                msg += self.tr(", skipped %1 (version-control or linked folders)").replace(
                    "%1", str(len(res.skipped))
                )
            self.tab.status.setText(msg + ".")
            if then is not None:
                then(res)

        Op(self.tab, work).success(done).failure(failed).cancelled(cancelled).with_progress(
            self.tr("Hashing and storing evidence…"),
            cancellable=True,
            modal=False,  # other cases, tabs and reads go on meanwhile
        ).run()

    # -- model folders ---------------------------------------------------------------------
    def import_model_dialog(self) -> None:
        folder = QFileDialog.getExistingDirectory(self.tab, self.tr("Import a model folder"))
        if folder:
            self.inspect_model(folder)

    def inspect_model(self, folder: str, *, on_facts: Any = None) -> None:
        def done(facts: dict[str, Any]) -> None:
            if on_facts is not None:
                on_facts(facts)
                return
            dlg = ModelImportDialog(facts, self.tab)  # opened, not exec(): no nested event loop
            self.tab.model_dialog = dlg
            dlg.accepted.connect(lambda: self.confirm_model(folder, dlg))
            dlg.finished.connect(lambda _r: dlg.deleteLater())
            dlg.open()

        QueryOp(self.tab, lambda p: model_inspect.inspect_folder(folder)).success(done).label(
            self.tr("Reading the model folder…")
        ).run()

    def confirm_model(self, folder: str, dlg: ModelImportDialog) -> None:
        """Apply the officer's choices from a ModelImportDialog."""
        proposal = dlg.proposal()
        update = dlg.update_subject.isChecked()
        ctx, ref = self.tab.ctx, self.tab.reference

        def set_subject(_res: Any = None) -> None:
            if not update:
                return
            Op(self.tab, lambda p: ev.apply_subject(ctx, ref, proposal)).success(
                lambda _r: self.tab.changed.emit()
            ).label(self.tr("Updating the case subject…")).run()

        if dlg.attach.isChecked():
            self.add_paths(
                [folder],
                description=self.tr("Model folder (imported)"),
                reference_only_weights=dlg.weights_by_reference.isChecked(),
                then=set_subject,
            )
        else:
            set_subject()

    # -- verification --------------------------------------------------------------------
    def export_dialog(self) -> None:
        rec = self.tab.current_record()
        if rec is None:
            self.tab.status.setText(self.tr("Select an item to export."))
            return
        dest, _ = QFileDialog.getSaveFileName(self.tab, self.tr("Export a copy"), rec.display_name)
        if dest:
            self.export_to(rec.id, dest)

    def export_to(self, evidence_id: int, dest: str) -> None:
        """Copy the item's bytes out (checked against the hash; custody: exported)."""
        ctx = self.tab.ctx
        Op(self.tab, lambda p: ev.export_item(ctx, evidence_id, Path(dest))).success(
            lambda path: self.tab.status.setText(
                self.tr("Exported a copy to %1.").replace("%1", os.fsdecode(path))
            )
        ).with_progress(self.tr("Exporting…")).run()

    def verify(self) -> None:
        ctx, ref = self.tab.ctx, self.tab.reference

        def work(p: Progress) -> list[ev.VerifyItem]:
            return ev.verify_evidence(ctx, ref, progress=p.update, cancelled=lambda: p.cancelled)

        Op(self.tab, work).success(self._verified).with_progress(
            self.tr("Re-hashing stored evidence…"), cancellable=True
        ).run()

    def _verified(self, results: list[ev.VerifyItem]) -> None:
        self.tab.model.set_checks(results)
        bad = [r for r in results if not r.ok]
        if not bad:
            self.tab.status.setText(
                self.tr("All %1 item(s) match their SHA-256.").replace("%1", str(len(results)))
            )
            return
        names = "\n".join(f"{r.label}: {r.status}" for r in bad[:20])
        self.tab.status.setText(self.tr("%1 item(s) FAILED verification.").replace("%1", str(len(bad))))
        message_box.warning(
            self.tab,
            self.tr("Evidence verification"),
            self.tr("%1 item(s) no longer match their SHA-256:").replace("%1", str(len(bad))),
            informative=names,
            object_name="verificationFailed",
        )
