"""The GUI offers the daily audit checkpoint (issue 16 item 4): a non-modal notice in the
status bar when none was made (or the latest is a day old), hidden after a fresh one;
File → Sign audit checkpoint… signs with a real test key off the GUI thread, and a wrong
passphrase is said in the dialog with the key file kept."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from app.services import audit
from app.ui.qt import QApplication
from tests.unit.letter_testpki import PASSPHRASE, Pki, make_pki


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory) -> Pki:
    return make_pki(tmp_path_factory.mktemp("gui-cp-pki"))


def _dialog(window: Any) -> Any:
    from app.ui.dialogs.audit_checkpoint import CheckpointDialog

    window.actions_by_name["audit_checkpoint"].trigger()
    dlg = window.checkpoint_dialog
    assert isinstance(dlg, CheckpointDialog) and dlg.isVisible()
    return dlg


def test_notice_without_checkpoint_and_signing_hides_it(window: Any, pki: Pki, ctx: Any) -> None:
    window.check_audit_checkpoint()
    assert window.runner.wait_idle()
    notice = window.checkpoint_notice
    assert notice.isVisible() and "never been signed" in notice.text.text()
    assert QApplication.activeModalWidget() is None  # a notice, never a blocking dialog

    dlg = _dialog(window)
    assert dlg.windowTitle() == "Sign audit checkpoint"
    dlg.key.setText(str(pki.officer_p12))
    dlg.passphrase.setText("not the passphrase")
    dlg.ok_button.click()
    assert window.runner.wait_idle()
    assert dlg.isVisible() and any("passphrase" in e for e in dlg.visible_errors())  # in place, kept
    assert dlg.key.text() == str(pki.officer_p12)
    assert audit.latest_checkpoint(ctx) is None

    dlg.passphrase.setText(PASSPHRASE.decode())
    dlg.ok_button.click()
    assert window.runner.wait_idle()
    assert not dlg.isVisible()
    cp = audit.latest_checkpoint(ctx)
    assert cp is not None
    assert f"Audit checkpoint {cp.id} signed by {cp.signer}" in window.statusBar().currentMessage()
    assert not notice.isVisible()  # the fresh checkpoint hides the notice
    window.check_audit_checkpoint()  # and a new start-up check keeps it hidden
    assert window.runner.wait_idle()
    assert not notice.isVisible()


def test_empty_key_file_is_refused_beside_the_field(window: Any) -> None:
    dlg = _dialog(window)
    dlg.key.setText("")
    dlg.ok_button.click()
    assert dlg.isVisible() and dlg.visible_errors() == ["Choose the key file (.p12) of the unit."]
    dlg.reject()


def test_notice_opens_the_dialog(window: Any, tmp_path: Path) -> None:
    window.check_audit_checkpoint()
    assert window.runner.wait_idle()
    window.checkpoint_notice.button.click()
    assert window.checkpoint_dialog is not None and window.checkpoint_dialog.isVisible()
    window.checkpoint_dialog.reject()


def test_an_auditor_sees_no_notice(window: Any, ctx: Any) -> None:
    from app.services import roles

    roles.set_officer(ctx, "Aldo Auditor", "auditor")
    ctx.officer_override = "Aldo Auditor"
    window.check_audit_checkpoint()
    assert window.runner.wait_idle()
    assert not window.checkpoint_notice.isVisible()
