"""The eleven answer editors of the Checklist tab, one per question kind.

Each is an :class:`AnswerEditor`: ``value()`` (raises :class:`EditorError` on what is
not a valid value), ``set_value(v)`` and the ``changed`` signal. ``EDITORS`` maps a
checklist item's ``kind`` to its editor.

The eleven editors are one responsibility (an answer kind turned into widgets and back)
and stay together in this module, a little over 500 lines.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from app.domain import licence_screen
from app.domain.checklist import JUDGEMENT_LABELS, JUDGEMENTS, UNKNOWN, Item, is_unknown
from app.ui.qt import (
    QT_TRANSLATE_NOOP,
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QCoreApplication,
    QDate,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    Signal,
)
from app.ui.tabs.checklist.format import EditorError, flop, num_text, parse_number

__all__ = [
    "EDITORS", "YN_LABELS", "AnswerEditor", "ChoiceEditor", "DateEditor", "EditorError", "FlagsEditor",
    "LicenceEditor", "ModifierEditor", "NumberEditor", "PDEditor", "PeriodsEditor", "PickEditor",
    "RestrictionsEditor",
]  # fmt: skip

YN_LABELS = {
    "yes": QT_TRANSLATE_NOOP("ChoiceEditor", "&Yes"),
    "no": QT_TRANSLATE_NOOP("ChoiceEditor", "&No"),
    "partial": QT_TRANSLATE_NOOP("ChoiceEditor", "&Partly"),
    UNKNOWN: QT_TRANSLATE_NOOP("ChoiceEditor", "&Unknown"),
}


def _flush(layout: Any) -> Any:
    """An editor's layout, without margins (the page spaces the editor)."""
    layout.setContentsMargins(0, 0, 0, 0)
    return layout


