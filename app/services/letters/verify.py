"""Verify a signed letter: signer, signing time, integrity, trust, coverage.

A letter passes only when every signature is intact and valid, and the file
is covered to its last byte: the last signature or document timestamp has
coverage ENTIRE_FILE, and any earlier signature saw only long-term-validation
updates (DSS, document timestamps) after it. pdfsig and pyHanko's bottom line
both accept some appended updates (setup-facts §5), so coverage is checked here
explicitly: any changed byte, appended bytes or incremental update after
signing is reported as modified.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from app.domain.errors import BadInput
from app.services.infile import read_input
from app.services.letters.certcheck import quiet_logs


@dataclass
class SignatureReport:
    field: str
    kind: str  # signature | document timestamp
    signer: str
    signer_dn: str
    signing_time: str  # claimed by the signer (ISO) or ""
    timestamp_time: str  # from a trusted timestamp token (ISO) or ""
    intact: bool
    valid: bool
    trusted: bool | None  # None: no trust anchor given
    coverage: str  # ENTIRE_FILE | ENTIRE_REVISION | CONTIGUOUS_BLOCK_FROM_START | UNCLEAR
    modification: str  # NONE | LTA_UPDATES | FORM_FILLING | ANNOTATIONS | OTHER
    byte_range_end: int
    revoked: bool = False  # the signer's certificate is revoked (OCSP/CRL, embedded or fetched)
    timestamp_authority: str = ""  # who signed the signature timestamp
    timestamp_trusted: bool | None = None  # None: no timestamp, or no trust anchor
    fingerprint_sha256: str = ""  # of the signer's certificate (DER)
    role: str = ""  # approval (the reviewer's four-eyes signature) | issue | "" (other)


@dataclass
class VerifyReport:
    file: str
    sha256: str
    size: int
    signatures: list[SignatureReport] = field(default_factory=list)
    level: str = ""
    integrity: bool = False
    whole_file: bool = False
    trust_checked: bool = False
    trusted: bool | None = None
    problems: list[str] = field(default_factory=list)
    four_eyes: str = ""  # what the file shows of the four-eyes rule, in plain words
    four_eyes_shown: bool = False  # an approval and an issuing signature by two different certificates
    register: list[str] = field(default_factory=list)  # checks against the letters register, if at hand

    @property
    def ok(self) -> bool:
        return not self.problems

    def _issuing(self) -> SignatureReport | None:
        sigs = [s for s in self.signatures if s.kind == "signature"]
        issuing = [s for s in sigs if s.role == "issue"] or [s for s in sigs if s.role != "approval"] or sigs
        return issuing[-1] if issuing else None

    def _approval(self) -> SignatureReport | None:
        return next((s for s in self.signatures if s.role == "approval"), None)

    @property
    def signer(self) -> str:
        """Who issued (signed) the letter."""
        s = self._issuing()
        return s.signer if s else ""

    @property
    def approver(self) -> str:
        """Who approved it (the reviewer's approval signature), "" when it carries none."""
        s = self._approval()
        return s.signer if s else ""

    @property
    def signing_time(self) -> str:
        s = self._issuing()
        if s is None:
            return ""
        return s.timestamp_time or s.signing_time

    def summary(self) -> str:
        if self.ok:
            signers = len([s for s in self.signatures if s.kind == "signature"])
            who = "signer trusted" if signers < 2 else f"all {signers} signers trusted"
            return "valid: intact, signature covers the whole file" + (
                f", {who}" if self.trusted else ", trust not checked (no --trust given)"
            )
        return "NOT VALID: " + "; ".join(self.problems)

    def to_json(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "sha256": self.sha256,
            "size": self.size,
            "ok": self.ok,
            "signer": self.signer,
            "approver": self.approver,
            "four_eyes": self.four_eyes,
            "four_eyes_shown": self.four_eyes_shown,
            "register": self.register,
            "signing_time": self.signing_time,
            "level": self.level,
            "integrity": self.integrity,
            "whole_file": self.whole_file,
            "trust_checked": self.trust_checked,
            "trusted": self.trusted,
            "problems": self.problems,
            "signatures": [asdict(s) for s in self.signatures],
        }


def load_trust_roots(paths: Sequence[str | Path]) -> list[Any]:
    from pyhanko.keys import load_certs_from_pemder

    roots: list[Any] = []
    for p in paths:
        path = Path(p)
        if not path.is_file():
            raise BadInput(f"The trust anchor file {path} does not exist.")
        try:
            roots.extend(load_certs_from_pemder([str(path)]))  # type: ignore[no-untyped-call]
        except Exception:  # noqa: BLE001 - any parse error
            raise BadInput(f"{path} is not a PEM or DER certificate file.") from None
    return roots


def _iso(value: dt.datetime | None) -> str:
    if value is None:
        return ""
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    return value.astimezone(dt.UTC).isoformat(timespec="seconds")


TRUST_NOT_ESTABLISHED = (
    "trust not established: no trust anchor was given (--trust CA.pem) and none is set in Settings, "
    "so who signed cannot be checked"
)
FETCH_TIMEOUT = 5  # seconds per OCSP/CRL request


def verify_bytes(
    data: bytes,
    *,
    trust: Sequence[str | Path] = (),
    name: str = "",
    require_trust: bool = False,
    fetch: bool = True,
) -> VerifyReport:
    """Check a signed letter. ``require_trust``: without any trust anchor the
    letter does not pass ("trust not established"). ``fetch``: revocation data
    not embedded in the file is fetched from the OCSP/CRL servers the
    certificates name (when reachable)."""
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature, validate_pdf_timestamp
    from pyhanko_certvalidator import ValidationContext

    roots = load_trust_roots(trust)
    report = VerifyReport(
        file=name, sha256=hashlib.sha256(data).hexdigest(), size=len(data), trust_checked=bool(roots)
    )
    label = name or "The file"
    if not data.strip():
        raise BadInput(f"{label} is empty, not a PDF file.")
    if b"%PDF-" not in data[:1024]:
        raise BadInput(f"{label} is not a PDF file (no %PDF- header).")
    try:
        with quiet_logs():
            reader = PdfFileReader(io.BytesIO(data), strict=False)
            sigs = list(reader.embedded_signatures)
    except Exception as err:  # noqa: BLE001 - see below
        # Bytes appended after a complete signed letter make the whole unreadable, but
        # that is a changed letter (exit 1). A file that cannot be read at all
        # (truncated, garbage) is bad input (exit 2): there is nothing to check.
        appended = _signed_prefix(data, trust, name)
        if appended is not None:
            return appended
        detail = str(err).splitlines()[0][:120] if str(err) else type(err).__name__
        raise BadInput(f"{label} is not a readable PDF (damaged or truncated: {detail}).") from None
    if not sigs:
        report.problems.append("the file carries no electronic signature")
        return report

    if require_trust and not roots:
        report.problems.append(TRUST_NOT_ESTABLISHED)

    def vc() -> Any:
        from pyhanko_certvalidator.fetchers.requests_fetchers import RequestsFetcherBackend

        return ValidationContext(
            trust_roots=roots,
            allow_fetching=bool(fetch and roots),
            revocation_mode="soft-fail",
            fetcher_backend=RequestsFetcherBackend(per_request_timeout=FETCH_TIMEOUT),
        )

    for sig in sigs:
        is_ts = str(sig.sig_object_type) == "/DocTimeStamp"
        try:
            with quiet_logs():
                st = validate_pdf_timestamp(sig, vc()) if is_ts else validate_pdf_signature(sig, vc())
        except Exception as err:  # noqa: BLE001 - malformed signature data
            report.problems.append(f"signature '{sig.field_name}' cannot be read ({type(err).__name__})")
            continue
        cert = st.signing_cert
        subject = cert.subject if cert is not None else None
        ts_validity = getattr(st, "timestamp_validity", None)
        br = list(sig.byte_range)
        coverage = getattr(getattr(st, "coverage", None), "name", "UNCLEAR")
        modification = getattr(getattr(st, "modification_level", None), "name", "OTHER")
        report.signatures.append(
            SignatureReport(
                field=str(sig.field_name),
                kind="document timestamp" if is_ts else "signature",
                signer=(subject.native.get("common_name", "") if subject is not None else ""),
                signer_dn=(subject.human_friendly if subject is not None else ""),
                signing_time=_iso(getattr(st, "signer_reported_dt", None)) if not is_ts else "",
                timestamp_time=_iso(ts_validity.timestamp)  # an unproven TSA's time is not used
                if ts_validity is not None and (not roots or ts_validity.trusted)
                else (_iso(getattr(st, "timestamp", None)) if is_ts else ""),
                intact=bool(st.intact),
                valid=bool(st.valid),
                trusted=bool(st.trusted) if roots else None,
                coverage=coverage,
                modification=modification,
                byte_range_end=br[2] + br[3] if len(br) == 4 else 0,
                revoked=bool(getattr(st, "revoked", False)),
                timestamp_authority=_tsa_name(ts_validity),
                timestamp_trusted=bool(ts_validity.trusted) if ts_validity is not None and roots else None,
                fingerprint_sha256=hashlib.sha256(cert.dump()).hexdigest() if cert is not None else "",
                role=_role_of(str(sig.field_name), is_ts),
            )
        )

    sig_reports = report.signatures
    if not sig_reports:
        return report
    report.integrity = all(s.intact and s.valid for s in sig_reports)
    for s in sig_reports:
        if not s.intact:
            report.problems.append(f"'{s.field}': the signed bytes were changed (digest mismatch)")
        elif not s.valid:
            report.problems.append(f"'{s.field}': the signature value is not valid")
    last = max(sig_reports, key=lambda s: s.byte_range_end)
    report.whole_file = last.coverage == "ENTIRE_FILE" and last.byte_range_end == len(data)
    if not report.whole_file:
        extra = len(data) - last.byte_range_end
        report.problems.append(
            f"the file was modified after signing: {extra} byte(s) after the last signed revision"
            if extra > 0
            else "the signature does not cover the whole file"
        )
    # After an earlier signature only validation data, document timestamps or the filling of a
    # signature field (the issuing signature after the approval) may follow; a form filling is
    # accepted only when the letter has no form fields other than signature fields.
    allowed = (
        ("NONE", "LTA_UPDATES", "FORM_FILLING") if _only_signature_fields(reader) else ("NONE", "LTA_UPDATES")
    )
    for s in sig_reports:
        if s is not last and s.modification not in allowed:
            report.problems.append(f"'{s.field}': the document was changed after this signature")
    if not any(s.kind == "signature" for s in sig_reports):
        report.problems.append("the file carries only timestamps, no signature")
    for s in sig_reports:
        if s.revoked:
            report.problems.append(f"'{s.field}': the signer's certificate ({s.signer}) is revoked")
    if roots:
        report.trusted = all(bool(s.trusted) for s in sig_reports) and all(
            s.timestamp_trusted is not False for s in sig_reports
        )
        untrusted = [s.field for s in sig_reports if not s.trusted and not s.revoked]
        if untrusted:
            report.problems.append(
                f"not trusted: {', '.join(untrusted)} do(es) not chain to the given trust anchor(s)"
            )
        for s in sig_reports:
            if s.timestamp_trusted is False:
                report.problems.append(
                    f"'{s.field}': its timestamp comes from a timestamp authority ({s.timestamp_authority}) "
                    "that does not chain to the trust anchor(s): its time is not proven"
                )
    report.level = _level(sig_reports, reader)
    _four_eyes(report)
    return report


APPROVAL_FIELD, ISSUE_FIELD = "Approval", "Signature1"  # as app.services.letters.sign names them


def _role_of(field_name: str, is_ts: bool) -> str:
    if is_ts:
        return ""
    return {APPROVAL_FIELD: "approval", ISSUE_FIELD: "issue"}.get(field_name, "")


def _only_signature_fields(reader: Any) -> bool:
    """True when every form field of the PDF is a signature field."""
    try:
        form = reader.root.get("/AcroForm")
        if form is None:
            return True
        todo = list(form.get_object().get("/Fields", []))
        seen = 0
        while todo and seen < 10_000:
            seen += 1
            f = todo.pop().get_object()
            kids = f.get("/Kids")
            if kids is not None:
                todo.extend(kids)
                continue
            if str(f.get("/FT", "/Sig")) != "/Sig":
                return False
        return True
    except Exception:  # noqa: BLE001 - an unreadable form: not only signature fields
        return False


def _four_eyes(report: VerifyReport) -> None:
    """What the file itself shows of the four-eyes rule: the reviewer's approval signature
    and the issuing signature, by two different certificates of two different people."""
    approval, issuing = report._approval(), report._issuing()
    if approval is None:
        report.four_eyes = "not shown: the file carries no approval signature (field 'Approval')"
        return
    if issuing is None or issuing is approval:
        report.four_eyes = f"not shown: approved by {approval.signer}, but not issued (no issuing signature)"
        return
    same_cert = approval.fingerprint_sha256 and approval.fingerprint_sha256 == issuing.fingerprint_sha256
    same_name = approval.signer.strip().casefold() == issuing.signer.strip().casefold()
    if same_cert or same_name:
        why = "the same certificate" if same_cert else "the same person"
        report.four_eyes = f"NOT shown: {why} approved and issued the letter ({issuing.signer})"
        report.problems.append(
            f"four eyes not shown: {why} approved and issued the letter ({issuing.signer})"
        )
        return
    report.four_eyes_shown = True
    report.four_eyes = (
        f"shown: approved by {approval.signer}, issued by {issuing.signer} (two different certificates)"
    )


def _tsa_name(ts: Any) -> str:
    cert = getattr(ts, "signing_cert", None) if ts is not None else None
    if cert is None:
        return ""
    name: str = cert.subject.native.get("common_name") or cert.subject.human_friendly
    return name


def _signed_prefix(data: bytes, trust: Sequence[str | Path], name: str) -> VerifyReport | None:
    """The report of the longest readable, signed revision of ``data`` (ending at one of
    its last %%EOF markers), marked as modified by the bytes after it; None if none."""
    end = len(data)
    for _ in range(4):
        at = data.rfind(b"%%EOF", 0, end)
        if at < 0:
            return None
        cut = at + 5
        for eol in (b"\r\n", b"\n", b"\r"):
            if data.startswith(eol, cut):
                cut += len(eol)
                break
        end = at
        if cut >= len(data):
            continue
        try:
            rep = verify_bytes(data[:cut], trust=trust, name=name)
        except BadInput:
            continue
        if not rep.signatures:
            return None
        rep.sha256, rep.size, rep.whole_file = hashlib.sha256(data).hexdigest(), len(data), False
        rep.problems = [p for p in rep.problems if not p.startswith("the file was modified after")]
        rep.problems.append(
            f"the file was modified after signing: {len(data) - cut} byte(s) after the last signed "
            "revision, and the file no longer reads as a PDF"
        )
        return rep
    return None


def _level(sigs: list[SignatureReport], reader: Any) -> str:
    main = [s for s in sigs if s.kind == "signature"]
    if not main:
        return ""
    dss = reader.root.get("/DSS")
    dss = dss.get_object() if dss is not None else None
    has_revocation = dss is not None and ("/CRLs" in dss or "/OCSPs" in dss)
    has_doc_ts = any(s.kind == "document timestamp" for s in sigs)
    if has_revocation and has_doc_ts:
        return "B-LTA"
    issuing = ([s for s in main if s.role == "issue"] or main)[-1]
    if has_revocation and issuing.timestamp_time:
        return "B-LT"
    if issuing.timestamp_time or has_doc_ts:
        return "B-T"
    return "B-B"


TRUST_NOT_CHECKED = TRUST_NOT_ESTABLISHED  # the older name


def default_trust(home: str | Path | None = None) -> list[str]:
    """The trust anchor from Settings (``extra["trust_anchor"]``: a PEM/DER file), if any."""
    from app.paths import AppPaths
    from app.services.settings import Settings

    return anchor_paths(Settings.load(AppPaths.from_env(home).settings_file).extra.get("trust_anchor"))


def anchor_paths(anchor: object) -> list[str]:
    """The files of a ``trust_anchor`` setting (a PEM/DER file or a list of them), expanded."""
    if isinstance(anchor, str) and anchor.strip():
        return [str(Path(anchor.strip()).expanduser())]
    if isinstance(anchor, list):
        return [str(Path(a).expanduser()) for a in anchor if isinstance(a, str) and a.strip()]
    return []


def verify_file(
    path: str | Path, *, trust: Sequence[str | Path] = (), require_trust: bool = False
) -> VerifyReport:
    p = Path(path)
    data = read_input(p, "The file", f"{p} is a folder, not a PDF file.")
    return verify_bytes(data, trust=trust, name=str(p), require_trust=require_trust)
