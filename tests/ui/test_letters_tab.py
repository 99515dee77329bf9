"""The Letters tab: draft with a preview, approve as a second officer, issue
with a passphrase dialog, verify, all through the window's TaskRunner."""

from __future__ import annotations

from pathlib import Path

import pytest
import shiboken6

from app.services import cases, checklist
from app.ui.qt import QLineEdit, Qt
from app.ui.tabs.letters import LettersTab, LetterTableModel
from app.ui.tasks import TaskRunner
from tests.helpers.answers import OPEN_MODEL
from tests.helpers.letters import approve_ctx
from tests.helpers.officers import grant, register_cert
from tests.unit.letter_testpki import PASSPHRASE, Pki, make_pki

REVIEWER = "GONÇALVES Bruno"  # the holder of the test PKI's second key

# the canonical open model, as this tab's cases were first written: no A5, K1 and K2 yes
ANSWERS = {k: v for k, v in OPEN_MODEL.items() if k != "A5"} | {
    "A2a": {"value": {"P": 7.3e9, "D": 4e12}},
    "K1": {"value": "yes"},
    "K2": {"value": "yes"},
}


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory) -> Pki:
    return make_pki(tmp_path_factory.mktemp("pki"))


@pytest.fixture
def ref(ctx, pki) -> str:  # type: ignore[no-untyped-def]
    rec = cases.create_case(
        ctx,
        cases.NewCase(
            title="Mistral 7B claim", provider="Mistral AI", subject="Mistral 7B", officer="Test Officer"
        ),
    )
    checklist.save_answers(ctx, rec.reference, ANSWERS, checklist_id="ai-act-oss", version="2025.07")
    grant(ctx, pki, REVIEWER, "reviewer")  # by the head of unit (signed on SQLite)
    register_cert(ctx, pki, REVIEWER, pki.second_p12)  # the reviewer approves with their own key
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


def _approve_confirmed(qtbot, tab, key: Path, passphrase: bytes = PASSPHRASE):  # type: ignore[no-untyped-def]
    """Approve through the confirmation dialog: wait for the first page, type the key file
    and passphrase, then the Approve button by keyboard (focus and Space; Enter is Cancel).
    Returns the dialog (closed when the approval was signed, open with the reason if not)."""
    dlg = tab.approve()
    assert dlg is not None and tab.runner.wait_idle()
    qtbot.waitUntil(dlg.approve_button.isEnabled)
    dlg.key.setText(str(key))
    qtbot.keyClicks(dlg.passphrase, passphrase.decode())
    dlg.approve_button.setFocus()
    qtbot.keyClick(dlg.approve_button, Qt.Key.Key_Space)
    assert tab.runner.wait_idle(60_000)
    return dlg


def test_approve_shows_the_draft_and_needs_a_confirmation(qtbot, tab, ctx, ref, pki) -> None:  # type: ignore[no-untyped-def]
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
    preview = service.approval_preview(ctx, ref)  # the final letter the reviewer signs
    assert dlg.letter_sha.text() == preview.sha256 != stored.draft_sha256
    assert dlg.key.text() == ""  # never pre-filled with someone else's key
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

    # a wrong passphrase: said in the dialog, which stays open with the key kept
    dlg = _approve_confirmed(qtbot, tab, pki.second_p12, b"wrong")
    assert dlg.isVisible() and "Wrong passphrase" in dlg.problem.text()
    assert dlg.key.text() == str(pki.second_p12) and dlg.passphrase.text() == ""
    assert [r.state for r in service.list_letters(ctx, ref)] == ["draft"]
    dlg.reject()

    # confirming with the reviewer's own key signs the approval of the letter that was shown
    dlg = _approve_confirmed(qtbot, tab, pki.second_p12)
    assert not shiboken6.isValid(dlg) or not dlg.isVisible()  # closed (and deleted) once signed
    qtbot.waitUntil(lambda: tab.model.record(0).state == "approved")
    (approved,) = service.list_letters(ctx, ref)
    assert approved.state == "approved" and approved.approved_by == REVIEWER
    assert approved.draft_sha256 == stored.draft_sha256 and approved.approval_signer == REVIEWER
    signed = service.approved_draft_pdf(ctx, approved.id)
    assert signed is not None and signed.startswith(preview.pdf)  # exactly the letter shown, signed


