"""The letters register as the services hand it out: :class:`LetterRecord` (a row
of the letters table with its case reference), the draft and issue results, the
letter states, and the audit snapshot of a letter row."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import asdict, dataclass
from typing import Any

from db.models import (
    Letter,
)

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
