"""A signing key's file (or a token's module) with its Browse… button: one field of
the signing dialogs (issuing and approving a letter, the audit checkpoint)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.ui.qt import QCoreApplication, QHBoxLayout, QLineEdit, QWidget
from app.ui.widgets.file_chooser import open_file
from app.ui.widgets.form_rows import path_row

if TYPE_CHECKING:
    from app.ui.dialogs.form import FormDialog


class KeyFileRow(QWidget):
    """A signing key's file (or a token's module) and its Browse… button: one field of a
    signing dialog, whose label's mnemonic puts the focus in the path. ``key``: the path field.

    Browsing offers PKCS#12 files unless :meth:`set_browse` says otherwise. The Browse
    texts are the Issue dialog's (its translation context holds them in FR/DE)."""

    def __init__(self, path: str, name: str, browse_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.key = QLineEdit(path)
        self.key.setAccessibleName(name)
        path_row(
            self.key, QCoreApplication.translate("IssueDialog", "&Browse…"), browse_name, self._browse, row
        )
        self.setFocusProxy(self.key)
        self.set_browse(
            QCoreApplication.translate("IssueDialog", "Signing key"),
            QCoreApplication.translate("IssueDialog", "PKCS#12 key (*.p12 *.pfx);;All files (*)"),
        )

    def set_browse(self, title: str, pattern: str) -> None:
        """The file dialog's title and file-name filter."""
        self.title, self.pattern = title, pattern

    def _browse(self) -> None:
        open_file(self, self.title, self.key.text(), self.pattern, self.key.setText)

    def add_to(self, dialog: FormDialog, label: str) -> QLineEdit:
        """A labelled field of ``dialog`` with its error line under it; returns the path field
        (the one a refusal about the key is shown beside)."""
        dialog.add_field(label, self)
        dialog.field_errors[self.key] = dialog.field_errors.pop(self)
        return self.key
