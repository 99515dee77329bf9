"""One question of the Checklist tab: its text, help and legal basis, the answer editor,
the suggestion to accept, the evidence cited and a note."""

from __future__ import annotations

import html
from typing import Any

from app.domain.checklist import UNKNOWN, ChecklistDefinition, Item, validate_value
from app.services import checklist as svc
from app.ui import i18n
from app.ui.qt import (
    QCoreApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)
from app.ui.tabs.checklist.editors import EDITORS, YN_LABELS


class QuestionPage(QWidget):
    """One question: text, help, basis, editor, suggestion, evidence, note."""

    edited = Signal()

    def __init__(self, defn: ChecklistDefinition, item: Item, position: tuple[int, int],
                 evidence: list[svc.EvidenceRef], parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.item = item
        self.setObjectName(f"page_{item.id}")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(18, 14, 18, 14)
        lay.setSpacing(8)
        # (tr() outside the f-string: pyside6-lupdate does not look inside f-strings)
        of = self.tr("Question %1 of %2").replace("%1", str(position[0])).replace("%2", str(position[1]))
        head = QLabel(f"{defn.section_title(item.section)} · {of} · {item.id}")
        head.setTextFormat(Qt.TextFormat.PlainText)
        head.setObjectName("pageHeader")
        head.setStyleSheet("color: #6b7280;")
        self.question = QLabel(item.question)
        self.question.setObjectName("questionText")
        self.question.setWordWrap(True)
        self.question.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.help = QLabel(item.help)
        self.help.setWordWrap(True)
        self.help.setObjectName("helpText")
        from app.ui.legal import cite  # the citation form of the interface language

        self.basis = QLabel(
            self.tr("Legal basis: %1").replace("%1", cite(item.basis, i18n.current_language()))
        )
        self.basis.setTextFormat(Qt.TextFormat.PlainText)
        self.basis.setObjectName("legalBasis")
        self.basis.setWordWrap(True)
        self.basis.setStyleSheet("color: #1e3a8a;")
        self.basis.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        for w in (head, self.question, self.help, self.basis):
            lay.addWidget(w)
        if item.informative:
            info = QLabel(self.tr("Information only: recorded, not part of the legal test."))
            info.setStyleSheet("color: #6b7280; font-style: italic;")
            lay.addWidget(info)
        self.editor = EDITORS[item.kind](item)
        self.editor.changed.connect(self.edited)
        lay.addSpacing(4)
        lay.addWidget(self.editor)
        self.error = QLabel()
        self.error.setObjectName("editorError")
        self.error.setStyleSheet("color: #b91c1c;")
        self.error.hide()
        lay.addWidget(self.error)

        # suggestion (accepted one by one)
        self.suggestion_box = QFrame()
        self.suggestion_box.setObjectName("suggestion")
        self.suggestion_box.setStyleSheet(
            "#suggestion { background: #fef9c3; border: 1px solid #eab308; border-radius: 4px; }"
        )
        sl = QHBoxLayout(self.suggestion_box)
        self.suggestion_text = QLabel()
        self.suggestion_text.setWordWrap(True)
        self.suggestion_text.setTextFormat(Qt.TextFormat.RichText)
        self.accept_btn = QPushButton(self.tr("&Accept suggestion"))
        self.accept_btn.setAccessibleName(self.tr("Accept suggestion"))
        sl.addWidget(self.suggestion_text, 1)
        sl.addWidget(self.accept_btn)
        self.suggestion_box.hide()
        self._suggested: Any = None
        self.accept_btn.clicked.connect(self.accept_suggestion)
        lay.addWidget(self.suggestion_box)

        self.extra = QVBoxLayout()  # the tab puts the compute helper / screening button here
        lay.addLayout(self.extra)

        ev_row = QHBoxLayout()
        ev_box = QVBoxLayout()
        ev_label = QLabel(self.tr("&Evidence cited"))
        self.evidence = QListWidget()
        self.evidence.setObjectName("evidencePicker")
        self.evidence.setAccessibleName(self.tr("Evidence cited"))
        self.evidence.setMaximumHeight(110)
        ev_label.setBuddy(self.evidence)
        for e in evidence:
            li = QListWidgetItem(f"{e.name}  ({e.sha256[:12]}…)")
            li.setData(Qt.ItemDataRole.UserRole, e.sha256)
            li.setToolTip(e.description or e.sha256)
            li.setFlags(li.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            li.setCheckState(Qt.CheckState.Unchecked)
            self.evidence.addItem(li)
        if not evidence:
            li = QListWidgetItem(self.tr("No evidence attached to this case yet (Evidence tab)."))
            li.setFlags(Qt.ItemFlag.NoItemFlags)
            self.evidence.addItem(li)
        self.evidence.itemChanged.connect(lambda _i: self.edited.emit())
        ev_box.addWidget(ev_label)
        ev_box.addWidget(self.evidence)
        note_box = QVBoxLayout()
        note_label = QLabel(self.tr("N&ote (e.g. LICENSE line 29, page 4)"))
        self.note = QPlainTextEdit()
        self.note.setObjectName("answerNote")
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setMaximumHeight(110)
        note_label.setBuddy(self.note)
        self.note.textChanged.connect(self.edited)
        note_box.addWidget(note_label)
        note_box.addWidget(self.note)
        ev_row.addLayout(ev_box, 1)
        ev_row.addLayout(note_box, 1)
        lay.addLayout(ev_row)
        lay.addStretch(1)

    def load(self, answer: dict[str, Any] | None) -> None:
        a = answer or {}
        self.editor.blockSignals(True)
        self.editor.set_value(a.get("value", UNKNOWN))
        self.editor.blockSignals(False)
        cited = set(a.get("evidence", []))
        self.evidence.blockSignals(True)
        for i in range(self.evidence.count()):
            li = self.evidence.item(i)
            if li.data(Qt.ItemDataRole.UserRole) in cited:
                li.setCheckState(Qt.CheckState.Checked)
        self.evidence.blockSignals(False)
        self.note.blockSignals(True)
        self.note.setPlainText(a.get("note", ""))
        self.note.blockSignals(False)

    def answer(self) -> dict[str, Any]:
        """The page's answer; raises EditorError / BadInput on an invalid value."""
        value = validate_value(self.item, self.editor.value())
        ev = [
            str(self.evidence.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.evidence.count())
            if self.evidence.item(i).checkState() == Qt.CheckState.Checked
        ]
        return {"value": value, "evidence": ev, "note": self.note.toPlainText().strip()}

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))

    def set_suggestion(self, value: Any, why: str, source: str) -> None:
        if value is None:
            self.suggestion_box.hide()
            self._suggested = None
            return
        self._suggested = value
        if self.item.kind == "restrictions" and isinstance(value, list):
            shown = self.tr("%1 restriction(s) to judge").replace("%1", str(len(value)))
        elif isinstance(value, list):
            shown = ", ".join(self.item.flag_labels.get(v, v) for v in value) or self.tr("none of them")
        elif str(value) in YN_LABELS and str(value) not in self.item.option_labels:
            # yes / no / partly / unknown in the interface language, never the stored code
            shown = QCoreApplication.translate("ChoiceEditor", YN_LABELS[str(value)]).replace("&", "")
        else:
            shown = self.item.option_labels.get(str(value), str(value))
        suggested = self.tr("Suggested")  # outside the f-string, where lupdate finds it
        self.suggestion_text.setText(
            f"<b>{html.escape(suggested)}: {html.escape(shown)}</b><br>"
            f"{html.escape(why)}<br><span style='color:#6b7280'>{html.escape(source)}</span>"
        )
        self.suggestion_box.show()

    def accept_suggestion(self) -> None:
        if self._suggested is None:
            return
        self.editor.set_value(self._suggested)
        self.suggestion_box.hide()
        self.edited.emit()
