"""The Letters tab of a case: the letter register, drafting with a PDF preview,
four-eyes approval, signing and verification.

Rendering, signing and verifying run through the window's TaskRunner. The
passphrase is typed in a password field, handed to the signing task once and
cleared; it is never stored.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from app.services.context import AppContext
from app.services.letters import LANGUAGES, LEGAL_NATURES
from app.services.letters import service as letters
from app.ui.dialogs.form import FormDialog
from app.ui.preview_io import pdf_page_count
from app.ui.qt import (
    QAbstractItemView,
    QAbstractTableModel,
    QAction,
    QBuffer,
    QByteArray,
    QComboBox,
    QCoreApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QIODevice,
    QLabel,
    QLineEdit,
    QMessageBox,
    QModelIndex,
    QPushButton,
    QSplitter,
    Qt,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
    Signal,
)
from app.ui.tasks import Progress, TaskRunner

RECORD_ROLE = Qt.ItemDataRole.UserRole + 1


def _local(value: dt.datetime | None) -> str:
    return value.astimezone().strftime("%Y-%m-%d %H:%M") if value else ""


class LetterTableModel(QAbstractTableModel):
    """The case's letter register (plain records from the service)."""

    COLUMNS = ("id", "state", "language", "nature", "level", "drafted_by", "approved_by", "issued", "sha256")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[letters.LetterRecord] = []
        self._headers = {
            "id": QCoreApplication.translate("LetterTableModel", "No."),
            "state": QCoreApplication.translate("LetterTableModel", "State"),
            "language": QCoreApplication.translate("LetterTableModel", "Language"),
            "nature": QCoreApplication.translate("LetterTableModel", "Legal nature"),
            "level": QCoreApplication.translate("LetterTableModel", "Signature"),
            "drafted_by": QCoreApplication.translate("LetterTableModel", "Drafted by"),
            "approved_by": QCoreApplication.translate("LetterTableModel", "Approved by"),
            "issued": QCoreApplication.translate("LetterTableModel", "Issued"),
            "sha256": QCoreApplication.translate("LetterTableModel", "SHA-256"),
        }
        self._states = {
            "draft": QCoreApplication.translate("LetterTableModel", "Draft"),
            "approved": QCoreApplication.translate("LetterTableModel", "Approved"),
            "issued": QCoreApplication.translate("LetterTableModel", "Issued"),
            "superseded": QCoreApplication.translate("LetterTableModel", "Superseded"),
        }
        self._natures = nature_labels(self)

    def set_records(self, rows: list[letters.LetterRecord]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def record(self, row: int) -> letters.LetterRecord | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:  # noqa: N802, E501
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(self.COLUMNS):
                return self._headers[self.COLUMNS[section]]
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        r = self._rows[index.row()]
        col = self.COLUMNS[index.column()]
        if role == RECORD_ROLE:
            return r
        if role == Qt.ItemDataRole.ToolTipRole and col == "sha256":
            return r.current_sha256 or r.draft_sha256
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            "id": str(r.id),
            "state": self._states.get(r.state, r.state),
            "language": r.language.upper(),
            "nature": self._natures.get(r.legal_nature, r.legal_nature),
            "level": r.signature_level or "–",
            "drafted_by": r.drafted_by,
            "approved_by": r.approved_by or "–",
            "issued": _local(r.issued_at) or "–",
            "sha256": (r.current_sha256 or r.draft_sha256)[:16] + "…",
        }[col]


def nature_labels(obj: Any = None) -> dict[str, str]:
    """The legal natures in the interface language (``obj`` is kept for callers)."""
    return {
        "internal_assessment": QCoreApplication.translate(
            "LettersTab", "Internal assessment (note to the file)"
        ),
        "letter_to_provider": QCoreApplication.translate(
            "LettersTab", "Letter to the provider (no legal effects)"
        ),
        "draft_decision": QCoreApplication.translate("LettersTab", "Draft decision (right to be heard)"),
        "commission_decision": QCoreApplication.translate(
            "LettersTab", "Commission decision (means of redress)"
        ),
    }


