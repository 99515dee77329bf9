"""What a case's checklist holds: saved answers, the evidence they may cite, the outcome."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain import decision
from app.domain.checklist import (
    ChecklistDefinition,
    asked_ids,
)
from app.domain.errors import BadInput
from app.services.case_rows import case_row as case_row  # re-exported: it lived here
from app.services.checklist.definitions import load_definition
from app.services.context import AppContext
from db.models import ChecklistAnswer, EvidenceItem, Subject
from db.uow import unit_of_work

# --- state --------------------------------------------------------------------------------


@dataclass(frozen=True)
class SavedAnswer:
    question_id: str
    value: Any
    evidence: tuple[str, ...]
    note: str
    answered_by: str
    answered_at: dt.datetime
    version: int = 1  # optimistic locking: pass it back as expected_versions[question_id]

    def to_dict(self) -> dict[str, Any]:
        return {
            "value": self.value,
            "evidence": list(self.evidence),
            "note": self.note,
            "answered_by": self.answered_by,
            "answered_at": self.answered_at.isoformat(),
            "version": self.version,
        }


@dataclass(frozen=True)
class EvidenceRef:
    sha256: str
    name: str
    description: str


@dataclass(frozen=True)
class ChecklistState:
    reference: str
    status: str
    subject_kind: str
    checklist_id: str
    version: str
    answers: dict[str, SavedAnswer]
    outcome: dict[str, Any]
    stored_outcome: dict[str, Any] | None
    asked: list[str]
    evidence: list[EvidenceRef] = field(default_factory=list)
    # facts recorded on the case subject (model inspection): name, version, parameters, architecture, licence
    subject: dict[str, Any] = field(default_factory=dict)
    changed: tuple[str, ...] = ()  # set by save_answers: the question ids whose answer changed

    def versions(self) -> dict[str, int]:
        """{question id: version} of the saved answers (for ``expected_versions``)."""
        return {k: a.version for k, a in self.answers.items()}

    def plain_answers(self) -> dict[str, dict[str, Any]]:
        return {
            k: {"value": a.value, "evidence": list(a.evidence), "note": a.note}
            for k, a in self.answers.items()
        }


def _aware(t: dt.datetime) -> dt.datetime:
    return t if t.tzinfo else t.replace(tzinfo=dt.UTC)


def saved_answers(s: Session, case_id: int) -> dict[str, SavedAnswer]:
    rows = s.execute(select(ChecklistAnswer).where(ChecklistAnswer.case_id == case_id)).scalars()
    out = {}
    for r in rows:
        out[r.question_id] = SavedAnswer(
            question_id=r.question_id,
            value=json.loads(r.value_json),
            evidence=tuple(json.loads(r.evidence_json or "[]")),
            note=r.note,
            answered_by=r.answered_by,
            answered_at=_aware(r.answered_at),
            version=int(r.version or 1),
        )
    return out


def _evidence(s: Session, case_id: int) -> list[EvidenceRef]:
    rows = s.execute(
        select(
            EvidenceItem.sha256, EvidenceItem.display_name, EvidenceItem.folder_path, EvidenceItem.description
        )
        .where(EvidenceItem.case_id == case_id)
        .order_by(EvidenceItem.id)
    ).all()
    seen: dict[str, EvidenceRef] = {}
    for sha, name, folder, desc in rows:
        if sha not in seen:
            shown = f"{folder}/{name}" if folder and not folder.endswith(name) else (folder or name)
            seen[sha] = EvidenceRef(sha256=sha, name=shown or name, description=desc or "")
    return list(seen.values())


def get_state(ctx: AppContext, reference: str) -> ChecklistState:
    """The case's answers, its checklist version and the outcome computed with that version."""
    with unit_of_work(ctx.engine, readonly=True) as s:
        case = case_row(s, reference)
        answers = saved_answers(s, case.id)
        evidence = _evidence(s, case.id)
        ref, status, cid, ver, stored = (
            case.reference,
            case.status,
            case.checklist_id,
            case.checklist_version,
            case.outcome_json,
        )
        subj = s.get(Subject, case.subject_id)
        kind = subj.kind if subj else "model"
        subject = (
            {
                "name": subj.name,
                "version": subj.version,
                "parameters": subj.parameters,
                "architecture": subj.architecture,
                "licence": subj.licence,
            }
            if subj
            else {}
        )
    defn = load_definition(cid, ver, ctx=ctx)
    plain = {k: {"value": a.value} for k, a in answers.items()}
    return ChecklistState(
        reference=ref,
        status=status,
        subject_kind=kind,
        checklist_id=cid,
        version=ver,
        answers=answers,
        outcome=decision.decide(defn, plain),
        stored_outcome=json.loads(stored) if stored else None,
        asked=asked_ids(defn, plain),
        evidence=evidence,
        subject=subject,
    )


def definition_for_case(ctx: AppContext, reference: str) -> ChecklistDefinition:
    st = get_state(ctx, reference)
    return load_definition(st.checklist_id, st.version, ctx=ctx)


def parse_answers_document(doc: Any) -> tuple[str, str, dict[str, Any]]:
    """``{"checklist": ID, "version": V, "answers": {...}}`` → (id, version, answers)."""
    if not isinstance(doc, Mapping):
        raise BadInput.of("answers.not_object", shape='{"checklist": ..., "version": ..., "answers": {...}}')
    extra = set(doc) - {"checklist", "version", "answers"}
    if extra:
        raise BadInput.of("answers.unknown_field", field=repr(sorted(extra)[0]))
    cid, ver, answers = doc.get("checklist"), doc.get("version"), doc.get("answers")
    if not isinstance(cid, str) or not isinstance(ver, str):
        raise BadInput.of("answers.no_id")
    if not isinstance(answers, Mapping):
        raise BadInput.of("answers.no_answers", shape='{QUESTION_ID: {"value": ...}}')
    return cid, ver, dict(answers)
