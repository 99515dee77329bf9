"""Four eyes as signatures (issue 14 item 2): approving is signing the final letter with
the reviewer's own key; the issued letter carries both the approval and the issuing
signature, checked here with pdfsig (NSS trust store) and pyHanko's validator (the test
root as trust anchor), and the refusals: no key, another officer's key, the drafter's
key, a revoked or expired reviewer certificate, an approved letter altered in the store
or re-signed by someone else, the approver issuing."""

from __future__ import annotations

import hashlib
import io
import json
import os
import sqlite3
import subprocess
import sys
import zipfile
from pathlib import Path
from typing import Any

import pytest

from tests.helpers.letters import issue_args
from tests.integration.test_letter_cli import DRAFTER, REVIEWER, _approve, _case, _ok, _pass, _state, own_key
from tests.unit.letter_testpki import (
    OFFICER_CN,
    PASSPHRASE,
    LocalTsa,
    Pki,
    nss_db,
    pdfsig,
    revocation_pki,
)


@pytest.fixture(scope="module")
def fpki(tmp_path_factory: pytest.TempPathFactory, server: LocalTsa) -> Pki:
    return revocation_pki(tmp_path_factory.mktemp("four-eyes-pki"), server)


@pytest.fixture(scope="module")
def nss(tmp_path_factory: pytest.TempPathFactory, fpki: Pki) -> str:
    return nss_db(tmp_path_factory.mktemp("four-eyes-nss"), fpki.root_pem)


def _drafted(cli: Any, tmp_path: Path, pki: Pki) -> str:
    ref = _case(cli, tmp_path)
    own_key(cli, pki.officer_p12)  # the drafter issues with their own registered key
    _ok(cli("letter", "draft", ref, "--out", str(tmp_path / f"d-{ref}.pdf"), "--officer", DRAFTER))
    return ref


def _approved(cli: Any, tmp_path: Path, pki: Pki) -> str:
    ref = _drafted(cli, tmp_path, pki)
    assert pki.second_p12 is not None
    own_key(cli, pki.second_p12, REVIEWER)  # the reviewer's own key, registered
    _ok(cli(*_approve(ref, tmp_path, key=pki.second_p12)))
    return ref


def _issue(
    cli: Any, ref: str, pki: Pki, tmp_path: Path, key: Path | None = None, officer: str = DRAFTER
) -> Any:
    return cli(
        *issue_args(
            ref, key or pki.officer_p12, _pass(tmp_path), tmp_path / "signed.pdf", officer, "--tsa", ""
        )
    )


def _letter_row(home: Path) -> tuple[Any, ...]:
    with sqlite3.connect(home / "exemptio.db") as db:
        return tuple(
            db.execute(
                "SELECT id, state, approved_sha256, approval_fingerprint, content_json, approved_at "
                "FROM letters ORDER BY id DESC LIMIT 1"
            ).fetchone()
        )


def _blob(home: Path, sha: str) -> Path:
    return home / "evidence" / sha[:2] / sha[2:4] / sha


def _pdfsig_blocks(out: str) -> list[str]:
    parts = out.split("Signature #")[1:]
    return parts


