"""The case list: a lazy table model fed page by page from SQL.

Rows hold plain ``CaseRecord``s. Filtering, full-text search and sorting are
done by the database (``app.services.case_read.list_cases``); every query runs in
the TaskRunner's read pool, "latest wins", so typing in the search box never
blocks the GUI thread. Further pages load when the view scrolls near the end
(app/ui/models/paged.py).
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from app.domain.text import make_visible
from app.services import case_read as cases
from app.services.case_read import CaseFilter
from app.services.context import AppContext
from app.services.records import CaseRecord
from app.ui.labels import outcome_label, status_label
from app.ui.models.delegates import DECORATION_ROLE, status_badge
from app.ui.models.paged import PagedTableModel
from app.ui.qt import (
    ACCESSIBLE_TEXT_ROLE,
    ALIGN_RIGHT_VCENTER,
    BACKGROUND_ROLE,
    DISPLAY_ROLE,
    FONT_ROLE,
    FOREGROUND_ROLE,
    TEXT_ALIGNMENT_ROLE,
    TOOLTIP_ROLE,
    USER_ROLE,
    QColor,
    QCoreApplication,
    QFont,
    QModelIndex,
    QPersistentModelIndex,
    Signal,
)
from app.ui.tasks import Progress, TaskRunner

if TYPE_CHECKING:
    from app.ui.qt import Qt

# Plain ints: this model paints the first page, before the Qt namespace is built
# (app/ui/qt.py). Qt's model API takes and gives roles as ints.
RecordRole = USER_ROLE + 1
StatusRole = USER_ROLE + 2
OverdueRole = USER_ROLE + 3
ReferenceRole = USER_ROLE + 4

OVERDUE_BACKGROUND = QColor("#fdecec")
OVERDUE_TEXT = QColor("#b42318")
STOPPED_TEXT = QColor("#6b7280")

_DISPLAY = DISPLAY_ROLE
_ACCESSIBLE = ACCESSIBLE_TEXT_ROLE
_BACKGROUND = BACKGROUND_ROLE
_FOREGROUND = FOREGROUND_ROLE
_FONT = FONT_ROLE
_ALIGNMENT = TEXT_ALIGNMENT_ROLE
_TOOLTIP = TOOLTIP_ROLE
_DECORATION = DECORATION_ROLE
_RECORD, _STATUS, _OVERDUE, _REFERENCE = RecordRole, StatusRole, OverdueRole, ReferenceRole
_RIGHT = ALIGN_RIGHT_VCENTER

# (key, header, sort key in the service)
COLUMNS: tuple[tuple[str, str, str], ...] = (
    ("reference", "Reference", "reference"),
    ("title", "Title", "title"),
    ("provider", "Provider", "provider"),
    ("subject", "Subject", "subject"),
    ("status", "Status", "status"),
    ("assigned", "Assigned to", "assigned"),
    ("due_date", "Due", "due_date"),
    ("remaining", "Days left", "due_date"),
    ("outcome", "Outcome", "outcome"),
)
COLUMN_KEYS = [c[0] for c in COLUMNS]
_NCOLUMNS = len(COLUMNS)
_ALIGNMENTS = tuple(_RIGHT if key == "remaining" else None for key in COLUMN_KEYS)

# data(): role -> slot. Slots below _CELL_SLOTS index CaseTableModel._row_cells.
_CELL_SLOTS = 5
_S_ALIGNMENT, _S_RECORD, _S_REFERENCE, _S_STATUS, _S_OVERDUE, _S_TOOLTIP = range(_CELL_SLOTS, _CELL_SLOTS + 6)
_SLOTS = {
    _DISPLAY: 0,
    _ACCESSIBLE: 0,
    _FONT: 1,
    _FOREGROUND: 2,
    _BACKGROUND: 3,
    _DECORATION: 4,
    _ALIGNMENT: _S_ALIGNMENT,
    _RECORD: _S_RECORD,
    _REFERENCE: _S_REFERENCE,
    _STATUS: _S_STATUS,
    _OVERDUE: _S_OVERDUE,
    _TOOLTIP: _S_TOOLTIP,
}


def header_text(key: str) -> str:
    names = {
        "reference": QCoreApplication.translate("CaseTableModel", "Reference"),
        "title": QCoreApplication.translate("CaseTableModel", "Title"),
        "provider": QCoreApplication.translate("CaseTableModel", "Provider"),
        "subject": QCoreApplication.translate("CaseTableModel", "Subject"),
        "status": QCoreApplication.translate("CaseTableModel", "Status"),
        "assigned": QCoreApplication.translate("CaseTableModel", "Assigned to"),
        "due_date": QCoreApplication.translate("CaseTableModel", "Due"),
        "remaining": QCoreApplication.translate("CaseTableModel", "Days left"),
        "outcome": QCoreApplication.translate("CaseTableModel", "Outcome"),
    }
    return names[key]


def remaining_text(rec: CaseRecord, today: dt.date | None = None) -> str:
    if rec.status in cases.CLOSED_STATES:
        return "—"
    days = cases.days_remaining(rec, today)
    if days is None:
        return ""
    if rec.clock_stopped_at is not None:
        return QCoreApplication.translate("CaseTableModel", "%1 (stopped)").replace("%1", str(days))
    return str(days)


FetchFn = Callable[[CaseFilter, str, bool, int, int], list[CaseRecord]]


class CaseTableModel(PagedTableModel[CaseRecord]):
    """Lazy, SQL-backed case list. ``set_filter``/``sort``/``reload`` are async; further
    pages come through :class:`~app.ui.models.paged.PagedTableModel`."""

    loading = Signal(bool)  # a query is running
    reloaded = Signal()  # the first page of a new query arrived
    failed = Signal(str)

    def __init__(
        self, ctx: AppContext, runner: TaskRunner, parent: Any = None, *, fetch: FetchFn | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.runner = runner
        self._fetch: FetchFn = fetch or self._fetch_from_service
        self.retry_after_failure = True  # a page that failed may be asked again
        self._cells: list[tuple[tuple[Any, ...], ...] | None] = []  # per row, made on first paint
        self._font_cache: tuple[QFont, QFont, QFont] | None = None
        self._filter = CaseFilter()
        self._sort = "reference"
        self._sort_column = 0
        self._descending = True
        self._loaded = False  # a first page has arrived
        self.resets = 0  # pages shown by reload()
        self._today = dt.datetime.now(dt.UTC).date()

    # -- the query --------------------------------------------------------------------
    def _fetch_from_service(
        self, f: CaseFilter, sort: str, desc: bool, offset: int, limit: int
    ) -> list[CaseRecord]:
        return cases.list_cases(self.ctx, f, sort=sort, descending=desc, offset=offset, limit=limit)

    @property
    def case_filter(self) -> CaseFilter:
        return self._filter

    @property
    def sort_key(self) -> tuple[str, bool]:
        return self._sort, self._descending

    def set_filter(self, f: CaseFilter) -> None:
        self._filter = f
        self.reload()

    def reload(self) -> None:
        """Run the query again from the first page (in the background)."""
        gen = self.new_generation()
        f, sort, desc, page = self._filter, self._sort, self._descending, self.PAGE
        fetch = self._fetch
        self._fetching = True
        self.loading.emit(True)

        def work(p: Progress) -> list[CaseRecord]:
            return fetch(f, sort, desc, 0, page + 1)

        def done(rows: list[CaseRecord]) -> None:
            if gen != self._generation:
                return  # superseded by a newer reload
            self.resets += 1
            self._today = dt.datetime.now(dt.UTC).date()
            self._loaded = True

            def more(offset: int, limit: int) -> list[CaseRecord]:  # worker thread
                return fetch(f, sort, desc, offset, limit)

            self.set_page(rows[:page], more=len(rows) > page, fetch=more, runner=self.runner)
            self.loading.emit(False)
            self.reloaded.emit()

        def error(exc: BaseException) -> None:
            if gen == self._generation:
                self._fetching = False
                self.loading.emit(False)
                self.failed.emit(_failure_text(exc))

        from app.ui.op import QueryOp

        first_page = QueryOp(None, work, runner=self.runner).success(done).failure(error)
        first_page.latest(f"case-list-{id(self)}").run()

    # -- paging hooks ------------------------------------------------------------------------
    def _new_rows(self, rows: list[CaseRecord]) -> list[CaseRecord]:
        known = {r.id for r in self._rows}  # a case created meanwhile may already be listed
        return [r for r in rows if r.id not in known]

    def _rows_reset(self) -> None:
        self._cells = [None] * len(self._rows)

    def _rows_appended(self, count: int) -> None:
        self._cells.extend([None] * count)

    def _busy_changed(self, busy: bool) -> None:
        self.loading.emit(busy)

    def _page_failed(self, err: BaseException) -> None:
        self.failed.emit(_failure_text(err))

    # -- updates from the window ----------------------------------------------------------
    def upsert(self, rec: CaseRecord) -> int:
        """Show a created or changed case at once; returns its row."""
        for row, old in enumerate(self._rows):
            if old.id == rec.id:
                self._rows[row] = rec
                self._cells[row] = None
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))
                return row
        self.beginInsertRows(QModelIndex(), 0, 0)
        self._rows.insert(0, rec)
        self._cells.insert(0, None)
        self.endInsertRows()
        return 0

    def record(self, row: int) -> CaseRecord | None:
        return self.row_at(row)

    def row_of(self, reference: str) -> int:
        for row, rec in enumerate(self._rows):
            if rec.reference == reference:
                return row
        return -1

    # -- Qt model API -----------------------------------------------------------------------
    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY_ROLE) -> Any:
        # The case list's own header reads header_labels_model() instead: Qt hands
        # ``orientation`` over as a Qt enum, and this is called before the first paint.
        from app.ui.qt import Qt

        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            if role == DISPLAY_ROLE:
                return header_text(COLUMNS[section][0])
            if role == TEXT_ALIGNMENT_ROLE and COLUMNS[section][0] == "remaining":
                return _RIGHT
        return None

    # flags(): QAbstractTableModel's own (enabled, selectable, no children) is what
    # the list needs; a Python override would build the Qt enums before the first paint.

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = DISPLAY_ROLE) -> Any:
        # Called from C++ for every visible cell and ~7 roles on each paint (~1,700
        # calls for a full window): what a paint asks is computed once per row
        # (``_row_cells``), so a call is a lookup.
        slot = _SLOTS.get(role)
        if slot is None:
            return None
        row, column = index.row(), index.column()
        if row < 0 or row >= len(self._rows) or column < 0 or column >= _NCOLUMNS:
            return None
        if slot < _CELL_SLOTS:
            cells = self._cells[row]
            if cells is None:
                cells = self._cells[row] = self._row_cells(self._rows[row])
            return cells[slot][column]
        rec = self._rows[row]
        if slot == _S_ALIGNMENT:
            return _ALIGNMENTS[column]
        if slot == _S_RECORD:
            return rec
        if slot == _S_REFERENCE:
            return rec.reference
        if slot == _S_STATUS:
            return rec.status
        if slot == _S_OVERDUE:
            return cases.is_overdue(rec, self._today)
        return self._tooltip(rec)  # _S_TOOLTIP

    def _row_cells(self, rec: CaseRecord) -> tuple[tuple[Any, ...], ...]:
        """Display texts, fonts, text colours, background and decoration of a row's
        cells, by slot (see ``_SLOTS``)."""
        overdue = cases.is_overdue(rec, self._today)
        display = tuple(self._display(rec, key) for key in COLUMN_KEYS)
        mono, regular, bold = self._fonts()
        days_font = bold if overdue else regular
        fonts = tuple(
            mono if key == "reference" else days_font if key == "remaining" else None for key in COLUMN_KEYS
        )
        dated = OVERDUE_TEXT if overdue else STOPPED_TEXT if rec.clock_stopped_at is not None else None
        colours = tuple(dated if key in ("remaining", "due_date") else None for key in COLUMN_KEYS)
        background = (OVERDUE_BACKGROUND if overdue else None,) * _NCOLUMNS  # a QColor serves as the brush
        badge = status_badge(rec.status, status_label(rec.status))
        decoration = tuple(badge if key == "status" else None for key in COLUMN_KEYS)
        return display, fonts, colours, background, decoration

    def _fonts(self) -> tuple[QFont, QFont, QFont]:
        """(reference: monospace, days left, days left when overdue: bold)."""
        if self._font_cache is None:
            mono = QFont()
            mono.setFamily("DejaVu Sans Mono")
            bold = QFont()
            bold.setBold(True)
            self._font_cache = (mono, QFont(), bold)
        return self._font_cache

    def _display(self, rec: CaseRecord, key: str) -> str:
        if key == "reference":
            return rec.reference
        # Case data shown as it is: control and bidi-override characters made visible.
        if key == "title":
            return make_visible(rec.title, keep_newlines=False)
        if key == "provider":
            return make_visible(rec.provider, keep_newlines=False)
        if key == "subject":
            return make_visible(f"{rec.subject} {rec.subject_version}".strip(), keep_newlines=False)
        if key == "status":
            return status_label(rec.status)
        if key == "assigned":
            if rec.assigned_officer:
                return make_visible(rec.assigned_officer, keep_newlines=False)
            return QCoreApplication.translate("CaseTableModel", "Unassigned")
        if key == "due_date":
            return rec.due_date.isoformat() if rec.due_date else ""
        if key == "remaining":
            return remaining_text(rec, self._today)
        if key == "outcome":
            return outcome_label(rec.outcome_label)
        return ""

    def _tooltip(self, rec: CaseRecord) -> str:
        parts = [f"{rec.reference} · {status_label(rec.status)}", rec.title]
        if cases.is_overdue(rec, self._today):
            days = -(cases.days_remaining(rec, self._today) or 0)
            parts.append(
                QCoreApplication.translate("CaseTableModel", "Overdue by %1 days").replace("%1", str(days))
            )
        if rec.clock_stopped_at is not None:
            parts.append(
                QCoreApplication.translate("CaseTableModel", "Clock stopped since %1").replace(
                    "%1", rec.clock_stopped_at.date().isoformat()
                )
            )
        # A tooltip guesses rich text: the title is escaped into rich text of ours.
        return _plain_tooltip("\n".join(parts))

    def sort(self, column: int, order: Qt.SortOrder | None = None) -> None:
        from app.ui.qt import Qt

        if not 0 <= column < len(COLUMNS):
            return
        key, descending = COLUMNS[column][2], order == Qt.SortOrder.DescendingOrder
        if (column, key, descending) == (self._sort_column, self._sort, self._descending) and (
            self._fetching or self._loaded
        ):
            # The query in flight, or the rows shown, are already sorted so (the header
            # says it when sorting is switched on after the first paint).
            return
        self._sort_column = column
        self._sort = key
        self._descending = descending
        self.reload()

    @property
    def sort_column(self) -> tuple[int, bool]:
        """(column, descending) of the current sort."""
        return self._sort_column, self._descending

    def set_initial_sort(self, column: int, descending: bool) -> None:
        """The sort of the first load (a remembered one); call before the first load."""
        if 0 <= column < len(COLUMNS):
            self._sort_column, self._sort, self._descending = column, COLUMNS[column][2], descending


def header_labels_model(parent: Any = None) -> Any:
    """The case list's column titles as a C++ model for the table's header.

    The header asks for its titles while the first page is painted; asked from
    ``CaseTableModel.headerData`` that would build PySide6's ``Qt`` enums (~11 ms)
    before the window is usable. The titles are set once, in the interface language.
    """
    from app.ui.qt import QStandardItem, QStandardItemModel

    model = QStandardItemModel(0, len(COLUMNS), parent)
    for i, (key, _title, _sort) in enumerate(COLUMNS):
        item = QStandardItem(header_text(key))
        if key == "remaining":
            item.setData(_RIGHT, TEXT_ALIGNMENT_ROLE)
        model.setHorizontalHeaderItem(i, item)
    return model


def with_search(f: CaseFilter, text: str) -> CaseFilter:
    return replace(f, search=text)


def _plain_tooltip(text: str) -> str:
    """``text`` as a tooltip that shows it literally (Qt renders a tooltip that looks
    like HTML as HTML): escaped, line breaks kept, unsafe characters visible."""
    body = html.escape(make_visible(text), quote=False).replace("\n", "<br>")
    return f"<p style='white-space:pre-wrap'>{body}</p>"


def _failure_text(err: BaseException) -> str:
    """The translated one-line message (imported when a read fails, not at start-up)."""
    from app.ui.messages import failure_text

    return failure_text(err)
