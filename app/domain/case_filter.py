"""What the case list can be narrowed to: the filter value and the subject kinds (pure)."""

from __future__ import annotations

from dataclasses import dataclass

SUBJECT_KINDS = ("model", "system", "both")


@dataclass(frozen=True)
class CaseFilter:
    status: str | None = None
    search: str = ""
    assigned: str | None = None  # officer name; "" = unassigned
    overdue: bool = False
    due_within_days: int | None = None
    outcome: str | None = None
    clock_stopped: bool = False
    sha256: str = ""  # cases holding evidence with this SHA-256 (a full hash or a prefix of 8+)
