"""Check a signing certificate before anything is signed with it.

pyhanko-certvalidator does the work (no hand-written X.509 rules): the path from
the certificate to an anchor (the CA certificates in the key file or token, the
``--chain`` file and the trust store in Settings), each certificate's validity
now, the key usage (digitalSignature or nonRepudiation, ETSI EN 319 412-2), and
revocation by OCSP or CRL wherever the certificates name a responder.

* revoked, expired, not yet valid, not for signing → :class:`BadInput` (nothing
  is signed);
* revocation cannot be checked (the responder is unreachable, the certificate
  names none, or no CA certificate is at hand) → the signature is made and the
  register says ``revocation not checked: <why>``; ``letter augment`` checks
  again once online.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import hashlib
import logging
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from asn1crypto import x509 as asn1_x509

from app.domain.errors import BadInput

log = logging.getLogger("exemptio.letters.certcheck")

FETCH_TIMEOUT = 5  # seconds per OCSP/CRL request
GOOD = "good"
NOT_CHECKED = "revocation not checked"
SIGNING_USAGES = frozenset({"digital_signature", "non_repudiation"})


@dataclass(frozen=True)
class CertCheck:
    subject: str  # common name (else the whole name)
    subject_dn: str
    fingerprint_sha256: str  # of the DER certificate
    not_before: dt.datetime
    not_after: dt.datetime
    revocation: str  # "good (OCSP/CRL)" or "revocation not checked: why"
    path: tuple[Any, ...]  # asn1crypto certificates signer → anchor, when a path was built

    @property
    def revocation_checked(self) -> bool:
        return self.revocation.startswith(GOOD)


def fingerprint(cert: Any) -> str:
    return hashlib.sha256(cert.dump()).hexdigest()


def subject_name(cert: Any) -> str:
    """The certificate's subject: its common name, else the whole name."""
    name: str = cert.subject.native.get("common_name") or cert.subject.human_friendly
    return name


@contextmanager
def quiet_logs(logger: str = "pyhanko") -> Iterator[None]:
    """Silence ``logger`` below CRITICAL for the block: pyHanko logs tracebacks at ERROR
    for conditions Exemptio reports itself."""
    lg = logging.getLogger(logger)
    old = lg.level
    lg.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        lg.setLevel(old)


def cms_signer_cert(sid: Any, certs: Iterable[Any]) -> Any:
    """The certificate among ``certs`` that a CMS signer identifier ``sid`` (issuer and
    serial number, or subject key identifier; asn1crypto) names, else None."""
    from asn1crypto import cms

    found = None
    for cert in certs:
        if isinstance(sid, cms.IssuerAndSerialNumber):
            if cert.issuer == sid["issuer"] and cert.serial_number == sid["serial_number"].native:
                found = cert
        elif cert.key_identifier == sid.native:
            found = cert
    return found


def has_revocation_pointers(cert: Any) -> bool:
    try:
        return bool(cert.crl_distribution_points or cert.ocsp_urls)
    except Exception:  # noqa: BLE001 - malformed extensions: nothing to fetch
        return False


def _label(cert: Any) -> str:
    return f"The signing certificate ({subject_name(cert)})"


def check_usage(cert: Any) -> None:
    """BadInput unless the key usage allows signing (digitalSignature or nonRepudiation)."""
    from pyhanko.sign.validation.settings import KeyUsageConstraints
    from pyhanko_certvalidator.errors import InvalidCertificateError

    try:
        KeyUsageConstraints(key_usage=set(SIGNING_USAGES), match_all_key_usages=False).validate(cert)
    except InvalidCertificateError:
        raise BadInput(
            f"{_label(cert)} is not a signing certificate: its key usage has neither "
            "digitalSignature nor nonRepudiation. Nothing was signed."
        ) from None


def check_validity(cert: Any, now: dt.datetime) -> None:
    """BadInput unless ``cert`` is within its validity period at ``now``."""
    validity = cert["tbs_certificate"]["validity"]
    start, end = validity["not_before"].native, validity["not_after"].native
    if end < now:
        raise BadInput(
            f"{_label(cert)} expired on {end:%Y-%m-%d}: nothing was signed; use a valid certificate."
        )
    if start > now:
        raise BadInput(f"{_label(cert)} is not valid before {start:%Y-%m-%d %H:%M} UTC: nothing was signed.")


def _context(roots: list[Any], others: list[Any], mode: str, now: dt.datetime, fetch: bool) -> Any:
    from pyhanko_certvalidator import ValidationContext
    from pyhanko_certvalidator.fetchers.requests_fetchers import RequestsFetcherBackend

    return ValidationContext(
        trust_roots=roots,
        other_certs=others,
        moment=now,
        allow_fetching=fetch,
        revocation_mode=mode,
        fetcher_backend=RequestsFetcherBackend(per_request_timeout=FETCH_TIMEOUT),
    )


