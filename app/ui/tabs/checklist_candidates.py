"""The licence screening's candidate clauses for one checklist question (M2a, M3f, M4, M6a),
strongest first, each with Accept / Reject and a reason.

Recall first, the officer decides: accepting a candidate ticks its flag (M2a / M3f), adds the
restriction (M4) or answers "yes" (M6a) in the question's editor; rejecting one needs a
reason and is written into the answer's note ("Rejected screening candidate ..."), so a
reviewer sees what was set aside and why. Nothing is saved until the page is saved.

Which question a candidate belongs to and what accepting it sets are pure rules
(``app/domain/checklist_suggestions.py``); this module is the panel.
"""

from __future__ import annotations

from typing import Any

from app.domain.checklist import UNKNOWN
from app.domain.checklist_suggestions import accepted_value, candidates_for
from app.ui.qt import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    Signal,
)


class CandidatesPanel(QGroupBox):
    """Candidate clauses with Accept / Reject. ``accepted(dict)`` and ``rejected(dict, str)``
    are emitted after the editor / note were changed."""

    accepted = Signal(dict)
    rejected = Signal(dict, str)

    def __init__(self, page: Any, candidates: list[dict[str, Any]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("screeningCandidates")
        self.setTitle(
            self.tr("Clauses found by the licence screening (%1)").replace("%1", str(len(candidates)))
        )
        self.page = page
        self.candidates = list(candidates)
        lay = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Strongest first. Accept a clause to use it in the answer; reject it with a reason, "
                "which is kept in the answer's note for the reviewer."
            )
        )
        intro.setWordWrap(True)
        lay.addWidget(intro)
        self.table = QTableWidget(len(self.candidates), 4)
        self.table.setObjectName("candidateTable")
        self.table.setAccessibleName(self.tr("Candidate clauses"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Strength"), self.tr("Finding"), self.tr("Where"), self.tr("Clause")]
        )
        hh = self.table.horizontalHeader()
        for c in range(3):
            hh.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        hh.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        strengths = {"strong": self.tr("strong"), "medium": self.tr("medium"), "weak": self.tr("weak")}
        for r, c in enumerate(self.candidates):
            defs = "; ".join(f"{d['term']} ({d['source']})" for d in c.get("definitions", []))
            clause = c.get("text", "")
            if defs:
                clause += "\n" + self.tr("Definitions used: %1").replace("%1", defs)
            cells = [
                strengths.get(c.get("strength", ""), c.get("strength", "")),
                self._label(c),
                c.get("source", ""),
                clause,
            ]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(c.get("why", "") if col < 3 else c.get("clause", clause))
                self.table.setItem(r, col, item)
        self.table.resizeRowsToContents()
        self.table.setMinimumHeight(min(320, 60 + 48 * max(1, len(self.candidates))))
        lay.addWidget(self.table)
        row = QHBoxLayout()
        self.reason = QLineEdit()
        self.reason.setObjectName("rejectReason")
        self.reason.setPlaceholderText(self.tr("Reason for rejecting the selected clause"))
        self.reason.setAccessibleName(self.tr("Reason for rejecting"))
        self.accept_btn = QPushButton(self.tr("Acc&ept clause"))
        self.accept_btn.setObjectName("acceptCandidate")
        self.reject_btn = QPushButton(self.tr("Re&ject clause"))
        self.reject_btn.setObjectName("rejectCandidate")
        row.addWidget(self.reason, 1)
        row.addWidget(self.accept_btn)
        row.addWidget(self.reject_btn)
        lay.addLayout(row)
        self.message = QLabel()
        self.message.setObjectName("candidateMessage")
        self.message.setWordWrap(True)
        lay.addWidget(self.message)
        self.accept_btn.clicked.connect(self.accept_selected)
        self.reject_btn.clicked.connect(self.reject_selected)
        if self.candidates:
            self.table.selectRow(0)

    def _label(self, c: dict[str, Any]) -> str:
        item = getattr(self.page, "item", None)
        labels = getattr(item, "flag_labels", {}) or {}
        names = {
            "restriction": self.tr("use restriction"),
            "naming": self.tr("naming duty"),
            "incorporated_policy": self.tr("policy to attach as evidence"),
        }
        return str(labels.get(c["flag"]) or names.get(c["flag"]) or c["flag"])

    def _selected(self) -> tuple[int, dict[str, Any]] | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            self.message.setText(self.tr("Select a clause first."))
            return None
        r = rows[0].row()
        return r, self.candidates[r]

    def _done(self, r: int, text: str) -> None:
        for col in range(self.table.columnCount()):
            it = self.table.item(r, col)
            if it is not None:
                it.setForeground(Qt.GlobalColor.gray)
        self.message.setText(text)

    def accept_selected(self) -> None:
        sel = self._selected()
        if sel is None:
            return
        r, c = sel
        editor = self.page.editor
        try:
            current = editor.value()
        except Exception:  # an editor holding an invalid entry: start from nothing
            current = UNKNOWN
        value = accepted_value(c, current)  # the rule: app/domain/checklist_suggestions.py
        if value is not None:
            editor.set_value(value)
        else:  # a policy to attach: nothing to set, the officer attaches it as evidence
            self._done(
                r,
                self.tr("Attach the policy named at %1 as evidence, then screen again.").replace(
                    "%1", c["source"]
                ),
            )
            self.accepted.emit(c)
            return
        self._done(r, self.tr("Accepted: %1").replace("%1", c["source"]))
        self.accepted.emit(c)

    def reject_selected(self) -> None:
        sel = self._selected()
        if sel is None:
            return
        r, c = sel
        reason = self.reason.text().strip()
        if not reason:
            self.message.setText(
                self.tr("Give a reason for rejecting the clause: it goes into the answer's note.")
            )
            self.reason.setFocus()
            return
        note = self.page.note
        old = note.toPlainText().rstrip()
        line = (
            self.tr("Rejected screening candidate %1 (%2): %3")
            .replace("%1", c["flag"])
            .replace("%2", c["source"])
            .replace("%3", reason)
        )
        note.setPlainText((old + "\n" if old else "") + line)
        self.reason.clear()
        self._done(r, self.tr("Rejected: %1 (recorded in the note)").replace("%1", c["source"]))
        self.rejected.emit(c, reason)


def attach(page: Any, doc: dict[str, Any] | None) -> CandidatesPanel | None:
    """Put the panel on a question page when the screening has candidates for it."""
    for old in page.findChildren(CandidatesPanel):  # a new screening replaces the last one's list
        old.setParent(None)
        old.deleteLater()
    cands = candidates_for(doc, page.item.id)
    if not cands:
        return None
    panel = CandidatesPanel(page, cands)
    panel.accepted.connect(lambda _c: page.edited.emit())
    panel.rejected.connect(lambda _c, _r: page.edited.emit())
    page.extra.addWidget(panel)
    return panel
