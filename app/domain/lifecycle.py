"""Case lifecycle: draft → intake → assessment → review → decided → closed.

Reopening (decided/closed → assessment) needs a reason. Review can send a case
back to assessment. Pure Python; the services enforce it and audit every move.
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


TRANSITIONS: tuple[Transition, ...] = (
    Transition(Status.DRAFT, Status.INTAKE, "Start intake"),
    Transition(Status.INTAKE, Status.ASSESSMENT, "Start assessment"),
    Transition(Status.ASSESSMENT, Status.REVIEW, "Send for review"),
    Transition(Status.REVIEW, Status.ASSESSMENT, "Send back to assessment", needs_reason=True),
    Transition(Status.REVIEW, Status.DECIDED, "Record decision"),
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
