"""The signer is the officer (issue 14), on both backends: the head of unit registers
each officer's signing certificate; a letter is issued only with a certificate
registered to the acting officer, on both backends (a certificate that merely names the
officer is not enough; on SQLite the registration is signed by the head of unit,
app/services/grants.py). Officer names are compared by name_key everywhere."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from sqlalchemy import text

from db.engine import make_engine
from tests.helpers.answers import OPEN_MODEL as ANSWERS
from tests.helpers.cli import new_case
from tests.helpers.letters import approve
from tests.helpers.officers import HEAD, grant, make_head, passphrase_file, register_cert
from tests.unit.letter_testpki import OFFICER_CN, PASSPHRASE, REVIEWER_CN, cert_pem_of

DRAFTER, REVIEWER = OFFICER_CN, REVIEWER_CN


def _ok(r: Any) -> Any:
    assert r.rc == 0, r.err
    return r


def _approved_case(cli: Any, db: tuple[str, ...], tmp_path: Path, pki: Any) -> str:
    ref = _ok(
        cli("case", "new", "--title", "T", "--provider", "P", "--subject", "S", "--officer", DRAFTER, *db)
    ).out.strip()
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps({"checklist": "ai-act-oss", "version": "2025.07", "answers": ANSWERS}))
    _ok(cli("checklist", "answer", ref, "--file", str(answers), "--officer", DRAFTER, *db))
    for status in ("intake", "assessment", "review"):
        _ok(cli("case", "move", ref, status, "--officer", DRAFTER, *db))
    _ok(cli("letter", "draft", ref, "--out", str(tmp_path / f"d-{ref}.pdf"), "--officer", DRAFTER, *db))
    approve(cli, ref, pki, tmp_path, *db, reviewer=REVIEWER)  # signed with the reviewer's own key
    return str(ref)


def _issue(cli: Any, db: tuple[str, ...], tmp_path: Path, ref: str, key: Path, officer: str = DRAFTER) -> Any:
    pw = tmp_path / "pass.txt"
    pw.write_bytes(PASSPHRASE + b"\n")
    out = tmp_path / f"signed-{ref}-{key.stem}.pdf"
    return cli(
        "letter", "issue", ref, "--key", str(key), "--passphrase-file", str(pw), "--out", str(out),
        "--officer", officer, "--tsa", "", *db,
    )  # fmt: skip


def _letters(db_url: str) -> list[tuple[Any, ...]]:
    eng = make_engine(db_url)
    try:
        with eng.connect() as c:
            return list(c.execute(text("SELECT state, issued_by, signer, signer_fingerprint FROM letters")))
    finally:
        eng.dispose()


def test_only_the_acting_officers_registered_certificate_signs(
    cli, db_url: str, tmp_path: Path, pki: Any
) -> None:  # type: ignore[no-untyped-def]
    db = ("--db", db_url)
    make_head(cli, pki, *db)
    for name, role in ((DRAFTER, "officer"), (REVIEWER, "reviewer")):
        grant(cli, pki, name, role, *db)
    # only the head of unit registers certificates
    r = cli("officer", "cert", "add", DRAFTER, str(pki.officer_pem), "--officer", DRAFTER, *db)
    assert r.rc == 2 and "Only the head of unit" in r.err
    register_cert(cli, pki, REVIEWER, pki.second_pem, *db)
    ref = _approved_case(cli, db, tmp_path, pki)
    if db_url.startswith("postgresql"):  # team database: nothing registered, nothing signed
        r = _issue(cli, db, tmp_path, ref, pki.officer_p12)
        assert r.rc == 2 and "no signing certificate registered" in r.err
    # another officer's registered key: refused, whatever the names
    r = _issue(cli, db, tmp_path, ref, pki.second_p12)
    assert r.rc == 2 and f"registered to {REVIEWER}" in r.err and "Nothing was signed" in r.err
    assert _letters(db_url)[-1][0] == "approved"
    register_cert(cli, pki, DRAFTER, pki.officer_pem, *db)
    listed = _ok(cli("officer", "cert", "list", DRAFTER, "--json", *db)).json()
    assert [c["subject"] for c in listed] and listed[0]["fingerprint_sha256"]
    # a registered officer using a key not registered to them: refused
    other = cert_pem_of(pki.unreachable_p12)
    assert other.exists()
    r = _issue(cli, db, tmp_path, ref, pki.unreachable_p12)
    assert r.rc == 2 and "not one registered to" in r.err
    # their own registered key: issued, the fingerprint in the register
    _ok(_issue(cli, db, tmp_path, ref, pki.officer_p12))
    state, issued_by, signer, fingerprint = _letters(db_url)[-1]
    assert (state, issued_by, signer) == ("issued", DRAFTER, OFFICER_CN)
    assert fingerprint == listed[0]["fingerprint_sha256"]
    # a withdrawn certificate no longer signs
    key = ["--key", str(pki.head_p12), "--passphrase-file", str(passphrase_file(pki))]
    _ok(cli("officer", "cert", "remove", DRAFTER, fingerprint[:16], *key, "--officer", HEAD, *db))
    ref2 = _approved_case(cli, db, tmp_path, pki)
    r = _issue(cli, db, tmp_path, ref2, pki.officer_p12)
    assert r.rc == 2 and "was withdrawn" in r.err and "Nothing was signed" in r.err


def test_single_user_database_needs_a_registered_certificate(cli, tmp_path: Path, pki: Any) -> None:  # type: ignore[no-untyped-def]
    """Issue 14 item 3 on SQLite too: a certificate that names the acting officer is not theirs
    until the head of unit registers it (signed); the refusal names whose certificate it is."""
    db = ("--db", "sqlite:///" + str(tmp_path / "own.db"))
    grant(cli, pki, REVIEWER, "reviewer", *db)
    ref = _approved_case(cli, db, tmp_path, pki)
    r = _issue(cli, db, tmp_path, ref, pki.unreachable_p12)
    assert r.rc == 2 and "The signing certificate (Offline Officer) is registered to no officer" in r.err
    r = _issue(cli, db, tmp_path, ref, pki.officer_p12, officer=DRAFTER.lower())
    assert r.rc == 2 and f"({OFFICER_CN}) is registered to no officer" in r.err, r.err
    assert _letters(db[1])[-1][0] == "approved"
    register_cert(cli, pki, DRAFTER, pki.officer_p12, *db)
    _ok(_issue(cli, db, tmp_path, ref, pki.officer_p12, officer=DRAFTER.lower()))


def test_names_are_compared_by_key(cli, tmp_path: Path, pki: Any) -> None:  # type: ignore[no-untyped-def]
    db = ("--db", "sqlite:///" + str(tmp_path / "names.db"))
    grant(cli, pki, "Aldo Auditor", "auditor", *db)
    for variant in ("aldo auditor", "Aldo  AUDITOR", "Ａｌｄｏ Auditor"):  # case, spaces, NFKC
        r = cli(*new_case("T", *db, officer=variant))
        assert r.rc == 2 and "auditor" in r.err, (variant, r.err)
    r = cli(*new_case("T", *db, officer="Aldo\u200bAuditor"))
    assert r.rc == 2
    # re-recording a variant changes the one officer, it does not add a second one
    r = cli("officer", "add", "aldo  auditor", "--role", "officer", "--officer", "Aldo Auditor", *db)
    assert r.rc == 2 and "Only the head of unit" in r.err
    names = [o["name"] for o in _ok(cli("officer", "list", "--json", *db)).json()]
    assert names.count("Aldo Auditor") == 1 and len(names) == 2
