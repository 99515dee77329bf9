"""The Timeline tab of a case: every audit event, newest first, one strand or all,
read page by page (app/ui/models/timeline.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app.ui.models.timeline import TimelineFilter, TimelineModel
from app.ui.qt import QAbstractItemView, QComboBox, QHBoxLayout, QLabel, QTableView, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from app.ui.tasks import TaskRunner
    from app.ui.workspace import CaseWorkspace


class TimelinePage(QWidget):
    def __init__(self, ws: CaseWorkspace) -> None:
        super().__init__(ws)
        self.model = TimelineModel(self)
        self.proxy = TimelineFilter(self)
        self.proxy.setSourceModel(self.model)
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Show events of"))
        for key, text in (
            ("", self.tr("Everything")),
            ("case", self.tr("Case events")),
            ("custody", self.tr("Evidence custody")),
            ("signature", self.tr("Signatures")),
            ("letter", self.tr("Letters")),
            ("checklist", self.tr("Checklist")),
        ):
            self.kind.addItem(text, key)
        self.kind.currentIndexChanged.connect(lambda _i: self.proxy.set_kind(self.kind.currentData()))
        self.count = QLabel()
        self.view = QTableView()
        self.view.setObjectName("timelineTable")
        self.view.setAccessibleName(self.tr("Case time line"))
        self.view.setModel(self.proxy)
        self.view.verticalHeader().hide()
        self.view.setShowGrid(False)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setTabKeyNavigation(False)
        for i, w in enumerate((130, 90, 170, 520, 180)):
            self.view.setColumnWidth(i, w)
        self.view.horizontalHeader().setStretchLastSection(True)
        top = QHBoxLayout()
        label = QLabel(self.tr("&Show:"))
        label.setBuddy(self.kind)
        top.addWidget(label)
        top.addWidget(self.kind)
        top.addStretch(1)
        top.addWidget(self.count)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(10, 10, 10, 10)
        lay.addLayout(top)
        lay.addWidget(self.view)

    def set_events(self, events: list[Any]) -> None:
        self.model.set_events(events)
        self.count.setText(self.tr("%1 events, newest first").replace("%1", str(len(events))))

    def set_page(self, events: list[Any], total: int, fetch: Any, runner: TaskRunner) -> None:
        """The newest page of a long history; older pages load as the officer scrolls."""
        page = self.model.PAGE
        self.model.set_page(events[:page], more=len(events) > page, fetch=fetch, runner=runner)
        self.count.setText(self.tr("%1 events, newest first").replace("%1", str(total)))
