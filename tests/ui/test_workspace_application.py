"""run_gui: the real process starts to a usable window, and says plainly (no
traceback) when the database cannot be opened; the chooser it shows then is
tests/ui/test_startup_chooser.py."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def _run(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, EXEMPTIO_HOME=str(home), QT_QPA_PLATFORM="offscreen")
    env.pop("EXEMPTIO_DB", None)
    return subprocess.run(
        [sys.executable, "-m", "app", *args], capture_output=True, text=True, env=env, cwd=REPO, timeout=120
    )


def test_process_starts_to_a_usable_window_on_demo_data(tmp_path):  # type: ignore[no-untyped-def]
    home = tmp_path / "h"
    assert _run(home, "demo", "--officer", "Demo Officer").returncode == 0  # writes name their officer
    p = _run(home, "gui", "--exit-when-ready", "--language", "fr")
    assert p.returncode == 0, p.stderr
    assert p.stdout.startswith("ready ") and "rows=21" in p.stdout


def test_process_with_a_corrupt_database_says_so(tmp_path):  # type: ignore[no-untyped-def]
    home = tmp_path / "h"
    home.mkdir()
    (home / "exemptio.db").write_text("not sqlite")
    p = _run(home, "gui", "--exit-when-ready")
    assert p.returncode == 2
    assert "is not an Exemptio database" in p.stderr
    assert "Traceback" not in p.stderr


def test_first_run_shows_the_welcome_dialog_once(ctx, qtbot):  # type: ignore[no-untyped-def]
    from app.ui.application import _maybe_welcome
    from app.ui.main_window import MainWindow
    from app.ui.qt import QDialog
    from tests.ui.helpers import assert_welcome_only_on_first_run

    w = MainWindow(ctx)
    qtbot.addWidget(w)

    def welcomes() -> list[QDialog]:
        return [d for d in w.findChildren(QDialog) if type(d).__name__ == "WelcomeDialog" and d.isVisible()]

    assert_welcome_only_on_first_run(ctx, lambda: _maybe_welcome(ctx, w), welcomes)
    assert w.runner.wait_idle()


def test_no_display_is_a_clear_message_not_an_abort(tmp_path):  # type: ignore[no-untyped-def]
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["EXEMPTIO_HOME"] = str(tmp_path / "h")
    p = subprocess.run(
        [sys.executable, "-m", "app"], capture_output=True, text=True, env=env, cwd=REPO, timeout=60
    )
    assert p.returncode == 2
    assert "no display" in p.stderr and "exemptio --help" in p.stderr
