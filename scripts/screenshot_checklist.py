"""Screenshot of the checklist wizard with its live outcome panel.

Runs the real ChecklistTab on a throw-away database (a Llama 3.1 405B-like case,
licence and policy attached as evidence) and saves
docs/screenshots/checklist-wizard.png.

    Xvfb :97 -screen 0 1600x1000x24 &
    DISPLAY=:97 QT_QPA_PLATFORM=xcb .venv/bin/python scripts/screenshot_checklist.py
    # or, without a display server:
    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshot_checklist.py
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
DATA = REPO / "tests" / "data" / "licences"
OUT = REPO / "docs" / "screenshots" / "checklist-wizard.png"

ALL_M10 = ["modalities", "capabilities_limitations", "integration_means", "configuration"]


def main() -> int:
    home = tempfile.mkdtemp(prefix="exemptio-shot-")
    os.environ["EXEMPTIO_HOME"] = home
    os.environ.pop("EXEMPTIO_DB", None)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from app.services import cases, evidence
    from app.services import checklist as svc
    from app.services.context import open_context
    from app.ui.qt import QApplication, QFont, QTimer
    from app.ui.tabs.checklist import ChecklistTab
    from app.ui.tasks import TaskRunner

    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setFont(QFont("Noto Sans", 10))
    ctx = open_context(officer="Anna Kowalska")
    rec = cases.create_case(
        ctx,
        cases.NewCase(
            title="Llama 3.1 405B open-source claim",
            provider="Meta Platforms, Inc.",
            subject="Llama 3.1 405B",
            subject_kind="model",
        ),  # fmt: skip
    )
    ref = rec.reference
    added = evidence.add_paths(ctx, ref, [DATA / "llama3_1-LICENSE.txt", DATA / "llama2-USE_POLICY.md"])
    lic = added.items[0].sha256
    answers = {
        "A1": {"value": "model"},
        "A2a": {"value": {"P": 405e9, "D": 15.6e12}, "note": "Llama 3 paper, §3.3"},
        "A3": {"value": "yes"},
        "A4": {"value": "yes"},
        "A5": {"value": "2024-07-23"},
        "A6": {"value": "no"},
        "C2": {"value": "no"},
        "M1": {"value": "LicenseRef-scancode-llama-3.1-license-2024", "evidence": [lic]},
        "M2": {"value": "yes"},
        "M2a": {"value": []},
        "M3": {"value": "no"},
        "M3f": {
            "value": ["user_threshold"],
            "evidence": [lic],
            "note": "LICENSE:22, §2 Additional Commercial Terms (700 million MAU)",
        },  # fmt: skip
    }
    svc.save_answers(ctx, ref, answers, checklist_id="ai-act-oss", version="2025.07")

    runner = TaskRunner(None)
    tab = ChecklistTab(ctx, ref, runner)
    tab.setWindowTitle(f"Exemptio — {ref} — Checklist")
    tab.resize(1440, 880)
    tab.show()
    runner.wait_idle()
    tab.go_to("M3f")
    runner.wait_idle()

    def shoot() -> None:
        OUT.parent.mkdir(parents=True, exist_ok=True)
        tab.grab().save(str(OUT))
        print(f"wrote {OUT} ({tab.width()}x{tab.height()}), outcome {tab.outcome['track_m']['outcome']}")
        runner.shutdown()
        app.quit()

    QTimer.singleShot(400, shoot)
    app.exec()
    ctx.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
