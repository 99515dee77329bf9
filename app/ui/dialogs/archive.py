"""Case archive dialogs: export (with progress, Cancel and an optional signature)
and import (with a clear result, and the choice of a new reference when the
case already exists). The work runs in the TaskRunner, never on the GUI thread.

The main window calls::

    export_case_interactive(parent, ctx, reference, runner)
    import_archive_interactive(parent, ctx, runner, on_imported=open_case)
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from app.domain.errors import NotAllowed
from app.services import archive
from app.services.context import AppContext
from app.ui import message_box
from app.ui.messages import failure_text
from app.ui.op import Op, Progress
from app.ui.qt import (
    QCheckBox,
    QCoreApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QKeySequence,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)
from app.ui.tasks import TaskRunner
from app.ui.units import format_bytes

_open: set[QWidget] = set()  # keep non-modal boxes alive until closed


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def _keep(w: QWidget) -> None:
    _open.add(w)
    w.destroyed.connect(lambda *_: _open.discard(w))


def show_info(parent: QWidget | None, title: str, text: str) -> QMessageBox:
    return message_box.notice(parent, title, text, object_name="archiveResult", selectable=True)


class ExportDialog(QDialog):
    """Choose where to write the archive and, optionally, a signing key."""

    exported = Signal(object)  # ExportResult

    def __init__(
        self,
        ctx: AppContext,
        reference: str,
        runner: TaskRunner,
        parent: QWidget | None = None,
        default_path: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.reference, self.runner = ctx, reference, runner
        self.setObjectName("archiveExportDialog")
        self.setWindowTitle(self.tr("Export case archive"))
        self.setAccessibleName(self.tr("Export case archive"))
        self.result_message = ""

        intro = QLabel(
            self.tr(
                "Writes case %1 as a BagIt archive (a zip file) that anyone can check with "
                "standard tools, years from now, without Exemptio."
            ).replace("%1", reference)
        )
        intro.setWordWrap(True)

        self.path_edit = QLineEdit(str(default_path or Path.home() / f"{reference}.zip"))
        self.path_edit.setAccessibleName(self.tr("Archive file"))
        browse = QPushButton(self.tr("&Browse…"))
        browse.setAccessibleName(self.tr("Choose the archive file"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)

        self.sign_box = QCheckBox(self.tr("&Sign the archive (detached CMS signature)"))
        self.sign_box.setAccessibleName(self.tr("Sign the archive"))
        self.key_edit = QLineEdit(ctx.settings.signing_key_path)
        self.key_edit.setAccessibleName(self.tr("Signing key file (PKCS#12)"))
        self.key_edit.setPlaceholderText(self.tr("PKCS#12 file (.p12)"))
        self.pass_edit = QLineEdit()
        self.pass_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.pass_edit.setAccessibleName(self.tr("Passphrase of the signing key"))
        for w in (self.key_edit, self.pass_edit):
            w.setEnabled(False)
            self.sign_box.toggled.connect(w.setEnabled)

        form = QFormLayout()
        file_label = QLabel(self.tr("Archive &file:"))
        file_label.setBuddy(self.path_edit)
        form.addRow(file_label, row)
        form.addRow(self.sign_box)
        form.addRow(self.tr("&Key:"), self.key_edit)
        form.addRow(self.tr("&Passphrase:"), self.pass_edit)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.addButton(
            self.tr("&Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.export_button.setShortcut(QKeySequence("Ctrl+Return"))
        self.export_button.setAccessibleName(self.tr("Export the archive"))
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        self.error_label = QLabel()
        self.error_label.setObjectName("archiveError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020")
        self.error_label.hide()

        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addLayout(form)
        lay.addWidget(self.error_label)
        lay.addWidget(self.buttons)

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export case archive"), self.path_edit.text(), self.tr("Zip archives (*.zip)")
        )
        if path:
            self.path_edit.setText(path if path.lower().endswith(".zip") else path + ".zip")

    def _fail(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()
        self.export_button.setEnabled(True)

    def start(self) -> None:
        target = Path(self.path_edit.text().strip()).expanduser()
        if not self.path_edit.text().strip():
            self._fail(self.tr("Choose the file to write."))
            return
        key = None
        if self.sign_box.isChecked():
            if not self.key_edit.text().strip():
                self._fail(self.tr("Choose the signing key file, or untick Sign."))
                return
            key = archive.SigningKey(
                Path(self.key_edit.text().strip()), self.pass_edit.text().encode("utf-8")
            )
        self.error_label.hide()
        self.export_button.setEnabled(False)
        ctx, ref = self.ctx, self.reference

        def work(progress: Progress) -> archive.ExportResult:  # archive.Cancelled stops it
            return archive.export_case(
                ctx,
                ref,
                target,
                progress=progress.update,
                cancel=lambda: progress.cancelled,
                signing_key=key,
            )

        self.hide()
        Op(self, work, runner=self.runner).success(self._done).failure(self._error).cancelled(
            self._cancelled
        ).with_progress(self.tr("Exporting %1…").replace("%1", ref), cancellable=True).run()

    def _done(self, res: archive.ExportResult) -> None:
        signed = self.tr(", signed") if res.signed else ""
        self.result_message = (
            self.tr("Archive of %1 written to %2 (%3 files, %4%5).")
            .replace("%1", res.reference)
            .replace("%2", str(res.path))
            .replace("%3", str(res.files))
            .replace("%4", format_bytes(res.payload_bytes))
            .replace("%5", signed)
        )
        self.exported.emit(res)
        self.accept()
        show_info(self.parentWidget(), self.tr("Archive exported"), self.result_message)

    def _error(self, exc: BaseException) -> None:
        self.show()
        self._fail(failure_text(exc))

    def _cancelled(self) -> None:
        self.show()
        self._fail(self.tr("Export cancelled; no archive was written."))


def export_case_interactive(
    parent: QWidget | None,
    ctx: AppContext,
    ref: str,
    runner: TaskRunner,
    *,
    default_path: Path | None = None,
) -> ExportDialog:
    """Open the export dialog (window-modal, non-blocking) and return it."""
    dlg = ExportDialog(ctx, ref, runner, parent, default_path)
    dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    _keep(dlg)
    dlg.open()
    return dlg


class ImportFlow:
    """Runs an import; offers a new reference when the case already exists."""

    def __init__(
        self,
        parent: QWidget | None,
        ctx: AppContext,
        runner: TaskRunner,
        path: Path,
        on_imported: Callable[[str], None] | None = None,
    ) -> None:
        self.parent, self.ctx, self.runner, self.path = parent, ctx, runner, path
        self.on_imported = on_imported
        self.message = ""
        self.box: QMessageBox | None = None
        self.result: archive.ImportResult | None = None

    def tr(self, text: str) -> str:
        return QCoreApplication.translate("ImportFlow", text)

    def start(self, as_new: bool = False) -> None:
        ctx, path = self.ctx, self.path

        def work(progress: Progress) -> archive.ImportResult:  # archive.Cancelled stops it
            return archive.import_archive(
                ctx, path, as_new=as_new, progress=progress.update, cancel=lambda: progress.cancelled
            )

        Op(self.parent, work, runner=self.runner).success(self._done).failure(self._error).cancelled(
            self._cancelled
        ).with_progress(
            self.tr("Checking and importing %1…").replace("%1", path.name), cancellable=True
        ).run()

    def _cancelled(self) -> None:
        self._show(self.tr("Import cancelled"), self.tr("Import cancelled; nothing was imported."), False)

    def _show(self, title: str, text: str, ok: bool) -> QMessageBox:
        self.message = text
        if ok:
            self.box = show_info(self.parent, title, text)
        else:
            self.box = message_box.warning(self.parent, title, text, object_name="archiveResult")
        return self.box

    def _done(self, res: archive.ImportResult) -> None:
        self.result = res
        renamed = (
            self.tr(" under the new reference %1 (it was %2)")
            .replace("%1", res.reference)
            .replace("%2", res.original_reference)
            if res.reference != res.original_reference
            else ""
        )
        text = (
            self.tr("Case %1 imported%2: %3, %4 and %5. Every file matched its checksum.")
            .replace("%1", res.reference)
            .replace("%2", renamed)
            .replace("%3", _count(res.evidence_items, self.tr("evidence item"), self.tr("evidence items")))
            .replace("%4", _count(res.letters, self.tr("letter"), self.tr("letters")))
            .replace(
                "%5", _count(res.audit_events, self.tr("event of history"), self.tr("events of history"))
            )
        )
        if not res.signed:
            text += "\n\n" + self.tr(
                "Warning: the archive is not signed, so its origin cannot be proven. "
                "The case is marked as of unverified origin."
            )
        elif not res.trusted:
            text += "\n\n" + self.tr(
                "Warning: the archive is signed, but no trust anchor in Settings vouches for the "
                "signer, so its origin is unverified: %1"
            ).replace("%1", res.origin)
        else:
            text += "\n\n" + self.tr("Origin: %1").replace("%1", res.origin)
        self._show(self.tr("Archive imported"), text, True)
        if self.on_imported is not None:
            self.on_imported(res.reference)

    def _error(self, exc: BaseException) -> None:
        if isinstance(exc, NotAllowed) and getattr(exc, "msg_id", "") == "archive.case_exists":
            self.message = failure_text(exc)
            self.box = message_box.confirm(
                self.parent,
                self.tr("Case already here"),
                self.tr("%1\n\nImport it as a new case? The old reference is kept in its history.").replace(
                    "%1", failure_text(exc).split(";")[0] + "."
                ),
                yes_text=self.tr("Import as a new case"),
                no_text=self.tr("Cancel"),
                on_yes=lambda: self.start(as_new=True),
                object_name="archiveSameReference",
            )
            return
        detail = failure_text(exc)
        self._show(
            self.tr("Import failed"),
            self.tr("%1\n\nNothing was imported; your data is unchanged.").replace("%1", detail),
            False,
        )


def import_archive_interactive(
    parent: QWidget | None,
    ctx: AppContext,
    runner: TaskRunner,
    *,
    path: Path | None = None,
    on_imported: Callable[[str], None] | None = None,
) -> ImportFlow | None:
    """Ask for an archive (unless ``path`` is given) and import it in the background."""
    if path is None:
        chosen, _ = QFileDialog.getOpenFileName(
            parent,
            QCoreApplication.translate("ImportFlow", "Import case archive"),
            str(Path.home()),
            QCoreApplication.translate("ImportFlow", "Zip archives (*.zip);;All files (*)"),
        )
        if not chosen:
            return None
        path = Path(chosen)
    flow = ImportFlow(parent, ctx, runner, path, on_imported)
    flow.start()
    return flow
