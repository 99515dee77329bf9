"""The Evidence tab of a case: list, intake (drop, files, folders, model folders),
verification and a preview pane. Nothing is ever executed or opened externally.

Everything slow (hashing, copying, inspecting, reading for preview) runs through
the window's :class:`~app.ui.tasks.TaskRunner`.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from app.domain.errors import BadInput
from app.services import evidence as ev
from app.services import model_inspect
from app.services.blobstore import Cancelled as ServiceCancelled
from app.services.context import AppContext
from app.ui import shortcuts
from app.ui.dialogs.form import DateEdit, FormDialog
from app.ui.preview_io import decode_image, read_pdf
from app.ui.qt import (
    QT_TRANSLATE_NOOP,
    QAbstractItemView,
    QAbstractTableModel,
    QAction,
    QCheckBox,
    QColor,
    QCoreApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFontDatabase,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QImage,
    QLabel,
    QLineEdit,
    QMessageBox,
    QModelIndex,
    QPainter,
    QPersistentModelIndex,
    QPixmap,
    QPlainTextEdit,
    QRect,
    QScrollArea,
    QSize,
    QSortFilterProxyModel,
    QSplitter,
    QStackedWidget,
    Qt,
    QTableView,
    QTextEdit,
    QTimer,
    QToolBar,
    QVBoxLayout,
    QWidget,
    Signal,
)
from app.ui.tasks import Cancelled, Progress, TaskRunner
from app.ui.units import format_bytes

log = logging.getLogger("exemptio.ui.evidence")

TEXT_PREVIEW_LIMIT = 4 * 1024 * 1024
IMAGE_PREVIEW_LIMIT = 40 * 1024 * 1024
IMAGE_TYPES = ("image/png", "image/jpeg", "image/gif", "image/bmp", "image/webp", "image/svg+xml")
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
RECORD_ROLE = Qt.ItemDataRole.UserRole + 2


def _local(dt_value: dt.datetime | None) -> str:
    if dt_value is None:
        return ""
    return dt_value.astimezone().strftime("%Y-%m-%d %H:%M")


# --------------------------------------------------------------------------- model


class EvidenceTableModel(QAbstractTableModel):
    """The case's evidence items (plain records from the service), loaded page by page:
    ``canFetchMore``/``fetchMore`` read the next ``PAGE`` items in the background when the
    view scrolls to the end (like the case list, app/ui/models/case_table.py)."""

    COLUMNS = ("name", "size", "type", "sha256", "added_by", "added_at", "kept", "check")
    PAGE = 200
    page_loaded = Signal(int)  # rows appended by fetchMore

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ev.EvidenceRecord] = []
        self._more = False
        self._fetching = False
        self._generation = 0
        self._runner: TaskRunner | None = None
        self._fetch: Callable[[int, int], list[ev.EvidenceRecord]] | None = None
        self._checks: dict[int, str] = {}
        self._titles = {
            "name": QCoreApplication.translate("EvidenceTableModel", "Name"),
            "size": QCoreApplication.translate("EvidenceTableModel", "Size"),
            "type": QCoreApplication.translate("EvidenceTableModel", "Type"),
            "sha256": QCoreApplication.translate("EvidenceTableModel", "SHA-256"),
            "added_by": QCoreApplication.translate("EvidenceTableModel", "Added by"),
            "added_at": QCoreApplication.translate("EvidenceTableModel", "Added"),
            "kept": QCoreApplication.translate("EvidenceTableModel", "Bytes"),
            "check": QCoreApplication.translate("EvidenceTableModel", "Check"),
        }

    # -- data in -------------------------------------------------------------------
    def set_records(
        self,
        rows: list[ev.EvidenceRecord],
        *,
        more: bool = False,
        fetch: Callable[[int, int], list[ev.EvidenceRecord]] | None = None,
        runner: TaskRunner | None = None,
    ) -> None:
        """The first page. ``more``: further pages exist, read by ``fetch(offset, limit)``
        (worker thread) through ``runner`` when the view asks for them."""
        self.beginResetModel()
        self._rows = list(rows)
        self._generation += 1
        self._fetching = False
        self._more = more and fetch is not None and runner is not None
        self._fetch, self._runner = fetch, runner
        self.endResetModel()

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more and not self._fetching

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent) or self._fetch is None or self._runner is None:
            return
        self._fetching = True
        fetch, offset, page, gen = self._fetch, len(self._rows), self.PAGE, self._generation

        def done(rows: list[ev.EvidenceRecord]) -> None:
            if gen != self._generation:  # the list was reloaded meanwhile
                return
            new = rows[:page]
            if new:  # still "fetching" here: a view or tester asking during the insert gets nothing
                first = len(self._rows)
                self.beginInsertRows(QModelIndex(), first, first + len(new) - 1)
                self._rows.extend(new)
                self.endInsertRows()
            self._more = len(rows) > page
            self._fetching = False
            self.page_loaded.emit(len(new))

        def failed(err: BaseException) -> None:
            if gen == self._generation:
                self._fetching = False
                self._more = False
            log.warning("could not read more evidence: %s", err)

        self._runner.query(lambda _p: fetch(offset, page + 1), done, failed, key=f"evidence-page-{id(self)}")

    def set_checks(self, results: list[ev.VerifyItem]) -> None:
        self._checks = {r.id: r.status for r in results}
        if self._rows:
            col = self.COLUMNS.index("check")
            self.dataChanged.emit(self.index(0, col), self.index(len(self._rows) - 1, col))

    def record(self, row: int) -> ev.EvidenceRecord | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def records(self) -> list[ev.EvidenceRecord]:
        return list(self._rows)

    # -- Qt --------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.COLUMNS):
            return self._titles[self.COLUMNS[section]]
        if orientation == Qt.Orientation.Vertical:
            return section + 1
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        if not (0 <= index.column() < len(self.COLUMNS)):
            return None
        rec = self._rows[index.row()]
        col = self.COLUMNS[index.column()]
        if role == RECORD_ROLE:
            return rec.id
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(rec, col)
        if role == SORT_ROLE:
            if col == "size":
                return rec.size
            if col == "added_at":
                return rec.added_at.timestamp()
            return (self._display(rec, col) or "").casefold()
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == "sha256":
                return rec.sha256
            if col == "name":
                parts = [rec.label]
                if rec.description:
                    parts.append(rec.description)
                if rec.source_url:
                    parts.append(rec.source_url)
                return "\n".join(parts)
            if col == "kept" and rec.reference_only:
                return QCoreApplication.translate(
                    "EvidenceTableModel", "Reference only: hashed where it lies, not copied (%1)"
                ).replace("%1", rec.reference_shown)
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and col == "size":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and col == "sha256":
            return QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        if role == Qt.ItemDataRole.ForegroundRole:
            status = self._checks.get(rec.id)
            if col == "check" and status in ("changed", "missing"):
                return QColor("#b91c1c")
            if col == "check" and status == "ok":
                return QColor("#15803d")
            if col == "kept" and rec.reference_only:
                return QColor("#92400e")
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._display(rec, col)
        return None

    def _display(self, rec: ev.EvidenceRecord, col: str) -> str:
        if col == "name":
            return rec.label
        if col == "size":
            return format_bytes(rec.size)
        if col == "type":
            return rec.media_type
        if col == "sha256":
            return rec.sha256[:12] + "…"
        if col == "added_by":
            return rec.added_by
        if col == "added_at":
            return _local(rec.added_at)
        if col == "kept":
            return (
                QCoreApplication.translate("EvidenceTableModel", "reference only")
                if rec.reference_only
                else QCoreApplication.translate("EvidenceTableModel", "stored")
            )
        if col == "check":
            return {
                "ok": QCoreApplication.translate("EvidenceTableModel", "✓ matches"),
                "changed": QCoreApplication.translate("EvidenceTableModel", "✗ changed"),
                "missing": QCoreApplication.translate("EvidenceTableModel", "✗ missing"),
            }.get(self._checks.get(rec.id, ""), "")
        return ""


# --------------------------------------------------------------------------- preview


class _LineNumbers(QWidget):
    def __init__(self, editor: LineNumberedText) -> None:
        super().__init__(editor)
        self.editor = editor

    def sizeHint(self) -> QSize:
        return QSize(self.editor.gutter_width(), 0)

    def paintEvent(self, event: Any) -> None:
        self.editor.paint_gutter(event)


class LineNumberedText(QPlainTextEdit):
    """Read-only text with line numbers (checklist answers cite lines)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setAccessibleName(self.tr("Evidence text with line numbers"))
        self.gutter = _LineNumbers(self)
        self.blockCountChanged.connect(self._update_margin)
        self.updateRequest.connect(self._update_gutter)
        self._update_margin()

    def gutter_width(self) -> int:
        digits = max(3, len(str(max(1, self.blockCount()))))
        return 12 + self.fontMetrics().horizontalAdvance("9") * digits

    def _update_margin(self, *_: Any) -> None:
        self.setViewportMargins(self.gutter_width(), 0, 0, 0)

    def _update_gutter(self, rect: QRect, dy: int) -> None:
        if dy:
            self.gutter.scroll(0, dy)
        else:
            self.gutter.update(0, rect.y(), self.gutter.width(), rect.height())

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        cr = self.contentsRect()
        self.gutter.setGeometry(QRect(cr.left(), cr.top(), self.gutter_width(), cr.height()))

    def line_number_at_top(self) -> int:
        return self.firstVisibleBlock().blockNumber() + 1

    def paint_gutter(self, event: Any) -> None:
        painter = QPainter(self.gutter)
        painter.fillRect(event.rect(), QColor("#f3f4f6"))
        painter.setPen(QColor("#6b7280"))
        block = self.firstVisibleBlock()
        number = block.blockNumber()
        top = round(self.blockBoundingGeometry(block).translated(self.contentOffset()).top())
        bottom = top + round(self.blockBoundingRect(block).height())
        height = self.fontMetrics().height()
        while block.isValid() and top <= event.rect().bottom():
            if block.isVisible() and bottom >= event.rect().top():
                painter.drawText(
                    0,
                    top,
                    self.gutter.width() - 6,
                    height,
                    int(Qt.AlignmentFlag.AlignRight),
                    str(number + 1),
                )
            block = block.next()
            top = bottom
            bottom = top + round(self.blockBoundingRect(block).height())
            number += 1
        painter.end()

    def gutter_numbers(self) -> list[int]:
        """Line numbers the gutter shows now (for tests and accessibility)."""
        out: list[int] = []
        block = self.firstVisibleBlock()
        top = self.blockBoundingGeometry(block).translated(self.contentOffset()).top()
        while block.isValid() and top <= self.viewport().height():
            out.append(block.blockNumber() + 1)
            top += self.blockBoundingRect(block).height()
            block = block.next()
        return out


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
        self.text = LineNumberedText()
        self.image = QLabel()
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image_scroll = QScrollArea()
        self.image_scroll.setWidget(self.image)
        self.image_scroll.setWidgetResizable(True)
        self.pdf_host = QWidget()
        self.pdf_lay = QVBoxLayout(self.pdf_host)
        self.pdf_lay.setContentsMargins(0, 0, 0, 0)
        self.pdf_view: Any = None
        self.pdf_doc: Any = None
        self._pdf_buffer: Any = None
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
            when = _local(dt.datetime.fromisoformat(e.ts))
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
            (self.tr("Added"), esc(f"{_local(rec.added_at)} · {rec.added_by}")),
        ]
        if rec.source_url:
            rows.append((self.tr("Source"), esc(rec.source_url)))
        if rec.retrieved_at:
            rows.append((self.tr("Retrieved"), esc(_local(rec.retrieved_at))))
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
        from app.ui.qt import QBuffer, QByteArray, QIODevice, QPdfView

        data, pages = payload
        if pages == 0:
            self.show_other(self.tr("This PDF cannot be shown (it may be damaged or encrypted)."))
            return
        if self.pdf_view is None:
            from app.ui.qt import QPdfDocument

            self.pdf_doc = QPdfDocument(self)
            self.pdf_view = QPdfView(self.pdf_host)
            self.pdf_view.setDocument(self.pdf_doc)
            self.pdf_view.setPageMode(QPdfView.PageMode.MultiPage)
            self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
            self.pdf_view.setAccessibleName(self.tr("PDF preview"))
            self.pdf_lay.addWidget(self.pdf_view)
        self.pdf_doc.close()
        old = self._pdf_buffer
        buffer = QBuffer(self)  # the view reads the bytes already in memory, never the disk
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self._pdf_buffer = buffer
        self.pdf_doc.load(buffer)
        if old is not None:
            old.close()
            old.deleteLater()
        self.kind = "pdf"
        self.fit.hide()
        self.note.setText(self.tr("%1 page(s)").replace("%1", str(pages)))
        self.stack.setCurrentWidget(self.pdf_host)

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


