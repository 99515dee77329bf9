"""The case list's light half: filter values, deadline arithmetic, and the
first-page reads, importable without SQLAlchemy.

The main window imports this module, not ``app.services.cases``, so it can be
on screen (first page of the list included) before SQLAlchemy has loaded. On
an SQLite database the unfiltered list, its count and the officer names are
read with the sqlite3 module (``db.fastread``, the same SQL); everything else
is passed on to ``app.services.cases``, imported on first use (always in a
worker thread in the GUI). ``app.services.cases`` re-exports every name here.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.domain import lifecycle
from db import search

if TYPE_CHECKING:
    from app.services.context import AppContext
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


def search_terms_or_hint(query: str) -> str | None:
    """A hint for the search box when the entry has no searchable words."""
    if query.strip() and not search.tokens(query):
        return "Type words to search; quotes, * and - are treated as plain text."
    return None


_NO_FILTER = CaseFilter()


def list_cases(
    ctx: AppContext,
    f: CaseFilter | None = None,
    *,
    sort: str = "reference",
    descending: bool = True,
    offset: int = 0,
    limit: int | None = None,
) -> list[CaseRecord]:
    """``app.services.cases.list_cases``; the unfiltered list on SQLite without SQLAlchemy."""
    path = ctx.sqlite_file
    if path is not None and (f is None or f == _NO_FILTER):
        from db import fastread

        if sort in fastread.SORT_SQL:
            return fastread.list_cases(path, sort, descending, offset, limit)
    from app.services import cases

    return cases.list_cases(ctx, f, sort=sort, descending=descending, offset=offset, limit=limit)


def count_cases(ctx: AppContext, f: CaseFilter | None = None) -> int:
    path = ctx.sqlite_file
    if path is not None and (f is None or f == _NO_FILTER):
        from db import fastread

        return fastread.count_cases(path)
    from app.services import cases

    return cases.count_cases(ctx, f)


def officers(ctx: AppContext) -> list[str]:
    """Officer names, sorted (``app.services.cases.officers``)."""
    path = ctx.sqlite_file
    if path is not None:
        from db import fastread

        return fastread.officer_names(path)
    from app.services import cases

    return cases.officers(ctx)
