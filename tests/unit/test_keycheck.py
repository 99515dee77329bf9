"""PKCS#12 signing-key checks with real certificates made by cryptography."""

from __future__ import annotations

import datetime as dt
import os
import stat
import sys
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

from app.domain.errors import BadInput
from app.services.keycheck import check_pkcs12, install_key
from tests.helpers.certs import certificate

NOW = dt.datetime.now(dt.UTC)
PASS = "s3cret Ünïcode"


def _name(cn: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn)])


@pytest.fixture(scope="module")
def ca() -> tuple[ec.EllipticCurvePrivateKey, x509.Certificate]:
    key = ec.generate_private_key(ec.SECP256R1())
    span = dt.timedelta(days=3650)
    return key, certificate(
        key, key, _name("Test Root CA"), not_before=NOW - span, not_after=NOW + span, serial=1, ca=True
    )


def make_p12(
    path: Path,
    ca: tuple[ec.EllipticCurvePrivateKey, x509.Certificate],
    *,
    cn: str = "ŚMISZEK Krzysztof (Registry Officer)",
    before: dt.timedelta = dt.timedelta(days=-1),
    after: dt.timedelta = dt.timedelta(days=365),
    usage: str | None = "sign",
    passphrase: bytes | None = PASS.encode(),
    rsa_key: bool = False,
    include_key: bool = True,
) -> Path:
    ca_key, ca_cert = ca
    key = rsa.generate_private_key(65537, 2048) if rsa_key else ec.generate_private_key(ec.SECP256R1())
    usages = {
        "sign": x509.KeyUsage(True, True, False, False, False, False, False, False, False),
        "encipher": x509.KeyUsage(False, False, True, False, False, False, False, False, False),
    }
    cert = certificate(
        key, ca_key, _name(cn), issuer=ca_cert.subject, not_before=NOW + before, not_after=NOW + after,
        extensions=[(usages[usage], True)] if usage in usages else [],
    )  # fmt: skip
    enc = serialization.BestAvailableEncryption(passphrase) if passphrase else serialization.NoEncryption()
    data = pkcs12.serialize_key_and_certificates(
        b"officer", key if include_key else None, cert, [ca_cert], enc
    )
    path.write_bytes(data)
    return path


def test_good_key_is_described(tmp_path: Path, ca) -> None:  # type: ignore[no-untyped-def]
    p = make_p12(tmp_path / "good.p12", ca, rsa_key=True)
    info = check_pkcs12(p, PASS)
    assert info.subject == "ŚMISZEK Krzysztof (Registry Officer)"
    assert info.issuer == "Test Root CA"
    assert info.key_type == "RSA 2048"
    assert info.key_usages == ("digitalSignature", "nonRepudiation")
    assert info.chain_length == 1
    assert 363 <= info.days_left() <= 365
    assert len(info.fingerprint_sha256) == 64
    assert "valid until" in info.summary()


def test_key_opens_in_pyhanko_too(tmp_path: Path, ca) -> None:  # type: ignore[no-untyped-def]
    from pyhanko.sign import signers

    p = make_p12(tmp_path / "good.p12", ca)
    check_pkcs12(p, PASS.encode())
    assert signers.SimpleSigner.load_pkcs12(str(p), passphrase=PASS.encode()) is not None


def test_wrong_passphrase(tmp_path: Path, ca) -> None:  # type: ignore[no-untyped-def]
    p = make_p12(tmp_path / "k.p12", ca)
    with pytest.raises(BadInput, match="^Wrong passphrase for the key file.$"):
        check_pkcs12(p, "not it")
    with pytest.raises(BadInput, match="protected by a passphrase"):
        check_pkcs12(p, "")


def test_unencrypted_file_opens_without_passphrase(tmp_path: Path, ca) -> None:  # type: ignore[no-untyped-def]
    p = make_p12(tmp_path / "plain.p12", ca, passphrase=None)
    assert check_pkcs12(p, "").key_type == "EC secp256r1"


def test_expired(tmp_path: Path, ca) -> None:  # type: ignore[no-untyped-def]
    p = make_p12(tmp_path / "old.p12", ca, before=dt.timedelta(days=-800), after=dt.timedelta(days=-35))
    expiry = (NOW - dt.timedelta(days=35)).strftime("%Y-%m-%d")
    with pytest.raises(BadInput, match=f"expired on {expiry}"):
        check_pkcs12(p, PASS)


