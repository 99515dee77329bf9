"""Sign letters with pyHanko: PAdES baseline B-B, B-T with a timestamp
authority, and later augmentation with a document timestamp.

Keys come from a PKCS#12 file (passphrase asked each time, never stored or
logged) or from a PKCS#11 token. Signing keys are parsed once
(:class:`CachedKeySigner`): pyHanko's SimpleSigner re-parses the DER key on
every signature, which costs ~28 ms with cryptography 50 (setup-facts §5).
"""

from __future__ import annotations

import functools
import hashlib
import io
import logging
from dataclasses import dataclass
from typing import Any

from pyhanko.pdf_utils.font.opentype import GlyphAccumulatorFactory
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.text import TextBoxStyle
from pyhanko.sign import fields, signers
from pyhanko.sign.fields import SigFieldSpec, SigSeedSubFilter
from pyhanko.sign.timestamps import HTTPTimeStamper
from pyhanko.sign.timestamps.api import TimeStamper
from pyhanko.stamp import QRStampStyle, TextStampStyle
from pyhanko_certvalidator import ValidationContext

from app.domain.errors import BadInput
from app.services.letters.certcheck import quiet_logs, subject_name
from app.services.letters.keys import (  # kept importable from here (explicit re-exports)
    CachedKeySigner as CachedKeySigner,
)
from app.services.letters.keys import Pkcs11Token as Pkcs11Token
from app.services.letters.keys import check_signing_certificate as check_signing_certificate
from app.services.letters.keys import load_pkcs12_signer as load_pkcs12_signer
from app.services.letters.keys import open_pkcs11_signer as open_pkcs11_signer
from app.services.letters.render import RenderedLetter, stamp_font_path
from app.services.letters.stampfont import STAMP_FONT_FILE, codepoints

log = logging.getLogger("exemptio.letters.sign")

FIELD_NAME = "Signature1"
TIMESTAMP_TIMEOUT = 8


# --- signers --------------------------------------------------------------------


def signer_name(signer: Any) -> str:
    return subject_name(signer.signing_cert)


# --- signing ---------------------------------------------------------------------


@dataclass(frozen=True)
class StampInfo:
    name: str
    function: str
    date_text: str
    reference: str
    caption: str  # e.g. "Signed electronically by {name}\n{function}\n{date}\nCase {ref}"


@dataclass(frozen=True)
class SignedLetter:
    pdf: bytes
    sha256: str
    unsigned_sha256: str
    level: str  # B-B | B-T | B-LTA
    warning: str = ""


def qr_payload(reference: str, unsigned_sha256: str) -> str:
    return f"EXEMPTIO LETTER {reference} SHA-256 {unsigned_sha256}"


@functools.cache
def _stamp_cut() -> frozenset[int]:
    return frozenset(codepoints())


def stamp_font_for(text: str) -> str:
    """The cut-down stamp font when it covers ``text`` (fast), else full Noto Sans."""
    from app.resources import resource_path

    cut = resource_path("fonts", STAMP_FONT_FILE)
    if cut.exists() and all(ord(ch) in _stamp_cut() for ch in text if ch not in "\n\r"):
        return str(cut)
    return stamp_font_path()


def _stamp_style(text: str) -> QRStampStyle:
    return QRStampStyle(
        stamp_text=text,
        border_width=1,
        background=None,
        text_box_style=TextBoxStyle(
            font=GlyphAccumulatorFactory(stamp_font_for(text)), font_size=8, leading=10
        ),
        innsep=4,
    )


def _pades(
    field: str, reason: str, location: str, *, name: str | None = None
) -> signers.PdfSignatureMetadata:
    """What a letter's signature in ``field`` says: PAdES, SHA-256, the reason and place."""
    return signers.PdfSignatureMetadata(
        field_name=field,
        subfilter=SigSeedSubFilter.PADES,
        md_algorithm="sha256",
        reason=reason,
        location=location,
        name=name,
    )


def _timestamper(url: str) -> TimeStamper:
    return HTTPTimeStamper(url, timeout=TIMESTAMP_TIMEOUT)


