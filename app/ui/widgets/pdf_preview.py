"""A PDF preview from bytes already in memory.

The bytes are read (and their pages counted, :func:`app.ui.preview_io.read_pdf`)
in a worker thread; the view then reads them from a ``QBuffer``, never from the
disk, so what is shown is exactly what was read (and hashed). QtPdf is loaded the
first time a PDF is shown, not when the screen is built.
"""

from __future__ import annotations

from typing import Any

from app.ui.qt import QVBoxLayout, QWidget


class PdfPreview(QWidget):
    """Pages one under the other, fitted to the width. ``accessible_name``: what a
    screen reader calls the view (e.g. "Letter preview")."""

    def __init__(self, parent: QWidget | None = None, *, accessible_name: str = "") -> None:
        super().__init__(parent)
        self._lay = QVBoxLayout(self)
        self._lay.setContentsMargins(0, 0, 0, 0)
        self._accessible_name = accessible_name
        self.view: Any = None  # QPdfView, made on first show
        self.document: Any = None  # QPdfDocument
        self._buffer: Any = None
        self.shown_bytes: bytes | None = None

    def _build(self) -> None:
        from app.ui.qt import QPdfDocument, QPdfView

        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        if self._accessible_name:
            self.view.setAccessibleName(self._accessible_name)
        self._lay.addWidget(self.view)

    def show_bytes(self, data: bytes) -> None:
        """Show the PDF ``data`` (replacing the one shown)."""
        from app.ui.qt import QBuffer, QByteArray, QIODevice

        if self.view is None:
            self._build()
        self.document.close()
        old = self._buffer
        buffer = QBuffer(self)  # owns a copy of the bytes (setData copies)
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self._buffer = buffer
        self.document.load(buffer)
        self.shown_bytes = data
        if old is not None:
            old.close()
            old.deleteLater()
        self.view.show()

    def hide_pages(self) -> None:
        """Hide the pages (while another one loads, or when it cannot be shown)."""
        if self.view is not None:
            self.view.hide()

    def page_count(self) -> int:
        return 0 if self.document is None else int(self.document.pageCount())
