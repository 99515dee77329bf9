"""The Letters tab of a case, its view: the toolbar, the status line, the letter
register and the PDF preview of the selected letter.

What the tab shows and allows is :mod:`app.ui.tabs.letters_state` (Qt-free: the
selected letter, the actions enabled for the latest letter's status, the status
line, the approval's version bookkeeping); what the officer does (drafting,
four-eyes approval, signing, saving, verifying) runs in the controller
:mod:`app.ui.tabs.letters_actions` through operations (app/ui/op.py). The
passphrase is typed in a password field, handed to the signing task once and
cleared; it is never stored.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app.services.context import AppContext
from app.services.letters import service as letters
from app.ui.dialogs.letters import (  # noqa: F401 - kept importable from the tab
    ApproveDialog,
    DraftDialog,
    IssueDialog,
    VerifyDialog,
    nature_labels,
)
from app.ui.preview_io import pdf_page_count
from app.ui.qt import (
    QAbstractItemView,
    QAction,
    QDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QSplitter,
    Qt,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
    Signal,
)
from app.ui.tabs.letters_actions import LettersActions
from app.ui.tabs.letters_model import RECORD_ROLE, LetterTableModel, _local  # noqa: F401
from app.ui.tabs.letters_state import LettersSession, StatusLine
from app.ui.tasks import TaskRunner
from app.ui.widgets.pdf_preview import PdfPreview


class LettersTab(QWidget):
    changed = Signal()

    def __init__(
        self, ctx: AppContext, reference: str, runner: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx, self.reference, self.runner = ctx, reference, runner
        self.session = LettersSession(reference)
        self.actions_ = LettersActions(self)
        self.model = LetterTableModel(self)
        self.last_issue: Any = None
        self.warning_box: QMessageBox | None = None
        self.dialog: QDialog | None = None
        self.approve_dialog: ApproveDialog | None = None

        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        self.toolbar = QToolBar(self)
        lay.addWidget(self.toolbar)
        self.tips = {  # what each action does: its status tip and accessible name
            "draft": self.tr("Draft the determination letter"),
            "approve": self.tr("Approve the draft by signing it with your own key"),
            "issue": self.tr("Sign and issue the approved letter"),
            "save_pdf": self.tr("Save the selected letter as a PDF file"),
            "verify": self.tr("Verify the signature of a letter file"),
        }
        a = self.actions_
        self.draft_action = self._action(self.tr("&Draft…"), "draft", a.open_draft_dialog)
        self.approve_action = self._action(self.tr("&Approve"), "approve", a.approve)
        self.issue_action = self._action(self.tr("&Issue…"), "issue", a.open_issue_dialog)
        self.save_action = self._action(self.tr("&Save PDF…"), "save_pdf", a.save_pdf)
        self.verify_action = self._action(self.tr("&Verify a letter…"), "verify", a.open_verify_dialog)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Letter status"))
        lay.addWidget(self.status)

        split = QSplitter(Qt.Orientation.Horizontal, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().hide()
        self.table.setAccessibleName(self.tr("Letter register"))
        self.table.selectionModel().currentRowChanged.connect(lambda cur, _prev: self._show_selected())
        split.addWidget(self.table)
        self.pdf_host = QWidget()
        self.pdf_lay = QVBoxLayout(self.pdf_host)
        self.pdf_lay.setContentsMargins(0, 0, 0, 0)
        self.preview_note = QLabel(self.tr("Draft a letter to see it here."))
        self.preview_note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pdf_lay.addWidget(self.preview_note)
        self.preview = PdfPreview(self.pdf_host, accessible_name=self.tr("Letter preview"))
        self.preview.hide()
        self.pdf_lay.addWidget(self.preview)
        split.addWidget(self.pdf_host)
        split.setSizes([420, 620])
        lay.addWidget(split, 1)
        self.refresh()

    def _action(self, text: str, key: str, slot: Any) -> QAction:
        """``key``: the action's name in app/ui/shortcuts.py (context "letters") and in ``tips``."""
        from app.ui import shortcuts

        name = self.tips[key]
        a = QAction(text, self)
        a.setStatusTip(name)
        shortcuts.bind(a, "letters", key, name)
        a.triggered.connect(slot)
        self.toolbar.addAction(a)
        shortcuts.focusable_toolbar(self.toolbar, [a])
        w = self.toolbar.widgetForAction(a)
        if w is not None:
            w.setAccessibleName(name)
        self.addAction(a)
        return a

    # -- what the tab shows (app/ui/tabs/letters_state.py) ------------------------------
    @property
    def shown_letter(self) -> int | None:
        return self.session.shown_letter

    @property
    def pdf_doc(self) -> Any:
        """The QPdfDocument of the preview (None before the first PDF is shown)."""
        return self.preview.document

    @property
    def pdf_view(self) -> Any:
        return self.preview.view

    def status_text(self, line: StatusLine) -> str:
        """The status line in the interface language."""
        if line.kind == "draft":
            text = self.tr("Draft by %1, waiting for approval by another officer.")
        elif line.kind == "approved":
            text = self.tr("Approved by %1: ready to be signed and issued.")
        elif line.kind == "issued":
            text = self.tr("Issued %1, signed by %2 (%3).")
        else:
            text = self.tr("No letter yet: draft one from the checklist outcome.")
        for i, value in enumerate(line.values, 1):
            text = text.replace(f"%{i}", value)
        return text

    def refresh(self) -> None:
        self.actions_.refresh()

    def loaded(self, rows: list[letters.LetterRecord]) -> None:
        """The register was read (in the background): show it, keeping the letter shown."""
        row = self.session.loaded(rows)
        self.model.set_records(rows)
        enabled = self.session.actions()
        self.approve_action.setEnabled(enabled.approve)
        self.issue_action.setEnabled(enabled.issue)
        self.save_action.setEnabled(enabled.save)
        self.status.setText(self.status_text(self.session.status()))
        if row is not None:
            self.table.selectRow(row)
            self._show_selected()

    def selected(self) -> letters.LetterRecord | None:
        idx = self.table.currentIndex()
        return self.model.record(idx.row()) if idx.isValid() else None

    def _show_selected(self) -> None:
        rec = self.selected()
        if rec is not None:
            self.actions_.load_preview(rec, pdf_page_count)  # looked up here: tests replace it

    def show_loading(self) -> None:
        self.preview_note.setText(self.tr("Loading preview…"))
        self.preview_note.show()
        self.preview.hide()

    def show_pdf(self, letter_id: int, data: bytes, pages: int | None = None) -> None:
        """``pages``: counted in the worker (:func:`pdf_page_count`); 0 = cannot be shown."""
        if pages == 0:
            self.preview_note.setText(self.tr("This PDF cannot be shown (it may be damaged or encrypted)."))
            self.preview_note.show()
            self.preview.hide()
            return
        self.preview_note.hide()
        self.preview.show()
        self.preview.show_bytes(data)
        self.session.shown(letter_id)

    # -- what the officer does (app/ui/tabs/letters_actions.py) -------------------------
    def open_draft_dialog(self) -> DraftDialog:
        return self.actions_.open_draft_dialog()

    def start_draft(self, language: str, nature: str, registry: str = "") -> None:
        self.actions_.start_draft(language, nature, registry)

    def approve(self) -> ApproveDialog | None:
        return self.actions_.approve()

    def confirm_approve(self, sha: str, *, dialog: ApproveDialog) -> None:
        self.actions_.confirm_approve(sha, dialog=dialog)

    def open_issue_dialog(self) -> IssueDialog:
        return self.actions_.open_issue_dialog()

    def start_issue(self, key: str, secret: bytes, function: str, out: Path | None = None, **kw: Any) -> None:
        """See :meth:`LettersActions.start_issue` (``dlg=``: the Issue dialog)."""
        self.actions_.start_issue(key, secret, function, out, **kw)

    def save_pdf(self) -> None:
        self.actions_.save_pdf()

    def open_verify_dialog(self) -> VerifyDialog:
        return self.actions_.open_verify_dialog()