def sign_letter(
    letter: RenderedLetter,
    signer: Any,
    stamp: StampInfo,
    *,
    tsa_url: str = "",
    timestamper: TimeStamper | None = None,
    reason: str = "Determination letter issued by the AI Office",
    location: str = "Brussels",
    unsigned_sha256: str = "",
) -> SignedLetter:
    """Sign ``letter`` with a visible stamp + QR code on the page reserved by
    the renderer. With a reachable TSA (``tsa_url`` or ``timestamper``) the
    signature carries a signature timestamp (B-T); otherwise B-B, which
    :func:`augment_pdf` upgrades later. Validation data (B-LT) is added by
    :func:`augment_pdf` and sealed with a document timestamp, so the file stays
    covered to its last byte. ``letter.pdf`` may be the approved letter (the
    reviewer's approval signature and the empty issuing field): the issuing
    signature is then an incremental update on it."""
    unsigned_sha = unsigned_sha256 or letter.sha256  # an approved letter: the hash of its unsigned render
    text = stamp.caption.format(
        name=stamp.name, function=stamp.function, date=stamp.date_text, ref=stamp.reference
    ).replace("%", "%%")
    ts = timestamper or (_timestamper(tsa_url) if tsa_url else None)
    attempts: list[tuple[str, TimeStamper | None, bool]] = []
    if ts is not None:
        attempts.append(("B-T", ts, False))
    attempts.append(("B-B", None, False))
    warning = ""
    last_err: Exception | None = None
    for level, stamper, _lt in attempts:
        try:
            pdf = _sign_once(
                letter, signer, text, qr_payload(stamp.reference, unsigned_sha), stamper, reason, location
            )
        except BadInput:
            raise
        except Exception as err:  # noqa: BLE001 - fall back to the next lower level
            last_err = err
            log.info("signing at %s failed (%s); trying a lower level", level, type(err).__name__)
            if stamper is not None and _is_tsa_error(err):
                warning = (
                    "The timestamp authority could not be reached: the letter was signed at level B-B. "
                    "Run 'letter augment' when online."
                )
                return _retry_offline(letter, signer, text, stamp, unsigned_sha, reason, location, warning)
            continue
        if level == "B-T" and stamper is not None and has_revocation_pointers(signer.signing_cert):
            # B-LT: validation data with revocation info, sealed by a document timestamp.
            try:
                upgraded = augment_pdf(pdf, timestamper=stamper)
            except BadInput as err:
                log.info("validation data not added at signing: %s", err)
            else:
                if upgraded.level == "B-LTA":
                    pdf, level = upgraded.pdf, upgraded.level
        return SignedLetter(
            pdf=pdf,
            sha256=hashlib.sha256(pdf).hexdigest(),
            unsigned_sha256=unsigned_sha,
            level=level,
            warning=warning,
        )
    raise BadInput(f"The letter could not be signed: {type(last_err).__name__}: {last_err}")


def has_revocation_pointers(cert: Any) -> bool:
    """True when the certificate names a CRL or OCSP responder (B-LT is possible)."""
    try:
        return bool(cert.crl_distribution_points or cert.ocsp_urls)
    except Exception:  # noqa: BLE001 - malformed extensions: no revocation data
        return False


def _is_tsa_error(err: BaseException) -> bool:
    from pyhanko.sign.timestamps.common_utils import TimestampRequestError

    return (
        isinstance(err, TimestampRequestError | OSError | TimeoutError) or "aiohttp" in type(err).__module__
    )


def _retry_offline(
    letter: RenderedLetter,
    signer: Any,
    text: str,
    stamp: StampInfo,
    unsigned_sha: str,
    reason: str,
    location: str,
    warning: str,
) -> SignedLetter:
    pdf = _sign_once(letter, signer, text, qr_payload(stamp.reference, unsigned_sha), None, reason, location)
    return SignedLetter(
        pdf=pdf,
        sha256=hashlib.sha256(pdf).hexdigest(),
        unsigned_sha256=unsigned_sha,
        level="B-B",
        warning=warning,
    )


def _sign_once(
    letter: RenderedLetter,
    signer: Any,
    text: str,
    qr: str,
    stamper: TimeStamper | None,
    reason: str,
    location: str,
) -> bytes:
    w = IncrementalPdfFileWriter(io.BytesIO(letter.pdf))
    if FIELD_NAME not in signature_fields(letter.pdf):  # an approved letter has the empty field already
        x1, y1, x2, y2 = (int(round(v)) for v in letter.signature_box)
        fields.append_signature_field(
            w,
            SigFieldSpec(
                sig_field_name=FIELD_NAME,
                on_page=letter.signature_page,
                box=(x1, y1, x2, y2),
            ),
        )
    meta = _pades(FIELD_NAME, reason, location)
    pdf_signer = signers.PdfSigner(meta, signer=signer, stamp_style=_stamp_style(text), timestamper=stamper)
    with quiet_logs():
        out = pdf_signer.sign_pdf(w, appearance_text_params={"url": qr})
    data: bytes = out.getvalue()
    return data


APPROVAL_FIELD = "Approval"


