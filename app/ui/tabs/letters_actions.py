"""The Letters tab's controller: reading the register and a letter's PDF, drafting,
approving (the reviewer signs with their own key), issuing, saving and verifying.

Each slow step runs as an operation (app/ui/op.py) off the GUI thread; a refusal the
officer can correct (wrong passphrase, someone else's key, four eyes) comes back into
the dialog, which stays open; anything else goes to the one error presenter
(app/ui/messages.py, through the runner). Boxes come from app/ui/message_box.py.
Dialogs are opened, never exec()'d. The passphrase is handed to the signing task
once and cleared; it is never stored.

The controller's texts keep the tab's translation context ("LettersTab"), where the
FR/DE catalogues hold them: hence ``QCoreApplication.translate("LettersTab", ...)``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.services.letters import service as letters
from app.ui import message_box
from app.ui.dialogs.letters import ApproveDialog, DraftDialog, IssueDialog, VerifyDialog
from app.ui.messages import failure_text
from app.ui.op import Op, Progress, QueryOp
from app.ui.qt import QCoreApplication, QFileDialog, QObject
from app.ui.tabs.letters_state import ApprovalTicket, own_key_path, said_in_dialog

if TYPE_CHECKING:
    from app.ui.tabs.letters import LettersTab


class LettersActions(QObject):
    """What the officer does with a case's letters; ``tab`` shows the outcome and
    ``tab.session`` (app/ui/tabs/letters_state.py) remembers it."""

    def __init__(self, tab: LettersTab) -> None:
        super().__init__(tab)
        self.tab = tab
        self.session = tab.session

    # -- reading ---------------------------------------------------------------------------
    def refresh(self) -> None:
        ctx, ref = self.tab.ctx, self.tab.reference
        QueryOp(self.tab, lambda p: letters.list_letters(ctx, ref)).success(self.tab.loaded).latest(
            f"letters:{ref}"
        ).run()

    def load_preview(self, rec: letters.LetterRecord, page_count: Callable[[bytes], int]) -> None:
        """Read the letter's PDF and count its pages (``page_count``: 0 = cannot be
        shown) off the GUI thread, then show it."""
        ctx = self.tab.ctx

        def work(_p: Progress) -> tuple[bytes, int]:  # read and opened once, here
            data = letters.letter_pdf(ctx, rec.id)
            return data, page_count(data)

        self.tab.show_loading()
        QueryOp(self.tab, work).success(lambda res: self.tab.show_pdf(rec.id, res[0], res[1])).latest(
            f"letter-preview:{self.tab.reference}"  # latest wins when the selection moves on
        ).label(QCoreApplication.translate("LettersTab", "Rendering…")).run()

    def after_change(self) -> None:
        self.tab.changed.emit()
        self.refresh()

    # -- drafting --------------------------------------------------------------------------
    def open_draft_dialog(self) -> DraftDialog:
        dlg = DraftDialog(self.tab.ctx.settings.letter_language or "en", self.tab)
        dlg.accepted.connect(lambda: self.start_draft(*dlg.values()))
        self.tab.dialog = dlg
        dlg.open()
        return dlg

    def start_draft(self, language: str, nature: str, registry: str = "") -> None:
        if not self.session.may_draft(nature):
            return
        ctx, ref = self.tab.ctx, self.tab.reference

        def work(_p: Progress) -> letters.DraftResult:
            return letters.draft_letter(
                ctx, ref, language=language, legal_nature=nature, registry_reference=registry
            )

        Op(self.tab, work).success(self._drafted).with_progress(
            QCoreApplication.translate("LettersTab", "Drafting the letter…")
        ).run()

    def _drafted(self, res: letters.DraftResult) -> None:
        self.session.shown(res.letter.id)
        self.tab.show_pdf(res.letter.id, res.pdf)
        self.after_change()

    # -- approving -------------------------------------------------------------------------
    def approve(self) -> ApproveDialog | None:
        """Open the confirmation (hashes, first page of the letter signed, drafter,
        outcome, the reviewer's own key); approving runs only when the officer confirms it."""
        ticket = self.session.open_approval()
        rec = self.session.draft_to_approve()
        if ticket is None or rec is None:
            return None
        from app.ui.audit_sentences import format_value

        ctx, ref = self.tab.ctx, self.tab.reference
        key = own_key_path(ctx.settings, ctx.officer)
        dlg = ApproveDialog(rec, format_value("outcome", rec.outcome or "none"), self.tab, key)
        dlg.submitted.connect(lambda: self.confirm_approve(ticket.draft_sha256, dialog=dlg))
        dlg.finished.connect(lambda _r: dlg.deleteLater())
        self.tab.approve_dialog = dlg

        def work(_p: Progress) -> tuple[Any, str, str]:  # read, hashed and rendered off the GUI thread
            import hashlib

            from app.ui.preview_io import render_pdf_page

            draft = letters.letter_pdf(ctx, ticket.letter_id)
            preview = letters.approval_preview(ctx, ref)
            image, _pages = render_pdf_page(preview.pdf, 0, 520)
            return image, hashlib.sha256(draft).hexdigest(), preview.sha256

        def wanted(t: ApprovalTicket) -> bool:  # an approval opened since replaces this one
            return self.session.is_current(t)

        def unreadable(err: BaseException) -> None:
            if wanted(ticket):
                item = QCoreApplication.translate("LettersTab", "letter draft")
                dlg.show_failure(failure_text(err, item=item))

        dlg.open()
        QueryOp(self.tab, work).success(lambda res: dlg.show_page(*res) if wanted(ticket) else None).failure(
            unreadable
        ).latest(f"letter-approve-preview:{ref}").label(
            QCoreApplication.translate("LettersTab", "Rendering…")
        ).run()
        return dlg

    def confirm_approve(self, sha: str, *, dialog: ApproveDialog) -> None:
        """Sign the approval with the reviewer's own key, off the GUI thread: the draft
        whose SHA-256 (the version approved) and the final letter whose first page and
        SHA-256 were shown."""
        from app.services.letters import sign

        kind, path, label, secret = dialog.signing_key()
        held = [secret]
        function, letter_sha = dialog.function.text().strip(), dialog.letter_sha256
        ctx, ref = self.tab.ctx, self.tab.reference
        opening = QCoreApplication.translate("LettersTab", "Opening your signing key…")

        def work(p: Progress) -> letters.LetterRecord:
            token = None
            try:
                p.update(0, 0, opening)
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
                    ref,
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
            if said_in_dialog(err):
                dialog.failed(failure_text(err))
                return
            dialog.succeeded()
            self.tab.runner.report(err)  # the one presenter, with error_shown and last_error

        def done(_rec: letters.LetterRecord) -> None:
            dialog.succeeded()
            self.after_change()

        Op(self.tab, work).success(done).failure(failed).with_progress(
            QCoreApplication.translate("LettersTab", "Signing the approval…")
        ).run()

    # -- issuing ---------------------------------------------------------------------------
    def open_issue_dialog(self) -> IssueDialog:
        ctx = self.tab.ctx
        # The key in Settings is the profile officer's: never offered to another acting officer.
        dlg = IssueDialog(
            own_key_path(ctx.settings, ctx.officer), ctx.settings.officer_unit or "AI Office", self.tab
        )
        dlg.submitted.connect(
            lambda: self.start_issue(
                dlg.key.text().strip(), dlg.take_passphrase(), dlg.function.text().strip(), dlg=dlg
            )
        )
        dlg.finished.connect(lambda _r: dlg.deleteLater())
        self.tab.dialog = dlg
        dlg.open()
        return dlg

    def start_issue(
        self, key: str, secret: bytes, function: str, out: Path | None = None, dlg: IssueDialog | None = None
    ) -> None:
        """Sign and issue with the PKCS#12 key file ``key`` and its passphrase ``secret``
        (``out``: write the issued PDF there too). ``dlg``: the Issue dialog, where a
        refusal (wrong passphrase…) is shown; without it, the error presenter shows it."""
        from app.services.letters import sign

        held = [secret]
        ctx, ref = self.tab.ctx, self.tab.reference
        opening = QCoreApplication.translate("LettersTab", "Opening the signing key…")

        def work(p: Progress) -> letters.IssueResult:
            try:
                p.update(0, 0, opening)
                signer = sign.load_pkcs12_signer(key, held[0])
            finally:
                held.clear()
            return letters.issue_letter(
                ctx, ref, signer, function=function, out=out, progress=lambda text: p.update(0, 0, text)
            )

        def failed(err: BaseException) -> None:
            if dlg is not None and said_in_dialog(err):
                dlg.failed(failure_text(err), dlg.field_for(err))
                return
            if dlg is not None:
                dlg.succeeded()
            self.tab.runner.report(err)

        def done(res: letters.IssueResult) -> None:
            if dlg is not None:
                dlg.succeeded()
            self._issued(res)

        op = Op(self.tab, work).success(done)
        if dlg is not None:
            op.failure(failed)
        op.with_progress(QCoreApplication.translate("LettersTab", "Signing the letter…")).on_conflict_reload(
            self.after_change  # redrafted or issued meanwhile: their name, Reload
        ).run()

    def _issued(self, res: letters.IssueResult) -> None:
        self.tab.last_issue = res
        if res.warning:  # said without blocking the window (the box is opened, not exec()'d)
            self.tab.warning_box = message_box.notice(
                self.tab,
                QCoreApplication.translate("LettersTab", "Letter issued offline"),
                res.warning,
                object_name="letterIssuedOffline",
            )
        self.session.shown(res.letter.id)
        self.after_change()

    # -- saving and verifying ----------------------------------------------------------------
    def save_pdf(self) -> None:
        rec = self.tab.selected()
        if rec is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self.tab,
            QCoreApplication.translate("LettersTab", "Save letter"),
            self.session.save_name(rec),
            QCoreApplication.translate("LettersTab", "PDF (*.pdf)"),
        )
        if not path:
            return
        ctx, ref, letter_id = self.tab.ctx, self.tab.reference, rec.id
        Op(
            self.tab,
            lambda p: Path(path).write_bytes(letters.export_letter(ctx, ref, letter_id=letter_id)[1]),
        ).label(QCoreApplication.translate("LettersTab", "Saving…")).run()

    def open_verify_dialog(self) -> VerifyDialog:
        trust = str(self.tab.ctx.settings.extra.get("trust_anchor", ""))
        dlg = VerifyDialog(self.tab.runner, self.tab, trust=trust)
        self.tab.dialog = dlg
        dlg.open()
        return dlg
