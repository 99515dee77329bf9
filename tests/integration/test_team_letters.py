"""Letters on both backends: draft → four-eyes approval by a reviewer who is
not the drafter → signed issue, with roles from the officers table."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from sqlalchemy import text

from db.engine import make_engine
from tests.helpers.answers import OPEN_MODEL as ANSWERS
from tests.helpers.letters import approve_args, issue_args, passphrase_file
from tests.helpers.officers import grant, register_cert
from tests.unit.letter_testpki import PASSPHRASE

DRAFTER, REVIEWER, AUDITOR = "Dora Drafter", "Rita Reviewer", "Aldo Auditor"


def _ok(r: Any) -> Any:
    assert r.rc == 0, r.err
    return r


def test_letter_workflow_with_roles(cli, db_url: str, tmp_path: Path, pki: Any) -> None:  # type: ignore[no-untyped-def]
    db = ("--db", db_url)
    for name, role in ((REVIEWER, "reviewer"), (AUDITOR, "auditor"), (DRAFTER, "reviewer")):
        grant(cli, pki, name, role, *db)  # by the head of unit (signed on SQLite)
    ref = _ok(
        cli(
            "case",
            "new",
            "--title",
            "Mixtral claim",
            "--provider",
            "Mistral AI",
            "--subject",
            "Mixtral",
            "--officer",
            DRAFTER,
            *db,
        )
    ).out.strip()
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps({"checklist": "ai-act-oss", "version": "2025.07", "answers": ANSWERS}))
    _ok(cli("checklist", "answer", ref, "--file", str(answers), "--officer", DRAFTER, *db))
    r = cli("checklist", "answer", ref, "--file", str(answers), "--officer", AUDITOR, *db)
    assert r.rc == 2 and "auditor" in r.err
    for status in ("intake", "assessment", "review"):  # letters are issued from a case in review
        _ok(cli("case", "move", ref, status, "--officer", DRAFTER, *db))
    _ok(cli("letter", "draft", ref, "--out", str(tmp_path / "draft.pdf"), "--officer", DRAFTER, *db))

    def approve(who: str, key: Path = pki.second_p12) -> Any:  # approving is signing with one's own key
        return cli(*approve_args(ref, key, passphrase_file(tmp_path), who), *db)

    r = approve(DRAFTER, pki.officer_p12)
    assert r.rc == 2 and "Four-eyes" in r.err
    r = approve(AUDITOR)
    assert r.rc == 2 and "auditor" in r.err
    r = approve("Otto Unrecorded")
    assert r.rc == 2 and "Only a reviewer or head of unit" in r.err
    register_cert(cli, pki, REVIEWER, pki.second_pem, *db)  # the reviewer's own certificate
    _ok(approve(REVIEWER))

    pw = tmp_path / "pass.txt"
    pw.write_bytes(PASSPHRASE + b"\n")
    out = tmp_path / "signed.pdf"
    # the signer is the officer: the head of unit registers the drafter's certificate
    r = cli("officer", "cert", "add", DRAFTER, str(pki.officer_pem), "--officer", DRAFTER, *db)
    assert r.rc == 2 and "Only the head of unit" in r.err
    register_cert(cli, pki, DRAFTER, pki.officer_pem, *db)
    _ok(cli(*issue_args(ref, pki.officer_p12, pw, out, DRAFTER, "--tsa", "", *db)))
    v = _ok(cli("letter", "verify", str(out), "--trust", str(pki.root_pem), "--json")).json()
    assert v["ok"] and v["integrity"]
    _ok(cli("audit", "verify", *db))
    eng = make_engine(db_url)
    try:
        with eng.connect() as c:
            states = list(c.execute(text("SELECT state, drafted_by, approved_by FROM letters ORDER BY id")))
            chunks = c.execute(text("SELECT count(*) FROM blob_chunks")).scalar()
    finally:
        eng.dispose()
    assert states[-1] == ("issued", DRAFTER, REVIEWER)
    if db_url.startswith("postgresql"):
        assert chunks and chunks > 0  # the signed letter's bytes live in the team database
