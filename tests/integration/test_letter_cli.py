"""Letters end to end through the CLI: draft → approve (four eyes) → issue →
verify, checked with independent tools (pdfsig with an NSS trust store, qpdf,
pdffonts, pdftotext), plus the refusals and bad inputs."""

from __future__ import annotations

import io
import json
import sqlite3
import subprocess
from pathlib import Path
from typing import Any

import pytest

from tests.helpers.answers import LLAMA3_8B
from tests.helpers.letters import approve_args, grant_role, issue_args, passphrase_file, register_key
from tests.helpers.officers import HEAD
from tests.unit.letter_testpki import PASSPHRASE, LocalTsa, Pki, make_pki, nss_db, pdfsig, softhsm_token

DRAFTER, REVIEWER = "GREGOROVÁ Markéta", "GONÇALVES Bruno"


_KEY: list[Path] = []  # the officer key of this module's PKI: _case registers it for DRAFTER
_PKI: list[Pki] = []  # ... and the PKI itself (the reviewer approves with its second_p12)


@pytest.fixture(scope="module", autouse=True)
def pki(tmp_path_factory: pytest.TempPathFactory) -> Pki:
    made = make_pki(tmp_path_factory.mktemp("pki"))
    _KEY[:] = [made.officer_p12]
    _PKI[:] = [made]
    return made


def _any_pki() -> Pki:
    """This module's PKI (made once here when another module uses these helpers)."""
    if not _PKI:
        import tempfile

        _PKI.append(make_pki(Path(tempfile.mkdtemp(prefix="letter-pki-"))))
    return _PKI[0]


def _approve(ref: str, folder: Path, officer: str = REVIEWER, key: Path | None = None) -> list[str]:
    """'letter approve' with the officer's own key (the reviewer's unless ``key``): approving is signing."""
    p12 = key or _any_pki().second_p12
    assert p12 is not None
    return approve_args(ref, p12, passphrase_file(folder), officer)


@pytest.fixture(scope="module")
def nss(tmp_path_factory: pytest.TempPathFactory, pki: Pki) -> str:
    return nss_db(tmp_path_factory.mktemp("nss"), pki.root_pem)


def _ok(r: Any) -> Any:
    assert r.rc == 0, r.err
    return r


def _case(cli: Any, tmp_path: Path, answers: dict[str, Any] = LLAMA3_8B, review: bool = True) -> str:
    ref = _ok(
        cli(
            "case",
            "new",
            "--title",
            "Llama 3 8B open-source claim",
            "--provider",
            "Meta Platforms Ireland Ltd",
            "--subject",
            "Llama 3 8B",
            "--officer",
            DRAFTER,
        )
    ).out.strip()
    lic = tmp_path / "LICENSE.txt"
    lic.write_text("META LLAMA 3 COMMUNITY LICENSE AGREEMENT\n… 700 million monthly active users …\n")
    _ok(cli("evidence", "add", ref, str(lic), "--description", "Licence text", "--officer", DRAFTER))
    f = tmp_path / "answers.json"
    f.write_text(json.dumps({"checklist": "ai-act-oss", "version": "2025.07", "answers": answers}))
    _ok(cli("checklist", "answer", ref, "--file", str(f), "--officer", DRAFTER))
    grant_role(cli, _any_pki(), REVIEWER, "reviewer")
    register_key(cli, _any_pki(), REVIEWER, _any_pki().second_p12)  # the reviewer's own key
    if _KEY:  # the drafter's own signing certificate, registered (the signer is the officer)
        own_key(cli, _KEY[0])
    if review:
        to_review(cli, str(ref))
    return str(ref)


def to_review(cli: Any, ref: str) -> None:
    """A letter is issued from a case in review: move it there (draft → intake → assessment → review)."""
    for status in ("intake", "assessment", "review"):
        _ok(cli("case", "move", ref, status, "--officer", DRAFTER))


def own_key(cli: Any, p12: Path, officer: str = DRAFTER, *db: str, by: str | None = None) -> None:
    """The head of unit registers the key's certificate for ``officer``: letters are issued
    and approved only with the acting officer's own certificate. (``by``: unused, kept for
    callers; the head of unit of this module's PKI registers.)"""
    register_key(cli, _any_pki(), officer, p12, *db)