# --------------------------------------------------------------------------- dialogs


class IntakeDialog(FormDialog):
    """Description, source URL, retrieval date and "reference only" for an intake.
    Submit mode: a refusal (a source URL that is not one) comes back into this dialog,
    beside its field, with the files and everything typed kept."""

    def __init__(
        self, paths: list[str], total: int, parent: QWidget | None = None, *, model: bool = False
    ) -> None:
        super().__init__(parent, self.tr("Attach evidence"), self.tr("Attach"), submit_mode=True)
        self.paths = list(paths)
        names = ", ".join(Path(p).name for p in paths[:3]) + (" …" if len(paths) > 3 else "")
        self.set_intro(
            self.tr("%1 item(s): %2 (%3)")
            .replace("%1", str(len(paths)))
            .replace("%2", names)
            .replace("%3", format_bytes(total))
        )
        self.description = QLineEdit()
        self.description.setAccessibleName(self.tr("Description"))
        self.source_url = QLineEdit()
        self.source_url.setPlaceholderText("https://")
        self.source_url.setAccessibleName(self.tr("Source URL"))
        self.retrieved = DateEdit()
        self.retrieved.setDate(dt.date.today())
        self.retrieved.setAccessibleName(self.tr("Retrieval date"))
        big = total > 2 * 1024**3
        self.reference_only = QCheckBox(
            self.tr("Weight files by reference only (hash them where they lie, do not copy)")
            if model
            else self.tr("Reference only (hash the files where they lie, do not copy)")
        )
        self.reference_only.setChecked(big)
        self.reference_only.setAccessibleName(self.tr("Reference only"))
        self.add_field(self.tr("&Description:"), self.description)
        self.add_field(self.tr("Source &URL:"), self.source_url)
        self.add_field(self.tr("&Retrieved on:"), self.retrieved)
        self.add_field("", self.reference_only)
        self.description.setFocus()

    def field_for(self, message: str) -> QWidget | None:
        """Which field a refusal speaks of (the service names the value it refuses)."""
        url = self.source_url.text().strip()
        if url and url in message or "URL" in message:
            return self.source_url
        if "Description" in message or "description" in message:
            return self.description
        return None

    def values(self) -> dict[str, Any]:
        d = self.retrieved.date()
        url = self.source_url.text().strip()
        return {
            "description": self.description.text().strip(),
            "source_url": url,
            "retrieved_at": dt.datetime(d.year(), d.month(), d.day(), tzinfo=dt.UTC) if url else None,
            "reference_only": self.reference_only.isChecked(),
        }