class AnswerEditor(QWidget):
    """Base: ``value()`` (may raise EditorError), ``set_value(v)``, ``changed`` signal."""

    changed = Signal()

    def __init__(self, item: Item, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item = item
        self.setAccessibleName(self.tr("Answer to %1").replace("%1", item.id))

    def value(self) -> Any:
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        raise NotImplementedError


class ChoiceEditor(AnswerEditor):
    """yes / no (/ partly) / unknown as radio buttons (Alt+Y, Alt+N, Alt+P, Alt+U)."""

    def __init__(self, item: Item, parent: QWidget | None = None) -> None:
        super().__init__(item, parent)
        lay = _flush(QHBoxLayout(self))
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        choices = ["yes", "no", "partial", UNKNOWN] if item.kind == "ynp" else ["yes", "no", UNKNOWN]
        for c in choices:
            b = QRadioButton(QCoreApplication.translate("ChoiceEditor", YN_LABELS[c]))
            b.setObjectName(f"choice_{c}")
            b.setAccessibleName(c)
            self.group.addButton(b)
            self.buttons[c] = b
            lay.addWidget(b)
            b.toggled.connect(lambda on: on and self.changed.emit())
        lay.addStretch(1)
        self.buttons[UNKNOWN].setChecked(True)

    def value(self) -> Any:
        for c, b in self.buttons.items():
            if b.isChecked():
                return c
        return UNKNOWN

    def set_value(self, value: Any) -> None:
        self.buttons.get(value if value in self.buttons else UNKNOWN, self.buttons[UNKNOWN]).setChecked(True)


class PickEditor(AnswerEditor):
    def __init__(self, item: Item, parent: QWidget | None = None) -> None:
        super().__init__(item, parent)
        lay = _flush(QHBoxLayout(self))
        self.combo = QComboBox()
        self.combo.setAccessibleName(item.id)
        self.combo.addItem(self.tr("— not answered —"), UNKNOWN)
        for o in item.options:
            self.combo.addItem(item.option_labels.get(o, o), o)
        self.combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        lay.addWidget(self.combo)
        lay.addStretch(1)

    def value(self) -> Any:
        return self.combo.currentData()

    def set_value(self, value: Any) -> None:
        i = self.combo.findData(value)
        self.combo.setCurrentIndex(max(i, 0))


class NumberEditor(AnswerEditor):
    """A FLOP (or other) figure; accepts 3.8e25, 3.8×10^25, 38 000."""

    def __init__(self, item: Item, parent: QWidget | None = None) -> None:
        super().__init__(item, parent)
        lay = _flush(QHBoxLayout(self))
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(self.tr("e.g. 3.8e25 (empty = not stated)"))
        self.edit.setAccessibleName(item.id)
        self.edit.setMinimumWidth(240)
        self.edit.setMaximumWidth(320)
        self.shown = QLabel()
        self.shown.setObjectName("numberEcho")
        lay.addWidget(self.edit)
        lay.addWidget(QLabel(item.unit))
        lay.addWidget(self.shown)
        lay.addStretch(1)
        self.edit.textChanged.connect(self._echo)

    def _echo(self) -> None:
        try:
            v = self.value()
            self.shown.setText("" if is_unknown(v) else "= " + flop(float(v)))
        except EditorError:
            self.shown.setText("")
        self.changed.emit()

    def value(self) -> Any:
        t = self.edit.text().strip()
        return UNKNOWN if not t else parse_number(t, self.item.id)

    def set_value(self, value: Any) -> None:
        self.edit.setText(num_text(value))


class PDEditor(AnswerEditor):
    def __init__(self, item: Item, parent: QWidget | None = None) -> None:
        super().__init__(item, parent)
        form = _flush(QFormLayout(self))
        self.p, self.d = QLineEdit(), QLineEdit()
        self.p.setPlaceholderText(self.tr("parameters, e.g. 8e9 (active parameters for MoE)"))
        self.d.setPlaceholderText(self.tr("training tokens, e.g. 15e12"))
        self.p.setAccessibleName("P")
        self.d.setAccessibleName("D")
        form.addRow(self.tr("&P (parameters)"), self.p)
        form.addRow(self.tr("&D (tokens)"), self.d)
        for e in (self.p, self.d):
            e.textChanged.connect(lambda _t: self.changed.emit())

    def value(self) -> Any:
        if not self.p.text().strip() and not self.d.text().strip():
            return UNKNOWN
        return {"P": parse_number(self.p.text(), "P"), "D": parse_number(self.d.text(), "D")}

    def set_value(self, value: Any) -> None:
        v = value if isinstance(value, dict) else {}
        self.p.setText(num_text(v.get("P")))
        self.d.setText(num_text(v.get("D")))


class PeriodsEditor(AnswerEditor):
    COLS = (
        QT_TRANSLATE_NOOP("PeriodsEditor", "N (chips)"),
        QT_TRANSLATE_NOOP("PeriodsEditor", "L (seconds)"),
        QT_TRANSLATE_NOOP("PeriodsEditor", "H (peak FLOP/s)"),
        QT_TRANSLATE_NOOP("PeriodsEditor", "U (0-1)"),
    )

    def __init__(self, item: Item, parent: QWidget | None = None) -> None:
        super().__init__(item, parent)
        lay = _flush(QVBoxLayout(self))
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [QCoreApplication.translate("PeriodsEditor", c) for c in self.COLS]
        )
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName(self.tr("Hardware periods"))
        self.table.setMaximumHeight(150)
        self.table.itemChanged.connect(lambda _i: self.changed.emit())
        row = QHBoxLayout()
        add, rm = QPushButton(self.tr("Add period")), QPushButton(self.tr("Remove period"))
        add.clicked.connect(lambda: self._add(["", "", "", ""]))
        rm.clicked.connect(self._remove)
        row.addWidget(add)
        row.addWidget(rm)
        row.addStretch(1)
        lay.addWidget(self.table)
        lay.addLayout(row)

    def _add(self, cells: list[str]) -> None:
        r = self.table.rowCount()
        self.table.insertRow(r)
        for c, text in enumerate(cells):
            self.table.setItem(r, c, QTableWidgetItem(text))
        self.changed.emit()

    def _remove(self) -> None:
        r = self.table.currentRow()
        if r >= 0:
            self.table.removeRow(r)
            self.changed.emit()

    def value(self) -> Any:
        rows = []
        for r in range(self.table.rowCount()):
            cells = [
                (self.table.item(r, c).text() if self.table.item(r, c) else "").strip() for c in range(4)
            ]
            if not any(cells):
                continue
            period = self.tr("Period %1").replace("%1", str(r + 1))
            rows.append(
                [
                    parse_number(t, f"{period} {QCoreApplication.translate('PeriodsEditor', self.COLS[c])}")
                    for c, t in enumerate(cells)
                ]
            )
        return rows or UNKNOWN

    def set_value(self, value: Any) -> None:
        self.table.setRowCount(0)
        for row in value if isinstance(value, list) else []:
            self._add([num_text(x) for x in row])


