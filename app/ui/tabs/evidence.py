"""The Evidence tab of a case: list, intake (drop, files, folders, model folders),
verification and a preview pane. Nothing is ever executed or opened externally.

The tab is split by responsibility: this module is the view (the list, its
filter and toolbar, loading pages and previews); ``evidence_state`` holds what it
remembers, without Qt; ``evidence_actions`` is the controller for intake, export
and verification; ``evidence_model``, ``evidence_preview`` and ``evidence_dialogs``
are its parts. Everything slow (hashing, copying, inspecting, reading for
preview) runs through the window's :class:`~app.ui.tasks.TaskRunner`.
"""

from __future__ import annotations

from typing import Any

from app.domain.errors import BadInput
from app.services import evidence as ev
from app.services.context import AppContext
from app.ui import shortcuts
from app.ui.messages import failure_text
from app.ui.op import Op, Progress, QueryOp
from app.ui.preview_io import decode_image, read_pdf
from app.ui.qt import (
    QAbstractItemView,
    QAction,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QModelIndex,
    QSortFilterProxyModel,
    QSplitter,
    Qt,
    QTableView,
    QTimer,
    QToolBar,
    QVBoxLayout,
    QWidget,
    Signal,
)
from app.ui.tabs.evidence_actions import EvidenceActions
from app.ui.tabs.evidence_dialogs import IntakeDialog, ModelImportDialog
from app.ui.tabs.evidence_model import RECORD_ROLE, SORT_ROLE, EvidenceTableModel
from app.ui.tabs.evidence_preview import PreviewPane, pretty_json
from app.ui.tabs.evidence_state import (
    IMAGE_PREVIEW_LIMIT,
    TEXT_PREVIEW_LIMIT,
    EvidenceSession,
    preview_kind,
)
from app.ui.tasks import TaskRunner
from app.ui.units import format_bytes
from app.ui.widgets.line_text import LineNumberedText