class DraftDialog(QDialog):
    def __init__(self, default_language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Draft the letter"))
        form = QFormLayout(self)
        self.language = QComboBox()
        names = {"en": "English", "fr": "Français", "de": "Deutsch"}
        for code in LANGUAGES:
            self.language.addItem(names[code], code)
        self.language.setCurrentIndex(max(0, self.language.findData(default_language)))
        self.language.setAccessibleName(self.tr("Letter language"))
        self.nature = QComboBox()
        for code, label in nature_labels(self).items():
            self.nature.addItem(label, code)
        self.nature.setCurrentIndex(self.nature.findData("letter_to_provider"))
        self.nature.setAccessibleName(self.tr("Legal nature"))
        self.registry = QLineEdit()
        self.registry.setPlaceholderText(self.tr("optional, e.g. Ares(2026)1234567"))
        self.registry.setAccessibleName(self.tr("Registry reference"))
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(self.tr("Legal &nature:"), self.nature)
        form.addRow(self.tr("&Registry reference:"), self.registry)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Draft"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> tuple[str, str, str]:
        return self.language.currentData(), self.nature.currentData(), self.registry.text().strip()


class IssueDialog(FormDialog):
    """Key file (defaults to the settings' signing key) and passphrase (never stored).
    Submit mode (app/ui/dialogs/form.py): a wrong passphrase or an unusable key is
    said beside its field and the dialog stays open with the key and function kept."""

    def __init__(self, key_path: str, function: str, parent: QWidget | None = None) -> None:
        super().__init__(
            parent, self.tr("Sign and issue the letter"), self.tr("Sign and issue"), submit_mode=True
        )
        key_row = QWidget()
        row = QHBoxLayout(key_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.key = QLineEdit(key_path)
        self.key.setAccessibleName(self.tr("Signing key file"))
        browse = QPushButton(self.tr("&Browse…"))
        browse.setAccessibleName(self.tr("Choose the signing key file"))
        browse.clicked.connect(self._browse)
        row.addWidget(self.key, 1)
        row.addWidget(browse)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase of the signing key"))
        self.function = QLineEdit(function)
        self.function.setAccessibleName(self.tr("Function of the signatory"))
        key_label = QLabel(self.tr("&Key file (.p12):"))
        key_label.setBuddy(self.key)
        self.form.addRow(key_label, key_row)
        err = QLabel()
        err.setObjectName("fieldError")
        err.setWordWrap(True)
        err.setStyleSheet("color: #b42318;")
        err.hide()
        self.form.addRow("", err)
        self.field_errors[self.key] = err
        self.add_field(self.tr("&Passphrase:"), self.passphrase)
        self.add_field(self.tr("&Function:"), self.function)
        self.set_intro(self.tr("The passphrase is used for this signature only and is never stored."))
        self.passphrase.setFocus()

    def field_for(self, message: str) -> QWidget | None:
        """The field a refusal speaks of: the passphrase, else the key file."""
        low = message.lower()
        if "passphrase" in low:
            return self.passphrase
        if "key" in low or "certificate" in low:
            return self.key
        return None

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Signing key"), self.key.text(), self.tr("PKCS#12 key (*.p12 *.pfx);;All files (*)")
        )
        if path:
            self.key.setText(path)

    def take_passphrase(self) -> bytes:
        """The passphrase as bytes; the field is cleared."""
        value = self.passphrase.text().encode("utf-8")
        self.passphrase.clear()
        return value


class ApproveDialog(QDialog):
    """What is approved, before it is, and the reviewer's own key to sign it with.

    Approving is signing (issue 14): the reviewer signs the final letter (no DRAFT
    watermark, dated today) with their own key, a PKCS#12 file and its passphrase or a
    PKCS#11 token and its PIN. The dialog shows the draft's SHA-256 (what the reviewer
    read), the first page and SHA-256 of the final letter that is signed, the drafter
    and the outcome. The key field is empty unless the key in Settings is the acting
    officer's own. Cancel is the default button (Enter and Escape never approve);
    Approve is enabled once the first page is shown and the rendered draft's SHA-256 is
    the recorded one. A refusal (wrong passphrase, someone else's key...) is said in the
    dialog, which stays open with the key kept and the passphrase cleared."""

    submitted = Signal()

    def __init__(
        self, rec: letters.LetterRecord, outcome: str, parent: QWidget | None = None, key_path: str = ""
    ) -> None:
        super().__init__(parent)
        self.rec = rec
        self.letter_sha256 = ""  # the final letter shown, once rendered
        title = self.tr("Approve the letter draft of %1").replace("%1", rec.case_reference)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setMinimumWidth(560)
        lay = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "You approve exactly this letter as the second officer by signing it with your own key: "
                "your approval signature is part of the issued letter, bound to its SHA-256 and kept in "
                "the audit trail."
            )
        )
        intro.setWordWrap(True)
        lay.addWidget(intro)
        form = QFormLayout()
        self.drafter = QLabel(rec.drafted_by)
        self.outcome = QLabel(outcome)
        self.outcome.setWordWrap(True)
        self.sha = QLabel(rec.draft_sha256)
        self.sha.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.sha.setWordWrap(True)
        self.sha.setAccessibleName(self.tr("SHA-256 of the draft"))
        self.letter_sha = QLabel("…")
        self.letter_sha.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.letter_sha.setWordWrap(True)
        self.letter_sha.setAccessibleName(self.tr("SHA-256 of the letter you sign"))
        form.addRow(self.tr("Drafted by:"), self.drafter)
        form.addRow(self.tr("Outcome:"), self.outcome)
        form.addRow(self.tr("SHA-256 of the draft:"), self.sha)
        form.addRow(self.tr("SHA-256 of the letter you sign:"), self.letter_sha)
        lay.addLayout(form)
        self.page = QLabel(self.tr("Rendering the first page…"))
        self.page.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.page.setMinimumHeight(320)
        self.page.setAccessibleName(self.tr("First page of the letter you sign"))
        lay.addWidget(self.page, 1)

        keys = QFormLayout()
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Key file (PKCS#12)"), "p12")
        self.kind.addItem(self.tr("Signing token (PKCS#11)"), "pkcs11")
        self.kind.setAccessibleName(self.tr("Where your signing key is"))
        kind_label = QLabel(self.tr("&Your key:"))
        kind_label.setBuddy(self.kind)
        keys.addRow(kind_label, self.kind)
        key_row = QWidget()
        row = QHBoxLayout(key_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.key = QLineEdit(key_path)
        self.key.setAccessibleName(self.tr("Your own key file, or your token's PKCS#11 module"))
        browse = QPushButton(self.tr("&Browse…"))
        browse.setAccessibleName(self.tr("Choose your key file"))
        browse.clicked.connect(self._browse)
        row.addWidget(self.key, 1)
        row.addWidget(browse)
        self.key_label = QLabel(self.tr("&Key file (.p12):"))
        self.key_label.setBuddy(self.key)
        keys.addRow(self.key_label, key_row)
        self.key_name = QLineEdit()
        self.key_name.setAccessibleName(self.tr("Key label on the token"))
        self.key_name_label = QLabel(self.tr("Key &label:"))
        self.key_name_label.setBuddy(self.key_name)
        keys.addRow(self.key_name_label, self.key_name)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase of your key, or your token's PIN"))
        self.pass_label = QLabel(self.tr("&Passphrase:"))
        self.pass_label.setBuddy(self.passphrase)
        keys.addRow(self.pass_label, self.passphrase)
        self.function = QLineEdit()
        self.function.setPlaceholderText(self.tr("your role, e.g. Reviewer, AI Office"))
        self.function.setAccessibleName(self.tr("Your function in the approval block"))
        func_label = QLabel(self.tr("&Function:"))
        func_label.setBuddy(self.function)
        keys.addRow(func_label, self.function)
        lay.addLayout(keys)
        note = QLabel(self.tr("The passphrase or PIN is used for this signature only and is never stored."))
        note.setWordWrap(True)
        lay.addWidget(note)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()

        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b42318;")
        self.problem.hide()
        lay.addWidget(self.problem)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.hide()
        lay.addWidget(self.status)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.approve_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.approve_button.setText(self.tr("&Sign and approve"))
        self.approve_button.setAutoDefault(False)
        self.approve_button.setDefault(False)
        self.approve_button.setEnabled(False)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setDefault(True)
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        lay.addWidget(self.buttons)
        self.shown = False
        self.busy = False
        self.cancel_button.setFocus()

    def _kind_changed(self) -> None:
        token = self.kind.currentData() == "pkcs11"
        self.key_label.setText(self.tr("PKCS#11 &module:") if token else self.tr("&Key file (.p12):"))
        self.pass_label.setText(self.tr("&PIN:") if token else self.tr("&Passphrase:"))
        self.key_name.setVisible(token)
        self.key_name_label.setVisible(token)

    def _browse(self) -> None:
        token = self.kind.currentData() == "pkcs11"
        pattern = self.tr("PKCS#11 module (*.so *.dll *.dylib);;All files (*)")
        if not token:
            pattern = self.tr("PKCS#12 key (*.p12 *.pfx);;All files (*)")
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Your signing key"), self.key.text(), pattern)
        if path:
            self.key.setText(path)

    def _submit(self) -> None:
        """Approve pressed: checked here, then signed off the GUI thread by the tab."""
        if not self.shown or self.busy:
            return
        if not self.key.text().strip():
            self.failed(self.tr("Give your own key: approving means signing the letter with it."))
            self.key.setFocus()
            return
        self.busy = True
        self.approve_button.setEnabled(False)
        self.problem.hide()
        self.status.setText(self.tr("Signing the approval…"))
        self.status.show()
        self.submitted.emit()

    def signing_key(self) -> tuple[str, str, str, bytes]:
        """(kind, key file or module, key label, secret); the passphrase field is cleared."""
        secret = self.passphrase.text().encode("utf-8")
        self.passphrase.clear()
        return self.kind.currentData(), self.key.text().strip(), self.key_name.text().strip(), secret

    def progress(self, text: str) -> None:
        self.status.setText(text)
        self.status.show()

    def failed(self, message: str) -> None:
        """A refusal, said in the dialog; it stays open with the key kept."""
        from app.ui.plain import for_officer

        self.busy = False
        self.status.hide()
        self.problem.setText(for_officer(message))
        self.problem.show()
        self.approve_button.setEnabled(self.shown)
        low = message.lower()
        (self.passphrase if "passphrase" in low or "pin" in low else self.key).setFocus()

    def succeeded(self) -> None:
        self.busy = False
        self.accept()

    def show_page(self, image: Any, rendered_sha256: str, letter_sha256: str = "") -> None:
        """The first page of the final letter rendered in the worker, the SHA-256 of the
        draft re-rendered there, and the SHA-256 of the final letter that is signed."""
        from app.ui.qt import QPixmap

        if rendered_sha256 != self.rec.draft_sha256:
            self.page.setText(self.tr("The draft cannot be shown as it was recorded."))
            self.problem.setText(
                self.tr(
                    "The draft rendered now is not the recorded draft (its SHA-256 differs): "
                    "draft the letter again before approving it."
                )
            )
            self.problem.show()
            return
        if image is None:
            self.page.setText(self.tr("The first page cannot be shown (the PDF may be damaged)."))
            return
        self.letter_sha256 = letter_sha256
        self.letter_sha.setText(letter_sha256 or "–")
        self.page.setPixmap(QPixmap.fromImage(image))
        self.shown = True
        self.approve_button.setEnabled(True)

    def show_failure(self, message: str) -> None:
        from app.ui.plain import for_officer

        self.page.setText(self.tr("The first page cannot be shown."))
        self.problem.setText(for_officer(message))
        self.problem.show()


class VerifyDialog(QDialog):
    """Pick a PDF (and optionally a trust anchor); shows the verification result."""

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None, trust: str = "") -> None:
        super().__init__(parent)
        self.runner = runner
        self.setWindowTitle(self.tr("Verify a letter"))
        self.resize(640, 380)
        lay = QVBoxLayout(self)
        form = QFormLayout()
        self.file = QLineEdit()
        self.file.setAccessibleName(self.tr("Letter file to verify"))
        pick = QPushButton(self.tr("&Choose…"))
        pick.clicked.connect(self._pick)
        row = QHBoxLayout()
        row.addWidget(self.file, 1)
        row.addWidget(pick)
        form.addRow(self.tr("&Letter (PDF):"), row)
        label = form.labelForField(row)
        if isinstance(label, QLabel):  # a row of widgets gets no buddy by itself: Alt+L would show "&"
            label.setBuddy(self.file)
        self.trust = QLineEdit(trust)
        self.trust.setPlaceholderText(self.tr("optional: trusted CA certificate (PEM)"))
        self.trust.setAccessibleName(self.tr("Trusted certificate authority"))
        form.addRow(self.tr("&Trust anchor:"), self.trust)
        lay.addLayout(form)
        self.results: dict[str, QLabel] = {}
        res = QFormLayout()
        for key, label in (
            ("signer", self.tr("Signer")),
            ("approver", self.tr("Approved by")),
            ("four_eyes", self.tr("Four eyes")),
            ("time", self.tr("Signing time")),
            ("level", self.tr("Level")),
            ("integrity", self.tr("Integrity")),
            ("trust", self.tr("Trust")),
            ("coverage", self.tr("Coverage")),
            ("result", self.tr("Result")),
        ):
            lab = QLabel("–")
            lab.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            lab.setWordWrap(True)
            lab.setAccessibleName(label)
            self.results[key] = lab
            res.addRow(label + ":", lab)
        lay.addLayout(res)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.verify_button = buttons.addButton(self.tr("&Verify"), QDialogButtonBox.ButtonRole.ActionRole)
        self.verify_button.clicked.connect(self.start)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.report: Any = None

    def _pick(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Letter"), "", self.tr("PDF (*.pdf)"))
        if path:
            self.file.setText(path)
            self.start()

    def _unreadable(self, exc: BaseException) -> None:
        """Bad input (not a PDF, truncated, unreadable): said in the result line."""
        self.report = None
        for label in self.results.values():
            label.setText("–")
        self.results["result"].setText(str(exc))

    def start(self) -> None:
        from app.services.letters import verify

        path, trust = self.file.text().strip(), self.trust.text().strip()
        if not path:
            return
        self.results["result"].setText(self.tr("Checking…"))
        self.runner.run(
            lambda p: verify.verify_file(path, trust=[trust] if trust else [], require_trust=True),
            on_done=self.show_report,
            on_error=self._unreadable,
            label=self.tr("Verifying the letter…"),
            write=False,
        )

    def show_report(self, rep: Any) -> None:
        self.report = rep
        r = self.results
        r["signer"].setText(rep.signer or "–")
        r["approver"].setText(rep.approver or "–")
        if rep.four_eyes_shown:
            r["four_eyes"].setText(
                self.tr("shown: approved by %1, issued by %2 (two different certificates)")
                .replace("%1", rep.approver)
                .replace("%2", rep.signer)
            )
        elif not rep.approver:
            r["four_eyes"].setText(self.tr("not shown: the letter carries no approval signature"))
        else:
            r["four_eyes"].setText(rep.four_eyes)
        r["time"].setText(rep.signing_time or "–")
        r["level"].setText(rep.level or "–")
        r["integrity"].setText(self.tr("intact") if rep.integrity else self.tr("CHANGED"))
        if not rep.trust_checked:
            r["trust"].setText(self.tr("not checked (choose a trust anchor)"))
        else:
            r["trust"].setText(self.tr("trusted") if rep.trusted else self.tr("NOT trusted"))
        r["coverage"].setText(self.tr("whole file") if rep.whole_file else self.tr("NOT the whole file"))
        color = "#166534" if rep.ok else "#b91c1c"
        r["result"].setText(f'<b style="color:{color}">{rep.summary()}</b>')


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