class ModifierEditor(AnswerEditor):
    def __init__(self, item: Item, parent: QWidget | None = None) -> None:
        super().__init__(item, parent)
        lay = _flush(QVBoxLayout(self))
        self.choice = QComboBox()
        self.choice.setAccessibleName(item.id)
        self.choice.addItem(self.tr("— not answered —"), UNKNOWN)
        self.choice.addItem(self.tr("No: the provider trained the model itself"), "no")
        self.choice.addItem(self.tr("Yes: it modified another provider's model"), "yes")
        self.base, self.mod = QLineEdit(), QLineEdit()
        self.base.setPlaceholderText(self.tr("base model compute, FLOP"))
        self.mod.setPlaceholderText(self.tr("modification compute, FLOP"))
        form = QFormLayout()
        form.addRow(self.tr("Base compute"), self.base)
        form.addRow(self.tr("Modification compute"), self.mod)
        lay.addWidget(self.choice)
        lay.addLayout(form)
        self.choice.currentIndexChanged.connect(self._sync)
        for e in (self.base, self.mod):
            e.textChanged.connect(lambda _t: self.changed.emit())
        self._sync()

    def _sync(self) -> None:
        on = self.choice.currentData() == "yes"
        self.base.setEnabled(on)
        self.mod.setEnabled(on)
        self.changed.emit()

    def value(self) -> Any:
        c = self.choice.currentData()
        if c != "yes":
            return c
        base, mod = self.tr("Base compute"), self.tr("Modification compute")
        return {"base_compute": parse_number(self.base.text(), base),
                "modification_compute": parse_number(self.mod.text(), mod)}  # fmt: skip

    def set_value(self, value: Any) -> None:
        if isinstance(value, dict):
            self.choice.setCurrentIndex(self.choice.findData("yes"))
            self.base.setText(num_text(value.get("base_compute")))
            self.mod.setText(num_text(value.get("modification_compute")))
        else:
            self.choice.setCurrentIndex(max(self.choice.findData(value), 0))


class LicenceEditor(AnswerEditor):
    """An editable combo of the licence knowledge base; any SPDX id or LicenseRef typed."""

    def __init__(self, item: Item, parent: QWidget | None = None) -> None:
        super().__init__(item, parent)
        lay = _flush(QHBoxLayout(self))
        self.combo = QComboBox()
        self.combo.setEditable(True)
        self.combo.setAccessibleName(item.id)
        self.combo.setMinimumWidth(420)
        self.combo.addItem("", "")
        for p in sorted(licence_screen.knowledge_base(), key=lambda p: p.name.lower()):
            self.combo.addItem(f"{p.name} — {p.id}", p.id)
        self.combo.lineEdit().setPlaceholderText(self.tr("SPDX id or LicenseRef-… (type or pick)"))
        self.combo.currentTextChanged.connect(lambda _t: self.changed.emit())
        lay.addWidget(self.combo)
        lay.addStretch(1)

    def value(self) -> Any:
        text = self.combo.currentText().strip()
        if not text:
            return UNKNOWN
        i = self.combo.findText(text)
        if i >= 0 and self.combo.itemData(i):
            return self.combo.itemData(i)
        typed = text.split(" — ")[-1].strip()
        prof = licence_screen.profile(typed)  # a family or Hugging Face tag, e.g. "llama3.1"
        return prof.id if prof is not None else typed

    def set_value(self, value: Any) -> None:
        if is_unknown(value) or not isinstance(value, str):
            self.combo.setCurrentIndex(0)
            return
        i = self.combo.findData(value)
        if i >= 0:
            self.combo.setCurrentIndex(i)
        else:
            self.combo.setEditText(value)


