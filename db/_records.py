"""OfficerRecord and AuditRecord, re-exported by ``db.records`` on first use.

Kept apart so that the GUI's first paint does not pay for them: creating a
frozen dataclass costs about a millisecond (its methods are generated and
compiled), and the case list needs only ``CaseRecord``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class OfficerRecord:
    id: int
    name: str
    unit: str
    email: str
    role: str
    db_login: str = ""  # team mode: the officer's PostgreSQL login ("" when none is mapped)


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