class ModelImportDialog(QDialog):
    """Shows what a model folder says and proposes the case subject."""

    def __init__(self, facts: dict[str, Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import model folder"))
        self.setMinimumSize(640, 520)
        self.facts = facts
        summary = QTextEdit()
        summary.setReadOnly(True)
        summary.setPlainText("\n".join(model_inspect.summary_lines(facts)))
        summary.setAccessibleName(self.tr("Facts read from the model folder"))
        prop = ev.propose_subject(facts)
        self.name = QLineEdit(prop.name)
        self.name.setAccessibleName(self.tr("Subject name"))
        self.parameters = QLineEdit("" if prop.parameters is None else str(prop.parameters))
        self.parameters.setAccessibleName(self.tr("Parameter count"))
        self.parameters.setPlaceholderText(self.tr("unknown"))
        self.architecture = QLineEdit(prop.architecture)
        self.architecture.setAccessibleName(self.tr("Architecture"))
        self.licence = QLineEdit(prop.licence)
        self.licence.setAccessibleName(self.tr("Licence"))
        self.update_subject = QCheckBox(self.tr("Set the case subject to these values"))
        self.update_subject.setChecked(True)
        self.attach = QCheckBox(self.tr("Attach the folder as evidence"))
        self.attach.setChecked(True)
        self.weights_by_reference = QCheckBox(
            self.tr("Weight files by reference only (hash them where they lie, do not copy)")
        )
        weights = sum(
            f["size"] for f in facts.get("files", []) if str(f["path"]).lower().endswith(ev.WEIGHT_SUFFIXES)
        )
        self.weights_by_reference.setChecked(weights > 2 * 1024**3)
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Parameters"), self.parameters)
        form.addRow(self.tr("Architecture"), self.architecture)
        form.addRow(self.tr("Licence"), self.licence)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Confirm"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b91c1c;")
        lay = QVBoxLayout(self)
        lay.addWidget(QLabel(self.tr("What the folder says (each fact names the file it came from):")))
        lay.addWidget(summary, 1)
        lay.addWidget(QLabel(self.tr("Proposed case subject — check and correct before confirming:")))
        lay.addLayout(form)
        lay.addWidget(self.update_subject)
        lay.addWidget(self.attach)
        lay.addWidget(self.weights_by_reference)
        lay.addWidget(self.error)
        lay.addWidget(buttons)

    def proposal(self) -> ev.SubjectProposal:
        raw = self.parameters.text().replace(",", "").replace("_", "").replace(" ", "").strip()
        if raw and not raw.isdigit():
            raise BadInput(self.tr("The parameter count must be a whole number (or empty if unknown)."))
        return ev.SubjectProposal(
            name=self.name.text().strip(),
            parameters=int(raw) if raw else None,
            architecture=self.architecture.text().strip(),
            licence=self.licence.text().strip(),
        )

    def _accept(self) -> None:
        try:
            prop = self.proposal()
            if self.update_subject.isChecked() and not prop.name:
                raise BadInput(self.tr("The subject name is empty."))
        except BadInput as err:
            self.error.setText(str(err))
            return
        self.accept()


# --------------------------------------------------------------------------- the tab


class EvidenceTab(QWidget):
    """Evidence of one case. ``changed`` is emitted after the case changed."""

    changed = Signal()
    VIEW_DELAY_MS = 250
    FILTER_DELAY_MS = 200

    def __init__(
        self, ctx: AppContext, reference: str, runner: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("evidenceTab")
        self.ctx = ctx
        self.reference = reference
        self.runner = runner
        self.setAcceptDrops(True)

        self.model = EvidenceTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterKeyColumn(0)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

        self.table = QTableView()
        self.table.setObjectName("evidenceTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        self.table.setAccessibleName(self.tr("Evidence of the case"))
        hh = self.table.horizontalHeader()
        hh.setMinimumSectionSize(48)
        hh.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        hh.setStretchLastSection(True)
        widths = {
            "name": 260,
            "size": 64,
            "type": 120,
            "sha256": 124,
            "added_by": 130,
            "added_at": 112,
            "kept": 96,
            "check": 90,
        }
        for name, width in widths.items():
            hh.resizeSection(EvidenceTableModel.COLUMNS.index(name), width)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)

        self.preview = PreviewPane()
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter by name…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setAccessibleName(self.tr("Filter evidence by name"))
        # Filtered in SQL (the list is paged): a short pause after typing, then reload.
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(self.FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(self.refresh)
        self.filter.textChanged.connect(lambda _t: self._filter_timer.start())
        self.status = QLabel()
        self.status.setObjectName("evidenceStatus")

        self.toolbar = QToolBar(self.tr("Evidence"))
        self.act_add_files = self._action(self.tr("Add files…"), "add_files", self.add_files_dialog)
        self.act_add_folder = self._action(self.tr("Add folder…"), "add_folder", self.add_folder_dialog)
        self.act_import_model = self._action(
            self.tr("Import model folder…"), "import_model", self.import_model_dialog
        )
        self.act_verify = self._action(self.tr("Verify"), "verify", self.verify)
        self.act_export = self._action(self.tr("Export a copy…"), "export_copy", self.export_dialog)
        self.toolbar.addWidget(self.filter)

        split = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.table, 1)
        ll.addWidget(self.status)
        split.addWidget(left)
        split.addWidget(self.preview)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([720, 480])
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        top = QHBoxLayout()
        top.addWidget(self.toolbar)
        lay.addLayout(top)
        lay.addWidget(split, 1)

        self._view_timer = QTimer(self)
        self._view_timer.setSingleShot(True)
        self._view_timer.timeout.connect(self._load_preview)
        self._pending_preview: int | None = None
        self.last_preview_id: int | None = None
        self._restoring = False
        self.refresh()

    def _action(self, text: str, name: str, slot: Any) -> QAction:
        """A toolbar action with its key from app/ui/shortcuts.py (context "evidence"),
        its button reachable with Tab."""
        act = QAction(text, self)
        shortcuts.bind(act, "evidence", name)
        act.triggered.connect(slot)
        self.addAction(act)
        self.toolbar.addAction(act)
        shortcuts.focusable_toolbar(self.toolbar, [act])
        btn = self.toolbar.widgetForAction(act)
        if btn is not None:
            btn.setAccessibleName(text.rstrip("…"))
        return act

    # -- loading ---------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload the first page (and the counts) for the filter typed."""
        self._filter_timer.stop()
        ctx, ref, name, page = self.ctx, self.reference, self.filter.text().strip(), self.model.PAGE

        def fetch(offset: int, limit: int) -> list[ev.EvidenceRecord]:  # worker thread
            return ev.list_evidence(ctx, ref, offset=offset, limit=limit, name_contains=name)

        self.runner.query(
            lambda p: (fetch(0, page + 1), ev.evidence_summary(ctx, ref, name_contains=name), fetch),
            self._loaded,
            key=f"evidence-list-{ref}",
            label=self.tr("Loading evidence…"),
        )

    def _loaded(self, result: tuple[list[ev.EvidenceRecord], ev.EvidenceSummary, Any]) -> None:
        rows, summary, fetch = result
        page = self.model.PAGE
        current = self.current_record()
        self._restoring = True
        try:
            self.model.set_records(rows[:page], more=len(rows) > page, fetch=fetch, runner=self.runner)
            if current is not None:
                self.select_id(current.id)
        finally:
            self._restoring = False
        total, by_ref = summary.total_bytes, summary.by_reference
        text = self.tr("%1 item(s), %2").replace("%1", str(summary.count)).replace("%2", format_bytes(total))
        if by_ref:
            text += self.tr(" · %1 by reference only").replace("%1", str(by_ref))
        self.status.setText(text)

    def current_record(self) -> ev.EvidenceRecord | None:
        idx = self.table.currentIndex()
        if not idx.isValid():
            return None
        return self.model.record(self.proxy.mapToSource(idx).row())

    def select_id(self, evidence_id: int) -> bool:
        for row in range(self.proxy.rowCount()):
            idx = self.proxy.index(row, 0)
            if self.proxy.data(idx, RECORD_ROLE) == evidence_id:
                self.table.setCurrentIndex(idx)
                return True
        return False

    # -- preview ---------------------------------------------------------------------
    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        rec = self.model.record(self.proxy.mapToSource(current).row()) if current.isValid() else None
        if self._restoring and (rec is None or rec.id == self.last_preview_id):
            return  # the list was reloaded: keep showing the same item, no new "viewed"
        if rec is None:
            self.preview.clear()
            self.last_preview_id = None
            return
        self.preview.show_details(rec)
        self._pending_preview = rec.id
        self._view_timer.start(self.VIEW_DELAY_MS)

    def _load_preview(self) -> None:
        rec = self.current_record()
        if rec is None or rec.id != self._pending_preview:
            return
        self._pending_preview = None
        self._view_timer.stop()
        ctx = self.ctx
        kind = self._kind(rec)

        def work(p: Progress) -> tuple[ev.EvidenceRecord, str, Any]:
            payload: Any = None
            if kind == "text":
                payload = ev.read_text(ctx, rec, TEXT_PREVIEW_LIMIT)
            elif kind == "image":  # decoded and scaled here, not on the GUI thread
                payload = decode_image(ev.read_bytes(ctx, rec, IMAGE_PREVIEW_LIMIT))
            elif kind == "pdf":
                path = ev.content_path(ctx, rec)
                if not path.is_file():
                    raise BadInput(self.tr("The bytes of %1 are missing.").replace("%1", rec.label))
                payload = read_pdf(path)
            return rec, kind, (payload, ev.custody(ctx, rec.id))

        # Reading runs in parallel with a long intake; the custody event is a
        # (short) serialised write. Latest wins: a newer selection drops this result.
        self.preview.show_loading()
        self.runner.query(
            work,
            self._show_preview,
            self._preview_failed,
            key=f"evidence-preview-{self.reference}",
            label=self.tr("Opening %1…").replace("%1", rec.label),
        )

    def _kind(self, rec: ev.EvidenceRecord) -> str:
        if rec.media_type == "application/pdf":
            return "pdf"
        if rec.media_type in IMAGE_TYPES and rec.media_type != "image/svg+xml":
            return "image"
        if rec.is_text:
            return "text"
        return "other"

    def _show_preview(self, result: tuple[ev.EvidenceRecord, str, Any]) -> None:
        rec, kind, (payload, events) = result
        current = self.current_record()
        if current is None or current.id != rec.id:
            return
        self.last_preview_id = rec.id
        ctx = self.ctx
        self.preview.show_custody(events)
        self.runner.run(lambda p: ev.record_viewed(ctx, rec.id, how=f"preview:{kind}"))
        if kind == "text":
            text = str(payload)
            note = ""
            if rec.media_type == "application/json":
                text, note = pretty_json(text)
                note = self.tr(note) if note else ""
            if rec.size > TEXT_PREVIEW_LIMIT:
                note = (note + " " if note else "") + self.tr("Only the first %1 are shown.").replace(
                    "%1", format_bytes(TEXT_PREVIEW_LIMIT)
                )
            self.preview.show_text(text, note)
        elif kind == "image":
            self.preview.show_image(payload)
        elif kind == "pdf":
            self.preview.show_pdf(payload)
        else:
            self.preview.show_other(
                self.tr(
                    "No preview for %1 files. The file is never run or opened in another program."
                ).replace("%1", rec.media_type)
            )

    def _preview_failed(self, err: BaseException) -> None:
        self.preview.show_other(str(err))

    # -- intake ----------------------------------------------------------------------
    def add_files_dialog(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(self, self.tr("Attach files"))
        if files:
            self.ask_and_add(files)

    def add_folder_dialog(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Attach a folder"))
        if folder:
            self.ask_and_add([folder])

    def ask_and_add(self, paths: list[str]) -> None:
        """Measure (in the background), ask for the details, then attach."""

        def ask(total: int) -> None:
            dlg = IntakeDialog(paths, total, self)
            self.intake_dialog = dlg

            def submit() -> None:
                dlg.hide()  # out of the way while the files are hashed; back on a refusal
                self.add_paths(paths, **dlg.values(), dialog=dlg)

            dlg.submitted.connect(submit)
            dlg.finished.connect(lambda _r: dlg.deleteLater())
            dlg.open()

        self.runner.query(
            lambda p: sum(_size_of(Path(x)) for x in paths), ask, label=self.tr("Measuring the files…")
        )

    def add_paths(
        self,
        paths: list[str],
        *,
        description: str = "",
        source_url: str = "",
        retrieved_at: dt.datetime | None = None,
        reference_only: bool = False,
        reference_only_weights: bool = False,
        then: Any = None,
        dialog: IntakeDialog | None = None,
    ) -> None:
        """Attach in the background with progress and Cancel. ``dialog``: the intake
        dialog the details came from: a refusal is shown there, input kept."""
        ctx, ref = self.ctx, self.reference

        def work(p: Progress) -> ev.IntakeResult:
            try:
                return ev.add_paths(
                    ctx,
                    ref,
                    paths,
                    description=description,
                    source_url=source_url,
                    retrieved_at=retrieved_at,
                    reference_only=reference_only,
                    reference_only_weights=reference_only_weights,
                    progress=p.update,
                    cancelled=lambda: p.cancelled,
                )
            except ServiceCancelled as err:
                raise Cancelled() from err

        def failed(err: BaseException) -> None:
            from app.domain.errors import ExemptioError

            if dialog is not None and isinstance(err, ExemptioError):
                dialog.show()
                dialog.failed(str(err), dialog.field_for(str(err)))
                return
            if dialog is not None:
                dialog.succeeded()  # nothing to correct in the dialog: close it
            self.runner.report(err)

        def cancelled() -> None:
            if dialog is not None:
                dialog.succeeded()
            self.status.setText(self.tr("Cancelled: nothing was attached."))

        def done(res: ev.IntakeResult) -> None:
            if dialog is not None:
                dialog.succeeded()
            self.refresh()
            self.changed.emit()
            msg = self.tr("Attached %1 item(s)").replace("%1", str(len(res.items)))
            if res.duplicates:
                msg += self.tr(", %1 already attached").replace("%1", str(len(res.duplicates)))
            if res.skipped:
                msg += self.tr(", skipped %1 (version-control or linked folders)").replace(
                    "%1", str(len(res.skipped))
                )
            self.status.setText(msg + ".")
            if then is not None:
                then(res)

        self.runner.run(
            work,
            done,
            failed,
            label=self.tr("Hashing and storing evidence…"),
            cancellable=True,
            progress=True,
            modal=False,  # other cases, tabs and reads go on meanwhile
            on_cancelled=cancelled,
        )

    # -- model folders ---------------------------------------------------------------------
    def import_model_dialog(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Import a model folder"))
        if folder:
            self.inspect_model(folder)

    def inspect_model(self, folder: str, *, on_facts: Any = None) -> None:
        def done(facts: dict[str, Any]) -> None:
            if on_facts is not None:
                on_facts(facts)
                return
            dlg = ModelImportDialog(facts, self)  # opened, not exec(): no nested event loop
            self.model_dialog = dlg
            dlg.accepted.connect(lambda: self.confirm_model(folder, dlg))
            dlg.finished.connect(lambda _r: dlg.deleteLater())
            dlg.open()

        self.runner.query(
            lambda p: model_inspect.inspect_folder(folder),
            done,
            label=self.tr("Reading the model folder…"),
        )

    def confirm_model(self, folder: str, dlg: ModelImportDialog) -> None:
        """Apply the officer's choices from a ModelImportDialog."""
        proposal = dlg.proposal()
        update = dlg.update_subject.isChecked()
        ctx, ref = self.ctx, self.reference

        def set_subject(_res: Any = None) -> None:
            if not update:
                return
            self.runner.run(
                lambda p: ev.apply_subject(ctx, ref, proposal),
                lambda _r: self.changed.emit(),
                label=self.tr("Updating the case subject…"),
            )

        if dlg.attach.isChecked():
            self.add_paths(
                [folder],
                description=self.tr("Model folder (imported)"),
                reference_only_weights=dlg.weights_by_reference.isChecked(),
                then=set_subject,
            )
        else:
            set_subject()

    # -- verification --------------------------------------------------------------------
    def export_dialog(self) -> None:
        rec = self.current_record()
        if rec is None:
            self.status.setText(self.tr("Select an item to export."))
            return
        dest, _ = QFileDialog.getSaveFileName(self, self.tr("Export a copy"), rec.display_name)
        if dest:
            self.export_to(rec.id, dest)

    def export_to(self, evidence_id: int, dest: str) -> None:
        """Copy the item's bytes out (checked against the hash; custody: exported)."""
        ctx = self.ctx
        self.runner.run(
            lambda p: ev.export_item(ctx, evidence_id, Path(dest)),
            lambda path: self.status.setText(
                self.tr("Exported a copy to %1.").replace("%1", os.fsdecode(path))
            ),
            label=self.tr("Exporting…"),
            progress=True,
        )

    def verify(self) -> None:
        ctx, ref = self.ctx, self.reference

        def work(p: Progress) -> list[ev.VerifyItem]:
            try:
                return ev.verify_evidence(ctx, ref, progress=p.update, cancelled=lambda: p.cancelled)
            except ServiceCancelled as err:
                raise Cancelled() from err

        self.runner.run(
            work,
            self._verified,
            label=self.tr("Re-hashing stored evidence…"),
            cancellable=True,
            progress=True,
        )

    def _verified(self, results: list[ev.VerifyItem]) -> None:
        self.model.set_checks(results)
        bad = [r for r in results if not r.ok]
        if not bad:
            self.status.setText(
                self.tr("All %1 item(s) match their SHA-256.").replace("%1", str(len(results)))
            )
            return
        names = "\n".join(f"{r.label}: {r.status}" for r in bad[:20])
        self.status.setText(self.tr("%1 item(s) FAILED verification.").replace("%1", str(len(bad))))
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Evidence verification"))
        box.setText(self.tr("%1 item(s) no longer match their SHA-256:").replace("%1", str(len(bad))))
        box.setInformativeText(names)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    # -- drag and drop ----------------------------------------------------------------------
    def dragEnterEvent(self, event: Any) -> None:
        md = event.mimeData()
        if md.hasUrls() and any(u.isLocalFile() for u in md.urls()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: Any) -> None:
        self.dragEnterEvent(event)

    def dropEvent(self, event: Any) -> None:
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        # Open the dialog after the drop has finished (no nested loop inside the drop).
        QTimer.singleShot(0, lambda: self.ask_and_add(paths))


def _size_of(p: Path) -> int:
    try:
        if p.is_file():
            return p.stat().st_size
        total = 0
        for root, dirs, files in os.walk(p):
            dirs[:] = [d for d in dirs if d not in ev.SKIPPED_DIRS]
            for f in files:
                try:
                    total += os.stat(os.path.join(root, f)).st_size
                except OSError:
                    pass
        return total
    except OSError:
        return 0


__all__ = [
    "EvidenceTab",
    "EvidenceTableModel",
    "IntakeDialog",
    "LineNumberedText",
    "ModelImportDialog",
    "PreviewPane",
]
