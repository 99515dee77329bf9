"""What a letter says and what must hold before it is drafted, approved or signed:
the content snapshot built from the case (:func:`build_content`), the draft and final
renders, the evidence re-check, the signer's certificate check, and the case-status
rules of issuing (review → decided)."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.errors import BadInput, CheckFailed, NotAllowed, NotFound
from app.services import roles
from app.services.context import AppContext
from app.services.letters import certcheck
from app.services.letters import render as rnd
from app.services.letters.records import (
    ISSUABLE_STATUSES,
    _utc,
)
from db.changes import record_change
from db.models import (
    Case,
    ChecklistAnswer,
    EvidenceItem,
    Letter,
    Officer,
    Provider,
    Subject,
)
from db.uow import unit_of_work


def _case(s: Session, reference: str) -> Case:
    case = s.execute(select(Case).where(Case.reference == reference.strip())).scalar_one_or_none()
    if case is None:
        raise NotFound(f"No case with reference '{reference}'.")
    return case


def _latest(s: Session, case: Case, states: tuple[str, ...] | None = None) -> Letter | None:
    q = select(Letter).where(Letter.case_id == case.id)
    if states:
        q = q.where(Letter.state.in_(states))
    return s.execute(q.order_by(Letter.id.desc()).limit(1)).scalar_one_or_none()


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


def case_unchanged(ctx: AppContext, reference: str, frozen: rnd.LetterContent) -> bool:
    """True when the case still says what the frozen letter says: the content built from the
    case now (in the letter's language, legal nature and registry reference) is the same,
    dates aside."""
    current = build_content(
        ctx,
        reference,
        language=frozen.language,
        legal_nature=frozen.legal_nature,
        registry_reference=frozen.registry_reference,
    )
    return _same_case_facts(frozen, current)


def _draft_render(content: rnd.LetterContent) -> rnd.RenderedLetter:
    return rnd.render_letter(content, draft=True, date=dt.date.fromisoformat(content.drafted_on))


def _final_render(content: rnd.LetterContent, date: dt.date) -> rnd.RenderedLetter:
    return rnd.render_letter(content, draft=False, date=date)


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

    return verify.load_trust_roots(verify.anchor_paths(ctx.settings.extra.get("trust_anchor")))


def check_signer_of(ctx: AppContext, signer: Any) -> certcheck.CertCheck:
    """Validity, key usage and revocation (OCSP/CRL when reachable) of the signer's
    certificate, with pyhanko-certvalidator; refuses (BadInput) what must not sign."""
    cert, others = certcheck.signer_certificates(signer)
    return certcheck.check_signer(cert, others, trust_anchor_certs(ctx))


def _function_default(ctx: AppContext) -> str:
    unit = ctx.settings.officer_unit.strip()
    return unit or "AI Office"


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
    record_change(
        s,
        actor=issuer,
        action="case.transition",
        case=case,
        before={"status": before},
        after={"status": case.status, "reason": f"letter {letter_id} issued"},
    )
