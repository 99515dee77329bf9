"""Signing and verification: PAdES B-B/B-T, augmentation, bad keys, PKCS#11
(SoftHSM2), and tampering detected by our verifier and by pdfsig."""

from __future__ import annotations

import datetime as dt
import io
import shutil
import subprocess
from pathlib import Path

import pytest

from app.domain.errors import BadInput
from app.services.letters import sign, verify
from app.services.letters.render import EvidenceEntry, LetterContent, Signatory, render_letter
from tests.unit.letter_testpki import (
    OFFICER_CN,
    PASSPHRASE,
    SOFTHSM_LIB,
    LocalTsa,
    dummy_timestamper,
    make_pki,
    nss_db,
    pdfsig,
    softhsm_token,
)

OUTCOME = {
    "checklist": "ai-act-oss",
    "version": "2025.07",
    "compute": {"flop": 7.2e23, "method": "6PD", "low": 5.04e23, "high": 9.36e23, "band": "not_presumed"},
    "track_m": {
        "outcome": "partially_exempt",
        "grounds": [],
        "missing": [],
        "obligations": ["53(1)(c)", "53(1)(d)"],
        "findings": [],
        "deadline": "2027-08-02",
    },
    "track_s": None,
    "trace": [{"rule": "partially_exempt", "items": ["M2", "M3"], "basis": "Art. 53(2)"}],
}
STAMP = "Signed electronically by {name}\n{function}\n{date}\nCase {ref}"


@pytest.fixture(scope="module")
def letter():  # type: ignore[no-untyped-def]
    content = LetterContent(
        reference="AIO-2026-0042",
        case_title="OLMo claim",
        opened_on="2026-10-01",
        provider_name="Allen Institute for AI",
        subject_name="OLMo",
        subject_version="2 7B",
        outcome=OUTCOME,
        evidence=[EvidenceEntry("LICENSE", "ab" * 32, 11357)],
        drafted_on="2026-11-20",
    )
    return render_letter(
        content, draft=False, date=dt.date(2026, 11, 26), signatory=Signatory(OFFICER_CN, "Head of Unit")
    )


def _stamp() -> sign.StampInfo:
    return sign.StampInfo(OFFICER_CN, "Head of Unit", "26.11.2026", "AIO-2026-0042", STAMP)


def test_b_b_signature_is_valid_trusted_and_whole_file(pki, letter, tmp_path) -> None:  # type: ignore[no-untyped-def]
    signer = sign.load_pkcs12_signer(pki.officer_p12, PASSPHRASE)
    assert isinstance(signer, sign.CachedKeySigner)
    out = sign.sign_letter(letter, signer, _stamp())
    assert out.level == "B-B" and out.unsigned_sha256 == letter.sha256
    rep = verify.verify_bytes(out.pdf, trust=[pki.root_pem])
    assert rep.ok and rep.integrity and rep.whole_file and rep.trusted, rep.problems
    assert rep.signer == OFFICER_CN and rep.level == "B-B" and rep.signing_time
    f = tmp_path / "signed.pdf"
    f.write_bytes(out.pdf)
    text = pdfsig(f, nss_db(tmp_path / "nss", pki.root_pem))
    assert "Signature is Valid." in text and "Certificate is Trusted." in text
    assert "Total document signed" in text
    assert subprocess.run(["qpdf", "--check", str(f)], capture_output=True).returncode == 0
    # the visible stamp text (name, case) and the QR payload are in the signature appearance
    shown = subprocess.run(
        ["pdftotext", "-f", str(letter.pages), str(f), "-"], capture_output=True, text=True
    ).stdout
    assert f"Signed electronically by {OFFICER_CN}" in shown and "Case AIO-2026-0042" in shown
    assert sign.qr_payload("AIO-2026-0042", letter.sha256).endswith(letter.sha256)


def test_untrusted_root_is_reported(pki, letter, tmp_path) -> None:  # type: ignore[no-untyped-def]
    other = make_pki(tmp_path / "other")
    out = sign.sign_letter(letter, sign.load_pkcs12_signer(pki.officer_p12, PASSPHRASE), _stamp())
    rep = verify.verify_bytes(out.pdf, trust=[other.root_pem])
    assert not rep.ok and rep.integrity and rep.trusted is False
    assert any("not trusted" in p for p in rep.problems)


