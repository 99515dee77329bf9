"""Approving a letter: the reviewer signs the final letter with their own key (four
eyes as signatures, issue 14); see :func:`approve_letter`."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from app.domain.errors import BadInput, NotAllowed
from app.services import roles
from app.services.context import AppContext
from app.services.letters import render as rnd
from app.services.letters import sign as sgn
from app.services.letters.content import (
    _case,
    _draft_render,
    _final_render,
    _function_default,
    _latest,
    case_unchanged,
    check_signer_of,
    require_sound_evidence,
)
from app.services.letters.records import (
    APPROVED,
    DRAFT,
    LetterRecord,
    _record,
    _snapshot,
)
from app.services.letters.store import (
    _put_blob,
)
from db.changes import record_change
from db.conflicts import changed_conflict
from db.models import (
    EvidenceBlob,
    Letter,
)
from db.uow import unit_of_work

NO_KEY = (
    "Approving a letter means signing it with your own key: give --key YOUR.p12 (or --pkcs11-lib "
    "for a signing token). Nothing was approved."
)


@dataclass(frozen=True)
class ApprovalPreview:
    """What an approval would sign: the final letter (no DRAFT watermark), dated today."""

    letter_id: int
    draft_sha256: str
    pdf: bytes
    sha256: str
    date: dt.date


def approval_date() -> dt.date:
    """The date printed on an approved letter: the day it is approved (UTC). The reviewer
    signs the final letter, so its date is fixed then; the issuing signature's own time
    (and timestamp) says when it was issued."""
    return dt.datetime.now(dt.UTC).date()


def approval_preview(ctx: AppContext, reference: str, *, date: dt.date | None = None) -> ApprovalPreview:
    """The final letter the reviewer would sign now (for the approve dialog)."""
    with unit_of_work(ctx.engine, readonly=True) as s:
        case = _case(s, reference)
        row = _latest(s, case, (DRAFT, APPROVED))
        if row is None:
            raise NotAllowed(f"Case {case.reference} has no letter draft to approve: draft one first.")
        letter_id, draft_sha, content_json = row.id, row.draft_sha256, row.content_json
    day = date or approval_date()
    final = _final_render(rnd.LetterContent.from_json(content_json), day)
    return ApprovalPreview(
        letter_id=letter_id, draft_sha256=draft_sha, pdf=final.pdf, sha256=final.sha256, date=day
    )


def _approver_function(ctx: AppContext, s: Session, approver: str) -> str:
    label = roles.ROLE_LABELS.get(roles.role_of(ctx, s, actor=approver), "reviewer")
    return f"{label[:1].upper()}{label[1:]}, {_function_default(ctx)}"


def approve_letter(
    ctx: AppContext,
    reference: str,
    *,
    officer: str | None = None,
    draft_sha256: str | None = None,
    signer: Any = None,
    function: str = "",
    letter_sha256: str | None = None,
    progress: Callable[[str], None] | None = None,
) -> LetterRecord:
    """Four eyes as a signature: a reviewer or head of unit other than the drafter
    approves the current draft by signing the final letter with their own key.

    ``signer`` (required) is the approver's pyHanko signer; its certificate is checked
    like an issuing one (validity, key usage, revocation, trust anchor) and must be
    registered to the approver. The final letter (no DRAFT watermark, dated the day of
    approval, see :func:`approval_date`) is rendered with two signature fields; the
    approver signs the field ``Approval`` (visible block "Approved by <name>,
    <function>"); the signed PDF is stored (``approved_draft_pdf``) and issuing adds
    the issuing signature to it. ``draft_sha256``: the draft the reviewer read;
    ``letter_sha256``: the final letter they were shown (the approve dialog) - each
    refused when it is not what would be approved now."""
    if signer is None:
        raise BadInput(NO_KEY)
    say = progress or (lambda _text: None)
    approver = (officer or ctx.require_officer()).strip()
    if not approver:
        raise BadInput("Name the approving officer: --officer NAME.")
    with unit_of_work(ctx.engine, readonly=True) as s:
        case = _case(s, reference)
        ref = case.reference
        row = _latest(s, case, (DRAFT, APPROVED))
        if row is None:
            raise NotAllowed(f"Case {ref} has no letter draft to approve: draft one first.")
        if row.state == APPROVED:
            raise NotAllowed(f"The draft of {ref} is already approved by {row.approved_by}.")
        if roles.same_officer(approver, row.drafted_by):
            raise NotAllowed(
                f"Four-eyes rule: {approver} drafted this letter and cannot approve it; "
                "another reviewer or the head of unit must."
            )
        roles.four_eyes(ctx, row.drafted_by, s, actor=approver)
        if draft_sha256 and draft_sha256.strip().lower() != row.draft_sha256:
            raise NotAllowed(
                "The draft you reviewed is not the current draft (its SHA-256 differs): "
                "open the current draft and review it again."
            )
        letter_id, version, draft_sha = row.id, row.version, row.draft_sha256
        frozen = rnd.LetterContent.from_json(row.content_json)
        func = function.strip() or _approver_function(ctx, s, approver)
    if not case_unchanged(ctx, ref, frozen):
        raise NotAllowed(
            f"Case {ref} changed after the letter was drafted (evidence, answers or "
            "provider details): draft the letter again before approving it."
        )
    say("Re-checking the evidence…")
    require_sound_evidence(ctx, reference, "approved")
    from app.services import officer_certs

    say("Checking your certificate…")
    check = check_signer_of(ctx, signer)
    officer_certs.require_own_certificate(ctx, approver, signer.signing_cert, "approved")
    if _draft_render(frozen).sha256 != draft_sha:
        raise NotAllowed(
            "The draft can no longer be reproduced exactly (the letter template or fonts changed): "
            "draft the letter again before approving it."
        )
    now = dt.datetime.now(dt.UTC)
    say("Rendering the letter…")
    final = _final_render(frozen, now.date())
    if letter_sha256 and letter_sha256.strip().lower() != final.sha256:
        raise NotAllowed(
            "The letter you were shown is not the one that would be approved now (its SHA-256 differs, "
            "e.g. the date changed): open the approval again and review it."
        )
    name = sgn.signer_name(signer)
    caption = str(rnd.strings(frozen.language)["approval_stamp"]).format(
        name=name, function=func, date=rnd.format_date(frozen.language, now.date()), ref=ref
    )
    say("Signing the approval…")
    signed = sgn.sign_approval(
        final,
        signer,
        approver=name,
        caption=caption,
        reason=f"Approved (four eyes) by {approver}, {func}; letter SHA-256 {final.sha256}",
        location=str(rnd.letterhead()["place"].get(frozen.language, "Brussels")),
    )
    approved_sha = hashlib.sha256(signed).hexdigest()
    say("Storing the approved letter…")
    _put_blob(ctx, signed, approved_sha)
    with unit_of_work(ctx.engine) as s:
        case = _case(s, reference)
        row = s.get(Letter, letter_id)
        if row is None or row.version != version or row.state != DRAFT:
            # Someone redrafted or approved it while the facts were checked: say who.
            raise changed_conflict(
                s, f"The letter draft of case {ref}", ref, " (review the current draft)", str(letter_id)
            )
        before = _snapshot(row)
        row.state = APPROVED
        row.approved_by = approver
        row.approved_at = now
        if s.get(EvidenceBlob, approved_sha) is None:
            s.add(EvidenceBlob(sha256=approved_sha, size=len(signed), stored=True))
        row.approved_sha256 = approved_sha
        row.approval_signer = check.subject[:300]
        row.approval_fingerprint = check.fingerprint_sha256
        record_change(
            s,
            actor=approver,
            action="letter.approved",
            case=case,
            entity=("letter", row.id),
            before=before,
            after={
                **_snapshot(row),
                "approved_by": approver,
                "drafted_by": row.drafted_by,
                "approved_sha256": approved_sha,
                "approved_unsigned_sha256": final.sha256,
                "approval_signer": check.subject,
                "approval_function": func,
                "approval_fingerprint": check.fingerprint_sha256,
                "approval_revocation": check.revocation,
            },
        )
        return _record(row, case.reference)