def test_not_yet_valid(tmp_path: Path, ca) -> None:  # type: ignore[no-untyped-def]
    p = make_p12(tmp_path / "future.p12", ca, before=dt.timedelta(days=10))
    with pytest.raises(BadInput, match="not yet valid"):
        check_pkcs12(p, PASS)
    # ... and it is fine once that day has come
    assert check_pkcs12(p, PASS, now=NOW + dt.timedelta(days=11)).subject


def test_no_key_usage_extension(tmp_path: Path, ca) -> None:  # type: ignore[no-untyped-def]
    p = make_p12(tmp_path / "nousage.p12", ca, usage=None)
    with pytest.raises(BadInput, match="declares no key usage"):
        check_pkcs12(p, PASS)


def test_encipherment_only_key_usage(tmp_path: Path, ca) -> None:  # type: ignore[no-untyped-def]
    p = make_p12(tmp_path / "enc.p12", ca, usage="encipher")
    with pytest.raises(BadInput, match="not for signing: its key usage is keyEncipherment"):
        check_pkcs12(p, PASS)


def test_certificates_only(tmp_path: Path, ca) -> None:  # type: ignore[no-untyped-def]
    p = make_p12(tmp_path / "certonly.p12", ca, include_key=False)
    with pytest.raises(BadInput, match="no private key"):
        check_pkcs12(p, PASS)


@pytest.mark.parametrize(
    "content, message",
    [
        (b"this is not a key at all\n" * 10, "is not a PKCS#12 file"),
        (os.urandom(2048), "is not a PKCS#12 file"),
        (b"\x30\x03\x02\x01\x03", "is not a PKCS#12 file"),
        (b"-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n", "is a PEM file"),
        (b"", "is empty"),
    ],
)
def test_garbage_files(tmp_path: Path, content: bytes, message: str) -> None:
    p = tmp_path / "garbage.p12"
    p.write_bytes(content)
    with pytest.raises(BadInput, match=message):
        check_pkcs12(p, PASS)


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(BadInput, match="does not exist"):
        check_pkcs12(tmp_path / "nope.p12", PASS)
    with pytest.raises(BadInput, match="is a folder"):
        check_pkcs12(tmp_path, PASS)


def test_install_copies_key_owner_only(tmp_path: Path, ca) -> None:  # type: ignore[no-untyped-def]
    src = make_p12(tmp_path / "usb.p12", ca)
    info = check_pkcs12(src, PASS)
    home = tmp_path / "home"
    target = install_key(home, src, info)
    assert target.parent == home / "keys"
    assert target.read_bytes() == src.read_bytes()
    if sys.platform != "win32":
        assert stat.S_IMODE(target.stat().st_mode) == 0o600
        assert stat.S_IMODE(target.parent.stat().st_mode) == 0o700
    # importing again reuses the same file; no temporary files are left behind
    assert install_key(home, src, info) == target
    assert install_key(home, target, info) == target
    assert sorted(p.name for p in target.parent.iterdir()) == [target.name]
    # the copy is still encrypted: it opens only with the passphrase
    assert check_pkcs12(target, PASS).fingerprint_sha256 == info.fingerprint_sha256
    with pytest.raises(BadInput, match="Wrong passphrase"):
        check_pkcs12(target, "guess")


def test_check_leaves_asn1_state_alone_for_timestamps(tmp_path: Path, ca) -> None:  # type: ignore[no-untyped-def]
    """Regression: checking a key first (welcome dialog) must not break pyHanko's timestamp
    types later in the same process (asn1crypto freezes OID name maps on first use)."""
    import subprocess

    p = make_p12(tmp_path / "good.p12", ca)
    code = (
        "import sys\n"
        "from app.services.keycheck import check_pkcs12\n"
        "check_pkcs12(sys.argv[1], sys.argv[2])\n"
        "from asn1crypto import cms, tsp\n"
        "cms.CMSAttribute({'type': 'content_type', 'values': ['tst_info']}).dump()\n"
        "print('ok')\n"
    )
    repo = Path(__file__).resolve().parents[2]
    r = subprocess.run([sys.executable, "-c", code, str(p), PASS], capture_output=True, text=True, cwd=repo)
    assert r.stdout.strip() == "ok", r.stderr
