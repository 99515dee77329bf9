"""The Letters tab: draft with a preview, approve as a second officer, issue
with a passphrase dialog, verify, all through the window's TaskRunner."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.services import cases, checklist, roles
from app.ui.qt import QLineEdit, Qt
from app.ui.tabs.letters import LettersTab, LetterTableModel
from app.ui.tasks import TaskRunner
from tests.unit.letter_testpki import PASSPHRASE, make_pki

ALL_M10 = ["modalities", "capabilities_limitations", "integration_means", "configuration"]
ANSWERS = {
    "A1": {"value": "model"},
    "A2a": {"value": {"P": 7.3e9, "D": 4e12}},
    "A3": {"value": "yes"},
    "A4": {"value": "no"},
    "M1": {"value": "Apache-2.0"},
    "M2": {"value": "yes"},
    "M3": {"value": "yes"},
    "M5": {"value": "yes"},
    "M6": {"value": "yes"},
    "M7": {"value": []},
    "M8": {"value": "yes"},
    "M9": {"value": "yes"},
    "M10": {"value": ALL_M10},
    "K1": {"value": "yes"},
    "K2": {"value": "yes"},
}


@pytest.fixture
def ref(ctx) -> str:  # type: ignore[no-untyped-def]
    rec = cases.create_case(
        ctx,
        cases.NewCase(
            title="Mistral 7B claim", provider="Mistral AI", subject="Mistral 7B", officer="Test Officer"
        ),
    )
    checklist.save_answers(ctx, rec.reference, ANSWERS, checklist_id="ai-act-oss", version="2025.07")
    roles.set_officer(ctx, "GONÇALVES Bruno", "reviewer", actor="GONÇALVES Bruno")
    return rec.reference


@pytest.fixture
def tab(qtbot, ctx, ref):  # type: ignore[no-untyped-def]
    runner = TaskRunner(None)
    w = LettersTab(ctx, ref, runner)
    qtbot.addWidget(w)
    w.resize(1100, 700)
    w.show()
    assert runner.wait_idle()
    yield w
    runner.shutdown()


def test_model_passes_qtmodeltester(qtmodeltester, ctx, ref) -> None:  # type: ignore[no-untyped-def]
    from app.services.letters import service

    service.draft_letter(ctx, ref)
    model = LetterTableModel()
    model.set_records(service.list_letters(ctx, ref))
    qtmodeltester.check(model)
    assert model.rowCount() == 1


def _approve_confirmed(qtbot, tab) -> None:  # type: ignore[no-untyped-def]
    """Approve through the confirmation dialog: wait for the first page, then the
    Approve button by keyboard (focus and Space; Enter is Cancel)."""
    dlg = tab.approve()
    assert dlg is not None and tab.runner.wait_idle()
    qtbot.waitUntil(dlg.approve_button.isEnabled)
    dlg.approve_button.setFocus()
    qtbot.keyClick(dlg.approve_button, Qt.Key.Key_Space)
    assert tab.runner.wait_idle()


def test_approve_shows_the_draft_and_needs_a_confirmation(qtbot, tab, ctx, ref) -> None:  # type: ignore[no-untyped-def]
    from app.services.letters import service

    for status in ("intake", "assessment", "review"):
        cases.transition(ctx, ref, status)
    service.draft_letter(ctx, ref)
    tab.refresh()
    assert tab.runner.wait_idle()
    stored = service.list_letters(ctx, ref)[0]
    ctx.officer_override = "GONÇALVES Bruno"

    # Escape cancels: nothing approved
    dlg = tab.approve()
    assert dlg is not None and dlg.isVisible()
    assert dlg.cancel_button.isDefault() and not dlg.approve_button.isDefault()
    assert tab.runner.wait_idle()
    qtbot.waitUntil(dlg.approve_button.isEnabled)  # the first page is shown, its hash checked
    assert dlg.sha.text() == stored.draft_sha256
    pixmap = dlg.page.pixmap()
    assert pixmap is not None and not pixmap.isNull() and pixmap.height() > pixmap.width()  # a portrait page
    assert dlg.drafter.text() == "Test Officer" and dlg.outcome.text() not in ("", "—")
    qtbot.keyClick(dlg, Qt.Key.Key_Escape)
    assert not dlg.isVisible()
    assert tab.runner.wait_idle()
    assert [r.state for r in service.list_letters(ctx, ref)] == ["draft"]

    # Enter is Cancel too (the default button): still nothing approved
    dlg = tab.approve()
    assert dlg is not None and tab.runner.wait_idle()
    qtbot.waitUntil(dlg.approve_button.isEnabled)
    qtbot.keyClick(dlg, Qt.Key.Key_Return)
    assert tab.runner.wait_idle()
    assert [r.state for r in service.list_letters(ctx, ref)] == ["draft"]

    # confirming approves the draft that was shown
    _approve_confirmed(qtbot, tab)
    qtbot.waitUntil(lambda: tab.model.record(0).state == "approved")
    (approved,) = service.list_letters(ctx, ref)
    assert approved.state == "approved" and approved.approved_by == "GONÇALVES Bruno"
    assert approved.draft_sha256 == stored.draft_sha256


def test_draft_approve_issue_verify_in_the_tab(qtbot, tab, ctx, ref, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from app.services import cases

    pki = make_pki(tmp_path / "pki")
    from app.services import officer_certs  # the signer is the officer: Test Officer's certificate

    if "Test Officer" not in [o.name for o in roles.list_officers(ctx)]:
        roles.set_officer(ctx, "Test Officer", "officer", actor="Test Officer")
    officer_certs.add_certificate(ctx, "Test Officer", pki.officer_pem, actor="Test Officer")
    for status in ("intake", "assessment", "review"):  # letters are issued from a case in review
        cases.transition(ctx, ref, status)
    assert not tab.approve_action.isEnabled() and not tab.issue_action.isEnabled()

    dlg = tab.open_draft_dialog()
    dlg.language.setCurrentIndex(dlg.language.findData("de"))
    dlg.nature.setCurrentIndex(dlg.nature.findData("draft_decision"))
    dlg.accept()
    assert tab.runner.wait_idle(20_000)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    rec = tab.model.record(0)
    assert rec.state == "draft" and rec.language == "de" and rec.drafted_by == "Test Officer"
    assert tab.pdf_doc is not None and tab.pdf_doc.pageCount() >= 3  # QtPdf preview of the draft
    assert tab.approve_action.isEnabled()

    # the drafter cannot approve (error reported, nothing changed)
    errors: list[str] = []
    tab.runner._report = lambda exc, cb, *_rest: errors.append(str(exc))  # type: ignore[method-assign]
    _approve_confirmed(qtbot, tab)
    assert errors and "Four-eyes" in errors[0]
    errors.clear()

    # a second officer approves
    ctx.officer_override = "GONÇALVES Bruno"
    _approve_confirmed(qtbot, tab)
    qtbot.waitUntil(lambda: tab.model.record(0).state == "approved")
    assert tab.issue_action.isEnabled()

    # issue through the dialog: password echo mode, passphrase cleared after use
    ctx.officer_override = "Test Officer"
    dlg = tab.open_issue_dialog()
    assert dlg.passphrase.echoMode() == QLineEdit.EchoMode.Password
    dlg.key.setText(str(pki.officer_p12))
    dlg.passphrase.setText(PASSPHRASE.decode())
    dlg.function.setText("Head of Unit, AI Office")
    dlg.accept()
    assert dlg.passphrase.text() == ""
    assert tab.runner.wait_idle(30_000)
    qtbot.waitUntil(lambda: tab.model.record(0).state == "issued")
    issued = tab.model.record(0)
    assert issued.signer == "ŚMISZEK Krzysztof" and issued.signature_level == "B-B"
    assert not errors, errors

    # verify the stored letter in the dialog
    from app.services.letters import service

    f = tmp_path / "issued.pdf"
    f.write_bytes(service.letter_pdf(ctx, issued.id))
    vd = tab.open_verify_dialog()
    vd.file.setText(str(f))
    vd.trust.setText(str(pki.root_pem))
    vd.start()
    assert tab.runner.wait_idle()
    assert vd.report is not None and vd.report.ok
    assert vd.results["signer"].text() == "ŚMISZEK Krzysztof"
    assert vd.results["integrity"].text() == "intact" and vd.results["coverage"].text() == "whole file"
    assert vd.results["trust"].text() == "trusted"

    # a changed letter is reported
    data = bytearray(f.read_bytes())
    data[len(data) // 2] ^= 1
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(bytes(data))
    vd.file.setText(str(bad))
    vd.start()
    assert tab.runner.wait_idle()
    assert not vd.report.ok and "NOT VALID" in vd.results["result"].text()

    # a truncated file is not a letter at all: said in the result line, no report
    del tab.runner._report  # the runner's own error routing again (no error dialog: on_error)
    cut = tmp_path / "cut.pdf"
    cut.write_bytes(f.read_bytes()[:2000])
    vd.file.setText(str(cut))
    vd.start()
    assert tab.runner.wait_idle()
    assert vd.report is None and "not a readable PDF" in vd.results["result"].text()


def test_wrong_passphrase_in_the_tab_changes_nothing(qtbot, tab, ctx, ref, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from app.services import cases
    from app.services.letters import service

    pki = make_pki(tmp_path / "pki")
    for status in ("intake", "assessment", "review"):  # letters are issued from a case in review
        cases.transition(ctx, ref, status)
    service.draft_letter(ctx, ref)
    service.approve_letter(ctx, ref, officer="GONÇALVES Bruno")
    tab.refresh()
    assert tab.runner.wait_idle()
    errors: list[str] = []
    tab.runner._report = lambda exc, cb, *_rest: errors.append(str(exc))  # type: ignore[method-assign]
    tab.start_issue(str(pki.officer_p12), b"wrong", "AI Office")
    assert tab.runner.wait_idle()
    assert errors and "Wrong passphrase" in errors[0]
    assert [r.state for r in service.list_letters(ctx, ref)] == ["approved"]


def test_issue_never_offers_another_officers_key(qtbot, tab, ctx) -> None:  # type: ignore[no-untyped-def]
    """The key in Settings belongs to the profile's officer: another acting officer gets an empty field."""
    from dataclasses import replace

    ctx.settings = replace(
        ctx.settings, officer_name="Test Officer", signing_key_path="/keys/test-officer.p12"
    )
    ctx.officer_override = "test  OFFICER"  # the same officer (name_key)
    dlg = tab.open_issue_dialog()
    assert dlg.key.text() == "/keys/test-officer.p12"
    dlg.reject()
    ctx.officer_override = "GONÇALVES Bruno"  # someone else at the keyboard
    dlg = tab.open_issue_dialog()
    assert dlg.key.text() == ""
    dlg.reject()


