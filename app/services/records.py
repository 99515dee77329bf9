"""The plain records the services hand out, for the layers above them.

The UI and the CLI import ``CaseRecord``, ``AuditRecord`` and ``OfficerRecord`` from here,
never from ``db`` (the UI imports no persistence module: tests/test_architecture.py). They
are the persistence layer's frozen dataclasses (db/records.py), re-exported unchanged.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from db.records import CaseRecord as CaseRecord

if TYPE_CHECKING:
    from db.records import AuditRecord as AuditRecord
    from db.records import OfficerRecord as OfficerRecord

__all__ = ["AuditRecord", "CaseRecord", "OfficerRecord"]


def __getattr__(name: str) -> Any:  # AuditRecord/OfficerRecord load on first use, as in db.records
    if name in ("AuditRecord", "OfficerRecord"):
        import db.records

        return getattr(db.records, name)
    raise AttributeError(name)
