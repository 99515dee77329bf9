"""Screenshots of the real app on the demo data, under Xvfb, in English, French and German.

    .venv/bin/python scripts/screenshots.py [--out docs/screenshots] [--language en fr de]

Starts ``Xvfb :87 -screen 0 1920x1080x24`` (unless a display :87 already runs),
seeds the fictional demo cases into a throw-away data folder, runs the app with
``QT_QPA_PLATFORM=xcb`` once per language and writes main-window.png,
case-workspace.png, dashboard.png, command-palette.png, shortcuts.png and
record-decision.png (English in ``--out``, French and German in ``--out``/fr and
``--out``/de). The palette is a separate popup window, so that one is taken from
the X root window with ImageMagick's ``import``.
Needs: xvfb, imagemagick (/usr/bin/import), libxcb-icccm4, libxcb-keysyms1.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DISPLAY = ":87"
SIZE = (1920, 1080)
LANGUAGES = ("en", "fr", "de")


def parent(out: Path, languages: list[str]) -> int:
    if not shutil.which("Xvfb"):
        sys.exit("screenshots: Xvfb is not installed (apt-get install xvfb)")
    xvfb = None
    lock = Path(f"/tmp/.X{DISPLAY[1:]}-lock")
    if not lock.exists():
        xvfb = subprocess.Popen(
            ["Xvfb", DISPLAY, "-screen", "0", f"{SIZE[0]}x{SIZE[1]}x24", "-nolisten", "tcp"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        for _ in range(50):
            if lock.exists():
                break
            time.sleep(0.1)
    home = Path(tempfile.mkdtemp(prefix="exemptio-shots-"))
    try:
        env = dict(
            os.environ,
            DISPLAY=DISPLAY,
            QT_QPA_PLATFORM="xcb",
            EXEMPTIO_HOME=str(home),
            EXEMPTIO_OFFICER="ŚMISZEK Ewa",
            LANG="en_GB.UTF-8",
            QT_SCALE_FACTOR="1",
        )
        env.pop("EXEMPTIO_DB", None)
        subprocess.run([sys.executable, "-m", "app", "demo"], cwd=REPO, env=env, check=True)
        for lang in languages:
            where = out if lang == "en" else out / lang
            p = subprocess.run(
                [sys.executable, __file__, "--child", "--out", str(where), "--language", lang],
                cwd=REPO,
                env=env,
                timeout=300,
            )
            if p.returncode:
                return p.returncode
        return 0
    finally:
        if xvfb is not None:
            xvfb.terminate()
            xvfb.wait(timeout=10)
        shutil.rmtree(home, ignore_errors=True)


def child(out: Path, language: str) -> int:
    sys.path.insert(0, str(REPO))
    from app.services.context import open_context
    from app.ui import i18n
    from app.ui.qt import QApplication, QFont

    app = QApplication([sys.argv[0]])
    app.setApplicationName("Exemptio")
    app.setStyle("Fusion")
    font = QFont("Noto Sans")
    font.setPointSizeF(9.5)
    app.setFont(font)
    i18n.install(language)
    ctx = open_context()
    from app.ui.main_window import MainWindow

    w = MainWindow(ctx)
    w.setGeometry(0, 0, SIZE[0], SIZE[1])
    w.show()

    from app.ui.qt import QTest

    def settle(ms: int = 400) -> None:
        """Let the background reads land, then give the screen ``ms`` to paint."""
        assert w.runner.wait_idle(20_000)
        QTest.qWait(ms)

    settle(800)
    out.mkdir(parents=True, exist_ok=True)
    model = w.case_list.model
    # Select an overdue case so the highlight and the status bar show.
    for row in range(model.rowCount()):
        if "sent back" in model.record(row).title:
            w.case_list.view.setCurrentIndex(model.index(row, 0))
    settle()
    w.grab().save(str(out / "main-window.png"))

    ref = next(
        model.record(r).reference for r in range(model.rowCount()) if "reopened" in model.record(r).title
    )
    w.open_case(ref)
    settle(600)
    w.grab().save(str(out / "case-workspace.png"))

    w.show_dashboard()
    settle(600)
    w.grab().save(str(out / "dashboard.png"))

    w.show_case_list()
    settle()
    palette = w.show_palette()
    for ch in "open":
        palette.edit.insert(ch)
        settle(60)
    settle(800)
    shot = out / "command-palette.png"
    if Path("/usr/bin/import").exists():
        subprocess.run(["/usr/bin/import", "-window", "root", str(shot)], check=True)
    else:  # compose by hand: the window, then the popup on top
        from app.ui.qt import QPainter

        img = w.grab()
        painter = QPainter(img)
        painter.drawPixmap(palette.pos() - w.pos(), palette.grab())
        painter.end()
        img.save(str(shot))
    palette.hide()

    # F1: the keys by context
    w.show_case_list()
    settle()
    keys = w.show_shortcuts()
    keys.resize(760, 1000)
    keys.move(w.x() + 580, w.y() + 40)
    settle(500)
    subprocess.run(["/usr/bin/import", "-window", "root", str(out / "shortcuts.png")], check=True)
    keys.close()

    # Record decision: asks, with the outcome in view (a case in review)
    review = next(
        (model.record(r).reference for r in range(model.rowCount()) if model.record(r).status == "review"),
        None,
    )
    if review is not None:
        ws = w.open_case(review)
        settle(600)
        ws.overview.request_decision()
        settle(500)
        subprocess.run(["/usr/bin/import", "-window", "root", str(out / "record-decision.png")], check=True)
        if ws.overview.decision_dialog is not None:
            ws.overview.decision_dialog.reject()
    w.close()
    ctx.close()
    print("screenshots written to", out)
    return 0


def main() -> int:
    p = argparse.ArgumentParser(description="Screenshots of Exemptio on the demo data (Xvfb).")
    p.add_argument("--out", default=str(REPO / "docs" / "screenshots"))
    p.add_argument("--language", nargs="+", default=list(LANGUAGES), choices=LANGUAGES)
    p.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = p.parse_args()
    out = Path(args.out).resolve()
    return child(out, args.language[0]) if args.child else parent(out, args.language)


if __name__ == "__main__":
    sys.exit(main())
