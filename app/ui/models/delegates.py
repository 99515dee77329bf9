"""Status badges in the case list (qutebrowser's completiondelegate idea).

A badge is a rounded, coloured pill with the status in it. It is drawn once per
status, language and screen scale as a small SVG image (Qt's own SVG image
plugin rasterises it) and handed to the view as the status cell's decoration, so
painting the list runs no Python per cell beyond ``data()``. Painting the pill
with QPainter from Python would need colour pens and brushes, and passing a
QColor to any of those makes PySide6 build every enum of the ``Qt`` namespace
(~11 ms) before the window's first paint (see ``app/ui/qt.py``).

The cell's text stays the model's DisplayRole (screen readers and copy see plain
text); the delegate only keeps the style from drawing it next to the badge.
"""

from __future__ import annotations

from typing import Any

from app.ui.labels import status_colour_codes
from app.ui.qt import (
    USER_ROLE,
    QCoreApplication,
    QFont,
    QFontMetrics,
    QModelIndex,
    QPersistentModelIndex,
    QPixmap,
    QSize,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

STATUS_ROLE = USER_ROLE + 2  # case_table.StatusRole
DECORATION_ROLE = 1  # Qt.ItemDataRole.DecorationRole

_badges: dict[tuple[str, str, float], QPixmap] = {}


def _xml_text(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def badge_font() -> QFont:
    font = QFont()  # the application's font, as the list's
    font.setPointSizeF(max(font.pointSizeF() * 0.92, 7.0))
    font.setBold(True)
    return font


def badge_svg(text: str, status: str, scale: float = 1.0) -> bytes:
    """The badge as SVG: width and height in device pixels (``scale`` = the
    screen's device-pixel ratio), drawn in logical units through the viewBox."""
    bg, fg = status_colour_codes(status)
    font = badge_font()
    fm = QFontMetrics(font)
    w = fm.horizontalAdvance(text) + 16
    h = fm.height() + 4
    baseline = (h - fm.height()) / 2 + fm.ascent()
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{round(w * scale)}" height="{round(h * scale)}" '
        f'viewBox="0 0 {w} {h}">'
        f'<rect x="0" y="0" width="{w}" height="{h}" rx="{h / 2}" ry="{h / 2}" fill="{bg}"/>'
        f'<text x="{w / 2}" y="{baseline:.2f}" text-anchor="middle" fill="{fg}" '
        f'font-family="{_xml_text(font.family())}" font-weight="bold" font-size="{font.pointSizeF():.2f}pt">'
        f"{_xml_text(text)}</text></svg>"
    ).encode()


def status_badge(status: str, text: str) -> QPixmap | None:
    """The badge image for a status (cached per text and screen scale)."""
    app = QCoreApplication.instance()
    scale = float(app.devicePixelRatio()) if app is not None and hasattr(app, "devicePixelRatio") else 1.0
    key = (status, text, scale)
    badge = _badges.get(key)
    if badge is None:
        badge = QPixmap()
        if not badge.loadFromData(badge_svg(text, status, scale), "SVG"):
            return None  # no SVG image plugin: the style shows the plain text instead
        badge.setDevicePixelRatio(scale)
        _badges[key] = badge
    return badge


class StatusBadgeDelegate(QStyledItemDelegate):
    """Shows the model's badge (DecorationRole) without the text beside it."""

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        if index.data(DECORATION_ROLE) is not None:
            option.text = ""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        size: Any = super().sizeHint(option, index)
        return QSize(size.width() + 12, max(size.height(), 24))
