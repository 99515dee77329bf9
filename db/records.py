"""Plain records handed out by repositories (never live ORM rows)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class OfficerRecord:
    id: int
    name: str
    unit: str
    email: str
    role: str


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


@dataclass(frozen=True)
class AuditRecord:
    """One audit event as handed out (db/audit.py writes and verifies the chain)."""

    id: int
    ts: str
    actor: str
    action: str
    entity_type: str
    entity_id: str
    case_ref: str
    before: Any
    after: Any
    prev_hash: str
    hash: str
