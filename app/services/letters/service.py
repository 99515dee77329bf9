"""The letters workflow: draft → approve (four eyes) → issue (signed) → augment.

* ``draft_letter`` freezes what the letter says (a :class:`LetterContent`
  snapshot built from the case, its evidence and its checklist outcome),
  renders the DRAFT-watermarked PDF and stores its SHA-256. The drafter is the
  acting officer, else the case's assigned officer.
* ``approve_letter``: a reviewer or head of unit other than the drafter
  (roles.four_eyes) signs, with their own registered key, the final letter
  (no DRAFT watermark, dated the day of approval) in its ``Approval`` field;
  the signed approved letter is stored. Approving without a key is refused.
* ``issue_letter`` refuses without a signed approval; checks the stored
  approved letter (its hash, the approval signature valid, by the approver's
  registered certificate, covering the whole file, its content the one the
  frozen snapshot renders) and that the case has not changed since; then adds
  the issuing signature (PAdES) as an incremental update on it, so the issued
  letter carries both signatures, stores it immutably in the evidence store and
  records its hash in the audit trail. Nothing is written when signing fails.
* ``augment_letter`` adds validation data and a document timestamp to an
  issued letter once a timestamp authority is reachable; the augmented copy is
  a new stored version, the original stays.

Every change appends an audit event in the same unit of work.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import tempfile
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.errors import BadInput, CheckFailed, NotAllowed, NotFound, StorageError
from app.services import outfile, roles
from app.services.context import AppContext
from app.services.letters import LANGUAGES, LEGAL_NATURES, approval, certcheck
from app.services.letters import render as rnd
from app.services.letters import sign as sgn
from app.services.letters.foureyes import check_register  # noqa: F401 - re-exported for the CLI
from app.services.letters.locks import letters_lock_reason  # noqa: F401 - re-exported for checklist
from db import audit
from db.conflicts import changed_conflict
from db.models import (
    Case,
    ChecklistAnswer,
    EvidenceBlob,
    EvidenceItem,
    Letter,
    Officer,
    Provider,
    Subject,
)
from db.uow import unit_of_work

DRAFT, APPROVED, ISSUED, SUPERSEDED = "draft", "approved", "issued", "superseded"
COMMISSION_DECISION = "commission_decision"
# Said with every draft or issue of a Commission decision: the officer prepares it, the College adopts it.
ADOPTION_NOTE = (
    "This is a draft Commission decision for adoption by the Commission: signing it here does not "
    "adopt it; it takes effect only once the Commission has adopted it."
)
# A letter is issued from a case in review (issuing records the decision) or already decided.
ISSUABLE_STATUSES = ("review", "decided")


@dataclass(frozen=True)
class LetterRecord:
    id: int
    case_reference: str
    state: str
    language: str
    legal_nature: str
    registry_reference: str
    template: str
    checklist: str
    outcome: str
    draft_sha256: str
    drafted_by: str
    drafted_at: dt.datetime
    approved_by: str
    approved_at: dt.datetime | None
    issued_by: str
    issued_at: dt.datetime | None
    issued_sha256: str
    current_sha256: str
    unsigned_sha256: str
    signer: str
    signature_level: str
    signer_fingerprint: str = ""
    revocation: str = ""  # "good (...)" | "revocation not checked: why" (issued letters)
    approved_sha256: str = ""  # the approved draft, signed by the approver (stored)
    approval_signer: str = ""
    audit_head_count: int = 0  # issued letters: the audit trail's events when it was issued
    audit_head_hash: str = ""  # ... and the hash of the last of them (issue 16)

    def to_json(self) -> dict[str, Any]:
        d = asdict(self)
        for k in ("drafted_at", "approved_at", "issued_at"):
            d[k] = d[k].isoformat() if d[k] else None
        return d


@dataclass(frozen=True)
class DraftResult:
    letter: LetterRecord
    pdf: bytes


@dataclass(frozen=True)
class IssueResult:
    letter: LetterRecord
    pdf: bytes
    level: str
    warning: str


def _utc(value: dt.datetime | None) -> dt.datetime | None:
    if value is not None and value.tzinfo is None:
        return value.replace(tzinfo=dt.UTC)
    return value


def _outcome_label(content_json: str) -> str:
    try:
        outcome = json.loads(content_json).get("outcome") or {}
    except ValueError:
        return ""
    labels = [t["outcome"] for t in (outcome.get("track_m"), outcome.get("track_s")) if t]
    return " / ".join(labels)


def _record(row: Letter, reference: str) -> LetterRecord:
    return LetterRecord(
        id=row.id,
        case_reference=reference,
        state=row.state,
        language=row.language,
        legal_nature=row.legal_nature,
        registry_reference=row.registry_reference,
        template=f"{row.template_id} {row.template_version}".strip(),
        checklist=f"{row.checklist_id} {row.checklist_version}".strip(),
        outcome=_outcome_label(row.content_json),
        draft_sha256=row.draft_sha256,
        drafted_by=row.drafted_by,
        drafted_at=_utc(row.drafted_at) or row.drafted_at,
        approved_by=row.approved_by,
        approved_at=_utc(row.approved_at),
        issued_by=row.issued_by,
        issued_at=_utc(row.issued_at),
        issued_sha256=row.issued_sha256 or "",
        current_sha256=row.current_sha256 or "",
        unsigned_sha256=row.unsigned_sha256,
        signer=row.signer,
        signature_level=row.signature_level,
        signer_fingerprint=row.signer_fingerprint or "",
        revocation=row.revocation or "",
        approved_sha256=row.approved_sha256 or "",
        approval_signer=row.approval_signer or "",
        audit_head_count=int(row.audit_head_count or 0),
        audit_head_hash=row.audit_head_hash or "",
    )


def _snapshot(row: Letter) -> dict[str, Any]:
    return {
        "id": row.id,
        "state": row.state,
        "draft_sha256": row.draft_sha256,
        "issued_sha256": row.issued_sha256,
        "current_sha256": row.current_sha256,
        "signature_level": row.signature_level,
    }


# --- content -------------------------------------------------------------------


def _case(s: Session, reference: str) -> Case:
    case = s.execute(select(Case).where(Case.reference == reference.strip())).scalar_one_or_none()
    if case is None:
        raise NotFound(f"No case with reference '{reference}'.")
    return case


def _outcome(ctx: AppContext, reference: str, stored: str) -> dict[str, Any]:
    """The case's checklist outcome, decided with the case's own checklist version."""
    try:
        from app.services import checklist

        doc: dict[str, Any] = checklist.outcome(ctx, reference)
        return doc
    except ImportError:  # pragma: no cover - the checklist area is part of the app
        return json.loads(stored) if stored else {}


def build_content(
    ctx: AppContext,
    reference: str,
    *,
    language: str = "en",
    legal_nature: str = "letter_to_provider",
    registry_reference: str = "",
    drafted_on: dt.date | None = None,
) -> rnd.LetterContent:
    """What the letter says, from the case as it is now."""
    with unit_of_work(ctx.engine, readonly=True) as s:
        case = _case(s, reference)
        provider = s.get(Provider, case.provider_id)
        subject = s.get(Subject, case.subject_id)
        items = s.execute(
            select(EvidenceItem).where(EvidenceItem.case_id == case.id).order_by(EvidenceItem.id)
        ).scalars()
        evidence: list[rnd.EvidenceEntry] = []
        seen: set[str] = set()
        for it in items:
            if it.sha256 in seen:
                continue
            seen.add(it.sha256)
            name = f"{it.folder_path}/{it.display_name}" if it.folder_path else it.display_name
            evidence.append(
                rnd.EvidenceEntry(
                    name=name, sha256=it.sha256, size=int(it.size), description=it.description or ""
                )
            )
        answers: dict[str, Any] = {}
        for a in s.execute(select(ChecklistAnswer).where(ChecklistAnswer.case_id == case.id)).scalars():
            cites = json.loads(a.evidence_json or "[]")  # the letter cites each answer's evidence
            answers[a.question_id] = {"value": json.loads(a.value_json), "note": a.note, "evidence": cites}
        opened = (_utc(case.created_at) or case.created_at).date().isoformat()
        ref, title, stored_outcome = case.reference, case.title, case.outcome_json
        prov = (
            (provider.name, provider.representative, provider.address, provider.country)
            if provider
            else ("", "", "", "")
        )
        subj = (
            (subject.name, subject.version, subject.kind, subject.licence)
            if subject
            else ("", "", "model", "")
        )
    outcome = _outcome(ctx, ref, stored_outcome)
    licence = ""
    m1 = answers.get("M1", {}).get("value")
    if isinstance(m1, str) and m1.strip():
        licence = m1.strip()
    elif subj[3]:
        licence = subj[3]
    kind = subj[2]
    a1 = answers.get("A1", {}).get("value")
    if a1 in ("model", "system", "both"):
        kind = a1
    content = rnd.LetterContent(
        reference=ref,
        case_title=title,
        opened_on=opened,
        provider_name=prov[0],
        provider_representative=prov[1],
        provider_address=prov[2],
        provider_country=prov[3],
        subject_name=subj[0],
        subject_version=subj[1],
        subject_kind=kind,
        licence=licence,
        evidence=evidence,
        answers=answers,
        outcome=outcome,
        language=language,
        legal_nature=legal_nature,
        registry_reference=registry_reference.strip(),
        drafted_on=(drafted_on or dt.datetime.now(dt.UTC).date()).isoformat(),
    )
    return content


def _check_content(content: rnd.LetterContent) -> None:
    content.validate()
    outcome = content.outcome
    if not outcome.get("track_m") and not outcome.get("track_s"):
        raise BadInput(
            f"Case {content.reference} has no checklist outcome yet: answer at least question A1 "
            "(what the case is about) before drafting a letter."
        )


def _same_case_facts(a: rnd.LetterContent, b: rnd.LetterContent) -> bool:
    """True when the case still says what the frozen letter says (dates aside)."""
    da, db_ = json.loads(a.to_json()), json.loads(b.to_json())
    da.pop("drafted_on", None)
    db_.pop("drafted_on", None)
    return bool(da == db_)


def _draft_render(content: rnd.LetterContent) -> rnd.RenderedLetter:
    return rnd.render_letter(content, draft=True, date=dt.date.fromisoformat(content.drafted_on))


def _drafter(ctx: AppContext, case: Case, s: Session) -> str:
    name = ctx.officer.strip()
    if name:
        return name
    if case.assigned_officer_id:
        off = s.get(Officer, case.assigned_officer_id)
        if off is not None:
            return off.name
    raise BadInput(
        "No acting officer and the case has no assigned officer: pass --officer NAME "
        "or assign the case first."
    )


# --- workflow --------------------------------------------------------------------


def draft_letter(
    ctx: AppContext,
    reference: str,
    *,
    language: str | None = None,
    legal_nature: str = "letter_to_provider",
    registry_reference: str = "",
) -> DraftResult:
    """Freeze the letter's content, render the DRAFT PDF, record it (audited).
    Earlier unissued drafts of the case are superseded."""
    lang = (language or ctx.settings.letter_language or "en").strip().lower()
    if lang not in LANGUAGES:
        raise BadInput(f"Letter language must be one of {', '.join(LANGUAGES)} (got '{lang}').")
    if legal_nature not in LEGAL_NATURES:
        raise BadInput(f"Legal nature must be one of {', '.join(LEGAL_NATURES)} (got '{legal_nature}').")
    content = build_content(
        ctx, reference, language=lang, legal_nature=legal_nature, registry_reference=registry_reference
    )
    _check_content(content)
    require_sound_evidence(ctx, reference, "drafted")
    rendered = _draft_render(content)
    tid, tver = rnd.template_id()
    with unit_of_work(ctx.engine) as s:
        case = _case(s, reference)
        drafter = _drafter(ctx, case, s)
        roles.require(ctx, "letter.draft", s, actor=drafter)
        if legal_nature == COMMISSION_DECISION:
            _require_head(ctx, s, drafter, "draft")
        for old in s.execute(
            select(Letter).where(Letter.case_id == case.id, Letter.state.in_((DRAFT, APPROVED)))
        ).scalars():
            before = _snapshot(old)
            old.state = SUPERSEDED
            s.flush()
            audit.append(
                s,
                actor=drafter,
                action="letter.superseded",
                entity_type="letter",
                entity_id=old.id,
                case_ref=case.reference,
                before=before,
                after=_snapshot(old),
            )
        row = Letter(
            case_id=case.id,
            state=DRAFT,
            language=lang,
            legal_nature=legal_nature,
            registry_reference=content.registry_reference,
            template_id=tid,
            template_version=tver,
            checklist_id=str(content.outcome.get("checklist", "")),
            checklist_version=str(content.outcome.get("version", "")),
            draft_sha256=rendered.sha256,
            outcome_json=json.dumps(content.outcome, sort_keys=True, ensure_ascii=False),
            content_json=content.to_json(),
            drafted_by=drafter,
            drafted_at=dt.datetime.now(dt.UTC),
        )
        s.add(row)
        s.flush()
        audit.append(
            s,
            actor=drafter,
            action="letter.drafted",
            entity_type="letter",
            entity_id=row.id,
            case_ref=case.reference,
            after={
                "letter": row.id,
                "draft_sha256": rendered.sha256,
                "language": lang,
                "legal_nature": legal_nature,
                "template": f"{tid} {tver}",
                "checklist": f"{row.checklist_id} {row.checklist_version}",
            },
        )
        rec = _record(row, case.reference)
    return DraftResult(letter=rec, pdf=rendered.pdf)


def _latest(s: Session, case: Case, states: tuple[str, ...] | None = None) -> Letter | None:
    q = select(Letter).where(Letter.case_id == case.id)
    if states:
        q = q.where(Letter.state.in_(states))
    return s.execute(q.order_by(Letter.id.desc()).limit(1)).scalar_one_or_none()


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


def _final_render(content: rnd.LetterContent, date: dt.date) -> rnd.RenderedLetter:
    return rnd.render_letter(content, draft=False, date=date)


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
    current = build_content(
        ctx,
        ref,
        language=frozen.language,
        legal_nature=frozen.legal_nature,
        registry_reference=frozen.registry_reference,
    )
    if not _same_case_facts(frozen, current):
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
        s.flush()
        audit.append(
            s,
            actor=approver,
            action="letter.approved",
            entity_type="letter",
            entity_id=row.id,
            case_ref=case.reference,
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


def require_sound_evidence(ctx: AppContext, reference: str, verb: str) -> None:
    """Re-hash every evidence item of the case (the letter cites their SHA-256):
    refuse, naming each damaged or missing item, before a letter is drafted,
    approved or signed over it."""
    from app.services import evidence

    bad = [
        v for v in evidence.verify_evidence(ctx, reference, record=False) if v.kind == "evidence" and not v.ok
    ]
    if bad:
        names = "; ".join(f"{v.label} ({'missing' if v.status == 'missing' else 'changed'})" for v in bad)
        raise CheckFailed(
            f"Evidence of case {reference.strip()} no longer matches its recorded SHA-256: {names}. "
            f"The letter was not {verb}: restore or re-attach the item (exemptio evidence verify)."
        )


def trust_anchor_certs(ctx: AppContext) -> list[Any]:
    """The trust store in Settings (``trust_anchor``: PEM/DER files), as certificates."""
    from app.services.letters import verify

    anchor = ctx.settings.extra.get("trust_anchor")
    paths: list[str] = []
    if isinstance(anchor, str) and anchor.strip():
        paths = [str(Path(anchor.strip()).expanduser())]
    elif isinstance(anchor, list):
        paths = [str(Path(a).expanduser()) for a in anchor if isinstance(a, str) and a.strip()]
    return verify.load_trust_roots(paths)


def check_signer_of(ctx: AppContext, signer: Any) -> certcheck.CertCheck:
    """Validity, key usage and revocation (OCSP/CRL when reachable) of the signer's
    certificate, with pyhanko-certvalidator; refuses (BadInput) what must not sign."""
    cert, others = certcheck.signer_certificates(signer)
    return certcheck.check_signer(cert, others, trust_anchor_certs(ctx))


def _function_default(ctx: AppContext) -> str:
    unit = ctx.settings.officer_unit.strip()
    return unit or "AI Office"


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
    current = build_content(
        ctx,
        reference,
        language=content.language,
        legal_nature=content.legal_nature,
        registry_reference=content.registry_reference,
    )
    if not _same_case_facts(content, current):
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
            s.flush()
            audit.append(
                s,
                actor=issuer,
                action="letter.issued",
                entity_type="letter",
                entity_id=row.id,
                case_ref=case.reference,
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


def _require_head(ctx: AppContext, s: Session, name: str, verb: str) -> None:
    """A Commission decision is prepared for adoption by the Commission: only the head of unit
    may draft or issue one; officers draft a draft decision (right to be heard) instead."""
    role = roles.role_of(ctx, s, actor=name)
    if role != roles.HEAD:
        label = roles.ROLE_LABELS.get(role, role)
        raise NotAllowed(
            f"Only the head of unit can {verb} a Commission decision (formal decisions are adopted by "
            f"the Commission, not by an officer); {name} is {'an' if label[0] in 'aeiou' else 'a'} "
            f"{label}. Draft a draft_decision instead."
        )


# The moves that bring a case to review, from where it is.
_TO_REVIEW = {
    "draft": ("intake", "assessment", "review"),
    "intake": ("assessment", "review"),
    "assessment": ("review",),
    "closed": ("assessment --reason ...", "review"),
}


def _require_issuable(case: Case) -> None:
    if case.status not in ISSUABLE_STATUSES:
        steps = _TO_REVIEW.get(case.status, ("review",))
        moves = ", then ".join(f"exemptio case move {case.reference} {st}" for st in steps)
        raise NotAllowed(
            f"Case {case.reference} is in '{case.status}': a letter is issued only from a case in review "
            f"(issuing records the decision). Send it for review first: {moves}."
        )


def _decide(s: Session, case: Case, issuer: str, letter_id: int, now: dt.datetime) -> None:
    """Issuing the letter records the decision: review → decided, in the issuing transaction."""
    before = case.status
    case.status = "decided"
    case.decided_at = now
    s.flush()
    audit.append(
        s,
        actor=issuer,
        action="case.transition",
        entity_type="case",
        entity_id=case.reference,
        case_ref=case.reference,
        before={"status": before},
        after={"status": case.status, "reason": f"letter {letter_id} issued"},
    )


def _store(ctx: AppContext) -> Any:
    from app.services import evidence

    return evidence.blob_store(ctx)


def _put_blob(ctx: AppContext, data: bytes, sha256: str) -> None:
    """Place the bytes in the evidence store (content-addressed, fsynced, renamed)."""
    store = _store(ctx)
    if store.exists(sha256):
        return
    ctx.paths.staging.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix="letter-", suffix=".pdf", dir=ctx.paths.staging)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        result = store.put(Path(tmp))
        if result.sha256 != sha256:  # pragma: no cover - would be a store bug
            raise StorageError("The evidence store returned a different hash for the issued letter.")
    finally:
        Path(tmp).unlink(missing_ok=True)


def read_stored(ctx: AppContext, sha256: str) -> bytes:
    """Bytes of a stored letter, re-hashed on the way out."""
    store = _store(ctx)
    with store.open(sha256) as fh:
        data: bytes = fh.read()
    if hashlib.sha256(data).hexdigest() != sha256:
        raise StorageError(f"The stored letter {sha256[:12]}… does not match its hash: the store is damaged.")
    return data


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
            s.flush()
            audit.append(
                s,
                actor=who,
                action="letter.augmented",
                entity_type="letter",
                entity_id=row.id,
                case_ref=case.reference,
                before=before,
                after={**_snapshot(row), "added": upgraded.added, "revocation": row.revocation},
            )
            done.append(_record(row, case.reference))
    return done


def list_letters(ctx: AppContext, reference: str) -> list[LetterRecord]:
    """The case's letter register, newest first."""
    with unit_of_work(ctx.engine, readonly=True) as s:
        case = _case(s, reference)
        rows = s.execute(select(Letter).where(Letter.case_id == case.id).order_by(Letter.id.desc())).scalars()
        return [_record(r, case.reference) for r in rows]