class EvidenceTab(QWidget):
    """Evidence of one case. ``changed`` is emitted after the case changed."""

    changed = Signal()
    VIEW_DELAY_MS = 250
    FILTER_DELAY_MS = 200

    def __init__(
        self, ctx: AppContext, reference: str, runner: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("evidenceTab")
        self.ctx = ctx
        self.reference = reference
        self.runner = runner
        self.session = EvidenceSession(reference)
        self.actions_ = EvidenceActions(self)
        self.intake_dialog: IntakeDialog | None = None
        self.model_dialog: ModelImportDialog | None = None
        self.setAcceptDrops(True)

        self.model = EvidenceTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterKeyColumn(0)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

        self.table = QTableView()
        self.table.setObjectName("evidenceTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        self.table.setAccessibleName(self.tr("Evidence of the case"))
        hh = self.table.horizontalHeader()
        hh.setMinimumSectionSize(48)
        hh.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        hh.setStretchLastSection(True)
        widths = {
            "name": 260,
            "size": 64,
            "type": 120,
            "sha256": 124,
            "added_by": 130,
            "added_at": 112,
            "kept": 96,
            "check": 90,
        }
        for name, width in widths.items():
            hh.resizeSection(EvidenceTableModel.COLUMNS.index(name), width)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)

        self.preview = PreviewPane()
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter by name…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setAccessibleName(self.tr("Filter evidence by name"))
        # Filtered in SQL (the list is paged): a short pause after typing, then reload.
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(self.FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(self.refresh)
        self.filter.textChanged.connect(lambda _t: self._filter_timer.start())
        self.status = QLabel()
        self.status.setObjectName("evidenceStatus")

        self.toolbar = QToolBar(self.tr("Evidence"))
        self.act_add_files = self._action(self.tr("Add files…"), "add_files", self.actions_.add_files_dialog)
        self.act_add_folder = self._action(
            self.tr("Add folder…"), "add_folder", self.actions_.add_folder_dialog
        )
        self.act_import_model = self._action(
            self.tr("Import model folder…"), "import_model", self.actions_.import_model_dialog
        )
        self.act_verify = self._action(self.tr("Verify"), "verify", self.actions_.verify)
        self.act_export = self._action(self.tr("Export a copy…"), "export_copy", self.actions_.export_dialog)
        self.toolbar.addWidget(self.filter)

        split = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.table, 1)
        ll.addWidget(self.status)
        split.addWidget(left)
        split.addWidget(self.preview)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([720, 480])
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        top = QHBoxLayout()
        top.addWidget(self.toolbar)
        lay.addLayout(top)
        lay.addWidget(split, 1)

        self._view_timer = QTimer(self)
        self._view_timer.setSingleShot(True)
        self._view_timer.timeout.connect(self._load_preview)
        self.refresh()

    def _action(self, text: str, name: str, slot: Any) -> QAction:
        """A toolbar action with its key from app/ui/shortcuts.py (context "evidence"),
        its button reachable with Tab."""
        act = QAction(text, self)
        shortcuts.bind(act, "evidence", name)
        act.triggered.connect(slot)
        self.addAction(act)
        self.toolbar.addAction(act)
        shortcuts.focusable_toolbar(self.toolbar, [act])
        btn = self.toolbar.widgetForAction(act)
        if btn is not None:
            btn.setAccessibleName(text.rstrip("…"))
        return act

    # -- loading ---------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload the first page (and the counts) for the filter typed."""
        self._filter_timer.stop()
        ctx, ref, name, page = self.ctx, self.reference, self.filter.text().strip(), self.model.PAGE

        def fetch(offset: int, limit: int) -> list[ev.EvidenceRecord]:  # worker thread
            return ev.list_evidence(ctx, ref, offset=offset, limit=limit, name_contains=name)

        QueryOp(
            self, lambda p: (fetch(0, page + 1), ev.evidence_summary(ctx, ref, name_contains=name), fetch)
        ).success(self._loaded).latest(f"evidence-list-{ref}").label(self.tr("Loading evidence…")).run()

    def _loaded(self, result: tuple[list[ev.EvidenceRecord], ev.EvidenceSummary, Any]) -> None:
        rows, summary, fetch = result
        page = self.model.PAGE
        current = self.current_record()
        self.session.restoring = True
        try:
            self.model.set_records(rows[:page], more=len(rows) > page, fetch=fetch, runner=self.runner)
            if current is not None:
                self.select_id(current.id)
        finally:
            self.session.restoring = False
        total, by_ref = summary.total_bytes, summary.by_reference
        text = self.tr("%1 item(s), %2").replace("%1", str(summary.count)).replace("%2", format_bytes(total))
        if by_ref:
            text += self.tr(" · %1 by reference only").replace("%1", str(by_ref))
        self.status.setText(text)

    def current_record(self) -> ev.EvidenceRecord | None:
        idx = self.table.currentIndex()
        if not idx.isValid():
            return None
        return self.model.record(self.proxy.mapToSource(idx).row())

    def select_id(self, evidence_id: int) -> bool:
        for row in range(self.proxy.rowCount()):
            idx = self.proxy.index(row, 0)
            if self.proxy.data(idx, RECORD_ROLE) == evidence_id:
                self.table.setCurrentIndex(idx)
                return True
        return False

    # -- preview ---------------------------------------------------------------------
    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        rec = self.model.record(self.proxy.mapToSource(current).row()) if current.isValid() else None
        if self.session.selection_changed(None if rec is None else rec.id):
            assert rec is not None
            self.preview.show_details(rec)
            self._view_timer.start(self.VIEW_DELAY_MS)
        elif rec is None and not self.session.restoring:
            self.preview.clear()

    @property
    def last_preview_id(self) -> int | None:
        """The item whose preview is shown."""
        return self.session.last_preview_id

    def _selected_id(self) -> int | None:
        rec = self.current_record()
        return None if rec is None else rec.id

    def _load_preview(self) -> None:
        rec = self.current_record()
        if rec is None or not self.session.take_pending(rec.id):
            return
        self._view_timer.stop()
        ctx = self.ctx
        kind = preview_kind(rec)
        missing = self.tr("The bytes of %1 are missing.").replace("%1", rec.label)

        def work(p: Progress) -> tuple[ev.EvidenceRecord, str, Any]:  # worker: values only
            payload: Any = None
            if kind == "text":
                payload = ev.read_text(ctx, rec, TEXT_PREVIEW_LIMIT)
            elif kind == "image":  # decoded and scaled here, not on the GUI thread
                payload = decode_image(ev.read_bytes(ctx, rec, IMAGE_PREVIEW_LIMIT))
            elif kind == "pdf":
                path = ev.content_path(ctx, rec)
                if not path.is_file():
                    raise BadInput(missing)
                payload = read_pdf(path)
            return rec, kind, (payload, ev.custody(ctx, rec.id))

        # Reading runs in parallel with a long intake; the custody event is a
        # (short) serialised write. Latest wins: a newer selection drops this result.
        self.preview.show_loading()
        QueryOp(self, work).success(self._show_preview).failure(self._preview_failed).latest(
            f"evidence-preview-{self.reference}"
        ).label(self.tr("Opening %1…").replace("%1", rec.label)).run()

    def _show_preview(self, result: tuple[ev.EvidenceRecord, str, Any]) -> None:
        rec, kind, (payload, events) = result
        if not self.session.preview_arrived(rec.id, self._selected_id()):
            return
        ctx = self.ctx
        self.preview.show_custody(events)
        Op(self, lambda p: ev.record_viewed(ctx, rec.id, how=f"preview:{kind}")).run()
        if kind == "text":
            text = str(payload)
            note = ""
            if rec.media_type == "application/json":
                text, note = pretty_json(text)
                note = self.tr(note) if note else ""
            if rec.size > TEXT_PREVIEW_LIMIT:
                note = (note + " " if note else "") + self.tr("Only the first %1 are shown.").replace(
                    "%1", format_bytes(TEXT_PREVIEW_LIMIT)
                )
            self.preview.show_text(text, note)
        elif kind == "image":
            self.preview.show_image(payload)
        elif kind == "pdf":
            self.preview.show_pdf(payload)
        else:
            self.preview.show_other(
                self.tr(
                    "No preview for %1 files. The file is never run or opened in another program."
                ).replace("%1", rec.media_type)
            )

    def _preview_failed(self, err: BaseException) -> None:
        self.preview.show_other(failure_text(err))

    # -- what the officer does (app/ui/tabs/evidence_actions.py) ---------------------------
    def ask_and_add(self, paths: list[str]) -> None:
        """Measure (in the background), ask for the details, then attach."""
        self.actions_.ask_and_add(paths)

    def add_paths(self, paths: list[str], **details: Any) -> None:
        """Attach in the background with progress and Cancel (see EvidenceActions.add_paths)."""
        self.actions_.add_paths(paths, **details)

    def inspect_model(self, folder: str, *, on_facts: Any = None) -> None:
        self.actions_.inspect_model(folder, on_facts=on_facts)

    def confirm_model(self, folder: str, dlg: ModelImportDialog) -> None:
        self.actions_.confirm_model(folder, dlg)

    def export_to(self, evidence_id: int, dest: str) -> None:
        self.actions_.export_to(evidence_id, dest)

    def verify(self) -> None:
        self.actions_.verify()

    # -- drag and drop ----------------------------------------------------------------------
    def dragEnterEvent(self, event: Any) -> None:
        md = event.mimeData()
        if md.hasUrls() and any(u.isLocalFile() for u in md.urls()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: Any) -> None:
        self.dragEnterEvent(event)

    def dropEvent(self, event: Any) -> None:
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        # Open the dialog after the drop has finished (no nested loop inside the drop).
        QTimer.singleShot(0, lambda: self.ask_and_add(paths))


__all__ = [
    "EvidenceTab",
    "EvidenceTableModel",
    "IntakeDialog",
    "LineNumberedText",
    "ModelImportDialog",
    "PreviewPane",
    "pretty_json",
]
