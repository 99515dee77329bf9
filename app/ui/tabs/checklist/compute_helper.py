"""The compute helper of the Checklist tab (Guidelines Annex A): C from P and D, or from
chips × hours × peak FLOP/s × utilisation, with its ±30% band and what it means."""

from __future__ import annotations

from typing import Any

from app.domain import compute
from app.ui.qt import QGridLayout, QGroupBox, QLabel, QLineEdit, QPushButton, Qt, QWidget, Signal
from app.ui.tabs.checklist.format import num_text


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
            self.p.setText(num_text(pd.get("P")))
            self.d.setText(num_text(pd.get("D")))
        elif parameters and not self.p.text():
            self.p.setText(num_text(parameters))
            self.p.setToolTip(self.tr("Parameter count from model inspection (safetensors/GGUF headers)"))
