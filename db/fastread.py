"""Read paths for the GUI's first moments, with the sqlite3 module only.

The main window shows the first page of the case list before SQLAlchemy is
even imported (it takes longer to import than the whole window takes to
build): these queries read the unfiltered case list, its count and the officer
names straight from the SQLite file. They are the same SQL as the SQLAlchemy
queries in ``app.services.cases`` (a test compares the rows for every sort
column), and return the same ``CaseRecord``s. Read-only; anything else (a
filter, a search, PostgreSQL) goes through SQLAlchemy.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import fields
from pathlib import Path
from typing import Any

from db.records import CaseRecord, as_utc

BUSY_TIMEOUT_S = 30.0

# Sort keys of the case list -> SQL column (as app.services.cases.SORT_COLUMNS).
SORT_SQL = {
    "reference": "cases.id",
    "title": "cases.title",
    "status": "cases.status",
    "provider": "providers.name",
    "subject": "subjects.name",
    "assigned": "assignee.name",
    "due_date": "cases.due_date",
    "updated_at": "cases.updated_at",
    "outcome": "cases.outcome_label",
}

_LIST_SQL = (
    "SELECT cases.id, cases.reference, cases.title, cases.status, providers.name, cases.provider_id, "
    "subjects.name, subjects.id, subjects.kind, subjects.version, assignee.name, cases.notes, "
    "cases.due_date, cases.clock_stopped_at, cases.checklist_id, cases.checklist_version, "
    "cases.outcome_label, cases.origin, cases.created_at, cases.updated_at, cases.version "
    "FROM cases JOIN providers ON cases.provider_id = providers.id "
    "JOIN subjects ON cases.subject_id = subjects.id "
    "LEFT OUTER JOIN officers AS assignee ON cases.assigned_officer_id = assignee.id "
)


@contextmanager
def _reading(path: Path) -> Iterator[sqlite3.Connection]:
    """A read-only connection and one read transaction (one snapshot) on it."""
    con = sqlite3.connect(
        f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_S, isolation_level=None
    )
    try:
        con.execute("BEGIN DEFERRED")
        yield con
    finally:
        con.close()  # ends the read transaction


def _datetime(value: str | None) -> dt.datetime | None:
    if value is None:
        return None
    return as_utc(dt.datetime.fromisoformat(value))


_CASE_FIELDS = tuple(f.name for f in fields(CaseRecord))
_new = object.__new__


def case_record(values: Sequence[Any]) -> CaseRecord:
    """A CaseRecord from its 21 values in field order, without the frozen
    dataclass's per-field ``object.__setattr__`` (twice as fast; lists are long)."""
    rec: CaseRecord = _new(CaseRecord)
    rec.__dict__.update(zip(_CASE_FIELDS, values, strict=True))
    return rec


def _record(r: tuple[Any, ...]) -> CaseRecord:
    return case_record(
        (
            r[0],
            r[1],
            r[2],
            r[3],
            r[4],
            r[5],
            r[6],
            r[7],
            r[8],
            r[9],
            r[10],
            r[11],
            dt.date.fromisoformat(r[12]) if r[12] is not None else None,
            _datetime(r[13]),
            r[14],
            r[15],
            r[16],
            r[17],
            _datetime(r[18]),
            _datetime(r[19]),
            r[20],
        )
    )


def list_cases(
    path: Path, sort: str = "reference", descending: bool = True, offset: int = 0, limit: int | None = None
) -> list[CaseRecord]:
    """The unfiltered case list, sorted as the SQLAlchemy query sorts it."""
    col = SORT_SQL[sort]
    order = "DESC" if descending else "ASC"
    sql = f"{_LIST_SQL}ORDER BY {col} {order}, cases.id DESC LIMIT ? OFFSET ?"
    with _reading(path) as con:
        rows = con.execute(sql, (-1 if limit is None else limit, offset)).fetchall()
    return [_record(r) for r in rows]


def count_cases(path: Path) -> int:
    with _reading(path) as con:
        return int(con.execute("SELECT count(*) FROM cases").fetchone()[0])


def officer_names(path: Path) -> list[str]:
    with _reading(path) as con:
        return [r[0] for r in con.execute("SELECT name FROM officers ORDER BY name")]
