"""A page whose content scrolls when the window is small (the Overview, the dashboard)."""

from __future__ import annotations

from app.ui.qt import QFrame, QScrollArea, QVBoxLayout, QWidget


def fill_with_scrolling(page: QWidget, body: QWidget) -> QScrollArea:
    """Lay ``body`` out in ``page`` inside a frameless scroll area; returns the area."""
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidget(body)
    lay = QVBoxLayout(page)
    lay.setContentsMargins(0, 0, 0, 0)
    lay.addWidget(scroll)
    return scroll