def test_draft_approve_issue_verify_in_the_tab(qtbot, tab, ctx, ref, pki, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from app.services import cases

    register_cert(ctx, pki, "Test Officer", pki.officer_pem)  # the signer is the officer
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

    # the drafter cannot approve, even with their own key (said in the dialog, nothing changed)
    dlg = _approve_confirmed(qtbot, tab, pki.officer_p12)
    assert dlg.isVisible() and "Four-eyes" in dlg.problem.text()
    dlg.reject()
    # nor may the reviewer sign with the drafter's key
    ctx.officer_override = REVIEWER
    dlg = _approve_confirmed(qtbot, tab, pki.officer_p12)
    assert dlg.isVisible() and "registered to Test Officer" in dlg.problem.text()
    dlg.reject()
    assert tab.model.record(0).state == "draft"
    errors: list[str] = []
    tab.runner._report = lambda exc, cb, *_rest: errors.append(str(exc))  # type: ignore[method-assign]

    # the reviewer approves with their own key
    _approve_confirmed(qtbot, tab, pki.second_p12)
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
    assert vd.results["approver"].text() == REVIEWER  # both signatures: the four eyes
    assert vd.results["four_eyes"].text().startswith("shown: approved by GONÇALVES Bruno")

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


def test_wrong_passphrase_in_the_tab_changes_nothing(qtbot, tab, ctx, ref, pki, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from app.services import cases
    from app.services.letters import service

    for status in ("intake", "assessment", "review"):  # letters are issued from a case in review
        cases.transition(ctx, ref, status)
    service.draft_letter(ctx, ref)
    approve_ctx(ctx, ref, pki)  # the reviewer signs the approval
    tab.refresh()
    assert tab.runner.wait_idle()
    errors: list[str] = []
    tab.runner._report = lambda exc, cb, *_rest: errors.append(str(exc))  # type: ignore[method-assign]
    tab.start_issue(str(pki.officer_p12), b"wrong", "AI Office")
    assert tab.runner.wait_idle()
    assert errors and "Wrong passphrase" in errors[0]
    assert [r.state for r in service.list_letters(ctx, ref)] == ["approved"]


def test_issue_and_approve_never_offer_another_officers_key(qtbot, tab, ctx, ref) -> None:  # type: ignore[no-untyped-def]
    """The key in Settings belongs to the profile's officer: another acting officer gets an empty
    field, in the Issue dialog as in the Approve dialog."""
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
    from app.services.letters import service

    service.draft_letter(ctx, ref)
    tab.refresh()
    assert tab.runner.wait_idle()
    adlg = tab.approve()
    assert adlg is not None and adlg.key.text() == ""  # the reviewer's own key, never the profile's
    assert tab.runner.wait_idle()
    adlg.reject()
    ctx.settings = replace(ctx.settings, officer_name="GONÇALVES Bruno", signing_key_path="/keys/bruno.p12")
    adlg = tab.approve()
    assert adlg is not None and adlg.key.text() == "/keys/bruno.p12"  # their own profile's key
    assert tab.runner.wait_idle()
    adlg.reject()


def test_wrong_passphrase_in_the_issue_dialog_keeps_it_open(
    qtbot, tab, ctx, ref, pki, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """The refusal is said beside the passphrase; the key file and function stay as typed."""
    from app.services import cases
    from app.services.letters import service

    for status in ("intake", "assessment", "review"):
        cases.transition(ctx, ref, status)
    service.draft_letter(ctx, ref)
    approve_ctx(ctx, ref, pki)  # the reviewer signs the approval
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
