"""The Letters tab's dialogs: drafting options, issuing (key and passphrase), approving
(what is approved, and the reviewer's own key: approving is signing) and verifying."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app.services.letters import LANGUAGES
from app.ui.dialogs.form import ERROR_STYLE, FormDialog
from app.ui.op import QueryOp
from app.ui.qt import (
    QComboBox,
    QCoreApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)
from app.ui.tasks import TaskRunner
from app.ui.widgets.file_chooser import open_file
from app.ui.widgets.form_rows import path_row
from app.ui.widgets.key_file_row import KeyFileRow

if TYPE_CHECKING:
    from app.services.letters.records import LetterRecord


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


_SECRET_IDS = frozenset({"key.wrong_passphrase", "token.wrong_pin", "token.pin_locked"})


def key_field(err: BaseException, passphrase: QWidget, key: QWidget) -> QWidget | None:
    """The field a signing refusal speaks of, told by its message id (never by its words,
    which are translated): the passphrase or PIN; the key file for a key, token or key-file
    problem (a file that cannot be read has no id: it is the key file's); else none."""
    from app.domain.errors import BadInput

    msg_id = str(getattr(err, "msg_id", "") or "")
    if msg_id in _SECRET_IDS:
        return passphrase
    if msg_id.startswith(("key.", "token.")) or (not msg_id and isinstance(err, BadInput)):
        return key
    return None


class DraftDialog(FormDialog):
    def __init__(self, default_language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, self.tr("Draft the letter"), self.tr("Draft"))
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
        self.add_field(self.tr("&Language:"), self.language)
        self.add_field(self.tr("Legal &nature:"), self.nature)
        self.add_field(self.tr("&Registry reference:"), self.registry)

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
        row = KeyFileRow(key_path, self.tr("Signing key file"), self.tr("Choose the signing key file"))
        self.key = row.add_to(self, self.tr("&Key file (.p12):"))
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase of the signing key"))
        self.function = QLineEdit(function)
        self.function.setAccessibleName(self.tr("Function of the signatory"))
        self.add_field(self.tr("&Passphrase:"), self.passphrase)
        self.add_field(self.tr("&Function:"), self.function)
        self.set_intro(self.tr("The passphrase is used for this signature only and is never stored."))
        self.passphrase.setFocus()

    def field_for(self, err: BaseException) -> QWidget | None:
        """The field a refusal speaks of (see :func:`key_field`)."""
        return key_field(err, self.passphrase, self.key)

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
        self, rec: LetterRecord, outcome: str, parent: QWidget | None = None, key_path: str = ""
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
        self.key_row = KeyFileRow(
            key_path,
            self.tr("Your own key file, or your token's PKCS#11 module"),
            self.tr("Choose your key file"),
        )
        self.key = self.key_row.key
        self.key_label = QLabel(self.tr("&Key file (.p12):"))
        self.key_label.setBuddy(self.key)
        keys.addRow(self.key_label, self.key_row)
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
        self.problem.setStyleSheet(ERROR_STYLE)
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
        pattern = self.tr("PKCS#11 module (*.so *.dll *.dylib);;All files (*)")
        if not token:
            pattern = self.tr("PKCS#12 key (*.p12 *.pfx);;All files (*)")
        self.key_row.set_browse(self.tr("Your signing key"), pattern)

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
        row = path_row(self.file, self.tr("&Choose…"), self.tr("&Choose…").replace("&", ""), self._pick)
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
        names = {  # what each line of the result says
            "signer": self.tr("Signer"),
            "approver": self.tr("Approved by"),
            "four_eyes": self.tr("Four eyes"),
            "time": self.tr("Signing time"),
            "level": self.tr("Level"),
            "integrity": self.tr("Integrity"),
            "trust": self.tr("Trust"),
            "coverage": self.tr("Coverage"),
            "result": self.tr("Result"),
        }
        for key, label in names.items():
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
        open_file(self, self.tr("Letter"), "", self.tr("PDF (*.pdf)"), self._picked)

    def _picked(self, path: str) -> None:
        self.file.setText(path)
        self.start()

    def _unreadable(self, exc: BaseException) -> None:
        """Bad input (not a PDF, truncated, unreadable): said in the result line."""
        self.report = None
        for label in self.results.values():
            label.setText("–")
        self.results["result"].setText(_failure_text(exc))

    def start(self) -> None:
        from app.services.letters import verify

        path, trust = self.file.text().strip(), self.trust.text().strip()
        if not path:
            return
        self.results["result"].setText(self.tr("Checking…"))
        QueryOp(
            self, lambda p: verify.verify_file(path, trust=[trust] if trust else [], require_trust=True)
        ).success(self.show_report).failure(self._unreadable).label(self.tr("Verifying the letter…")).run()

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


def _failure_text(err: BaseException) -> str:
    from app.ui.messages import failure_text

    return failure_text(err)
