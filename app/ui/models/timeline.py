"""Models for a case's time line (audit events, custody, signatures) and its
assignment history."""

from __future__ import annotations

import datetime as dt
from typing import Any

from app.services.records import AuditRecord
from app.ui.audit_sentences import event_name, sentence
from app.ui.labels import timeline_kind, timeline_kind_label
from app.ui.models.paged import PagedTableModel
from app.ui.plain import shown
from app.ui.qt import (
    QAbstractTableModel,
    QBrush,
    QColor,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    read_only_flags,
)

KindRole = Qt.ItemDataRole.UserRole + 10
EventRole = Qt.ItemDataRole.UserRole + 11

KIND_COLOURS = {
    "case": "#2563eb",
    "custody": "#0f766e",
    "signature": "#7c3aed",
    "letter": "#b45309",
    "checklist": "#4b5563",
}


def local_time(ts: str) -> str:
    try:
        when = dt.datetime.fromisoformat(ts)
    except ValueError:
        return ts
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    return when.astimezone().strftime("%Y-%m-%d %H:%M")


def _short(value: Any, limit: int = 90) -> str:
    text = str(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def describe(ev: AuditRecord) -> str:
    """One line saying what changed, in plain words (app/ui/audit_sentences.py)."""
    return sentence(ev)


COLUMNS = ("when", "kind", "event", "details", "actor")


def _header_names() -> dict[str, str]:
    """The column headers of the time line ("when" … "actor") and of the assignment
    history ("at" … "reason"), by column name."""
    when = QCoreApplication.translate("TimelineModel", "When")
    return {
        "when": when,
        "kind": QCoreApplication.translate("TimelineModel", "Strand"),
        "event": QCoreApplication.translate("TimelineModel", "Event"),
        "details": QCoreApplication.translate("TimelineModel", "Details"),
        "actor": QCoreApplication.translate("TimelineModel", "By"),
        "at": when,
        "officer": QCoreApplication.translate("TimelineModel", "Officer"),
        "by": QCoreApplication.translate("TimelineModel", "Assigned by"),
        "reason": QCoreApplication.translate("TimelineModel", "Reason"),
    }


class _ReadOnlyColumns:
    """Named columns of a read-only table model over ``self._rows``: their count,
    headers (from :func:`_header_names`) and flags."""

    COLUMNS: tuple[str, ...] = ()
    _rows: Any

    def in_table(self, index: QModelIndex | QPersistentModelIndex) -> bool:
        return index.isValid() and index.row() < len(self._rows) and index.column() < len(self.COLUMNS)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
        if horizontal and 0 <= section < len(self.COLUMNS):
            return _header_names()[self.COLUMNS[section]]
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        return read_only_flags(index)


class TimelineModel(_ReadOnlyColumns, PagedTableModel[AuditRecord]):
    """Events newest first. A long case history is read page by page: ``set_page`` takes
    the first page and ``fetchMore`` reads older events in the background when the view
    scrolls to the end (app/ui/models/paged.py)."""

    def set_events(self, events: list[AuditRecord]) -> None:
        """All the events at once (short lists: the overview's recent activity)."""
        self.set_page(sorted(events, key=lambda e: (e.ts, e.id), reverse=True))

    def event_at(self, row: int) -> AuditRecord | None:
        return self.row_at(row)

    COLUMNS = COLUMNS

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not self.in_table(index):
            return None
        ev = self._rows[index.row()]
        col = COLUMNS[index.column()]
        kind = timeline_kind(ev.entity_type, ev.action)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if col == "when":
                return local_time(ev.ts)
            if col == "kind":
                return timeline_kind_label(kind)
            if col == "event":
                return event_name(ev.action)
            if col == "details":
                return describe(ev)
            return shown(ev.actor, one_line=True)
        if role == Qt.ItemDataRole.ForegroundRole and col == "kind":
            return QBrush(QColor(KIND_COLOURS.get(kind, "#374151")))
        if role == Qt.ItemDataRole.ToolTipRole:
            return (
                QCoreApplication.translate("TimelineModel", "Event #%1 · %2 · hash %3")
                .replace("%1", str(ev.id))
                .replace("%2", ev.ts)
                .replace("%3", ev.hash[:16] + "…")
            )
        if role == KindRole:
            return kind
        if role == EventRole:
            return ev
        return None


class TimelineFilter(QSortFilterProxyModel):
    """Show one strand (custody, signatures…) or all."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._kind = ""

    def set_kind(self, kind: str) -> None:
        self.beginFilterChange()
        self._kind = kind
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        if not self._kind:
            return True
        model = self.sourceModel()
        return bool(model.index(source_row, 0, source_parent).data(KindRole) == self._kind)


class AssignmentModel(_ReadOnlyColumns, QAbstractTableModel):
    """Assignment history rows from ``cases.assignment_history``."""

    COLUMNS = ("at", "officer", "by", "reason")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[dict[str, Any]] = []

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self._rows = list(reversed(rows))
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not self.in_table(index):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            row = self._rows[index.row()]
            col = self.COLUMNS[index.column()]
            if col == "at":
                return local_time(str(row["at"]))
            if col == "officer":
                return row["officer"] or QCoreApplication.translate("TimelineModel", "Unassigned")
            return str(row.get(col) or "")
        return None
