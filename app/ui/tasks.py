"""Background work for the GUI: nothing slow runs on the GUI thread.

Shape after Anki's ``aqt.operations`` / ``taskman`` and Picard's
``util/thread.py``: a ``QRunnable`` runs ``fn(progress)`` in a worker thread and a
``QObject`` bridge posts the result back to the GUI thread, where ``on_done`` /
``on_error`` are called.

* Database writes are serialised: every task submitted with ``write=True``
  (the default, the safe choice) runs on ONE worker thread, in submission
  order (Anki's ``_collection_executor``). Read-only work (``write=False``,
  or :meth:`TaskRunner.query`) runs on a small parallel pool.
* ``key=...`` makes a task "latest wins": when a newer task with the same key
  is submitted, the older one is asked to cancel and its result is dropped
  (used by search-as-you-type).
* ``progress=True`` shows a progress dialog (bytes, rate, time left, Cancel)
  once the task has run for a moment.
* Errors go to ``on_error(exc)``; without it the one error presenter
  (:func:`app.ui.messages.present_failure`) shows the translated one-line message;
  a ``Conflict`` (someone else saved first) gets the conflict dialog of
  ``app/ui/conflicts.py``, whose Reload calls ``on_reload``.
* Cancelling: a task raises :class:`Cancelled` (``progress.check()``); it is the
  services' one ``Cancelled`` (``app.services.blobstore``), so a service that stops
  on ``progress.cancelled`` needs no bridging; ``on_cancelled`` is called, nothing
  is reported.

New code uses the fluent front :class:`app.ui.op.Op` (``Op(self, fn).success(cb).run()``);
this runner is what runs it.

Usage::

    runner = TaskRunner(main_window)
    runner.run(lambda p: services.evidence.add(ctx, ref, path, progress=p),
               on_done=self.refresh, label=self.tr("Hashing files…"),
               cancellable=True, progress=True)

    def work(progress: Progress) -> int:
        for i, chunk in enumerate(chunks):
            progress.update(i * size, total, "Hashing model.safetensors")
            if progress.cancelled:
                raise Cancelled()
        ...

Tests wait with ``runner.wait_idle()`` or ``qtbot.waitSignal(runner.idle)``; both
:meth:`TaskRunner.wait_idle` and :meth:`TaskRunner.wait_writes` sleep in an event loop
woken by ``finished`` (no polling).
"""

from __future__ import annotations

import itertools
import logging
import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from app.services.blobstore import Cancelled  # the one "cancelled" of every long operation
from app.ui.qt import (
    QCoreApplication,
    QObject,
    QRunnable,
    QThreadPool,
    QTimer,
    QWidget,
    Signal,
    deleted,
)
from app.ui.units import format_bytes, format_duration  # re-exported (older imports)

if TYPE_CHECKING:  # resolved when first used: not before the first paint (app/ui/qt.py)
    from app.ui.progress_dialog import ProgressDialog
    from app.ui.qt import QMessageBox

log = logging.getLogger("exemptio.ui.tasks")

__all__ = ["Cancelled", "Progress", "Task", "TaskRunner", "format_bytes", "format_duration"]


class Progress:
    """Handed to every task. Thread-safe; cheap to call often (throttled)."""

    _MIN_INTERVAL = 0.05  # at most 20 updates a second reach the GUI

    def __init__(self, emit: Callable[[int, int, str], None] | None = None) -> None:
        self._emit = emit
        self._cancel = threading.Event()
        self._last = 0.0
        self.done = 0
        self.total = 0
        self.text = ""

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    def check(self) -> None:
        """Raise :class:`Cancelled` when the officer pressed Cancel."""
        if self._cancel.is_set():
            raise Cancelled()

    def update(self, done: int, total: int = 0, text: str = "") -> None:
        """Report ``done`` of ``total`` (bytes or items; 0 = unknown). Monotone: a
        smaller ``done`` for the same total (a service re-reporting a file) is ignored."""
        done, total = max(int(done), 0), max(int(total), 0)
        if total == self.total and done < self.done:
            done = self.done
        self.done, self.total = done, total
        if text:
            self.text = text
        now = time.monotonic()
        final = total > 0 and done >= total
        if self._emit is not None and (final or now - self._last >= self._MIN_INTERVAL):
            self._last = now
            self._emit(self.done, self.total, self.text)


class _Bridge(QObject):
    """Lives in the GUI thread; worker threads emit, Qt queues to the GUI."""

    done = Signal(object)
    failed = Signal(object)
    # Python ints (object), not Signal(int): a C++ int is 32 bits and turned 3 GiB negative.
    progressed = Signal(object, object, str)