def validate_chain(
    cert: Any, roots: list[Any], others: list[Any], mode: str, now: dt.datetime, fetch: bool
) -> Any:
    """The validated path from ``cert`` to one of ``roots`` (pyhanko_certvalidator; raises its
    PathBuildingError / PathValidationError)."""
    from pyhanko_certvalidator import CertificateValidator

    validator = CertificateValidator(
        cert, intermediate_certs=others, validation_context=_context(roots, others, mode, now, fetch)
    )
    return asyncio.run(validator.async_validate_usage(set()))  # type: ignore[no-untyped-call]


def check_signer(
    cert: Any,
    chain: Iterable[Any] = (),
    trust_roots: Sequence[Any] = (),
    *,
    now: dt.datetime | None = None,
    fetch: bool = True,
) -> CertCheck:
    """Refuse a certificate that must not sign; else say what was checked."""
    from pyhanko_certvalidator import errors as cv

    moment = now or dt.datetime.now(dt.UTC)
    others = [c for c in chain if c.dump() != cert.dump()]
    roots = list(trust_roots) + [c for c in others if c.self_signed in ("yes", "maybe")]
    check_usage(cert)
    check_validity(cert, moment)
    path: tuple[Any, ...] = ()
    revocation = ""
    with quiet_logs("pyhanko_certvalidator"):
        if not roots:
            revocation = (
                f"{NOT_CHECKED}: the issuing CA's certificate is neither in the key nor in the trust store"
            )
        else:
            try:
                found = validate_chain(cert, roots, others, "hard-fail", moment, fetch)
                path = tuple(found)
                if not has_revocation_pointers(cert):
                    revocation = f"{NOT_CHECKED}: the certificate names no OCSP responder or CRL"
                else:
                    revocation = f"{GOOD} (checked by OCSP/CRL on {moment:%Y-%m-%d %H:%M} UTC)"
            except cv.RevokedError as err:
                when = f" on {err.revocation_dt:%Y-%m-%d}" if getattr(err, "revocation_dt", None) else ""
                why = err.reason.human_friendly if getattr(err, "reason", None) is not None else "revocation"
                raise BadInput(
                    f"{_label(cert)} was revoked{when} ({why}): nothing was signed. "
                    "Ask for a new certificate."
                ) from None
            except cv.ExpiredError:
                raise BadInput(
                    f"A certificate on the signing certificate's chain ({subject_name(cert)}) has expired: "
                    "nothing was signed."
                ) from None
            except cv.NotYetValidError:
                raise BadInput(
                    f"A certificate on the signing certificate's chain ({subject_name(cert)}) is not yet "
                    "valid: nothing was signed."
                ) from None
            except cv.InsufficientRevinfoError:
                try:
                    path = tuple(validate_chain(cert, roots, others, "soft-fail", moment, False))
                except cv.PathValidationError as err:
                    raise BadInput(f"{_label(cert)} cannot be used: {err}") from None
                revocation = f"{NOT_CHECKED}: the OCSP responder or CRL could not be reached"
            except cv.PathBuildingError:
                revocation = (
                    f"{NOT_CHECKED}: the certificate does not chain to a CA certificate in the key or "
                    "the trust store"
                )
            except cv.PathValidationError as err:
                raise BadInput(f"{_label(cert)} cannot be used: {err}. Nothing was signed.") from None
    validity = cert["tbs_certificate"]["validity"]
    return CertCheck(
        subject=subject_name(cert),
        subject_dn=cert.subject.human_friendly,
        fingerprint_sha256=fingerprint(cert),
        not_before=validity["not_before"].native,
        not_after=validity["not_after"].native,
        revocation=revocation,
        path=path,
    )


def signer_certificates(signer: Any) -> tuple[Any, list[Any]]:
    """(signing certificate, the other certificates the signer carries)."""
    cert = signer.signing_cert
    registry = getattr(signer, "cert_registry", None)
    others = [c for c in (registry or []) if isinstance(c, asn1_x509.Certificate)]
    return cert, others


def load_certificates(data: bytes) -> list[Any]:
    """Certificates from PEM (one or more) or DER bytes."""
    from asn1crypto import pem

    if pem.detect(data):
        return [asn1_x509.Certificate.load(der) for _t, _h, der in pem.unarmor(data, multiple=True)]
    return [asn1_x509.Certificate.load(data)]


def recheck_letter(pdf: bytes, trust_roots: Sequence[Any] = ()) -> str:
    """Revocation of the signer of a signed letter, checked again (``letter augment``):
    "good (...)", "revocation not checked: why" or "REVOKED: ..."."""
    import io

    from pyhanko.pdf_utils.reader import PdfFileReader

    reader = PdfFileReader(io.BytesIO(pdf), strict=False)
    sigs = [s for s in reader.embedded_signatures if str(s.sig_object_type) != "/DocTimeStamp"]
    if not sigs:
        return f"{NOT_CHECKED}: the letter carries no signature"
    issuing = [s for s in sigs if str(s.field_name) == "Signature1"] or sigs[-1:]  # not the approval
    cert = issuing[0].signer_cert
    others = [c.chosen for c in (issuing[0].signed_data["certificates"] or [])]
    try:
        return check_signer(cert, others, trust_roots).revocation
    except BadInput as err:
        return f"REVOKED or no longer valid: {err}"[:300]
