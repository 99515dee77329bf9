"""The approved letter (four eyes as signatures), checked before it is issued.

At approval the reviewer signs the *final* letter (no DRAFT watermark, dated the
day of the approval) in the field ``Approval``; the same revision adds the empty
issuing field. Issuing fills that field as an incremental update, so the issued
letter carries both signatures and anyone can check the four eyes with pdfsig or
pyHanko. :func:`inspect_approved` is what ``issue_letter`` checks of the stored
approved PDF before it signs anything over it: it starts with the letter rendered
from the case's frozen content, carries exactly one signature (the approval),
intact, cryptographically valid and covering the whole file, and the issuing
field is still empty. Who the approver is (their registered certificate) is
checked by the service against the database.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import Any

from app.domain.errors import NotAllowed
from app.services.letters import certcheck
from app.services.letters import sign as sgn


@dataclass(frozen=True)
class ApprovalSignature:
    signer: str  # common name of the approving certificate
    fingerprint_sha256: str
    cert: Any  # asn1crypto certificate
    others: tuple[Any, ...]  # the other certificates embedded with it


def _refuse(reference: str, why: str) -> NotAllowed:
    return NotAllowed(
        f"The approved letter of case {reference} cannot be issued: {why}. Nothing was signed; "
        "draft and approve the letter again."
    )


def inspect_approved(pdf: bytes, *, base: bytes, reference: str) -> ApprovalSignature:
    """Check the stored approved letter ``pdf`` against ``base`` (the final letter
    rendered again from the frozen content). Refuses (NotAllowed) in plain words."""
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    if not pdf.startswith(base):
        raise _refuse(reference, "its content is not the letter rendered from the case's frozen content")
    try:
        with certcheck.quiet_logs():
            reader = PdfFileReader(io.BytesIO(pdf), strict=False)
            sigs = list(reader.embedded_signatures)
            state = sgn.signature_fields(pdf)
    except Exception as err:  # noqa: BLE001 - damaged bytes: refused below in plain words
        raise _refuse(reference, f"it is not a readable PDF ({type(err).__name__})") from None
    if len(sigs) != 1 or str(sigs[0].field_name) != sgn.APPROVAL_FIELD:
        names = ", ".join(str(s.field_name) for s in sigs) or "none"
        raise _refuse(
            reference, f"it must carry exactly the reviewer's approval signature (it carries: {names})"
        )
    if state.get(sgn.FIELD_NAME, True):
        raise _refuse(reference, "its issuing signature field is missing or already filled")
    sig = sigs[0]
    try:
        with certcheck.quiet_logs():
            status = validate_pdf_signature(sig, ValidationContext(trust_roots=[], allow_fetching=False))
    except Exception as err:  # noqa: BLE001 - malformed signature data
        raise _refuse(reference, f"its approval signature cannot be read ({type(err).__name__})") from None
    if not status.intact or not status.valid:
        raise _refuse(reference, "its approval signature is not valid (the signed bytes were changed)")
    coverage = getattr(getattr(status, "coverage", None), "name", "")
    br = list(sig.byte_range)
    if coverage != "ENTIRE_FILE" or len(br) != 4 or br[2] + br[3] != len(pdf):
        raise _refuse(reference, "its approval signature does not cover the whole file")
    cert = sig.signer_cert
    others = tuple(c.chosen for c in (sig.signed_data["certificates"] or []))
    return ApprovalSignature(
        signer=certcheck.subject_name(cert),
        fingerprint_sha256=certcheck.fingerprint(cert),
        cert=cert,
        others=others,
    )
