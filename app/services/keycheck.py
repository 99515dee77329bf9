"""Check a PKCS#12 signing key before the officer relies on it, and keep a copy of it.

``check_pkcs12(path, passphrase)`` opens the file with the passphrase typed and
returns a :class:`KeyInfo`, or raises :class:`BadInput` with one plain line:
not a PKCS#12 file, wrong passphrase, no private key, expired, not yet valid,
no signing key usage. The passphrase is never stored or logged.

``install_key(home, source)`` copies the (still encrypted) file into the data
folder's ``keys/`` with owner-only permissions, so that signing keeps working
when the USB stick or download folder it came from is gone.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import dsa, ec, ed448, ed25519, rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

from app.domain.errors import BadInput, StorageError

MAX_P12_BYTES = 1_000_000  # a PKCS#12 file with a key and a chain is a few kilobytes
SIGNING_USAGES = ("digitalSignature", "nonRepudiation")


@dataclass(frozen=True)
class KeyInfo:
    path: Path
    subject: str  # the certificate holder's common name (else the whole name)
    subject_dn: str
    issuer: str
    serial: str  # hex
    not_before: dt.datetime
    not_after: dt.datetime
    key_usages: tuple[str, ...]
    key_type: str  # "RSA 2048", "EC secp256r1", "Ed25519"
    fingerprint_sha256: str  # of the certificate (DER), hex
    chain_length: int  # further certificates in the file

    def days_left(self, now: dt.datetime | None = None) -> int:
        return (self.not_after - (now or dt.datetime.now(dt.UTC))).days

    def summary(self) -> str:
        usages = ", ".join(self.key_usages)
        return (
            f"{self.subject} — issued by {self.issuer}; valid until "
            f"{self.not_after:%Y-%m-%d}; {self.key_type}; {usages}"
        )


def check_pkcs12(
    path: str | os.PathLike[str], passphrase: str | bytes | None, *, now: dt.datetime | None = None
) -> KeyInfo:
    p = Path(path)
    data = _read(p)
    _require_pkcs12_structure(data, p)
    key, cert, extra = _open(data, passphrase)
    if key is None:
        raise BadInput("The file holds no private key, only certificates: it cannot sign.")
    if cert is None:
        raise BadInput("The file holds a private key but no certificate for it.")
    if _public_der(key.public_key()) != _public_der(cert.public_key()):
        raise BadInput("The certificate in the file does not belong to its private key.")
    moment = now or dt.datetime.now(dt.UTC)
    not_before, not_after = cert.not_valid_before_utc, cert.not_valid_after_utc
    if moment > not_after:
        raise BadInput(f"The certificate expired on {not_after:%Y-%m-%d}; ask for a new signing certificate.")
    if moment < not_before:
        raise BadInput(f"The certificate is not yet valid: it is valid from {not_before:%Y-%m-%d %H:%M} UTC.")
    usages = _key_usages(cert)
    if not any(u in usages for u in SIGNING_USAGES):
        if not usages:
            raise BadInput(
                "The certificate declares no key usage, so it is not a signing certificate "
                "(digitalSignature or nonRepudiation is needed)."
            )
        raise BadInput(
            "The certificate is not for signing: its key usage is "
            f"{', '.join(usages)} (digitalSignature or nonRepudiation is needed)."
        )
    return KeyInfo(
        path=p,
        subject=_common_name(cert.subject),
        subject_dn=cert.subject.rfc4514_string(),
        issuer=_common_name(cert.issuer),
        serial=format(cert.serial_number, "x"),
        not_before=not_before,
        not_after=not_after,
        key_usages=usages,
        key_type=_key_type(key),
        fingerprint_sha256=cert.fingerprint(hashes.SHA256()).hex(),
        chain_length=len(extra),
    )


def install_key(home: str | os.PathLike[str], source: str | os.PathLike[str], info: KeyInfo) -> Path:
    """Copy the encrypted PKCS#12 file into ``home/keys/`` (folder 0700, file 0600).

    The name carries the certificate fingerprint, so importing the same key twice
    reuses one file. Returns the new path (to be saved as Settings.signing_key_path).
    """
    keys = Path(home) / "keys"
    try:
        keys.mkdir(parents=True, exist_ok=True)
        os.chmod(keys, 0o700)
        target = keys / f"signing-{info.fingerprint_sha256[:16]}.p12"
        src = Path(source)
        if src.resolve() == target.resolve():
            return target
        fd, tmp = tempfile.mkstemp(prefix=".import-", suffix=".p12", dir=keys)
        try:
            os.chmod(tmp, 0o600)
            with os.fdopen(fd, "wb") as out, src.open("rb") as inp:
                shutil.copyfileobj(inp, out)
                out.flush()
                os.fsync(out.fileno())
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        return target
    except OSError as err:
        raise StorageError(f"Cannot copy the key into {keys}: {err.strerror or err}") from err


def key_file_digest(path: str | os.PathLike[str]) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


# --- helpers -------------------------------------------------------------------------------


def _read(p: Path) -> bytes:
    if not p.exists():
        raise BadInput(f"The key file {p} does not exist.")
    if p.is_dir():
        raise BadInput(f"{p} is a folder; choose the .p12 or .pfx file.")
    size = p.stat().st_size
    if size == 0:
        raise BadInput(f"The key file {p.name} is empty.")
    if size > MAX_P12_BYTES:
        raise BadInput(f"{p.name} is not a PKCS#12 file (.p12/.pfx): it is far too large.")
    try:
        return p.read_bytes()
    except OSError as err:
        raise BadInput(f"Cannot read {p.name}: {err.strerror or err}") from err


_OID_DATA = bytes.fromhex("2a864886f70d010701")  # 1.2.840.113549.1.7.1 (data)
_OID_SIGNED = bytes.fromhex("2a864886f70d010702")  # 1.2.840.113549.1.7.2 (signedData)


def _tlv(data: bytes, pos: int) -> tuple[int, int | None, int]:
    """(tag, length or None for BER indefinite, offset of the contents) at ``pos``."""
    tag = data[pos]
    first = data[pos + 1]
    pos += 2
    if first < 0x80:
        return tag, first, pos
    if first == 0x80:
        return tag, None, pos
    n = first & 0x7F
    if n > 4 or pos + n > len(data):
        raise ValueError("bad length")
    return tag, int.from_bytes(data[pos : pos + n], "big"), pos + n


def _require_pkcs12_structure(data: bytes, p: Path) -> None:
    """Tell a wrong passphrase apart from a file that is not PKCS#12 at all.

    Reads just the PFX header (RFC 7292: SEQUENCE { version 3, ContentInfo { data |
    signedData } }) by hand: no ASN.1 library state is touched (asn1crypto freezes its
    OID name maps on first use, which would break pyHanko's timestamp types later).
    """
    if data.lstrip().startswith(b"-----BEGIN"):
        raise BadInput(
            f"{p.name} is a PEM file, not a PKCS#12 file (.p12/.pfx) holding both the key "
            "and its certificate."
        )
    try:
        tag, length, pos = _tlv(data, 0)
        ok = tag == 0x30 and (length is None or pos + length <= len(data))
        tag, length, pos = _tlv(data, pos)  # version INTEGER 3
        ok = ok and tag == 0x02 and length == 1 and data[pos] == 3
        tag, _length, pos = _tlv(data, pos + 1)  # authSafe ContentInfo
        ok = ok and tag == 0x30
        tag, length, pos = _tlv(data, pos)  # contentType OID
        ok = (
            ok and tag == 0x06 and length is not None and data[pos : pos + length] in (_OID_DATA, _OID_SIGNED)
        )
    except (IndexError, ValueError):
        ok = False
    if not ok:
        raise BadInput(f"{p.name} is not a PKCS#12 file (.p12/.pfx).")


def _open(
    data: bytes, passphrase: str | bytes | None
) -> tuple[Any, x509.Certificate | None, list[x509.Certificate]]:
    pw = passphrase.encode("utf-8") if isinstance(passphrase, str) else passphrase
    candidates: list[bytes | None] = [pw] if pw else [None, b""]
    for candidate in candidates:
        try:
            key, cert, extra = pkcs12.load_key_and_certificates(data, candidate)
        except ValueError:
            continue
        except Exception as err:  # unsupported algorithms in an otherwise valid file
            raise BadInput(f"The key file cannot be opened: {err}") from err
        return key, cert, list(extra)
    if pw:
        raise BadInput("Wrong passphrase for the key file.")
    raise BadInput("The key file is protected by a passphrase: type it in.")


def _public_der(public_key: object) -> bytes:
    return public_key.public_bytes(  # type: ignore[attr-defined]
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )


def _key_usages(cert: x509.Certificate) -> tuple[str, ...]:
    try:
        ku = cert.extensions.get_extension_for_class(x509.KeyUsage).value
    except x509.ExtensionNotFound:
        return ()
    names = []
    for attr, name in (
        ("digital_signature", "digitalSignature"),
        ("content_commitment", "nonRepudiation"),
        ("key_encipherment", "keyEncipherment"),
        ("data_encipherment", "dataEncipherment"),
        ("key_agreement", "keyAgreement"),
        ("key_cert_sign", "keyCertSign"),
        ("crl_sign", "cRLSign"),
    ):
        if getattr(ku, attr):
            names.append(name)
    return tuple(names)


def _common_name(name: x509.Name) -> str:
    cns = name.get_attributes_for_oid(NameOID.COMMON_NAME)
    if cns:
        value = cns[0].value
        return value.decode("utf-8", "replace") if isinstance(value, bytes) else value
    return name.rfc4514_string() or "(no name)"


def _key_type(key: object) -> str:
    if isinstance(key, rsa.RSAPrivateKey):
        return f"RSA {key.key_size}"
    if isinstance(key, ec.EllipticCurvePrivateKey):
        return f"EC {key.curve.name}"
    if isinstance(key, ed25519.Ed25519PrivateKey):
        return "Ed25519"
    if isinstance(key, ed448.Ed448PrivateKey):
        return "Ed448"
    if isinstance(key, dsa.DSAPrivateKey):
        return f"DSA {key.key_size}"
    return type(key).__name__
