"""Notice changes saved by others (another window, a colleague in team mode): every
``POLL_MS`` the database's change marker is read in the background; when it moved,
and not by our own saves, what is on screen is read again."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from app.services.context import AppContext
from app.ui.op import QueryOp
from app.ui.qt import QObject, QTimer, Signal
from app.ui.tasks import TaskRunner


def change_marker(ctx: AppContext) -> int:
    from app.services import cases

    return cases.change_marker(ctx)


class ChangeWatcher(QObject):
    """``changed`` is emitted when someone else saved something since the last look."""

    changed = Signal()
    POLL_MS = 20_000

    def __init__(self, ctx: AppContext, runner: TaskRunner, parent: Any = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.runner = runner
        self.marker: int | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(self.POLL_MS)
        self.timer.timeout.connect(self.poll)
        runner.finished.connect(self._after_task)

    def start(self) -> None:
        self.timer.start()

    def poll(self) -> None:
        """Ask (in the background) whether anything changed since the last look."""
        if self.runner.busy:
            return

        def seen(marker: int) -> None:
            first = self.marker is None
            moved = not first and marker != self.marker
            self.marker = marker
            if moved:
                self.changed.emit()

        self._read(seen, f"poll-{id(self)}")

    def _after_task(self, task: Any) -> None:
        """Our own saves move the marker too: take note, so they cause no reload."""
        if task.pool is self.runner.write_pool and self.marker is not None:

            def note(marker: int) -> None:
                self.marker = marker

            self._read(note, f"poll-own-{id(self)}")

    def _read(self, then: Callable[[int], None], key: str) -> None:
        ctx = self.ctx
        QueryOp(None, lambda p: change_marker(ctx), runner=self.runner).success(then).failure(
            lambda e: None  # asked again at the next poll
        ).latest(key).run()
