"""Vertical bar charts drawn with QPainter (QtCharts lives in the 150 MB Addons
wheel): the dashboard's cases by status and outcomes by month."""

from __future__ import annotations

from typing import Any

from app.ui.qt import QColor, QFont, QFontMetrics, QPainter, QPen, QRectF, QSize, Qt, QWidget


class BarChart(QWidget):
    """Vertical bars, optionally stacked: ``set_data([(label, {series: n})], colours)``."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.bars: list[tuple[str, dict[str, int]]] = []
        self.colours: dict[str, str] = {}
        self.legend: list[tuple[str, str]] = []  # (text, colour)
        self.setMinimumHeight(260)
        self.setAccessibleName(title)

    def set_data(
        self,
        bars: list[tuple[str, dict[str, int]]],
        colours: dict[str, str],
        legend: list[tuple[str, str]] | None = None,
    ) -> None:
        self.bars = bars
        self.colours = colours
        self.legend = legend or []
        desc = ", ".join(f"{label}: {sum(v.values())}" for label, v in bars)
        self.setAccessibleDescription(desc)
        self.setToolTip(desc)
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(520, 280)

    def paintEvent(self, _event: Any) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        r = QRectF(self.rect()).adjusted(12, 8, -12, -8)
        base = QFont(self.font())
        tf = QFont(base)
        tf.setBold(True)
        tf.setPointSizeF(base.pointSizeF() * 1.1)
        p.setFont(tf)
        p.setPen(QColor("#111827"))
        th = QFontMetrics(tf).height()
        p.drawText(QRectF(r.left(), r.top(), r.width(), th), int(Qt.AlignmentFlag.AlignLeft), self.title)
        p.setFont(base)
        fm = QFontMetrics(base)
        top = r.top() + th + 8
        legend_h = 0
        if self.legend:
            x = r.left()
            y = top
            for text, colour in self.legend:
                w = fm.horizontalAdvance(text) + 22
                if x + w > r.right():
                    x = r.left()
                    y += fm.height() + 4
                p.fillRect(QRectF(x, y + 3, 10, 10), QColor(colour))
                p.setPen(QColor("#374151"))
                p.drawText(QRectF(x + 14, y, w, fm.height()), int(Qt.AlignmentFlag.AlignLeft), text)
                x += w + 6
            legend_h = int(y - top) + fm.height() + 8
        chart = QRectF(
            r.left() + 30,
            top + legend_h + 6,
            r.width() - 30,
            r.bottom() - top - legend_h - 6 - fm.height() - 6,
        )
        if not self.bars or chart.height() < 20:
            p.end()
            return
        peak = max((sum(v.values()) for _, v in self.bars), default=0)
        scale_max = max(peak, 1) * 1.12  # headroom for the value labels
        # Axis and grid lines at round numbers.
        step = max(1, round(peak / 4)) if peak >= 4 else 1
        p.setPen(QPen(QColor("#e5e7eb"), 1))
        v = 0
        while v <= peak:
            y = chart.bottom() - chart.height() * v / scale_max
            p.drawLine(int(chart.left()), int(y), int(chart.right()), int(y))
            p.setPen(QColor("#6b7280"))
            p.drawText(
                QRectF(r.left(), y - fm.height() / 2, 26, fm.height()),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                str(v),
            )
            p.setPen(QPen(QColor("#e5e7eb"), 1))
            v += step
        n = len(self.bars)
        slot = chart.width() / n
        bw = min(slot * 0.62, 64)
        for i, (label, series) in enumerate(self.bars):
            x = chart.left() + slot * i + (slot - bw) / 2
            y = chart.bottom()
            for key, count in series.items():
                if count <= 0:
                    continue
                h = chart.height() * count / scale_max
                p.fillRect(QRectF(x, y - h, bw, h), QColor(self.colours.get(key, "#9ca3af")))
                y -= h
            total = sum(series.values())
            p.setPen(QColor("#111827"))
            if total:
                p.drawText(
                    QRectF(x - 10, y - fm.height() - 2, bw + 20, fm.height()),
                    int(Qt.AlignmentFlag.AlignCenter),
                    str(total),
                )
            p.setPen(QColor("#374151"))
            text = fm.elidedText(label, Qt.TextElideMode.ElideRight, int(slot) - 2)
            p.drawText(
                QRectF(chart.left() + slot * i, chart.bottom() + 4, slot, fm.height()),
                int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop),
                text,
            )
        p.end()
