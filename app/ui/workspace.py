"""A case workspace: Overview · Evidence · Checklist · Letters · Timeline.

Several workspaces can be open at once (the main window keeps them as tabs).
Every read and write runs through the TaskRunner; writes are serialised.
The Evidence, Checklist and Letters tabs come from their areas
(``app/ui/tabs/<area>.py``); while a module is missing, a placeholder says so.
"""

from __future__ import annotations

import datetime as dt
import importlib
import logging
from collections.abc import Callable
from typing import Any

from app.domain import lifecycle
from app.services import audit as audit_service
from app.services import cases
from app.services.context import AppContext
from app.services.records import CaseRecord
from app.ui.dialogs.case_dialogs import (
    AssignDialog,
    DecisionDialog,
    DueDateDialog,
    EditCaseDialog,
    ReasonDialog,
)
from app.ui.dialogs.form import FormDialog
from app.ui.labels import kind_label, outcome_label, status_colours, status_label, transition_label
from app.ui.models.timeline import AssignmentModel, TimelineFilter, TimelineModel
from app.ui.plain import DataLabel, html_text
from app.ui.qt import (
    QAbstractItemView,
    QComboBox,
    QFont,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    Qt,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
    Signal,
)
from app.ui.tasks import Progress, TaskRunner

log = logging.getLogger("exemptio.ui.workspace")

# (key, module, class) of the tabs other areas provide.
AREA_TABS = (
    ("evidence", "app.ui.tabs.evidence", "EvidenceTab"),
    ("checklist", "app.ui.tabs.checklist", "ChecklistTab"),
    ("letters", "app.ui.tabs.letters", "LettersTab"),
)
TAB_KEYS = ("overview", "evidence", "checklist", "letters", "timeline")


def _badge(text: str, bg: str, fg: str) -> str:
    return f'<span style="background:{bg}; color:{fg}; font-weight:600;">&nbsp;{html_text(text)}&nbsp;</span>'


