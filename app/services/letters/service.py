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

The work is split by responsibility (issue 17); every name stays importable from here:
``records`` (register records, states), ``content`` (what a letter says, renders, the
checks before signing, case-status rules), ``store`` (the evidence store), ``approve``
(approving is signing), ``issue`` (issuing and augmenting); this module drafts, lists
and exports.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json

from sqlalchemy import select

from app.domain.errors import BadInput, NotFound
from app.services import roles
from app.services.context import AppContext
from app.services.letters import LANGUAGES, LEGAL_NATURES
from app.services.letters import render as rnd
from app.services.letters.approve import (  # noqa: F401 - the public names, kept importable from here
    NO_KEY,
    ApprovalPreview,
    _approver_function,
    approval_date,
    approval_preview,
    approve_letter,
)
from app.services.letters.content import (  # noqa: F401 - the public names, kept importable from here
    _TO_REVIEW,
    _case,
    _check_content,
    _decide,
    _draft_render,
    _drafter,
    _final_render,
    _function_default,
    _latest,
    _outcome,
    _require_head,
    _require_issuable,
    _same_case_facts,
    build_content,
    check_signer_of,
    require_sound_evidence,
    trust_anchor_certs,
)
from app.services.letters.foureyes import check_register  # noqa: F401 - re-exported for the CLI
from app.services.letters.issue import (  # noqa: F401 - the public names, kept importable from here
    augment_letter,
    issue_letter,
)
from app.services.letters.locks import letters_lock_reason  # noqa: F401 - re-exported for checklist
from app.services.letters.records import (  # noqa: F401 - the public names, kept importable from here
    ADOPTION_NOTE,
    APPROVED,
    COMMISSION_DECISION,
    DRAFT,
    ISSUABLE_STATUSES,
    ISSUED,
    SUPERSEDED,
    DraftResult,
    IssueResult,
    LetterRecord,
    _outcome_label,
    _record,
    _snapshot,
    _utc,
)
from app.services.letters.store import (  # noqa: F401 - the public names, kept importable from here
    _put_blob,
    _store,
    read_stored,
)
from db.changes import record_change
from db.models import (
    Case,
    Letter,
)
from db.uow import unit_of_work

__all__ = [
    "ADOPTION_NOTE",
    "APPROVED",
    "ApprovalPreview",
    "COMMISSION_DECISION",
    "DRAFT",
    "DraftResult",
    "ISSUABLE_STATUSES",
    "ISSUED",
    "IssueResult",
    "LetterRecord",
    "NO_KEY",
    "SUPERSEDED",
    "_TO_REVIEW",
    "_approver_function",
    "_case",
    "_check_content",
    "_decide",
    "_draft_render",
    "_drafter",
    "_final_render",
    "_function_default",
    "_latest",
    "_outcome",
    "_outcome_label",
    "_put_blob",
    "_record",
    "_require_head",
    "_require_issuable",
    "_same_case_facts",
    "_snapshot",
    "_store",
    "_utc",
    "approval_date",
    "approval_preview",
    "approve_letter",
    "approved_draft_pdf",
    "augment_letter",
    "build_content",
    "check_register",
    "check_signer_of",
    "draft_letter",
    "export_letter",
    "get_letter",
    "issue_letter",
    "letter_pdf",
    "letters_lock_reason",
    "list_letters",
    "read_stored",
    "require_sound_evidence",
    "trust_anchor_certs",
]


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
            record_change(
                s,
                actor=drafter,
                action="letter.superseded",
                case=case,
                entity=("letter", old.id),
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
        s.flush()  # the letter's id
        record_change(
            s,
            actor=drafter,
            action="letter.drafted",
            case=case,
            entity=("letter", row.id),
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
        record_change(
            s,
            actor=who,
            action="letter.exported",
            entity=("letter", rec.id),
            case_ref=rec.case_reference,
            after={"state": rec.state, "sha256": hashlib.sha256(data).hexdigest()},
        )
    return rec, data
