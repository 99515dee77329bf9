"""F1: every key, by where it works (app/ui/shortcuts.py)."""

from __future__ import annotations

from typing import Any

from app.ui import shortcuts
from app.ui.qt import QDialog, QFont, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget, shortcut_text


class ShortcutsDialog(QDialog):
    """The window's actions that have keys (``window_actions``), then each context's
    keys from the shortcut table."""

    def __init__(self, window_actions: list[Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.setAccessibleName(self.tr("Keyboard shortcuts"))
        table = QTableWidget(0, 2, self)
        self.table = table
        table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Keys")])
        table.verticalHeader().hide()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        window_rows = [
            (a.text().replace("&", ""), " / ".join(shortcut_text(k) for k in a.shortcuts()))
            for a in window_actions
            if a.shortcuts()
        ]
        groups = [(shortcuts.context_name(shortcuts.WINDOW), window_rows), *shortcuts.rows()]
        bold = QFont()
        bold.setBold(True)
        for title, items in groups:
            r = table.rowCount()
            table.insertRow(r)
            head = QTableWidgetItem(title)
            head.setFont(bold)
            table.setItem(r, 0, head)
            table.setItem(r, 1, QTableWidgetItem(""))
            for text, keys in items:
                r = table.rowCount()
                table.insertRow(r)
                table.setItem(r, 0, QTableWidgetItem("    " + text))
                table.setItem(r, 1, QTableWidgetItem(keys))
        table.resizeColumnsToContents()
        table.horizontalHeader().setStretchLastSection(True)
        lay = QVBoxLayout(self)
        lay.addWidget(table)
        self.resize(620, 720)
