"""Deadline arithmetic of a case: the default due date, days left, overdue, and the
due date after the clock was stopped (pure: the date of "today" can be passed in)."""

from __future__ import annotations

import datetime as dt
from typing import Protocol

from app.domain import lifecycle

DEFAULT_DEADLINE_DAYS = 60
CLOSED_STATES = (lifecycle.Status.DECIDED.value, lifecycle.Status.CLOSED.value)


class Dated(Protocol):
    """What the rules read of a case (a ``CaseRecord`` has it)."""

    @property
    def status(self) -> str: ...
    @property
    def due_date(self) -> dt.date | None: ...
    @property
    def clock_stopped_at(self) -> dt.datetime | None: ...


def _today() -> dt.date:
    return dt.datetime.now(dt.UTC).date()


def default_due_date(opened: dt.date) -> dt.date:
    """The due date of a case opened on ``opened`` when none is given."""
    return opened + dt.timedelta(days=DEFAULT_DEADLINE_DAYS)


def days_remaining(rec: Dated, today: dt.date | None = None) -> int | None:
    """Days to the due date; while the clock is stopped, counted from the stop."""
    if rec.due_date is None:
        return None
    ref = rec.clock_stopped_at.date() if rec.clock_stopped_at else (today or _today())
    return (rec.due_date - ref).days


def is_overdue(rec: Dated, today: dt.date | None = None) -> bool:
    """Past the due date, still open, and the clock running."""
    if rec.status in CLOSED_STATES or rec.clock_stopped_at is not None or rec.due_date is None:
        return False
    return rec.due_date < (today or _today())


def resumed_due_date(
    due: dt.date | None, stopped_at: dt.datetime, now: dt.datetime
) -> tuple[dt.date | None, int]:
    """The due date once the clock runs again, and the whole days it was stopped
    (the due date moves by those days; a naive ``stopped_at`` is UTC)."""
    if stopped_at.tzinfo is None:
        stopped_at = stopped_at.replace(tzinfo=dt.UTC)
    paused_days = (now.date() - stopped_at.date()).days
    return (due + dt.timedelta(days=paused_days) if due is not None else None), paused_days