def _pass(tmp_path: Path, text: bytes = PASSPHRASE) -> str:
    p = tmp_path / ("pass.txt" if text == PASSPHRASE else "wrong-pass.txt")
    p.write_bytes(text + b"\n")
    return str(p)


def _state(home: Path) -> tuple[Any, ...]:
    with sqlite3.connect(home / "exemptio.db") as db:
        return (
            list(db.execute("SELECT id, state, approved_by, issued_sha256, signature_level FROM letters")),
            list(db.execute("SELECT status, version FROM cases")),
            db.execute("SELECT count(*) FROM audit_events").fetchone(),
            db.execute("SELECT count(*) FROM evidence_blobs").fetchone(),
        )


def _issue_ready(cli: Any, tmp_path: Path) -> str:
    ref = _case(cli, tmp_path)
    _ok(cli("letter", "draft", ref, "--out", str(tmp_path / f"draft-{ref}.pdf"), "--officer", DRAFTER))
    _ok(cli(*_approve(ref, tmp_path)))
    return ref


def test_draft_approve_issue_verify(cli, home, tmp_path, pki, nss) -> None:  # type: ignore[no-untyped-def]
    ref = _case(cli, tmp_path)
    draft = tmp_path / "draft.pdf"
    r = _ok(
        cli(
            "letter",
            "draft",
            ref,
            "--out",
            str(draft),
            "--language",
            "fr",
            "--legal-nature",
            "draft_decision",
            "--registry-ref",
            "Ares(2026)1234567",
            "--officer",
            DRAFTER,
            "--json",
        )
    )
    doc = r.json()
    assert doc["state"] == "draft" and doc["drafted_by"] == DRAFTER and doc["language"] == "fr"
    text = subprocess.run(["pdftotext", str(draft), "-"], capture_output=True, text=True).stdout
    assert "PROJET" in text and "Ares(2026)1234567" in text and "Droit d'être entendu" in text

    # four eyes: the drafter may not approve; a reviewer may
    r = cli(*_approve(ref, tmp_path, DRAFTER, _any_pki().officer_p12))
    assert r.rc == 2 and "Four-eyes" in r.err
    # the reviewer exports the current draft: byte-identical to what was drafted
    exported = tmp_path / "review.pdf"
    r = _ok(cli("letter", "export", ref, "--out", str(exported), "--officer", REVIEWER))
    assert exported.read_bytes() == draft.read_bytes() and doc["draft_sha256"] in r.out
    r = _ok(cli(*_approve(ref, tmp_path), "--sha256", doc["draft_sha256"], "--json"))
    assert r.json()["approved_by"] == REVIEWER

    out = tmp_path / "signed.pdf"
    r = _ok(
        cli(
            *issue_args(ref, pki.officer_p12, _pass(tmp_path), out, DRAFTER),
            *("--function", "Head of Unit, AI Office", "--tsa", "", "--json"),
        )
    )
    issued = r.json()
    assert issued["state"] == "issued" and issued["signature_level"] == "B-B"
    assert issued["signer"] == "ŚMISZEK Krzysztof"

    # independent checks
    sig = pdfsig(out, nss)
    assert "Signature is Valid." in sig and "Certificate is Trusted." in sig
    assert "Total document signed" in sig
    assert subprocess.run(["qpdf", "--check", str(out)], capture_output=True).returncode == 0
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True).stdout
    rows = fonts.splitlines()[2:]
    assert rows and all(" yes " in row.split("  ", 1)[1] for row in rows), fonts
    assert "Helvetica" not in fonts

    # our verifier
    r = _ok(cli("letter", "verify", str(out), "--trust", str(pki.root_pem), "--json"))
    v = r.json()
    assert v["ok"] and v["integrity"] and v["whole_file"] and v["trusted"]
    assert v["signer"] == "ŚMISZEK Krzysztof" and v["level"] == "B-B"
    # no trust anchor at all (a data folder without one in Settings): not a pass
    r = cli("letter", "verify", str(out), "--home", str(tmp_path / "elsewhere"))
    assert r.rc == 1 and "trust not established" in r.err and "NOT established" in r.out

    # stored immutably, hash in the audit trail, listed in the register
    rows = _ok(cli("letter", "list", ref, "--json")).json()
    assert [x["state"] for x in rows] == ["issued"]
    sha = rows[0]["issued_sha256"]
    import hashlib

    assert hashlib.sha256(out.read_bytes()).hexdigest() == sha
    stored = home / "evidence" / sha[:2] / sha[2:4] / sha
    assert stored.read_bytes() == out.read_bytes()
    assert stored.stat().st_mode & 0o222 == 0  # kept read-only
    with sqlite3.connect(home / "exemptio.db") as db:
        actions = [a for (a,) in db.execute("SELECT action FROM audit_events WHERE entity_type='letter'")]
        after = json.loads(
            db.execute("SELECT after_json FROM audit_events WHERE action='letter.issued'").fetchone()[0]
        )
    assert actions == ["letter.drafted", "letter.exported", "letter.approved", "letter.issued"]
    assert after["issued_sha256"] == sha
    assert _ok(cli("audit", "verify")).rc == 0