class Task(QRunnable):
    """One submitted piece of work. ``task.progress.cancel()`` asks it to stop."""

    def __init__(
        self,
        fn: Callable[[Progress], Any],
        bridge: _Bridge,
        task_id: int,
        key: str | None,
        label: str,
        unit: str,
        *,
        cancellable: bool = False,
        write: bool = True,
    ) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the runner keeps it until its result is delivered
        self.fn = fn
        self.bridge = bridge
        self.id = task_id
        self.key = key
        self.label = label
        self.unit = unit
        self.cancellable = cancellable
        self.write = write
        self.progress = Progress(bridge.progressed.emit)
        self.thread_name = ""
        self.started_at = 0.0
        self.pool: QThreadPool | None = None
        self.drop: Callable[[], None] = lambda: None

    def run(self) -> None:  # worker thread
        self.thread_name = threading.current_thread().name
        self.started_at = time.monotonic()
        try:
            # A queued write that may not be cancelled (an officer's answer) always runs.
            if self.progress.cancelled and (self.cancellable or not self.write or self.key is not None):
                raise Cancelled()
            result = self.fn(self.progress)
        except BaseException as exc:  # noqa: BLE001 - everything is reported on the GUI thread
            self.bridge.failed.emit(exc)
        else:
            self.bridge.done.emit(result)


