"""Deciding a case is guarded in the service: review → decided needs the assessed
outcome and either the issued letter or an explicit, recorded reason. The
command line (``case move``) and the GUI (``cases.transition``) share the rule."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

from tests.integration.test_letter_cli import DRAFTER, _approve, _case, _issue, _ok, pki  # noqa: F401


def _transitions(home: Path) -> list[dict[str, Any]]:
    with sqlite3.connect(home / "exemptio.db") as db:
        rows = db.execute(
            "SELECT after_json FROM audit_events WHERE action='case.transition' ORDER BY id"
        ).fetchall()
    return [json.loads(r[0]) for r in rows]


def _status(cli: Any, ref: str) -> str:
    return str(_ok(cli("case", "show", ref, "--json")).json()["status"])


def test_review_to_decided_without_letter_or_reason_is_refused(cli, home, tmp_path) -> None:  # type: ignore[no-untyped-def]
    ref = _case(cli, tmp_path)
    events = len(_transitions(home))
    r = cli("case", "move", ref, "decided", "--officer", DRAFTER)
    assert r.rc == 2
    assert "issuing its determination letter" in r.err and "--reason" in r.err
    assert r.err.count("\n") == 1
    assert _status(cli, ref) == "review"
    assert len(_transitions(home)) == events  # nothing recorded


def test_no_outcome_means_no_decision_even_with_a_reason(cli, home, tmp_path) -> None:  # type: ignore[no-untyped-def]
    ref = _case(cli, tmp_path, answers={"K2": {"value": "no"}})
    r = cli("case", "move", ref, "decided", "--reason", "provider withdrew the claim", "--officer", DRAFTER)
    assert r.rc == 2 and "no assessed outcome" in r.err
    assert _status(cli, ref) == "review"


def test_decision_without_letter_records_reason_and_outcome(cli, home, tmp_path) -> None:  # type: ignore[no-untyped-def]
    ref = _case(cli, tmp_path)
    reason = "Provider withdrew the exemption claim in writing (Ares(2026)1234)"
    _ok(cli("case", "move", ref, "decided", "--reason", reason, "--officer", DRAFTER))
    assert _status(cli, ref) == "decided"
    last = _transitions(home)[-1]
    assert last["status"] == "decided" and last["reason"] == reason
    assert last["decided_by"] == "reason" and last["without_letter"] is True
    assert last["outcome"]  # the assessed outcome is recorded with the decision


def test_only_review_can_be_decided(cli, home, tmp_path) -> None:  # type: ignore[no-untyped-def]
    ref = _case(cli, tmp_path, review=False)
    r = cli("case", "move", ref, "decided", "--reason", "x", "--officer", DRAFTER)
    assert r.rc == 2 and "cannot move" in r.err


def test_issued_letter_decides_and_a_reopened_case_needs_it_again(cli, home, tmp_path, pki) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    ref = _case(cli, tmp_path)
    _ok(cli("letter", "draft", ref, "--out", str(tmp_path / "d.pdf"), "--officer", DRAFTER))
    _ok(cli(*_approve(ref, tmp_path)))
    _ok(_issue(cli, ref, pki, tmp_path, tmp_path / "signed.pdf"))
    assert _status(cli, ref) == "decided"
    # Reopened and sent back without a change: the issued letter still says what the case says.
    _ok(cli("case", "move", ref, "assessment", "--reason", "recheck dates", "--officer", DRAFTER))
    _ok(cli("case", "move", ref, "review", "--officer", DRAFTER))
    _ok(cli("case", "move", ref, "decided", "--officer", DRAFTER))
    last = _transitions(home)[-1]
    assert last["decided_by"] == "letter" and isinstance(last["letter"], int)
    # Reopened and changed: the issued letter no longer fits, so no decision without a new one.
    _ok(cli("case", "move", ref, "assessment", "--reason", "new facts", "--officer", DRAFTER))
    f = tmp_path / "more.json"
    f.write_text(
        json.dumps({"checklist": "ai-act-oss", "version": "2025.07", "answers": {"M3": {"value": "yes"}}})
    )
    _ok(cli("checklist", "answer", ref, "--file", str(f), "--officer", DRAFTER))
    _ok(cli("case", "move", ref, "review", "--officer", DRAFTER))
    r = cli("case", "move", ref, "decided", "--officer", DRAFTER)
    assert r.rc == 2 and "issuing its determination letter" in r.err
    assert _status(cli, ref) == "review"


def test_service_call_is_guarded_like_the_cli(ctx) -> None:  # type: ignore[no-untyped-def]
    """The GUI calls cases.transition: the same refusal, nothing changed."""
    import pytest

    from app.domain.errors import NotAllowed
    from app.services import cases

    rec = cases.create_case(ctx, cases.NewCase(title="T", provider="P", subject="S", officer=None))
    for st in ("intake", "assessment", "review"):
        cases.transition(ctx, rec.reference, st, actor="A Officer")
    with pytest.raises(NotAllowed, match="no assessed outcome"):
        cases.transition(ctx, rec.reference, "decided", actor="A Officer", reason="because")
    assert cases.get_case(ctx, rec.reference).status == "review"
