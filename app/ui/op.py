"""Operations: the one way the GUI runs work in the background and shows its result.

In the style of Anki's ``CollectionOp`` / ``QueryOp`` (``aqt/operations``): a fluent
front over the window's :class:`app.ui.tasks.TaskRunner`, which keeps its guarantees
(writes on ONE worker thread in submission order, reads in parallel, Cancel, shutdown
waiting for writes)::

    Op(self, lambda p: services.evidence.add(ctx, ref, path, progress=p)) \\
        .success(self.refresh) \\
        .with_progress(self.tr("Hashing files…"), cancellable=True) \\
        .run()

    QueryOp(self, lambda p: cases.list_cases(ctx)).success(self.show_rows).latest("search").run()

* ``fn(progress)`` runs in a worker thread and touches no widget: it gets what it
  needs as arguments and *returns* its result; ``success(result)`` runs on the GUI
  thread and updates the widgets.
* :class:`Op` is a write (the safe default: serialised with every other write, never
  dropped at shutdown unless ``cancellable``); :class:`QueryOp` (or ``.read()``) reads
  in parallel and may be cancelled.
* Without ``failure(cb)`` an error is shown by the one error presenter
  (:func:`app.ui.messages.present_failure`: the translated one-line message; a
  ``Conflict`` opens the conflict dialog, whose Reload calls ``on_conflict_reload``).
* ``progress.check()`` (or a service's own ``Cancelled``) stops a task;
  ``cancelled(cb)`` is then called and nothing is reported.

The runner is found from ``parent``: an explicit ``runner=``, else the nearest
widget up the parent chain with a ``runner`` attribute, else the TaskRunner that
is a child of the parent's window (the main window owns one).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from app.ui.qt import QObject, QWidget
from app.ui.tasks import Cancelled, Progress, Task, TaskRunner

__all__ = ["Cancelled", "Op", "Progress", "QueryOp", "runner_for"]

T = TypeVar("T")


def runner_for(parent: QObject | None) -> TaskRunner:
    """The TaskRunner that serves ``parent`` (see the module docstring)."""
    obj: QObject | None = parent
    while obj is not None:
        r = getattr(obj, "runner", None)
        if isinstance(r, TaskRunner):
            return r
        obj = obj.parent()
    if isinstance(parent, QWidget):
        found = parent.window().findChild(TaskRunner)
        if isinstance(found, TaskRunner):
            return found
    raise LookupError(f"no TaskRunner serves {type(parent).__name__}: pass runner=")


class Op(Generic[T]):
    """A write operation (see the module docstring). Configure, then :meth:`run` once."""

    write = True

    def __init__(
        self, parent: QWidget | None, fn: Callable[[Progress], T], *, runner: TaskRunner | None = None
    ) -> None:
        self.parent = parent
        self.fn = fn
        self.runner = runner if runner is not None else runner_for(parent)
        self._write = self.write
        self._success: Callable[[T], None] | None = None
        self._failure: Callable[[BaseException], None] | None = None
        self._cancelled: Callable[[], None] | None = None
        self._reload: Callable[[], None] | None = None
        self._label = ""
        self._progress = False
        self._cancellable = False
        self._unit = "bytes"
        self._modal = True
        self._key: str | None = None
        self.task: Task | None = None

    # -- configuring (each returns the operation) ---------------------------------------
    def success(self, cb: Callable[[T], None]) -> Op[T]:
        """``cb(result)`` on the GUI thread when ``fn`` returned."""
        self._success = cb
        return self

    def failure(self, cb: Callable[[BaseException], None]) -> Op[T]:
        """``cb(exc)`` on the GUI thread instead of the error presenter."""
        self._failure = cb
        return self

    def cancelled(self, cb: Callable[[], None]) -> Op[T]:
        """``cb()`` when the task stopped on Cancel (nothing is reported)."""
        self._cancelled = cb
        return self

    def on_conflict_reload(self, cb: Callable[[], None]) -> Op[T]:
        """Without ``failure``: the conflict dialog's Reload button calls ``cb``."""
        self._reload = cb
        return self

    def label(self, text: str) -> Op[T]:
        """What the task is doing, in words (progress window, logs)."""
        self._label = text
        return self

    def with_progress(
        self, label: str = "", *, cancellable: bool = False, unit: str = "bytes", modal: bool = True
    ) -> Op[T]:
        """Show the progress window (after a moment) with ``label``; ``cancellable``
        adds Cancel; ``unit`` is "bytes" or "" (items); ``modal=False`` leaves the
        window usable."""
        if label:
            self._label = label
        self._progress = True
        self._cancellable = cancellable
        self._unit = unit
        self._modal = modal
        return self

    def cancellable(self, on: bool = True) -> Op[T]:
        """May be stopped by Cancel / closing the window (without a progress window)."""
        self._cancellable = on
        return self

    def latest(self, key: str) -> Op[T]:
        """Latest wins: a newer operation with ``key`` cancels this one, whose result is dropped."""
        self._key = key
        return self

    def read(self) -> Op[T]:
        """Read-only: runs in parallel with other reads, never on the write thread."""
        self._write = False
        return self

    # -- running ----------------------------------------------------------------------------
    def run(self) -> Task:
        """Submit the operation; returns its task (``task.progress.cancel()`` asks it to stop)."""
        if self.task is not None:
            raise RuntimeError("an operation runs once")
        self.task = self.runner.run(
            self.fn,
            self._success,
            self._failure,
            label=self._label,
            cancellable=self._cancellable,
            progress=self._progress,
            write=self._write,
            key=self._key,
            unit=self._unit,
            on_cancelled=self._cancelled,
            on_reload=self._reload,
            modal=self._modal,
        )
        return self.task


class QueryOp(Op[T]):
    """A read-only operation (parallel with other reads; Cancel and shutdown may drop it)."""

    write = False
