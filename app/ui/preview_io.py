"""Preview work that must not run on the GUI thread: decoding images and opening PDFs.

Both run inside a TaskRunner worker (QImage and a private QPdfDocument are safe off
the GUI thread); the GUI thread only puts the result on screen.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from app.ui.qt import QBuffer, QByteArray, QImage, QIODevice, Qt

PREVIEW_IMAGE_WIDTH = 1600


def decode_image(data: bytes, max_width: int = PREVIEW_IMAGE_WIDTH) -> tuple[QImage, int, int] | None:
    """The image decoded and scaled for a preview pane, with its original width and
    height. None: not an image Qt can read."""
    img = QImage.fromData(data)
    if img.isNull():
        return None
    width, height = img.width(), img.height()
    if width > max_width:
        img = img.scaledToWidth(max_width, Qt.TransformationMode.SmoothTransformation)
    return img, width, height


def pdf_page_count(data: bytes) -> int:
    """Pages of the PDF in ``data``, opened with QtPdf in this (worker) thread. 0: it
    cannot be shown (damaged, encrypted, not a PDF)."""
    with _pdf(data) as (_doc, pages):
        return pages


@contextmanager
def _pdf(data: bytes) -> Iterator[tuple[Any, int]]:
    """A private QPdfDocument over ``data`` (in memory) and its page count (0: it
    cannot be shown), closed on leaving."""
    from app.ui.qt import QPdfDocument

    doc = QPdfDocument()
    buf = QBuffer()
    buf.setData(QByteArray(data))
    buf.open(QIODevice.OpenModeFlag.ReadOnly)
    try:
        doc.load(buf)
        yield doc, 0 if doc.status() == QPdfDocument.Status.Error else int(doc.pageCount())
    finally:
        doc.close()
        buf.close()


def read_pdf(path: Path) -> tuple[bytes, int]:
    """The PDF file's bytes and its page count (see :func:`pdf_page_count`)."""
    data = path.read_bytes()
    return data, pdf_page_count(data)


def render_pdf_page(data: bytes, page: int = 0, width: int = 600) -> tuple[QImage | None, int]:
    """Page ``page`` of the PDF in ``data`` rendered ``width`` pixels wide (in this
    worker thread), with the page count. (None, 0): it cannot be shown."""
    from app.ui.qt import QSize

    with _pdf(data) as (doc, pages):
        if page >= pages:
            return None, pages
        size = doc.pagePointSize(page)
        if size.width() <= 0:
            return None, pages
        height = round(width * size.height() / size.width())
        img = doc.render(page, QSize(width, height))
        return (None if img.isNull() else img.copy()), pages
