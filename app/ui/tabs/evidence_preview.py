"""The Evidence tab's preview pane: details and custody of the selected item and its
content (text with line numbers, image, PDF), decoded in a worker thread beforehand
(app/ui/preview_io.py). Nothing is ever run or opened in another program."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from app.services import evidence as ev
from app.ui.qt import (
    QT_TRANSLATE_NOOP,
    QCheckBox,
    QHBoxLayout,
    QImage,
    QLabel,
    QPixmap,
    QScrollArea,
    QStackedWidget,
    Qt,
    QVBoxLayout,
    QWidget,
)
from app.ui.tabs.evidence_model import local_time
from app.ui.units import format_bytes
from app.ui.widgets.line_text import LineNumberedText
from app.ui.widgets.pdf_preview import PdfPreview


class PreviewPane(QWidget):
    """Details of the selected item and a preview of its content."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.details = QLabel()
        self.details.setObjectName("evidenceDetails")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setOpenExternalLinks(False)
        self.custody = QLabel()
        self.custody.setObjectName("custodyLog")
        self.custody.setWordWrap(True)
        self.custody.setTextFormat(Qt.TextFormat.RichText)
        self.custody.setAccessibleName(self.tr("Custody log of the item"))
        self.note = QLabel()
        self.note.setObjectName("previewNote")
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #6b7280;")
        self.stack = QStackedWidget()
        self.empty = QLabel(
            self.tr("Select an item to preview it.\nDrop files or folders here to attach them.")
        )
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet("color: #6b7280;")
        self.text = LineNumberedText(accessible_name=self.tr("Evidence text with line numbers"))
        self.image = QLabel()
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image_scroll = QScrollArea()
        self.image_scroll.setWidget(self.image)
        self.image_scroll.setWidgetResizable(True)
        self.pdf_host = PdfPreview(accessible_name=self.tr("PDF preview"))
        self.other = QLabel()
        self.other.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.other.setWordWrap(True)
        for w in (self.empty, self.text, self.image_scroll, self.pdf_host, self.other):
            self.stack.addWidget(w)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.details)
        lay.addWidget(self.custody)
        note_row = QHBoxLayout()
        note_row.addWidget(self.note, 1)
        # Images: fit to the pane (default) or shown pixel for pixel with scroll bars.
        self.fit = QCheckBox(self.tr("&Fit to pane"))
        self.fit.setObjectName("fitToPane")
        self.fit.setChecked(True)
        self.fit.toggled.connect(lambda _on: self._apply_image())
        self.fit.hide()
        note_row.addWidget(self.fit)
        lay.addLayout(note_row)
        lay.addWidget(self.stack, 1)
        self._image: QImage | None = None
        self.kind = "empty"
        self.clear()

    def _apply_image(self) -> None:
        if self._image is None:
            return
        pix = QPixmap.fromImage(self._image)
        if self.fit.isChecked():
            room = self.image_scroll.viewport().size()
            if pix.width() > room.width() or pix.height() > room.height():
                pix = pix.scaled(
                    room, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
                )
        self.image_scroll.setWidgetResizable(self.fit.isChecked())
        self.image.setPixmap(pix)
        if not self.fit.isChecked():
            self.image.adjustSize()

    def resizeEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if self.kind == "image" and self.fit.isChecked():
            self._apply_image()

    def clear(self) -> None:
        self.details.setText("")
        self.note.setText("")
        self._image = None
        self.fit.hide()
        self.kind = "empty"
        self.stack.setCurrentWidget(self.empty)

    def show_custody(self, events: list[Any]) -> None:
        """The item's custody events (newest last), from the hash-chained audit trail."""
        names = {
            "evidence.received": self.tr("received"),
            "evidence.viewed": self.tr("viewed"),
            "evidence.exported": self.tr("exported"),
            "evidence.verified": self.tr("verified"),
        }
        lines = []
        for e in events[-8:]:
            when = local_time(dt.datetime.fromisoformat(e.ts))
            what = names.get(e.action, e.action)
            if e.action == "evidence.verified" and isinstance(e.after, dict):
                what += f" ({e.after.get('result', '')})"
            lines.append(f"{_html_escape(when)} · {_html_escape(what)} · {_html_escape(e.actor)}")
        more = len(events) - len(lines)
        earlier = self.tr("%1 earlier").replace("%1", str(more))
        head = self.tr("Custody") + (f" ({earlier})" if more > 0 else "")
        self.custody.setText(f"<b>{head}</b><br>" + "<br>".join(lines) if lines else "")

    def show_details(self, rec: ev.EvidenceRecord) -> None:
        esc = _html_escape
        rows = [
            (self.tr("Name"), esc(rec.label)),
            (self.tr("SHA-256"), f"<code>{rec.sha256}</code>"),
            (self.tr("Size"), f"{format_bytes(rec.size)} ({rec.size:,} bytes)"),
            (self.tr("Type"), esc(rec.media_type)),
            (self.tr("Added"), esc(f"{local_time(rec.added_at)} · {rec.added_by}")),
        ]
        if rec.source_url:
            rows.append((self.tr("Source"), esc(rec.source_url)))
        if rec.retrieved_at:
            rows.append((self.tr("Retrieved"), esc(local_time(rec.retrieved_at))))
        if rec.description:
            rows.append((self.tr("Description"), esc(rec.description)))
        if rec.original_name != rec.display_name:
            rows.append((self.tr("Original name"), esc(rec.original_name)))
        if rec.reference_only:
            rows.append(
                (
                    self.tr("Bytes"),
                    esc(
                        self.tr("reference only — hashed where it lies, not copied: %1").replace(
                            "%1", rec.reference_shown
                        )
                    ),
                )
            )
        self.details.setText(
            "<table>"
            + "".join(f"<tr><td><b>{k}</b>&nbsp;</td><td>{v}</td></tr>" for k, v in rows)
            + "</table>"
        )

    def show_text(self, text: str, note: str = "") -> None:
        self.kind = "text"
        self.fit.hide()
        self.text.setPlainText(text)
        self.note.setText(note)
        self.stack.setCurrentWidget(self.text)

    def show_loading(self) -> None:
        """While the worker reads and decodes the selected item."""
        self.kind = "loading"
        self.fit.hide()
        self.note.setText("")
        self.other.setText(self.tr("Loading preview…"))
        self.stack.setCurrentWidget(self.other)

    def show_image(self, decoded: tuple[QImage, int, int] | None) -> None:
        """``decoded``: from :func:`decode_image`, run in a worker thread."""
        if decoded is None:
            self.show_other(self.tr("This image cannot be shown."))
            return
        img, width, height = decoded
        self.kind = "image"
        self._image = img
        self.fit.show()
        self.stack.setCurrentWidget(self.image_scroll)
        self._apply_image()
        self.note.setText(self.tr("%1 × %2 pixels").replace("%1", str(width)).replace("%2", str(height)))
        self.stack.setCurrentWidget(self.image_scroll)

    def show_pdf(self, payload: tuple[bytes, int]) -> None:
        """``payload``: from :func:`read_pdf`, run in a worker thread."""
        data, pages = payload
        if pages == 0:
            self.show_other(self.tr("This PDF cannot be shown (it may be damaged or encrypted)."))
            return
        self.pdf_host.show_bytes(data)
        self.kind = "pdf"
        self.fit.hide()
        self.note.setText(self.tr("%1 page(s)").replace("%1", str(pages)))
        self.stack.setCurrentWidget(self.pdf_host)

    @property
    def pdf_doc(self) -> Any:
        """The QPdfDocument shown (None before the first PDF)."""
        return self.pdf_host.document

    def show_other(self, message: str) -> None:
        self.kind = "other"
        self.fit.hide()
        self.other.setText(message)
        self.stack.setCurrentWidget(self.other)


def _html_escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def pretty_json(text: str) -> tuple[str, str]:
    """(text to show, note). Minified JSON is pretty-printed; formatted JSON is
    shown as is so that line numbers match the file."""
    if text.count("\n") > 2:
        return text, ""
    try:
        value = json.loads(text)
    except ValueError:
        return text, ""
    return (
        json.dumps(value, indent=2, ensure_ascii=False),
        QT_TRANSLATE_NOOP(
            "EvidenceTab", "Pretty-printed: line numbers are of the formatted view, not of the file."
        ),
    )
