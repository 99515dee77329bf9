"""Plain records handed out by repositories (never live ORM rows).

``OfficerRecord`` and ``AuditRecord`` live in ``db._records`` and are imported
from here as usual; the module loads on first use (see its docstring).
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable
from dataclasses import dataclass, fields
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

    from db._records import AuditRecord, OfficerRecord

__all__ = ["AuditRecord", "CaseRecord", "OfficerRecord", "as_utc", "copied", "same_named"]

_R = TypeVar("_R", bound="DataclassInstance")


def same_named(source: object, names: Iterable[str]) -> dict[str, Any]:
    """``{name: source.name}`` for each name: the columns a record or a row takes over as they are."""
    return {name: getattr(source, name) for name in names}


@functools.cache
def _field_names(record: type[DataclassInstance]) -> tuple[str, ...]:
    return tuple(f.name for f in fields(record))


def copied(record: type[_R], source: object, **given: Any) -> _R:
    """A ``record`` (a dataclass) from ``given`` and, for each of its other fields, the
    same-named attribute of ``source`` (an ORM row): the record of a row is written once."""
    rest = (name for name in _field_names(record) if name not in given)
    return record(**given, **same_named(source, rest))


def as_utc(value: dt.datetime | None) -> dt.datetime | None:
    """A stored time as an aware UTC datetime: SQLite hands back naive ones, and
    everything is stored in UTC."""
    if value is not None and value.tzinfo is None:
        return value.replace(tzinfo=dt.UTC)
    return value


@dataclass(frozen=True)
class CaseRecord:
    id: int
    reference: str
    title: str
    status: str
    provider: str
    provider_id: int
    subject: str
    subject_id: int
    subject_kind: str
    subject_version: str
    assigned_officer: str | None
    notes: str
    due_date: dt.date | None
    clock_stopped_at: dt.datetime | None
    checklist_id: str
    checklist_version: str
    outcome_label: str
    origin: str
    created_at: dt.datetime
    updated_at: dt.datetime
    version: int


def __getattr__(name: str) -> Any:
    """``AuditRecord`` and ``OfficerRecord``, loaded on first use (PEP 562)."""
    if name in ("AuditRecord", "OfficerRecord"):
        from db import _records

        value = getattr(_records, name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'db.records' has no attribute {name!r}")
