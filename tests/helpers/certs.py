"""X.509 certificates for tests, built in one place: the subject and issuer, the validity, the
serial (random unless given), BasicConstraints (critical, when ``ca`` is given) and the other
extensions in order, signed with SHA-256. tests/unit/letter_testpki.py builds its PKI with it;
tests that need one odd certificate (no key usage, an EC key, a short life) call it directly.

    key = ec.generate_private_key(ec.SECP256R1())
    cert = certificate(key, key, "Officer", not_before=now, not_after=now + day)  # self-signed
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID


def rsa_key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


def cn_name(cn: str) -> x509.Name:
    """A name with only a common name."""
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn)])


def certificate(
    key: Any,
    sign_key: Any,
    subject: x509.Name | str,
    *,
    issuer: x509.Name | str | None = None,
    not_before: dt.datetime,
    not_after: dt.datetime,
    serial: int | None = None,
    ca: bool | None = None,
    extensions: Iterable[tuple[x509.ExtensionType, bool]] = (),
) -> x509.Certificate:
    """The certificate of ``key``'s public key for ``subject`` (a name, or a common name),
    issued by ``issuer`` (the subject: self-signed, unless given) and signed with ``sign_key``.
    ``ca``: a critical BasicConstraints(ca=...) first; ``extensions``: (extension, critical)."""
    subject = cn_name(subject) if isinstance(subject, str) else subject
    issuer = subject if issuer is None else cn_name(issuer) if isinstance(issuer, str) else issuer
    b = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(issuer)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number() if serial is None else serial)
        .not_valid_before(not_before)
        .not_valid_after(not_after)
    )
    if ca is not None:
        b = b.add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
    for ext, critical in extensions:
        b = b.add_extension(ext, critical=critical)
    return b.sign(sign_key, hashes.SHA256())
