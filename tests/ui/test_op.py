"""app/ui/op.py: operations on a real (offscreen) window's TaskRunner.

Counts signals and callbacks; no assertion on elapsed time."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Any

import pytest

from app.domain.errors import BadInput, Conflict
from app.services import blobstore
from app.ui import message_box, messages, tasks
from app.ui.op import Op, QueryOp, runner_for
from app.ui.qt import (
    QApplication,
    QCoreApplication,
    QLabel,
    QMainWindow,
    QMessageBox,
    QTranslator,
    QVBoxLayout,
    QWidget,
)
from app.ui.tasks import Cancelled, Progress, TaskRunner


@pytest.fixture
def window(qtbot: Any) -> Iterator[QMainWindow]:
    win = QMainWindow()
    TaskRunner(win)  # the window owns its runner, as the main window does
    central = QWidget()
    QVBoxLayout(central).addWidget(QLabel("page"))
    win.setCentralWidget(central)
    qtbot.addWidget(win)
    win.show()
    yield win
    runner_for(win).shutdown()


def _runner(win: QMainWindow) -> TaskRunner:
    r = win.findChild(TaskRunner)
    assert isinstance(r, TaskRunner)
    return r


def _boxes() -> list[QMessageBox]:
    return [b for b in message_box.open_boxes() if b.isVisible()]


def test_success_runs_on_the_gui_thread_with_the_result(window: QMainWindow, qtbot: Any) -> None:
    runner = _runner(window)
    seen: dict[str, object] = {}
    finished: list[object] = []
    runner.finished.connect(finished.append)

    def work(p: Progress) -> int:
        seen["worker_is_main"] = threading.current_thread() is threading.main_thread()
        return 42

    def done(v: int) -> None:
        seen["value"] = v
        seen["callback_is_main"] = threading.current_thread() is threading.main_thread()

    task = Op(window.centralWidget(), work).success(done).run()  # the runner found via the window
    assert runner.wait_idle()
    assert seen == {"worker_is_main": False, "value": 42, "callback_is_main": True}
    assert finished == [task] and task.write and task.pool is runner.write_pool
    assert not _boxes()


def test_writes_keep_their_order_and_queries_use_the_read_pool(window: QMainWindow) -> None:
    runner = _runner(window)
    order: list[int] = []
    gate = threading.Event()
    first = Op(window, lambda p: (gate.wait(5), order.append(0))).run()
    for i in range(1, 6):
        Op(window, lambda p, i=i: order.append(i)).run()
    assert len(runner.pending_writes()) == 6
    q = QueryOp(window, lambda p: "read").run()  # not held up behind the blocked write
    read: list[str] = []
    q2 = Op(window, lambda p: "read too").read().success(read.append).run()
    assert not q.write and not q2.write and q.pool is not runner.write_pool
    gate.set()
    assert runner.wait_idle()
    assert order == [0, 1, 2, 3, 4, 5] and first.write and read == ["read too"]


def test_an_error_is_shown_once_by_the_presenter(window: QMainWindow, qtbot: Any) -> None:
    runner = _runner(window)
    shown: list[str] = []
    runner.error_shown.connect(shown.append)

    def fail(p: Progress) -> None:
        raise BadInput.of("report.no_folder", folder="/nowhere")

    called: list[object] = []
    Op(window, fail).success(called.append).run()
    assert runner.wait_idle()
    assert called == [] and shown == ["The folder /nowhere does not exist."]
    boxes = _boxes()
    assert len(boxes) == 1 and boxes[0].text() == shown[0] and boxes[0].objectName() == "errorMessage"
    boxes[0].close()


def test_a_bug_is_named_by_its_type_only(window: QMainWindow, caplog: Any) -> None:
    runner = _runner(window)
    shown: list[str] = []
    runner.error_shown.connect(shown.append)

    def bug(p: Progress) -> None:
        raise TypeError("secret row data 'Müller'")

    Op(window, bug).run()
    assert runner.wait_idle()
    assert shown == ["Unexpected error (TypeError). Details are in the log."]
    assert "secret" not in shown[0] and any("background task failed" in r.message for r in caplog.records)
    for b in _boxes():
        b.close()


def test_failure_callback_replaces_the_presenter(window: QMainWindow) -> None:
    runner = _runner(window)
    shown: list[str] = []
    runner.error_shown.connect(shown.append)
    errors: list[BaseException] = []
    Op(window, lambda p: 1 / 0).failure(errors.append).run()
    assert runner.wait_idle()
    assert [type(e) for e in errors] == [ZeroDivisionError] and shown == [] and not _boxes()
    assert messages.failure_text(errors[0]) == "Unexpected error (ZeroDivisionError). Details are in the log."


class _French(QTranslator):
    """A real translator with one entry of the "messages" context."""

    def translate(self, context: str, source: str, disambiguation: Any = None, n: int = -1) -> str:  # noqa: ARG002
        if context == "messages" and source == "The folder {folder} does not exist.":
            return "Le dossier {folder} n'existe pas."
        return ""


def test_message_ids_are_translated(window: QMainWindow) -> None:
    tr = _French()
    QCoreApplication.installTranslator(tr)
    try:
        err = BadInput.of("report.no_folder", folder="/nulle/part")
        assert str(err) == "The folder /nulle/part does not exist."  # the CLI's English
        assert messages.failure_text(err) == "Le dossier /nulle/part n'existe pas."
        assert messages.failure_text(BadInput("plain English, no id")) == "plain English, no id"
    finally:
        QCoreApplication.removeTranslator(tr)


def test_cancel_from_the_progress_window(window: QMainWindow, qtbot: Any) -> None:
    runner = _runner(window)
    runner.PROGRESS_DELAY_MS = 0
    shown: list[str] = []
    runner.error_shown.connect(shown.append)
    started = threading.Event()
    outcome: list[str] = []

    def work(p: Progress) -> str:
        started.set()
        while True:
            p.check()  # raises Cancelled once Cancel was pressed
            p.update(1, 10, "chunk")
            threading.Event().wait(0.01)

    (
        Op(window, work)
        .with_progress("Hashing…", cancellable=True, unit="")
        .success(lambda r: outcome.append("done"))
        .cancelled(lambda: outcome.append("cancelled"))
        .run()
    )
    assert started.wait(5)
    qtbot.waitUntil(
        lambda: runner.last_progress_dialog is not None and runner.last_progress_dialog.isVisible()
    )
    dialog = runner.last_progress_dialog
    assert dialog is not None and dialog.cancel_button.isVisible()
    dialog.cancel_button.click()
    assert runner.wait_idle()
    assert outcome == ["cancelled"] and shown == [] and not _boxes()


def test_one_cancelled_class_for_services_and_ui(window: QMainWindow) -> None:
    assert tasks.Cancelled is blobstore.Cancelled is Cancelled
    runner = _runner(window)
    shown: list[str] = []
    runner.error_shown.connect(shown.append)
    outcome: list[str] = []

    def service_stops(p: Progress) -> None:
        raise blobstore.Cancelled("Cancelled; nothing was stored.")  # a service's own stop

    Op(window, service_stops).cancellable().cancelled(lambda: outcome.append("cancelled")).run()
    assert runner.wait_idle()
    assert outcome == ["cancelled"] and shown == []


def test_latest_wins_drops_the_older_result(window: QMainWindow) -> None:
    runner = _runner(window)
    gate = threading.Event()
    got: list[str] = []
    QueryOp(window, lambda p: (gate.wait(5), "old")[1]).latest("search").success(got.append).run()
    QueryOp(window, lambda p: "new").latest("search").success(got.append).run()
    gate.set()
    assert runner.wait_idle()
    assert got == ["new"]


def test_conflict_opens_the_conflict_dialog_whose_reload_is_called(window: QMainWindow, qtbot: Any) -> None:
    runner = _runner(window)
    reloads: list[int] = []

    def clash(p: Progress) -> None:
        raise Conflict("Someone else saved this answer first.")

    Op(window, clash).on_conflict_reload(lambda: reloads.append(1)).run()
    assert runner.wait_idle()
    from app.ui.conflicts import ConflictDialog

    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, ConflictDialog) and w.isVisible()]
    assert len(dialogs) == 1
    button = dialogs[0].reload_button
    assert button is not None
    button.click()
    assert reloads == [1]


def test_wait_idle_times_out_without_polling_then_returns(window: QMainWindow) -> None:
    runner = _runner(window)
    gate = threading.Event()
    done: list[int] = []
    Op(window, lambda p: gate.wait(10)).success(lambda _r: done.append(1)).run()
    assert runner.wait_idle(timeout_ms=20) is False and done == []
    gate.set()
    assert runner.wait_idle() is True and done == [1]


def test_shutdown_waits_for_a_write_that_may_not_be_cancelled(window: QMainWindow) -> None:
    runner = _runner(window)
    gate = threading.Event()
    landed: list[str] = []

    def save(p: Progress) -> None:
        gate.wait(5)
        landed.append("saved")

    Op(window, save).run()
    threading.Timer(0.05, gate.set).start()
    runner.shutdown()
    assert landed == ["saved"]


def test_runner_discovery_and_single_run(window: QMainWindow, qtbot: Any) -> None:
    runner = _runner(window)
    assert runner_for(window.centralWidget()) is runner
    own = TaskRunner(None)
    holder = QWidget()
    holder.runner = own  # type: ignore[attr-defined]  # a tab that was handed its runner
    child = QLabel(holder)
    assert runner_for(child) is own
    lonely = QWidget()
    qtbot.addWidget(lonely)
    qtbot.addWidget(holder)
    with pytest.raises(LookupError):
        runner_for(lonely)
    op = Op(window, lambda p: None)
    op.run()
    with pytest.raises(RuntimeError):
        op.run()
    assert runner.wait_idle()
    own.shutdown()


def test_closing_waits_for_writes_with_a_saving_window(window: QMainWindow) -> None:
    from app.ui.qt import QTimer

    runner = _runner(window)
    runner.PROGRESS_DELAY_MS = 0  # the "Saving…" window at once
    gate = threading.Event()
    landed: list[str] = []
    seen: list[str] = []
    Op(window, lambda p: (gate.wait(10), landed.append("saved"))).run()

    def while_waiting() -> None:  # runs inside wait_writes' event loop
        seen.extend(w.objectName() for w in QApplication.topLevelWidgets() if w.isVisible())
        gate.set()

    QTimer.singleShot(50, while_waiting)
    assert runner.wait_writes() is True
    assert landed == ["saved"] and "savingDialog" in seen and not runner.pending_writes()
