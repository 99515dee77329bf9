"""A case workspace: Overview · Evidence · Checklist · Letters · Timeline.

Several workspaces can be open at once (the main window keeps them as tabs).
Every read and write runs through the TaskRunner; writes are serialised.
The tabs live in ``app/ui/tabs/``: Overview (overview.py, its controller
overview_actions.py) and Timeline (timeline.py) are built with the workspace; the
Evidence, Checklist and Letters tabs are built the first time they are shown
(``LazyTab``), and a tab that cannot be built says why in its place.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from app.services import audit as audit_service
from app.services import cases
from app.services.context import AppContext
from app.services.records import CaseRecord
from app.ui.dialogs.form import FormDialog
from app.ui.messages import failure_text
from app.ui.op import Op, Progress, QueryOp
from app.ui.qt import (
    QLabel,
    Qt,
    QTabWidget,
    QVBoxLayout,
    QWidget,
    Signal,
    deleted,
)
from app.ui.tabs.overview import OverviewPage
from app.ui.tabs.timeline import TimelinePage
from app.ui.tasks import TaskRunner

log = logging.getLogger("exemptio.ui.workspace")


def _evidence_tab() -> type:
    from app.ui.tabs.evidence import EvidenceTab

    return EvidenceTab


def _checklist_tab() -> type:
    from app.ui.tabs.checklist import ChecklistTab

    return ChecklistTab


def _letters_tab() -> type:
    from app.ui.tabs.letters import LettersTab

    return LettersTab


# The tabs built when first shown: (key, the function that imports the tab's class).
AREA_TABS: tuple[tuple[str, Callable[[], type]], ...] = (
    ("evidence", _evidence_tab),
    ("checklist", _checklist_tab),
    ("letters", _letters_tab),
)
TAB_KEYS = ("overview", "evidence", "checklist", "letters", "timeline")


class LazyTab(QWidget):
    """Builds a tab the first time it is shown (opening a case stays fast): ``load()``
    imports the tab's class, ``factory(cls)`` builds it. A tab that cannot be imported
    or built says why in its place (the traceback goes to the log); the workspace and
    its other tabs keep working."""

    def __init__(
        self,
        key: str,
        load: Callable[[], type],
        factory: Callable[[type], QWidget],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.key = key
        self._load = load
        self._factory = factory
        self.inner: QWidget | None = None
        self._lay = QVBoxLayout(self)
        self._lay.setContentsMargins(0, 0, 0, 0)

    def ensure(self) -> QWidget:
        if self.inner is not None:
            return self.inner
        try:
            widget = self._factory(self._load())
        except Exception as err:  # a broken tab must not take the workspace down
            log.exception("could not open the %s tab", self.key)
            widget = self._placeholder(
                self.tr("This tab could not be opened: %1").replace("%1", f"{type(err).__name__}: {err}")
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
        for key, load in AREA_TABS:
            lazy = LazyTab(key, load, self._make_area_tab, self)
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

        QueryOp(self, load).success(done).failure(
            lambda e: self.overview.show_refusal(failure_text(e))
        ).latest(f"workspace-{id(self)}").run()
        from app.services import links

        QueryOp(self, lambda p: links.links_of(ctx, ref)).success(self.overview.show_links).failure(
            lambda e: log.warning("links of %s not read: %s", ref, e)
        ).latest(f"links-{id(self)}").run()

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
        fn: Callable[[AppContext, str], CaseRecord],
        label: str,
        *,
        unsaved: str = "",
        dialog: FormDialog | None = None,
    ) -> None:
        """Run ``fn(ctx, reference)``, a case service that changes the case, in the
        background (it gets values, never widgets); then show the fresh state.
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
                    dialog.failed(failure_text(exc))
                self.overview.show_refusal(failure_text(exc))
                self.conflict_dialog = show_conflict(self, exc, on_reload=self.reload, unsaved=unsaved)
                self.refresh()
                return
            if isinstance(exc, ExemptioError):
                if dialog is not None and not deleted(dialog):
                    dialog.failed(failure_text(exc))
                self.overview.show_refusal(failure_text(exc))
            else:
                log.error("case action failed", exc_info=(type(exc), exc, exc.__traceback__))
                self.overview.show_refusal(failure_text(exc))  # "Unexpected error (TypeError)…"
            self.refresh()

        def done(rec: CaseRecord) -> None:
            if dialog is not None and not deleted(dialog):
                dialog.succeeded()
            self.record = rec
            self.overview.show_record(rec)
            self.case_changed.emit(rec)
            self.refresh()

        ctx, ref = self.ctx, self.reference
        Op(self, lambda p: fn(ctx, ref)).success(done).failure(failed).label(label).run()