def test_modified_letters_fail_verification(cli, home, tmp_path, pki, nss) -> None:  # type: ignore[no-untyped-def]
    ref = _issue_ready(cli, tmp_path)
    out = tmp_path / "signed.pdf"
    _ok(cli(*issue_args(ref, pki.officer_p12, _pass(tmp_path), out, DRAFTER, "--tsa", "")))
    data = out.read_bytes()

    flipped = bytearray(data)
    i = data.find(b"stream", 3000) + 200
    flipped[i] ^= 0x01
    (tmp_path / "flipped.pdf").write_bytes(bytes(flipped))
    r = cli("letter", "verify", str(tmp_path / "flipped.pdf"), "--trust", str(pki.root_pem))
    assert r.rc == 1 and "changed" in r.err

    (tmp_path / "appended.pdf").write_bytes(data + b"%%EOF\n")
    r = cli("letter", "verify", str(tmp_path / "appended.pdf"), "--trust", str(pki.root_pem), "--json")
    assert r.rc == 1 and not r.json()["whole_file"]

    # an incremental update (new content on page 1) after signing
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    w = IncrementalPdfFileWriter(io.BytesIO(data))
    page = w.root["/Pages"]["/Kids"][0].get_object()
    stream = generic.StreamObject(stream_data=b"BT /F1 24 Tf 100 100 Td (APPROVED) Tj ET")
    page["/Contents"] = generic.ArrayObject([page["/Contents"], w.add_object(stream)])
    w.update_container(page)
    buf = io.BytesIO()
    w.write(buf)
    (tmp_path / "incremental.pdf").write_bytes(buf.getvalue())
    r = cli("letter", "verify", str(tmp_path / "incremental.pdf"), "--trust", str(pki.root_pem), "--json")
    assert r.rc == 1 and not r.json()["whole_file"]
    assert "Total document signed" not in pdfsig(tmp_path / "incremental.pdf", nss)

    r = cli("letter", "verify", str(tmp_path / "nope.pdf"))
    assert r.rc == 2 and "does not exist" in r.err


def test_refusals_change_nothing(cli, home, tmp_path, pki) -> None:  # type: ignore[no-untyped-def]
    ref = _case(cli, tmp_path)
    out = tmp_path / "signed.pdf"
    _ok(cli("letter", "draft", ref, "--out", str(tmp_path / "d.pdf"), "--officer", DRAFTER))
    before = _state(home)
    r = cli(*issue_args(ref, pki.officer_p12, _pass(tmp_path), out, DRAFTER))
    assert r.rc == 2 and "has not been approved" in r.err and not out.exists()
    r = cli(*_approve(ref, tmp_path, DRAFTER, _any_pki().officer_p12))
    assert r.rc == 2 and "drafted this letter" in r.err
    r = cli(*_approve(ref, tmp_path), "--sha256", "0" * 64)
    assert r.rc == 2 and "not the current draft" in r.err
    assert _state(home) == before
    _ok(cli(*_approve(ref, tmp_path)))
    before = _state(home)

    bad = tmp_path / "corrupt.p12"
    bad.write_bytes(b"\x30\x82\x01\x00" + b"\x00" * 60)
    cases = [
        (["--key", str(pki.officer_p12), "--passphrase-file", _pass(tmp_path, b"wrong")], "Wrong passphrase"),
        (["--key", str(pki.expired_p12), "--passphrase-file", _pass(tmp_path)], "expired"),
        (["--key", str(pki.no_ku_p12), "--passphrase-file", _pass(tmp_path)], "not a signing certificate"),
        (["--key", str(tmp_path / "missing.p12"), "--passphrase-file", _pass(tmp_path)], "does not exist"),
        (["--key", str(bad), "--passphrase-file", _pass(tmp_path)], "not a PKCS#12"),
        (["--key", str(pki.officer_p12)], "No passphrase"),  # no TTY in tests
    ]
    for extra, message in cases:
        r = cli("letter", "issue", ref, *extra, "--out", str(out), "--officer", DRAFTER)
        assert r.rc == 2 and message in r.err, (extra, r.err)
        assert len(r.err.strip().splitlines()) == 1
        assert not out.exists()
        assert _state(home) == before
    assert not list(tmp_path.glob(".letter-*"))


