"""Issuing a letter (the issuing signature as an incremental update on the approved
letter, which is checked first) and augmenting issued letters with validation data
and a document timestamp."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import select

from app.domain.errors import BadInput, CheckFailed, NotAllowed, StorageError
from app.services import outfile, roles
from app.services.context import AppContext
from app.services.letters import approval, certcheck
from app.services.letters import render as rnd
from app.services.letters import sign as sgn
from app.services.letters.content import (
    _case,
    _decide,
    _draft_render,
    _final_render,
    _function_default,
    _latest,
    _require_head,
    _require_issuable,
    case_unchanged,
    check_signer_of,
    require_sound_evidence,
    trust_anchor_certs,
)
from app.services.letters.records import (
    APPROVED,
    COMMISSION_DECISION,
    DRAFT,
    ISSUED,
    IssueResult,
    LetterRecord,
    _record,
    _snapshot,
    _utc,
)
from app.services.letters.store import (
    _put_blob,
    read_stored,
)
from db import audit
from db.changes import record_change
from db.conflicts import changed_conflict
from db.models import (
    EvidenceBlob,
    Letter,
)
from db.uow import unit_of_work


def issue_letter(
    ctx: AppContext,
    reference: str,
    signer: Any,
    *,
    function: str = "",
    tsa_url: str | None = None,
    timestamper: Any = None,
    out: Path | None = None,
    force: bool = False,
    progress: Callable[[str], None] | None = None,
) -> IssueResult:
    """Sign and issue the approved letter of ``reference``.

    ``signer`` is a pyHanko signer from :func:`sign.load_pkcs12_signer` or
    :func:`sign.open_pkcs11_signer`. On any failure nothing is stored, the
    case and the letter are unchanged, and no output file is written. An
    existing ``out`` is refused unless ``force``: it may be an earlier signed letter.
    """
    issuer = ctx.require_officer()
    if out is not None:
        outfile.refuse_existing(out, force=force)
    say = progress or (lambda _text: None)
    with unit_of_work(ctx.engine, readonly=True) as s:
        case = _case(s, reference)
        roles.require(ctx, "letter.issue", s, actor=issuer)
        _require_issuable(case)
        row = _latest(s, case, (DRAFT, APPROVED))
        if row is None or row.state != APPROVED:
            raise NotAllowed(
                f"The letter of {case.reference} has not been approved: a second officer must approve "
                "the draft first (exemptio letter approve)."
            )
        if row.legal_nature == COMMISSION_DECISION:
            _require_head(ctx, s, issuer, "issue")
        letter_id, draft_sha, content_json = row.id, row.draft_sha256, row.content_json
        letter_version = row.version
        case_ref = case.reference
        approved_sha, approved_by = row.approved_sha256 or "", row.approved_by
        approval_fp, approved_at = row.approval_fingerprint or "", _utc(row.approved_at)
    if not approved_sha or approved_at is None:
        raise NotAllowed(
            f"The letter of {case_ref} was approved without a signature (before approvals were "
            "signed): draft it again and have a reviewer approve it with their own key."
        )
    if roles.same_officer(issuer, approved_by):
        raise NotAllowed(
            f"Four-eyes rule: {issuer} approved this letter and cannot also issue it; the drafter or "
            "another officer signs it."
        )
    content = rnd.LetterContent.from_json(content_json)
    say("Re-checking the evidence…")
    require_sound_evidence(ctx, reference, "signed")
    say("Checking the signing certificate…")
    cert_check = check_signer_of(ctx, signer)
    from app.services import officer_certs

    officer_certs.require_own_certificate(ctx, issuer, signer.signing_cert, "issued")
    if cert_check.fingerprint_sha256 == approval_fp:
        raise NotAllowed(
            "Four-eyes rule: this key approved the letter; it cannot also issue it. Nothing was signed."
        )
    say("Checking the approved letter…")
    if _draft_render(content).sha256 != draft_sha:
        raise NotAllowed(
            "The approved draft can no longer be reproduced exactly (the letter template or fonts "
            "changed): draft and approve the letter again."
        )
    base = _final_render(content, approved_at.date())
    try:
        approved_pdf = read_stored(ctx, approved_sha)
    except StorageError:
        raise CheckFailed(
            f"The approved letter of case {case_ref} stored as {approved_sha[:12]}… no longer matches "
            "its SHA-256 (altered or damaged in the store): nothing was signed. Restore the store from a "
            "backup, or draft and approve the letter again."
        ) from None
    except (FileNotFoundError, OSError):
        raise CheckFailed(
            f"The approved letter of case {case_ref} ({approved_sha[:12]}…) is missing from the store: "
            "nothing was signed. Draft and approve the letter again."
        ) from None
    seal = approval.inspect_approved(approved_pdf, base=base.pdf, reference=case_ref)
    if seal.fingerprint_sha256 != approval_fp:
        raise NotAllowed(
            f"The approved letter of case {case_ref} is signed by {seal.signer}, not with the "
            f"certificate {approved_by} approved it with: nothing was signed. Draft and approve it again."
        )
    try:
        officer_certs.require_own_certificate(ctx, approved_by, seal.cert, "approved")
    except NotAllowed as err:
        raise NotAllowed(
            f"The approval signature of case {case_ref} is not by {approved_by}'s own certificate "
            f"({err}): the letter was not issued."
        ) from None
    if not case_unchanged(ctx, reference, content):
        raise NotAllowed(
            f"Case {content.reference} changed after the letter was approved: draft and approve it again."
        )
    today = dt.datetime.now(dt.UTC).date()
    name = sgn.signer_name(signer)
    func = function.strip() or _function_default(ctx)
    # the issuing signature is an incremental update on the approved letter (two signatures)
    final = rnd.RenderedLetter(
        pdf=approved_pdf,
        sha256=approved_sha,
        pages=base.pages,
        signature_page=base.signature_page,
        signature_box=base.signature_box,
        approval_page=base.approval_page,
        approval_box=base.approval_box,
    )
    strings = rnd.strings(content.language)
    stamp = sgn.StampInfo(
        name=name,
        function=func,
        date_text=rnd.format_date(content.language, today),
        reference=content.reference,
        caption=str(strings["stamp"]),
    )
    say("Signing…")
    url = ctx.settings.timestamp_url.strip() if tsa_url is None else tsa_url.strip()
    location = str(rnd.letterhead()["place"].get(content.language, "Brussels"))
    signed = sgn.sign_letter(
        final,
        signer,
        stamp,
        tsa_url=url,
        timestamper=timestamper,
        location=location,
        unsigned_sha256=base.sha256,
    )
    say("Storing the issued letter…")
    tmp_out = outfile.write_temp(out, signed.pdf, ".letter-") if out is not None else None
    try:
        _put_blob(ctx, signed.pdf, signed.sha256)
        with unit_of_work(ctx.engine) as s:
            case = _case(s, reference)
            row = s.get(Letter, letter_id)
            if row is None or row.state != APPROVED or row.version != letter_version:
                # Redrafted or issued by someone else while it was being signed: say who.
                raise changed_conflict(
                    s,
                    f"The approved letter of case {case.reference}",
                    case.reference,
                    " (while it was being signed)",
                    str(letter_id),
                )
            _require_issuable(case)
            if s.get(EvidenceBlob, signed.sha256) is None:
                s.add(EvidenceBlob(sha256=signed.sha256, size=len(signed.pdf), stored=True))
                s.flush()
            before = _snapshot(row)
            now = dt.datetime.now(dt.UTC)
            row.state = ISSUED
            row.issued_by = issuer
            row.issued_at = now
            row.issued_sha256 = signed.sha256
            row.current_sha256 = signed.sha256
            row.unsigned_sha256 = signed.unsigned_sha256
            row.signer = name
            row.signer_function = func
            row.signature_level = signed.level
            row.signer_fingerprint = cert_check.fingerprint_sha256
            row.revocation = cert_check.revocation[:300]
            # the trail's head as the letter is issued (the letter.issued event follows it)
            row.audit_head_count, row.audit_head_hash = audit.head(s)
            record_change(
                s,
                actor=issuer,
                action="letter.issued",
                case=case,
                entity=("letter", row.id),
                before=before,
                after={
                    **_snapshot(row),
                    "unsigned_sha256": signed.unsigned_sha256,
                    "signer": name,
                    "signer_function": row.signer_function,  # archives check case.json against it
                    "signer_fingerprint": cert_check.fingerprint_sha256,
                    "revocation": cert_check.revocation,
                    "approved_by": row.approved_by,
                    "size": len(signed.pdf),
                    "audit_head": {"count": row.audit_head_count, "hash": row.audit_head_hash},
                },
            )
            if case.status == "review":
                _decide(s, case, issuer, row.id, now)
            rec = _record(row, case.reference)
        if tmp_out is not None and out is not None:
            try:
                outfile.place(tmp_out, out, force=force)
            except BadInput:
                raise BadInput(
                    f"Letter {rec.id} is issued and stored, but {out} appeared meanwhile and was not "
                    f"replaced: write it with 'exemptio letter export {rec.case_reference} --out OTHER.pdf'."
                ) from None
            tmp_out = None
    finally:
        if tmp_out is not None:
            tmp_out.unlink(missing_ok=True)
    warning = signed.warning
    if not cert_check.revocation_checked:
        note = f"{cert_check.revocation} (recorded in the letter register; 'letter augment' checks again)."
        warning = f"{warning} {note}".strip()
    return IssueResult(letter=rec, pdf=signed.pdf, level=signed.level, warning=warning)


def augment_letter(
    ctx: AppContext, reference: str, *, tsa_url: str | None = None, timestamper: Any = None
) -> list[LetterRecord]:
    """Add validation data and a document timestamp to every issued letter of
    the case still at level B-B. Returns the letters upgraded."""
    who = ctx.require_officer()
    url = ctx.settings.timestamp_url.strip() if tsa_url is None else tsa_url.strip()
    if not url and timestamper is None:
        raise BadInput("No timestamp authority is configured: set the timestamp URL in Settings first.")
    with unit_of_work(ctx.engine, readonly=True) as s:
        case = _case(s, reference)
        roles.require(ctx, "letter.issue", s, actor=who)
        todo = [
            (r.id, r.current_sha256 or r.issued_sha256)
            for r in s.execute(
                select(Letter).where(
                    Letter.case_id == case.id, Letter.state == ISSUED, Letter.signature_level == "B-B"
                )
            ).scalars()
        ]
    if not todo:
        raise NotAllowed(f"Case {reference} has no issued letter waiting for a timestamp.")
    done: list[LetterRecord] = []
    for letter_id, sha in todo:
        assert sha
        stored = read_stored(ctx, sha)
        revocation = certcheck.recheck_letter(stored, trust_anchor_certs(ctx))
        upgraded = sgn.augment_pdf(stored, tsa_url=url, timestamper=timestamper)
        new_sha = hashlib.sha256(upgraded.pdf).hexdigest()
        _put_blob(ctx, upgraded.pdf, new_sha)
        with unit_of_work(ctx.engine) as s:
            case = _case(s, reference)
            row = s.get(Letter, letter_id)
            assert row is not None
            if s.get(EvidenceBlob, new_sha) is None:
                s.add(EvidenceBlob(sha256=new_sha, size=len(upgraded.pdf), stored=True))
                s.flush()
            before = _snapshot(row)
            row.current_sha256 = new_sha
            row.signature_level = upgraded.level
            if not (row.revocation or "").startswith(certcheck.GOOD):
                row.revocation = revocation[:300]
            record_change(
                s,
                actor=who,
                action="letter.augmented",
                case=case,
                entity=("letter", row.id),
                before=before,
                after={**_snapshot(row), "added": upgraded.added, "revocation": row.revocation},
            )
            done.append(_record(row, case.reference))
    return done