class FlagsEditor(AnswerEditor):
    def __init__(self, item: Item, parent: QWidget | None = None) -> None:
        super().__init__(item, parent)
        lay = _flush(QVBoxLayout(self))
        self.unknown = QCheckBox(self.tr("Not checked yet (unknown)"))
        self.unknown.setObjectName("flagsUnknown")
        self.unknown.setChecked(True)
        lay.addWidget(self.unknown)
        self.boxes: dict[str, QCheckBox] = {}
        for f in item.flags:
            b = QCheckBox(item.flag_labels.get(f, f))
            b.setObjectName(f"flag_{f}")
            b.setAccessibleName(f)
            b.toggled.connect(self._flag_toggled)
            self.boxes[f] = b
            lay.addWidget(b)
        self.unknown.toggled.connect(lambda _on: self.changed.emit())

    def _flag_toggled(self, on: bool) -> None:
        if on:
            self.unknown.setChecked(False)
        self.changed.emit()

    def value(self) -> Any:
        ticked = [f for f, b in self.boxes.items() if b.isChecked()]
        if self.unknown.isChecked() and not ticked:
            return UNKNOWN
        return ticked

    def set_value(self, value: Any) -> None:
        ticked = value if isinstance(value, list) else []
        for f, b in self.boxes.items():
            b.blockSignals(True)
            b.setChecked(f in ticked)
            b.blockSignals(False)
        self.unknown.setChecked(not isinstance(value, list))
        self.changed.emit()


