"""Small case dialogs: a reason, (re)assignment, a new due date.

All are opened with ``open()`` (window-modal, no nested event loop); the caller
connects ``accepted``.
"""

from __future__ import annotations

import datetime as dt

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
)


class _Base(QDialog):
    def __init__(self, parent: QWidget | None, title: str, ok_text: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setMinimumWidth(460)
        self.form = QFormLayout()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(ok_text)
        ok.setAccessibleName(ok_text)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.hide()
        lay = QVBoxLayout(self)
        lay.addWidget(self.intro)
        lay.addLayout(self.form)
        lay.addWidget(self.buttons)

    def set_intro(self, text: str) -> None:
        self.intro.setText(text)
        self.intro.setVisible(bool(text))


class ReasonDialog(_Base):
    """Asks why (reopen, send back, stop the clock)."""

    def __init__(self, parent: QWidget | None, title: str, prompt: str, ok_text: str) -> None:
        super().__init__(parent, title, ok_text)
        self.set_intro(prompt)
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(90)
        self.reason.setAccessibleName(self.tr("Reason"))
        self.form.addRow(self.tr("&Reason:"), self.reason)
        self.reason.setFocus()

    def text(self) -> str:
        return self.reason.toPlainText().strip()


class AssignDialog(_Base):
    def __init__(self, parent: QWidget | None, current: str | None, officers: list[str]) -> None:
        super().__init__(parent, self.tr("Assign case"), self.tr("Assign"))
        self.set_intro(self.tr("Currently assigned to: %1").replace("%1", current or self.tr("nobody")))
        self.officer = QComboBox()
        self.officer.setEditable(True)
        self.officer.setAccessibleName(self.tr("Officer"))
        self.officer.addItems([o for o in officers if o != current])
        self.officer.setCurrentText("")
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(70)
        self.reason.setAccessibleName(self.tr("Reason for the assignment"))
        self.form.addRow(self.tr("&Officer:"), self.officer)
        self.form.addRow(self.tr("&Reason:"), self.reason)
        self.officer.setFocus()

    def officer_name(self) -> str:
        return self.officer.currentText().strip()

    def reason_text(self) -> str:
        return self.reason.toPlainText().strip()


class DueDateDialog(_Base):
    def __init__(self, parent: QWidget | None, current: dt.date | None) -> None:
        super().__init__(parent, self.tr("Change due date"), self.tr("Change"))
        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setAccessibleName(self.tr("Due date"))
        d = current or dt.date.today()
        self.date.setDate(QDate(d.year, d.month, d.day))
        self.form.addRow(self.tr("&Due date:"), self.date)

    def value(self) -> dt.date:
        d = self.date.date()
        return dt.date(d.year(), d.month(), d.day())


class EditCaseDialog(_Base):
    """Title and notes of a case (audited by the service)."""

    def __init__(self, parent: QWidget | None, title: str, notes: str) -> None:
        super().__init__(parent, self.tr("Edit case details"), self.tr("Save"))
        self.title = QLineEdit(title)
        self.title.setAccessibleName(self.tr("Case title"))
        self.notes = QPlainTextEdit(notes)
        self.notes.setTabChangesFocus(True)
        self.notes.setMinimumHeight(140)
        self.notes.setAccessibleName(self.tr("Notes"))
        self.form.addRow(self.tr("&Title:"), self.title)
        self.form.addRow(self.tr("&Notes:"), self.notes)
        self.title.setFocus()

    def values(self) -> tuple[str, str]:
        return self.title.text().strip(), self.notes.toPlainText()
