"""Sign only what is sound (issue 14): the evidence is re-verified before a letter
is drafted, approved or signed; the signer's certificate is checked with
pyhanko-certvalidator against a local CA whose OCSP responder and CRL are served
on 127.0.0.1 — revoked, expired and wrong-usage keys are refused, an unreachable
responder is recorded as "revocation not checked"."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from tests.helpers.letters import issue_args
from tests.integration.test_letter_cli import DRAFTER, REVIEWER, _approve, _case, _ok, _pass, _state, own_key
from tests.unit.letter_testpki import LocalTsa, Pki, revocation_pki


@pytest.fixture(scope="module")
def ocsp_pki(tmp_path_factory: pytest.TempPathFactory, server: LocalTsa) -> Pki:
    return revocation_pki(tmp_path_factory.mktemp("ocsp-pki"), server)


def _ready(cli: Any, tmp_path: Path, pki: Pki | None = None) -> str:
    ref = _case(cli, tmp_path)
    if pki is not None:  # the keys the tests sign with, registered to the drafter
        for key in (pki.officer_p12, pki.unreachable_p12):
            own_key(cli, key)
        own_key(cli, pki.second_p12, REVIEWER)  # the reviewer approves with their own key
    _ok(cli("letter", "draft", ref, "--out", str(tmp_path / f"d-{ref}.pdf"), "--officer", DRAFTER))
    _ok(cli(*_approve(ref, tmp_path, key=pki.second_p12 if pki is not None else None)))
    return ref


def _issue(cli: Any, ref: str, key: Path, tmp_path: Path, name: str = "signed.pdf") -> Any:
    if key.name not in ("revoked.p12", "expired.p12", "noku.p12"):  # those are refused before
        own_key(cli, key)
    return cli(*issue_args(ref, key, _pass(tmp_path), tmp_path / name, DRAFTER, "--tsa", ""))


def _register(home: Path) -> list[tuple[Any, ...]]:
    with sqlite3.connect(home / "exemptio.db") as db:
        return list(db.execute("SELECT state, revocation, signer_fingerprint FROM letters ORDER BY id"))


def _damage_evidence(home: Path, content: bytes) -> None:
    sha = hashlib.sha256(content).hexdigest()
    blob = home / "evidence" / sha[:2] / sha[2:4] / sha
    os.chmod(blob, 0o644)
    data = bytearray(blob.read_bytes())
    data[0] ^= 0x01
    blob.write_bytes(bytes(data))


LICENCE = "META LLAMA 3 COMMUNITY LICENSE AGREEMENT\n… 700 million monthly active users …\n".encode()


def test_good_certificate_is_checked_by_ocsp_and_recorded(cli, home, tmp_path, ocsp_pki, server) -> None:  # type: ignore[no-untyped-def]
    ref = _ready(cli, tmp_path, ocsp_pki)
    asked = server.ocsp_requests
    r = _ok(_issue(cli, ref, ocsp_pki.officer_p12, tmp_path))
    assert "revocation not checked" not in r.err
    assert server.ocsp_requests > asked  # the responder was really asked
    state, revocation, fingerprint = _register(home)[-1]
    assert state == "issued" and revocation.startswith("good")
    assert len(fingerprint) == 64


def test_revoked_certificate_signs_nothing(cli, home, tmp_path, ocsp_pki) -> None:  # type: ignore[no-untyped-def]
    ref = _ready(cli, tmp_path, ocsp_pki)
    before = _state(home)
    r = _issue(cli, ref, ocsp_pki.revoked_p12, tmp_path)
    assert r.rc == 2
    assert "revoked" in r.err and "compromised key" in r.err and "nothing was signed" in r.err
    assert r.err.count("\n") == 1
    assert _state(home) == before
    assert not (tmp_path / "signed.pdf").exists()


def test_unreachable_responder_signs_and_says_so(cli, home, tmp_path, ocsp_pki) -> None:  # type: ignore[no-untyped-def]
    ref = _ready(cli, tmp_path, ocsp_pki)
    r = _ok(_issue(cli, ref, ocsp_pki.unreachable_p12, tmp_path))
    assert "revocation not checked" in r.err and "letter augment" in r.err
    state, revocation, _fp = _register(home)[-1]
    assert state == "issued" and revocation.startswith("revocation not checked")
    shown = _ok(cli("letter", "list", ref, "--json")).json()[0]
    assert shown["revocation"].startswith("revocation not checked")


@pytest.mark.parametrize(
    ("key", "words"), [("expired_p12", "expired"), ("no_ku_p12", "not a signing certificate")]
)
def test_expired_and_wrong_usage_keys_are_refused(cli, home, tmp_path, ocsp_pki, key, words) -> None:  # type: ignore[no-untyped-def]
    ref = _ready(cli, tmp_path, ocsp_pki)
    before = _state(home)
    r = _issue(cli, ref, getattr(ocsp_pki, key), tmp_path)
    assert r.rc == 2 and words in r.err
    assert _state(home) == before


def test_damaged_evidence_stops_draft_approve_and_issue(cli, home, tmp_path, ocsp_pki) -> None:  # type: ignore[no-untyped-def]
    ref = _case(cli, tmp_path)
    _ok(cli("letter", "draft", ref, "--out", str(tmp_path / "d.pdf"), "--officer", DRAFTER))
    _damage_evidence(home, LICENCE)
    before = _state(home)
    r = cli(*_approve(ref, tmp_path, key=ocsp_pki.second_p12))
    assert r.rc == 1 and "LICENSE.txt" in r.err and "changed" in r.err and "not approved" in r.err
    r = cli("letter", "draft", ref, "--out", str(tmp_path / "d2.pdf"), "--officer", DRAFTER)
    assert r.rc == 1 and "LICENSE.txt" in r.err and "not drafted" in r.err
    assert not (tmp_path / "d2.pdf").exists()
    assert _state(home) == before


def test_evidence_damaged_after_approval_is_not_signed(cli, home, tmp_path, ocsp_pki) -> None:  # type: ignore[no-untyped-def]
    ref = _ready(cli, tmp_path, ocsp_pki)
    _damage_evidence(home, LICENCE)
    before = _state(home)
    r = _issue(cli, ref, ocsp_pki.officer_p12, tmp_path)
    assert r.rc == 1 and "LICENSE.txt" in r.err and "not signed" in r.err
    assert _state(home) == before
    assert not (tmp_path / "signed.pdf").exists()


def test_augment_checks_revocation_once_the_responder_answers(cli, home, tmp_path, ocsp_pki, server) -> None:  # type: ignore[no-untyped-def]
    ref = _ready(cli, tmp_path, ocsp_pki)
    server.revocation_down = True
    try:
        r = _ok(_issue(cli, ref, ocsp_pki.officer_p12, tmp_path))
    finally:
        server.revocation_down = False
    assert "revocation not checked" in r.err
    assert _register(home)[-1][1].startswith("revocation not checked")
    r = _ok(cli("letter", "augment", ref, "--tsa", server.url, "--officer", DRAFTER, "--json"))
    assert r.json()[0]["revocation"].startswith("good")
    assert _register(home)[-1][1].startswith("good")


# --- verification that does not pass silently -------------------------------------------


def test_letter_of_a_since_revoked_key_fails_verification(cli, home, tmp_path, ocsp_pki, server) -> None:  # type: ignore[no-untyped-def]
    import dataclasses

    from cryptography import x509

    ref = _ready(cli, tmp_path, ocsp_pki)
    _ok(_issue(cli, ref, ocsp_pki.officer_p12, tmp_path))
    signed = tmp_path / "signed.pdf"
    _ok(cli("letter", "verify", str(signed), "--trust", str(ocsp_pki.root_pem)))
    serial = x509.load_pem_x509_certificate(ocsp_pki.officer_pem.read_bytes()).serial_number
    server.pki = dataclasses.replace(ocsp_pki, revoked=ocsp_pki.revoked | {serial})  # OCSP now: revoked
    try:
        r = cli("letter", "verify", str(signed), "--trust", str(ocsp_pki.root_pem), "--json")
    finally:
        server.pki = ocsp_pki
    assert r.rc == 1
    doc = r.json()
    issuing = next(x for x in doc["signatures"] if x["role"] == "issue")
    assert not doc["ok"] and issuing["revoked"] is True
    assert any("revoked" in p for p in doc["problems"])


def test_timestamp_of_an_untrusted_tsa_is_reported(cli, home, tmp_path, ocsp_pki, server) -> None:  # type: ignore[no-untyped-def]
    from tests.unit.letter_testpki import dummy_timestamper

    ref = _ready(cli, tmp_path, ocsp_pki)
    server.stamper = dummy_timestamper(ocsp_pki, untrusted=True)
    try:
        r = cli(
            "letter", "issue", ref, "--key", str(ocsp_pki.officer_p12), "--passphrase-file", _pass(tmp_path),
            "--out", str(tmp_path / "ts.pdf"), "--officer", DRAFTER, "--tsa", server.url,
        )  # fmt: skip
    finally:
        server.stamper = dummy_timestamper(ocsp_pki)
    _ok(r)
    v = cli("letter", "verify", str(tmp_path / "ts.pdf"), "--trust", str(ocsp_pki.root_pem), "--json")
    assert v.rc == 1
    doc = v.json()
    sig = next(x for x in doc["signatures"] if x["role"] == "issue")
    assert sig["timestamp_trusted"] is False and sig["timestamp_authority"] == "Untrusted TSA"
    assert sig["timestamp_time"] == ""  # its time is not used as the signing time
    assert any("timestamp authority (Untrusted TSA)" in p for p in doc["problems"])


def test_no_trust_anchor_is_trust_not_established(cli, home, tmp_path, ocsp_pki) -> None:  # type: ignore[no-untyped-def]
    ref = _ready(cli, tmp_path, ocsp_pki)
    _ok(_issue(cli, ref, ocsp_pki.officer_p12, tmp_path))
    r = cli("letter", "verify", str(tmp_path / "signed.pdf"), "--home", str(tmp_path / "no-anchor"))
    assert r.rc == 1 and "trust not established" in r.err
    assert _ok(cli("letter", "verify", str(tmp_path / "signed.pdf"), "--trust", str(ocsp_pki.root_pem)))


# --- four eyes as a signature -------------------------------------------------------------


def test_approval_signed_with_the_reviewers_own_key(cli, home, tmp_path, ocsp_pki) -> None:  # type: ignore[no-untyped-def]
    from tests.unit.letter_testpki import nss_db, pdfsig

    ref = _case(cli, tmp_path)
    _ok(cli("letter", "draft", ref, "--out", str(tmp_path / "d.pdf"), "--officer", DRAFTER))
    approve = ["letter", "approve", ref, "--passphrase-file", _pass(tmp_path), "--officer", REVIEWER]
    # the drafter's key in the reviewer's hands: refused, nothing approved
    own_key(cli, ocsp_pki.officer_p12)
    before = _state(home)
    r = cli(*approve, "--key", str(ocsp_pki.officer_p12))
    assert r.rc == 2 and f"registered to {DRAFTER}" in r.err
    assert _state(home) == before
    # a revoked key: refused
    r = cli(*approve, "--key", str(ocsp_pki.revoked_p12))
    assert r.rc == 2 and "revoked" in r.err
    # the reviewer's own key (its holder is the reviewer): the approval is a signature
    own_key(cli, ocsp_pki.second_p12, REVIEWER)
    rec = _ok(cli(*approve, "--key", str(ocsp_pki.second_p12), "--json")).json()
    assert rec["state"] == "approved" and rec["approval_signer"] == REVIEWER
    sha = rec["approved_sha256"]
    stored = home / "evidence" / sha[:2] / sha[2:4] / sha
    assert stored.exists()  # the approved draft is stored (the archive takes it from there)
    v = _ok(cli("letter", "verify", str(stored), "--trust", str(ocsp_pki.root_pem), "--json")).json()
    assert v["ok"] and v["signer"] == REVIEWER
    assert hashlib.sha256(stored.read_bytes()).hexdigest() == sha
    out = pdfsig(stored, nss_db(tmp_path / "nss", ocsp_pki.root_pem))
    assert "Signature is Valid." in out and "Total document signed" in out and REVIEWER in out
