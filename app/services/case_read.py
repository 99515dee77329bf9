"""The case list's light half: filter values, deadline arithmetic, and the
first-page reads, importable without SQLAlchemy.

The main window imports this module, not ``app.services.cases``, so it can be
on screen (first page of the list included) before SQLAlchemy has loaded. On
an SQLite database the unfiltered list, its count and the officer names are
read with the sqlite3 module (``db.fastread``, the same SQL); everything else
is passed on to ``app.services.case_list``, imported on first use (always in a
worker thread in the GUI). ``app.services.cases`` re-exports every name here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.services import case_filter
from app.services.case_filter import *  # noqa: F403 - the light names, re-exported (__all__)
from app.services.case_filter import CaseFilter

if TYPE_CHECKING:
    from app.services.context import AppContext
    from db.records import CaseRecord

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
    """``app.services.case_list.list_cases``; the unfiltered list on SQLite without SQLAlchemy."""
    path = ctx.sqlite_file
    if path is not None and (f is None or f == _NO_FILTER):
        from db import fastread

        if sort in fastread.SORT_SQL and sort != "assigned":  # that sort merges two indexed arms
            return fastread.list_cases(path, sort, descending, offset, limit)
    import app.services.case_list as cases

    return cases.list_cases(ctx, f, sort=sort, descending=descending, offset=offset, limit=limit)


def count_cases(ctx: AppContext, f: CaseFilter | None = None) -> int:
    path = ctx.sqlite_file
    if path is not None and (f is None or f == _NO_FILTER):
        from db import fastread

        return fastread.count_cases(path)
    import app.services.case_list as cases

    return cases.count_cases(ctx, f)


def officers(ctx: AppContext) -> list[str]:
    """Officer names, sorted (``app.services.case_list.officers``)."""
    path = ctx.sqlite_file
    if path is not None:
        from db import fastread

        return fastread.officer_names(path)
    import app.services.case_list as cases

    return cases.officers(ctx)


__all__ = [*case_filter.__all__, "count_cases", "list_cases", "officers"]
