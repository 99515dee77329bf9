"""Who signed an archive, and whether a trust anchor vouches for them.

The CMS signature over tagmanifest-sha512.txt proves that the tag manifests (and through
them every file) are as the holder of the signing key left them. Whether that holder is
who the certificate names is for a trust anchor to say: the officer's ``--trust CA.pem``
or the trust store in Settings (``trust_anchor``, the same setting letters use). Without
one the origin is "unverified (signed by an untrusted certificate: CN=…)", never
"signed by <name>". The chain is checked offline (no fetching: an archive is checked
years later, often without network), at the time of the signature's RFC 3161 timestamp
when it has one, else now.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.domain.errors import BadInput
from app.domain.messages import Part, part

UNTRUSTED = "unverified (signed by an untrusted certificate: {dn})"
TRUSTED = "signed by {cn} (certificate trusted through {root})"


@dataclass(frozen=True)
class Origin:
    signer_cn: str
    signer_dn: str
    trusted: bool
    problem: str  # why a configured trust anchor does not vouch for the signer ("" when it does)
    text: str  # what the officer reads
    part: Part | None = field(default=None, compare=False)  # ``problem`` by message id


def load_roots(paths: Sequence[str | Path]) -> list[Any]:
    """Trust anchors (PEM or DER certificate files) as asn1crypto certificates."""
    from app.services.letters.verify import load_trust_roots

    return load_trust_roots(list(paths))


def default_roots(home: str | Path | None) -> list[str]:
    """The trust store in Settings (``trust_anchor``), shared with letter verification."""
    from app.services.letters.verify import default_trust

    return default_trust(home)


def _certs(p7s: bytes) -> tuple[Any, list[Any]]:
    from asn1crypto import cms

    from app.services.letters.certcheck import cms_signer_cert

    signed = cms.ContentInfo.load(p7s)["content"]
    sid = signed["signer_infos"][0]["sid"].chosen
    certs = [c.chosen for c in signed["certificates"] or []]
    signer = cms_signer_cert(sid, certs)
    if signer is None:
        raise ValueError("the signer's certificate is not in the signature")
    return signer, [c for c in certs if c.dump() != signer.dump()]


def _dn(cert: Any) -> str:
    from cryptography import x509

    return str(x509.load_der_x509_certificate(cert.dump()).subject.rfc4514_string())


def origin(p7s: bytes, roots: Sequence[Any], *, moment: dt.datetime | None = None) -> Origin:
    """The signer and whether ``roots`` vouch for them (offline, at ``moment`` or now)."""
    from pyhanko_certvalidator import CertificateValidator, ValidationContext
    from pyhanko_certvalidator import errors as cv

    from app.services.archive.signature import _asn1_maps_left_lazy, timestamp_problem

    with _asn1_maps_left_lazy():
        try:
            signer, others = _certs(p7s)
        except (ValueError, TypeError, KeyError, IndexError, AttributeError) as err:
            raise BadInput.of("archive.signature_unreadable", reason=str(err)) from err
        cn = str(signer.subject.native.get("common_name", "")) or _dn(signer)
        dn = _dn(signer)
        stamped, ts_problem = timestamp_problem(p7s, list(roots))

        def untrusted(why: Part) -> Origin:
            return Origin(cn, dn, False, str(why), UNTRUSTED.format(dn=dn), why)

        if not roots:
            return Origin(cn, dn, False, "", UNTRUSTED.format(dn=dn))
        if ts_problem is not None:
            return untrusted(ts_problem)
        quiet = logging.getLogger("pyhanko_certvalidator")
        old = quiet.level
        quiet.setLevel(logging.CRITICAL)
        try:
            vc = ValidationContext(
                trust_roots=list(roots),
                other_certs=others,
                moment=moment or stamped or dt.datetime.now(dt.UTC),
                allow_fetching=False,
                revocation_mode="soft-fail",
            )
            validator = CertificateValidator(signer, intermediate_certs=others, validation_context=vc)
            path = asyncio.run(validator.async_validate_usage({"digital_signature"}))  # type: ignore[no-untyped-call]
        except cv.PathBuildingError:
            return untrusted(part("archive.trust.no_chain"))
        except (cv.PathValidationError, cv.InvalidCertificateError) as err:
            if "self-signed" in str(err):
                return untrusted(part("archive.trust.self_signed"))
            return untrusted(part("archive.trust.invalid", reason=str(err).rstrip(".")))
        finally:
            quiet.setLevel(old)
        anchor = path.trust_anchor.authority.name if path is not None else None
        root = next((_dn(r) for r in roots if r.subject == anchor), anchor.human_friendly if anchor else "")
        return Origin(cn, dn, True, "", TRUSTED.format(cn=cn, root=root))
