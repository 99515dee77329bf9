"""The Checklist tab: a wizard over the case's exemption checklist.

Driven by the pure :class:`app.domain.checklist.Navigator` (which questions are
asked, in which order) and :func:`app.domain.decision.decide` (the live outcome).
One page per question: the plain question, its help and legal basis, an answer
editor for its kind, suggestions (licence knowledge base, licence screening, the
case's subject kind) shown as suggestions to accept one by one, an evidence
picker and a note. Answers are saved through ``app.services.checklist`` on the
window's TaskRunner (off the GUI thread) whenever the officer leaves a page or
presses Ctrl+S; the wizard resumes at the first unanswered question.
"""

from __future__ import annotations

import datetime as dt
import html
import json
from collections.abc import Callable
from typing import Any

from app.domain import compute, decision, licence_screen
from app.domain.checklist import (
    JUDGEMENT_LABELS,
    JUDGEMENTS,
    UNKNOWN,
    ChecklistDefinition,
    Item,
    Navigator,
    is_unknown,
    validate_value,
    value_of,
)
from app.domain.errors import BadInput, Conflict
from app.services import checklist as svc
from app.services.context import AppContext
from app.ui import decision_labels, i18n
from app.ui.qt import (
    QT_TRANSLATE_NOOP,
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QColor,
    QComboBox,
    QCoreApplication,
    QDate,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QKeySequence,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QShortcut,
    QSplitter,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
    Signal,
)
from app.ui.tabs import checklist_candidates
from app.ui.tasks import TaskRunner

YN_LABELS = {
    "yes": QT_TRANSLATE_NOOP("ChoiceEditor", "&Yes"),
    "no": QT_TRANSLATE_NOOP("ChoiceEditor", "&No"),
    "partial": QT_TRANSLATE_NOOP("ChoiceEditor", "&Partly"),
    UNKNOWN: QT_TRANSLATE_NOOP("ChoiceEditor", "&Unknown"),
}
OUTCOME_COLOURS = {
    "partially_exempt": "#166534",
    "excluded_art_2_12": "#166534",
    "undetermined": "#92400e",
    "not_gpai": "#1e40af",
}


class EditorError(Exception):
    """The editor holds something that is not a valid value (shown under the editor)."""


def _num_text(v: Any) -> str:
    n = compute.as_number(v)
    if n is None:
        return ""
    return f"{n:.12g}".replace("e+", "e")  # full precision: a reloaded value must save unchanged


def _parse(text: str, what: str) -> float:
    try:
        return compute.parse_flop(text)
    except ValueError as err:
        raise EditorError(f"{what}: {err}") from None


# ------------------------------------------------------------------------------ editors


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
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
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
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
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
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
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
            self.shown.setText("" if is_unknown(v) else "= " + _flop(float(v)))
        except EditorError:
            self.shown.setText("")
        self.changed.emit()

    def value(self) -> Any:
        t = self.edit.text().strip()
        return UNKNOWN if not t else _parse(t, self.item.id)

    def set_value(self, value: Any) -> None:
        self.edit.setText(_num_text(value))


class PDEditor(AnswerEditor):
    def __init__(self, item: Item, parent: QWidget | None = None) -> None:
        super().__init__(item, parent)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
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
        return {"P": _parse(self.p.text(), "P"), "D": _parse(self.d.text(), "D")}

    def set_value(self, value: Any) -> None:
        v = value if isinstance(value, dict) else {}
        self.p.setText(_num_text(v.get("P")))
        self.d.setText(_num_text(v.get("D")))


class PeriodsEditor(AnswerEditor):
    COLS = (
        QT_TRANSLATE_NOOP("PeriodsEditor", "N (chips)"),
        QT_TRANSLATE_NOOP("PeriodsEditor", "L (seconds)"),
        QT_TRANSLATE_NOOP("PeriodsEditor", "H (peak FLOP/s)"),
        QT_TRANSLATE_NOOP("PeriodsEditor", "U (0-1)"),
    )

    def __init__(self, item: Item, parent: QWidget | None = None) -> None:
        super().__init__(item, parent)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
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
                    _parse(t, f"{period} {QCoreApplication.translate('PeriodsEditor', self.COLS[c])}")
                    for c, t in enumerate(cells)
                ]
            )
        return rows or UNKNOWN

    def set_value(self, value: Any) -> None:
        self.table.setRowCount(0)
        for row in value if isinstance(value, list) else []:
            self._add([_num_text(x) for x in row])


class ModifierEditor(AnswerEditor):
    def __init__(self, item: Item, parent: QWidget | None = None) -> None:
        super().__init__(item, parent)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
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
        return {"base_compute": _parse(self.base.text(), self.tr("Base compute")),
                "modification_compute": _parse(self.mod.text(), self.tr("Modification compute"))}  # fmt: skip

    def set_value(self, value: Any) -> None:
        if isinstance(value, dict):
            self.choice.setCurrentIndex(self.choice.findData("yes"))
            self.base.setText(_num_text(value.get("base_compute")))
            self.mod.setText(_num_text(value.get("modification_compute")))
        else:
            self.choice.setCurrentIndex(max(self.choice.findData(value), 0))


