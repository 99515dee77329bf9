"""The letter register of a case as a Qt table model (the Letters tab's list)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from app.services.letters import service as letters
from app.ui.dialogs.letters import nature_labels
from app.ui.qt import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    Qt,
)

RECORD_ROLE = Qt.ItemDataRole.UserRole + 1


def _local(value: dt.datetime | None) -> str:
    return value.astimezone().strftime("%Y-%m-%d %H:%M") if value else ""


class LetterTableModel(QAbstractTableModel):
    """The case's letter register (plain records from the service)."""

    COLUMNS = ("id", "state", "language", "nature", "level", "drafted_by", "approved_by", "issued", "sha256")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[letters.LetterRecord] = []
        self._headers = {
            "id": QCoreApplication.translate("LetterTableModel", "No."),
            "state": QCoreApplication.translate("LetterTableModel", "State"),
            "language": QCoreApplication.translate("LetterTableModel", "Language"),
            "nature": QCoreApplication.translate("LetterTableModel", "Legal nature"),
            "level": QCoreApplication.translate("LetterTableModel", "Signature"),
            "drafted_by": QCoreApplication.translate("LetterTableModel", "Drafted by"),
            "approved_by": QCoreApplication.translate("LetterTableModel", "Approved by"),
            "issued": QCoreApplication.translate("LetterTableModel", "Issued"),
            "sha256": QCoreApplication.translate("LetterTableModel", "SHA-256"),
        }
        self._states = {
            "draft": QCoreApplication.translate("LetterTableModel", "Draft"),
            "approved": QCoreApplication.translate("LetterTableModel", "Approved"),
            "issued": QCoreApplication.translate("LetterTableModel", "Issued"),
            "superseded": QCoreApplication.translate("LetterTableModel", "Superseded"),
        }
        self._natures = nature_labels(self)

    def set_records(self, rows: list[letters.LetterRecord]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def record(self, row: int) -> letters.LetterRecord | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:  # noqa: N802, E501
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(self.COLUMNS):
                return self._headers[self.COLUMNS[section]]
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        r = self._rows[index.row()]
        col = self.COLUMNS[index.column()]
        if role == RECORD_ROLE:
            return r
        if role == Qt.ItemDataRole.ToolTipRole and col == "sha256":
            return r.current_sha256 or r.draft_sha256
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            "id": str(r.id),
            "state": self._states.get(r.state, r.state),
            "language": r.language.upper(),
            "nature": self._natures.get(r.legal_nature, r.legal_nature),
            "level": r.signature_level or "–",
            "drafted_by": r.drafted_by,
            "approved_by": r.approved_by or "–",
            "issued": _local(r.issued_at) or "–",
            "sha256": (r.current_sha256 or r.draft_sha256)[:16] + "…",
        }[col]
