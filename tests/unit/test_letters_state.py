"""The Letters tab's Qt-free state (app/ui/tabs/letters_state.py): the row kept across a
reload, the actions enabled per status of the latest letter, the status line as data,
the key offered per acting officer, the approval tickets and which refusals stay in
the dialog. Plain pytest, no Qt."""

from __future__ import annotations

import ast
import datetime as dt
import subprocess
import sys
from dataclasses import MISSING, fields
from pathlib import Path

import pytest

from app.domain.errors import BadInput, Conflict
from app.services.letters.records import LetterRecord
from app.services.settings import Settings
from app.ui.tabs import letters_state as state
from app.ui.tabs.letters_state import Actions, LettersSession, StatusLine, own_key_path, said_in_dialog

REPO = Path(__file__).resolve().parents[2]
ISSUED_AT = dt.datetime(2026, 3, 4, 10, 30, tzinfo=dt.UTC)


KNOWN = {
    "case_reference": "AIO-2026-0001",
    "language": "en",
    "legal_nature": "letter_to_provider",
    "checklist": "ai-act-oss@2025.07",
    "outcome": "exempt",
    "drafted_by": "Test Officer",
    "drafted_at": ISSUED_AT,
    "approved_at": None,
    "issued_at": None,
}


def _letter(id: int, state: str, **kw: object) -> LetterRecord:
    """A letter record: the values in ``KNOWN`` and ``kw``, every other text empty."""
    blank: dict[str, object] = {f.name: "" for f in fields(LetterRecord) if f.default is MISSING}
    values = {**blank, **KNOWN, "id": id, "state": state, "draft_sha256": f"sha-{id}", **kw}
    return LetterRecord(**values)  # type: ignore[arg-type]


# -- no Qt ------------------------------------------------------------------------------
def test_importing_the_state_loads_no_qt() -> None:
    code = (
        "import sys, app.ui.tabs.letters_state\n"
        "print(sorted(k for k in sys.modules if k.startswith(('PySide6', 'shiboken'))))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, timeout=120, check=True
    )
    assert out.stdout.strip() == "[]"


def test_the_state_module_names_no_qt_anywhere() -> None:
    """Static: no import of PySide6, shiboken6 or another UI module, function-level ones included."""
    path = REPO / "app/ui/tabs/letters_state.py"
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.append(node.module)
    assert found and all(not m.startswith(("PySide6", "shiboken6", "app.ui")) for m in found), found


# -- the register -----------------------------------------------------------------------
def test_no_letter_yet() -> None:
    s = LettersSession("AIO-2026-0001")
    assert s.loaded([]) is None
    assert s.latest is None and s.draft_to_approve() is None
    assert s.actions() == Actions(draft=True, approve=False, issue=False, save=False, verify=True)
    assert s.status() == StatusLine("none")
    assert s.open_approval() is None and s.approval is None


@pytest.mark.parametrize(
    ("status", "approve", "issue"),
    [("draft", True, False), ("approved", False, True), ("issued", False, False)],
)
def test_actions_follow_the_latest_letter(status: str, approve: bool, issue: bool) -> None:
    s = LettersSession("AIO-2026-0001")
    s.loaded([_letter(2, status), _letter(1, "superseded")])
    assert s.actions() == Actions(approve=approve, issue=issue, save=True)


def test_a_superseded_letter_is_never_the_latest() -> None:
    s = LettersSession("R")
    s.loaded([_letter(3, "superseded"), _letter(2, "draft"), _letter(1, "superseded")])
    latest = s.latest
    assert latest is not None and latest.id == 2
    s.loaded([_letter(1, "superseded")])
    assert s.latest is None and s.actions() == Actions(save=True)  # saved, never approved or issued


def test_status_lines_as_data() -> None:
    s = LettersSession("R")
    s.loaded([_letter(1, "draft")])
    assert s.status() == StatusLine("draft", ("Test Officer",))
    s.loaded([_letter(1, "approved", approved_by="GONÇALVES Bruno")])
    assert s.status() == StatusLine("approved", ("GONÇALVES Bruno",))
    s.loaded([_letter(1, "issued", issued_at=ISSUED_AT, signer="ŚMISZEK Krzysztof", signature_level="B-B")])
    line = s.status()
    assert line.kind == "issued" and line.values[1:] == ("ŚMISZEK Krzysztof", "B-B")
    assert line.values[0] == state.local_time(ISSUED_AT) == ISSUED_AT.astimezone().strftime("%Y-%m-%d %H:%M")
    assert state.local_time(None) == ""


def test_a_reload_keeps_the_letter_shown() -> None:
    s = LettersSession("R")
    assert s.loaded([_letter(3, "draft"), _letter(2, "superseded"), _letter(1, "superseded")]) == 0
    s.shown(2)
    assert s.shown_letter == 2
    assert s.loaded([_letter(4, "draft"), _letter(3, "superseded"), _letter(2, "superseded")]) == 2
    s.shown(99)  # gone (not in the register any more): the first row
    assert s.loaded([_letter(4, "draft")]) == 0


def test_save_name_says_a_draft() -> None:
    s = LettersSession("AIO-2026-0007")
    assert s.save_name(_letter(5, "issued")) == "AIO-2026-0007-letter-5.pdf"
    assert s.save_name(_letter(5, "approved")) == "AIO-2026-0007-letter-5-draft.pdf"
    assert s.save_name(_letter(5, "draft")) == "AIO-2026-0007-letter-5-draft.pdf"


def test_only_known_legal_natures_are_drafted() -> None:
    assert LettersSession.may_draft("draft_decision") and LettersSession.may_draft("letter_to_provider")
    assert not LettersSession.may_draft("") and not LettersSession.may_draft("decision; DROP TABLE")


# -- approving: version and tickets -------------------------------------------------------
def test_an_approval_is_about_the_draft_at_its_recorded_version() -> None:
    s = LettersSession("R")
    s.loaded([_letter(7, "draft", draft_sha256="abc"), _letter(6, "superseded")])
    first = s.open_approval()
    assert first is not None and (first.letter_id, first.draft_sha256) == (7, "abc")
    assert s.is_current(first)
    second = s.open_approval()  # opened again: the first one's rendering is dropped
    assert second is not None and second.number > first.number
    assert s.is_current(second) and not s.is_current(first)
    s.loaded([_letter(8, "draft", draft_sha256="def"), _letter(7, "superseded")])  # redrafted meanwhile
    third = s.open_approval()
    assert third is not None and (third.letter_id, third.draft_sha256) == (8, "def")
    assert not s.is_current(second)


# -- who gets which key, which refusal stays in the dialog --------------------------------------
def test_the_key_in_settings_is_offered_to_its_own_officer_only() -> None:
    settings = Settings(officer_name="Test Officer", signing_key_path="/keys/test.p12")
    assert own_key_path(settings, "test  OFFICER") == "/keys/test.p12"  # the same officer
    assert own_key_path(settings, "GONÇALVES Bruno") == ""
    assert own_key_path(settings, "  ") == ""
    assert own_key_path(Settings(officer_name="", signing_key_path="/keys/x.p12"), "Test Officer") == ""


def test_refusals_said_in_the_dialog() -> None:
    assert said_in_dialog(BadInput("Wrong passphrase for the signing key."))
    assert not said_in_dialog(Conflict("someone else issued the letter first"))
    assert not said_in_dialog(RuntimeError("a bug"))
