"""Plain records handed out by repositories (never live ORM rows).

``OfficerRecord`` and ``AuditRecord`` live in ``db._records`` and are imported
from here as usual; the module loads on first use (see its docstring).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from db._records import AuditRecord, OfficerRecord

__all__ = ["AuditRecord", "CaseRecord", "OfficerRecord", "as_utc"]


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
