"""One dialog pattern for every form: it validates in place and keeps what was typed.

``FormDialog`` holds a form of fields (``add_field``), each with an error line
right under it. Pressing OK:

1. runs ``validate()`` (the dialog's own checks: an empty reason, a bad URL); each
   problem is shown under its field, the first such field gets the focus, and the
   dialog stays open with everything as typed;
2. then either closes (``accepted``), or, with ``submit_mode=True``, emits
   ``submitted`` and waits: the caller runs the service in the background and
   calls ``succeeded()`` (the dialog closes) or ``failed(message, field=None)``
   (the refusal shows beside the field, or above the buttons, input kept).

Opened with ``open()`` (window-modal, no nested event loop).
"""

from __future__ import annotations

from app.ui.qt import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    Signal,
)

ERROR_STYLE = "color: #b42318;"


class DateEdit(QDateEdit):
    """A date field (yyyy-MM-dd) whose parts are typed in turn: on focus the year is
    selected, so typing "2027" replaces it (QDateEdit would otherwise append the
    digits after the day and refuse them), then the month and the day follow."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM-dd")

    def focusInEvent(self, event: object) -> None:  # noqa: N802 - Qt override
        super().focusInEvent(event)  # type: ignore[arg-type]
        self.setSelectedSection(QDateEdit.Section.YearSection)


class FormDialog(QDialog):
    submitted = Signal()

    def __init__(
        self, parent: QWidget | None, title: str, ok_text: str, *, submit_mode: bool = False
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setMinimumWidth(480)
        self.submit_mode = submit_mode
        self.form = QFormLayout()
        self.field_errors: dict[QWidget, QLabel] = {}
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button: QPushButton = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(ok_text)
        self.ok_button.setAccessibleName(ok_text.replace("&", ""))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.intro = QLabel()
        self.intro.setObjectName("dialogIntro")
        self.intro.setWordWrap(True)
        self.intro.hide()
        self.error = QLabel()  # a refusal that belongs to no single field
        self.error.setObjectName("errorLabel")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        lay = QVBoxLayout(self)
        lay.addWidget(self.intro)
        lay.addLayout(self.form)
        lay.addWidget(self.error)
        lay.addWidget(self.buttons)

    # -- building ------------------------------------------------------------------------
    def set_intro(self, text: str, *, plain: bool = True) -> None:
        from app.ui.qt import Qt

        self.intro.setTextFormat(Qt.TextFormat.PlainText if plain else Qt.TextFormat.RichText)
        self.intro.setText(text)
        self.intro.setVisible(bool(text))

    def add_field(self, label: str, widget: QWidget) -> QWidget:
        """A labelled field (``label`` with its "&" mnemonic) and its error line."""
        from app.ui.qt import Qt

        if isinstance(widget, QPlainTextEdit):
            widget.setTabChangesFocus(True)
        self.form.addRow(label, widget)
        err = QLabel()
        err.setObjectName("fieldError")
        err.setWordWrap(True)
        err.setTextFormat(Qt.TextFormat.PlainText)
        err.setStyleSheet(ERROR_STYLE)
        err.hide()
        self.form.addRow("", err)
        self.field_errors[widget] = err
        return widget

    # -- validating ----------------------------------------------------------------------
    def validate(self) -> list[tuple[QWidget | None, str]]:
        """The dialog's own checks: (field or None, message) per problem."""
        return []

    def clear_errors(self) -> None:
        for err in self.field_errors.values():
            err.hide()
            err.clear()
        self.error.hide()
        self.error.clear()

    def show_errors(self, problems: list[tuple[QWidget | None, str]]) -> None:
        self.clear_errors()
        first: QWidget | None = None
        for widget, message in problems:
            label = self.field_errors.get(widget) if widget is not None else None
            if label is None:
                self.error.setText((self.error.text() + "\n" + message).strip())
                self.error.show()
            else:
                label.setText(message)
                label.show()
                if widget is not None:
                    widget.setAccessibleDescription(message)
                first = first or widget
        if first is not None:
            first.setFocus()

    def visible_errors(self) -> list[str]:
        """What the officer reads as errors now (for tests)."""
        labels = [*self.field_errors.values(), self.error]
        return [x.text() for x in labels if not x.isHidden() and x.text()]

    def accept(self) -> None:
        problems = self.validate()
        if problems:
            self.show_errors(problems)
            return
        self.clear_errors()
        if not self.submit_mode:
            super().accept()
            return
        self.set_busy(True)
        self.submitted.emit()

    # -- submit mode -----------------------------------------------------------------------
    def succeeded(self) -> None:
        self.set_busy(False)
        super().accept()

    def failed(self, message: str, field: QWidget | None = None) -> None:
        from app.ui.plain import for_officer

        self.set_busy(False)
        self.show_errors([(field, for_officer(message))])

    def set_busy(self, busy: bool) -> None:
        self.ok_button.setEnabled(not busy)
