"""Dashboard: cases by status, overdue, due this week, outcomes by month, and the
workload of each officer.

Charts are drawn with QPainter (app/ui/widgets/bar_chart.py).
The numbers come from SQL aggregates (``app.services.dashboard``), in the
background.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app.services import cases
from app.services import dashboard as dashboard_service
from app.services.cases import CaseFilter
from app.services.context import AppContext
from app.ui.labels import OUTCOME_COLOURS, outcome_label, status_label
from app.ui.op import Progress, QueryOp
from app.ui.qt import (
    QColor,
    QFileDialog,
    QFont,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLocale,
    QPushButton,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    Signal,
)
from app.ui.tasks import TaskRunner
from app.ui.widgets.bar_chart import BarChart
from app.ui.widgets.scroll_page import fill_with_scrolling

STATUS_BAR_COLOURS = {
    "draft": "#9ca3af",
    "intake": "#3b82f6",
    "assessment": "#f59e0b",
    "review": "#8b5cf6",
    "decided": "#10b981",
    "closed": "#6b7280",
}


OPEN_STATES = ("draft", "intake", "assessment", "review")


@dataclass(frozen=True)
class OfficerLoad:
    officer: str  # "" = unassigned
    open: int
    overdue: int
    due_this_week: int
    clock_stopped: int


def officer_workload(ctx: AppContext) -> list[OfficerLoad]:
    """Open cases per assigned officer (and unassigned), most loaded first. Worker
    thread: counts through the case service, one query per figure."""
    rows = []
    for name in [*cases.officers(ctx), ""]:
        n_open = sum(cases.count_cases(ctx, CaseFilter(status=s, assigned=name)) for s in OPEN_STATES)
        if not n_open:
            continue
        rows.append(
            OfficerLoad(
                name,
                n_open,
                cases.count_cases(ctx, CaseFilter(assigned=name, overdue=True)),
                cases.count_cases(ctx, CaseFilter(assigned=name, due_within_days=7)),
                cases.count_cases(ctx, CaseFilter(assigned=name, clock_stopped=True)),
            )
        )
    rows.sort(key=lambda r: (-r.open, -r.overdue, r.officer == "", r.officer))
    return rows


class WorkloadTable(QTableWidget):
    """Workload by officer; Enter or a double-click shows the officer's cases."""

    officer_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 5, parent)
        self.setObjectName("workloadTable")
        self.setAccessibleName(self.tr("Open cases by officer"))
        self.setHorizontalHeaderLabels(
            [
                self.tr("Officer"),
                self.tr("Open"),
                self.tr("Overdue"),
                self.tr("Due within 7 days"),
                self.tr("Clock stopped"),
            ]
        )
        self.verticalHeader().hide()
        self.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.setTabKeyNavigation(False)
        self.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.setMinimumHeight(200)
        self.rows: list[OfficerLoad] = []
        self.itemActivated.connect(lambda item: self._chosen(item.row()))

    def set_rows(self, rows: list[OfficerLoad]) -> None:
        from app.ui.plain import shown
        from app.ui.units import format_int

        self.rows = rows
        self.setRowCount(len(rows))
        for i, r in enumerate(rows):
            name = shown(r.officer, one_line=True) if r.officer else self.tr("Unassigned")
            cells = [name, *(format_int(v) for v in (r.open, r.overdue, r.due_this_week, r.clock_stopped))]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if c == 2 and r.overdue:
                    item.setForeground(QColor("#b42318"))
                self.setItem(i, c, item)
        self.resizeColumnsToContents()
        self.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    def _chosen(self, row: int) -> None:
        if 0 <= row < len(self.rows):
            self.officer_chosen.emit(self.rows[row].officer)