def test_the_issued_letter_carries_both_signatures(cli, home, tmp_path, fpki, nss) -> None:  # type: ignore[no-untyped-def]
    ref = _approved(cli, tmp_path, fpki)
    _id, state, approved_sha, _fp, _content, _at = _letter_row(home)
    assert state == "approved" and approved_sha
    approved = _blob(home, approved_sha)
    assert hashlib.sha256(approved.read_bytes()).hexdigest() == approved_sha
    text = subprocess.run(["pdftotext", str(approved), "-"], capture_output=True, text=True).stdout
    assert "DRAFT" not in text  # the reviewer signs the final letter, not the watermarked draft
    rec = _ok(_issue(cli, ref, fpki, tmp_path)).out
    assert "issued" in rec
    signed = tmp_path / "signed.pdf"
    data = signed.read_bytes()
    assert data.startswith(approved.read_bytes())  # an incremental update on the approved letter

    # pdfsig: two signatures, both valid and trusted, the last one covering the whole file
    out = pdfsig(signed, nss)
    blocks = _pdfsig_blocks(out)
    assert len(blocks) == 2, out
    assert all("Signature is Valid." in b and "Certificate is Trusted." in b for b in blocks), out
    assert REVIEWER in blocks[0] and "Total document signed" not in blocks[0]
    assert OFFICER_CN in blocks[1] and "Total document signed" in blocks[1]

    # pyHanko's validator, the test root as the only trust anchor: both signatures valid and trusted
    from pyhanko.keys import load_cert_from_pemder
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    root = load_cert_from_pemder(str(fpki.root_pem))
    sigs = PdfFileReader(io.BytesIO(data)).embedded_signatures
    assert [s.field_name for s in sigs] == ["Approval", "Signature1"]
    statuses = [validate_pdf_signature(s, ValidationContext(trust_roots=[root])) for s in sigs]
    assert all(st.bottom_line for st in statuses), [st.pretty_print_details() for st in statuses]
    assert statuses[0].signing_cert.subject.native["common_name"] == REVIEWER
    assert statuses[1].signing_cert.subject.native["common_name"] == OFFICER_CN
    assert statuses[1].coverage.name == "ENTIRE_FILE"
    assert statuses[0].modification_level.name == "FORM_FILLING"  # only the issuing field was filled

    # and pyHanko's own command line (pyhanko-cli), as anyone outside Exemptio would run it
    exe = Path(sys.executable).with_name("pyhanko")
    assert exe.exists(), "pyhanko-cli is a test dependency (pyproject [test])"
    p = subprocess.run(
        [str(exe), "sign", "validate", "--trust", str(fpki.root_pem), "--trust-replace", str(signed)],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    lines = [ln for ln in p.stdout.splitlines() if ln.strip()]
    assert p.returncode == 0, p.stdout + p.stderr
    assert any(ln.startswith("Approval") and "INTACT:TRUSTED" in ln for ln in lines), p.stdout
    assert any(ln.startswith("Signature1") and "INTACT:TRUSTED,UNTOUCHED" in ln for ln in lines), p.stdout

    # the visible blocks: who approved and who signed
    text = subprocess.run(["pdftotext", str(signed), "-"], capture_output=True, text=True).stdout
    assert f"Approved by {REVIEWER}, Reviewer" in " ".join(text.split())

    # letter verify: both signers and the four eyes, against the register too
    v = _ok(cli("letter", "verify", str(signed), "--trust", str(fpki.root_pem), "--json")).json()
    assert v["ok"] and v["whole_file"] and v["trusted"]
    assert v["approver"] == REVIEWER and v["signer"] == OFFICER_CN and v["four_eyes_shown"]
    assert any(f"approved with the certificate of {REVIEWER} (reviewer)" in x for x in v["register"]), v
    assert any(f"issued with the certificate of {DRAFTER}" in x for x in v["register"]), v
    r = _ok(cli("letter", "verify", str(signed), "--trust", str(fpki.root_pem)))
    assert f"approver:   {REVIEWER}" in r.out and "four eyes:  shown" in r.out

    # the approved letter stays in the archive
    zpath = tmp_path / "case.zip"
    _ok(cli("archive", "export", ref, "--out", str(zpath), "--officer", DRAFTER))
    with zipfile.ZipFile(zpath) as zf:
        top = zf.namelist()[0].split("/")[0]
        letter = json.loads(zf.read(f"{top}/data/case.json"))["letters"][-1]
        assert letter["approved_sha256"] == approved_sha and letter["approved_file"]
        assert hashlib.sha256(zf.read(f"{top}/{letter['approved_file']}")).hexdigest() == approved_sha
    assert cli("archive", "verify", str(zpath)).rc == 0


def test_approving_without_a_key_is_refused(cli, home, tmp_path, fpki) -> None:  # type: ignore[no-untyped-def]
    ref = _drafted(cli, tmp_path, fpki)
    before = _state(home)
    r = cli("letter", "approve", ref, "--officer", REVIEWER)
    assert r.rc == 2 and "Approving a letter means signing it with your own key" in r.err
    assert len(r.err.strip().splitlines()) == 1
    assert _state(home) == before


def test_another_officers_key_and_the_drafters_key_are_refused(cli, home, tmp_path, fpki) -> None:  # type: ignore[no-untyped-def]
    ref = _drafted(cli, tmp_path, fpki)
    own_key(cli, fpki.unreachable_p12, "KOWALSKA Ewa")  # a third officer's registered key
    before = _state(home)
    r = cli(*_approve(ref, tmp_path, key=fpki.unreachable_p12))
    assert r.rc == 2 and "registered to KOWALSKA Ewa, not to" in r.err and "Nothing was signed" in r.err
    r = cli(*_approve(ref, tmp_path, key=fpki.officer_p12))  # the drafter's key in the reviewer's hands
    assert r.rc == 2 and f"registered to {DRAFTER}" in r.err
    r = cli(*_approve(ref, tmp_path, DRAFTER, fpki.officer_p12))  # the drafter with their own key
    assert r.rc == 2 and "Four-eyes rule" in r.err and "drafted this letter" in r.err
    assert _state(home) == before


@pytest.mark.parametrize(("key", "words"), [("revoked_p12", "revoked"), ("expired_p12", "expired")])
def test_a_revoked_or_expired_reviewer_certificate_approves_nothing(
    cli, home, tmp_path, fpki, key, words
) -> None:  # type: ignore[no-untyped-def]
    ref = _drafted(cli, tmp_path, fpki)
    before = _state(home)
    r = cli(*_approve(ref, tmp_path, key=getattr(fpki, key)))
    assert r.rc == 2 and words in r.err, r.err
    assert _state(home) == before


def test_an_approved_letter_altered_in_the_store_is_not_issued(cli, home, tmp_path, fpki) -> None:  # type: ignore[no-untyped-def]
    ref = _approved(cli, tmp_path, fpki)
    sha = _letter_row(home)[2]
    blob = _blob(home, sha)
    os.chmod(blob, 0o644)
    data = bytearray(blob.read_bytes())
    data[len(data) // 2] ^= 0x01  # one bit flipped in the blob store
    blob.write_bytes(bytes(data))
    before = _state(home)
    r = _issue(cli, ref, fpki, tmp_path)
    assert r.rc == 1 and "no longer matches its SHA-256" in r.err and "nothing was signed" in r.err
    assert not (tmp_path / "signed.pdf").exists() and _state(home) == before


def test_an_approval_re_signed_by_someone_else_is_not_issued(cli, home, tmp_path, fpki) -> None:  # type: ignore[no-untyped-def]
    """Someone with write access to the database and the store swaps the approved letter for
    the same letter signed with another key: refused, whether or not they also change the
    recorded approval fingerprint."""
    import datetime as dt

    from app.services.letters import certcheck
    from app.services.letters import render as rnd
    from app.services.letters import sign as sgn

    ref = _approved(cli, tmp_path, fpki)
    letter_id, _state_, _sha, _fp, content_json, approved_at = _letter_row(home)
    day = dt.date.fromisoformat(str(approved_at)[:10])
    final = rnd.render_letter(rnd.LetterContent.from_json(content_json), draft=False, date=day)
    other = sgn.load_pkcs12_signer(fpki.unreachable_p12, PASSPHRASE)  # "Offline Officer"
    fake = sgn.sign_approval(
        final, other, approver="Offline Officer", caption="Approved by Offline Officer", reason="x"
    )
    sha = hashlib.sha256(fake).hexdigest()
    blob = _blob(home, sha)
    blob.parent.mkdir(parents=True, exist_ok=True)
    blob.write_bytes(fake)
    with sqlite3.connect(home / "exemptio.db") as db:
        db.execute(
            "INSERT INTO evidence_blobs (sha256, size, stored, created_at)"
            " VALUES (?, ?, 1, CURRENT_TIMESTAMP)",
            (sha, len(fake)),
        )
        db.execute("UPDATE letters SET approved_sha256 = ? WHERE id = ?", (sha, letter_id))
    before = _state(home)
    r = _issue(cli, ref, fpki, tmp_path)
    assert r.rc == 2 and "is signed by Offline Officer, not with the certificate" in r.err, r.err
    assert not (tmp_path / "signed.pdf").exists() and _state(home) == before
    fp = certcheck.fingerprint(other.signing_cert)
    with sqlite3.connect(home / "exemptio.db") as db:
        db.execute("UPDATE letters SET approval_fingerprint = ? WHERE id = ?", (fp, letter_id))
    r = _issue(cli, ref, fpki, tmp_path)
    assert r.rc == 2 and f"is not by {REVIEWER}'s own certificate" in r.err, r.err
    assert not (tmp_path / "signed.pdf").exists()


def test_the_approver_cannot_also_issue(cli, home, tmp_path, fpki) -> None:  # type: ignore[no-untyped-def]
    ref = _approved(cli, tmp_path, fpki)
    before = _state(home)
    assert fpki.second_p12 is not None
    r = _issue(cli, ref, fpki, tmp_path, key=fpki.second_p12, officer=REVIEWER)
    assert r.rc == 2 and "approved this letter and cannot also issue it" in r.err
    assert _state(home) == before


def test_approving_with_a_pkcs11_token(cli, exemptio, home, tmp_path, fpki) -> None:  # type: ignore[no-untyped-def]
    """The reviewer's key on a signing token (SoftHSM2): a wrong PIN approves nothing; the
    right PIN signs the approval with the token's key (a subprocess: the PKCS#11 module
    reads SOFTHSM2_CONF once per process)."""
    from tests.helpers.letters import grant_role, register_key
    from tests.integration.test_letter_cli import _any_pki
    from tests.unit.letter_testpki import SOFTHSM_LIB, softhsm_token

    env = softhsm_token(tmp_path / "hsm", fpki)  # holds the officer key of fpki
    ref = _case(cli, tmp_path)
    _ok(cli("letter", "draft", ref, "--out", str(tmp_path / "d.pdf"), "--officer", DRAFTER))
    reviewer = "KOWALSKA Ewa"
    grant_role(cli, _any_pki(), reviewer, "reviewer")
    register_key(cli, _any_pki(), reviewer, fpki.officer_p12)  # the token's certificate is hers
    pin = tmp_path / "pin.txt"
    token = ["--pkcs11-lib", SOFTHSM_LIB, "--token-label", "exemptio", "--key-label", "officer",
             "--chain", str(fpki.root_pem), "--passphrase-file", str(pin), "--officer", reviewer]  # fmt: skip
    before = _state(home)
    pin.write_text("9999\n")
    r = exemptio("letter", "approve", ref, *token, env=env)
    assert r.rc == 2 and "Wrong PIN" in r.err
    assert _state(home) == before
    pin.write_text("1234\n")
    r = exemptio("letter", "approve", ref, *token, "--json", env=env)
    assert r.rc == 0, r.err
    rec = r.json()
    assert (
        rec["state"] == "approved" and rec["approved_by"] == reviewer and rec["approval_signer"] == OFFICER_CN
    )
