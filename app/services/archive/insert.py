"""Inserting an imported case's rows in one transaction."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from sqlalchemy import select

from app.domain.errors import BadInput, NotAllowed
from app.domain.references import format_reference, parse_reference
from app.services.archive.common import _canonical, _parse_date, _parse_dt
from app.services.archive.plan import _Plan, _s
from app.services.archive.types import UNVERIFIED_ORIGIN, ImportResult
from app.services.context import AppContext
from db.changes import record_change
from db.models import (
    Case,
    CaseAssignment,
    CaseLink,
    ChecklistAnswer,
    EvidenceBlob,
    EvidenceItem,
    Letter,
    Subject,
)
from db.repositories import CaseRepository, OfficerRepository
from db.uow import unit_of_work


def _insert(
    ctx: AppContext, plan: _Plan, archive: Path, who: str, as_new: bool, original_ref: str
) -> ImportResult:
    doc = plan.doc
    c, prov, subj = doc["case"], doc["provider"], doc["subject"]
    now = dt.datetime.now(dt.UTC)
    with unit_of_work(ctx.engine) as s:
        repo = CaseRepository(s)
        officers = OfficerRepository(s)
        if repo.row_by_ref(original_ref) is not None:
            if not as_new:
                raise NotAllowed.of("archive.case_exists", reference=original_ref)
            reference = format_reference(now.year, repo.next_sequence(now.year))
            while repo.row_by_ref(reference) is not None:
                reference = format_reference(now.year, repo.next_sequence(now.year))
        else:
            reference = original_ref
            _reserve_reference(s, reference)
        provider = repo.provider_get_or_create(_s(prov, "name") or "Unknown provider")
        if provider.representative == "" and provider.address == "" and provider.country == "":
            provider.representative = _s(prov, "representative")
            provider.address = _s(prov, "address")
            provider.country = _s(prov, "country")
        params = subj.get("parameters")
        subject = Subject(
            provider_id=provider.id,
            name=_s(subj, "name") or "Unknown subject",
            version=_s(subj, "version"),
            kind=_s(subj, "kind", "model") if subj.get("kind") in ("model", "system", "both") else "model",
            parameters=params
            if isinstance(params, int) and not isinstance(params, bool) and 0 <= params < 1 << 62
            else None,
            architecture=_s(subj, "architecture"),
            licence=_s(subj, "licence"),
        )
        s.add(subject)
        s.flush()
        assigned = None
        if isinstance(doc.get("assigned_officer"), dict) and doc["assigned_officer"].get("name"):
            ao = doc["assigned_officer"]
            assigned = officers.get_or_create(_s(ao, "name"))
        checklist = doc["checklist"]
        origin = {
            "archive": archive.name,
            "archive_sha256": plan.archive_sha256,
            "reference": original_ref,
            "exported_at": plan.info.get("Bagging-Time") or plan.info.get("Bagging-Date"),
            "exported_by": plan.info.get("Exported-By", ""),
            "source_organization": plan.info.get("Source-Organization", ""),
            "imported_at": now.isoformat(),
            "imported_by": who,
            "audit_segment_sha256": plan.audit_sha256,
            "audit_segment_events": plan.audit_events,
            "previous": (plan.provenance or {}).get("transfers", []),
            "signed_by": plan.origin.signer_cn if plan.origin and plan.origin.trusted else "",
            "signer_dn": plan.origin.signer_dn if plan.origin else "",
            "origin": plan.origin.text if plan.origin else UNVERIFIED_ORIGIN,
        }
        case = Case(
            reference=reference,
            title=_s(c, "title"),
            status=_s(c, "status", "draft") or "draft",
            provider_id=provider.id,
            subject_id=subject.id,
            assigned_officer_id=assigned.id if assigned else None,
            notes=_s(c, "notes"),
            due_date=_parse_date(c.get("due_date"), "case.due_date"),
            clock_stopped_at=_parse_dt(c.get("clock_stopped_at"), "case.clock_stopped_at"),
            checklist_id=_s(checklist, "id", "ai-act-oss"),
            checklist_version=_s(checklist, "version"),
            outcome_json=_canonical(c["outcome"]) if c.get("outcome") is not None else "",
            outcome_label=_s(c, "outcome_label"),
            decided_at=_parse_dt(c.get("decided_at"), "case.decided_at"),
            origin=json.dumps(origin, ensure_ascii=False, sort_keys=True),
            created_at=_parse_dt(c.get("created_at"), "case.created_at") or now,
            updated_at=_parse_dt(c.get("updated_at"), "case.updated_at") or now,
        )
        s.add(case)
        s.flush()
        for a in doc["assignments"]:
            if not isinstance(a, dict):
                raise BadInput.of("archive.assignment_malformed")
            off = officers.get_or_create(_s(a, "officer")) if a.get("officer") else None
            s.add(
                CaseAssignment(
                    case_id=case.id,
                    officer_id=off.id if off else None,
                    assigned_by=_s(a, "by"),
                    reason=_s(a, "reason"),
                    assigned_at=_parse_dt(a.get("at"), "assignment time") or now,
                )
            )
        for a in checklist["answers"]:
            if not isinstance(a, dict) or not isinstance(a.get("question_id"), str):
                raise BadInput.of("archive.answer_malformed")
            s.add(
                ChecklistAnswer(
                    case_id=case.id,
                    question_id=a["question_id"],
                    value_json=_canonical(a.get("value")),
                    evidence_json=_canonical(a.get("evidence") or []),
                    note=_s(a, "note"),
                    answered_by=_s(a, "answered_by"),
                    answered_at=_parse_dt(a.get("answered_at"), "answer time") or now,
                )
            )
        new_blobs = 0
        sizes = plan.sizes

        def ensure_blob(sha: str, size: int, stored: bool) -> None:
            nonlocal new_blobs
            row = s.get(EvidenceBlob, sha)
            if row is None:
                s.add(EvidenceBlob(sha256=sha, size=size, stored=stored))
                s.flush()
                new_blobs += 1
            elif stored and not row.stored:
                row.stored = True

        ensure_blob(plan.audit_sha256, sizes[plan.audit_sha256], True)
        items = 0
        for ev in doc["evidence"]:
            sha = str(ev["sha256"])
            stored = sha in plan.blobs and ev.get("path") is not None
            ensure_blob(sha, int(ev["size"]), stored)
            row = EvidenceItem(
                case_id=case.id,
                sha256=sha,
                original_name=_s(ev, "original_name"),
                display_name=_s(ev, "display_name") or _s(ev, "original_name"),
                folder_path=_s(ev, "folder_path"),
                size=int(ev["size"]),
                media_type=_s(ev, "media_type", "application/octet-stream"),
                source_url=_s(ev, "source_url"),
                retrieved_at=_parse_dt(ev.get("retrieved_at"), "evidence retrieved_at"),
                description=_s(ev, "description"),
                reference_only=bool(ev.get("reference_only")),
                reference_path=_s(ev, "reference_path"),
                added_by=_s(ev, "added_by"),
                added_at=_parse_dt(ev.get("added_at"), "evidence added_at") or now,
            )
            s.add(row)
            s.flush()
            if stored:
                staged = plan.blobs[sha].staged
                if staged is not None:
                    _index_text(s, case.id, row, staged)
            items += 1
        for lt in doc["letters"]:
            issued = lt.get("issued_sha256") or None
            if issued:
                ensure_blob(str(issued), sizes.get(str(issued), 0), str(issued) in plan.blobs)
            current = lt.get("current_sha256") or None
            if current:
                ensure_blob(str(current), sizes.get(str(current), 0), str(current) in plan.blobs)
            for kind in ("draft", "approved"):
                if lt.get(f"{kind}_file") and lt.get(f"{kind}_sha256") in plan.blobs:
                    ensure_blob(str(lt[f"{kind}_sha256"]), sizes[str(lt[f"{kind}_sha256"])], True)
            letter_row = Letter(
                case_id=case.id,
                state=_s(lt, "state", "draft"),
                language=_s(lt, "language", "en"),
                legal_nature=_s(lt, "legal_nature", "letter_to_provider"),
                registry_reference=_s(lt, "registry_reference"),
                template_id=_s(lt, "template_id"),
                template_version=_s(lt, "template_version"),
                checklist_id=_s(lt, "checklist_id"),
                checklist_version=_s(lt, "checklist_version"),
                draft_sha256=_s(lt, "draft_sha256"),
                outcome_json=_canonical(lt["outcome"]) if lt.get("outcome") is not None else "",
                drafted_by=_s(lt, "drafted_by"),
                drafted_at=_parse_dt(lt.get("drafted_at"), "letter drafted_at") or now,
                approved_by=_s(lt, "approved_by"),
                approved_at=_parse_dt(lt.get("approved_at"), "letter approved_at"),
                issued_by=_s(lt, "issued_by"),
                issued_at=_parse_dt(lt.get("issued_at"), "letter issued_at"),
                issued_sha256=str(issued) if issued else None,
                signature_level=_s(lt, "signature_level"),
                content_json=_s(lt, "content_json"),
                unsigned_sha256=_s(lt, "unsigned_sha256"),
                signer=_s(lt, "signer"),
                signer_function=_s(lt, "signer_function"),
                current_sha256=str(current) if current else None,
            )
            head = lt.get("audit_head")
            if (
                isinstance(head, dict)
                and isinstance(head.get("count"), int)
                and not isinstance(head["count"], bool)
            ):
                if 0 <= head["count"] < 1 << 62:  # the source trail's head when it was issued
                    letter_row.audit_head_count = head["count"]
                    letter_row.audit_head_hash = str(head.get("hash") or "")[:64]
            if hasattr(Letter, "approved_sha256"):  # the approved draft (letters register, issue 14)
                setattr(letter_row, "approved_sha256", _s(lt, "approved_sha256"))  # noqa: B010
            s.add(letter_row)
        s.flush()
        linked, not_linked = _recreate_links(s, doc, case, who, now)
        record_change(  # reindexes the case, then the event
            s,
            actor=who,
            action="case.imported",
            case=case,
            entity=("case", reference),
            case_ref=reference,
            reindex=True,
            before={"reference": original_ref} if reference != original_ref else None,
            after={
                "reference": reference,
                "original_reference": original_ref,
                "archive": archive.name,
                "archive_sha256": plan.archive_sha256,
                "audit_segment_sha256": plan.audit_sha256,
                "audit_segment_events": plan.audit_events,
                "evidence_items": items,
                "evidence_sha256": sorted({str(ev["sha256"]) for ev in doc["evidence"]}),
            },
        )
    return ImportResult(
        reference,
        original_ref,
        items,
        new_blobs,
        len(doc["letters"]),
        plan.audit_events,
        plan.archive_sha256,
        signed=plan.signer is not None,
        trusted=bool(plan.origin and plan.origin.trusted),
        origin=plan.origin.text if plan.origin else UNVERIFIED_ORIGIN,
        links=tuple(linked),
        links_not_recreated=tuple(not_linked),
    )


def _recreate_links(
    s: Any, doc: dict[str, Any], case: Case, who: str, now: dt.datetime
) -> tuple[list[str], list[str]]:
    """The archived case's links (case.json ``links``, checked against its audit events),
    made again where the other case is in this database (by reference), each audited on
    both cases as ``case.linked``. A link whose other case is not here is recorded as
    ``case.unlinked`` on the imported case with the reason, so that the case's history
    keeps agreeing with what it holds. Returns (links made, links not made), in words."""
    from app.services.links import LINK_TYPES

    made: list[str] = []
    missing: list[str] = []
    for lk in doc.get("links") or []:
        t, other_ref, direction = _s(lk, "type"), _s(lk, "case"), _s(lk, "direction")
        if t not in LINK_TYPES:
            continue
        label = LINK_TYPES[t][0]
        other = s.execute(select(Case).where(Case.reference == other_ref)).scalar_one_or_none()
        a_ref, b_ref = (case.reference, other_ref) if direction == "outgoing" else (other_ref, case.reference)
        words = f"{a_ref} {label} {b_ref}"
        if other is None or other.id == case.id:
            missing.append(f"{words} (case {other_ref} is not in this database)")
            record_change(
                s,
                actor=who,
                action="case.unlinked",
                entity=("case_link", ""),
                case_ref=case.reference,
                before={
                    "type": t,
                    "case": a_ref,
                    "other": b_ref,
                    "reason": f"not recreated on import: case {other_ref} is not in this database",
                },
            )
            continue
        a, b = (case, other) if direction == "outgoing" else (other, case)
        link = CaseLink(
            case_id=a.id,
            other_case_id=b.id,
            link_type=t,
            note=_s(lk, "note"),
            basis=_s(lk, "basis"),
            created_by=_s(lk, "created_by") or who,
            created_at=_parse_dt(lk.get("created_at"), "link created_at") or now,
        )
        s.add(link)
        s.flush()
        after = {"type": t, "case": a.reference, "other": b.reference, "note": link.note, "basis": link.basis}
        for ref in (case.reference, other.reference):
            record_change(
                s,
                actor=who,
                action="case.linked",
                entity=("case_link", str(link.id)),
                case_ref=ref,
                after=after,
            )
        made.append(words)
    return made, missing


def _index_text(s: Any, case_id: int, row: EvidenceItem, staged: Path) -> None:
    """Make imported text evidence searchable, as the evidence service does on intake."""
    from app.services import evidence
    from db import search
    from db.models import EvidenceText

    if not evidence.is_text_type(row.media_type) or row.size > evidence.TEXT_INDEX_LIMIT:
        return
    try:
        data = staged.read_bytes()  # staged copies stay until the import ends
    except OSError:
        return
    text = evidence.searchable_text(data, row.media_type)
    if text:
        s.add(EvidenceText(evidence_id=row.id, case_id=case_id, text=text))
        search.index(s, case_id, f"evidence:{row.id}", f"{row.display_name}\n{text}")


def _reserve_reference(s: Any, reference: str) -> None:
    """Keep the year's sequence past an imported reference, so it is never handed out again."""
    from db.models import CaseSequence

    parsed = parse_reference(reference)
    if parsed is None:
        return
    year, seq = parsed
    row = s.execute(
        select(CaseSequence).where(CaseSequence.year == year).with_for_update()
    ).scalar_one_or_none()
    if row is None:
        s.add(CaseSequence(year=year, last_seq=seq))
    elif row.last_seq < seq:
        row.last_seq = seq
    s.flush()