def test_any_change_after_signing_is_detected(pki, letter) -> None:  # type: ignore[no-untyped-def]
    data = sign.sign_letter(letter, sign.load_pkcs12_signer(pki.officer_p12, PASSPHRASE), _stamp()).pdf
    for pos in (100, len(data) // 3, len(data) - 2000):
        b = bytearray(data)
        b[pos] ^= 0x20
        rep = verify.verify_bytes(bytes(b), trust=[pki.root_pem])
        assert not rep.ok, pos
    rep = verify.verify_bytes(data + b"\n", trust=[pki.root_pem])
    assert not rep.ok and not rep.whole_file
    # a "benign" incremental update (metadata only) is still a change
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    w = IncrementalPdfFileWriter(io.BytesIO(data))
    w.set_info(generic.DictionaryObject({generic.NameObject("/Subject"): generic.TextStringObject("x")}))
    buf = io.BytesIO()
    w.write(buf)
    rep = verify.verify_bytes(buf.getvalue(), trust=[pki.root_pem])
    assert not rep.ok and not rep.whole_file
    assert not verify.verify_bytes(letter.pdf).ok  # unsigned


def test_timestamp_authority_gives_b_t_and_augment_upgrades_b_b(pki, letter) -> None:  # type: ignore[no-untyped-def]
    signer = sign.load_pkcs12_signer(pki.officer_p12, PASSPHRASE)
    tsa = LocalTsa(pki)
    try:
        bt = sign.sign_letter(letter, signer, _stamp(), tsa_url=tsa.url)
        assert bt.level == "B-T" and not bt.warning
        rep = verify.verify_bytes(bt.pdf, trust=[pki.root_pem])
        assert rep.ok and rep.level == "B-T" and rep.signatures[0].timestamp_time
    finally:
        tsa.close()
    # TSA unreachable: B-B with a warning
    offline = sign.sign_letter(letter, signer, _stamp(), tsa_url=tsa.url)
    assert offline.level == "B-B" and "augment" in offline.warning
    # later, online: augmentation with validation data and a document timestamp
    aug = sign.augment_pdf(offline.pdf, timestamper=dummy_timestamper(pki))
    assert aug.pdf.startswith(offline.pdf)
    rep = verify.verify_bytes(aug.pdf, trust=[pki.root_pem])
    assert rep.ok and rep.whole_file, rep.problems
    assert [s.kind for s in rep.signatures] == ["signature", "document timestamp"]
    assert rep.signatures[0].modification == "LTA_UPDATES"
    assert not verify.verify_bytes(aug.pdf + b"%%EOF\n", trust=[pki.root_pem]).ok
    with pytest.raises(BadInput, match="No timestamp authority"):
        sign.augment_pdf(offline.pdf)


def test_revocation_data_gives_b_lta(letter, tmp_path) -> None:  # type: ignore[no-untyped-def]
    tsa = LocalTsa()
    try:
        pki = make_pki(tmp_path / "pki", crl_url=tsa.crl_url)  # certificates point to a CRL we serve
        tsa.use(pki)
        signer = sign.load_pkcs12_signer(pki.officer_p12, PASSPHRASE)
        out = sign.sign_letter(letter, signer, _stamp(), tsa_url=tsa.url)
    finally:
        tsa.close()
    assert out.level == "B-LTA"
    rep = verify.verify_bytes(out.pdf, trust=[pki.root_pem])
    assert rep.ok and rep.level == "B-LTA" and rep.whole_file, rep.problems
    assert [(s.kind, s.modification) for s in rep.signatures] == [
        ("signature", "LTA_UPDATES"),
        ("document timestamp", "NONE"),
    ]
    assert rep.signatures[0].timestamp_time  # the signature's own timestamp (B-T)
    assert not verify.verify_bytes(out.pdf + b" ", trust=[pki.root_pem]).ok


def test_bad_keys_give_one_line_messages(pki, tmp_path) -> None:  # type: ignore[no-untyped-def]
    garbage = tmp_path / "garbage.p12"
    garbage.write_text("not a key\n" * 1000)
    truncated = tmp_path / "truncated.p12"
    truncated.write_bytes(pki.officer_p12.read_bytes()[:-50])
    cases = [
        (pki.officer_p12, b"wrong", "Wrong passphrase"),
        (pki.officer_p12, b"", "Wrong passphrase"),
        (pki.expired_p12, PASSPHRASE, "expired"),
        (pki.no_ku_p12, PASSPHRASE, "not a signing certificate"),
        (tmp_path / "missing.p12", PASSPHRASE, "does not exist"),
        (garbage, PASSPHRASE, "not a PKCS#12"),
        (truncated, PASSPHRASE, "not a PKCS#12"),
        (tmp_path, PASSPHRASE, "is a folder"),
    ]
    for path, pw, message in cases:
        with pytest.raises(BadInput, match=message) as info:
            sign.load_pkcs12_signer(path, pw)
        assert "\n" not in str(info.value)
        assert pw.decode() not in str(info.value) or not pw


def test_certificate_without_key_usage_is_refused(pki) -> None:  # type: ignore[no-untyped-def]
    from tests.helpers.certs import certificate, rsa_key

    key = rsa_key()
    now = dt.datetime.now(dt.UTC)
    day = dt.timedelta(days=1)
    cert = certificate(key, key, "No KU", not_before=now - day, not_after=now + day, serial=1)
    with pytest.raises(BadInput, match="is not a signing certificate"):
        sign.check_signing_certificate(cert)


def test_stamp_font_choice() -> None:
    assert sign.stamp_font_for("Signed by ŚMISZEK Krzysztof\nΕλληνικά български Ő ű").endswith(
        "NotoSans-Stamp.ttf"
    )
    assert sign.stamp_font_for("Signed by Հայերեն").endswith("NotoSans-Regular.ttf")  # outside the cut


@pytest.fixture
def softhsm(tmp_path, pki, monkeypatch):  # type: ignore[no-untyped-def]
    if not (Path(SOFTHSM_LIB).exists() and shutil.which("softhsm2-util") and shutil.which("pkcs11-tool")):
        pytest.fail("SoftHSM2 and OpenSC are required (apt-get install softhsm2 opensc)")
    for k, v in softhsm_token(tmp_path, pki).items():
        monkeypatch.setenv(k, v)
    return SOFTHSM_LIB


def test_pkcs11_token_signs(softhsm, pki, letter) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(BadInput, match="Wrong PIN"):
        sign.open_pkcs11_signer(softhsm, "0000", token_label="exemptio", key_label="officer")
    token = sign.open_pkcs11_signer(softhsm, "1234", token_label="exemptio", key_label="officer")
    try:
        assert sign.signer_name(token.signer) == OFFICER_CN
        out = sign.sign_letter(letter, token.signer, _stamp())
    finally:
        token.close()
    rep = verify.verify_bytes(out.pdf, trust=[pki.root_pem])
    assert rep.ok and rep.signer == OFFICER_CN, rep.problems
    with pytest.raises(BadInput, match="does not exist"):
        sign.open_pkcs11_signer("/nonexistent/lib.so", "1234")
