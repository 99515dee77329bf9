"""Saving answers: merged into the saved ones under optimistic locking, each change audited,
the outcome decided again and stored on the case (see the package docstring)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from app.domain import decision
from app.domain.checklist import (
    Answer,
    ChecklistDefinition,
    validate_answer,
)
from app.domain.errors import BadInput, NotAllowed
from app.services import roles
from app.services.case_rows import change_outcome
from app.services.checklist.definitions import LOCKED_STATUSES, load_definition
from app.services.checklist.screening import check_licence_id
from app.services.checklist.state import ChecklistState, SavedAnswer, case_row, get_state, saved_answers
from app.services.context import AppContext
from db.changes import record_change
from db.conflicts import changed_conflict
from db.models import Case, ChecklistAnswer, EvidenceItem
from db.uow import unit_of_work


def save_answers(
    ctx: AppContext,
    reference: str,
    answers: Mapping[str, Any],
    *,
    checklist_id: str,
    version: str,
    actor: str | None = None,
    expected_versions: Mapping[str, int] | None = None,
) -> ChecklistState:
    """Validate every answer, then merge them into the case in one transaction.
    Any bad answer raises BadInput and nothing is changed.

    ``expected_versions`` ({question id: version the officer's screen showed}, 0 for
    "no answer yet"): when one of those answers was saved by someone else meanwhile,
    :class:`db.conflicts.EditConflict` (a Conflict) names who and when; nothing is saved."""
    who = actor or ctx.require_officer()
    roles.require(ctx, "checklist.answer", actor=who)  # team mode: auditors are read-only
    defn = load_definition(checklist_id, version, ctx=ctx)
    validated: dict[str, Answer] = {}
    for qid, raw in answers.items():
        validated[str(qid)] = validate_answer(defn, str(qid), raw)
        if defn.item(str(qid)).kind == "licence":
            check_licence_id(str(qid), validated[str(qid)].value)
    expected = _expected(expected_versions)
    try:
        changed, ref = _merge(ctx, reference, defn, validated, who, expected)
    except (StaleDataError, IntegrityError):
        # Two first answers to one question at the same instant (the unique constraint).
        with unit_of_work(ctx.engine, readonly=True) as s:
            case = case_row(s, reference)
            raise changed_conflict(s, f"The checklist of case {case.reference}", case.reference) from None
    return dataclasses.replace(get_state(ctx, ref), changed=tuple(changed))


def _expected(expected_versions: Mapping[str, int] | None) -> dict[str, int] | None:
    if expected_versions is None:
        return None
    out: dict[str, int] = {}
    for qid, v in expected_versions.items():
        if isinstance(v, bool) or not isinstance(v, int) or v < 0:
            raise BadInput.of("checklist.bad_expected_version", question=qid)
        out[str(qid)] = v
    return out


def _check_versions(
    s: Session, case: Case, saved: Mapping[str, SavedAnswer], expected: Mapping[str, int]
) -> None:
    """Raise EditConflict when an answer the screen showed was saved by someone else since."""
    stale = [q for q, v in expected.items() if (saved[q].version if q in saved else 0) != v]
    if not stale:
        return
    qid = stale[0]
    have, had = (saved[qid].version if qid in saved else 0), expected[qid]
    if had == 0:
        detail = " (you saw it unanswered)"
    elif have == 0:
        detail = " (it has no saved answer now)"
    else:
        detail = f" (version {have}, you had {had})"
    others = f" and {len(stale) - 1} more answer(s)" if len(stale) > 1 else ""
    err = changed_conflict(
        s,
        f"The answer to {qid}{others} in case {case.reference}",
        case.reference,
        detail,
        entity_id=f"{case.reference}:{qid}",
    )
    err.questions = tuple(stale)
    raise err


def _merge(
    ctx: AppContext,
    reference: str,
    defn: ChecklistDefinition,
    validated: dict[str, Answer],
    who: str,
    expected: Mapping[str, int] | None = None,
) -> tuple[list[str], str]:
    """The write transaction of :func:`save_answers`: (changed question ids, case reference)."""
    with unit_of_work(ctx.engine) as s:
        case = case_row(s, reference)
        if case.status in LOCKED_STATUSES:
            raise NotAllowed.of("checklist.locked_for_answers", reference=case.reference, status=case.status)
        # Letters area: an approved or issued letter freezes the answers it rests on.
        from app.services.letters.locks import letters_lock_reason

        if (why := letters_lock_reason(s, case.id)) is not None:
            raise NotAllowed(why)
        saved = saved_answers(s, case.id)
        if expected:
            _check_versions(s, case, saved, expected)
        if (case.checklist_id, case.checklist_version) != (defn.id, defn.version):
            if saved:
                raise BadInput.of(
                    "checklist.other_checklist",
                    reference=case.reference,
                    checklist=case.checklist_id,
                    version=case.checklist_version,
                    other=defn.id,
                    other_version=defn.version,
                )
            before_v = {"checklist": case.checklist_id, "version": case.checklist_version}
            case.checklist_id, case.checklist_version = defn.id, defn.version
            record_change(
                s,
                actor=who,
                action="checklist.version_set",
                case=case,
                before=before_v,
                after={"checklist": defn.id, "version": defn.version},
            )
        cited = {h for a in validated.values() for h in a.evidence}
        if cited:
            have = set(
                s.execute(
                    select(EvidenceItem.sha256).where(
                        EvidenceItem.case_id == case.id, EvidenceItem.sha256.in_(sorted(cited))
                    )
                ).scalars()
            )
            unknown = sorted(cited - have)
            if unknown:
                qid = next(q for q, a in validated.items() if unknown[0] in a.evidence)
                raise BadInput.of(
                    "checklist.foreign_evidence", question=qid, sha=unknown[0][:12], reference=case.reference
                )
        now = dt.datetime.now(dt.UTC)
        rows = {
            r.question_id: r
            for r in s.execute(select(ChecklistAnswer).where(ChecklistAnswer.case_id == case.id)).scalars()
        }
        changed: list[str] = []
        for qid in defn.ids:  # definition order: a stable audit order
            if qid not in validated:
                continue
            new = validated[qid]
            old = saved.get(qid)
            before: dict[str, Any] | None = (
                {"value": old.value, "evidence": list(old.evidence), "note": old.note} if old else None
            )
            after = new.to_dict()
            if before == after:
                continue
            row = rows.get(qid)
            if row is None:
                row = ChecklistAnswer(case_id=case.id, question_id=qid)
                s.add(row)
            row.value_json = json.dumps(new.value, ensure_ascii=False, sort_keys=True)
            row.evidence_json = json.dumps(list(new.evidence))
            row.note = new.note
            row.answered_by = who
            row.answered_at = now
            record_change(
                s,
                actor=who,
                action="checklist.answered",
                case=case,
                entity=("checklist_answer", f"{case.reference}:{qid}"),
                before=before,
                after=after,
            )
            changed.append(qid)
        if changed or not case.outcome_json:
            s.flush()
            store_outcome(s, case, defn, who, now)
        return changed, case.reference


def store_outcome(s: Session, case: Case, defn: ChecklistDefinition, who: str, now: dt.datetime) -> None:
    plain = {k: {"value": a.value} for k, a in saved_answers(s, case.id).items()}
    doc = decision.decide(defn, plain)
    label = decision.outcome_label(doc)
    new_json = json.dumps(doc, ensure_ascii=False, sort_keys=True)
    if new_json == case.outcome_json:
        return
    case.outcome_json = new_json
    case.updated_at = now
    if case.outcome_label != label:
        change_outcome(s, case, label, actor=who, action="checklist.outcome")


def save_answer(
    ctx: AppContext,
    reference: str,
    question_id: str,
    answer: Mapping[str, Any],
    *,
    checklist_id: str,
    version: str,
    actor: str | None = None,
    expected_version: int | None = None,
) -> ChecklistState:
    """One answer (the wizard saves page by page); ``expected_version`` as in
    :func:`save_answers` (0 = the screen showed no answer)."""
    return save_answers(
        ctx,
        reference,
        {question_id: answer},
        checklist_id=checklist_id,
        version=version,
        actor=actor,
        expected_versions=None if expected_version is None else {question_id: expected_version},
    )


def outcome(ctx: AppContext, reference: str) -> dict[str, Any]:
    """The outcome document of the case, decided with the case's own checklist version."""
    return get_state(ctx, reference).outcome
