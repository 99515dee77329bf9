"""Item delegates: status badges (qutebrowser's completiondelegate idea)."""

from __future__ import annotations

from typing import Any

from app.ui.labels import status_colours
from app.ui.qt import (
    QFontMetrics,
    QModelIndex,
    QPainter,
    QPersistentModelIndex,
    QRectF,
    QSize,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    Qt,
)

STATUS_ROLE = Qt.ItemDataRole.UserRole + 2


class StatusBadgeDelegate(QStyledItemDelegate):
    """Paints the status as a rounded, coloured pill; the text stays the model's
    DisplayRole (so screen readers and copy see plain text)."""

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        status = index.data(STATUS_ROLE)
        if not status:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style is not None:  # selection/overdue background, focus rect
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        bg, fg = status_colours(str(status))
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = opt.font
        font.setPointSizeF(max(font.pointSizeF() * 0.92, 7.0))
        font.setBold(True)
        painter.setFont(font)
        fm = QFontMetrics(font)
        w = fm.horizontalAdvance(text) + 16
        h = min(fm.height() + 4, opt.rect.height() - 4)
        r = QRectF(opt.rect.x() + 6, opt.rect.center().y() - h / 2 + 0.5, w, h)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(bg)
        painter.drawRoundedRect(r, h / 2, h / 2)
        painter.setPen(fg)
        painter.drawText(r, int(Qt.AlignmentFlag.AlignCenter), text)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        size: Any = super().sizeHint(option, index)
        return QSize(size.width() + 22, max(size.height(), 24))
