"""The Evidence tab's list model: one row per evidence item of the case."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from app.services import evidence as ev
from app.ui.models.paged import PagedTableModel
from app.ui.qt import QColor, QCoreApplication, QFontDatabase, QModelIndex, Qt, QWidget
from app.ui.tasks import TaskRunner
from app.ui.units import format_bytes

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
RECORD_ROLE = Qt.ItemDataRole.UserRole + 2


def local_time(dt_value: dt.datetime | None) -> str:
    """A stored (UTC) time in the officer's time zone, to the minute."""
    if dt_value is None:
        return ""
    return dt_value.astimezone().strftime("%Y-%m-%d %H:%M")


class EvidenceTableModel(PagedTableModel[ev.EvidenceRecord]):
    """The case's evidence items (plain records from the service), loaded page by page
    (app/ui/models/paged.py): the next ``PAGE`` items are read in the background when
    the view scrolls to the end."""

    COLUMNS = ("name", "size", "type", "sha256", "added_by", "added_at", "kept", "check")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
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
        self.set_page(rows, more=more, fetch=fetch, runner=runner)

    def set_checks(self, results: list[ev.VerifyItem]) -> None:
        self._checks = {r.id: r.status for r in results}
        if self._rows:
            col = self.COLUMNS.index("check")
            self.dataChanged.emit(self.index(0, col), self.index(len(self._rows) - 1, col))

    def record(self, row: int) -> ev.EvidenceRecord | None:
        return self.row_at(row)

    # -- Qt --------------------------------------------------------------------------
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
            return local_time(rec.added_at)
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