class TaskRunner(QObject):
    """One per main window. See the module docstring."""

    started = Signal(object)  # Task
    finished = Signal(object)  # Task, after its callback ran (or was dropped)
    idle = Signal()  # no task left
    error_shown = Signal(str)  # the message of a default error dialog

    PROGRESS_DELAY_MS = 400

    def __init__(self, parent: QWidget | None = None, *, read_threads: int = 4) -> None:
        super().__init__(parent)
        self._parent_widget = parent
        self._writes = QThreadPool(self)
        self._writes.setMaxThreadCount(1)
        self._writes.setExpiryTimeout(-1)
        self._reads = QThreadPool(self)
        self._reads.setMaxThreadCount(read_threads)
        self._ids = itertools.count(1)
        self._active: dict[int, Task] = {}
        self._bridges: dict[int, _Bridge] = {}
        self._latest: dict[str, int] = {}
        self.last_error: BaseException | None = None
        self.last_progress_dialog: ProgressDialog | None = None  # the newest one shown (tests)

    # -- submitting -----------------------------------------------------------------
    def run(
        self,
        fn: Callable[[Progress], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        *,
        label: str = "",
        cancellable: bool = False,
        progress: bool = False,
        write: bool = True,
        key: str | None = None,
        unit: str = "bytes",
        on_cancelled: Callable[[], None] | None = None,
        on_reload: Callable[[], None] | None = None,
        modal: bool = True,
    ) -> Task:
        """Run ``fn(progress)`` in the background; callbacks run on the GUI thread.
        ``modal=False``: the progress window leaves the main window usable (intake).
        ``on_reload``: without ``on_error``, a Conflict (someone else saved first) shows the
        conflict dialog, whose Reload button calls it."""
        task_id = next(self._ids)
        bridge = _Bridge()
        task = Task(fn, bridge, task_id, key, label, unit, cancellable=cancellable, write=write)
        dialog: list[ProgressDialog] = []

        def close_dialog() -> None:
            timer.stop()
            if dialog:
                dialog[0].hide()
                dialog[0].deleteLater()
                dialog.clear()

        def show_dialog() -> None:
            if task_id not in self._active or dialog:
                return
            from app.ui.progress_dialog import ProgressDialog

            d = ProgressDialog(
                self._parent_widget, label, cancellable, unit, modal=modal, started=task.started_at or None
            )
            d.cancel_button.clicked.connect(task.progress.cancel)
            d.cancel_button.clicked.connect(lambda: d.cancel_button.setEnabled(False))
            d.set_progress(task.progress.done, task.progress.total, task.progress.text)
            dialog.append(d)
            self.last_progress_dialog = d
            d.show()

        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.timeout.connect(show_dialog)

        def is_current() -> bool:
            return key is None or self._latest.get(key) == task_id

        def finish() -> None:
            close_dialog()
            self._active.pop(task_id, None)
            self._bridges.pop(task_id, None)
            timer.deleteLater()
            self.finished.emit(task)
            if not self._active:
                self.idle.emit()

        def done(result: Any) -> None:
            if deleted(self):  # the window (and this runner) closed while the task ran
                return
            try:
                if is_current() and on_done is not None:
                    on_done(result)
            except Exception as exc:  # a bug in a callback: report, don't crash the app
                log.exception("callback of %r failed", label)
                self._report(exc, None)
            finally:
                finish()

        def failed(exc: BaseException) -> None:
            if deleted(self):
                return
            try:
                if isinstance(exc, Cancelled):
                    if is_current() and on_cancelled is not None:
                        on_cancelled()
                elif is_current():
                    self._report(exc, on_error, on_reload)
            finally:
                finish()

        bridge.done.connect(done)
        bridge.failed.connect(failed)
        if progress:
            bridge.progressed.connect(lambda d, t, txt: dialog[0].set_progress(d, t, txt) if dialog else None)
            timer.start(self.PROGRESS_DELAY_MS)
        pool = self._writes if write else self._reads
        task.pool = pool
        task.drop = lambda: failed(Cancelled())
        if key is not None:
            old = self._latest.get(key)
            self._latest[key] = task_id
            if old is not None and old in self._active:
                stale = self._active[old]
                stale.progress.cancel()
                # Not started yet: take it out of the queue instead of running it for nothing.
                if stale.pool is not None and stale.pool.tryTake(stale):
                    stale.drop()
        self._active[task_id] = task
        self._bridges[task_id] = bridge
        self.started.emit(task)
        pool.start(task)
        return task

    def query(
        self,
        fn: Callable[[Progress], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        **kw: Any,
    ) -> Task:
        """A read-only task (runs in parallel with others)."""
        kw.setdefault("write", False)
        return self.run(fn, on_done, on_error, **kw)

    # -- errors ---------------------------------------------------------------------
    def report(self, exc: BaseException) -> None:
        """Show ``exc`` the way a task's error is shown without ``on_error``."""
        self._report(exc, None)

    def _report(
        self,
        exc: BaseException,
        on_error: Callable[[BaseException], None] | None,
        on_reload: Callable[[], None] | None = None,
    ) -> None:
        self.last_error = exc
        if on_error is not None:
            on_error(exc)
            return
        from app.ui.messages import present_failure  # the one error presenter

        self.error_shown.emit(present_failure(self._parent_widget, exc, on_reload=on_reload))

    @property
    def write_pool(self) -> QThreadPool:
        return self._writes

    # -- state / tests ----------------------------------------------------------------
    @property
    def busy(self) -> bool:
        return bool(self._active)

    def active_tasks(self) -> list[Task]:
        return list(self._active.values())

    def cancel_all(self) -> None:
        """Ask every task that may stop to stop: cancellable ones and reads. A write
        submitted as not cancellable (an officer's saved answer) is never dropped."""
        for t in list(self._active.values()):
            if t.cancellable or not t.write:
                t.progress.cancel()

    def pending_writes(self) -> list[Task]:
        """Writes queued or running whose result has not been delivered yet."""
        return [t for t in self._active.values() if t.write]

    def wait_writes(self, timeout_ms: int = 120_000, label: str = "") -> bool:
        """Wait (in an event loop, no polling) until every queued or running write has
        landed (closing a case or the window). A small "Saving…" window shows when that
        takes a moment. False on timeout."""
        dialog: list[ProgressDialog] = []

        def slow() -> None:
            from app.ui.progress_dialog import ProgressDialog

            d = ProgressDialog(self._parent_widget, label or self.tr("Saving…"), False, "")
            d.setObjectName("savingDialog")
            d.show()
            dialog.append(d)

        try:
            return self._wait(lambda: bool(self.pending_writes()), timeout_ms, slow)
        finally:
            for d in dialog:
                d.hide()
                d.deleteLater()

    def wait_idle(self, timeout_ms: int = 10_000) -> bool:
        """Wait (in an event loop, no polling) until every task has delivered its result
        (for tests and shutdown). Returns False on timeout."""
        return self._wait(lambda: bool(self._active), timeout_ms)

    def _wait(
        self, pending: Callable[[], bool], timeout_ms: int, slow: Callable[[], None] | None = None
    ) -> bool:
        """Run a local event loop until ``pending()`` turns false (checked each time a task
        finishes) or ``timeout_ms`` passed; ``slow()`` runs once after PROGRESS_DELAY_MS."""
        if pending():
            from app.ui.qt import QEventLoop

            loop = QEventLoop()
            expired: list[bool] = []

            def check(_task: object = None) -> None:
                if not pending():
                    loop.quit()

            def timeout() -> None:
                expired.append(True)
                loop.quit()

            deadline = QTimer()
            deadline.setSingleShot(True)
            deadline.timeout.connect(timeout)
            later = QTimer()
            later.setSingleShot(True)
            if slow is not None:
                later.timeout.connect(slow)
            self.finished.connect(check)
            try:
                deadline.start(timeout_ms)
                later.start(self.PROGRESS_DELAY_MS)
                QTimer.singleShot(0, loop, check)  # finished before the loop started
                loop.exec()
            finally:
                self.finished.disconnect(check)
                deadline.stop()
                later.stop()
            if expired and pending():
                return False
        QCoreApplication.processEvents()  # what the last callbacks posted (a re-layout, a timer at 0)
        return True

    def shutdown(self, timeout_ms: int = 5000) -> None:
        """Cancel what can be cancelled and wait for the worker threads. Writes that may
        not be cancelled still run: they get at least a minute to land."""
        self.cancel_all()
        self._reads.waitForDone(timeout_ms)
        self._writes.waitForDone(max(timeout_ms, 60_000))


def show_error(parent: QWidget | None, message: str, title: str | None = None) -> QMessageBox:
    """A window-modal error box with the one-line message (app/ui/message_box.py)."""
    from app.ui import message_box

    return message_box.error(parent, message, title)