class LazyTab(QWidget):
    """Builds an area's tab the first time it is shown (opening a case stays fast)."""

    def __init__(
        self,
        key: str,
        module: str,
        cls: str,
        factory: Callable[[type], QWidget],
        missing_text: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.key, self.module, self.cls = key, module, cls
        self._factory = factory
        self._missing_text = missing_text
        self.inner: QWidget | None = None
        self._lay = QVBoxLayout(self)
        self._lay.setContentsMargins(0, 0, 0, 0)

    def ensure(self) -> QWidget:
        if self.inner is not None:
            return self.inner
        try:
            mod = importlib.import_module(self.module)
            klass = getattr(mod, self.cls)
        except (ImportError, AttributeError) as err:
            if isinstance(err, ModuleNotFoundError) and err.name == self.module:
                log.warning("tab module %s is not installed", self.module)
                widget: QWidget = self._placeholder(self._missing_text)
            else:  # the module exists but is broken: say why, and keep the traceback in the log
                log.exception("could not import %s.%s", self.module, self.cls)
                widget = self._placeholder(
                    self.tr("This tab could not be opened: %1").replace("%1", f"{type(err).__name__}: {err}")
                )
        else:
            try:
                widget = self._factory(klass)
            except Exception as err:  # a broken tab must not take the workspace down
                log.exception("could not build %s", self.cls)
                widget = self._placeholder(
                    self.tr("This tab could not be opened: %1").replace("%1", str(err))
                )
        self.inner = widget
        self._lay.addWidget(widget)
        return widget

    def _placeholder(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setObjectName("tabPlaceholder")
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(True)
        label.setStyleSheet("color: #6b7280; font-size: 11pt;")
        return label

    def refresh(self) -> None:
        if self.inner is not None and hasattr(self.inner, "refresh"):
            self.inner.refresh()


class OverviewPage(QWidget):
    """Case facts, lifecycle, deadline and assignment."""

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
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
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
            asks = t.needs_reason or _decides(t)
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

    # -- actions ----------------------------------------------------------------------------
    def request_transition(self, t: lifecycle.Transition) -> None:
        if _decides(t):
            self.request_decision()
            return
        if not t.needs_reason:
            self.do_transition(t.target.value)
            return
        dlg = ReasonDialog(
            self,
            transition_label(t.name),
            self.tr("Say why the case moves back; the reason is kept in the audit trail."),
            transition_label(t.name),
        )
        dlg.submitted.connect(lambda: self.do_transition(t.target.value, dlg.text(), dialog=dlg))
        dlg.finished.connect(lambda _r: dlg.deleteLater())
        self.reason_dialog = dlg
        dlg.open()

    def request_decision(self) -> None:
        """Record decision: asks for confirmation with the outcome in view and a reason;
        the service refuses a case without an assessed outcome (shown in the dialog)."""
        rec = self.record
        outcome = outcome_label(rec.outcome_label) if rec is not None else ""
        dlg = DecisionDialog(self, self.ws.reference, outcome or self.tr("not yet assessed"))
        dlg.submitted.connect(lambda: self.do_transition("decided", dlg.text(), dialog=dlg))
        dlg.finished.connect(lambda _r: dlg.deleteLater())
        self.decision_dialog = dlg
        dlg.open()

    def do_transition(self, target: str, reason: str = "", *, dialog: FormDialog | None = None) -> None:
        rec = self.record
        version = rec.version if rec else None
        self.ws.write(
            lambda: cases.transition(
                self.ws.ctx, self.ws.reference, target, reason=reason, expected_version=version
            ),
            self.tr("Changing the status…"),
            unsaved=self._unsaved_text(
                (self.tr("New status"), status_label(target)), (self.tr("Reason"), reason)
            ),
            dialog=dialog,
        )

    def request_stop_clock(self) -> None:
        dlg = ReasonDialog(
            self,
            self.tr("Stop the clock"),
            self.tr(
                "Why is the clock stopped (for example: waiting for the provider's "
                "reply)? The due date moves by the days it stays stopped."
            ),
            self.tr("Stop clock"),
        )
        dlg.submitted.connect(lambda: self.stop_clock(dlg.text(), dialog=dlg))
        dlg.finished.connect(lambda _r: dlg.deleteLater())
        self.reason_dialog = dlg
        dlg.open()

    def stop_clock(self, reason: str = "", *, dialog: FormDialog | None = None) -> None:
        self.ws.write(
            lambda: cases.stop_clock(self.ws.ctx, self.ws.reference, reason=reason),
            self.tr("Stopping the clock…"),
            dialog=dialog,
        )

    def resume_clock(self) -> None:
        self.ws.write(
            lambda: cases.resume_clock(self.ws.ctx, self.ws.reference), self.tr("Resuming the clock…")
        )

    def request_assign(self) -> None:
        def with_officers(names: list[str]) -> None:
            dlg = AssignDialog(self, self.record.assigned_officer if self.record else None, names)
            dlg.submitted.connect(lambda: self.assign(dlg.officer_name(), dlg.reason_text(), dialog=dlg))
            dlg.finished.connect(lambda _r: dlg.deleteLater())
            self.assign_dialog = dlg
            dlg.open()

        self.ws.runner.query(lambda p: cases.officers(self.ws.ctx), with_officers)

    def assign(self, officer: str, reason: str = "", *, dialog: FormDialog | None = None) -> None:
        rec = self.record
        version = rec.version if rec else None
        self.ws.write(
            lambda: cases.assign(
                self.ws.ctx, self.ws.reference, officer or None, reason=reason, expected_version=version
            ),
            self.tr("Assigning…"),
            unsaved=self._unsaved_text(
                (self.tr("Assign to"), officer or self.tr("nobody")), (self.tr("Reason"), reason)
            ),
            dialog=dialog,
        )

    def request_due_date(self) -> None:
        dlg = DueDateDialog(self, self.record.due_date if self.record else None)
        dlg.submitted.connect(lambda: self.set_due_date(dlg.value(), dlg.reason_text(), dialog=dlg))
        dlg.finished.connect(lambda _r: dlg.deleteLater())
        self.due_dialog = dlg
        dlg.open()

    def request_edit(self) -> None:
        rec = self.record
        dlg = EditCaseDialog(self, rec.title if rec else "", rec.notes if rec else "")
        dlg.submitted.connect(lambda: self.edit_details(*dlg.values(), dialog=dlg))
        dlg.finished.connect(lambda _r: dlg.deleteLater())
        self.edit_dialog = dlg
        dlg.open()

    def edit_details(self, title: str, notes: str, *, dialog: FormDialog | None = None) -> None:
        rec = self.record
        version = rec.version if rec else None
        changes = {}
        if rec is None or title != rec.title:
            changes["title"] = title
        if rec is None or notes != rec.notes:
            changes["notes"] = notes
        if not changes:
            if dialog is not None:
                dialog.succeeded()
            return
        self.ws.write(
            lambda: cases.update_case(self.ws.ctx, self.ws.reference, expected_version=version, **changes),
            self.tr("Saving the case details…"),
            unsaved=self._unsaved_text(
                (self.tr("Title"), changes.get("title", "")), (self.tr("Notes"), changes.get("notes", ""))
            ),
            dialog=dialog,
        )

    def set_due_date(self, due: dt.date, reason: str, *, dialog: FormDialog | None = None) -> None:
        rec = self.record
        version = rec.version if rec else None
        self.ws.write(
            lambda: cases.update_case(
                self.ws.ctx, self.ws.reference, due_date=due, reason=reason, expected_version=version
            ),
            self.tr("Changing the due date…"),
            unsaved=self._unsaved_text((self.tr("Due date"), due.isoformat()), (self.tr("Reason"), reason)),
            dialog=dialog,
        )

    @staticmethod
    def _unsaved_text(*fields: tuple[str, str]) -> str:
        """What the officer asked to save, for the conflict dialog ("Notes: …")."""
        return "\n".join(f"{name}: {value}" for name, value in fields if value)


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


class CaseWorkspace(QWidget):
    """One open case. ``case_changed`` carries the fresh ``CaseRecord``."""

    case_changed = Signal(object)
    refreshed = Signal()

    def __init__(
        self,
        ctx: AppContext,
        reference: str,
        runner: TaskRunner,
        parent: QWidget | None = None,
        *,
        record: CaseRecord | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.reference = reference
        self.runner = runner
        self.record = record
        self.conflict_dialog: Any = None  # the last conflict dialog shown (app/ui/conflicts.py)
        self.setObjectName(f"workspace_{reference}")
        self.setAccessibleName(self.tr("Case %1").replace("%1", reference))
        self.tabs = QTabWidget()
        self.tabs.setObjectName("workspaceTabs")
        self.tabs.setDocumentMode(True)
        self.overview = OverviewPage(self)
        self.timeline = TimelinePage(self)
        self.area_tabs: dict[str, LazyTab] = {}
        missing = {
            "evidence": self.tr("The Evidence tab is not available yet."),
            "checklist": self.tr("The Checklist tab is not available yet."),
            "letters": self.tr("The Letters tab is not available yet."),
        }
        # No mnemonics on the tab titles: Alt+letter belongs to the fields inside the tabs
        # (Alt+O is the checklist's Note); Ctrl+1…Ctrl+5 switch tabs.
        titles = {
            "overview": self.tr("Overview"),
            "evidence": self.tr("Evidence"),
            "checklist": self.tr("Checklist"),
            "letters": self.tr("Letters"),
            "timeline": self.tr("Timeline"),
        }
        self.tabs.addTab(self.overview, titles["overview"])
        for key, module, cls in AREA_TABS:
            lazy = LazyTab(key, module, cls, self._make_area_tab, missing[key], self)
            self.area_tabs[key] = lazy
            self.tabs.addTab(lazy, titles[key])
        self.tabs.addTab(self.timeline, titles["timeline"])
        for i in range(len(TAB_KEYS)):
            self.tabs.setTabToolTip(i, f"Ctrl+{i + 1}")
        self.tabs.currentChanged.connect(self._tab_shown)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.tabs)
        if record is not None:
            self.overview.show_record(record)
        self.refresh()

    def _make_area_tab(self, klass: type) -> QWidget:
        widget: QWidget = klass(self.ctx, self.reference, self.runner, self)
        changed = getattr(widget, "changed", None)
        if changed is not None:
            changed.connect(self.refresh)
        return widget

    def _built_tabs(self) -> list[QWidget]:
        return [t.inner for t in self.area_tabs.values() if t.inner is not None]

    def flush(self) -> list[str]:
        """Ask the tabs to save what the officer typed (closing); the one-line problems."""
        problems = []
        for w in self._built_tabs():
            fn = getattr(w, "flush", None)
            problem = fn() if fn is not None else None
            if problem:
                problems.append(str(problem))
        return problems

    def has_unsaved(self) -> bool:
        return any(getattr(w, "has_unsaved", lambda: False)() for w in self._built_tabs())

    def _tab_shown(self, index: int) -> None:
        w = self.tabs.widget(index)
        if isinstance(w, LazyTab):
            w.ensure()

    def show_tab(self, key: str) -> None:
        self.tabs.setCurrentIndex(TAB_KEYS.index(key))

    def current_tab_key(self) -> str:
        return TAB_KEYS[self.tabs.currentIndex()]

    # -- data ------------------------------------------------------------------------------
    def refresh(self) -> None:
        ref = self.reference
        ctx = self.ctx

        page = self.timeline.model.PAGE

        def fetch(offset: int, limit: int) -> list[Any]:  # worker thread: a page, newest first
            return audit_service.case_events(ctx, ref, newest_first=True, offset=offset, limit=limit)

        def load(p: Progress) -> tuple[CaseRecord, list[dict[str, Any]], list[Any], int]:
            return (
                cases.get_case(ctx, ref),
                cases.assignment_history(ctx, ref),
                fetch(0, page + 1),
                audit_service.case_event_count(ctx, ref),
            )

        def done(result: tuple[CaseRecord, list[dict[str, Any]], list[Any], int]) -> None:
            rec, history, events, total = result
            self.record = rec
            self.overview.show_record(rec)
            self.overview.show_history(history)
            self.timeline.set_page(events, total, fetch, self.runner)
            self.overview.activity_model.set_events(events[:6])
            self.case_changed.emit(rec)
            self.refreshed.emit()

        self.runner.query(
            load, done, lambda e: self.overview.show_refusal(str(e)), key=f"workspace-{id(self)}"
        )
        from app.services import links

        self.runner.query(
            lambda p: links.links_of(ctx, ref),
            self.overview.show_links,
            lambda e: None,
            key=f"links-{id(self)}",
        )

    def refresh_all(self) -> None:
        self.refresh()
        for lazy in self.area_tabs.values():
            lazy.refresh()

    def reload(self) -> None:
        """After a conflict: re-read the case and every open tab; nothing stale stays."""
        self.overview.clear_refusal()
        self.refresh_all()

    def write(
        self,
        fn: Callable[[], CaseRecord],
        label: str,
        *,
        unsaved: str = "",
        dialog: FormDialog | None = None,
    ) -> None:
        """Run a case service that changes the case; then show the fresh state.
        A refusal (NotAllowed…) is shown in the Overview, in its own words, and the
        Overview re-reads the case (it holds no typing of the officer; a stale one would
        only invite another refused save). A Conflict (someone else saved first) also
        opens the conflict dialog: who changed what and when, what the officer entered
        (``unsaved``, still copyable), Reload (re-read the case and every open tab) or
        Cancel (leave the other tabs as they are).
        ``dialog``: the form the officer filled in; it stays open until the service
        accepts, and a refusal is shown in it with everything typed kept."""
        self.overview.clear_refusal()

        def failed(exc: BaseException) -> None:
            from app.domain.errors import Conflict, ExemptioError

            if isinstance(exc, Conflict):
                from app.ui.conflicts import show_conflict

                if dialog is not None:
                    dialog.failed(str(exc))
                self.overview.show_refusal(str(exc))
                self.conflict_dialog = show_conflict(self, exc, on_reload=self.reload, unsaved=unsaved)
                self.refresh()
                return
            if isinstance(exc, ExemptioError):
                if dialog is not None and not _deleted(dialog):
                    dialog.failed(str(exc))
                self.overview.show_refusal(str(exc))
            else:
                log.error("case action failed", exc_info=(type(exc), exc, exc.__traceback__))
                self.overview.show_refusal(
                    self.tr("Unexpected error (%1). Details are in the log.").replace("%1", str(exc))
                )
            self.refresh()

        def done(rec: CaseRecord) -> None:
            if dialog is not None and not _deleted(dialog):
                dialog.succeeded()
            self.record = rec
            self.overview.show_record(rec)
            self.case_changed.emit(rec)
            self.refresh()

        self.runner.run(lambda p: fn(), done, failed, label=label)


def _decides(t: lifecycle.Transition) -> bool:
    """A determination (review → decided): never one keystroke, always confirmed."""
    return bool(getattr(t, "decides", False)) or t.target is lifecycle.Status.DECIDED


def _deleted(obj: Any) -> bool:
    try:
        obj.objectName()
    except RuntimeError:
        return True
    return False
