"""Move an open case to another version of its checklist.

Question ids are stable across versions: a version may add questions, never reuse an
id for another meaning (domain/checklist-spec.md). So an answer is carried when its
question is in the target version with the same kind and its value is still a valid
answer there (a choice still offered, a number still in range...). Every other answer
must be given again, and so must every question the target version newly asks. The
move, what was carried and what was dropped are audited; the outcome is recomputed
with the target version.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select

from app.domain.checklist import asked_ids, validate_answer
from app.domain.errors import BadInput, NotAllowed
from app.services import roles
from app.services.checklist.definitions import LOCKED_STATUSES, available_versions, load_definition
from app.services.checklist.saving import save_answers, store_outcome
from app.services.checklist.screening import is_licence_like, screen_case_licences
from app.services.checklist.state import ChecklistState, case_row, get_state
from app.services.context import AppContext
from db.changes import record_change
from db.models import ChecklistAnswer
from db.uow import unit_of_work


@dataclass
class MigrationResult:
    reference: str
    from_version: str
    to_version: str
    carried: list[str] = field(default_factory=list)
    # question id -> why it must be answered again
    to_answer: dict[str, str] = field(default_factory=dict)
    outcome: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {
            "reference": self.reference,
            "from": self.from_version,
            "to": self.to_version,
            "carried": self.carried,
            "to_answer_again": self.to_answer,
            "outcome": self.outcome,
        }


def migrate(ctx: AppContext, reference: str, to_version: str, *, actor: str | None = None) -> MigrationResult:
    who = (actor or ctx.require_officer()).strip() or ctx.require_officer()
    roles.require(ctx, "checklist.answer", actor=who)
    state = get_state(ctx, reference)
    if to_version not in available_versions(state.checklist_id, ctx=ctx):
        known = ", ".join(available_versions(state.checklist_id, ctx=ctx))
        raise BadInput.of(
            "checklist.no_such_version", checklist=state.checklist_id, version=repr(to_version), known=known
        )
    if to_version == state.version:
        raise BadInput.of(
            "checklist.already_version",
            reference=state.reference,
            checklist=state.checklist_id,
            version=to_version,
        )
    old = load_definition(state.checklist_id, state.version, ctx=ctx)
    new = load_definition(state.checklist_id, to_version, ctx=ctx)
    result = MigrationResult(state.reference, state.version, to_version)
    kept: dict[str, dict[str, Any]] = {}
    for qid, ans in state.answers.items():
        if not new.has(qid):
            result.to_answer[qid] = f"not in {to_version}"
            continue
        if old.has(qid) and old.item(qid).kind != new.item(qid).kind:
            result.to_answer[qid] = f"its kind changed ({old.item(qid).kind} -> {new.item(qid).kind})"
            continue
        try:
            validate_answer(new, qid, {"value": ans.value, "evidence": list(ans.evidence), "note": ans.note})
        except BadInput as err:
            result.to_answer[qid] = f"the answer is no longer valid ({err})"
            continue
        kept[qid] = {"value": ans.value}
        result.carried.append(qid)
    for qid in asked_ids(new, kept):
        if qid not in kept and qid not in result.to_answer and not old.has(qid):
            result.to_answer[qid] = f"a new question in {to_version}"
    with unit_of_work(ctx.engine) as s:
        case = case_row(s, state.reference)
        if case.status in LOCKED_STATUSES:
            raise NotAllowed.of(
                "checklist.locked_for_migration", reference=case.reference, status=case.status
            )
        from app.services.letters.locks import letters_lock_reason

        if (why := letters_lock_reason(s, case.id)) is not None:
            raise NotAllowed(why)
        dropped = []
        for row in s.execute(select(ChecklistAnswer).where(ChecklistAnswer.case_id == case.id)).scalars():
            if row.question_id not in kept:
                dropped.append(
                    {"question": row.question_id, "value": json.loads(row.value_json), "note": row.note}
                )
                s.delete(row)
        case.checklist_version = to_version
        record_change(
            s,
            actor=who,
            action="checklist.migrated",
            case=case,
            before={"checklist": case.checklist_id, "version": result.from_version},
            after={
                "checklist": case.checklist_id,
                "version": to_version,
                "carried": result.carried,
                "to_answer_again": result.to_answer,
                "dropped": dropped,
            },
        )
        store_outcome(s, case, new, who, dt.datetime.now(dt.UTC))
    result.outcome = get_state(ctx, state.reference).outcome
    return result


def answers_without_evidence(state: ChecklistState) -> list[str]:
    """The asked questions whose answer cites no evidence, in checklist order."""
    asked = set(state.asked)
    return [q for q, a in state.answers.items() if q in asked and a.value is not None and not a.evidence]


def accept_screening(
    ctx: AppContext, reference: str, only: list[str] | None = None, *, actor: str | None = None
) -> tuple[dict[str, Any], ChecklistState]:
    """Save the licence screener's suggested answers (all, or the question ids in
    ``only``), each citing the screened licence evidence and noting the screening;
    returns (the answers saved, the new state). The screener suggests, the officer
    accepts: nothing is saved without this call."""
    who = (actor or ctx.require_officer()).strip() or ctx.require_officer()
    doc = screen_case_licences(ctx, reference)
    if doc is None:
        raise BadInput.of("checklist.nothing_to_screen", reference=reference)
    suggested: dict[str, Any] = dict(doc.get("suggested") or {})
    if only:
        unknown = [q for q in only if q not in suggested]
        if unknown:
            offered = ", ".join(suggested) or "none"
            raise BadInput.of("checklist.no_suggestion_for", questions=", ".join(unknown), offered=offered)
        suggested = {q: suggested[q] for q in only}
    if not suggested:
        raise BadInput.of("checklist.no_suggestions")
    from app.services import evidence as ev

    cited = sorted({r.sha256 for r in ev.list_evidence(ctx, reference) if is_licence_like(r)})
    sources = sorted({str(c.get("source", "")) for c in doc.get("citations", []) if c.get("source")})
    note = "Accepted from the licence screening" + (f" ({', '.join(sources[:8])})" if sources else "")
    answers = {q: {"value": v, "evidence": cited, "note": note} for q, v in suggested.items()}
    state = get_state(ctx, reference)
    new_state = save_answers(
        ctx, reference, answers, checklist_id=state.checklist_id, version=state.version, actor=who
    )
    return answers, new_state