def test_draft_needs_an_outcome_and_valid_options(cli, home, tmp_path) -> None:  # type: ignore[no-untyped-def]
    ref = _ok(
        cli("case", "new", "--officer", "Test Officer", "--title", "T", "--provider", "P", "--subject", "S")
    ).out.strip()
    out = tmp_path / "d.pdf"
    r = cli("letter", "draft", ref, "--out", str(out), "--officer", DRAFTER)
    assert r.rc == 2 and "no checklist outcome yet" in r.err and not out.exists()
    r = cli("letter", "draft", ref, "--out", str(out), "--language", "it", "--officer", DRAFTER)
    assert r.rc == 2 and not out.exists()
    r = cli("letter", "draft", "AIO-1999-0001", "--out", str(out), "--officer", DRAFTER)
    assert r.rc == 2 and "No case" in r.err
    r = cli(*_approve(ref, tmp_path))
    assert r.rc == 2 and "no letter draft" in r.err
    with sqlite3.connect(home / "exemptio.db") as db:
        assert db.execute("SELECT count(*) FROM letters").fetchone() == (0,)


def test_case_changed_after_approval_is_refused(cli, home, tmp_path, pki) -> None:  # type: ignore[no-untyped-def]
    ref = _issue_ready(cli, tmp_path)
    extra = tmp_path / "USE_POLICY.md"
    extra.write_text("Acceptable use policy\n")
    _ok(cli("evidence", "add", ref, str(extra), "--officer", DRAFTER))
    r = cli(*issue_args(ref, pki.officer_p12, _pass(tmp_path), tmp_path / "s.pdf", DRAFTER))
    assert r.rc == 2 and "changed after the letter was approved" in r.err


def test_timestamp_and_augment(cli, home, tmp_path, pki, nss) -> None:  # type: ignore[no-untyped-def]
    tsa = LocalTsa(pki)
    try:
        ref = _issue_ready(cli, tmp_path)
        out = tmp_path / "bt.pdf"
        r = _ok(
            cli(*issue_args(ref, pki.officer_p12, _pass(tmp_path), out, DRAFTER, "--tsa", tsa.url, "--json"))
        )
        assert r.json()["signature_level"] == "B-T"
        v = _ok(cli("letter", "verify", str(out), "--trust", str(pki.root_pem), "--json")).json()
        issuing = next(x for x in v["signatures"] if x["role"] == "issue")
        assert v["level"] == "B-T" and v["whole_file"] and issuing["timestamp_time"]
        assert "Total document signed" in pdfsig(out, nss)

        # offline issue (TSA unreachable) → B-B with a warning, then augment
        ref2 = _issue_ready(cli, tmp_path)
        out2 = tmp_path / "bb.pdf"
        r = _ok(
            cli(
                *issue_args(
                    ref2, pki.officer_p12, _pass(tmp_path), out2, DRAFTER, "--tsa", "http://127.0.0.1:9/"
                )
            )
        )
        assert "B-B" in r.out and "augment" in r.err
        r = _ok(cli("letter", "augment", ref2, "--tsa", tsa.url, "--officer", DRAFTER, "--json"))
        sha = r.json()[0]["current_sha256"]
        assert r.json()[0]["signature_level"] in ("B-T", "B-LTA")
        aug = home / "evidence" / sha[:2] / sha[2:4] / sha
        v = _ok(cli("letter", "verify", str(aug), "--trust", str(pki.root_pem), "--json")).json()
        assert (
            v["ok"]
            and v["whole_file"]
            and [s["kind"] for s in v["signatures"]] == ["signature", "signature", "document timestamp"]
            and v["approver"] == REVIEWER
            and v["four_eyes_shown"]
        )
        r = cli("letter", "augment", ref2, "--tsa", tsa.url, "--officer", DRAFTER)
        assert r.rc == 2 and "no issued letter waiting" in r.err
    finally:
        tsa.close()


