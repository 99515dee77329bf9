"""The archive signature: PKCS#12 key loading, detached CMS signing and checking."""

from __future__ import annotations

import contextlib
import hashlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from app.domain.errors import BadInput, StorageError
from app.domain.messages import Part, part
from app.services.archive.common import _why
from app.services.archive.types import SigningKey


def _load_signing_key(key: SigningKey) -> tuple[Any, Any, list[Any]]:
    """The key and certificates of a PKCS#12 file, checked as letter signing checks them:
    the certificate belongs to the key, is valid now and is for signing (key usage
    digitalSignature or nonRepudiation); otherwise BadInput and nothing is written."""
    from cryptography.hazmat.primitives.serialization import pkcs12

    from app.services import keycheck

    try:
        keycheck.check_pkcs12(key.p12, key.passphrase)
    except BadInput as err:
        raise BadInput.of("archive.key_refused", key=Path(key.p12).name, reason=str(err)) from err

    try:
        data = Path(key.p12).read_bytes()
    except OSError as err:
        raise BadInput.of("archive.key_unreadable", key=key.p12, reason=err.strerror) from err
    try:
        private, cert, extra = pkcs12.load_key_and_certificates(data, key.passphrase)
    except (ValueError, TypeError) as err:
        raise BadInput.of("archive.key_wrong", key=Path(key.p12).name) from err
    if private is None or cert is None:
        raise BadInput.of("archive.key_empty", key=Path(key.p12).name)
    return private, cert, list(extra or [])


def _sign(data: bytes, loaded: tuple[Any, Any, list[Any]]) -> bytes:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.serialization import Encoding, pkcs7

    private, cert, extra = loaded
    builder = pkcs7.PKCS7SignatureBuilder().set_data(data).add_signer(cert, private, hashes.SHA256())
    for c in extra:
        builder = builder.add_certificate(c)
    return builder.sign(Encoding.DER, [pkcs7.PKCS7Options.DetachedSignature, pkcs7.PKCS7Options.Binary])


@contextlib.contextmanager
def _asn1_maps_left_lazy() -> Iterator[None]:
    """Parsing CMS with asn1crypto builds its OID name tables (``_reverse_map``)
    lazily; pyHanko adds CMS attribute names to those tables when it is imported
    later and does not refresh an already built one, which then breaks letter
    signing in the same process. Put back every table this code built."""
    from asn1crypto import algos, cms, core, keys, x509

    lazy = [
        obj
        for mod in (algos, cms, core, keys, x509)
        for obj in vars(mod).values()
        if isinstance(obj, type)
        and issubclass(obj, core.ObjectIdentifier)
        and obj.__dict__.get("_reverse_map", None) is None
        and obj not in core._SETUP_CLASSES
    ]
    try:
        yield
    finally:
        for cls in lazy:
            if cls.__dict__.get("_reverse_map", None) is not None:
                setattr(cls, "_reverse_map", None)  # noqa: B010
                core._SETUP_CLASSES.pop(cls, None)  # set up again (with pyHanko's names) on next use


def cert_name(cert: Any) -> str:
    """A certificate's common name (else its whole subject), as the overview and verify show it."""
    from cryptography.x509.oid import NameOID

    names = cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    return str(names[0].value) if names else str(cert.subject.rfc4514_string())


def check_signature(p7s: bytes, content: bytes) -> tuple[str, str]:
    """Check a detached CMS signature over ``content`` mathematically.

    Returns (signer common name, problem or ""). Whether the signer is trusted
    is for the reader to decide with their CA (see docs/archive.md: openssl cms).
    """
    who, why = signature_problem(p7s, content)
    return who, str(why) if why is not None else ""


def signature_problem(p7s: bytes, content: bytes) -> tuple[str, Part | None]:
    """:func:`check_signature` with the problem by message id ("archive.sig.*"), or None."""
    with _asn1_maps_left_lazy():
        return _check_signature(p7s, content)