class LicenceEditor(AnswerEditor):
    """An editable combo of the licence knowledge base; any SPDX id or LicenseRef typed."""

    def __init__(self, item: Item, parent: QWidget | None = None) -> None:
        super().__init__(item, parent)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
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
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
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
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
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
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
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


# ------------------------------------------------------------------------------ compute helper


class ComputeHelper(QGroupBox):
    """P and D, or chips × hours × peak FLOP/s × utilisation → C (2 s.f.), ±30% band, meaning."""

    use_pd = Signal(object)
    use_periods = Signal(object)

    def __init__(self, thresholds: compute.Thresholds, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Compute helper (Guidelines Annex A)"))
        self.setObjectName("computeHelper")
        self.th = thresholds
        grid = QGridLayout(self)
        self.p, self.d = QLineEdit(), QLineEdit()
        self.n, self.hours, self.h, self.u = QLineEdit(), QLineEdit(), QLineEdit(), QLineEdit()
        for w, ph, name in ((self.p, "8e9", "P"), (self.d, "15e12", "D"),
                            (self.n, "16384", self.tr("GPUs")), (self.hours, "1296", self.tr("hours")),
                            (self.h, "9.89e14", self.tr("peak FLOP/s")),
                            (self.u, "0.4", self.tr("utilisation"))):  # fmt: skip
            w.setPlaceholderText(ph)
            w.setAccessibleName(name)
            w.textChanged.connect(self._recompute)
        grid.addWidget(QLabel(self.tr("Parameters P")), 0, 0)
        grid.addWidget(self.p, 0, 1)
        grid.addWidget(QLabel(self.tr("Tokens D")), 0, 2)
        grid.addWidget(self.d, 0, 3)
        self.use_pd_btn = QPushButton(self.tr("Use as A2a"))
        grid.addWidget(self.use_pd_btn, 0, 4)
        grid.addWidget(QLabel(self.tr("GPUs N")), 1, 0)
        grid.addWidget(self.n, 1, 1)
        grid.addWidget(QLabel(self.tr("Hours")), 1, 2)
        grid.addWidget(self.hours, 1, 3)
        grid.addWidget(QLabel(self.tr("Peak FLOP/s H")), 2, 0)
        grid.addWidget(self.h, 2, 1)
        grid.addWidget(QLabel(self.tr("Utilisation U")), 2, 2)
        grid.addWidget(self.u, 2, 3)
        self.use_hw_btn = QPushButton(self.tr("Use as A2b"))
        grid.addWidget(self.use_hw_btn, 2, 4)
        self.result = QLabel()
        self.result.setObjectName("computeResult")
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        grid.addWidget(self.result, 3, 0, 1, 5)
        self.use_pd_btn.clicked.connect(self._emit_pd)
        self.use_hw_btn.clicked.connect(self._emit_hw)
        self._recompute()

    def _vals(self, *edits: QLineEdit) -> list[float] | None:
        try:
            return [compute.parse_flop(e.text()) for e in edits]
        except ValueError:
            return None

    def pd(self) -> dict[str, float] | None:
        v = self._vals(self.p, self.d)
        return {"P": v[0], "D": v[1]} if v and v[0] > 0 and v[1] > 0 else None

    def periods(self) -> list[list[float]] | None:
        v = self._vals(self.n, self.hours, self.h, self.u)
        if not v or not all(x > 0 for x in v) or v[3] > 1:
            return None
        return [[v[0], v[1] * 3600.0, v[2], v[3]]]

    def _emit_pd(self) -> None:
        if self.pd():
            self.use_pd.emit(self.pd())

    def _emit_hw(self) -> None:
        if self.periods():
            self.use_periods.emit(self.periods())

    def _recompute(self) -> None:
        pd, hw = self.pd(), self.periods()
        self.use_pd_btn.setEnabled(pd is not None)
        self.use_hw_btn.setEnabled(hw is not None)
        parts = []
        if pd is not None:
            est = compute.estimate({"A2a": pd}, self.th)
            parts.append(compute.explain(est, self.th))
        if hw is not None:
            est = compute.estimate({"A2b": hw}, self.th)
            parts.append(compute.explain(est, self.th))
        self.result.setText(
            "\n\n".join(parts)
            or self.tr("Enter P and D, or GPUs, hours, peak FLOP/s and utilisation, to estimate C.")
        )

    def show_estimate(self, values: dict[str, Any], parameters: Any = None) -> None:
        """Pre-fill from the answers given so far, else P from model inspection."""
        pd = values.get("A2a")
        if isinstance(pd, dict) and not self.p.text() and not self.d.text():
            self.p.setText(_num_text(pd.get("P")))
            self.d.setText(_num_text(pd.get("D")))
        elif parameters and not self.p.text():
            self.p.setText(_num_text(parameters))
            self.p.setToolTip(self.tr("Parameter count from model inspection (safetensors/GGUF headers)"))


# ------------------------------------------------------------------------------ the page


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


# ------------------------------------------------------------------------------ outcome panel


def outcome_html(
    doc: dict[str, Any], tr: Callable[[str], str], defn: ChecklistDefinition | None = None
) -> str:
    parts: list[str] = []
    t_compute = tr(QT_TRANSLATE_NOOP("ChecklistTab", "Compute"))
    t_unknown = tr(QT_TRANSLATE_NOOP("ChecklistTab", "unknown"))
    t_deadline = tr(QT_TRANSLATE_NOOP("ChecklistTab", "Deadline"))
    t_start = tr(QT_TRANSLATE_NOOP("ChecklistTab", "Answer A1 (model, system or both) to start."))
    t_reasoning = tr(QT_TRANSLATE_NOOP("ChecklistTab", "Reasoning"))
    missing_labels: dict[str, str] = {}
    if defn is not None:
        for it in defn.items:
            q = it.question
            missing_labels[it.id] = q if len(q) <= 70 else q[:68].rsplit(" ", 1)[0] + "…"
    c = doc.get("compute") or {}
    if c.get("flop") is not None:
        parts.append(
            f"<p><b>{t_compute}</b>: C ≈ {_flop(c['flop'])} FLOP "
            f"({html.escape(str(c['method']))})"
            f"<br>±30%: {_flop(c['low'])} – {_flop(c['high'])}"
            f" · {html.escape(_band_label(str(c['band'])))}</p>"
        )
    else:
        parts.append(f"<p><b>{t_compute}</b>: {t_unknown}</p>")

    def lst(title: str, items: list[str], labels: dict[str, str] | None = None, code: bool = True) -> str:
        if not items:
            return ""
        rows = []
        for i in items:
            label = (labels or {}).get(i)
            shown = html.escape(i).replace("_", "_\u200b").replace(":", ":\u200b")
            if not label:
                rows.append(f"<li>{shown}</li>")
            elif code:
                rows.append(f"<li>{html.escape(label)} <span style='color:#6b7280'>({shown})</span></li>")
            else:
                rows.append(f"<li>{html.escape(label)}</li>")
        return f"<p style='margin-bottom:0'><b>{title}</b></p><ul style='margin-top:0'>{''.join(rows)}</ul>"

    for key, title in (
        ("track_m", tr(QT_TRANSLATE_NOOP("ChecklistTab", "Model: Art. 53(2), 54(6)"))),
        ("track_s", tr(QT_TRANSLATE_NOOP("ChecklistTab", "System: Art. 2(12)"))),
    ):
        t = doc.get(key)
        if not t:
            continue
        colour = OUTCOME_COLOURS.get(t["outcome"], "#991b1b")
        label = decision_labels.outcome_labels().get(t["outcome"], t["outcome"])
        parts.append(
            f"<h3 style='margin-bottom:2px'>{html.escape(title)}</h3>"
            f"<p style='font-size:13pt;color:{colour};margin-top:0'><b>{html.escape(label)}</b></p>"
        )
        parts.append(
            lst(
                tr(QT_TRANSLATE_NOOP("ChecklistTab", "Grounds")),
                t.get("grounds", []),
                decision_labels.ground_labels(),
            )
        )
        parts.append(
            lst(
                tr(QT_TRANSLATE_NOOP("ChecklistTab", "Missing answers")), t.get("missing", []), missing_labels
            )
        )
        parts.append(
            lst(
                tr(QT_TRANSLATE_NOOP("ChecklistTab", "Obligations that apply")),
                t.get("obligations", []),
                decision_labels.obligation_labels(),
                code=False,
            )
        )
        parts.append(
            lst(
                tr(QT_TRANSLATE_NOOP("ChecklistTab", "Findings")),
                t.get("findings", []),
                decision_labels.finding_labels(),
            )
        )
        if t.get("deadline"):
            parts.append(f"<p><b>{t_deadline}</b>: {html.escape(t['deadline'])}</p>")
    if not doc.get("track_m") and not doc.get("track_s"):
        parts.append(f"<p>{t_start}</p>")
    else:
        why = "".join(f"<li>{html.escape(line)}</li>" for line in decision_labels.reasoning(doc))
        parts.append(
            f"<p style='margin-bottom:0'><b>{t_reasoning}</b></p>"
            f"<ul style='margin-top:0;color:#374151;font-size:9pt'>{why}</ul>"
        )
    return "".join(parts)


def _flop(value: float) -> str:
    """A FLOP figure ("7.2 × 10²³") with the interface language's decimal separator."""
    from app.ui.qt import QLocale

    return compute.format_flop(value).replace(".", QLocale().decimalPoint())


def _band_label(band: str) -> str:
    names = {
        "systemic_presumed": QCoreApplication.translate("ChecklistTab", "systemic risk presumed"),
        "borderline": QCoreApplication.translate("ChecklistTab", "borderline"),
        "not_presumed": QCoreApplication.translate("ChecklistTab", "not presumed"),
    }
    return names.get(band, band.replace("_", " "))


# ------------------------------------------------------------------------------ the tab


class ChecklistTab(QWidget):
    """``ChecklistTab(ctx, reference, runner, parent=None)`` (contracts.md)."""

    changed = Signal()
    saved = Signal()

    def __init__(
        self, ctx: AppContext, reference: str, runner: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx, self.reference, self.runner = ctx, reference, runner
        self.setObjectName("checklistTab")
        self.state: svc.ChecklistState | None = None
        self.defn: ChecklistDefinition | None = None
        self.nav: Navigator | None = None
        self.saved_answers: dict[str, dict[str, Any]] = {}
        self.pending: dict[str, dict[str, Any]] = {}
        # Optimistic locking: the saved version each pending answer was edited from (0 = none),
        # and the versions this tab's own saves moved answers through ({qid: {from: to}}).
        self.base_versions: dict[str, int] = {}
        self._own_saves: dict[str, dict[int, int]] = {}
        self.conflict_dialog: Any = None
        self.screen_suggestions: dict[str, tuple[Any, str, str]] = {}
        self.screen_doc: dict[str, Any] | None = None  # the last screening (its candidate clauses)
        self.page: QuestionPage | None = None
        self.compute_helper: ComputeHelper | None = None
        self.outcome: dict[str, Any] = {}
        self._build()
        self.refresh()

    # -- layout ---------------------------------------------------------------------
    def _build(self) -> None:
        root = QVBoxLayout(self)
        root.setContentsMargins(6, 6, 6, 6)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.setObjectName("checklistSplitter")
        self.tree = QTreeWidget()
        self.tree.setObjectName("questionTree")
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(self.tr("Questions"))
        self.tree.setMinimumWidth(200)
        self.tree.itemActivated.connect(self._tree_jump)
        self.tree.itemClicked.connect(self._tree_jump)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.outcome_view = QLabel()
        self.outcome_view.setObjectName("outcomePanel")
        self.outcome_view.setAccessibleName(self.tr("Outcome"))
        self.outcome_view.setWordWrap(True)
        self.outcome_view.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.outcome_view.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.outcome_view.setMargin(10)
        self.outcome_view.setStyleSheet(
            "#outcomePanel { background: #f8fafc; border-left: 1px solid #e5e7eb; }"
        )
        outcome_scroll = QScrollArea()
        outcome_scroll.setWidgetResizable(True)
        outcome_scroll.setWidget(self.outcome_view)
        outcome_scroll.setMinimumWidth(300)
        outcome_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        split.addWidget(self.tree)
        split.addWidget(self.scroll)
        split.addWidget(outcome_scroll)
        split.setStretchFactor(0, 0)
        split.setStretchFactor(1, 1)
        split.setStretchFactor(2, 0)
        split.setSizes([235, 625, 360])
        root.addWidget(split, 1)

        bar = QHBoxLayout()
        self.back_btn = QPushButton(self.tr("◀ Back"))  # no mnemonic: Alt+B/Alt+N must never skip
        self.back_btn.setObjectName("backButton")
        self.back_btn.setToolTip(self.tr("Previous question (Alt+Left, Page Up)"))
        self.next_btn = QPushButton(self.tr("Next ▶"))  # Alt+N is "No" (ChoiceEditor)
        self.next_btn.setObjectName("nextButton")
        self.next_btn.setToolTip(self.tr("Next question (Alt+Right, Page Down, Ctrl+Enter)"))
        self.next_btn.setDefault(True)
        self.save_btn = QPushButton(self.tr("&Save"))
        self.save_btn.setToolTip(self.tr("Save this answer (Ctrl+S)"))
        self.status = QLabel()
        self.status.setObjectName("saveStatus")
        self.version_label = QLabel()
        self.version_label.setStyleSheet("color: #6b7280;")
        self.back_btn.setAccessibleName(self.tr("Back"))
        self.next_btn.setAccessibleName(self.tr("Next"))
        self.save_btn.setAccessibleName(self.tr("Save"))
        bar.addWidget(self.version_label)
        bar.addStretch(1)
        bar.addWidget(self.status)
        bar.addWidget(self.save_btn)
        bar.addWidget(self.back_btn)
        bar.addWidget(self.next_btn)
        root.addLayout(bar)
        self.back_btn.clicked.connect(self.go_back)
        self.next_btn.clicked.connect(self.go_next)
        self.save_btn.clicked.connect(self.save)
        from app.ui import shortcuts  # keys of the "checklist" context, clashes refused there

        for name, fn in (("back", self.go_back), ("next", self.go_next), ("save", self.save)):
            for seq in shortcuts.keys("checklist", name):
                sc = QShortcut(QKeySequence(seq), self)
                sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                sc.activated.connect(fn)
        self.outcome_view.setText(self.tr("Loading the checklist…"))

    # -- loading ----------------------------------------------------------------------
    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        """Coming back to the tab: pick up evidence attached meanwhile (pending answers kept)."""
        super().showEvent(event)
        if self.nav is not None and not self.runner.busy:
            self.refresh()

    def refresh(self) -> None:
        ctx, ref = self.ctx, self.reference
        language = i18n.current_language()  # the checklist's texts follow the interface language

        def load(_p: Any) -> tuple[svc.ChecklistState, ChecklistDefinition]:
            st = svc.get_state(ctx, ref)
            return st, svc.load_definition(st.checklist_id, st.version, ctx=ctx, language=language)

        self.runner.query(
            load, on_done=self._loaded, on_error=self._load_failed, label=self.tr("Loading the checklist…")
        )

    def _load_failed(self, err: BaseException) -> None:
        """A broken definition (or an unreadable case) stops the wizard with the message:
        it never half-works."""
        self.outcome_view.setText(html.escape(str(err)))
        self.status.setText(self.tr("The checklist cannot be used: %1").replace("%1", str(err)))
        for w in (self.back_btn, self.next_btn, self.save_btn, self.tree):
            w.setEnabled(False)
        old = self.scroll.takeWidget()
        if old is not None:
            old.deleteLater()
        msg = QLabel(str(err))
        msg.setObjectName("checklistError")
        msg.setWordWrap(True)
        msg.setStyleSheet("color: #b91c1c; font-size: 12pt; padding: 20px;")
        self.scroll.setWidget(msg)
        self.page = None

    def _loaded(self, result: tuple[svc.ChecklistState, ChecklistDefinition]) -> None:
        st, defn = result
        first_load = self.nav is None
        self._pin_bases()  # pending edits stay based on the versions they were made on
        self.state, self.defn = st, defn
        self.saved_answers = st.plain_answers()
        self.version_label.setText(
            self.tr("Checklist %1 %2 · %3").replace("%1", st.checklist_id).replace("%2", st.version)
            .replace("%3", defn.source.split(";")[-1].strip())
        )  # fmt: skip
        answers = self.answers()
        if first_load:  # resume after the last question answered
            probe = Navigator(defn, answers)
            self.nav = Navigator(defn, answers, start=probe.resume_point())
        else:
            assert self.nav is not None
            self.nav.set_answers(answers)
        locked = st.status in svc.LOCKED_STATUSES
        self.setEnabled(True)
        self.save_btn.setEnabled(not locked)
        if locked:
            self.status.setText(
                self.tr("Case %1: answers are read-only (reopen to change)").replace("%1", st.status)
            )
        self._show_page()

    def answers(self) -> dict[str, dict[str, Any]]:
        """Saved answers with the unsaved ones on top."""
        out = dict(self.saved_answers)
        out.update(self.pending)
        return out

    # -- pages -------------------------------------------------------------------------
    def _show_page(self) -> None:
        assert self.nav is not None and self.defn is not None and self.state is not None
        item = self.defn.item(self.nav.current)
        page = QuestionPage(self.defn, item, self.nav.position(), self.state.evidence)
        page.load(self.answers().get(item.id))
        page.edited.connect(self._page_edited)
        if item.id in ("A2", "A2a", "A2b", "C1"):
            helper = ComputeHelper(self.defn.thresholds)
            values = {k: value_of(v) for k, v in self.answers().items()}
            helper.show_estimate(values, self.state.subject.get("parameters"))
            helper.use_pd.connect(lambda v: self._apply_elsewhere("A2a", v))
            helper.use_periods.connect(lambda v: self._apply_elsewhere("A2b", v))
            page.extra.addWidget(helper)
            self.compute_helper = helper
        else:
            self.compute_helper = None
        if item.id == "M1":
            row = QHBoxLayout()
            case_btn = QPushButton(self.tr("Screen the case's &licence evidence"))
            case_btn.setObjectName("screenEvidenceButton")
            case_btn.setToolTip(
                self.tr("Read the licence and policy files attached as evidence; suggest answers for M1-M7")
            )
            case_btn.clicked.connect(self.screen_case_evidence)
            btn = QPushButton(self.tr("Screen other files…"))
            btn.setObjectName("screenButton")
            btn.setToolTip(self.tr("Read a licence and its policies from disk; suggest answers for M1-M7"))
            btn.clicked.connect(self._choose_screen_files)
            row.addWidget(case_btn)
            row.addWidget(btn)
            row.addStretch(1)
            page.extra.addLayout(row)
        self._offer_suggestion(page)
        checklist_candidates.attach(page, self.screen_doc)
        old = self.scroll.takeWidget()
        if old is not None:
            old.deleteLater()
        self.scroll.setWidget(page)
        self.page = page
        self._sync_nav()
        self._rebuild_tree()
        self._recompute()
        page.editor.setFocus()

    def _offer_suggestion(self, page: QuestionPage) -> None:
        iid = page.item.id
        current = value_of(self.answers().get(iid))
        sug = self.suggestion(iid)
        if sug is None or (not is_unknown(current) and current == sug[0]):
            page.set_suggestion(None, "", "")
            return
        page.set_suggestion(*sug)

    def suggestion(self, iid: str) -> tuple[Any, str, str] | None:
        """The suggestion for a question: licence screening first, then the licence
        knowledge base for the licence in M1, then the case's subject kind for A1."""
        if iid in self.screen_suggestions:
            return self.screen_suggestions[iid]
        m1 = value_of(self.answers().get("M1"))
        if isinstance(m1, str) and not is_unknown(m1) and iid != "M1":
            s = licence_screen.suggestions_for(m1)
            if iid in s:
                prof = licence_screen.profile(m1)
                name = prof.name if prof else m1
                where = (
                    self.tr("Licence knowledge base: %1 · %2")
                    .replace("%1", name)
                    .replace("%2", s[iid].source)
                )
                return s[iid].value, f"{s[iid].why} {s[iid].marker}", where
        inspected = self.inspection_suggestion(iid)
        if inspected is not None:
            return inspected
        if iid == "A1" and self.state is not None:
            return (
                self.state.subject_kind,
                self.tr("The case was opened for this kind of subject."),
                self.tr("Case"),
            )
        return None

    def inspection_suggestion(self, iid: str) -> tuple[Any, str, str] | None:
        """Facts that model inspection recorded on the case subject (Evidence tab)."""
        subj = self.state.subject if self.state is not None else {}
        src = self.tr("Model inspection (case subject)")
        if iid == "M1" and subj.get("licence"):
            raw = str(subj["licence"]).strip()
            prof = licence_screen.profile(raw) or licence_screen.profile(raw.lower())
            if prof is not None:
                return prof.id, self.tr("The model card names the licence '%1'.").replace("%1", raw), src
            if raw.startswith("LicenseRef-") or licence_screen.is_known_spdx(raw):
                return raw, self.tr("The model card names this licence."), src
        if iid == "M9" and subj.get("architecture"):
            why = self.tr("Architecture recorded from the model's configuration: %1.").replace(
                "%1", str(subj["architecture"])
            )
            return "yes", why, src
        return None

    def _apply_elsewhere(self, iid: str, value: Any) -> None:
        """The compute helper fills A2a or A2b (pending, saved with the page)."""
        prev = self.pending.get(iid) or self.saved_answers.get(iid) or {}
        self.pending[iid] = {
            "value": value,
            "evidence": prev.get("evidence", []),
            "note": prev.get("note", ""),
        }
        if self.page is not None and self.page.item.id == iid:
            self.page.load(self.pending[iid])
        self._save_ids([iid])
        self._recompute()
        self._sync_nav()

    def _page_edited(self) -> None:
        if self.page is None:
            return
        try:
            ans = self.page.answer()
        except (EditorError, BadInput) as err:
            self.page.show_error(str(err))
            return
        self.page.show_error("")
        iid = self.page.item.id
        saved = self.saved_answers.get(iid)
        blank = is_unknown(ans["value"]) and not ans["evidence"] and not ans["note"]
        if saved == ans or (saved is None and blank):
            self.pending.pop(iid, None)
        else:
            self.pending[iid] = ans
        self._pin_bases()
        self.status.setText(self.tr("Unsaved changes") if self.pending else "")
        self._recompute()
        self._sync_nav()

    def _recompute(self) -> None:
        if self.defn is None:
            return
        self.outcome = decision.decide(self.defn, self.answers())
        self.outcome_view.setText(outcome_html(self.outcome, self.tr, self.defn))
        if self.nav is not None:
            self.nav.set_answers(self.answers())

    def _sync_nav(self) -> None:
        if self.nav is None:
            return
        self.nav.set_answers(self.answers())
        self.back_btn.setEnabled(self.nav.can_back)
        self.next_btn.setEnabled(self.nav.can_next)
        self._mark_tree()

    def _rebuild_tree(self) -> None:
        assert self.nav is not None and self.defn is not None
        self.tree.blockSignals(True)
        self.tree.clear()
        for section, ids in self.nav.sections():
            top = QTreeWidgetItem([section.title])
            top.setFlags(Qt.ItemFlag.ItemIsEnabled)
            f = top.font(0)
            f.setBold(True)
            top.setFont(0, f)
            for iid in ids:
                child = QTreeWidgetItem([iid])
                child.setData(0, Qt.ItemDataRole.UserRole, iid)
                child.setToolTip(0, self.defn.item(iid).question)
                top.addChild(child)
            self.tree.addTopLevelItem(top)
        self.tree.expandAll()
        self.tree.blockSignals(False)
        self._mark_tree()

    def _mark_tree(self) -> None:
        if self.nav is None:
            return
        answers = self.answers()
        path = set(self.nav.path())
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            for j in range(top.childCount()):
                ch = top.child(j)
                iid = ch.data(0, Qt.ItemDataRole.UserRole)
                done = not is_unknown(value_of(answers.get(iid)))
                mark = "✓" if done else "○"
                ch.setText(0, f"{mark} {iid}{'' if iid in path else ' (skipped)'}")
                ch.setForeground(0, QColor("#111827" if done else "#6b7280"))
                if iid == self.nav.current:
                    self.tree.setCurrentItem(ch)
        if set(self._tree_ids()) != path:
            self._rebuild_tree_later()

    def _tree_ids(self) -> list[str]:
        out = []
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            out.extend(top.child(j).data(0, Qt.ItemDataRole.UserRole) for j in range(top.childCount()))
        return out

    def _rebuild_tree_later(self) -> None:
        from app.ui.qt import QTimer

        QTimer.singleShot(0, lambda: self.nav is not None and self._rebuild_tree())

    # -- navigation -------------------------------------------------------------------
    def _leave_page(self) -> bool:
        """Validate the page; save its answer in the background. False when invalid."""
        if self.page is None:
            return False
        try:
            self.page.answer()
        except (EditorError, BadInput) as err:
            self.page.show_error(str(err))
            return False
        if self.pending:
            self.save()
        return True

    def go_next(self) -> None:
        if self.nav is None or not self._leave_page():
            return
        if self.nav.can_next:
            self.nav.go_next()
            self._show_page()

    def go_back(self) -> None:
        if self.nav is None or not self._leave_page():
            return
        if self.nav.can_back:
            self.nav.go_back()
            self._show_page()

    def go_to(self, iid: str) -> None:
        if self.nav is None or not self._leave_page():
            return
        self.nav.go_to(iid)
        self._show_page()

    def _tree_jump(self, item: QTreeWidgetItem, _col: int = 0) -> None:
        iid = item.data(0, Qt.ItemDataRole.UserRole)
        if iid and self.nav is not None and iid in self.nav.path() and iid != self.nav.current:
            self.go_to(str(iid))

    # -- saving ------------------------------------------------------------------------
    def save(self) -> None:
        self._save_ids(list(self.pending))

    def has_unsaved(self) -> bool:
        """Answers typed but not saved yet (nothing is lost silently: the workspace asks)."""
        return bool(self.pending)

    def flush(self) -> str | None:
        """Save what is on screen now (the case tab or the window is closing). The save is
        queued on the runner's write thread; returns a one-line problem, or None."""
        if self.page is not None:
            try:
                self.page.answer()
            except (EditorError, BadInput) as err:
                self.page.show_error(str(err))
                return f"{self.page.item.id}: {err}"
        if self.pending:
            if self.state is not None and self.state.status in svc.LOCKED_STATUSES:
                return self.tr("Read-only: the case is %1").replace("%1", self.state.status)
            self.save()
        return None

    def _saved_version(self, iid: str) -> int:
        a = self.state.answers.get(iid) if self.state is not None else None
        return a.version if a is not None else 0

    def _pin_bases(self) -> None:
        """Remember, for each pending answer, the saved version it was edited from."""
        for iid in self.pending:
            self.base_versions.setdefault(iid, self._saved_version(iid))
        for iid in [i for i in self.base_versions if i not in self.pending]:
            del self.base_versions[iid]

    def _resolve_expected(self, expected: dict[str, int]) -> dict[str, int]:
        """Worker thread (writes run one after another): a version this tab's own
        earlier save replaced is followed to the version that save produced."""
        out = {}
        for iid, v in expected.items():
            chain = self._own_saves.get(iid, {})
            seen = set()
            while v in chain and v not in seen:
                seen.add(v)
                v = chain[v]
            out[iid] = v
        return out

    def _unsaved_text(self, ids: list[str]) -> str:
        lines = []
        for iid in ids:
            ans = self.pending.get(iid)
            if ans is None:
                continue
            line = f"{iid}: {json.dumps(ans.get('value'), ensure_ascii=False)}"
            if ans.get("evidence"):
                line += " · " + self.tr("%1 evidence item(s)").replace("%1", str(len(ans["evidence"])))
            if ans.get("note"):
                line += " · " + self.tr("note: %1").replace("%1", str(ans["note"]))
            lines.append(line)
        return "\n".join(lines)

    def reload_after_conflict(self, ids: list[str]) -> None:
        """Drop the officer's stale edits of ``ids`` and re-read the answers."""
        for iid in ids:
            self.pending.pop(iid, None)
            self.base_versions.pop(iid, None)
            self._own_saves.pop(iid, None)
        self.status.setText(self.tr("Unsaved changes") if self.pending else "")
        if self.page is not None:
            self.page.show_error("")
        self.refresh()

    def _save_ids(self, ids: list[str]) -> None:
        if not ids or self.state is None:
            return
        if self.state.status in svc.LOCKED_STATUSES:
            self.status.setText(self.tr("Read-only: the case is %1").replace("%1", self.state.status))
            return
        batch = {i: dict(self.pending[i]) for i in ids if i in self.pending}
        if not batch:
            return
        ctx, ref, cid, ver = self.ctx, self.reference, self.state.checklist_id, self.state.version
        self._pin_bases()
        base = {i: self.base_versions[i] for i in batch}
        self.status.setText(self.tr("Saving…"))

        def work(_p: Any) -> svc.ChecklistState:
            expected = self._resolve_expected(base)
            st = svc.save_answers(ctx, ref, batch, checklist_id=cid, version=ver, expected_versions=expected)
            for iid, v in expected.items():
                now = st.answers[iid].version if iid in st.answers else 0
                if now != v:
                    self._own_saves.setdefault(iid, {})[v] = now
            return st

        def done(st: svc.ChecklistState) -> None:
            self._pin_bases()  # edits made while saving stay based on what the screen showed
            for k, v in batch.items():
                if self.pending.get(k) == v:
                    self.pending.pop(k, None)
                    self.base_versions.pop(k, None)
                elif k in self.pending and k in st.answers:  # edited again meanwhile: on top of this save
                    self.base_versions[k] = st.answers[k].version
            self.state = st
            self.saved_answers = st.plain_answers()
            self.status.setText(self.tr("Unsaved changes") if self.pending else self.tr("Saved"))
            self._recompute()
            self._sync_nav()
            self.saved.emit()
            if st.changed:
                self.changed.emit()

        def failed(err: BaseException) -> None:
            self.status.setText(self.tr("Not saved: %1").replace("%1", str(err)))
            if self.page is not None:
                self.page.show_error(str(err))
            if isinstance(err, Conflict):  # someone else saved first: who, what, when; Reload · Cancel
                from app.ui.conflicts import show_conflict

                ids = [q for q in getattr(err, "questions", ()) if q in batch] or list(batch)
                self.conflict_dialog = show_conflict(
                    self,
                    err,
                    on_reload=lambda: self.reload_after_conflict(ids),
                    unsaved=self._unsaved_text(ids),
                )

        self.runner.run(work, on_done=done, on_error=failed, label=self.tr("Saving the answer…"))

    # -- licence screening ----------------------------------------------------------------
    def _choose_screen_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Licence and policy files"),
            "",
            self.tr("Text files (*.txt *.md LICENSE*);;All files (*)"),
        )
        if files:
            self.screen_files(files)

    def screen_case_evidence(self) -> None:
        """Screen the licence/policy evidence of the case (custody is recorded)."""
        ctx, ref = self.ctx, self.reference

        def done(doc: dict[str, Any] | None) -> None:
            if doc is None:
                self.status.setText(self.tr("No licence or policy file among the evidence: attach it first."))
                return
            self.apply_screening(doc)
            self.status.setText(self.tr("Licence screened: %1").replace("%1", doc.get("licence", "unknown")))

        self.runner.run(
            lambda _p: svc.screen_case_licences(ctx, ref),
            on_done=done,
            label=self.tr("Screening the licence…"),
        )

    def screen_files(self, files: list[str]) -> None:
        """Screen licence texts off the GUI thread; results become suggestions."""

        def work(_p: Any) -> dict[str, Any]:
            return licence_screen.screen_files(files)

        self.runner.query(work, on_done=self.apply_screening, label=self.tr("Screening the licence…"))

    def screening_source(self, refs: list[dict[str, Any]]) -> str:
        """Where a screened suggestion came from, in words: the evidence file, the line
        number and the line's text (shortened), e.g. 'LICENSE, line 12: "You shall not …"'."""
        if not refs:
            return self.tr("no clause found")
        shown = [
            _fill(
                self.tr('%1, line %2: "%3"'),
                str(r.get("file", "")),
                str(r.get("line", "")),
                str(r.get("text", "")),
            )  # fmt: skip
            for r in refs[:2]
        ]
        if len(refs) > 2:
            shown.append(self.tr("and %1 more").replace("%1", str(len(refs) - 2)))
        return "; ".join(shown)

    def apply_screening(self, doc: dict[str, Any]) -> None:
        self.screen_doc = doc
        sources: dict[str, list[dict[str, Any]]] = doc.get("suggested_from", {})
        for k, v in doc.get("suggested", {}).items():
            why = self.tr("From licence screening: %1").replace(
                "%1", self.screening_source(sources.get(k, []))
            )
            if k == "M4" and isinstance(v, list):
                why = self.tr("%1 restriction(s) found").replace("%1", str(len(v))) + " · " + why
            self.screen_suggestions[k] = (v, why, self.tr("Licence screening"))
        if self.page is not None:
            self._offer_suggestion(self.page)
            checklist_candidates.attach(self.page, doc)


def _fill(template: str, *args: str) -> str:
    """Put the arguments into a translated template's %1, %2, … in one pass (an argument
    that itself holds "%2" stays as it is)."""
    import re

    return re.sub(
        r"%(\d)",
        lambda m: args[int(m.group(1)) - 1] if 0 < int(m.group(1)) <= len(args) else m.group(0),
        template,
    )