def sign_approval(
    letter: RenderedLetter,
    signer: Any,
    *,
    approver: str,
    caption: str,
    reason: str,
    location: str = "Brussels",
) -> bytes:
    """The four-eyes approval as a signature: the reviewer's own key signs the final
    letter (no DRAFT watermark) in the field ``Approval``, with a visible block
    ``caption`` ("Approved by <name>, <function>" ...). The same revision adds the
    empty issuing field (``Signature1``), so issuing only fills it: pdfsig and
    pyHanko then show two signers, the issuing signature covering the whole file."""
    w = IncrementalPdfFileWriter(io.BytesIO(letter.pdf))
    for name, page, box in (
        (APPROVAL_FIELD, letter.approval_page, letter.approval_box),
        (FIELD_NAME, letter.signature_page, letter.signature_box),
    ):
        x1, y1, x2, y2 = (int(round(v)) for v in box)
        fields.append_signature_field(
            w, SigFieldSpec(sig_field_name=name, on_page=page, box=(x1, y1, x2, y2))
        )
    meta = _pades(APPROVAL_FIELD, reason, location, name=approver)
    style = TextStampStyle(
        stamp_text=caption.replace("%", "%%"),
        border_width=1,
        background=None,
        text_box_style=TextBoxStyle(
            font=GlyphAccumulatorFactory(stamp_font_for(caption)), font_size=8, leading=10
        ),
    )
    with quiet_logs():
        out = signers.PdfSigner(meta, signer=signer, stamp_style=style).sign_pdf(w)
    data: bytes = out.getvalue()
    return data


def signature_fields(pdf: bytes) -> dict[str, bool]:
    """The PDF's signature fields: name -> whether it is signed."""
    from pyhanko.pdf_utils.reader import PdfFileReader

    reader = PdfFileReader(io.BytesIO(pdf), strict=False)
    return {name: value is not None for name, value, _ref in fields.enumerate_sig_fields(reader)}


@dataclass(frozen=True)
class Augmented:
    pdf: bytes
    level: str
    added: str  # what was appended, in plain words


def augment_pdf(
    pdf: bytes, *, tsa_url: str = "", timestamper: TimeStamper | None = None, fetch_revocation: bool = True
) -> Augmented:
    """Upgrade a signed letter: validation data (certificates, and CRLs/OCSP
    responses when they can be fetched) in a DSS, then a document timestamp
    over the whole file. B-B becomes B-T; with revocation data, B-LTA."""
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import add_validation_info

    ts = timestamper or (_timestamper(tsa_url) if tsa_url else None)
    if ts is None:
        raise BadInput("No timestamp authority is configured: set the timestamp URL in Settings first.")
    reader = PdfFileReader(io.BytesIO(pdf), strict=False)
    sigs = [s for s in reader.embedded_signatures if str(s.sig_object_type) != "/DocTimeStamp"]
    if not sigs:
        raise BadInput("The stored letter carries no signature to augment.")
    added = []
    data = pdf
    if fetch_revocation:
        # validation data for every signature (the reviewer's approval and the issuing one),
        # each added to the file as it now is
        for index in range(len(sigs)):
            current = [
                s
                for s in PdfFileReader(io.BytesIO(data), strict=False).embedded_signatures
                if str(s.sig_object_type) != "/DocTimeStamp"
            ]
            if index >= len(current):
                break
            sig = current[index]
            certs = list(sig.signed_data["certificates"] or [])
            roots = [c.chosen for c in certs if c.chosen.self_signed in ("yes", "maybe")]
            vc = ValidationContext(trust_roots=roots, allow_fetching=True, revocation_mode="soft-fail")
            try:
                with quiet_logs():
                    out = add_validation_info(sig, vc, in_place=False)
                data = out.getvalue()
                if "validation data" not in added:
                    added.append("validation data")
            except Exception as err:  # noqa: BLE001 - an unreachable CRL/OCSP server is not fatal
                log.info("validation data not added: %s", type(err).__name__)
    data = add_document_timestamp(data, timestamper=ts)
    added.append("document timestamp")
    r2 = PdfFileReader(io.BytesIO(data), strict=False)
    dss = r2.root.get("/DSS")
    dss = dss.get_object() if dss is not None else None
    has_revocation = dss is not None and ("/CRLs" in dss or "/OCSPs" in dss)
    return Augmented(pdf=data, level="B-LTA" if has_revocation else "B-T", added=" and ".join(added))


def add_document_timestamp(pdf: bytes, *, tsa_url: str = "", timestamper: TimeStamper | None = None) -> bytes:
    """Append a document timestamp (PAdES B-T for a B-B letter, ETSI EN 319 142-1)."""
    ts = timestamper or (_timestamper(tsa_url) if tsa_url else None)
    if ts is None:
        raise BadInput("No timestamp authority is configured (Settings → timestamp URL).")
    w = IncrementalPdfFileWriter(io.BytesIO(pdf))
    try:
        with quiet_logs():
            out = signers.PdfTimeStamper(ts).timestamp_pdf(w, "sha256")
    except Exception as err:  # noqa: BLE001
        raise BadInput(f"The timestamp authority could not be reached ({type(err).__name__}).") from None
    data: bytes = out.getvalue()
    return data
