"""GUI entry point: ``run_gui(argv) -> int``.

QApplication, translators, the database (with a clear dialog instead of a
traceback when it cannot be opened), the first-run welcome dialog (when the
packaging area provides it), then the main window.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
import time
from collections.abc import Sequence
from typing import Any

log = logging.getLogger("exemptio.ui")

_T0 = time.perf_counter()


# The GUI's options with a value, and their help (both parsers below use them).
_OPTION_HELP = {
    "--home": "data folder",
    "--db": "database path or URL",
    "--officer": "acting officer",
    "--language": "interface language (en, fr, de)",
}
_VALUE_OPTIONS = tuple(_OPTION_HELP)


def _parse_plain(argv: Sequence[str]) -> argparse.Namespace | None:
    """The usual command lines without building an ArgumentParser (its help
    formatter imports shutil & co., ~4 ms before the window); None for anything
    else (--help, Qt's own options, mistakes), which ``_parse`` hands to argparse."""
    ns = argparse.Namespace(home=None, db=None, officer=None, language=None, exit_when_ready=False)
    args = list(argv)
    i = 0
    while i < len(args):
        name, eq, value = args[i].partition("=")
        if name == "--exit-when-ready" and not eq:
            ns.exit_when_ready = True
        elif name in _VALUE_OPTIONS:
            if not eq:
                if i + 1 >= len(args) or args[i + 1].startswith("-"):
                    return None
                i += 1
                value = args[i]
            setattr(ns, name[2:], value)
        else:
            return None
        i += 1
    return ns


def _parse(argv: Sequence[str]) -> argparse.Namespace:
    plain = _parse_plain(argv)
    if plain is not None:
        return plain
    p = argparse.ArgumentParser(prog="exemptio gui", add_help=True)
    for option, help_text in _OPTION_HELP.items():
        p.add_argument(option, help=help_text)
    # For benchmarks and screenshots: print seconds to a usable window, then quit.
    p.add_argument("--exit-when-ready", action="store_true", help=argparse.SUPPRESS)
    args, _qt_args = p.parse_known_args(list(argv))
    return args


def _maybe_welcome(ctx: Any, window: Any) -> None:
    """First-run welcome dialog, when the packaging area provides one."""
    if ctx.settings.first_run_done:
        return
    try:
        mod = importlib.import_module("app.ui.dialogs.welcome")
    except ImportError:
        return
    fn = getattr(mod, "maybe_show_welcome", None) or getattr(mod, "show_welcome", None)
    cls = getattr(mod, "WelcomeDialog", None)
    try:
        if fn is not None:
            fn(ctx, window)
        elif cls is not None:
            dlg = cls(ctx, window)
            dlg.open()
    except Exception:  # a welcome problem must never block the work
        log.exception("welcome dialog failed")
        return
    # The welcome may set the officer profile or add the demo cases: show them.
    from app.ui.qt import QDialog

    for dlg in window.findChildren(QDialog):
        if type(dlg).__name__ == "WelcomeDialog":
            dlg.finished.connect(lambda _r: (window.refresh_identity(), window.case_list.refresh()))


def _no_display() -> bool:
    """Qt aborts the process when it finds no display; say so plainly instead."""
    import os

    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def run_gui(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    args = _parse(argv)
    if _no_display():
        sys.stderr.write(
            "exemptio: no display to open a window on (DISPLAY and WAYLAND_DISPLAY are not set). "
            "Run it in a desktop session, or use the command line: exemptio --help\n"
        )
        return 2
    # What the window needs besides Qt is imported before PySide6: once PySide6 is
    # loaded, its import hook reads the source file of every newly imported module
    # (shibokensupport.feature, looking for "PySide6" in it).
    import app.domain.lifecycle
    import app.services.case_read
    import app.services.context
    import app.services.records  # noqa: F401
    from app.ui import i18n  # noqa: F401
    from app.ui.qt import QApplication

    app = QApplication.instance() or QApplication(
        [sys.argv[0], *[a for a in argv if a.startswith("-platform")]]
    )
    app.setApplicationName("Exemptio")
    app.setOrganizationName("Exemptio")
    app.setApplicationDisplayName("Exemptio")
    startup = _Startup(args, app, exit=app.exit)
    if not startup.begin():
        return 2
    try:
        return int(app.exec())
    finally:
        startup.close()
        # Closing the last window also posts a Quit event; run_gui returned already,
        # so drop it rather than let it end the next event loop of this process
        # (a dialog's, when run_gui is called again, as the tests do).
        from app.ui.qt import QEvent

        QApplication.removePostedEvents(app, QEvent.Type.Quit)


class _Startup:
    """What run_gui starts, on the running event loop: the database (or, when it
    cannot be opened, the chooser of :mod:`app.ui.startup_chooser`), then the main
    window and what follows its first paint. Nothing here blocks: ``begin`` returns
    at once, with the window or the chooser on screen; ``exit(code)`` ends the event
    loop (``app.exit``), here only when the officer quits the chooser (2).
    """

    def __init__(self, args: argparse.Namespace, app: Any, *, exit: Any) -> None:
        self.args = args
        self.app = app
        self._exit = exit
        self.ctx: Any = None
        self.chooser: Any = None
        self.window: Any = None
        self.checks: _StartupChecks | None = None
        self.first_paint: _FirstPaint | None = None

    def begin(self) -> bool:
        """Open the database and show the window, or show the chooser; False when
        there is nothing to run (``--exit-when-ready`` and no database: said on stderr)."""
        from app.ui.startup_chooser import DatabaseChooser, open_database

        args = self.args
        ctx, message = open_database(args.home, args.db, args.officer)
        if ctx is not None:
            self.open_window(ctx)
            return True
        if args.exit_when_ready:
            sys.stderr.write(f"exemptio: {message}\n")
            return False
        # No window yet: closing the chooser for a file dialog must not end the loop.
        self.app.setQuitOnLastWindowClosed(False)
        self.chooser = DatabaseChooser(
            args.home, args.db, args.officer, opened=self.open_window, quit=self._quit
        )
        self.chooser.ask(message)
        return True

    def _quit(self) -> None:
        self.app.setQuitOnLastWindowClosed(True)
        self._exit(2)

    def open_window(self, ctx: Any) -> None:
        from app.ui import i18n
        from app.ui.qt import QTimer

        self.ctx = ctx
        self.chooser = None
        self.app.setQuitOnLastWindowClosed(True)
        args, app = self.args, self.app
        language = i18n.install(i18n.choose_language(args.language or ctx.settings.ui_language))
        from app.ui.main_window import MainWindow

        # Progressive start: the case list first; the menus, actions and status-bar
        # labels right after its first page is painted (see MainWindow.ensure_complete).
        self.window = window = MainWindow(ctx, progressive=True)
        # The first page is read in the background: the window paints at once (its list
        # empty and busy) and the rows come through the model's ``reloaded`` signal;
        # _FirstPaint waits for them before calling the window ready.
        window.show()
        self.checks = checks = _StartupChecks(ctx, window, language)
        self.first_paint = first_paint = _FirstPaint(window)
        if args.exit_when_ready:
            # "Usable" = on screen (exposed by the platform) with the first page painted.
            def ready() -> None:
                elapsed = time.perf_counter() - _T0
                sys.stdout.write(f"ready {elapsed:.4f} rows={window.case_list.model.rowCount()}\n")
                sys.stdout.flush()

            first_paint.then(ready)
        # Once the first page is on screen: the rest of the window, then the start-up
        # checks in the background (and the welcome dialog on a first run).
        first_paint.then(window.ensure_complete)
        first_paint.then(checks.start)
        # A window that starts hidden, or a slow first page (a network drive), must
        # not keep the menus and the start-up checks waiting (both are idempotent).
        QTimer.singleShot(1500, window.ensure_complete)
        QTimer.singleShot(1500, checks.start)
        if args.exit_when_ready:
            # The start-up checks still decide the exit code (2: a broken definition).
            first_paint.then(lambda: checks.when_done(lambda: (window.close(), app.exit(checks.exit_code))))
        else:
            first_paint.then(lambda: _maybe_welcome(ctx, window))
            # then the daily audit checkpoint is offered: a notice in the status bar, never a dialog
            first_paint.then(lambda: checks.when_done(window.check_audit_checkpoint))
        first_paint.start()

    def close(self) -> None:
        self.app.setQuitOnLastWindowClosed(True)
        if self.ctx is not None:
            self.ctx.close()


class _FirstPaint:
    """Runs callbacks once the main window is on screen with the first page of the
    case list painted — the moment the officer can work. What is not needed for
    that (menus, start-up checks, the welcome dialog) waits for it.

    Made right after ``window.show()``. "On screen" = the platform has exposed the
    window: Qt paints a window while it handles its expose, so when the rows were
    there before ``show()`` they are painted by then; rows that came later are
    painted here (``repaint``).
    """

    def __init__(self, window: Any) -> None:
        self.window = window
        self.callbacks: list[Any] = []
        self.done = False
        model = window.case_list.model
        self.painted_at_expose = model.rowCount() > 0 and not model.busy
        self.resets_at_show = model.resets
        self.started = time.monotonic()
        self._waiting = False  # a timer will look again
        model.reloaded.connect(self._poll)
        model.failed.connect(self._poll)

    def then(self, fn: Any) -> None:
        self.callbacks.append(fn)

    def _poll_again(self) -> None:
        self._waiting = False
        self._poll()

    def start(self) -> None:
        from app.ui.qt import QTimer

        self.started = time.monotonic()
        QTimer.singleShot(0, self._poll)

    def _poll(self, *_args: object) -> None:
        if self.done:
            return
        from app.ui.qt import QTimer

        window = self.window
        handle = window.windowHandle()
        if handle is None or not handle.isExposed():
            # The expose comes with the next events, unless the window starts hidden
            # (minimised, another workspace): then look again now and then.
            if not self._waiting:
                self._waiting = True
                soon = time.monotonic() - self.started < 0.2
                QTimer.singleShot(1 if soon else 50, self._poll_again)
            return
        model = window.case_list.model
        if model.busy:
            return  # its reloaded/failed signal calls again
        if not (self.painted_at_expose and model.resets == self.resets_at_show):
            window.repaint()
        self.done = True
        for fn in self.callbacks:
            fn()


class _StartupChecks:
    """Checklist definitions and the licence knowledge base must load cleanly: a
    broken definition stops the app with its message rather than half-work.

    They run in a worker thread once the first page of the case list is on
    screen (they need jsonschema and SQLAlchemy, which take longer to import than
    the window takes to appear); loading them also warms up what the first
    search and the first opened case need. Until they pass, nothing can have
    been changed: every change goes through SQLAlchemy, which they load first.
    """

    def __init__(self, ctx: Any, window: Any, language: str) -> None:
        self.ctx = ctx
        self.window = window
        self.language = language
        self.started = False
        self.done = False
        self.exit_code = 0
        self._then: list[Any] = []

    def start(self) -> None:
        if self.started:
            return
        self.started = True
        # Also after the first page: the log file and the window icon (SVG).
        from app.logging_setup import setup_logging
        from app.resources import resource_path
        from app.ui.qt import QApplication, QIcon

        setup_logging(self.ctx.paths)
        log.info("interface language: %s", self.language)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.setWindowIcon(QIcon(str(resource_path("icons", "exemptio.svg"))))
        self.window.runner.query(self._work, self._ok, self._failed, key=f"startup-checks-{id(self)}")

    def _work(self, _progress: Any) -> None:
        from app.services import cases  # noqa: F401 - warm-up: SQLAlchemy and the models
        from app.services.checklist import check_resources

        check_resources(self.ctx)

    def _ok(self, _result: Any) -> None:
        self._finish()

    def _failed(self, err: BaseException) -> None:
        from app.domain.checklist import DefinitionError

        if not isinstance(err, DefinitionError):
            log.error("start-up checks could not run: %s", err)
            self._finish()
            return
        from app.ui import message_box
        from app.ui.qt import QApplication

        sys.stderr.write(f"exemptio: {err}\n")
        self.exit_code = 2
        self.window.hide()
        if not self._then:  # interactive: say so (window-modal box, opened), then stop

            def stop() -> None:
                self.window.close()
                QApplication.exit(2)

            box = message_box.error(None, str(err), "Exemptio")
            box.finished.connect(lambda _r: stop())
        self._finish()

    def _finish(self) -> None:
        self.done = True
        then, self._then = self._then, []
        for fn in then:
            fn()

    def when_done(self, fn: Any) -> None:
        if self.done:
            fn()
        else:
            self._then.append(fn)
            self.start()