def get_letter(ctx: AppContext, letter_id: int) -> LetterRecord:
    with unit_of_work(ctx.engine, readonly=True) as s:
        row = s.get(Letter, letter_id)
        if row is None:
            raise NotFound(f"No letter with id {letter_id}.")
        case = s.get(Case, row.case_id)
        assert case is not None
        return _record(row, case.reference)


def approved_draft_pdf(ctx: AppContext, letter_id: int) -> bytes | None:
    """The approved letter as the approver signed it (the final letter with the
    reviewer's approval signature and the empty issuing field; stored, re-hashed on
    the way out), or None when the letter was approved without a signature (older
    approvals)."""
    with unit_of_work(ctx.engine, readonly=True) as s:
        row = s.get(Letter, letter_id)
        if row is None:
            raise NotFound(f"No letter with id {letter_id}.")
        sha = row.approved_sha256
    return read_stored(ctx, sha) if sha else None


def letter_pdf(ctx: AppContext, letter_id: int) -> bytes:
    """The PDF of a letter: the stored signed copy once issued, the approved letter
    (the reviewer's signature) once approved, else the draft re-rendered from its
    frozen content (byte-identical to what the reviewer read)."""
    with unit_of_work(ctx.engine, readonly=True) as s:
        row = s.get(Letter, letter_id)
        if row is None:
            raise NotFound(f"No letter with id {letter_id}.")
        sha, content_json = row.current_sha256 or row.issued_sha256, row.content_json
        if not sha and row.state == APPROVED:
            sha = row.approved_sha256 or ""
    if sha:
        return read_stored(ctx, sha)
    return _draft_render(rnd.LetterContent.from_json(content_json)).pdf


def export_letter(
    ctx: AppContext, reference: str, *, letter_id: int | None = None
) -> tuple[LetterRecord, bytes]:
    """The PDF of the case's latest letter (or ``letter_id``): the stored
    signed copy once issued, else the draft. Audited as letter.exported."""
    who = ctx.require_officer()  # every write (this one: the audit event) has an acting officer
    with unit_of_work(ctx.engine, readonly=True) as s:
        case = _case(s, reference)
        if letter_id is None:
            row = _latest(s, case)
        else:
            row = s.get(Letter, letter_id)
            if row is not None and row.case_id != case.id:
                row = None
        if row is None:
            raise NotFound(f"Case {case.reference} has no letter" + (f" {letter_id}." if letter_id else "."))
        rec = _record(row, case.reference)
    data = letter_pdf(ctx, rec.id)
    with unit_of_work(ctx.engine) as s:
        audit.append(
            s,
            actor=who,
            action="letter.exported",
            entity_type="letter",
            entity_id=rec.id,
            case_ref=rec.case_reference,
            after={"state": rec.state, "sha256": hashlib.sha256(data).hexdigest()},
        )
    return rec, data
