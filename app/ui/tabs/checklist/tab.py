"""The Checklist tab: a wizard over the case's exemption checklist (the view).

Driven by the pure :class:`app.domain.checklist.Navigator` (which questions are
asked, in which order) and :func:`app.domain.decision.decide` (the live outcome).
One page per question (``page.py``): the plain question, its help and legal basis, an
answer editor for its kind (``editors.py``), suggestions (licence knowledge base,
licence screening, the case's subject kind: ``app/domain/checklist_suggestions.py``)
to accept one by one, an evidence picker and a note. Answers are saved through the
controller (``controller.py``, operations on the window's TaskRunner) whenever the
officer leaves a page or presses Ctrl+S; the wizard resumes at the first unanswered
question. What is answered, pending and at which version lives in the Qt-free
session (``session.py``).
"""

from __future__ import annotations

import html
import json
from typing import Any

from app.domain import decision
from app.domain.checklist import ChecklistDefinition, Navigator
from app.domain.checklist_suggestions import (
    COMPUTE_FROM_HARDWARE,
    COMPUTE_FROM_PD,
    COMPUTE_HELPER_AT,
    SCREENING_AT,
)
from app.domain.errors import BadInput
from app.services import checklist as svc
from app.services.context import AppContext
from app.ui.messages import failure_text
from app.ui.qt import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QKeySequence,
    QLabel,
    QPushButton,
    QScrollArea,
    QShortcut,
    QSplitter,
    Qt,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
    Signal,
)
from app.ui.tabs import checklist_candidates
from app.ui.tabs.checklist.compute_helper import ComputeHelper
from app.ui.tabs.checklist.controller import ChecklistController
from app.ui.tabs.checklist.format import EditorError
from app.ui.tabs.checklist.outcome import outcome_html
from app.ui.tabs.checklist.page import QuestionPage
from app.ui.tabs.checklist.session import Answer, ChecklistSession
from app.ui.tabs.checklist.tree import QuestionTree
from app.ui.tabs.checklist.words import suggestion_words
from app.ui.tasks import TaskRunner


