"""Archive dialogs: export with progress and Cancel, import with a clear result."""

from __future__ import annotations

import threading
import zipfile
from pathlib import Path

import pytest

from app.services import archive, cases
from app.ui.dialogs.archive import export_case_interactive, import_archive_interactive
from app.ui.qt import Qt
from app.ui.tasks import TaskRunner
from tests.integration.archive_support import build_case, fresh_ctx


@pytest.fixture
def runner(qtbot):  # type: ignore[no-untyped-def]
    r = TaskRunner(None)
    yield r
    r.shutdown()


def test_export_dialog_writes_a_valid_archive(ctx, runner, qtbot, tmp_path):  # type: ignore[no-untyped-def]
    ref = build_case(ctx)
    target = tmp_path / "out.zip"
    dlg = export_case_interactive(None, ctx, ref, runner, default_path=target)  # deletes itself on close
    assert dlg.isVisible() and dlg.path_edit.text() == str(target)
    assert dlg.export_button.accessibleName()
    with qtbot.waitSignal(dlg.exported, timeout=20_000):
        qtbot.mouseClick(dlg.export_button, Qt.MouseButton.LeftButton)
    runner.wait_idle()
    assert target.exists() and archive.verify_archive(target).ok
    assert ref in dlg.result_message and str(target) in dlg.result_message


def test_export_cancel_writes_nothing(ctx, runner, qtbot, tmp_path):  # type: ignore[no-untyped-def]
    ref = build_case(ctx)
    target = tmp_path / "cancelled.zip"
    gate = threading.Event()
    runner.run(lambda p: gate.wait(10))  # holds the (serialised) write queue
    dlg = export_case_interactive(None, ctx, ref, runner, default_path=target)
    qtbot.addWidget(dlg)
    qtbot.mouseClick(dlg.export_button, Qt.MouseButton.LeftButton)
    runner.cancel_all()  # the officer presses Cancel in the progress dialog
    gate.set()
    assert runner.wait_idle(20_000)
    assert not target.exists() and list(tmp_path.glob("*.part")) == []
    assert dlg.isVisible() and "cancelled" in dlg.error_label.text()


def test_export_dialog_reports_a_bad_key(ctx, runner, qtbot, tmp_path):  # type: ignore[no-untyped-def]
    ref = build_case(ctx)
    dlg = export_case_interactive(None, ctx, ref, runner, default_path=tmp_path / "s.zip")
    qtbot.addWidget(dlg)
    dlg.sign_box.setChecked(True)
    assert dlg.key_edit.isEnabled()
    dlg.key_edit.setText(str(tmp_path / "missing.p12"))
    qtbot.mouseClick(dlg.export_button, Qt.MouseButton.LeftButton)
    assert runner.wait_idle(20_000)
    assert dlg.isVisible() and "signing key" in dlg.error_label.text()
    assert not (tmp_path / "s.zip").exists()


def test_import_flow_result_same_reference_and_failure(ctx, runner, qtbot, tmp_path):  # type: ignore[no-untyped-def]
    ref = build_case(ctx)
    out = tmp_path / "case.zip"
    archive.export_case(ctx, ref, out)
    other = fresh_ctx(tmp_path / "other")
    try:
        opened: list[str] = []
        flow = import_archive_interactive(None, other, runner, path=out, on_imported=opened.append)
        assert flow is not None and runner.wait_idle(20_000)
        assert flow.result is not None and flow.result.reference == ref and opened == [ref]
        assert "imported" in flow.message and "6 evidence items" in flow.message
        assert "not signed" in flow.message  # an unsigned archive: origin unverified

        again = import_archive_interactive(None, other, runner, path=out, on_imported=opened.append)
        assert again is not None and runner.wait_idle(20_000)
        assert again.box is not None and again.box.objectName() == "archiveSameReference"
        next(b for b in again.box.buttons() if b.text() == "Import as a new case").click()
        assert runner.wait_idle(20_000)
        assert again.result is not None and again.result.reference != ref
        assert again.result.original_reference == ref and len(opened) == 2

        bad = tmp_path / "bad.zip"
        with zipfile.ZipFile(bad, "w") as zf:
            zf.writestr("top/../../evil.txt", b"x")
        before = len(cases.list_cases(other))
        failed = import_archive_interactive(None, other, runner, path=bad)
        assert failed is not None and runner.wait_idle(20_000)
        assert "Refused" in failed.message and "Nothing was imported" in failed.message
        assert len(cases.list_cases(other)) == before
        assert not Path(tmp_path.parent / "evil.txt").exists()
    finally:
        other.close()


def test_main_window_menu_opens_the_export_dialog(window, ctx, qtbot, tmp_path):  # type: ignore[no-untyped-def]
    from app.ui.dialogs.archive import ExportDialog
    from app.ui.qt import QApplication

    ref = build_case(ctx)
    window.case_list.refresh()
    window.open_case(ref)
    assert window.runner.wait_idle()
    window.update_actions()
    action = window.actions_by_name["export_archive"]
    assert action.isEnabled() and action.shortcut().toString()
    action.trigger()
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, ExportDialog) and w.isVisible()]
    assert len(dialogs) == 1 and dialogs[0].reference == ref
    dlg = dialogs[0]
    dlg.path_edit.setText(str(tmp_path / "menu.zip"))
    with qtbot.waitSignal(dlg.exported, timeout=20_000):
        qtbot.mouseClick(dlg.export_button, Qt.MouseButton.LeftButton)
    assert window.runner.wait_idle() and archive.verify_archive(tmp_path / "menu.zip").ok


def test_import_of_a_signed_archive_says_whether_the_signer_is_trusted(ctx, runner, qtbot, tmp_path):  # type: ignore[no-untyped-def]
    """Issue 16: without a trust anchor the result says the origin is unverified and names
    the certificate; it never says "signed by <name>" as if that were established."""
    from tests.integration.test_archive_roundtrip import _make_pki

    ref = build_case(ctx)
    p12, _ca, passphrase = _make_pki(tmp_path)
    out = tmp_path / "signed.zip"
    archive.export_case(ctx, ref, out, signing_key=archive.SigningKey(p12, passphrase))
    other = fresh_ctx(tmp_path / "other")
    try:
        flow = import_archive_interactive(None, other, runner, path=out)
        assert flow is not None and runner.wait_idle(20_000)
        assert flow.result is not None and flow.result.signed and not flow.result.trusted
        assert "no trust anchor" in flow.message
        assert "unverified (signed by an untrusted certificate: CN=" in flow.message
    finally:
        other.close()