class RestrictionsEditor(AnswerEditor):
    """Each restriction with its four ¶84 judgements (unknown / yes / no)."""

    def __init__(self, item: Item, parent: QWidget | None = None) -> None:
        super().__init__(item, parent)
        lay = _flush(QVBoxLayout(self))
        self.unknown = QCheckBox(self.tr("Not checked yet (unknown)"))
        self.unknown.setChecked(True)
        self.table = QTableWidget(0, 1 + len(JUDGEMENTS))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Restriction")] + [self._judgement_label(j) for j in JUDGEMENTS]
        )
        hh = self.table.horizontalHeader()
        hh.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for c in range(1, 1 + len(JUDGEMENTS)):
            hh.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setWordWrap(True)
        self.table.setMinimumHeight(300)
        self.table.setAccessibleName(self.tr("Use restrictions"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.itemChanged.connect(lambda _i: self.changed.emit())
        row = QHBoxLayout()
        self.add_btn, self.rm_btn = QPushButton(self.tr("Add restriction")), QPushButton(self.tr("Remove"))
        self.add_btn.clicked.connect(lambda: self.add_row({"text": ""}))
        self.rm_btn.clicked.connect(self._remove)
        row.addWidget(self.add_btn)
        row.addWidget(self.rm_btn)
        row.addStretch(1)
        lay.addWidget(self.unknown)
        lay.addWidget(self.table)
        lay.addLayout(row)
        self.unknown.toggled.connect(lambda _on: self.changed.emit())
        self._sources: list[str] = []

    def _judgement_label(self, j: str) -> str:
        names = {
            "safety": self.tr("Safety-oriented"),
            "specific": self.tr("Specific"),
            "proportionate": self.tr("Proportionate"),
            "objective_nondiscriminatory": self.tr("Objective, non-discriminatory"),
        }
        return names.get(j, JUDGEMENT_LABELS.get(j, j))

    def add_row(self, r: dict[str, Any]) -> None:
        self.unknown.setChecked(False)
        n = self.table.rowCount()
        self.table.insertRow(n)
        cell = QTableWidgetItem(str(r.get("text", "")))
        tip = str(r.get("text", ""))
        if r.get("source"):
            tip += f"\n[{r['source']}]"
        cell.setToolTip(tip)
        self.table.setItem(n, 0, cell)
        self._sources.append(str(r.get("source", "")))
        for c, j in enumerate(JUDGEMENTS, 1):
            box = QComboBox()
            box.setAccessibleName(f"{JUDGEMENT_LABELS[j]} {n + 1}")
            for v, shown in ((UNKNOWN, self.tr("unknown")), ("yes", self.tr("yes")), ("no", self.tr("no"))):
                box.addItem(shown, v)
            box.setCurrentIndex(max(box.findData(r.get(j, UNKNOWN)), 0))
            box.currentIndexChanged.connect(lambda _i: self.changed.emit())
            self.table.setCellWidget(n, c, box)
        self.table.resizeRowToContents(n)
        self.changed.emit()

    def _remove(self) -> None:
        r = self.table.currentRow()
        if r >= 0:
            self.table.removeRow(r)
            del self._sources[r]
            self.changed.emit()

    def judge(self, row: int, judgement: str, value: str) -> None:
        box = self.table.cellWidget(row, 1 + JUDGEMENTS.index(judgement))
        assert isinstance(box, QComboBox)
        box.setCurrentIndex(box.findData(value))

    def value(self) -> Any:
        if self.unknown.isChecked() and self.table.rowCount() == 0:
            return UNKNOWN
        out = []
        for r in range(self.table.rowCount()):
            it = self.table.item(r, 0)
            text = it.text().strip() if it else ""
            if not text:
                continue
            row: dict[str, Any] = {"text": text}
            if r < len(self._sources) and self._sources[r]:
                row["source"] = self._sources[r]
            for c, j in enumerate(JUDGEMENTS, 1):
                box = self.table.cellWidget(r, c)
                row[j] = box.currentData() if isinstance(box, QComboBox) else UNKNOWN
            out.append(row)
        return out

    def set_value(self, value: Any) -> None:
        self.table.setRowCount(0)
        self._sources = []
        for r in value if isinstance(value, list) else []:
            if isinstance(r, dict):
                self.add_row(r)
        self.unknown.setChecked(not isinstance(value, list))
        self.changed.emit()


class DateEditor(AnswerEditor):
    def __init__(self, item: Item, parent: QWidget | None = None) -> None:
        super().__init__(item, parent)
        lay = _flush(QHBoxLayout(self))
        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setDate(QDate.currentDate())
        self.date.setAccessibleName(item.id)
        self.unknown = QCheckBox(self.tr("Not known"))
        self.unknown.setChecked(True)
        lay.addWidget(self.date)
        lay.addWidget(self.unknown)
        lay.addStretch(1)
        self.date.dateChanged.connect(self._picked)
        self.unknown.toggled.connect(lambda on: (self.date.setEnabled(not on), self.changed.emit()))
        self.date.setEnabled(False)

    def _picked(self) -> None:
        self.unknown.setChecked(False)
        self.changed.emit()

    def value(self) -> Any:
        return UNKNOWN if self.unknown.isChecked() else self.date.date().toString("yyyy-MM-dd")

    def set_value(self, value: Any) -> None:
        if isinstance(value, str) and not is_unknown(value):
            try:
                d = dt.date.fromisoformat(value)
            except ValueError:
                d = None
            if d is not None:
                self.date.blockSignals(True)
                self.date.setDate(QDate(d.year, d.month, d.day))
                self.date.blockSignals(False)
                self.unknown.setChecked(False)
                return
        self.unknown.setChecked(True)


EDITORS: dict[str, type[AnswerEditor]] = {
    "yn": ChoiceEditor, "ynp": ChoiceEditor, "pick": PickEditor, "number": NumberEditor, "pd": PDEditor,
    "periods": PeriodsEditor, "modifier": ModifierEditor, "licence": LicenceEditor, "flags": FlagsEditor,
    "restrictions": RestrictionsEditor, "date": DateEditor,
}  # fmt: skip
