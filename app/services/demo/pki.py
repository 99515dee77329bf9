"""The demo's fictional keys: a demo CA and the end-entity keys it issues (RSA-2048, valid
for two years, digitalSignature and nonRepudiation), written as PKCS#12 files. Used by
:mod:`app.services.demo.grants` (the demo head of unit) and
:mod:`app.services.demo.letters` (the demo signer and reviewer)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cryptography import x509
    from cryptography.hazmat.primitives.asymmetric import rsa

VALID = dt.timedelta(days=730)


def now() -> dt.datetime:
    """The start of validity of the demo certificates (a little in the past: clock skew)."""
    return dt.datetime.now(dt.UTC) - dt.timedelta(minutes=5)


def name(cn: str) -> x509.Name:
    from cryptography import x509
    from cryptography.x509.oid import NameOID

    return x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, cn),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Exemptio demo (fictional)"),
        ]
    )


def make_ca(cn: str, start: dt.datetime) -> tuple[rsa.RSAPrivateKey, x509.Certificate]:
    """A self-signed demo CA (keyCertSign, cRLSign; path length 0)."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import rsa

    ca_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    ca = (
        x509.CertificateBuilder()
        .subject_name(name(cn))
        .issuer_name(name(cn))
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(start + VALID)
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(
            x509.KeyUsage(False, False, False, False, False, True, True, False, False), critical=True
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    return ca_key, ca


def make_signer(
    cn: str, ca_key: rsa.RSAPrivateKey, ca: x509.Certificate, start: dt.datetime
) -> tuple[rsa.RSAPrivateKey, x509.Certificate]:
    """A signing key of ``cn`` issued by the demo CA (digitalSignature, nonRepudiation)."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import rsa

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name(cn))
        .issuer_name(ca.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(start + VALID)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(True, True, False, False, False, False, False, False, False), critical=True
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), critical=False
        )
        .sign(ca_key, hashes.SHA256())
    )
    return key, cert


def write_p12(
    path: Path,
    label: bytes,
    key: rsa.RSAPrivateKey,
    cert: x509.Certificate,
    ca: x509.Certificate,
    passphrase: bytes,
) -> None:
    """Write ``key`` and ``cert`` (with the CA) as a PKCS#12 file, through a ``.part`` file."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.serialization import pkcs12

    tmp = path.with_suffix(".part")
    tmp.write_bytes(
        pkcs12.serialize_key_and_certificates(
            label, key, cert, [ca], serialization.BestAvailableEncryption(passphrase)
        )
    )
    tmp.replace(path)


def write_pem(path: Path, cert: x509.Certificate) -> None:
    from cryptography.hazmat.primitives import serialization

    path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
