"""Evidence records and intake/verification results."""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass, field
from typing import Any

from db.models import EvidenceItem
from db.records import as_utc, copied

from .media import decode_path, is_text_type

# --------------------------------------------------------------------------- records


@dataclass(frozen=True)
class EvidenceRecord:
    id: int
    case_reference: str
    sha256: str
    original_name: str
    display_name: str
    folder_path: str
    size: int
    media_type: str
    source_url: str
    retrieved_at: dt.datetime | None
    description: str
    reference_only: bool
    reference_path: str
    added_by: str
    added_at: dt.datetime

    @property
    def label(self) -> str:
        """Display path: folder path inside an attached folder, then the name."""
        return f"{self.folder_path}/{self.display_name}" if self.folder_path else self.display_name

    @property
    def reference_shown(self) -> str:
        """The reference-only path, readable (undecodable bytes shown as U+FFFD)."""
        if not self.reference_path:
            return ""
        return os.fsencode(decode_path(self.reference_path)).decode("utf-8", "replace")

    @property
    def is_text(self) -> bool:
        return is_text_type(self.media_type)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "case": self.case_reference,
            "sha256": self.sha256,
            "name": self.display_name,
            "original_name": self.original_name,
            "folder_path": self.folder_path,
            "size": self.size,
            "media_type": self.media_type,
            "source_url": self.source_url,
            "retrieved_at": self.retrieved_at.isoformat() if self.retrieved_at else None,
            "description": self.description,
            "reference_only": self.reference_only,
            "reference_path": self.reference_path,
            "added_by": self.added_by,
            "added_at": self.added_at.isoformat(),
        }


@dataclass
class IntakeResult:
    items: list[EvidenceRecord] = field(default_factory=list)
    duplicates: list[EvidenceRecord] = field(default_factory=list)  # already attached
    skipped: list[str] = field(default_factory=list)  # e.g. .git folders, symlinked folders
    bytes_stored: int = 0  # new bytes written to the store
    # Notices for the officer: Git LFS pointer stubs, files already evidence in other cases.
    warnings: list[str] = field(default_factory=list)
    # SHA-256 -> the other cases (references) that already hold these bytes as evidence.
    elsewhere: dict[str, list[str]] = field(default_factory=dict)
    lfs_stubs: list[str] = field(default_factory=list)  # labels of Git LFS pointer files


@dataclass(frozen=True)
class VerifyItem:
    id: int
    case_reference: str
    label: str
    sha256: str
    reference_only: bool
    status: str  # ok | changed | missing
    kind: str = "evidence"  # evidence | letter (issued letters are stored records too)

    @property
    def ok(self) -> bool:
        return self.status == "ok"


def _record(item: EvidenceItem, reference: str) -> EvidenceRecord:
    added = as_utc(item.added_at)
    assert added is not None
    return copied(
        EvidenceRecord, item, case_reference=reference, retrieved_at=as_utc(item.retrieved_at), added_at=added
    )
