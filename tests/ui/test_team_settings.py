"""Settings → Storage → Shared evidence folder (team mode): explained next to the
database URL, checked before it is saved, and used for evidence bytes by the next
start (app/services/store/factory.py ``store_for``)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from app.services import cases, evidence
from app.services.blobstore import FolderBlobStore
from app.services.context import open_context
from app.services.store.factory import store_for
from app.ui.dialogs.settings import SettingsDialog


def test_shared_evidence_folder_is_explained_checked_and_used(qtbot, ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dlg = SettingsDialog(ctx)
    qtbot.addWidget(dlg)
    dlg.show()
    assert dlg.shared_folder.text() == "" and dlg.shared_folder.accessibleName() == "Shared evidence folder"
    note = dlg.shared_note.text()
    assert "team database" in note and "pg_dump" in note and "same path" in note

    dlg.shared_folder.setText("relative/evidence")  # refused: one line, nothing saved
    dlg.accept()
    assert dlg.isVisible() and "full path" in dlg.error.text()
    missing = tmp_path / "not-mounted"
    dlg.shared_folder.setText(str(missing))
    dlg.accept()
    assert dlg.isVisible() and str(missing) in dlg.error.text() and "does not exist" in dlg.error.text()
    assert not ctx.paths.settings_file.exists()

    share = tmp_path / "unit-share"
    share.mkdir()
    dlg.shared_folder.setText(f"  {share}  ")
    dlg.accept()
    assert not dlg.isVisible()
    saved = json.loads(ctx.paths.settings_file.read_text(encoding="utf-8"))
    assert saved["shared_blob_folder"] == str(share) and ctx.settings.shared_blob_folder == str(share)

    # The next start stores evidence bytes in the shared folder.
    again = open_context(officer="Test Officer")
    try:
        store: Any = store_for(again)
        assert isinstance(store, FolderBlobStore) and store.root == share
        ref = cases.create_case(again, cases.NewCase(title="Shared", provider="P", subject="S")).reference
        doc = tmp_path / "LICENSE"
        doc.write_text("Apache License 2.0\n", encoding="utf-8")
        (rec,) = evidence.add_paths(again, ref, [doc]).items
        stored = [p for p in share.rglob("*") if p.is_file() and rec.sha256 in p.name]
        assert stored and stored[0].read_bytes() == doc.read_bytes()
        assert not any(p.is_file() and rec.sha256 in p.name for p in again.paths.evidence.rglob("*"))
    finally:
        again.close()

    dlg2 = SettingsDialog(ctx)
    qtbot.addWidget(dlg2)
    assert dlg2.shared_folder.text() == str(share)
    dlg2.shared_folder.clear()  # back to the default
    dlg2.accept()
    assert json.loads(ctx.paths.settings_file.read_text(encoding="utf-8"))["shared_blob_folder"] == ""
