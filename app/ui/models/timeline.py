"""Models for a case's time line (audit events, custody, signatures) and its
assignment history."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from app.services.records import AuditRecord
from app.ui.audit_sentences import event_name, sentence
from app.ui.labels import timeline_kind, timeline_kind_label
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
    Signal,
)

if TYPE_CHECKING:
    from app.ui.tasks import TaskRunner

log = logging.getLogger("exemptio.ui.timeline")

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


class TimelineModel(QAbstractTableModel):
    """Events newest first. A long case history is read page by page: ``set_page`` takes
    the first page and ``fetchMore`` reads older events in the background when the view
    scrolls to the end (like the case list)."""

    PAGE = 200
    page_loaded = Signal(int)  # rows appended by fetchMore

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._events: list[AuditRecord] = []
        self._more = False
        self._fetching = False
        self._generation = 0
        self._fetch: Callable[[int, int], list[AuditRecord]] | None = None
        self._runner: TaskRunner | None = None

    def set_events(self, events: list[AuditRecord]) -> None:
        """All the events at once (short lists: the overview's recent activity)."""
        self.set_page(sorted(events, key=lambda e: (e.ts, e.id), reverse=True))

    def set_page(
        self,
        events: list[AuditRecord],
        *,
        more: bool = False,
        fetch: Callable[[int, int], list[AuditRecord]] | None = None,
        runner: TaskRunner | None = None,
    ) -> None:
        """The first page, newest first. ``more``: older events exist, read by
        ``fetch(offset, limit)`` (worker thread, newest first) through ``runner``."""
        self.beginResetModel()
        self._events = list(events)
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
        fetch, offset, page, gen = self._fetch, len(self._events), self.PAGE, self._generation

        def done(rows: list[AuditRecord]) -> None:
            if gen != self._generation:  # reloaded meanwhile
                return
            new = rows[:page]
            if new:  # still "fetching" here: a view or tester asking during the insert gets nothing
                first = len(self._events)
                self.beginInsertRows(QModelIndex(), first, first + len(new) - 1)
                self._events.extend(new)
                self.endInsertRows()
            self._more = len(rows) > page
            self._fetching = False
            self.page_loaded.emit(len(new))

        def failed(err: BaseException) -> None:
            if gen == self._generation:
                self._fetching = False
                self._more = False
            log.warning("could not read older events: %s", err)

        self._runner.query(lambda _p: fetch(offset, page + 1), done, failed, key=f"timeline-page-{id(self)}")

    def event_at(self, row: int) -> AuditRecord | None:
        return self._events[row] if 0 <= row < len(self._events) else None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._events)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if 0 <= section < len(COLUMNS):
                return {
                    "when": QCoreApplication.translate("TimelineModel", "When"),
                    "kind": QCoreApplication.translate("TimelineModel", "Strand"),
                    "event": QCoreApplication.translate("TimelineModel", "Event"),
                    "details": QCoreApplication.translate("TimelineModel", "Details"),
                    "actor": QCoreApplication.translate("TimelineModel", "By"),
                }[COLUMNS[section]]
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or index.row() >= len(self._events) or index.column() >= len(COLUMNS):
            return None
        ev = self._events[index.row()]
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


class AssignmentModel(QAbstractTableModel):
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

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if 0 <= section < len(self.COLUMNS):
                return {
                    "at": QCoreApplication.translate("TimelineModel", "When"),
                    "officer": QCoreApplication.translate("TimelineModel", "Officer"),
                    "by": QCoreApplication.translate("TimelineModel", "Assigned by"),
                    "reason": QCoreApplication.translate("TimelineModel", "Reason"),
                }[self.COLUMNS[section]]
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or index.row() >= len(self._rows) or index.column() >= len(self.COLUMNS):
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