class Card(QPushButton):
    """A big number with a caption; clicking it filters the case list."""

    def __init__(self, caption: str, colour: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.caption = caption
        self.colour = colour
        self.setMinimumSize(170, 86)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAccessibleName(caption)
        self.setStyleSheet(
            "QPushButton { background: white; border: 1px solid #e5e7eb; border-radius: 8px;"
            f" text-align: left; padding: 10px 14px; color: {colour}; }}"
            "QPushButton:hover { border-color: #9ca3af; }"
            "QPushButton:focus { border: 2px solid #2563eb; }"
        )
        f = QFont(self.font())
        f.setPointSizeF(12.5)
        f.setBold(True)
        self.setFont(f)
        self.set_value(None)

    def set_value(self, value: int | None) -> None:
        shown = "…" if value is None else f"{value:,}"
        self.setText(f"{shown}\n{self.caption}")
        self.setAccessibleDescription(f"{shown} {self.caption}")


class DashboardPage(QWidget):
    filter_requested = Signal(object)  # CaseFilter
    loaded = Signal()
    workload_loaded = Signal()
    register_exported = Signal(str)  # the file written

    def __init__(self, ctx: AppContext, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.runner = runner
        self.data: dashboard_service.Dashboard | None = None
        self.setObjectName("dashboard")
        self.setAccessibleName(self.tr("Dashboard"))
        title = QLabel(self.tr("Dashboard"))
        tf = QFont()
        tf.setPointSizeF(16)
        tf.setBold(True)
        title.setFont(tf)
        self.subtitle = QLabel()
        self.subtitle.setStyleSheet("color: #6b7280;")
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.setAccessibleName(self.tr("Refresh the dashboard"))
        self.refresh_button.clicked.connect(self.refresh)
        self.export_button = QPushButton(self.tr("Export register…"))
        self.export_button.setObjectName("exportRegister")
        self.export_button.setAccessibleName(self.tr("Export the case register to a file"))
        self.export_button.clicked.connect(self.export_register)
        head = QHBoxLayout()
        head.addWidget(title)
        head.addSpacing(12)
        head.addWidget(self.subtitle, 1)
        head.addWidget(self.export_button)
        head.addWidget(self.refresh_button)
        self.export_status = QLabel()
        self.export_status.setObjectName("registerExportStatus")
        self.export_status.setWordWrap(True)
        self.export_status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.export_status.hide()

        self.card_open = Card(self.tr("open cases"), "#111827")
        self.card_overdue = Card(self.tr("overdue"), "#b42318")
        self.card_week = Card(self.tr("due within 7 days"), "#92400e")
        self.card_stopped = Card(self.tr("clock stopped"), "#4b5563")
        self.card_open.clicked.connect(lambda: self.filter_requested.emit(CaseFilter()))
        self.card_overdue.clicked.connect(lambda: self.filter_requested.emit(CaseFilter(overdue=True)))
        self.card_week.clicked.connect(lambda: self.filter_requested.emit(CaseFilter(due_within_days=7)))
        self.card_stopped.clicked.connect(lambda: self.filter_requested.emit(CaseFilter(clock_stopped=True)))
        cards = QHBoxLayout()
        for c in (self.card_open, self.card_overdue, self.card_week, self.card_stopped):
            cards.addWidget(c)

        self.status_chart = BarChart(self.tr("Cases by status"))
        self.status_chart.setObjectName("statusChart")
        self.deadline_chart = BarChart(self.tr("Open cases by deadline"))
        self.deadline_chart.setObjectName("deadlineChart")
        self.outcome_chart = BarChart(self.tr("Outcomes by month of decision (last 12 months)"))
        self.outcome_chart.setObjectName("outcomeChart")
        self.outcome_chart.setMinimumHeight(300)
        for ch in (self.status_chart, self.deadline_chart, self.outcome_chart):
            ch.setStyleSheet("background: white;")
        grid = QGridLayout()
        grid.setSpacing(14)
        grid.addWidget(self._framed(self.status_chart), 0, 0)
        grid.addWidget(self._framed(self.deadline_chart), 0, 1)
        grid.addWidget(self._framed(self.outcome_chart), 1, 0, 1, 2)
        self.workload = WorkloadTable()
        self.workload.officer_chosen.connect(
            lambda name: self.filter_requested.emit(CaseFilter(assigned=name))
        )
        wl = QFrame()
        wl.setObjectName("chartFrame")
        wl.setStyleSheet(
            "QFrame#chartFrame { background: white; border: 1px solid #e5e7eb; border-radius: 8px; }"
        )
        wlay = QVBoxLayout(wl)
        wtitle = QLabel(self.tr("Open cases by officer (Enter shows them)"))
        wf = QFont(wtitle.font())
        wf.setBold(True)
        wtitle.setFont(wf)
        wtitle.setBuddy(self.workload)
        wlay.addWidget(wtitle)
        wlay.addWidget(self.workload)
        grid.addWidget(wl, 2, 0, 1, 2)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)

        body = QWidget()
        bl = QVBoxLayout(body)
        bl.setContentsMargins(18, 14, 18, 14)
        bl.setSpacing(14)
        bl.addLayout(head)
        bl.addWidget(self.export_status)
        bl.addLayout(cards)
        bl.addLayout(grid, 1)
        fill_with_scrolling(self, body)
        self.refresh()

    @staticmethod
    def _framed(w: QWidget) -> QFrame:
        f = QFrame()
        f.setObjectName("chartFrame")
        f.setStyleSheet(
            "QFrame#chartFrame { background: white; border: 1px solid #e5e7eb; border-radius: 8px; }"
        )
        lay = QVBoxLayout(f)
        lay.setContentsMargins(6, 6, 6, 6)
        lay.addWidget(w)
        return f

    def refresh(self) -> None:
        ctx = self.ctx
        QueryOp(self, lambda p: dashboard_service.dashboard(ctx)).success(self.show_data).latest(
            f"dashboard-{id(self)}"
        ).run()
        QueryOp(self, lambda p: officer_workload(ctx)).success(self.show_workload).latest(
            f"workload-{id(self)}"
        ).run()

    def _export_filters(self) -> dict[str, str]:
        """Save-dialog filter -> register format (the filter chosen decides the format)."""
        return {
            self.tr("CSV (*.csv)"): "csv",
            self.tr("Excel workbook (*.xlsx)"): "xlsx",
            self.tr("JSON (*.json)"): "json",
        }

    def export_register(self) -> None:
        """Ask for a file and a format, then write every case's register row in the
        background (``app.services.register``, as ``exemptio register export``)."""
        filters = self._export_filters()
        path, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Export register"), "register.csv", ";;".join(filters)
        )
        if not path:
            return
        fmt = filters.get(chosen) or Path(path).suffix.lower().lstrip(".")
        if fmt not in filters.values():
            fmt = "csv"
        target = Path(path)
        if target.suffix.lower() != f".{fmt}":
            target = target.with_name(target.name + f".{fmt}")
        # the save dialog has asked before replacing the file it returned, not one renamed here
        replace = target == Path(path)
        ctx = self.ctx

        def work(progress: Progress) -> int:
            from app.services import register

            rows, figures = register.collect(ctx)
            progress.check()
            register.write(target, register.render(fmt, rows, figures), force=replace)
            return len(rows)

        self.export_button.setEnabled(False)
        self.export_status.hide()
        QueryOp(self, work).success(lambda n: self._register_written(target, n)).failure(
            self._register_failed
        ).cancelled(lambda: self.export_button.setEnabled(True)).with_progress(
            self.tr("Exporting the register…"), cancellable=True
        ).run()

    def _register_written(self, target: Path, count: int) -> None:
        from app.ui.plain import shown

        self.export_button.setEnabled(True)
        text = (
            self.tr("Register exported: %1 case(s) written to %2.")
            .replace("%1", QLocale().toString(count))
            .replace("%2", shown(str(target), one_line=True))
        )
        self.export_status.setText(text)
        self.export_status.setStyleSheet("color: #065f46;")
        self.export_status.show()
        self.register_exported.emit(str(target))

    def _register_failed(self, exc: BaseException) -> None:
        self.export_button.setEnabled(True)
        self.export_status.setText(self.tr("The register was not exported."))
        self.export_status.setStyleSheet("color: #b00020;")
        self.export_status.show()
        self.runner.report(exc)  # the one error presenter: the reason in plain words

    def show_workload(self, rows: list[OfficerLoad]) -> None:
        self.workload.set_rows(rows)
        self.workload_loaded.emit()

    def show_data(self, d: dashboard_service.Dashboard) -> None:
        self.data = d
        open_cases = sum(n for s, n in d.by_status.items() if s not in ("decided", "closed"))
        self.card_open.set_value(open_cases)
        self.card_overdue.set_value(d.overdue)
        self.card_week.set_value(d.due_this_week)
        self.card_stopped.set_value(d.clock_stopped)
        self.subtitle.setText(self.tr("%1 cases in all").replace("%1", f"{d.total:,}"))
        self.status_chart.set_data(
            [(status_label(s), {s: n}) for s, n in d.by_status.items()], STATUS_BAR_COLOURS
        )
        on_time = max(open_cases - d.overdue - d.due_this_week - d.clock_stopped, 0)
        self.deadline_chart.set_data(
            [
                (self.tr("Overdue"), {"overdue": d.overdue}),
                (self.tr("This week"), {"week": d.due_this_week}),
                (self.tr("Stopped"), {"stopped": d.clock_stopped}),
                (self.tr("Later"), {"later": on_time}),
            ],
            {"overdue": "#dc2626", "week": "#f59e0b", "stopped": "#9ca3af", "later": "#10b981"},
        )
        labels_seen: list[str] = []
        for counts in d.outcomes_by_month.values():
            for label in counts:
                if label not in labels_seen:
                    labels_seen.append(label)
        order = [k for k in OUTCOME_COLOURS if k in labels_seen]
        bars = []
        for month, counts in d.outcomes_by_month.items():
            y, m = int(month[:4]), int(month[5:])
            name = f"{QLocale().monthName(m, QLocale.FormatType.ShortFormat)} {y % 100:02d}"
            bars.append((name, {k: counts.get(k, 0) for k in order}))
        self.outcome_chart.set_data(
            bars, OUTCOME_COLOURS, [(outcome_label(k), OUTCOME_COLOURS[k]) for k in order]
        )
        self.loaded.emit()
