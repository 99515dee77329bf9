"""Read-only text with line numbers in a gutter: evidence text (checklist answers
cite lines), and any other text an officer cites by line (a licence text)."""

from __future__ import annotations

from typing import Any

from app.ui.qt import QColor, QFontDatabase, QPainter, QPlainTextEdit, QRect, QSize, Qt, QWidget


class _LineNumbers(QWidget):
    def __init__(self, editor: LineNumberedText) -> None:
        super().__init__(editor)
        self.editor = editor

    def sizeHint(self) -> QSize:
        return QSize(self.editor.gutter_width(), 0)

    def paintEvent(self, event: Any) -> None:
        self.editor.paint_gutter(event)


class LineNumberedText(QPlainTextEdit):
    """Read-only, monospaced, wrapped text with its line numbers on the left.
    ``accessible_name``: what a screen reader calls it."""

    def __init__(self, parent: QWidget | None = None, *, accessible_name: str = "") -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setAccessibleName(accessible_name or self.tr("Text with line numbers"))
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