def _check_signature(p7s: bytes, content: bytes) -> tuple[str, Part | None]:
    from asn1crypto import cms
    from cryptography import x509
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa

    try:
        info = cms.ContentInfo.load(p7s)
        signed = info["content"]
        signer_info = signed["signer_infos"][0]
        sid = signer_info["sid"].chosen
        cert_der = None
        for c in signed["certificates"]:
            cert = c.chosen
            if (
                isinstance(sid, cms.IssuerAndSerialNumber)
                and cert.issuer == sid["issuer"]
                and cert.serial_number == sid["serial_number"].native
            ) or (not isinstance(sid, cms.IssuerAndSerialNumber) and cert.key_identifier == sid.native):
                cert_der = cert.dump()
        if cert_der is None:
            return "", part("archive.sig.no_certificate")
        cert_x = x509.load_der_x509_certificate(cert_der)
        who = cert_name(cert_x)
        alg = signer_info["digest_algorithm"]["algorithm"].native
        known: dict[str, hashes.HashAlgorithm] = {
            "sha256": hashes.SHA256(),
            "sha384": hashes.SHA384(),
            "sha512": hashes.SHA512(),
        }
        hash_alg = known.get(alg)
        if hash_alg is None:
            return who, part("archive.sig.digest_algorithm", alg=alg)
        attrs = signer_info["signed_attrs"]
        digest = next((a["values"][0].native for a in attrs if a["type"].native == "message_digest"), None)
        if digest != hashlib.new(alg, content).digest():
            return who, part("archive.sig.mismatch")
        to_check = attrs.untag().dump()
        key = cert_x.public_key()
        sig = signer_info["signature"].native
        if isinstance(key, rsa.RSAPublicKey):
            key.verify(sig, to_check, padding.PKCS1v15(), hash_alg)
        elif isinstance(key, ec.EllipticCurvePublicKey):
            key.verify(sig, to_check, ec.ECDSA(hash_alg))
        else:
            return who, part("archive.sig.key_type")
    except InvalidSignature:
        return "", part("archive.sig.invalid")
    except (ValueError, TypeError, KeyError, IndexError, AttributeError) as err:
        return "", part("archive.sig.unreadable", reason=_why(err))
    return who, None


TIMESTAMP_TIMEOUT = 10  # seconds to wait for the time-stamp server


def add_timestamp(p7s: bytes, url: str) -> bytes:
    """The signature with an RFC 3161 timestamp on its signature value (unsigned attribute
    id-aa-signatureTimeStampToken, as CAdES-T): it shows the signature existed at that time,
    so it can be checked after the signer's certificate has expired. Raises StorageError
    when the time-stamp server cannot be reached or answers with something else."""
    import asyncio

    from asn1crypto import cms
    from pyhanko.sign.timestamps import HTTPTimeStamper

    info = cms.ContentInfo.load(p7s)
    signer_info = info["content"]["signer_infos"][0]
    digest = hashlib.sha256(signer_info["signature"].native).digest()
    try:
        stamper = HTTPTimeStamper(url, timeout=TIMESTAMP_TIMEOUT)
        token = asyncio.run(stamper.async_timestamp(digest, "sha256"))
    except Exception as err:  # noqa: BLE001 - network, HTTP and ASN.1 errors have no common base
        raise StorageError.of("archive.no_timestamp", url=url, reason=_why(err)) from err
    signer_info["unsigned_attrs"] = cms.CMSAttributes(
        [cms.CMSAttribute({"type": "signature_time_stamp_token", "values": [token]})]
    )
    return bytes(info.dump(force=True))


def timestamp_of(p7s: bytes, roots: list[Any]) -> tuple[Any, str]:
    """(time of the signature's RFC 3161 timestamp, problem). (None, "") without one. The
    token must cover this signature value and be intact; with trust anchors, its TSA must
    chain to one of them."""
    stamped, why = timestamp_problem(p7s, roots)
    return stamped, str(why) if why is not None else ""


def timestamp_problem(p7s: bytes, roots: list[Any]) -> tuple[Any, Part | None]:
    """:func:`timestamp_of` with the problem by message id ("archive.ts.*"), or None."""
    import asyncio

    from asn1crypto import cms
    from pyhanko.sign.validation.generic_cms import validate_tst_signed_data
    from pyhanko_certvalidator import ValidationContext

    info = cms.ContentInfo.load(p7s)
    signer_info = info["content"]["signer_infos"][0]
    attrs = signer_info["unsigned_attrs"]
    tokens = (
        [a["values"][0] for a in attrs if a["type"].native == "signature_time_stamp_token"] if attrs else []
    )
    if not tokens:
        return None, None
    signature = signer_info["signature"].native
    vc = ValidationContext(trust_roots=roots or None, allow_fetching=False, revocation_mode="soft-fail")
    try:
        status = asyncio.run(
            validate_tst_signed_data(
                tokens[0]["content"], vc, lambda alg: hashlib.new(alg, signature).digest()
            )
        )
    except Exception as err:  # noqa: BLE001 - a damaged token is a problem, not a crash
        return None, part("archive.ts.unreadable", reason=_why(err))
    if not (status.get("intact") and status.get("valid")):
        return None, part("archive.ts.not_covering")
    trusted = status.get("validation_path") is not None and status.get("trust_problem_indic") is None
    if roots and not trusted:
        return status.get("timestamp"), part("archive.ts.untrusted")
    return status.get("timestamp"), None
