"""Small pieces the dialogs' forms share: accessible names for a set of fields, and a
path field with its Browse… / Choose… button on one row."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from app.ui.qt import QHBoxLayout, QLineEdit, QPushButton, QWidget


def name_fields(fields: Iterable[tuple[QWidget, str]]) -> None:
    """Give each field its accessible name (what a screen reader says)."""
    for widget, name in fields:
        widget.setAccessibleName(name)


def path_row(
    edit: QLineEdit, text: str, name: str, clicked: Callable[[], None], layout: QHBoxLayout | None = None
) -> QHBoxLayout:
    """``edit`` and a button (``text``, accessible ``name``) calling ``clicked``, in a row."""
    button = QPushButton(text)
    button.setAccessibleName(name)
    button.clicked.connect(clicked)
    row = layout if layout is not None else QHBoxLayout()
    row.addWidget(edit, 1)
    row.addWidget(button)
    return row
