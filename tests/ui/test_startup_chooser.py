"""The start-up database chooser: when the database cannot be opened, a box says why
and offers another data folder, another database file, or quitting. It never blocks:
``_Startup.begin`` returns with the box on screen and start-up goes on from its
answer, with the event loop running (real offscreen windows, driven with pytest-qt)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

import pytest

from app.ui.qt import QApplication, QFileDialog, QMessageBox, QTimer

FOLDER = "Choose data folder…"
FILE = "Choose database file…"


def _args(home: Path, **kw: object) -> argparse.Namespace:
    base = {"home": str(home), "db": None, "officer": "Test Officer", "language": None}
    return argparse.Namespace(**{**base, "exit_when_ready": False, **kw})


def _broken_home(tmp_path: Path, content: bytes = b"this is not a database at all, just text" * 10) -> Path:
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "exemptio.db").write_bytes(content)
    return broken


def _tree(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def _chooser_box() -> QMessageBox | None:
    boxes = [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QMessageBox) and w.objectName() == "startupDatabaseChooser" and w.isVisible()
    ]
    return boxes[0] if boxes else None


def _file_dialog() -> QFileDialog | None:
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, QFileDialog) and w.isVisible()]
    return dialogs[0] if dialogs else None


def _click(box: QMessageBox, text: str) -> None:
    (button,) = [b for b in box.buttons() if b.text() == text]
    button.click()


def _pick(dialog: QFileDialog, path: Path) -> None:
    dialog.selectFile(str(path))
    dialog.accept()


def _picker(path: Path) -> Any:
    """A step that picks ``path`` in the file dialog once it is open and is done when the
    dialog has gone: a pick the dialog did not take (it was still listing the folder) is
    made again on the next call."""
    seen = [False]

    def step() -> bool:
        dialog = _file_dialog()
        if dialog is None:
            return seen[0]
        seen[0] = True
        _pick(dialog, path)
        return False

    return step


def _close_leftovers() -> None:
    from app.ui.main_window import MainWindow

    for w in QApplication.topLevelWidgets():
        if isinstance(w, (QMessageBox, QFileDialog)) and w.isVisible():
            w.done(0)
        if isinstance(w, (QMessageBox, QFileDialog, MainWindow)) and w.isVisible():
            w.hide()
            w.deleteLater()
    QApplication.processEvents()


@pytest.fixture(autouse=True)
def _no_window_left_behind(qapp: Any) -> Any:
    """Each test finds only its own chooser, file dialog and window: one left open by an
    earlier test in the same process would be picked instead (and would keep run_gui's event
    loop from ending when the test closes its own window)."""
    _close_leftovers()
    yield
    _close_leftovers()


@pytest.fixture
def good_home(ctx: Any, make_case: Any) -> Path:
    """The test's data folder, with two cases."""
    make_case(title="First claim")
    make_case(title="Second claim")
    return Path(ctx.paths.home)


@pytest.fixture
def no_welcome(monkeypatch: pytest.MonkeyPatch) -> None:
    from app.ui import application

    monkeypatch.setattr(application, "_maybe_welcome", lambda ctx, window: None)


def _start(args: argparse.Namespace, qapp: Any, exits: list[int]) -> Any:
    from app.ui import application

    startup = application._Startup(args, qapp, exit=exits.append)
    assert startup.begin() is True
    return startup


def _window_painted(startup: Any, qtbot: Any) -> Any:
    qtbot.waitUntil(lambda: startup.first_paint is not None and startup.first_paint.done, timeout=10000)
    window = startup.window
    qtbot.addWidget(window)
    view = window.case_list.view
    assert window.isVisible() and view.isVisible()
    titles = sorted(r.title for r in window.case_list.model.records())
    assert titles == ["First claim", "Second claim"]
    row = view.visualRect(view.model().index(0, 1))
    assert row.isValid() and view.viewport().rect().contains(row.center())
    return window


def _finish(startup: Any, qtbot: Any) -> None:
    qtbot.waitUntil(lambda: startup.checks is not None and startup.checks.done, timeout=20000)
    startup.window.close()
    assert startup.window.runner.wait_idle()
    startup.window.runner.shutdown()
    startup.close()


def test_the_chooser_does_not_block_and_a_folder_opens_the_window(  # type: ignore[no-untyped-def]
    tmp_path, good_home, qapp, qtbot, no_welcome
):
    broken = _broken_home(tmp_path)
    exits: list[int] = []
    startup = _start(_args(broken), qapp, exits)
    # begin() has returned, with the box on screen and no window: nothing waits in a nested loop.
    box = _chooser_box()
    assert box is not None and startup.window is None
    assert "is not an Exemptio database" in box.text()
    assert box.icon() == QMessageBox.Icon.Critical
    assert [b.text() for b in box.buttons()] == [FOLDER, FILE, "Quit"]
    assert box.defaultButton().text() == FOLDER and box.escapeButton().text() == "Quit"
    # The event loop runs while the officer reads it.
    ticked: list[bool] = []
    QTimer.singleShot(0, lambda: ticked.append(True))
    qtbot.waitUntil(lambda: bool(ticked))
    assert _chooser_box() is box

    _click(box, FOLDER)
    qtbot.waitUntil(lambda: _file_dialog() is not None)
    dialog = _file_dialog()
    assert dialog is not None and dialog.fileMode() == QFileDialog.FileMode.Directory
    qtbot.waitUntil(_picker(good_home))
    window = _window_painted(startup, qtbot)
    assert Path(startup.ctx.paths.home) == good_home.resolve()
    assert exits == [] and _chooser_box() is None
    assert window.windowHandle() is not None
    _finish(startup, qtbot)


