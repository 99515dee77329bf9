"""Letters under concurrent officers, on SQLite and PostgreSQL: approving or issuing
a letter row that changed meanwhile is refused naming who changed it; nothing is
issued, no output file is written, the audit chain stays intact."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest

from app.domain.errors import Conflict, NotAllowed
from app.services import audit as audit_service
from app.services import cases
from app.services import checklist as svc
from app.services.context import open_context
from app.services.letters import service as letters
from app.services.letters import sign as sgn
from db.conflicts import EditConflict
from tests.helpers.officers import HEAD, grant, make_head, register_cert, trust_root
from tests.integration.test_team_letters import ANSWERS
from tests.unit.letter_testpki import PASSPHRASE, cert_pem_of

DRAFTER, REVIEWER, REVIEWER2, REDRAFTER = (
    "Dora Drafter",
    "Rita Reviewer",
    "Rolf Reviewer",
    "Jan Nowak",
)


def _key(pki: Any, reviewer: str) -> Any:
    """The reviewer's own signing key (approving is signing, issue 14)."""
    return sgn.load_pkcs12_signer(pki.second_p12 if reviewer == REVIEWER else pki.unreachable_p12, PASSPHRASE)


@pytest.fixture
def team(home: Path, db_url: str, pki):  # type: ignore[no-untyped-def]
    ctxs = {n: open_context(db=db_url, officer=n) for n in (HEAD, DRAFTER, REVIEWER, REVIEWER2, REDRAFTER)}
    for c in ctxs.values():
        trust_root(c, pki)  # grants are traced to the test root (single-user mode)
    make_head(ctxs[HEAD], pki)
    grant(ctxs[HEAD], pki, DRAFTER, "officer")
    register_cert(ctxs[HEAD], pki, DRAFTER, pki.officer_pem)  # the signer is the officer
    for n, key in ((REVIEWER, pki.second_pem), (REVIEWER2, cert_pem_of(pki.unreachable_p12))):
        grant(ctxs[HEAD], pki, n, "reviewer")
        register_cert(ctxs[HEAD], pki, n, key)  # each reviewer approves with their own key
    ref = cases.create_case(
        ctxs[DRAFTER], cases.NewCase(title="Mixtral claim", provider="Mistral AI", subject="Mixtral")
    ).reference
    svc.save_answers(ctxs[DRAFTER], ref, ANSWERS, checklist_id="ai-act-oss", version="2025.07")
    for status in ("intake", "assessment", "review"):  # letters are issued from a case in review
        cases.transition(ctxs[DRAFTER], ref, status)
    letters.draft_letter(ctxs[DRAFTER], ref)
    yield ctxs, ref
    for c in ctxs.values():
        c.close()


def test_issue_refused_when_the_letter_was_redrafted_while_signing(team, pki, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ctxs, ref = team
    letters.approve_letter(ctxs[REVIEWER], ref, signer=_key(pki, REVIEWER))
    signer = sgn.load_pkcs12_signer(pki.officer_p12, PASSPHRASE)
    out = tmp_path / "issued.pdf"
    steps: list[str] = []

    def progress(text: str) -> None:
        steps.append(text)
        if text.startswith("Storing"):  # signed, not yet recorded: a colleague redrafts now
            letters.draft_letter(ctxs[REDRAFTER], ref)

    with pytest.raises(EditConflict) as info:
        letters.issue_letter(ctxs[DRAFTER], ref, signer, tsa_url="", out=out, progress=progress)
    err = info.value
    assert isinstance(err, Conflict) and err.reload
    assert err.changed_by == REDRAFTER and err.action == "letter.superseded"
    assert ref in str(err) and "being signed" in str(err) and "\n" not in str(err)
    assert any(s.startswith("Signing") for s in steps)
    assert not out.exists()  # nothing written
    states = [(r.state, r.drafted_by) for r in letters.list_letters(ctxs[HEAD], ref)]
    assert ("issued", DRAFTER) not in states and states[0] == ("draft", REDRAFTER)
    assert not [e for e in audit_service.case_events(ctxs[HEAD], ref) if e.action == "letter.issued"]
    n, problems = audit_service.verify(ctxs[HEAD])
    assert n > 0 and not problems

    # The new draft goes through the normal four-eyes path.
    letters.approve_letter(ctxs[REVIEWER], ref, signer=_key(pki, REVIEWER))
    res = letters.issue_letter(ctxs[DRAFTER], ref, signer, tsa_url="", out=out)
    assert res.letter.state == "issued" and res.letter.drafted_by == REDRAFTER and out.exists()


def test_two_reviewers_approve_at_once_one_wins(team, pki) -> None:  # type: ignore[no-untyped-def]
    ctxs, ref = team
    keys = {n: _key(pki, n) for n in (REVIEWER, REVIEWER2)}
    results: list[Any] = [None, None]
    go = threading.Barrier(2)

    def run(i: int, name: str) -> None:
        go.wait()
        try:
            results[i] = letters.approve_letter(ctxs[name], ref, signer=keys[name])
        except Exception as err:  # noqa: BLE001 - checked below
            results[i] = err

    threads = [threading.Thread(target=run, args=(i, n)) for i, n in enumerate((REVIEWER, REVIEWER2))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    wins = [r for r in results if isinstance(r, letters.LetterRecord)]
    refused = [r for r in results if isinstance(r, (Conflict, NotAllowed))]
    assert len(wins) == 1 and len(refused) == 1, results
    winner = wins[0].approved_by
    assert winner in str(refused[0])  # "already approved by X" or "changed by X"
    approvals = [e for e in audit_service.case_events(ctxs[HEAD], ref) if e.action == "letter.approved"]
    assert len(approvals) == 1 and approvals[0].actor == winner


def test_approve_refused_when_redrafted_before_the_write(team, pki) -> None:  # type: ignore[no-untyped-def]
    """The reviewer's screen showed draft 1 (its SHA-256); a colleague redrafted: refused."""
    ctxs, ref = team
    seen = letters.list_letters(ctxs[REVIEWER], ref)[0]  # newest first
    same = letters.draft_letter(ctxs[REDRAFTER], ref)  # identical bytes: what she reviewed
    assert same.letter.draft_sha256 == seen.draft_sha256
    letters.draft_letter(ctxs[REDRAFTER], ref, language="fr")  # different bytes
    with pytest.raises(NotAllowed, match="not the current draft"):
        letters.approve_letter(
            ctxs[REVIEWER], ref, draft_sha256=seen.draft_sha256, signer=_key(pki, REVIEWER)
        )
    newest = letters.list_letters(ctxs[HEAD], ref)[0]
    assert newest.state == "draft" and newest.drafted_by == REDRAFTER and not newest.approved_by
