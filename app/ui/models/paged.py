"""One way to read a long list page by page: :class:`PagedTableModel`.

A view asks ``canFetchMore``/``fetchMore`` when it scrolls near the end; the model
then reads the next page in the TaskRunner's read pool (a :class:`~app.ui.op.QueryOp`,
never on the GUI thread) and appends it. Every list that can be long (the case list,
a case's evidence, its time line) is one of these (Anki's browser table model,
qutebrowser's completion models).

A subclass gives the first page with :meth:`set_page` and, through it, the function
that reads further pages: ``fetch(offset, limit)``, called in a worker thread. A
page of ``PAGE`` rows is asked as ``PAGE + 1`` rows: the extra row says whether
more exist. A reload (``set_page`` again) bumps a generation number so that a page
still in flight for the old list is dropped when it arrives.

Nothing here builds PySide6's ``Qt`` namespace: the case list paints its first page
with this base before that namespace exists (app/ui/qt.py).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from app.ui.qt import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Signal

if TYPE_CHECKING:
    from app.ui.tasks import TaskRunner

log = logging.getLogger("exemptio.ui.paged")

Row = TypeVar("Row")
PageFetch = Callable[[int, int], Sequence[Any]]


class PagedTableModel(QAbstractTableModel, Generic[Row]):
    """Rows read ``PAGE`` at a time. Subclasses implement ``columnCount``/``data``
    over ``self._rows`` and may override the hooks :meth:`_new_rows` (filter a page
    before it is appended), :meth:`_rows_appended` (keep per-row caches in step),
    :meth:`_page_failed` and :meth:`_busy_changed`."""

    PAGE = 200
    page_loaded = Signal(int)  # rows appended by fetchMore

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []
        self._more = False
        self._fetching = False
        self._generation = 0
        self._page_fetch: PageFetch | None = None
        self._page_runner: TaskRunner | None = None
        self.retry_after_failure = False  # True: a failed page may be asked again

    # -- the first page --------------------------------------------------------------------
    def set_page(
        self,
        rows: Sequence[Row],
        *,
        more: bool = False,
        fetch: PageFetch | None = None,
        runner: TaskRunner | None = None,
    ) -> None:
        """Show ``rows`` as the first page. ``more``: further pages exist, read by
        ``fetch(offset, limit)`` (worker thread) through ``runner`` when asked."""
        self.beginResetModel()
        self._rows = list(rows)
        self.new_generation()
        self._fetching = False
        self._more = more and fetch is not None and runner is not None
        self._page_fetch, self._page_runner = fetch, runner
        self._rows_reset()
        self.endResetModel()

    def new_generation(self) -> int:
        """Forget pages in flight (a reload began); returns the new generation."""
        self._generation += 1
        return self._generation

    # -- lazy loading ------------------------------------------------------------------------
    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more and not self._fetching

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:  # noqa: B008
        fetch, runner = self._page_fetch, self._page_runner
        if not self.canFetchMore(parent) or fetch is None or runner is None:
            return
        self._fetching = True
        self._busy_changed(True)
        offset, page, gen = len(self._rows), self.PAGE, self._generation

        def done(rows: Sequence[Row]) -> None:
            if gen != self._generation:  # the list was reloaded meanwhile
                return
            new = self._new_rows(list(rows[:page]))
            if new:  # still "fetching" here: a view or tester asking during the insert gets nothing
                first = len(self._rows)
                self.beginInsertRows(QModelIndex(), first, first + len(new) - 1)
                self._rows.extend(new)
                self._rows_appended(len(new))
                self.endInsertRows()
            self._more = len(rows) > page
            self._fetching = False
            self._busy_changed(False)
            self.page_loaded.emit(len(new))

        def failed(err: BaseException) -> None:
            if gen != self._generation:
                return
            self._fetching = False
            if not self.retry_after_failure:
                self._more = False
            self._busy_changed(False)
            self._page_failed(err)

        from app.ui.op import QueryOp

        QueryOp(None, lambda _p: fetch(offset, page + 1), runner=runner).success(done).failure(failed).latest(
            f"page-{id(self)}"
        ).run()

    @property
    def has_more(self) -> bool:
        return self._more

    @property
    def busy(self) -> bool:
        return self._fetching

    # -- hooks -------------------------------------------------------------------------------
    def _new_rows(self, rows: list[Row]) -> list[Row]:
        """The rows of a fetched page to append (all of them by default)."""
        return rows

    def _rows_reset(self) -> None:
        """``self._rows`` was replaced (inside the model reset)."""

    def _rows_appended(self, count: int) -> None:
        """``count`` rows were appended to ``self._rows`` (inside the insert)."""

    def _busy_changed(self, busy: bool) -> None:
        """A page query started (True) or ended (False)."""

    def _page_failed(self, err: BaseException) -> None:
        log.warning("%s: could not read the next page: %s", type(self).__name__, err)

    # -- Qt ------------------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def row_at(self, row: int) -> Row | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def records(self) -> list[Row]:
        return list(self._rows)