def test_a_cancelled_file_dialog_asks_again_and_a_database_file_opens(  # type: ignore[no-untyped-def]
    tmp_path, good_home, qapp, qtbot, no_welcome
):
    broken = _broken_home(tmp_path, b"garbage" * 100)
    exits: list[int] = []
    startup = _start(_args(broken), qapp, exits)
    first = _chooser_box()
    assert first is not None and "not SQLite" in first.text()
    _click(first, FOLDER)
    qtbot.waitUntil(lambda: _file_dialog() is not None)
    dialog = _file_dialog()
    assert dialog is not None
    dialog.reject()  # as before: the same database is tried again, and the box says why again
    qtbot.waitUntil(lambda: _chooser_box() is not None)
    again = _chooser_box()
    assert again is not None and "not SQLite" in again.text() and startup.window is None

    _click(again, FILE)
    qtbot.waitUntil(lambda: _file_dialog() is not None)
    dialog = _file_dialog()
    assert dialog is not None and dialog.fileMode() == QFileDialog.FileMode.ExistingFile
    assert dialog.nameFilters() == ["SQLite database (*.db *.sqlite)", "All files (*)"]
    qtbot.waitUntil(_picker(good_home / "exemptio.db"))
    _window_painted(startup, qtbot)
    assert startup.ctx.sqlite_file.resolve() == (good_home / "exemptio.db").resolve()
    assert exits == []
    _finish(startup, qtbot)


def test_quitting_the_chooser_ends_start_up_and_writes_nothing(tmp_path, qapp, qtbot):  # type: ignore[no-untyped-def]
    broken = _broken_home(tmp_path)
    before = _tree(tmp_path)
    exits: list[int] = []
    startup = _start(_args(broken), qapp, exits)
    box = _chooser_box()
    assert box is not None
    _click(box, "Quit")
    qtbot.waitUntil(lambda: exits == [2])
    assert startup.window is None and startup.ctx is None and _file_dialog() is None
    startup.close()
    assert _tree(tmp_path) == before


def _answer_later(steps: list[Any], errors: list[BaseException]) -> None:
    """Run each step once it returns True, polling on run_gui's event loop. A step
    that raises, or steps never done after many polls, end the loop with 99 (rather
    than leave run_gui waiting for an officer)."""
    polls = [0]

    def poll() -> None:
        polls[0] += 1
        try:
            while steps and steps[0]():
                steps.pop(0)
        except Exception as err:  # noqa: BLE001 - reported by the test
            errors.append(err)
            QApplication.exit(99)
            return
        if steps and polls[0] > 1500:
            shown = [
                f"{type(w).__name__}:{w.objectName()}"
                for w in QApplication.topLevelWidgets()
                if w.isVisible()
            ]
            errors.append(
                RuntimeError(f"step {getattr(steps[0], '__name__', steps[0])} never done; shown: {shown}")
            )
            QApplication.exit(99)
        elif steps:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(20, poll)


def test_run_gui_quit_returns_2_and_writes_nothing(tmp_path, qapp):  # type: ignore[no-untyped-def]
    from app.ui.application import run_gui

    broken = _broken_home(tmp_path, b"garbage" * 100)
    before = _tree(tmp_path)
    seen: list[str] = []

    def quit_box() -> bool:
        box = _chooser_box()
        if box is None:
            return False
        seen.append(box.text())
        _click(box, "Quit")
        return True

    errors: list[BaseException] = []
    _answer_later([quit_box], errors)
    assert run_gui(["--home", str(broken), "--officer", "Test Officer"]) == 2, errors
    assert seen and "not SQLite" in seen[0]
    assert _tree(tmp_path) == before
    assert qapp.quitOnLastWindowClosed()


def test_run_gui_opens_another_folder_from_the_chooser(tmp_path, good_home, qapp, no_welcome):  # type: ignore[no-untyped-def]
    from app.ui.application import run_gui
    from app.ui.main_window import MainWindow

    broken = _broken_home(tmp_path)

    def choose_folder() -> bool:
        box = _chooser_box()
        if box is not None:
            _click(box, FOLDER)
        return box is not None

    pick_folder = _picker(good_home)

    def close_when_ready() -> bool:
        shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        windows = [w for w in shown if w.complete]
        if windows and windows[0].case_list.model.rowCount() == 2:
            windows[0].close()  # the last window: the event loop ends with 0
            return True
        return False

    errors: list[BaseException] = []
    _answer_later([choose_folder, pick_folder, close_when_ready], errors)
    assert run_gui(["--home", str(broken), "--officer", "Test Officer"]) == 0, errors
