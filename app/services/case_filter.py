"""Case list filter values, deadline arithmetic and search-box hints.

A leaf module (no SQLAlchemy, no other service): ``app.services.case_read`` (the
GUI's light read path), ``app.services.case_list`` (the SQL list) and
``app.services.cases`` all import it, so none of them imports another in a cycle.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.domain import lifecycle
from db import search

if TYPE_CHECKING:
    from db.records import CaseRecord

DEFAULT_DEADLINE_DAYS = 60
SUBJECT_KINDS = ("model", "system", "both")
CLOSED_STATES = (lifecycle.Status.DECIDED.value, lifecycle.Status.CLOSED.value)


def _today() -> dt.date:
    return dt.datetime.now(dt.UTC).date()


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


def days_remaining(rec: CaseRecord, today: dt.date | None = None) -> int | None:
    """Days to the due date; while the clock is stopped, counted from the stop."""
    if rec.due_date is None:
        return None
    ref = rec.clock_stopped_at.date() if rec.clock_stopped_at else (today or _today())
    return (rec.due_date - ref).days


def is_overdue(rec: CaseRecord, today: dt.date | None = None) -> bool:
    """Past the due date, still open, and the clock running."""
    if rec.status in CLOSED_STATES or rec.clock_stopped_at is not None or rec.due_date is None:
        return False
    return rec.due_date < (today or _today())


EMPTY_SEARCH_HINT = (
    'Type words to search; "two words" in quotes finds that phrase. '
    "Quotes, * and - on their own are not words."
)


def search_terms_or_hint(query: str) -> str | None:
    """A hint for the search box when the entry has no searchable words."""
    if query.strip() and not search.tokens(query):
        return EMPTY_SEARCH_HINT
    return None
