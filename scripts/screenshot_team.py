"""Screenshots of team mode: the conflict dialog (another officer saved the same
checklist answer first) and Settings with the shared evidence folder, on a
throw-away data folder. Saves docs/screenshots/team-conflict.png and
docs/screenshots/team-settings.png.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshot_team.py
"""

from __future__ import annotations

import sys

from _shots import OUT, throwaway


def main() -> int:
    with throwaway(home=True) as (_tmp, app):
        from app.services import cases
        from app.services import checklist as svc
        from app.services.context import open_context
        from app.ui.dialogs.settings import SettingsDialog
        from app.ui.tabs.checklist import ChecklistTab
        from app.ui.tasks import TaskRunner
        from tests.helpers.answers import CHECKLIST_ID as cid
        from tests.helpers.answers import CHECKLIST_VERSION as ver
        from tests.helpers.answers import OPEN_MODEL

        anna = open_context(officer="KOWALSKA Anna")
        jan = open_context(officer="NOWAK Jan")
        ref = cases.create_case(
            anna,
            cases.NewCase(
                title="Mixtral 8x7B open-source claim", provider="Mistral AI", subject="Mixtral 8x7B"
            ),
        ).reference
        svc.save_answers(
            anna,
            ref,
            {q: OPEN_MODEL[q] for q in ("A1", "M1", "M2", "M3")},  # M3 changed below
            checklist_id=cid,
            version=ver,
        )
        runner = TaskRunner(None)
        tab = ChecklistTab(anna, ref, runner)
        tab.resize(1200, 700)
        tab.show()
        runner.wait_idle()
        tab.go_to("M3")
        assert tab.page is not None
        tab.page.editor.buttons["unknown"].click()  # type: ignore[attr-defined]
        tab.page.note.setPlainText("Asked the provider whether the AUP applies to research use.")  # type: ignore[attr-defined]
        tab._page_edited()
        svc.save_answer(
            jan, ref, "M3", {"value": "no", "note": "AUP forbids military use"}, checklist_id=cid, version=ver
        )
        tab.save()
        runner.wait_idle()
        app.processEvents()
        dlg = tab.conflict_dialog
        assert dlg is not None
        dlg.resize(600, dlg.sizeHint().height())
        app.processEvents()
        OUT.mkdir(parents=True, exist_ok=True)
        dlg.grab().save(str(OUT / "team-conflict.png"))
        dlg.reject()

        anna.settings.shared_blob_folder = "/mnt/unit-a2/exemptio-evidence"
        settings = SettingsDialog(anna)
        settings.database_url.setText("postgresql+psycopg://exemptio@db.unit.example:5432/exemptio")
        settings.resize(640, settings.sizeHint().height())
        settings.show()
        app.processEvents()
        settings.grab().save(str(OUT / "team-settings.png"))
        settings.close()
        runner.shutdown()
        tab.close()
        anna.close()
        jan.close()
    print(f"saved {OUT / 'team-conflict.png'} and {OUT / 'team-settings.png'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