class ChecklistTab(QWidget):
    """``ChecklistTab(ctx, reference, runner, parent=None)`` (contracts.md)."""

    changed = Signal()
    saved = Signal()

    def __init__(
        self, ctx: AppContext, reference: str, runner: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx, self.reference, self.runner = ctx, reference, runner
        self.setObjectName("checklistTab")
        self.session = ChecklistSession()
        self.controller = ChecklistController(self, ctx, reference, runner, self.session)
        self.page: QuestionPage | None = None
        self.compute_helper: ComputeHelper | None = None
        self.outcome: dict[str, Any] = {}
        self._build()
        self.refresh()

    # -- the session, as the tests and the workspace read it ----------------------------
    @property
    def state(self) -> svc.ChecklistState | None:
        return self.session.state

    @state.setter
    def state(self, st: svc.ChecklistState | None) -> None:
        self.session.state = st

    @property
    def defn(self) -> ChecklistDefinition | None:
        return self.session.defn

    @property
    def nav(self) -> Navigator | None:
        return self.session.nav

    @property
    def pending(self) -> dict[str, Answer]:
        return self.session.pending

    @property
    def saved_answers(self) -> dict[str, Answer]:
        return self.session.saved_answers

    @property
    def base_versions(self) -> dict[str, int]:
        return self.session.base_versions

    @property
    def screen_doc(self) -> dict[str, Any] | None:
        return self.session.screening

    @property
    def conflict_dialog(self) -> Any:
        return self.controller.conflict_dialog

    def answers(self) -> dict[str, Answer]:
        return self.session.answers()  # saved answers with the unsaved ones on top

    # -- layout ---------------------------------------------------------------------
    def _build(self) -> None:
        root = QVBoxLayout(self)
        root.setContentsMargins(6, 6, 6, 6)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.setObjectName("checklistSplitter")
        self.tree = QuestionTree()
        self.tree.itemActivated.connect(self._tree_jump)
        self.tree.itemClicked.connect(self._tree_jump)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.outcome_view = QLabel()
        self.outcome_view.setObjectName("outcomePanel")
        self.outcome_view.setAccessibleName(self.tr("Outcome"))
        self.outcome_view.setWordWrap(True)
        self.outcome_view.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.outcome_view.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.outcome_view.setMargin(10)
        self.outcome_view.setStyleSheet(
            "#outcomePanel { background: #f8fafc; border-left: 1px solid #e5e7eb; }"
        )
        outcome_scroll = QScrollArea()
        outcome_scroll.setWidgetResizable(True)
        outcome_scroll.setWidget(self.outcome_view)
        outcome_scroll.setMinimumWidth(300)
        outcome_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        split.addWidget(self.tree)
        split.addWidget(self.scroll)
        split.addWidget(outcome_scroll)
        split.setStretchFactor(0, 0)
        split.setStretchFactor(1, 1)
        split.setStretchFactor(2, 0)
        split.setSizes([235, 625, 360])
        root.addWidget(split, 1)

        bar = QHBoxLayout()
        self.back_btn = QPushButton(self.tr("◀ Back"))  # no mnemonic: Alt+B/Alt+N must never skip
        self.back_btn.setObjectName("backButton")
        self.back_btn.setToolTip(self.tr("Previous question (Alt+Left, Page Up)"))
        self.next_btn = QPushButton(self.tr("Next ▶"))  # Alt+N is "No" (ChoiceEditor)
        self.next_btn.setObjectName("nextButton")
        self.next_btn.setToolTip(self.tr("Next question (Alt+Right, Page Down, Ctrl+Enter)"))
        self.next_btn.setDefault(True)
        self.save_btn = QPushButton(self.tr("&Save"))
        self.save_btn.setToolTip(self.tr("Save this answer (Ctrl+S)"))
        self.status = QLabel()
        self.status.setObjectName("saveStatus")
        self.version_label = QLabel()
        self.version_label.setStyleSheet("color: #6b7280;")
        self.back_btn.setAccessibleName(self.tr("Back"))
        self.next_btn.setAccessibleName(self.tr("Next"))
        self.save_btn.setAccessibleName(self.tr("Save"))
        bar.addWidget(self.version_label)
        bar.addStretch(1)
        bar.addWidget(self.status)
        bar.addWidget(self.save_btn)
        bar.addWidget(self.back_btn)
        bar.addWidget(self.next_btn)
        root.addLayout(bar)
        self.back_btn.clicked.connect(self.go_back)
        self.next_btn.clicked.connect(self.go_next)
        self.save_btn.clicked.connect(self.save)
        from app.ui import shortcuts  # keys of the "checklist" context, clashes refused there

        for name, fn in (("back", self.go_back), ("next", self.go_next), ("save", self.save)):
            for seq in shortcuts.keys("checklist", name):
                sc = QShortcut(QKeySequence(seq), self)
                sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                sc.activated.connect(fn)
        self.outcome_view.setText(self.tr("Loading the checklist…"))

    # -- loading ----------------------------------------------------------------------
    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        """Coming back to the tab: pick up evidence attached meanwhile (pending answers kept)."""
        super().showEvent(event)
        if self.nav is not None and not self.runner.busy:
            self.refresh()

    def refresh(self) -> None:
        self.controller.load()

    def show_load_failed(self, err: BaseException) -> None:
        """A broken definition (or an unreadable case) stops the wizard with the message:
        it never half-works."""
        message = failure_text(err)
        self.outcome_view.setText(html.escape(message))
        self.status.setText(self.tr("The checklist cannot be used: %1").replace("%1", message))
        for w in (self.back_btn, self.next_btn, self.save_btn, self.tree):
            w.setEnabled(False)
        old = self.scroll.takeWidget()
        if old is not None:
            old.deleteLater()
        msg = QLabel(message)
        msg.setObjectName("checklistError")
        msg.setWordWrap(True)
        msg.setStyleSheet("color: #b91c1c; font-size: 12pt; padding: 20px;")
        self.scroll.setWidget(msg)
        self.page = None

    def show_loaded(self) -> None:
        st, defn = self.session.state, self.session.defn
        assert st is not None and defn is not None
        self.version_label.setText(
            self.tr("Checklist %1 %2 · %3").replace("%1", st.checklist_id).replace("%2", st.version)
            .replace("%3", defn.source.split(";")[-1].strip())
        )  # fmt: skip
        self.setEnabled(True)
        self.save_btn.setEnabled(not self.session.locked)
        if self.session.locked:
            self.status.setText(
                self.tr("Case %1: answers are read-only (reopen to change)").replace("%1", st.status)
            )
        self._show_page()

    # -- pages -------------------------------------------------------------------------
    def _show_page(self) -> None:
        s = self.session
        assert s.nav is not None and s.defn is not None and s.state is not None
        item = s.defn.item(s.nav.current)
        page = QuestionPage(s.defn, item, s.nav.position(), s.state.evidence)
        page.load(s.answers().get(item.id))
        page.edited.connect(self._page_edited)
        if item.id in COMPUTE_HELPER_AT:
            helper = ComputeHelper(s.defn.thresholds)
            helper.show_estimate(s.values(), s.state.subject.get("parameters"))
            helper.use_pd.connect(lambda v: self._apply_elsewhere(COMPUTE_FROM_PD, v))
            helper.use_periods.connect(lambda v: self._apply_elsewhere(COMPUTE_FROM_HARDWARE, v))
            page.extra.addWidget(helper)
            self.compute_helper = helper
        else:
            self.compute_helper = None
        if item.id == SCREENING_AT:
            row = QHBoxLayout()
            case_btn = QPushButton(self.tr("Screen the case's &licence evidence"))
            case_btn.setObjectName("screenEvidenceButton")
            case_btn.setToolTip(
                self.tr("Read the licence and policy files attached as evidence; suggest answers for M1-M7")
            )
            case_btn.clicked.connect(self.screen_case_evidence)
            btn = QPushButton(self.tr("Screen other files…"))
            btn.setObjectName("screenButton")
            btn.setToolTip(self.tr("Read a licence and its policies from disk; suggest answers for M1-M7"))
            btn.clicked.connect(self._choose_screen_files)
            row.addWidget(case_btn)
            row.addWidget(btn)
            row.addStretch(1)
            page.extra.addLayout(row)
        self._offer_suggestion(page)
        checklist_candidates.attach(page, s.screening)
        old = self.scroll.takeWidget()
        if old is not None:
            old.deleteLater()
        self.scroll.setWidget(page)
        self.page = page
        self._sync_nav()
        self._rebuild_tree()
        self._recompute()
        page.editor.setFocus()

    def _offer_suggestion(self, page: QuestionPage) -> None:
        sug = self.session.suggestion(page.item.id)
        if sug is None:
            page.set_suggestion(None, "", "")
            return
        page.set_suggestion(sug.value, *suggestion_words(sug))

    def _apply_elsewhere(self, iid: str, value: Any) -> None:
        """The compute helper fills A2a or A2b (pending, saved with the page)."""
        answer = self.session.put_value(iid, value)
        if self.page is not None and self.page.item.id == iid:
            self.page.load(answer)
        self.controller.save([iid])
        self._recompute()
        self._sync_nav()

    def _page_edited(self) -> None:
        if self.page is None:
            return
        try:
            ans = self.page.answer()
        except (EditorError, BadInput) as err:
            self.page.show_error(_problem(err))
            return
        self.page.show_error("")
        self.session.edited(self.page.item.id, ans)
        self.status.setText(self.tr("Unsaved changes") if self.pending else "")
        self._recompute()
        self._sync_nav()

    def _recompute(self) -> None:
        if self.defn is None:
            return
        self.outcome = decision.decide(self.defn, self.answers())
        self.outcome_view.setText(outcome_html(self.outcome, self.tr, self.defn))
        self.session.sync_nav()

    def _sync_nav(self) -> None:
        if self.nav is None:
            return
        self.session.sync_nav()
        self.back_btn.setEnabled(self.nav.can_back)
        self.next_btn.setEnabled(self.nav.can_next)
        self._mark_tree()

    def _rebuild_tree(self) -> None:
        assert self.nav is not None and self.defn is not None
        self.tree.rebuild(self.nav, self.defn, self.answers())

    def _mark_tree(self) -> None:
        if self.nav is not None and self.tree.mark(self.nav, self.answers()):
            from app.ui.qt import QTimer  # the path changed: rebuild once this edit is done

            QTimer.singleShot(0, self, lambda: None if self.nav is None else self._rebuild_tree())

    # -- navigation -------------------------------------------------------------------
    def _leave_page(self) -> bool:
        """Validate the page; save its answer in the background. False when invalid."""
        if self.page is None:
            return False
        try:
            self.page.answer()
        except (EditorError, BadInput) as err:
            self.page.show_error(_problem(err))
            return False
        if self.pending:
            self.save()
        return True

    def go_next(self) -> None:
        self._step(forward=True)

    def go_back(self) -> None:
        self._step(forward=False)

    def _step(self, *, forward: bool) -> None:
        nav = self.nav
        if nav is None or not self._leave_page():
            return
        if nav.can_next if forward else nav.can_back:
            nav.go_next() if forward else nav.go_back()
            self._show_page()

    def go_to(self, iid: str) -> None:
        if self.nav is None or not self._leave_page():
            return
        self.nav.go_to(iid)
        self._show_page()

    def _tree_jump(self, item: QTreeWidgetItem, _col: int = 0) -> None:
        iid = item.data(0, Qt.ItemDataRole.UserRole)
        if iid and self.nav is not None and iid in self.nav.path() and iid != self.nav.current:
            self.go_to(str(iid))

    # -- saving ------------------------------------------------------------------------
    def save(self) -> None:
        self.controller.save(list(self.pending))

    def has_unsaved(self) -> bool:
        """Answers typed but not saved yet (nothing is lost silently: the workspace asks)."""
        return bool(self.pending)

    def flush(self) -> str | None:
        """Save what is on screen now (the case tab or the window is closing). The save is
        queued on the runner's write thread; returns a one-line problem, or None."""
        if self.page is not None:
            try:
                self.page.answer()
            except (EditorError, BadInput) as err:
                self.page.show_error(_problem(err))
                return f"{self.page.item.id}: {_problem(err)}"
        if self.pending:
            if self.state is not None and self.session.locked:
                return self.tr("Read-only: the case is %1").replace("%1", self.state.status)
            self.save()
        return None

    def show_saved(self, *, changed: bool) -> None:
        """A save landed (the session took it): the outcome, the tree, the signals."""
        self._recompute()
        self._sync_nav()
        self.saved.emit()
        if changed:
            self.changed.emit()

    def unsaved_text(self, ids: list[str]) -> str:
        """The officer's unsaved answers of ``ids``, for the conflict dialog to keep."""
        lines = []
        for iid in ids:
            ans = self.pending.get(iid)
            if ans is None:
                continue
            line = f"{iid}: {json.dumps(ans.get('value'), ensure_ascii=False)}"
            if ans.get("evidence"):
                line += " · " + self.tr("%1 evidence item(s)").replace("%1", str(len(ans["evidence"])))
            if ans.get("note"):
                line += " · " + self.tr("note: %1").replace("%1", str(ans["note"]))
            lines.append(line)
        return "\n".join(lines)

    def reload_after_conflict(self, ids: list[str]) -> None:
        """Drop the officer's stale edits of ``ids`` and re-read the answers."""
        self.session.drop(ids)
        self.status.setText(self.tr("Unsaved changes") if self.pending else "")
        if self.page is not None:
            self.page.show_error("")
        self.refresh()

    # -- licence screening ----------------------------------------------------------------
    def _choose_screen_files(self) -> None:
        title, kinds = (
            self.tr("Licence and policy files"),
            self.tr("Text files (*.txt *.md LICENSE*);;All files (*)"),
        )
        files, _ = QFileDialog.getOpenFileNames(self, title, "", kinds)
        if files:
            self.screen_files(files)

    def screen_case_evidence(self) -> None:
        """Screen the licence/policy evidence of the case (custody is recorded)."""
        self.controller.screen_case_evidence()

    def screen_files(self, files: list[str]) -> None:
        """Screen licence texts off the GUI thread; results become suggestions."""
        self.controller.screen_files(files)

    def apply_screening(self, doc: dict[str, Any]) -> None:
        """A screening's results become this tab's suggestions and candidate clauses."""
        self.session.screening = doc
        if self.page is not None:
            self._offer_suggestion(self.page)
            checklist_candidates.attach(self.page, doc)


def _problem(err: BaseException) -> str:
    """What is wrong with the page's answer, in words (an editor's own text, or the service's)."""
    return str(err) if isinstance(err, EditorError) else failure_text(err)
