"""The Checklist tab's question tree: the sections and the questions on the wizard's path,
each marked answered (✓) or not (○), the current one selected."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from app.domain.checklist import ChecklistDefinition, Navigator, is_unknown, value_of
from app.ui.qt import QColor, QCoreApplication, Qt, QTreeWidget, QTreeWidgetItem, QWidget


class QuestionTree(QTreeWidget):
    """``rebuild(nav, defn, answers)`` when the path changes; ``mark(nav, answers)`` after each edit."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("questionTree")
        self.setHeaderHidden(True)
        self.setAccessibleName(QCoreApplication.translate("ChecklistTab", "Questions"))
        self.setMinimumWidth(200)

    def rebuild(self, nav: Navigator, defn: ChecklistDefinition, answers: Mapping[str, Any]) -> None:
        self.blockSignals(True)
        self.clear()
        for section, ids in nav.sections():
            top = QTreeWidgetItem([section.title])
            top.setFlags(Qt.ItemFlag.ItemIsEnabled)
            f = top.font(0)
            f.setBold(True)
            top.setFont(0, f)
            for iid in ids:
                child = QTreeWidgetItem([iid])
                child.setData(0, Qt.ItemDataRole.UserRole, iid)
                child.setToolTip(0, defn.item(iid).question)
                top.addChild(child)
            self.addTopLevelItem(top)
        self.expandAll()
        self.blockSignals(False)
        self.mark(nav, answers)

    def mark(self, nav: Navigator, answers: Mapping[str, Any]) -> bool:
        """Mark what is answered; True when the path changed (then rebuild, after this edit)."""
        path = set(nav.path())
        for i in range(self.topLevelItemCount()):
            top = self.topLevelItem(i)
            for j in range(top.childCount()):
                ch = top.child(j)
                iid = ch.data(0, Qt.ItemDataRole.UserRole)
                done = not is_unknown(value_of(answers.get(iid)))
                mark = "✓" if done else "○"
                ch.setText(0, f"{mark} {iid}{'' if iid in path else ' (skipped)'}")
                ch.setForeground(0, QColor("#111827" if done else "#6b7280"))
                if iid == nav.current:
                    self.setCurrentItem(ch)
        return set(self.ids()) != path

    def ids(self) -> list[str]:
        out: list[str] = []
        for i in range(self.topLevelItemCount()):
            top = self.topLevelItem(i)
            out.extend(top.child(j).data(0, Qt.ItemDataRole.UserRole) for j in range(top.childCount()))
        return out
