"""Settings: officer profile, letter language, signing key location, data folder,
database URL, shared evidence folder. Stored in the home folder's settings.json
(never a passphrase)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from app.services.context import AppContext
from app.services.settings import Settings
from app.ui.plain import safe_url
from app.ui.qt import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from app.ui.widgets.officer_form import OfficerForm

LANGUAGES = (("en", "English"), ("fr", "Français"), ("de", "Deutsch"))


class SettingsDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Settings"))
        self.setAccessibleName(self.tr("Settings"))
        self.setMinimumWidth(560)
        s = ctx.settings

        self.profile = OfficerForm(self.tr("Officer profile"), s)
        self.name, self.unit, self.email, self.role = (
            self.profile.name,
            self.profile.unit,
            self.profile.email,
            self.profile.role,
        )
        self.letter_language = QComboBox()
        self.ui_language = QComboBox()
        self.ui_language.addItem(self.tr("System language"), "")
        for code, name in LANGUAGES:
            self.letter_language.addItem(name, code)
            self.ui_language.addItem(name, code)
        self.letter_language.setCurrentIndex(max(self.letter_language.findData(s.letter_language), 0))
        self.ui_language.setCurrentIndex(max(self.ui_language.findData(s.ui_language), 0))
        self.key_path = QLineEdit(s.signing_key_path)
        self.key_path.setPlaceholderText(self.tr("PKCS#12 file (.p12) or PKCS#11 token"))
        browse = QPushButton(self.tr("Browse…"))
        browse.setAccessibleName(self.tr("Choose the signing key file"))
        browse.clicked.connect(self._browse_key)
        key_row = QHBoxLayout()
        key_row.addWidget(self.key_path, 1)
        key_row.addWidget(browse)
        self.data_folder = QLineEdit(str(ctx.paths.home))
        self.data_folder.setReadOnly(True)
        self.database_url = QLineEdit(s.database_url)
        self.database_url.setPlaceholderText(
            self.tr("empty = the SQLite file in the data folder; or postgresql+psycopg://host/db")
        )
        # Team mode: where evidence bytes live (app/services/blobstore_db.py store_for).
        self.shared_folder = QLineEdit(s.shared_blob_folder)
        self.shared_folder.setObjectName("sharedBlobFolder")
        self.shared_folder.setPlaceholderText(self.tr("empty = in the team database (or the data folder)"))
        browse_shared = QPushButton(self.tr("Choose…"))
        browse_shared.setAccessibleName(self.tr("Choose the shared evidence folder"))
        browse_shared.clicked.connect(self._browse_shared)
        shared_row = QHBoxLayout()
        shared_row.addWidget(self.shared_folder, 1)
        shared_row.addWidget(browse_shared)
        self.shared_note = QLabel(
            self.tr(
                "Empty (recommended): evidence files are kept in the team database, so one pg_dump "
                "backs up records and files together. A shared folder (the same path for every "
                "officer) suits very large evidence: back it up with the database, and choose it "
                "before evidence is stored."
            )
        )
        self.shared_note.setObjectName("sharedBlobFolderNote")
        self.shared_note.setWordWrap(True)
        self.shared_note.setStyleSheet("color: #6b7280;")
        self.in_use = QLabel(self.tr("In use now: %1").replace("%1", safe_url(ctx.db_url)))
        self.in_use.setWordWrap(True)
        self.in_use.setStyleSheet("color: #6b7280;")
        note = QLabel(
            self.tr("The passphrase of the signing key is asked for each time you sign; it is never stored.")
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: #6b7280;")

        for w, name in (
            (self.letter_language, self.tr("Default letter language")),
            (self.ui_language, self.tr("Interface language")),
            (self.key_path, self.tr("Signing key location")),
            (self.data_folder, self.tr("Data folder")),
            (self.database_url, self.tr("Database URL")),
            (self.shared_folder, self.tr("Shared evidence folder")),
        ):
            w.setAccessibleName(name)

        work = QGroupBox(self.tr("Letters and signing"))
        wf = QFormLayout(work)
        wf.addRow(self.tr("Default letter &language:"), self.letter_language)
        key_label = QLabel(self.tr("Signing &key:"))  # a row of widgets: the label needs a buddy for "&"
        key_label.setBuddy(self.key_path)
        wf.addRow(key_label, key_row)
        wf.addRow("", note)
        storage = QGroupBox(self.tr("Storage"))
        sf = QFormLayout(storage)
        sf.addRow(self.tr("Data folder:"), self.data_folder)
        sf.addRow(self.tr("&Database URL:"), self.database_url)
        sf.addRow("", self.in_use)
        shared_label = QLabel(self.tr("S&hared evidence folder:"))
        shared_label.setBuddy(self.shared_folder)
        sf.addRow(shared_label, shared_row)
        sf.addRow("", self.shared_note)
        ui = QGroupBox(self.tr("Interface"))
        uf = QFormLayout(ui)
        uf.addRow(self.tr("Interface l&anguage:"), self.ui_language)
        self.restart_note = QLabel(self.tr("Language, database and storage changes apply after a restart."))
        self.restart_note.setStyleSheet("color: #6b7280;")
        uf.addRow("", self.restart_note)

        self.error = QLabel()
        self.error.setStyleSheet("color: #b42318;")
        self.error.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        for g in (self.profile, work, storage, ui):
            lay.addWidget(g)
        lay.addWidget(self.error)
        lay.addWidget(buttons)

    def _browse_key(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Signing key"),
            self.key_path.text(),
            self.tr("PKCS#12 (*.p12 *.pfx);;All files (*)"),
        )
        if path:
            self.key_path.setText(path)

    def _browse_shared(self) -> None:
        path = QFileDialog.getExistingDirectory(
            self, self.tr("Shared evidence folder"), self.shared_folder.text() or str(Path.home())
        )
        if path:
            self.shared_folder.setText(path)

    def value(self) -> Settings:
        return replace(
            self.ctx.settings,
            **self.profile.values(),
            letter_language=str(self.letter_language.currentData()),
            ui_language=str(self.ui_language.currentData()),
            signing_key_path=self.key_path.text().strip(),
            database_url=self.database_url.text().strip(),
            shared_blob_folder=self.shared_folder.text().strip(),
        )

    def accept(self) -> None:
        new = self.value()
        problem, field = self.profile.problem()
        if problem:
            self.error.setText(problem)
            self.error.show()
            if field is not None:
                field.setFocus()
            return
        problem = _shared_folder_problem(new.shared_blob_folder)
        if problem:
            self.error.setText(problem)
            self.error.show()
            return
        try:
            new.save(self.ctx.paths.settings_file)
        except OSError as err:
            self.error.setText(self.tr("Cannot save the settings: %1").replace("%1", str(err.strerror)))
            self.error.show()
            return
        self.ctx.settings = new
        super().accept()


def _shared_folder_problem(text: str) -> str:
    """'' when the shared evidence folder is usable (or not set), else one line why not."""
    from app.ui.qt import QCoreApplication

    if not text:
        return ""
    path = Path(text).expanduser()
    if not path.is_absolute():
        return QCoreApplication.translate(
            "SettingsDialog", "The shared evidence folder must be a full path (e.g. /mnt/unit/evidence)."
        )
    if not path.is_dir():
        return QCoreApplication.translate(
            "SettingsDialog",
            "The shared evidence folder %1 does not exist or is not a folder: connect the share first.",
        ).replace("%1", str(path))
    return ""
