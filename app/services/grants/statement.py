"""Grant and registration statements: canonical JSON, signed as CMS SignedData (DER, the
statement embedded) by the head of unit's key, and opened again to check the signature.

``database`` in a statement is this installation's audit chain id (the hash of its first
event), so a grant copied from another database proves nothing here."""

from __future__ import annotations

import asyncio
import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from app.domain.text import name_key
from db import audit

GRANT_FORMAT = "exemptio-role-grant/1"
CERT_FORMAT = "exemptio-certificate-registration/1"


def canonical(doc: dict[str, Any]) -> bytes:
    return json.dumps(doc, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def database_id(session: Session) -> str:
    """This installation's id: its audit chain (the hash of the first event)."""
    return audit.chain_id(session)


def now_utc() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


def grant_statement(
    db_id: str, officer: str, role: str, granted_by: str, at: dt.datetime, *, bootstrap: bool = False
) -> dict[str, Any]:
    return {
        "format": GRANT_FORMAT,
        "database": db_id,
        "officer": name_key(officer),
        "role": role,
        "granted_by": name_key(granted_by),
        "granted_at": at.isoformat(),
        "bootstrap": bootstrap,
    }


def cert_statement(
    db_id: str, officer: str, fingerprint: str, granted_by: str, at: dt.datetime, *, action: str = "register"
) -> dict[str, Any]:
    return {
        "format": CERT_FORMAT,
        "database": db_id,
        "action": action,
        "officer": name_key(officer),
        "certificate_sha256": fingerprint,
        "granted_by": name_key(granted_by),
        "granted_at": at.isoformat(),
    }


def sign_statement(signer: Any, doc: dict[str, Any]) -> bytes:
    """A CMS SignedData (DER) with the statement embedded, made by ``signer`` (a pyHanko
    signer from :mod:`app.services.letters.sign`: PKCS#12 file or PKCS#11 token)."""
    from app.services.letters.certcheck import quiet_logs

    with quiet_logs():
        info = asyncio.run(signer.async_sign_general_data(canonical(doc), "sha256", detached=False))
    return bytes(info.dump())


@dataclass(frozen=True)
class Opened:
    statement: dict[str, Any]
    signer_cert: Any  # asn1crypto certificate
    others: tuple[Any, ...]
    problem: str  # "" when the signature is intact and valid

    @property
    def signer_fp(self) -> str:
        return hashlib.sha256(self.signer_cert.dump()).hexdigest() if self.signer_cert is not None else ""


def open_signed(data: bytes | None) -> Opened:
    """The statement of a stored signature and whether the signature holds (mathematically)."""
    if not data:
        return Opened({}, None, (), "no signed grant is stored")
    from asn1crypto import cms
    from pyhanko.sign.validation.generic_cms import validate_sig_integrity

    from app.services.letters.certcheck import cms_signer_cert

    try:
        info = cms.ContentInfo.load(bytes(data))
        signed = info["content"]
        content = signed["encap_content_info"]["content"].native
        signer_info = signed["signer_infos"][0]
        sid = signer_info["sid"].chosen
        certs = [c.chosen for c in signed["certificates"] or []]
        cert = cms_signer_cert(sid, certs)
        if cert is None or not isinstance(content, bytes):
            return Opened({}, None, (), "the signature carries no signer certificate or no statement")
        digest = hashlib.sha256(content).digest()
        if signer_info["digest_algorithm"]["algorithm"].native != "sha256":
            return Opened({}, cert, (), "the signature uses an unexpected digest algorithm")
        intact, valid = validate_sig_integrity(signer_info, cert, "data", digest)
        others = tuple(c for c in certs if c.dump() != cert.dump())
        if not (intact and valid):
            return Opened({}, cert, others, "the signature does not match its statement")
        doc = json.loads(content.decode("utf-8"))
        if not isinstance(doc, dict):
            return Opened({}, cert, others, "the signed statement is not a grant")
        return Opened(doc, cert, others, "")
    except Exception as err:  # noqa: BLE001 - any parse error: the stored signature proves nothing
        return Opened({}, None, (), f"the stored signature cannot be read ({type(err).__name__})")
