"""The Overview tab of a case: facts, lifecycle, deadline, assignment, links and
recent activity (the view; the controller is app/ui/tabs/overview_actions.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app.domain import lifecycle
from app.services import cases
from app.services.records import CaseRecord
from app.ui.dialogs.case_dialogs import (
    AssignDialog,
    DecisionDialog,
    DueDateDialog,
    EditCaseDialog,
    ReasonDialog,
)
from app.ui.labels import kind_label, outcome_label, status_colours, status_label, transition_label
from app.ui.models.timeline import AssignmentModel, TimelineModel
from app.ui.plain import DataLabel, html_text
from app.ui.qt import (
    QAbstractItemView,
    QFont,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    Qt,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from app.ui.tabs.overview_actions import OverviewActions, decides
from app.ui.widgets.scroll_page import fill_with_scrolling

if TYPE_CHECKING:
    from app.ui.workspace import CaseWorkspace


def _badge(text: str, bg: str, fg: str) -> str:
    return f'<span style="background:{bg}; color:{fg}; font-weight:600;">&nbsp;{html_text(text)}&nbsp;</span>'


class OverviewPage(OverviewActions, QWidget):
    """Case facts, lifecycle, deadline and assignment; what the buttons do is in
    :class:`~app.ui.tabs.overview_actions.OverviewActions`."""

    def __init__(self, ws: CaseWorkspace) -> None:
        super().__init__(ws)
        self.ws = ws
        self.record: CaseRecord | None = None
        self.reason_dialog: ReasonDialog | None = None
        self.decision_dialog: DecisionDialog | None = None
        self.assign_dialog: AssignDialog | None = None
        self.due_dialog: DueDateDialog | None = None
        self.edit_dialog: EditCaseDialog | None = None

        # Header: reference, title, badges.
        self.reference = DataLabel(one_line=True)
        self.reference.setObjectName("caseReference")
        self.reference.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        mono = QFont("DejaVu Sans Mono")
        mono.setPointSizeF(10.5)
        self.reference.setFont(mono)
        self.reference.setStyleSheet("color: #4b5563;")
        self.title = DataLabel()
        self.title.setObjectName("caseTitle")
        self.title.setWordWrap(True)
        tf = QFont()
        tf.setPointSizeF(15)
        tf.setBold(True)
        self.title.setFont(tf)
        self.badges = QLabel()
        self.badges.setObjectName("caseBadges")
        self.badges.setTextFormat(Qt.TextFormat.RichText)

        # Facts.
        self.facts = QGroupBox(self.tr("Case facts"))
        # Plain text: title, provider, subject and notes come from officers and imports.
        self.f_provider = DataLabel()
        self.f_subject = DataLabel()
        self.f_kind = DataLabel()
        self.f_checklist = DataLabel()
        self.f_outcome = DataLabel()
        self.f_created = DataLabel()
        self.f_updated = DataLabel()
        self.f_notes = DataLabel()
        self.f_notes.setWordWrap(True)
        for w in (
            self.f_provider,
            self.f_subject,
            self.f_kind,
            self.f_checklist,
            self.f_outcome,
            self.f_created,
            self.f_updated,
            self.f_notes,
        ):
            w.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        ff = QFormLayout(self.facts)
        ff.addRow(self.tr("Provider:"), self.f_provider)
        ff.addRow(self.tr("Subject:"), self.f_subject)
        ff.addRow(self.tr("Kind:"), self.f_kind)
        ff.addRow(self.tr("Checklist:"), self.f_checklist)
        ff.addRow(self.tr("Outcome:"), self.f_outcome)
        ff.addRow(self.tr("Opened:"), self.f_created)
        ff.addRow(self.tr("Last change:"), self.f_updated)
        ff.addRow(self.tr("Notes:"), self.f_notes)
        self.edit_button = QPushButton(self.tr("Edit title and notes…"))
        self.edit_button.setAccessibleName(self.tr("Edit the title and notes of the case"))
        self.edit_button.clicked.connect(self.request_edit)
        edit_row = QHBoxLayout()
        edit_row.addStretch(1)
        edit_row.addWidget(self.edit_button)
        ff.addRow(edit_row)

        # Lifecycle.
        self.lifecycle = QGroupBox(self.tr("Lifecycle"))
        self.stepper = QLabel()
        self.stepper.setObjectName("lifecycleStepper")
        self.stepper.setTextFormat(Qt.TextFormat.RichText)
        self.transition_row = QHBoxLayout()
        self.transition_buttons: list[QPushButton] = []
        self.message = DataLabel()  # service messages quote case data
        self.message.setObjectName("refusalMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(
            "QLabel { background: #fef3f2; color: #912018; border: 1px solid #fda29b;"
            " border-radius: 4px; padding: 6px; }"
        )
        self.message.hide()
        ll = QVBoxLayout(self.lifecycle)
        ll.addWidget(self.stepper)
        ll.addLayout(self.transition_row)
        ll.addWidget(self.message)

        # Deadline.
        self.deadline = QGroupBox(self.tr("Deadline"))
        self.d_due = DataLabel()
        self.d_remaining = DataLabel()
        self.d_remaining.setObjectName("remainingDays")
        rf = QFont()
        rf.setPointSizeF(13)
        rf.setBold(True)
        self.d_remaining.setFont(rf)
        self.d_clock = DataLabel()
        self.d_clock.setObjectName("clockState")
        self.stop_button = QPushButton(self.tr("Stop clock…"))
        self.stop_button.setAccessibleName(self.tr("Stop the deadline clock"))
        self.resume_button = QPushButton(self.tr("Resume clock"))
        self.resume_button.setAccessibleName(self.tr("Resume the deadline clock"))
        self.due_button = QPushButton(self.tr("Change due date…"))
        self.due_button.setAccessibleName(self.tr("Change the due date"))
        dl = QGridLayout(self.deadline)
        dl.addWidget(self.d_remaining, 0, 0, 1, 3)
        dl.addWidget(self.d_due, 1, 0, 1, 3)
        dl.addWidget(self.d_clock, 2, 0, 1, 3)
        dl.addWidget(self.stop_button, 3, 0)
        dl.addWidget(self.resume_button, 3, 1)
        dl.addWidget(self.due_button, 3, 2)
        dl.setRowStretch(4, 1)

        # Assignment.
        self.assignment = QGroupBox(self.tr("Assignment"))
        self.a_current = DataLabel()
        self.a_current.setObjectName("assignedOfficer")
        self.assign_button = QPushButton(self.tr("Reassign…"))
        self.assign_button.setAccessibleName(self.tr("Assign or reassign the case"))
        self.history_model = AssignmentModel(self)
        self.history = QTableView()
        self.history.setObjectName("assignmentHistory")
        self.history.setAccessibleName(self.tr("Assignment history"))
        self.history.setModel(self.history_model)
        self.history.verticalHeader().hide()
        self.history.setShowGrid(False)
        self.history.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history.horizontalHeader().setStretchLastSection(True)
        self.history.setMinimumHeight(110)
        self.history.setTabKeyNavigation(False)
        al = QGridLayout(self.assignment)
        al.addWidget(self.a_current, 0, 0)
        al.addWidget(self.assign_button, 0, 1, alignment=Qt.AlignmentFlag.AlignRight)
        al.addWidget(self.history, 1, 0, 1, 2)
        al.setRowStretch(1, 1)
        # Linked cases (issue 18; D's minimal section): plain text, one line per link.
        self.links_label = DataLabel()
        self.links_label.setObjectName("caseLinks")
        self.links_label.setAccessibleName(self.tr("Linked cases"))
        self.links_label.setWordWrap(True)
        self.links_label.hide()
        al.addWidget(self.links_label, 2, 0, 1, 2)

        # Recent activity: the newest events of the time line.
        self.activity = QGroupBox(self.tr("Recent activity"))
        self.activity_model = TimelineModel(self)
        self.activity_view = QTableView()
        self.activity_view.setObjectName("recentActivity")
        self.activity_view.setAccessibleName(self.tr("Recent activity"))
        self.activity_view.setModel(self.activity_model)
        self.activity_view.verticalHeader().hide()
        self.activity_view.setShowGrid(False)
        self.activity_view.setWordWrap(False)
        self.activity_view.setTabKeyNavigation(False)
        self.activity_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.activity_view.setColumnHidden(1, True)
        self.activity_view.horizontalHeader().setStretchLastSection(True)
        self.activity_view.setMinimumHeight(236)
        for col, width in ((0, 120), (2, 150), (3, 330)):
            self.activity_view.setColumnWidth(col, width)
        self.all_events = QPushButton(self.tr("Whole time line (Ctrl+5)"))
        self.all_events.setAccessibleName(self.tr("Show the whole time line"))
        self.all_events.clicked.connect(lambda: self.ws.show_tab("timeline"))
        av = QVBoxLayout(self.activity)
        av.addWidget(self.activity_view)
        av.addWidget(self.all_events, alignment=Qt.AlignmentFlag.AlignRight)

        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(12)
        grid.addWidget(self.lifecycle, 0, 0, 1, 2)
        grid.addWidget(self.facts, 1, 0)
        grid.addWidget(self.activity, 2, 0)
        grid.addWidget(self.deadline, 1, 1)
        grid.addWidget(self.assignment, 2, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)

        body = QWidget()
        bl = QVBoxLayout(body)
        bl.setContentsMargins(16, 14, 16, 14)
        head = QHBoxLayout()
        head.addWidget(self.reference)
        head.addStretch(1)
        head.addWidget(self.badges)
        bl.addLayout(head)
        bl.addWidget(self.title)
        bl.addSpacing(6)
        bl.addLayout(grid)
        bl.addStretch(1)
        fill_with_scrolling(self, body)
        self.setStyleSheet(
            'QPushButton[primary="true"] { background: #1d4ed8; color: white; border: 1px solid #1e40af;'
            " border-radius: 4px; padding: 5px 16px; font-weight: 600; }"
            'QPushButton[primary="true"]:hover { background: #1e40af; }'
            'QPushButton[primary="true"]:focus { border: 2px solid #93c5fd; }'
            "QGroupBox { margin-top: 1.4em; }"
        )

        self.stop_button.clicked.connect(self.request_stop_clock)
        self.resume_button.clicked.connect(self.resume_clock)
        self.due_button.clicked.connect(self.request_due_date)
        self.assign_button.clicked.connect(self.request_assign)

    # -- display ---------------------------------------------------------------------
    def show_record(self, rec: CaseRecord) -> None:
        self.record = rec
        self.reference.setText(rec.reference)
        self.title.setText(rec.title)
        bg, fg = status_colours(rec.status)
        badges = [_badge(status_label(rec.status), bg.name(), fg.name())]
        if cases.is_overdue(rec):
            badges.append(_badge(self.tr("Overdue"), "#fdecec", "#b42318"))
        if rec.clock_stopped_at is not None:
            badges.append(_badge(self.tr("Clock stopped"), "#f3f4f6", "#374151"))
        self.badges.setText(" ".join(badges))
        self.f_provider.setText(rec.provider)
        self.f_subject.setText(f"{rec.subject} {rec.subject_version}".strip())
        self.f_kind.setText(kind_label(rec.subject_kind))
        self.f_checklist.setText(f"{rec.checklist_id} @ {rec.checklist_version}")
        self.f_outcome.setText(outcome_label(rec.outcome_label) or self.tr("not yet assessed"))
        self.f_created.setText(rec.created_at.astimezone().strftime("%Y-%m-%d %H:%M"))
        self.f_updated.setText(rec.updated_at.astimezone().strftime("%Y-%m-%d %H:%M"))
        self.f_notes.setText(rec.notes or "—")
        self._show_lifecycle(rec)
        self._show_deadline(rec)
        self.a_current.setText(
            self.tr("Assigned to: %1").replace("%1", rec.assigned_officer or self.tr("nobody"))
        )
        self.assign_button.setText(self.tr("Reassign…") if rec.assigned_officer else self.tr("Assign…"))

    def _show_lifecycle(self, rec: CaseRecord) -> None:
        steps = []
        order = list(lifecycle.Status)
        current = order.index(lifecycle.Status(rec.status))
        for i, st in enumerate(order):
            name = status_label(st.value)
            esc = html_text(name)
            if i == current:
                bg, fg = status_colours(st.value)
                steps.append(_badge(name, bg.name(), fg.name()))
            elif i < current:
                steps.append(f'<span style="color:#059669;">✓ {esc}</span>')
            else:
                steps.append(f'<span style="color:#9ca3af;">{esc}</span>')
        self.stepper.setText(' <span style="color:#9ca3af;">→</span> '.join(steps))
        # Empty the row completely (buttons and the stretch), so the buttons never drift.
        while self.transition_row.count():
            item = self.transition_row.takeAt(0)
            if item is not None and item.widget() is not None:
                item.widget().deleteLater()
        self.transition_buttons = []
        for t in lifecycle.allowed_transitions(rec.status):
            asks = t.needs_reason or decides(t)
            label = transition_label(t.name) + ("…" if asks else "")
            b = QPushButton(label)
            b.setObjectName(f"transition_{t.target.value}")
            b.setAccessibleName(label)
            b.setToolTip(self.tr("Move the case to '%1'").replace("%1", status_label(t.target.value)))
            b.clicked.connect(lambda _c=False, t=t: self.request_transition(t))
            # The primary button moves the case on; a decision is never one press away.
            if not asks and not any(x.property("primary") for x in self.transition_buttons):
                b.setProperty("primary", True)
            self.transition_row.addWidget(b)
            self.transition_buttons.append(b)
        if not self.transition_buttons:
            b = QPushButton(self.tr("No further steps"))
            b.setEnabled(False)
            self.transition_row.addWidget(b)
            self.transition_buttons.append(b)
        self.transition_row.addStretch(1)

    def _show_deadline(self, rec: CaseRecord) -> None:
        days = cases.days_remaining(rec)
        closed = rec.status in cases.CLOSED_STATES
        if rec.due_date is None:
            self.d_remaining.setText(self.tr("No due date"))
            self.d_remaining.setStyleSheet("")
        elif closed:
            self.d_remaining.setText(self.tr("Decided — no deadline running"))
            self.d_remaining.setStyleSheet("color: #065f46;")
        elif days is not None and days < 0 and rec.clock_stopped_at is None:
            self.d_remaining.setText(self.tr("Overdue by %1 days").replace("%1", str(-days)))
            self.d_remaining.setStyleSheet("color: #b42318;")
        else:
            self.d_remaining.setText(self.tr("%1 days left").replace("%1", str(days)))
            self.d_remaining.setStyleSheet("color: #92400e;" if (days or 0) <= 7 else "color: #111827;")
        self.d_due.setText(
            self.tr("Due date: %1").replace("%1", rec.due_date.isoformat() if rec.due_date else "—")
        )
        self.d_clock.setVisible(not closed)  # a decided case has no clock to speak of
        if rec.clock_stopped_at is not None:
            self.d_clock.setText(
                self.tr("Clock stopped since %1; the due date moves when it is resumed.").replace(
                    "%1", rec.clock_stopped_at.astimezone().strftime("%Y-%m-%d")
                )
            )
        else:
            self.d_clock.setText(self.tr("Clock running."))
        self.stop_button.setEnabled(rec.clock_stopped_at is None and not closed)
        self.resume_button.setEnabled(rec.clock_stopped_at is not None)
        self.due_button.setEnabled(not closed)

    def show_links(self, links: list[Any]) -> None:
        """The case's links (``app.services.links.links_of``), or nothing when there are none."""
        out = {
            "fine_tune_of": self.tr("fine-tune of"),
            "quantisation_of": self.tr("quantisation of"),
            "merge_of": self.tr("merge of"),
            "duplicate_of": self.tr("duplicate of"),
            "same_provider": self.tr("same provider as"),
            "related": self.tr("related to"),
        }
        back = {
            "fine_tune_of": self.tr("has a fine-tune:"),
            "quantisation_of": self.tr("has a quantisation:"),
            "merge_of": self.tr("merged into"),
            "duplicate_of": self.tr("has a duplicate:"),
        }
        lines = []
        for lk in links:
            label = (out if lk.outgoing else back).get(lk.link_type) or out.get(lk.link_type, lk.link_type)
            lines.append(f"{label} {lk.other} — {lk.other_title}")
        self.links_label.setText(self.tr("Linked cases:") + "\n" + "\n".join(lines) if lines else "")
        self.links_label.setVisible(bool(lines))

    def show_history(self, rows: list[dict[str, Any]]) -> None:
        self.history_model.set_rows(rows)
        self.history.resizeColumnsToContents()
        self.history.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)

    def show_refusal(self, message: str) -> None:
        from app.ui.plain import for_officer

        self.message.setText(for_officer(message))  # no command-line hints in a window
        self.message.show()

    def clear_refusal(self) -> None:
        self.message.hide()
        self.message.clear()
