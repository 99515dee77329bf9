"""TaskRunner: callbacks on the GUI thread, serialised writes, latest wins, errors."""

from __future__ import annotations

import threading
import time

import pytest

from app.domain.errors import NotAllowed
from app.ui.qt import QApplication, QMessageBox
from app.ui.tasks import Cancelled, Progress, TaskRunner, format_bytes, format_duration


@pytest.fixture
def runner(qtbot):  # type: ignore[no-untyped-def]
    r = TaskRunner(None)
    yield r
    r.shutdown()


def test_result_and_callback_on_gui_thread(runner, qtbot):  # type: ignore[no-untyped-def]
    seen: dict[str, object] = {}

    def work(p: Progress) -> int:
        seen["worker"] = threading.current_thread() is threading.main_thread()
        return 42

    def done(v: int) -> None:
        seen["value"] = v
        seen["cb"] = threading.current_thread() is threading.main_thread()

    with qtbot.waitSignal(runner.idle, timeout=5000):
        runner.run(work, done)
    assert seen == {"worker": False, "value": 42, "cb": True}


def test_writes_are_serialised_reads_parallel(runner, qtbot):  # type: ignore[no-untyped-def]
    lock = threading.Lock()
    running = [0]
    peak = [0]

    def write(p: Progress) -> None:
        with lock:
            running[0] += 1
            peak[0] = max(peak[0], running[0])
        time.sleep(0.02)
        with lock:
            running[0] -= 1

    for _ in range(5):
        runner.run(write)
    assert runner.wait_idle()
    assert peak[0] == 1
    barrier = threading.Barrier(2, timeout=5)
    results: list[int] = []
    for i in range(2):
        runner.query(lambda p, i=i: (barrier.wait(), i)[1], results.append)
    assert runner.wait_idle()
    assert sorted(results) == [0, 1]  # both readers were inside the barrier at once


def test_latest_wins(runner, qtbot):  # type: ignore[no-untyped-def]
    got: list[str] = []
    gate = threading.Event()

    def slow(p: Progress) -> str:
        gate.wait(5)
        return "old"

    runner.query(slow, got.append, key="search")
    runner.query(lambda p: "new", got.append, key="search")
    gate.set()
    assert runner.wait_idle()
    assert got == ["new"]


def test_error_goes_to_on_error_or_dialog(runner, qtbot):  # type: ignore[no-untyped-def]
    errors: list[BaseException] = []

    def boom(p: Progress) -> None:
        raise NotAllowed("A case in 'draft' cannot move to 'closed'.")

    runner.run(boom, on_error=errors.append)
    assert runner.wait_idle()
    assert str(errors[0]) == "A case in 'draft' cannot move to 'closed'."
    with qtbot.waitSignal(runner.error_shown, timeout=5000) as blocker:
        runner.run(boom)
    assert blocker.args == ["A case in 'draft' cannot move to 'closed'."]
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    assert any(b.text() == "A case in 'draft' cannot move to 'closed'." for b in boxes)
    for b in boxes:
        b.close()


def _shown(runner, qtbot, fn):  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(runner.error_shown, timeout=5000) as blocker:
        runner.run(fn)
    for b in [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]:
        b.close()
    return blocker.args[0]


def test_failures_go_through_the_one_error_boundary(runner, qtbot, tmp_path):  # type: ignore[no-untyped-def]
    """The GUI says what the CLI says: a failure reading input is a plain refusal; a bug
    shows only its type, never its message (which may hold SQL or case data)."""
    import sqlite3

    def bad_zip(p: Progress) -> None:
        raise OSError(22, "Invalid argument", str(tmp_path / "a.zip"))

    def db_error(p: Progress) -> None:
        raise sqlite3.OperationalError("database disk image is malformed")

    def bug(p: Progress) -> None:
        raise KeyError("INSERT INTO cases (title) VALUES ('Secret title')")

    shown = _shown(runner, qtbot, bad_zip)
    assert shown.startswith("Refused:") and "a.zip" in shown and "Traceback" not in shown
    shown = _shown(runner, qtbot, db_error)
    assert "malformed" in shown or "damaged" in shown
    shown = _shown(runner, qtbot, bug)
    assert "KeyError" in shown and "Secret title" not in shown and "INSERT" not in shown


def test_cancel_and_progress_dialog(runner, qtbot):  # type: ignore[no-untyped-def]
    runner.PROGRESS_DELAY_MS = 0
    cancelled: list[bool] = []
    started = threading.Event()

    def work(p: Progress) -> None:
        total = 10_000_000
        done = 0
        started.set()
        while True:
            done = min(done + 100_000, total)
            p.update(done, total, "Hashing model.safetensors")
            if p.cancelled:
                raise Cancelled()
            time.sleep(0.01)

    task = runner.run(
        work, on_cancelled=lambda: cancelled.append(True), label="Hashing…", cancellable=True, progress=True
    )
    started.wait(5)
    from app.ui.progress_dialog import ProgressDialog

    qtbot.waitUntil(
        lambda: any(isinstance(w, ProgressDialog) and w.isVisible() for w in QApplication.topLevelWidgets()),
        timeout=5000,
    )
    dlg = next(w for w in QApplication.topLevelWidgets() if isinstance(w, ProgressDialog))
    qtbot.waitUntil(lambda: "/s" in dlg.detail.text(), timeout=5000)
    assert "MB" in dlg.detail.text()
    dlg.cancel_button.click()
    assert runner.wait_idle()
    assert cancelled == [True] and task.progress.cancelled


def test_formatting() -> None:
    assert format_bytes(1_500_000) == "1.5 MB"
    assert format_duration(75) == "1 min 15 s"


def test_superseded_queued_task_never_runs(qtbot):  # type: ignore[no-untyped-def]
    runner = TaskRunner(None, read_threads=1)
    gate = threading.Event()
    ran: list[str] = []
    runner.query(lambda p: gate.wait(5))  # occupies the only reader
    runner.query(lambda p: ran.append("old"), key="search")
    runner.query(lambda p: ran.append("new"), key="search")
    assert len(runner.active_tasks()) == 2  # the old search left the queue at once
    gate.set()
    assert runner.wait_idle()
    assert ran == ["new"]
    runner.shutdown()
