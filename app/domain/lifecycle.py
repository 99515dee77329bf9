"""Case lifecycle: draft → intake → assessment → review → decided → closed.

Reopening (decided/closed → assessment) needs a reason. Review can send a case
back to assessment. Deciding (review → decided) is a determination: it needs the
case's assessed outcome and either its issued determination letter (issuing the
letter records the decision) or, without a letter, an explicit reason that is
recorded with the outcome (:func:`check_decision`). Pure Python; the services
enforce it and audit every move.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Status(StrEnum):
    DRAFT = "draft"
    INTAKE = "intake"
    ASSESSMENT = "assessment"
    REVIEW = "review"
    DECIDED = "decided"
    CLOSED = "closed"


@dataclass(frozen=True)
class Transition:
    source: Status
    target: Status
    name: str  # verb shown to the officer
    needs_reason: bool = False
    # A determination: allowed only through :func:`check_decision`.
    decides: bool = False


TRANSITIONS: tuple[Transition, ...] = (
    Transition(Status.DRAFT, Status.INTAKE, "Start intake"),
    Transition(Status.INTAKE, Status.ASSESSMENT, "Start assessment"),
    Transition(Status.ASSESSMENT, Status.REVIEW, "Send for review"),
    Transition(Status.REVIEW, Status.ASSESSMENT, "Send back to assessment", needs_reason=True),
    Transition(Status.REVIEW, Status.DECIDED, "Record decision", decides=True),
    Transition(Status.DECIDED, Status.CLOSED, "Close"),
    Transition(Status.DECIDED, Status.ASSESSMENT, "Reopen", needs_reason=True),
    Transition(Status.CLOSED, Status.ASSESSMENT, "Reopen", needs_reason=True),
)


def allowed_transitions(current: Status | str) -> list[Transition]:
    cur = Status(current)
    return [t for t in TRANSITIONS if t.source == cur]


def check_transition(current: Status | str, target: Status | str, reason: str = "") -> Transition:
    """Return the transition, or raise ValueError with an officer-facing reason."""
    cur, tgt = Status(current), Status(target)
    for t in TRANSITIONS:
        if t.source == cur and t.target == tgt:
            if t.needs_reason and not reason.strip():
                raise ValueError(f"'{t.name}' needs a reason: say why the case moves back.")
            return t
    allowed = ", ".join(t.target.value for t in allowed_transitions(cur)) or "none"
    raise ValueError(f"A case in '{cur.value}' cannot move to '{tgt.value}'. Allowed next steps: {allowed}.")


LETTER, REASON = "letter", "reason"


def check_decision(*, reference: str, has_outcome: bool, letter_issued: bool, reason: str = "") -> str:
    """What a decision rests on: ``LETTER`` (the case's issued letter still says
    what the case says) or ``REASON`` (decided without a letter, the reason
    recorded with the outcome). Raises ValueError with an officer-facing reason."""
    if not has_outcome:
        raise ValueError(
            f"Case {reference} has no assessed outcome: answer the checklist (at least question A1) "
            "before the case can be decided."
        )
    if letter_issued:
        return LETTER
    if reason.strip():
        return REASON
    raise ValueError(
        f"Case {reference} is decided by issuing its determination letter once a second officer has "
        "approved it (exemptio letter draft, approve, issue). To record a decision without a letter, "
        "give the reason (--reason TEXT): it is recorded with the outcome."
    )