def test_issue_with_a_pkcs11_token(cli, exemptio, home, tmp_path, pki, nss) -> None:  # type: ignore[no-untyped-def]
    # A subprocess: the PKCS#11 module reads SOFTHSM2_CONF once per process.
    env = softhsm_token(tmp_path / "hsm", pki)
    ref = _issue_ready(cli, tmp_path)
    pin = tmp_path / "pin.txt"
    out = tmp_path / "token.pdf"
    token = ["--pkcs11-lib", "/usr/lib/softhsm/libsofthsm2.so", "--token-label", "exemptio", "--key-label",
             "officer", "--out", str(out), "--officer", DRAFTER, "--tsa", ""]  # fmt: skip
    pin.write_text("9999\n")
    r = exemptio("letter", "issue", ref, *token, "--passphrase-file", str(pin), env=env)
    assert r.rc == 2 and "Wrong PIN" in r.err and not out.exists()
    pin.write_text("1234\n")
    r = exemptio("letter", "issue", ref, *token, "--passphrase-file", str(pin), "--json", env=env)
    assert r.rc == 0, r.err
    assert r.json()["signer"] == "ŚMISZEK Krzysztof"
    sig = pdfsig(out, nss)
    assert (
        "Signature is Valid." in sig and "Certificate is Trusted." in sig and "Total document signed" in sig
    )
    # the whole chain is embedded: the token's certificates plus a --chain file
    from pyhanko.pdf_utils.reader import PdfFileReader

    def embedded(pdf: Path) -> set[str]:
        sigs = PdfFileReader(io.BytesIO(pdf.read_bytes())).embedded_signatures
        issuing = next(s for s in sigs if s.field_name == "Signature1")
        return {c.chosen.subject.native["common_name"] for c in issuing.signed_data["certificates"]}

    ref2 = _issue_ready(cli, tmp_path)
    out2 = tmp_path / "token-chain.pdf"
    token2 = [t if t != str(out) else str(out2) for t in token]
    chain = ["--chain", str(pki.root_pem), "--passphrase-file", str(pin)]
    r = exemptio("letter", "issue", ref2, *token2, *chain, env=env)
    assert r.rc == 0, r.err
    assert {"ŚMISZEK Krzysztof", "Exemptio Test Root CA"} <= embedded(out2)
    bad_chain = ["--chain", str(pin), "--passphrase-file", str(pin)]
    token3 = [t if t != str(out) else str(tmp_path / "token-3.pdf") for t in token]
    r = exemptio("letter", "issue", ref2, *token3, *bad_chain, env=env)
    assert r.rc == 2 and "not a PEM or DER certificate file" in r.err


