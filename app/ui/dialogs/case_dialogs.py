"""Small case dialogs: a reason, (re)assignment, a new due date, title and notes,
recording a decision.

All are :class:`~app.ui.dialogs.form.FormDialog` in submit mode: OK checks the
fields in place (an empty reason is refused beside the field), then emits
``submitted``; the Overview runs the service and calls ``succeeded()`` or
``failed(message)``, so a refusal never drops what was typed.
"""

from __future__ import annotations

import datetime as dt

from app.ui.dialogs.form import DateEdit, FormDialog
from app.ui.qt import (
    QComboBox,
    QDate,
    QDialogButtonBox,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)


def date_edit(value: dt.date | None, accessible_name: str) -> DateEdit:
    """A date field in ISO order whose year, month and day are typed in turn
    (the cursor moves on by itself) or picked from the calendar."""
    edit = DateEdit()
    edit.setAccessibleName(accessible_name)
    d = value or dt.date.today()
    edit.setDate(QDate(d.year, d.month, d.day))
    return edit


class ReasonDialog(FormDialog):
    """Asks why (reopen, send back, stop the clock); an empty reason is refused here."""

    def __init__(self, parent: QWidget | None, title: str, prompt: str, ok_text: str) -> None:
        super().__init__(parent, title, ok_text, submit_mode=True)
        self.set_intro(prompt)
        self.reason = QPlainTextEdit()
        self.reason.setFixedHeight(90)
        self.reason.setAccessibleName(self.tr("Reason"))
        self.add_field(self.tr("&Reason:"), self.reason)
        self.reason.setFocus()

    def text(self) -> str:
        return self.reason.toPlainText().strip()

    def validate(self) -> list[tuple[QWidget | None, str]]:
        if not self.text():
            return [(self.reason, self.tr("Give a reason: it is kept in the audit trail."))]
        return []


class DecisionDialog(ReasonDialog):
    """Record a decision without a letter: shows the assessed outcome, needs a reason,
    and Cancel is the default button (Enter never decides)."""

    def __init__(self, parent: QWidget | None, reference: str, outcome: str) -> None:
        super().__init__(
            parent,
            self.tr("Record the decision on %1").replace("%1", reference),
            self.tr(
                "Outcome assessed: %1.\n\nA case is normally decided by issuing its signed letter "
                "(Letters tab, after a second officer approved it). To record the decision without "
                "a letter, say why: the reason is kept in the audit trail with the outcome."
            ).replace("%1", outcome),
            self.tr("Record decision"),
        )
        self.ok_button.setAutoDefault(False)
        self.ok_button.setDefault(False)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setDefault(True)


class AssignDialog(FormDialog):
    def __init__(self, parent: QWidget | None, current: str | None, officers: list[str]) -> None:
        super().__init__(parent, self.tr("Assign case"), self.tr("Assign"), submit_mode=True)
        self.set_intro(self.tr("Currently assigned to: %1").replace("%1", current or self.tr("nobody")))
        self.officer = QComboBox()
        self.officer.setEditable(True)
        self.officer.setAccessibleName(self.tr("Officer"))
        self.officer.addItems([o for o in officers if o != current])
        self.officer.setCurrentText("")
        self.reason = QPlainTextEdit()
        self.reason.setFixedHeight(70)
        self.reason.setAccessibleName(self.tr("Reason for the assignment"))
        self.add_field(self.tr("&Officer:"), self.officer)
        self.add_field(self.tr("&Reason:"), self.reason)
        self.officer.setFocus()

    def officer_name(self) -> str:
        return self.officer.currentText().strip()

    def reason_text(self) -> str:
        return self.reason.toPlainText().strip()


class DueDateDialog(FormDialog):
    """A new due date and why (the reason is kept in the audit trail); an unchanged
    date or an empty reason is refused beside its field."""

    def __init__(self, parent: QWidget | None, current: dt.date | None) -> None:
        super().__init__(parent, self.tr("Change due date"), self.tr("Change"), submit_mode=True)
        self.current = current
        self.date = date_edit(current, self.tr("Due date"))
        self.add_field(self.tr("&Due date:"), self.date)
        self.reason = QPlainTextEdit()
        self.reason.setFixedHeight(70)
        self.reason.setAccessibleName(self.tr("Reason for the new due date"))
        self.add_field(self.tr("&Reason:"), self.reason)
        self.date.setFocus()

    def value(self) -> dt.date:
        d = self.date.date()
        return dt.date(d.year(), d.month(), d.day())

    def reason_text(self) -> str:
        return self.reason.toPlainText().strip()

    def validate(self) -> list[tuple[QWidget | None, str]]:
        problems: list[tuple[QWidget | None, str]] = []
        if self.current is not None and self.value() == self.current:
            problems.append((self.date, self.tr("This is the current due date: choose another one.")))
        if not self.reason_text():
            problems.append((self.reason, self.tr("Give a reason: it is kept in the audit trail.")))
        return problems


class EditCaseDialog(FormDialog):
    """Title and notes of a case (audited by the service)."""

    def __init__(self, parent: QWidget | None, title: str, notes: str) -> None:
        super().__init__(parent, self.tr("Edit case details"), self.tr("Save"), submit_mode=True)
        self.title = QLineEdit(title)
        self.title.setAccessibleName(self.tr("Case title"))
        self.notes = QPlainTextEdit(notes)
        self.notes.setMinimumHeight(140)
        self.notes.setAccessibleName(self.tr("Notes"))
        self.add_field(self.tr("&Title:"), self.title)
        self.add_field(self.tr("&Notes:"), self.notes)
        self.title.setFocus()

    def values(self) -> tuple[str, str]:
        return self.title.text().strip(), self.notes.toPlainText()

    def validate(self) -> list[tuple[QWidget | None, str]]:
        if not self.title.text().strip():
            return [(self.title, self.tr("The case title is empty: give the case a title."))]
        return []
