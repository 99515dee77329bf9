"""The case list page: search box, filters, the lazy table."""

from __future__ import annotations

from typing import Any

from app.domain.lifecycle import Status
from app.services import case_read as cases
from app.services.case_read import CaseFilter
from app.services.context import AppContext
from app.services.records import CaseRecord
from app.ui.labels import status_label
from app.ui.models.case_table import COLUMN_KEYS, CaseTableModel, RecordRole, header_labels_model
from app.ui.models.delegates import StatusBadgeDelegate
from app.ui.op import QueryOp
from app.ui.qt import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QModelIndex,
    QTableView,
    QTimer,
    QVBoxLayout,
    QWidget,
    Signal,
)
from app.ui.tasks import TaskRunner

ANYONE = "\x00anyone"
UNASSIGNED = "\x00unassigned"


class CaseTableView(QTableView):
    """Enter opens the case (QTableView's ``activated`` is platform dependent)."""

    open_requested = Signal(QModelIndex)

    def keyPressEvent(self, event: Any) -> None:
        from app.ui.qt import Qt

        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.open_requested.emit(self.currentIndex())
            event.accept()
            return
        super().keyPressEvent(event)


class CaseListPage(QWidget):
    open_case = Signal(str)  # reference
    current_changed = Signal(object)  # CaseRecord | None
    count_changed = Signal(int)

    SEARCH_DELAY_MS = 180

    def __init__(
        self,
        ctx: AppContext,
        runner: TaskRunner,
        parent: QWidget | None = None,
        *,
        load_now: bool = False,
        sort: tuple[int, bool] | None = None,
    ) -> None:
        """``load_now``: start reading the first page (sorted by ``sort``, a
        remembered (column, descending)) before the widgets are built."""
        super().__init__(parent)
        self.ctx = ctx
        self.runner = runner
        self.model = CaseTableModel(ctx, runner, self)
        if sort is not None:
            self.model.set_initial_sort(*sort)
        if load_now:
            self.model.reload()
        self.total: int | None = None
        self.all_total = 0

        self.search = QLineEdit()
        self.search.setObjectName("caseSearch")
        self.search.setPlaceholderText(
            self.tr("Search titles, providers, subjects, notes and evidence text…  (Ctrl+F)")
        )
        self.search.setAccessibleName(self.tr("Search cases"))
        self.status = QComboBox()
        self.status.setAccessibleName(self.tr("Filter by status"))
        self.status.addItem(self.tr("All statuses"), "")
        for st in Status:
            self.status.addItem(status_label(st.value), st.value)
        self.officer = QComboBox()
        self.officer.setAccessibleName(self.tr("Filter by assigned officer"))
        self.officer.setMinimumContentsLength(14)
        self._fill_officers([])
        self.overdue = QCheckBox(self.tr("&Overdue"))
        self.overdue.setAccessibleName(self.tr("Only overdue cases"))
        self.week = QCheckBox(self.tr("Due this &week"))
        self.week.setAccessibleName(self.tr("Only cases due within seven days"))
        self.stopped = QCheckBox(self.tr("Clock &stopped"))
        self.stopped.setAccessibleName(self.tr("Only cases with the clock stopped"))
        self.hint = QLabel()
        self.hint.setObjectName("searchHint")
        self.hint.setStyleSheet("color: #92400e;")
        self.hint.hide()
        self.summary = QLabel()
        self.summary.setObjectName("listSummary")
        self.summary.setStyleSheet("color: #4b5563;")

        bar = QHBoxLayout()
        bar.setSpacing(8)
        bar.addWidget(self.search, 3)
        bar.addWidget(self.status, 1)
        bar.addWidget(self.officer, 1)
        bar.addWidget(self.overdue)
        bar.addWidget(self.week)
        bar.addWidget(self.stopped)

        self.view = CaseTableView()
        self.view.setObjectName("caseTable")
        self.view.setAccessibleName(self.tr("Cases"))
        # The header shows its column titles from a C++ model, and sorting is switched
        # on after the first paint (finish_setup): asked of CaseTableModel.headerData /
        # .sort, Qt would hand over Qt enums and PySide6 would build all of them (~11 ms)
        # before the window is usable. Hidden headers ask nothing while the model is set.
        # (The model's own headerData still answers screen readers and tests.)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().hide()
        self.view.setModel(self.model)
        self.view.horizontalHeader().setModel(header_labels_model(self.view))
        self.view.horizontalHeader().show()
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.setShowGrid(False)
        self.view.setTabKeyNavigation(False)
        self.view.verticalHeader().setDefaultSectionSize(28)
        header = self.view.horizontalHeader()
        header.setSortIndicatorShown(True)  # Qt's default indicator: column 0, descending = ours
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        widths = {
            "reference": 112,
            "title": 290,
            "provider": 190,
            "subject": 170,
            "status": 108,
            "assigned": 135,
            "due_date": 88,
            "remaining": 86,
            "outcome": 160,
        }
        for i, key in enumerate(COLUMN_KEYS):
            self.view.setColumnWidth(i, widths[key])
        self.view.setItemDelegateForColumn(COLUMN_KEYS.index("status"), StatusBadgeDelegate(self.view))

        lay = QVBoxLayout(self)
        lay.setContentsMargins(10, 10, 10, 6)
        lay.addLayout(bar)
        lay.addWidget(self.hint)
        lay.addWidget(self.view, 1)
        lay.addWidget(self.summary)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(self.SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(self._search_edited)
        self.search.returnPressed.connect(self._search_enter)
        self.status.currentIndexChanged.connect(self.apply_filter)
        self.officer.currentIndexChanged.connect(self.apply_filter)
        self.overdue.toggled.connect(self.apply_filter)
        self.week.toggled.connect(self.apply_filter)
        self.stopped.toggled.connect(self.apply_filter)
        self.view.doubleClicked.connect(self._open_index)
        self.view.open_requested.connect(self._open_index)
        self.view.selectionModel().currentRowChanged.connect(self._row_changed)
        self.model.reloaded.connect(self._reloaded)
        self.model.page_loaded.connect(lambda _n: self._update_summary())
        self.model.failed.connect(self._failed)
        # A slow query (a broad search, a sort on 100,000 rows) says so after a moment.
        self._busy_timer = QTimer(self)
        self._busy_timer.setSingleShot(True)
        self._busy_timer.setInterval(150)
        self._busy_timer.timeout.connect(lambda: self.summary.setText(self.tr("Searching…")))
        self.model.loading.connect(self._loading)
        self.setup_finished = False

    def finish_setup(self) -> None:
        """What the first paint does not need: header sorting and the search box's
        Down-arrow shortcut (MainWindow.ensure_complete calls it). Idempotent."""
        if self.setup_finished:
            return
        self.setup_finished = True
        from app.ui.qt import QKeySequence, QShortcut, Qt

        # The clear button shows only once there is text (it loads a style icon: ~1 ms).
        self.search.setClearButtonEnabled(True)

        self._fit_translated_columns()
        # Sorting on: the view asks the model to sort by the header's indicator (Qt's
        # default or the remembered one) — a no-op when that is the sort already shown.
        self.view.setSortingEnabled(True)
        self._refresh_extras()  # the count and the officer filter's names
        # In the search box: Down moves into the results, Esc clears the search.
        # (The context is set after construction: the constructor's keyword is not
        # applied by PySide6 6.12, which made Down a window-wide key.)
        for seq, slot in (("Down", self._focus_table), ("Esc", self._clear_search)):
            sc = QShortcut(QKeySequence(seq), self.search)
            sc.setContext(Qt.ShortcutContext.WidgetShortcut)
            sc.activated.connect(slot)

    def _fit_translated_columns(self) -> None:
        """No clipped "21 (angehalten)": the days-left column is at least as wide as its
        longest text in the interface language (and its header)."""
        from app.ui.models.case_table import header_text
        from app.ui.qt import QCoreApplication

        fm = self.view.fontMetrics()
        col = COLUMN_KEYS.index("remaining")
        stopped = QCoreApplication.translate("CaseTableModel", "%1 (stopped)").replace("%1", "999")
        need = max(fm.horizontalAdvance(stopped), fm.horizontalAdvance(header_text("remaining")) + 18) + 16
        if self.view.columnWidth(col) < need:
            self.view.setColumnWidth(col, need)

    def _clear_search(self) -> None:
        self.search.clear()

    # -- filtering -------------------------------------------------------------------
    def current_filter(self) -> CaseFilter:
        officer = self.officer.currentData()
        assigned: str | None
        if officer == ANYONE or officer is None:
            assigned = None
        elif officer == UNASSIGNED:
            assigned = ""
        else:
            assigned = str(officer)
        return CaseFilter(
            status=self.status.currentData() or None,
            search=self.search.text().strip(),
            assigned=assigned,
            overdue=self.overdue.isChecked(),
            due_within_days=7 if self.week.isChecked() else None,
            clock_stopped=self.stopped.isChecked(),
        )

    def set_filter(self, f: CaseFilter) -> None:
        """Set the controls from a filter (dashboard cards use this)."""
        widgets = (self.search, self.status, self.officer, self.overdue, self.week, self.stopped)
        for w in widgets:
            w.blockSignals(True)
        self.search.setText(f.search)
        self.status.setCurrentIndex(max(self.status.findData(f.status or ""), 0))
        self.overdue.setChecked(f.overdue)
        self.week.setChecked(f.due_within_days is not None)
        self.stopped.setChecked(f.clock_stopped)
        if f.assigned is None:
            self.officer.setCurrentIndex(0)
        else:  # a named officer ("" = unassigned), added if not listed yet
            key = UNASSIGNED if f.assigned == "" else f.assigned
            i = self.officer.findData(key)
            if i < 0:
                self.officer.addItem(f.assigned, f.assigned)
                i = self.officer.count() - 1
            self.officer.setCurrentIndex(i)
        for w in widgets:
            w.blockSignals(False)
        self.apply_filter()

    def _search_edited(self, text: str) -> None:
        hint = cases.search_terms_or_hint(text)
        self.hint.setVisible(bool(hint))
        if hint:
            self.hint.setText(self.tr("Type words to search; quotes, * and - are treated as plain text."))
        self._debounce.start()

    def _search_enter(self) -> None:
        self._debounce.stop()
        self.apply_filter()
        self._focus_table()

    def apply_filter(self) -> None:
        self._debounce.stop()
        f = self.current_filter()
        if f != self.model.case_filter:
            self.model.set_filter(f)
            self._count(f)

    def start(self) -> None:
        """First load of the list; its count and the officers come with
        ``finish_setup`` (after the first page is painted: it comes first)."""
        if not self.model.busy:
            self.model.reload()

    def refresh(self) -> None:
        self.model.reload()
        self._refresh_extras()

    def _refresh_extras(self) -> None:
        self._count(self.model.case_filter)
        ctx = self.ctx
        QueryOp(self, lambda p: cases.officers(ctx)).success(self._fill_officers).failure(
            lambda e: None  # the filter keeps "Anyone" and "Unassigned"
        ).latest(f"officers-{id(self)}").run()

    def _count(self, f: CaseFilter) -> None:
        """The cases matching ``f`` and, when it filters, all the cases (for "2 of 22")."""
        self.total = None
        filtered = f != CaseFilter()
        ctx = self.ctx

        def work(_p: object) -> tuple[int, int]:
            n = cases.count_cases(ctx, f)
            return n, (cases.count_cases(ctx, CaseFilter()) if filtered else n)

        def done(counts: tuple[int, int]) -> None:
            self.total, self.all_total = counts
            self._update_summary()
            self.count_changed.emit(self.total)

        QueryOp(self, work).success(done).failure(lambda e: None).latest(f"count-{id(self)}").run()

    def _fill_officers(self, names: list[str]) -> None:
        current = self.officer.currentData()
        self.officer.blockSignals(True)
        self.officer.clear()
        self.officer.addItem(self.tr("Anyone"), ANYONE)
        me = self.ctx.officer
        if me:
            self.officer.addItem(self.tr("Me (%1)").replace("%1", me), me)
        self.officer.addItem(self.tr("Unassigned"), UNASSIGNED)
        for n in names:
            if n != me:
                self.officer.addItem(n, n)
        i = self.officer.findData(current) if current is not None else 0
        self.officer.setCurrentIndex(max(i, 0))
        self.officer.blockSignals(False)

    # -- results ---------------------------------------------------------------------------
    def _reloaded(self) -> None:
        self._update_summary()
        if self.model.rowCount() and not self.view.currentIndex().isValid():
            self.view.setCurrentIndex(self.model.index(0, 0))
        self._row_changed(self.view.currentIndex(), QModelIndex())

    def _update_summary(self) -> None:
        from app.ui.units import format_int

        shown = self.model.rowCount()
        if self.total is None:
            text = self.tr("%1 cases loaded").replace("%1", format_int(shown))
        elif self.total == 0:
            text = (
                self.tr("No case matches: change the search or the filters (Esc clears the search).")
                if self._filtered()
                else self.tr("No cases yet. Press Ctrl+N to open the first one.")
            )
        elif self._filtered():  # how many match, of all the cases
            text = (
                self.tr("%1 of %2 cases match")
                .replace("%1", format_int(self.total))
                .replace("%2", format_int(self.all_total))
            )
        elif shown < self.total:  # paged: the rest loads while scrolling
            text = (
                self.tr("%1 of %2 cases loaded")
                .replace("%1", format_int(shown))
                .replace("%2", format_int(self.total))
            )
        else:
            text = self.tr("%1 cases").replace("%1", format_int(self.total))
        self.summary.setText(text)

    def _filtered(self) -> bool:
        return self.model.case_filter != CaseFilter()

    def _loading(self, busy: bool) -> None:
        if busy:
            self._busy_timer.start()
        else:
            self._busy_timer.stop()
            self._update_summary()

    def _failed(self, message: str) -> None:
        self.hint.setText(message)
        self.hint.show()

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.current_changed.emit(self.model.record(current.row()) if current.isValid() else None)

    def _open_index(self, index: QModelIndex) -> None:
        rec = index.data(RecordRole)
        if rec is not None:
            self.open_case.emit(rec.reference)

    def _focus_table(self) -> None:
        self.view.setFocus()
        if not self.view.currentIndex().isValid() and self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(0, 0))

    def selected_record(self) -> CaseRecord | None:
        idx = self.view.currentIndex()
        return self.model.record(idx.row()) if idx.isValid() else None

    def show_case(self, rec: CaseRecord) -> None:
        """A case was created or changed: show it at once and select it."""
        row = self.model.upsert(rec)
        self.view.setCurrentIndex(self.model.index(row, 0))
        self.view.scrollTo(self.model.index(row, 0))
        self._count(self.model.case_filter)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()