def test_evidence_verify_rehashes_stored_letters(cli, home, tmp_path, pki) -> None:  # type: ignore[no-untyped-def]
    """An issued letter is a stored record like evidence: `evidence verify` re-hashes it."""
    import os

    ref = _issue_ready(cli, tmp_path)
    out = tmp_path / "signed.pdf"
    key = ["--key", str(pki.officer_p12), "--passphrase-file", _pass(tmp_path)]
    _ok(cli("letter", "issue", ref, *key, "--out", str(out), "--officer", DRAFTER, "--tsa", ""))
    r = _ok(cli("evidence", "verify", ref, "--json"))
    letters = [i for i in r.json()["items"] if i["kind"] == "letter"]
    assert len(letters) == 1 and letters[0]["status"] == "ok"
    sha = letters[0]["sha256"]
    blob = home / "evidence" / sha[:2] / sha[2:4] / sha
    os.chmod(blob, 0o644)
    data = bytearray(blob.read_bytes())
    data[len(data) // 2] ^= 0x01
    blob.write_bytes(bytes(data))
    r = cli("evidence", "verify", ref)
    assert r.rc == 1
    assert "letter #" in r.err and "changed" in r.err


def _issue(cli: Any, ref: str, pki: Pki, tmp_path: Path, out: Path, *extra: str) -> Any:
    own_key(cli, pki.officer_p12)
    key = ["--key", str(pki.officer_p12), "--passphrase-file", _pass(tmp_path)]
    return cli("letter", "issue", ref, *key, "--out", str(out), "--officer", DRAFTER, "--tsa", "", *extra)


def test_issuing_needs_review_and_decides_the_case(cli, home, tmp_path, pki) -> None:  # type: ignore[no-untyped-def]
    ref = _case(cli, tmp_path, review=False)
    _ok(cli("letter", "draft", ref, "--out", str(tmp_path / "d.pdf"), "--officer", DRAFTER))
    _ok(cli(*_approve(ref, tmp_path)))
    before = _state(home)
    out = tmp_path / "s.pdf"
    r = _issue(cli, ref, pki, tmp_path, out)
    assert r.rc == 2 and "is in 'draft'" in r.err and f"case move {ref} intake, then" in r.err, r.err
    assert r.err.rstrip().endswith(f"case move {ref} review.")
    assert len(r.err.strip().splitlines()) == 1 and not out.exists() and _state(home) == before

    # an approved letter freezes the answers it rests on
    f = tmp_path / "a5.json"
    f.write_text(
        json.dumps(
            {"checklist": "ai-act-oss", "version": "2025.07", "answers": {"A5": {"value": "2024-05-01"}}}
        )
    )
    r = cli("checklist", "answer", ref, "--file", str(f), "--officer", DRAFTER)
    assert r.rc == 2 and "is approved and waiting to be signed" in r.err, r.err
    assert _state(home) == before

    to_review(cli, ref)
    r = _ok(_issue(cli, ref, pki, tmp_path, out, "--json"))
    letter_id = r.json()["id"]
    assert _ok(cli("case", "show", ref, "--json")).json()["status"] == "decided"
    with sqlite3.connect(home / "exemptio.db") as db:
        ev = list(
            db.execute("SELECT action, before_json, after_json FROM audit_events ORDER BY id DESC LIMIT 2")
        )
    # the decision and the issue are one transaction: adjacent events
    assert {e[0] for e in ev} == {"letter.issued", "case.transition"}
    trans = next(e for e in ev if e[0] == "case.transition")
    assert json.loads(trans[1]) == {"status": "review"}
    assert json.loads(trans[2]) == {"status": "decided", "reason": f"letter {letter_id} issued"}

    # issued: answers refused; reopening (with a reason) lets the officer change them again
    r = cli("checklist", "answer", ref, "--file", str(f), "--officer", DRAFTER)
    assert r.rc == 2 and "decided" in r.err
    _ok(cli("case", "move", ref, "assessment", "--reason", "new evidence", "--officer", DRAFTER))
    _ok(cli("checklist", "answer", ref, "--file", str(f), "--officer", DRAFTER))
    assert _ok(cli("audit", "verify")).rc == 0


def test_issued_letter_freezes_answers_until_reopened(ctx) -> None:  # type: ignore[no-untyped-def]
    """The lock helper on its own: an issued letter whose case was sent back without a reopen."""
    from app.services.letters.locks import letters_lock_reason
    from db.models import Case, Letter, Provider, Subject
    from db.uow import unit_of_work

    with unit_of_work(ctx.engine) as s:
        p = Provider(name="P")
        s.add(p)
        s.flush()
        sub = Subject(name="S", provider_id=p.id)
        s.add(sub)
        s.flush()
        case = Case(
            reference="AIO-2026-0042", title="T", status="review", provider_id=p.id, subject_id=sub.id
        )
        s.add(case)
        s.flush()
        assert letters_lock_reason(s, case.id) is None
        s.add(Letter(case_id=case.id, state="issued"))
        s.flush()
        assert "has been issued" in (letters_lock_reason(s, case.id) or "")


def test_out_files_are_never_replaced_without_force(cli, home, tmp_path, pki) -> None:  # type: ignore[no-untyped-def]
    ref = _case(cli, tmp_path)
    keep = b"%PDF-1.7 an earlier signed letter\n"
    draft = tmp_path / "draft.pdf"
    draft.write_bytes(keep)
    before = _state(home)
    r = cli("letter", "draft", ref, "--out", str(draft), "--officer", DRAFTER)
    assert r.rc == 2 and "exists; choose another name or pass --force" in r.err, r.err
    assert len(r.err.strip().splitlines()) == 1
    assert draft.read_bytes() == keep and _state(home) == before  # nothing drafted, nothing written
    r = _ok(cli("letter", "draft", ref, "--out", str(draft), "--force", "--officer", DRAFTER, "--json"))
    assert draft.read_bytes().startswith(b"%PDF") and draft.read_bytes() != keep
    _ok(cli(*_approve(ref, tmp_path)))

    signed = tmp_path / "signed.pdf"
    signed.write_bytes(keep)
    before = _state(home)
    r = _issue(cli, ref, pki, tmp_path, signed)
    assert r.rc == 2 and "exists; choose another name or pass --force" in r.err, r.err
    assert signed.read_bytes() == keep and _state(home) == before  # still approved, nothing stored
    r = _ok(_issue(cli, ref, pki, tmp_path, signed, "--force", "--json"))
    import hashlib

    assert hashlib.sha256(signed.read_bytes()).hexdigest() == r.json()["issued_sha256"]
    exported = tmp_path / "export.pdf"
    exported.write_bytes(keep)
    r = cli("letter", "export", ref, "--out", str(exported), "--officer", DRAFTER)
    assert r.rc == 2 and "pass --force" in r.err and exported.read_bytes() == keep
    _ok(cli("letter", "export", ref, "--out", str(exported), "--force", "--officer", DRAFTER))
    assert exported.read_bytes() == signed.read_bytes()
    assert not list(tmp_path.glob(".letter-*")) and not list(tmp_path.glob("*.part"))


def test_placing_refuses_a_file_created_meanwhile(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The final placement itself never replaces (no check-then-write race): hard link semantics."""
    from app.domain.errors import BadInput
    from app.services import outfile

    target = tmp_path / "letter.pdf"
    tmp = outfile.write_temp(target, b"new", ".letter-")
    target.write_bytes(b"old")  # appears between the check and the placement
    with pytest.raises(BadInput, match="exists"):
        outfile.place(tmp, target, force=False)
    assert target.read_bytes() == b"old" and tmp.exists()
    outfile.place(tmp, target, force=True)
    assert target.read_bytes() == b"new" and not tmp.exists()


def test_verify_bad_input_and_trust_warning(cli, home, tmp_path, pki) -> None:  # type: ignore[no-untyped-def]
    ref = _issue_ready(cli, tmp_path)
    signed = tmp_path / "signed.pdf"
    _ok(_issue(cli, ref, pki, tmp_path, signed))
    data = signed.read_bytes()

    # bad input (exit 2, one line): not a PDF, empty, unreadable / truncated to garbage
    bad = {
        "notes.txt": b"Meeting notes, not a letter\n" * 20,
        "empty.pdf": b"",
        "half.pdf": data[: len(data) // 2],
        "head.pdf": data[:1000],
        "garbage.pdf": b"%PDF-1.7\n" + bytes(range(256)) * 8,
    }
    for name, content in bad.items():
        (tmp_path / name).write_bytes(content)
        r = cli("letter", "verify", str(tmp_path / name))
        assert r.rc == 2, (name, r.rc, r.err)
        assert len(r.err.strip().splitlines()) == 1 and "PDF" in r.err, (name, r.err)
        assert "CHANGED" not in r.out
    # cut short: the approved revision before it still reads, so it is a changed letter (exit 1)
    (tmp_path / "tail.pdf").write_bytes(data[:-10])
    r = cli("letter", "verify", str(tmp_path / "tail.pdf"), "--trust", str(pki.root_pem))
    assert r.rc == 1 and "modified after signing" in r.err

    # intact, whole file, but no trust anchor at all: exit 1, trust not established
    elsewhere = tmp_path / "elsewhere"  # a data folder with no trust anchor in its Settings
    r = cli("letter", "verify", str(signed), "--home", str(elsewhere))
    assert r.rc == 1 and "trust not established" in r.err
    assert "intact" in r.out and "whole file" in r.out and "NOT established" in r.out
    # the trust anchor from Settings is the default
    settings = home / "settings.json"
    doc = json.loads(settings.read_text()) if settings.exists() else {}
    settings.write_text(json.dumps({**doc, "extra": {"trust_anchor": str(pki.root_pem)}}))
    r = _ok(cli("letter", "verify", str(signed), "--json"))
    assert r.json()["trusted"] is True and r.json()["trust_checked"] and "trust not checked" not in r.err
    # an explicit --trust wins: another CA does not vouch for the signer
    other = make_pki(tmp_path / "other-pki")
    r = cli("letter", "verify", str(signed), "--trust", str(other.root_pem), "--json")
    assert r.rc == 1 and r.json()["trusted"] is False


def test_commission_decision_is_for_the_head_of_unit(cli, home, tmp_path, pki) -> None:  # type: ignore[no-untyped-def]
    head = HEAD
    ref2 = _issue_ready(cli, tmp_path)  # an ordinary letter, for comparison
    ref = _case(cli, tmp_path)
    out = tmp_path / "decision.pdf"
    before = _state(home)
    decision = ["--legal-nature", "commission_decision"]
    r = cli("letter", "draft", ref, "--out", str(out), *decision, "--officer", DRAFTER)
    assert r.rc == 2 and "Only the head of unit can draft a Commission decision" in r.err, r.err
    assert "adopted by the Commission" in r.err and len(r.err.strip().splitlines()) == 1
    assert not out.exists() and _state(home) == before
    r = cli("letter", "draft", ref, "--out", str(out), *decision, "--officer", REVIEWER)
    assert r.rc == 2 and "is a reviewer" in r.err and not out.exists()

    grant_role(cli, pki, head, "head")
    r = _ok(cli("letter", "draft", ref, "--out", str(out), *decision, "--officer", head))
    assert "draft Commission decision for adoption by the Commission" in r.out
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
    assert "COMMISSION DECISION" in text
    _ok(cli(*_approve(ref, tmp_path)))
    signed = tmp_path / "signed.pdf"
    before = _state(home)
    r = _issue(cli, ref, pki, tmp_path, signed)  # the drafter of ordinary letters is not the head
    assert r.rc == 2 and "Only the head of unit can issue a Commission decision" in r.err, r.err
    assert not signed.exists() and _state(home) == before
    own_key(cli, pki.unreachable_p12, head, by=head)  # the head signs with the head's own key
    key = ["--key", str(pki.unreachable_p12), "--passphrase-file", _pass(tmp_path), "--tsa", ""]
    r = _ok(cli("letter", "issue", ref, *key, "--out", str(signed), "--officer", head, "--json"))
    assert r.json()["legal_nature"] == "commission_decision" and "for adoption" in r.json()["note"]
    text = subprocess.run(["pdftotext", str(signed), "-"], capture_output=True, text=True).stdout
    assert "DRAFT COMMISSION DECISION" in text and "(not adopted)" in text  # the signed PDF says DRAFT

    # an ordinary letter says nothing of adoption
    r = _ok(_issue(cli, ref2, pki, tmp_path, tmp_path / "ordinary.pdf"))
    assert "adoption" not in r.out


def test_the_register_records_the_audit_head_at_issue(cli, home, tmp_path, pki) -> None:  # type: ignore[no-untyped-def]
    """Issue 16 item 4: the issued letter's register entry holds the audit trail's head as it
    was just before the letter.issued event (count and hash), shown by 'letter list' and
    kept in the event and in an archive's case.json."""
    ref = _case(cli, tmp_path)
    _ok(cli("letter", "draft", ref, "--out", str(tmp_path / "d.pdf"), "--officer", DRAFTER))
    _ok(cli(*_approve(ref, tmp_path)))
    _ok(_issue(cli, ref, pki, tmp_path, tmp_path / "s.pdf"))
    with sqlite3.connect(home / "exemptio.db") as db:
        issued_id, after = db.execute(
            "SELECT id, after_json FROM audit_events WHERE action = 'letter.issued' ORDER BY id DESC LIMIT 1"
        ).fetchone()
        prev_hash = db.execute("SELECT hash FROM audit_events WHERE id = ?", (issued_id - 1,)).fetchone()[0]
    row = _ok(cli("letter", "list", ref, "--json")).json()[-1]
    assert (row["audit_head_count"], row["audit_head_hash"]) == (issued_id - 1, prev_hash)
    assert json.loads(after)["audit_head"] == {"count": issued_id - 1, "hash": prev_hash}
    text = _ok(cli("letter", "list", ref)).out.strip().splitlines()[-1]
    assert text.endswith(f"\taudit head {issued_id - 1} {prev_hash}")
    zip_path = tmp_path / "case.zip"
    _ok(cli("archive", "export", ref, "--out", str(zip_path), "--officer", DRAFTER))
    import zipfile

    with zipfile.ZipFile(zip_path) as zf:
        doc = json.loads(zf.read(next(n for n in zf.namelist() if n.endswith("/data/case.json"))))
    assert doc["letters"][-1]["audit_head"] == {"count": issued_id - 1, "hash": prev_hash}
