"""New Case dialog: title, provider, subject, kind, assigned officer, due date."""

from __future__ import annotations

import datetime as dt
from typing import Any

from app.services import cases
from app.ui.dialogs.form import DateEdit
from app.ui.labels import kind_label
from app.ui.qt import (
    QComboBox,
    QDate,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
    Signal,
)


class NewCaseDialog(QDialog):
    """Collects a :class:`cases.NewCase`. The window runs the service (in the
    background) and shows the service's message here when it refuses."""

    submitted = Signal(object)  # cases.NewCase; the dialog stays open until succeeded()

    def __init__(
        self, parent: QWidget | None = None, *, officers: list[str] | None = None, default_officer: str = ""
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New case"))
        self.setAccessibleName(self.tr("New case"))
        self.setMinimumWidth(520)
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("e.g. Llama 3.1 open-source claim"))
        self.provider = QLineEdit()
        self.provider.setPlaceholderText(self.tr("Legal name, e.g. Meta Platforms Ireland Ltd"))
        self.subject = QLineEdit()
        self.subject.setPlaceholderText(self.tr("AI model or system, e.g. Llama 3.1 8B"))
        self.version = QLineEdit()
        self.version.setPlaceholderText(self.tr("optional"))
        self.kind = QComboBox()
        for k in cases.SUBJECT_KINDS:
            self.kind.addItem(kind_label(k), k)
        self.officer = QComboBox()
        self.officer.setEditable(True)
        self.officer.addItem("")
        for name in officers or []:
            self.officer.addItem(name)
        self.officer.setCurrentText(default_officer)
        self.due = DateEdit()  # typing a year takes
        default_due = dt.date.today() + dt.timedelta(days=cases.DEFAULT_DEADLINE_DAYS)
        self.due.setDate(QDate(default_due.year, default_due.month, default_due.day))
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(70)
        for w, name in (
            (self.title, self.tr("Case title")),
            (self.provider, self.tr("Provider")),
            (self.subject, self.tr("Subject (AI model or system)")),
            (self.version, self.tr("Subject version")),
            (self.kind, self.tr("Kind of subject")),
            (self.officer, self.tr("Assigned officer")),
            (self.due, self.tr("Due date")),
            (self.notes, self.tr("Notes")),
        ):
            w.setAccessibleName(name)
        form = QFormLayout()
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("&Provider:"), self.provider)
        form.addRow(self.tr("&Subject:"), self.subject)
        form.addRow(self.tr("&Version:"), self.version)
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("&Assigned to:"), self.officer)
        form.addRow(self.tr("&Due date:"), self.due)
        form.addRow(self.tr("&Notes:"), self.notes)
        self.error = QLabel()
        self.error.setObjectName("errorLabel")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b42318;")
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Create case"))
        ok.setAccessibleName(self.tr("Create case"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.error)
        lay.addWidget(self.buttons)
        self.title.setFocus()

    def value(self) -> cases.NewCase:
        d = self.due.date()
        return cases.NewCase(
            title=self.title.text(),
            provider=self.provider.text(),
            subject=self.subject.text(),
            subject_version=self.version.text().strip(),
            subject_kind=str(self.kind.currentData()),
            officer=self.officer.currentText().strip() or None,
            notes=self.notes.toPlainText(),
            due_date=dt.date(d.year(), d.month(), d.day()),
        )

    def accept(self) -> None:
        self.error.hide()
        self.set_busy(True)
        self.submitted.emit(self.value())

    def succeeded(self) -> None:
        super().accept()

    def show_error(self, message: str) -> None:
        self.set_busy(False)
        self.error.setText(message)
        self.error.show()

    def set_busy(self, busy: bool) -> None:
        self.buttons.setEnabled(not busy)

    def fill(self, **values: Any) -> None:
        """For tests and scripts: set fields by name."""
        for key, val in values.items():
            w = getattr(self, key)
            if isinstance(w, QLineEdit):
                w.setText(val)
            elif isinstance(w, QComboBox):
                i = w.findData(val)
                if i >= 0:
                    w.setCurrentIndex(i)
                else:
                    w.setCurrentText(val)
            elif isinstance(w, QPlainTextEdit):
                w.setPlainText(val)
            elif isinstance(w, QDateEdit):
                w.setDate(QDate(val.year, val.month, val.day))
