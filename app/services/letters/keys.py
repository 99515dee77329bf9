"""Signing keys: a PKCS#12 file (passphrase asked each time, never stored or logged)
or a PKCS#11 token, with the certificate checked for validity and key usage when it
is opened. Keys are parsed once (:class:`CachedKeySigner`): pyHanko's SimpleSigner
re-parses the DER key on every signature, which costs ~28 ms with cryptography 50
(setup-facts §5)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from asn1crypto import keys as asn1_keys
from asn1crypto import pkcs12 as asn1_pkcs12
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from pyhanko.sign import signers
from pyhanko_certvalidator.registry import SimpleCertificateStore
from pyhanko_certvalidator.util import get_pyca_cryptography_hash

from app.domain.errors import BadInput
from app.services.infile import read_input


class CachedKeySigner(signers.SimpleSigner):
    """SimpleSigner that parses the private key once and keeps the pyca object."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pyca_key = serialization.load_der_private_key(self.signing_key.dump(), password=None)

    def sign_raw(self, data: bytes, digest_algorithm: str) -> bytes:
        mech = self.get_signature_mechanism_for_digest(digest_algorithm)
        try:
            name = mech.signature_algo
        except ValueError:
            name = mech["algorithm"].native
        key = self._pyca_key
        if name == "rsassa_pkcs1v15" and isinstance(key, rsa.RSAPrivateKey):
            return key.sign(data, padding.PKCS1v15(), get_pyca_cryptography_hash(digest_algorithm))
        if name == "ecdsa" and isinstance(key, ec.EllipticCurvePrivateKey):
            return key.sign(data, ec.ECDSA(get_pyca_cryptography_hash(digest_algorithm)))
        result: bytes = super().sign_raw(data, digest_algorithm)  # PSS, EdDSA...: the slow path
        return result


def check_signing_certificate(cert: x509.Certificate, now: dt.datetime | None = None) -> None:
    """Refuse certificates that are not valid now or not meant for signing
    (pyHanko's key-usage rules; the full path and revocation check is
    :func:`certcheck.check_signer`, run before anything is signed)."""
    from app.services.letters import certcheck

    asn1 = asn1_x509.Certificate.load(cert.public_bytes(serialization.Encoding.DER))
    certcheck.check_usage(asn1)
    certcheck.check_validity(asn1, now or dt.datetime.now(dt.UTC))


def _der_length_ok(data: bytes) -> bool:
    """A DER SEQUENCE whose declared length is the file length (cheap, bounded)."""
    if len(data) < 4 or data[0] != 0x30:
        return False
    first = data[1]
    if first < 0x80:
        return 2 + first == len(data)
    n = first & 0x7F
    if n == 0 or n > 4 or len(data) < 2 + n:
        return False
    return 2 + n + int.from_bytes(data[2 : 2 + n], "big") == len(data)


def _is_pfx(data: bytes) -> bool:
    if not _der_length_ok(data):
        return False
    try:
        pfx = asn1_pkcs12.Pfx.load(data)
        return pfx["version"].native in (3, "v3") and pfx["auth_safe"]["content_type"].native == "data"
    except Exception:  # noqa: BLE001 - any parse error means "not a PKCS#12 file"
        return False


def load_pkcs12_signer(path: str | Path, passphrase: bytes) -> CachedKeySigner:
    """Load a PKCS#12 file. Every failure is a one-line BadInput; the
    passphrase is never logged or kept."""
    p = Path(path)
    data = read_input(p, "The key file", f"The key file {p} is a folder, not a PKCS#12 file.")
    if not _is_pfx(data):
        raise BadInput.of("key.not_pkcs12", path=p) from None
    try:
        key, cert, extra = pkcs12.load_key_and_certificates(data, passphrase or None)
    except ValueError:
        raise BadInput.of("key.wrong_passphrase", name=p.name) from None
    except Exception:
        raise BadInput.of("key.unopenable", path=p) from None
    if key is None or cert is None:
        raise BadInput.of("key.no_key_and_cert", path=p)
    check_signing_certificate(cert)
    der_key = key.private_bytes(
        serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    signing_cert = asn1_x509.Certificate.load(cert.public_bytes(serialization.Encoding.DER))
    chain = [asn1_x509.Certificate.load(c.public_bytes(serialization.Encoding.DER)) for c in extra or []]
    return CachedKeySigner(
        signing_cert=signing_cert,
        signing_key=asn1_keys.PrivateKeyInfo.load(der_key),
        cert_registry=SimpleCertificateStore.from_certs(chain),  # type: ignore[no-untyped-call]
    )


@dataclass
class Pkcs11Token:
    """A PKCS#11 token session; close() it when done."""

    signer: Any
    session: Any

    def close(self) -> None:
        try:
            self.session.close()
        except Exception:  # noqa: BLE001 - closing a dead session is not worth a message
            pass


def open_pkcs11_signer(
    lib: str,
    pin: str,
    *,
    token_label: str | None = None,
    key_label: str | None = None,
    cert_label: str | None = None,
    chain: list[Any] | None = None,
) -> Pkcs11Token:
    """Open a token. The signature embeds the whole chain: every certificate on
    the token (the CA certificates stored beside the key) plus ``chain``
    (asn1crypto certificates, e.g. from a ``--chain`` PEM file)."""
    try:
        from pkcs11 import exceptions as p11e
        from pyhanko.config.pkcs11 import TokenCriteria
        from pyhanko.sign.pkcs11 import PKCS11Signer, open_pkcs11_session
    except ImportError as err:  # pragma: no cover - pyhanko[pkcs11] is a dependency
        raise BadInput.of("token.no_support") from err
    if not Path(lib).exists():
        raise BadInput.of("token.no_module", path=lib)
    try:
        session = open_pkcs11_session(
            lib, token_criteria=TokenCriteria(label=token_label) if token_label else None, user_pin=pin
        )
    except p11e.PinIncorrect:
        raise BadInput.of("token.wrong_pin") from None
    except p11e.PinLocked:
        raise BadInput.of("token.pin_locked") from None
    except Exception as err:  # noqa: BLE001 - token errors have no common base
        raise BadInput.of("token.unopenable", reason=f"{type(err).__name__} {err}".strip()) from None
    try:
        signer = PKCS11Signer(
            session,
            cert_label=cert_label or key_label,
            key_label=key_label,
            ca_chain=list(chain or []),
            other_certs_to_pull=None,  # None: every certificate on the token
        )
        cert = x509.load_der_x509_certificate(signer.signing_cert.dump())
    except Exception as err:  # noqa: BLE001
        session.close()
        raise BadInput.of("token.no_key", reason=type(err).__name__) from None
    try:
        check_signing_certificate(cert)
    except BadInput:
        session.close()
        raise
    return Pkcs11Token(signer=signer, session=session)
