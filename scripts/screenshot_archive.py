"""Screenshots of the archive dialogs: the export dialog (with signing) and the
import result, on a throw-away data folder. Saves docs/screenshots/archive-export.png
and docs/screenshots/archive-import.png.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshot_archive.py
"""

from __future__ import annotations

import sys
from pathlib import Path

from _shots import OUT, throwaway


def main() -> int:
    with throwaway() as (tmp, app):
        from app.services import archive, cases, evidence
        from app.services.context import open_context
        from app.ui.dialogs.archive import export_case_interactive, import_archive_interactive
        from app.ui.tasks import TaskRunner

        ctx = open_context(home=tmp / "a", officer="Anna Kowalska")
        ref = cases.create_case(
            ctx,
            cases.NewCase(title="Mistral 7B open-source claim", provider="Mistral AI", subject="Mistral 7B"),
        ).reference
        lic = tmp / "LICENSE"
        lic.write_text("Apache License\nVersion 2.0, January 2004\n")
        evidence.add_paths(ctx, ref, [lic])
        runner = TaskRunner(None)
        docs = Path("/home/akowalska/Documents/Archives")
        dlg = export_case_interactive(None, ctx, ref, runner, default_path=docs / f"{ref}.zip")
        dlg.sign_box.setChecked(True)
        dlg.key_edit.setText("/home/akowalska/keys/kowalska-2026.p12")
        dlg.pass_edit.setText("secret")
        dlg.resize(560, dlg.sizeHint().height())
        app.processEvents()
        OUT.mkdir(parents=True, exist_ok=True)
        dlg.grab().save(str(OUT / "archive-export.png"))
        dlg.close()

        out = tmp / f"{ref}.zip"
        archive.export_case(ctx, ref, out)
        other = open_context(home=tmp / "b", officer="Records Office")
        flow = import_archive_interactive(None, other, runner, path=out)
        runner.wait_idle(20_000)
        app.processEvents()
        assert flow is not None and flow.box is not None
        flow.box.grab().save(str(OUT / "archive-import.png"))
        runner.shutdown()
        other.close()
        ctx.close()
    print(OUT / "archive-export.png", OUT / "archive-import.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