def test_wrong_passphrase_in_the_issue_dialog_keeps_it_open(qtbot, tab, ctx, ref, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The refusal is said beside the passphrase; the key file and function stay as typed."""
    from app.services import cases
    from app.services.letters import service

    pki = make_pki(tmp_path / "pki")
    for status in ("intake", "assessment", "review"):
        cases.transition(ctx, ref, status)
    service.draft_letter(ctx, ref)
    service.approve_letter(ctx, ref, officer="GONÇALVES Bruno")
    tab.refresh()
    assert tab.runner.wait_idle()
    dlg = tab.open_issue_dialog()
    dlg.key.setText(str(pki.officer_p12))
    dlg.function.setText("Head of Unit, AI Office")
    qtbot.keyClicks(dlg.passphrase, "wrong")
    dlg.ok_button.setFocus()
    qtbot.keyClick(dlg.ok_button, Qt.Key.Key_Space)
    assert tab.runner.wait_idle(30_000)
    assert dlg.isVisible()
    errors = dlg.visible_errors()
    assert len(errors) == 1 and "passphrase" in errors[0].lower()
    assert not dlg.field_errors[dlg.passphrase].isHidden()
    assert dlg.key.text() == str(pki.officer_p12) and dlg.function.text() == "Head of Unit, AI Office"
    assert dlg.passphrase.text() == ""  # never kept
    assert [r.state for r in service.list_letters(ctx, ref)] == ["approved"]
    dlg.reject()
