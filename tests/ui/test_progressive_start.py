"""Progressive start: the case list first, the rest of the window right after
its first page is painted (MainWindow(progressive=True), as run_gui builds it)."""

from __future__ import annotations

from typing import Any


def test_progressive_window_completes_after_the_first_page(ctx: Any, qtbot: Any, make_case: Any) -> None:
    from app.ui.main_window import MainWindow

    make_case(title="Progressive start")
    w = MainWindow(ctx, progressive=True)
    qtbot.addWidget(w)
    w.show()
    assert w.runner.wait_idle()
    # What the officer sees first: the case list, its row on screen (how the window
    # gets there, and what is built before or after, is left to the code).
    view = w.case_list.view
    assert view.isVisible() and [r.title for r in w.case_list.model.records()] == ["Progressive start"]
    row = view.visualRect(view.model().index(0, 1))
    assert row.isValid() and view.viewport().rect().contains(row.center())
    assert view.model().index(0, 1).data() == "Progressive start"
    with qtbot.waitSignal(w.ready, timeout=2000):
        w.ensure_complete()
    assert w.complete
    assert [a.text() for a in w.menuBar().actions()] == ["&File", "&Case", "&View", "&Help"]
    missing = [name for name, a in w.actions_by_name.items() if a.shortcut().isEmpty()]
    assert missing == ["to_decided"] and len(w.actions_by_name) > 30  # deciding is never one key
    assert "Officer:" in w.officer_label.text()
    # Idempotent: no second set of actions, no second ``ready``.
    n = len(w.actions())
    with qtbot.assertNotEmitted(w.ready):
        w.ensure_complete()
    assert len(w.actions()) == n
    w.runner.shutdown()


def _close_when(window: Any, ready: Any, every_ms: int) -> None:
    """Close ``window`` and end run_gui's event loop (0) once ``ready()``, looking again
    every ``every_ms``."""
    from app.ui.qt import QApplication, QTimer

    def check() -> None:
        if ready():
            window.close()
            QApplication.exit(0)
        else:
            QTimer.singleShot(every_ms, check)

    QTimer.singleShot(every_ms, check)


def test_run_gui_completes_the_window_after_the_first_page(ctx: Any, qtbot: Any, monkeypatch: Any) -> None:
    """run_gui's window gets its menus and shortcuts once the first page is painted."""
    from app.ui import application
    from app.ui.main_window import MainWindow

    seen: list[MainWindow] = []
    real_init = MainWindow.__init__

    def spy(self: MainWindow, *a: Any, **kw: Any) -> None:
        real_init(self, *a, **kw)
        seen.append(self)
        assert kw.get("progressive") is True and not self.complete
        _close_when(self, lambda: self.complete, 20)

    monkeypatch.setattr(MainWindow, "__init__", spy)
    monkeypatch.setattr(application, "_maybe_welcome", lambda ctx, window: None)
    rc = application.run_gui(["--home", str(ctx.paths.home), "--officer", "Test Officer"])
    assert rc == 0
    assert seen and seen[0].complete
    assert [n for n, a in seen[0].actions_by_name.items() if a.shortcut().isEmpty()] == ["to_decided"]


def test_menus_come_even_when_the_first_paint_is_never_seen(ctx: Any, qtbot: Any, monkeypatch: Any) -> None:
    """A window that starts hidden (minimised, another workspace) is never exposed:
    the menus and the start-up checks come anyway, after a moment."""
    from app.ui import application
    from app.ui.main_window import MainWindow

    monkeypatch.setattr(application._FirstPaint, "start", lambda self: None)  # never "painted"
    monkeypatch.setattr(application, "_maybe_welcome", lambda ctx, window: None)
    seen: list[MainWindow] = []
    started: list[bool] = []
    real_init = MainWindow.__init__
    real_start = application._StartupChecks.start

    def spy_start(self: Any) -> None:
        started.append(True)
        real_start(self)

    def spy(self: MainWindow, *a: Any, **kw: Any) -> None:
        real_init(self, *a, **kw)
        seen.append(self)
        _close_when(self, lambda: self.complete and bool(started), 50)

    monkeypatch.setattr(MainWindow, "__init__", spy)
    monkeypatch.setattr(application._StartupChecks, "start", spy_start)
    rc = application.run_gui(["--home", str(ctx.paths.home), "--officer", "Test Officer"])
    assert rc == 0
    assert seen and seen[0].complete and started


def test_run_gui_leaves_no_quit_behind() -> None:
    """Closing the last window posts a Quit event; once run_gui has returned it must
    not end the next event loop of the same process. Seen as: a run_gui test, then a
    start-up error dialog test in the same pytest process, whose message box closed
    at once (the order the full suite happens not to run them in)."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    repo = Path(__file__).resolve().parents[2]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    p = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "tests/ui/test_progressive_start.py::test_run_gui_completes_the_window_after_the_first_page",
            "tests/ui/test_startup_chooser.py::test_run_gui_quit_returns_2_and_writes_nothing",
            "tests/ui/test_startup_chooser.py::test_run_gui_opens_another_folder_from_the_chooser",
        ],
        cwd=repo,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert p.returncode == 0, p.stdout[-3000:]
    assert "3 passed" in p.stdout


def test_the_window_paints_at_once_and_the_rows_come_with_the_page(
    ctx: Any, qtbot: Any, make_case: Any, monkeypatch: Any
) -> None:
    """Start-up does not wait for the first page: the window is shown and exposed
    while the page is still being read (here held back), and the rows are on screen
    in the very signal that brings the page (no further turn of the event loop)."""
    import threading

    from app.ui import application
    from app.ui.main_window import MainWindow
    from app.ui.models.case_table import CaseTableModel

    make_case(title="Arrives later")
    gate = threading.Event()
    real_fetch = CaseTableModel._fetch_from_service

    def held(self: CaseTableModel, *a: Any) -> Any:  # worker thread
        gate.wait(30)
        return real_fetch(self, *a)

    monkeypatch.setattr(CaseTableModel, "_fetch_from_service", held)
    w = MainWindow(ctx, progressive=True)
    qtbot.addWidget(w)
    try:
        with qtbot.waitExposed(w):
            w.show()
        model = w.case_list.model
        first_paint = application._FirstPaint(w)
        ready: list[int] = []
        first_paint.then(lambda: ready.append(model.rowCount()))
        first_paint.start()
        qtbot.wait(1)  # one turn of the event loop: the window is on screen, the page held
        assert w.isVisible() and model.busy and model.rowCount() == 0
        assert not first_paint.done and ready == []
        at_page: list[tuple[bool, list[int], str]] = []
        model.reloaded.connect(
            lambda: at_page.append((first_paint.done, list(ready), str(model.index(0, 1).data())))
        )
        with qtbot.waitSignal(model.reloaded, timeout=20_000):
            gate.set()
        # _FirstPaint listens to the same signal (connected first): in that one emission
        # the window was repainted with the row and declared ready.
        assert at_page == [(True, [1], "Arrives later")]
    finally:
        gate.set()
        w.runner.shutdown()
