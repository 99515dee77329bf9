"""The Letters tab of a case: the letter register, drafting with a PDF preview,
four-eyes approval, signing and verification.

Rendering, signing and verifying run through the window's TaskRunner. The
passphrase is typed in a password field, handed to the signing task once and
cleared; it is never stored.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app.services.context import AppContext
from app.services.letters import LEGAL_NATURES
from app.services.letters import service as letters
from app.ui.dialogs.letters import (  # noqa: F401 - kept importable from the tab
    ApproveDialog,
    DraftDialog,
    IssueDialog,
    VerifyDialog,
    nature_labels,
)
from app.ui.preview_io import pdf_page_count
from app.ui.qt import (
    QAbstractItemView,
    QAction,
    QBuffer,
    QByteArray,
    QDialog,
    QFileDialog,
    QHeaderView,
    QIODevice,
    QLabel,
    QMessageBox,
    QSplitter,
    Qt,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
    Signal,
)
from app.ui.tabs.letters_model import RECORD_ROLE, LetterTableModel, _local  # noqa: F401
from app.ui.tasks import Progress, TaskRunner


class LettersTab(QWidget):
    changed = Signal()

    def __init__(
        self, ctx: AppContext, reference: str, runner: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx, self.reference, self.runner = ctx, reference, runner
        self.model = LetterTableModel(self)
        self.pdf_doc: Any = None
        self.pdf_view: Any = None
        self._pdf_buffer: Any = None
        self.shown_letter: int | None = None
        self.last_issue: Any = None
        self.warning_box: Any = None
        self.dialog: QDialog | None = None
        self.approve_dialog: ApproveDialog | None = None

        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        self.toolbar = QToolBar(self)
        lay.addWidget(self.toolbar)
        self.draft_action = self._action(
            self.tr("&Draft…"),
            "draft",
            self.open_draft_dialog,
            self.tr("Draft the determination letter"),
        )
        self.approve_action = self._action(
            self.tr("&Approve"),
            "approve",
            self.approve,
            self.tr("Approve the draft by signing it with your own key"),
        )
        self.issue_action = self._action(
            self.tr("&Issue…"),
            "issue",
            self.open_issue_dialog,
            self.tr("Sign and issue the approved letter"),
        )
        self.save_action = self._action(
            self.tr("&Save PDF…"),
            "save_pdf",
            self.save_pdf,
            self.tr("Save the selected letter as a PDF file"),
        )
        self.verify_action = self._action(
            self.tr("&Verify a letter…"),
            "verify",
            self.open_verify_dialog,
            self.tr("Verify the signature of a letter file"),
        )
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Letter status"))
        lay.addWidget(self.status)

        split = QSplitter(Qt.Orientation.Horizontal, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().hide()
        self.table.setAccessibleName(self.tr("Letter register"))
        self.table.selectionModel().currentRowChanged.connect(lambda cur, _prev: self._show_selected())
        split.addWidget(self.table)
        self.pdf_host = QWidget()
        self.pdf_lay = QVBoxLayout(self.pdf_host)
        self.pdf_lay.setContentsMargins(0, 0, 0, 0)
        self.preview_note = QLabel(self.tr("Draft a letter to see it here."))
        self.preview_note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pdf_lay.addWidget(self.preview_note)
        split.addWidget(self.pdf_host)
        split.setSizes([420, 620])
        lay.addWidget(split, 1)
        self.refresh()

    def _action(self, text: str, key: str, slot: Any, name: str) -> QAction:
        """``key``: the action's name in app/ui/shortcuts.py (context "letters")."""
        from app.ui import shortcuts

        a = QAction(text, self)
        a.setStatusTip(name)
        shortcuts.bind(a, "letters", key, name)
        a.triggered.connect(slot)
        self.toolbar.addAction(a)
        shortcuts.focusable_toolbar(self.toolbar, [a])
        w = self.toolbar.widgetForAction(a)
        if w is not None:
            w.setAccessibleName(name)
        self.addAction(a)
        return a

    # -- data --------------------------------------------------------------------------
    def refresh(self) -> None:
        self.runner.run(
            lambda p: letters.list_letters(self.ctx, self.reference),
            on_done=self._loaded,
            write=False,
            key=f"letters:{self.reference}",
        )

    def _loaded(self, rows: list[letters.LetterRecord]) -> None:
        keep = self.shown_letter
        self.model.set_records(rows)
        latest = next((r for r in rows if r.state != "superseded"), None)
        self.approve_action.setEnabled(latest is not None and latest.state == "draft")
        self.issue_action.setEnabled(latest is not None and latest.state == "approved")
        self.save_action.setEnabled(bool(rows))
        if latest is None:
            self.status.setText(self.tr("No letter yet: draft one from the checklist outcome."))
        elif latest.state == "draft":
            self.status.setText(
                self.tr("Draft by %1, waiting for approval by another officer.").replace(
                    "%1", latest.drafted_by
                )
            )
        elif latest.state == "approved":
            self.status.setText(
                self.tr("Approved by %1: ready to be signed and issued.").replace("%1", latest.approved_by)
            )
        else:
            self.status.setText(
                self.tr("Issued %1, signed by %2 (%3).")
                .replace("%1", _local(latest.issued_at))
                .replace("%2", latest.signer)
                .replace("%3", latest.signature_level)
            )
        row = 0
        for i, r in enumerate(rows):
            if r.id == keep:
                row = i
        if rows:
            self.table.selectRow(row)
            self._show_selected()

    def selected(self) -> letters.LetterRecord | None:
        idx = self.table.currentIndex()
        return self.model.record(idx.row()) if idx.isValid() else None

    def _show_selected(self) -> None:
        rec = self.selected()
        if rec is None:
            return
        ctx = self.ctx

        def work(_p: Any) -> tuple[bytes, int]:  # read and opened once here, off the GUI thread
            data = letters.letter_pdf(ctx, rec.id)
            return data, pdf_page_count(data)

        self.show_loading()
        self.runner.run(
            work,
            on_done=lambda res: self.show_pdf(rec.id, res[0], res[1]),
            write=False,
            key=f"letter-preview:{self.reference}",  # latest wins when the selection moves on
            label=self.tr("Rendering…"),
        )

    def show_loading(self) -> None:
        self.preview_note.setText(self.tr("Loading preview…"))
        self.preview_note.show()
        if self.pdf_view is not None:
            self.pdf_view.hide()

    def show_pdf(self, letter_id: int, data: bytes, pages: int | None = None) -> None:
        """``pages``: counted in the worker (:func:`pdf_page_count`); 0 = cannot be shown."""
        from app.ui.qt import QPdfDocument, QPdfView

        if pages == 0:
            self.preview_note.setText(self.tr("This PDF cannot be shown (it may be damaged or encrypted)."))
            self.preview_note.show()
            if self.pdf_view is not None:
                self.pdf_view.hide()
            return

        if self.pdf_view is None:
            self.pdf_doc = QPdfDocument(self)
            self.pdf_view = QPdfView(self.pdf_host)
            self.pdf_view.setDocument(self.pdf_doc)
            self.pdf_view.setPageMode(QPdfView.PageMode.MultiPage)
            self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
            self.pdf_view.setAccessibleName(self.tr("Letter preview"))
            self.pdf_lay.addWidget(self.pdf_view)
        self.preview_note.hide()
        self.pdf_view.show()
        self.pdf_doc.close()
        old = self._pdf_buffer
        buffer = QBuffer(self)  # owns a copy of the bytes (setData copies)
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self._pdf_buffer = buffer
        self.pdf_doc.load(buffer)
        if old is not None:
            old.close()
            old.deleteLater()
        self.shown_letter = letter_id

    # -- actions ------------------------------------------------------------------------
    def open_draft_dialog(self) -> DraftDialog:
        dlg = DraftDialog(self.ctx.settings.letter_language or "en", self)
        dlg.accepted.connect(lambda: self.start_draft(*dlg.values()))
        self.dialog = dlg
        dlg.open()
        return dlg

    def start_draft(self, language: str, nature: str, registry: str = "") -> None:
        if nature not in LEGAL_NATURES:
            return
        self.runner.run(
            lambda p: letters.draft_letter(
                self.ctx, self.reference, language=language, legal_nature=nature, registry_reference=registry
            ),
            on_done=self._drafted,
            label=self.tr("Drafting the letter…"),
            progress=True,
        )

    def _drafted(self, res: letters.DraftResult) -> None:
        self.shown_letter = res.letter.id
        self.show_pdf(res.letter.id, res.pdf)
        self.changed.emit()
        self.refresh()

    def _own_key_path(self) -> str:
        """The signing key in Settings, only when it is the acting officer's own."""
        from app.services import roles

        s = self.ctx.settings
        acting = self.ctx.officer.strip()
        own = bool(acting) and bool(s.officer_name.strip()) and roles.same_officer(acting, s.officer_name)
        return s.signing_key_path if own else ""

    def approve(self) -> ApproveDialog | None:
        """Open the confirmation (hashes, first page of the letter signed, drafter,
        outcome, the reviewer's own key); approving runs only when the officer confirms it."""
        rec = next((r for r in self.model._rows if r.state == "draft"), None)
        if rec is None:
            return None
        from app.ui.audit_sentences import format_value

        dlg = ApproveDialog(rec, format_value("outcome", rec.outcome or "none"), self, self._own_key_path())
        dlg.submitted.connect(lambda: self.confirm_approve(rec.draft_sha256, dialog=dlg))
        dlg.finished.connect(lambda _r: dlg.deleteLater())
        self.approve_dialog = dlg
        ctx, letter_id, reference = self.ctx, rec.id, self.reference

        def work(_p: Any) -> tuple[Any, str, str]:  # read, hashed and rendered off the GUI thread
            import hashlib

            from app.ui.preview_io import render_pdf_page

            draft = letters.letter_pdf(ctx, letter_id)
            preview = letters.approval_preview(ctx, reference)
            image, _pages = render_pdf_page(preview.pdf, 0, 520)
            return image, hashlib.sha256(draft).hexdigest(), preview.sha256

        def rendered(res: tuple[Any, str, str]) -> None:
            if dlg is self.approve_dialog:
                dlg.show_page(*res)

        def unreadable(err: BaseException) -> None:
            from app.services.boundary import describe_failure

            if dlg is self.approve_dialog:
                dlg.show_failure(describe_failure(err, item=self.tr("letter draft")).message)

        dlg.open()
        self.runner.run(
            work,
            on_done=rendered,
            on_error=unreadable,
            write=False,
            key=f"letter-approve-preview:{self.reference}",
            label=self.tr("Rendering…"),
        )
        return dlg

    def confirm_approve(self, sha: str, *, dialog: ApproveDialog) -> None:
        """Sign the approval with the reviewer's own key, off the GUI thread: the draft
        whose SHA-256 and the final letter whose first page and SHA-256 were shown."""
        from app.services.letters import sign

        kind, path, label, secret = dialog.signing_key()
        held = [secret]
        function, letter_sha = dialog.function.text().strip(), dialog.letter_sha256
        ctx, reference = self.ctx, self.reference

        def work(p: Progress) -> letters.LetterRecord:
            token = None
            try:
                p.update(0, 0, self.tr("Opening your signing key…"))
                if kind == "pkcs11":
                    token = sign.open_pkcs11_signer(path, held[0].decode("utf-8"), key_label=label or None)
                    signer = token.signer
                else:
                    signer = sign.load_pkcs12_signer(path, held[0])
            finally:
                held.clear()
            try:
                return letters.approve_letter(
                    ctx,
                    reference,
                    draft_sha256=sha,
                    letter_sha256=letter_sha,
                    signer=signer,
                    function=function,
                    progress=lambda text: p.update(0, 0, text),
                )
            finally:
                if token is not None:
                    token.close()

        def failed(err: BaseException) -> None:
            from app.domain.errors import Conflict, ExemptioError

            if isinstance(err, ExemptioError) and not isinstance(err, Conflict):
                dialog.failed(str(err))
                return
            dialog.succeeded()
            self.runner.report(err)

        def done(_rec: letters.LetterRecord) -> None:
            dialog.succeeded()
            self._after_change()

        self.runner.run(
            work,
            on_done=done,
            on_error=failed,
            label=self.tr("Signing the approval…"),
            progress=True,
            on_reload=self._after_change,  # someone else changed the letter: their name, Reload
        )

    def _after_change(self) -> None:
        self.changed.emit()
        self.refresh()

    def open_issue_dialog(self) -> IssueDialog:
        s = self.ctx.settings
        # The key in Settings is the profile officer's: never offered to another acting officer.
        dlg = IssueDialog(self._own_key_path(), s.officer_unit or "AI Office", self)
        dlg.submitted.connect(
            lambda: self.start_issue(
                dlg.key.text().strip(), dlg.take_passphrase(), dlg.function.text().strip(), dialog=dlg
            )
        )
        dlg.finished.connect(lambda _r: dlg.deleteLater())
        self.dialog = dlg
        dlg.open()
        return dlg

    def start_issue(
        self,
        key_path: str,
        passphrase: bytes,
        function: str,
        out: Path | None = None,
        *,
        dialog: IssueDialog | None = None,
    ) -> None:
        """``dialog``: the Issue dialog; a refusal (wrong passphrase…) is shown in it."""
        from app.services.letters import sign

        secret = [passphrase]

        def work(p: Progress) -> letters.IssueResult:
            try:
                p.update(0, 0, self.tr("Opening the signing key…"))
                signer = sign.load_pkcs12_signer(key_path, secret[0])
            finally:
                secret.clear()
            return letters.issue_letter(
                self.ctx,
                self.reference,
                signer,
                function=function,
                out=out,
                progress=lambda text: p.update(0, 0, text),
            )

        def failed(err: BaseException) -> None:
            from app.domain.errors import Conflict, ExemptioError

            if dialog is not None and isinstance(err, ExemptioError) and not isinstance(err, Conflict):
                dialog.failed(str(err), dialog.field_for(str(err)))
                return
            if dialog is not None:
                dialog.succeeded()
            self.runner.report(err)

        def done(res: letters.IssueResult) -> None:
            if dialog is not None:
                dialog.succeeded()
            self._issued(res)

        self.runner.run(
            work,
            on_done=done,
            on_error=failed if dialog is not None else None,
            label=self.tr("Signing the letter…"),
            progress=True,
            on_reload=self._after_change,  # redrafted or issued meanwhile: their name, Reload
        )

    def _issued(self, res: letters.IssueResult) -> None:
        self.last_issue = res
        if res.warning:  # said without blocking the window (open(), not exec())
            box = QMessageBox(
                QMessageBox.Icon.Information, self.tr("Letter issued offline"), res.warning, parent=self
            )
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()
            self.warning_box = box
        self.shown_letter = res.letter.id
        self._after_change()

    def save_pdf(self) -> None:
        rec = self.selected()
        if rec is None:
            return
        suffix = "" if rec.state == "issued" else "-draft"
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save letter"),
            f"{self.reference}-letter-{rec.id}{suffix}.pdf",
            self.tr("PDF (*.pdf)"),
        )
        if path:
            self.runner.run(
                lambda p: Path(path).write_bytes(
                    letters.export_letter(self.ctx, self.reference, letter_id=rec.id)[1]
                ),
                label=self.tr("Saving…"),
            )

    def open_verify_dialog(self) -> VerifyDialog:
        dlg = VerifyDialog(self.runner, self, trust=str(self.ctx.settings.extra.get("trust_anchor", "")))
        self.dialog = dlg
        dlg.open()
        return dlg
