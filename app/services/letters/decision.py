"""What a decision rests on: the guard of review → decided.

A case reaches *decided* only

* by issuing its determination letter (``service.issue_letter`` records the
  decision in the issuing transaction), or by moving it to *decided* while its
  latest letter is issued and still says what the case says (a case reopened and
  sent back to review without any change); or
* without a letter, with an explicit reason, recorded with the assessed outcome
  in the audit trail.

Both need the case's assessed checklist outcome. ``cases.transition`` calls
:func:`decision_basis` for every move to *decided*, so the command line and the
GUI are held to the same rule (:func:`app.domain.lifecycle.check_decision`).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from app.domain import lifecycle
from app.domain.errors import NotAllowed
from app.services.context import AppContext
from db.models import Case, Letter
from db.uow import unit_of_work


def outcome_label(outcome: dict[str, Any]) -> str:
    """'exempt / not_exempt' from an outcome document; '' when nothing is assessed."""
    labels = [str(t.get("outcome", "")) for t in (outcome.get("track_m"), outcome.get("track_s")) if t]
    return " / ".join(label for label in labels if label)


def _latest_issued_content(ctx: AppContext, reference: str) -> tuple[int, str] | None:
    with unit_of_work(ctx.engine, readonly=True) as s:
        case = s.execute(select(Case).where(Case.reference == reference)).scalar_one_or_none()
        if case is None:
            return None
        row = s.execute(
            select(Letter).where(Letter.case_id == case.id).order_by(Letter.id.desc()).limit(1)
        ).scalar_one_or_none()
        if row is None or row.state != "issued":
            return None
        return row.id, row.content_json


def decision_basis(ctx: AppContext, reference: str, reason: str = "") -> dict[str, Any]:
    """Refuse (NotAllowed) a decision without an outcome, or without an issued
    letter and without a reason; else the facts to record with the move."""
    from app.services import checklist
    from app.services.letters import content
    from app.services.letters import render as rnd

    outcome = checklist.outcome(ctx, reference)
    label = outcome_label(outcome)
    issued = _latest_issued_content(ctx, reference)
    letter_ok = False
    if issued is not None:
        frozen = rnd.LetterContent.from_json(issued[1])
        letter_ok = content.case_unchanged(ctx, reference, frozen)
    try:
        basis = lifecycle.check_decision(
            reference=reference, has_outcome=bool(label), letter_issued=letter_ok, reason=reason
        )
    except ValueError as err:
        raise NotAllowed(str(err)) from err
    if basis == lifecycle.LETTER:
        assert issued is not None
        return {"decided_by": "letter", "letter": issued[0], "outcome": label}
    return {"decided_by": "reason", "without_letter": True, "outcome": label}
