"""The progress window of long tasks (TaskRunner.run with ``progress=True``): a bar,
bytes or items done of the total, the rate, the time left, and Cancel.

Counts are Python ints (64-bit and more: a 50 GB folder is fine); the bar runs in
per-mille so it never meets QProgressBar's 32-bit range. ``modal=False`` (evidence
intake) leaves the rest of the window usable while the task runs.
"""

from __future__ import annotations

import time
from typing import Any

from app.ui.qt import QDialog, QHBoxLayout, QLabel, QProgressBar, QPushButton, Qt, QVBoxLayout, QWidget
from app.ui.units import format_bytes, format_duration, format_int


class ProgressDialog(QDialog):
    """Label, bar, "12.0 MB of 40.0 MB · 8.1 MB/s · 4 s left", Cancel."""

    def __init__(
        self,
        parent: QWidget | None,
        label: str,
        cancellable: bool,
        unit: str,
        *,
        modal: bool = True,
        started: float | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(label.rstrip("…") if label else self.tr("Working…"))
        self.setModal(modal)
        if not modal:
            self.setWindowModality(Qt.WindowModality.NonModal)
            self.setWindowFlag(Qt.WindowType.Tool, True)  # stays above the window, takes no input from it
            self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, True)
        self.setMinimumWidth(460)
        self.unit = unit
        self._t0 = started if started is not None else time.monotonic()
        self._first: tuple[float, int] | None = None
        self.done = 0
        self.total = 0
        self.rate = 0.0
        self.eta_seconds: float | None = None
        self.label = QLabel(label or self.tr("Working…"))
        self.label.setTextFormat(Qt.TextFormat.PlainText)  # file names come from outside
        self.label.setWordWrap(True)
        self.detail = QLabel(" ")
        self.detail.setObjectName("progressDetail")
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)
        self.bar.setAccessibleName(self.tr("Progress"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel the running task"))
        self.cancel_button.setVisible(cancellable)
        lay = QVBoxLayout(self)
        lay.addWidget(self.label)
        lay.addWidget(self.bar)
        lay.addWidget(self.detail)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.cancel_button)
        lay.addLayout(row)

    def set_progress(self, done: int, total: int, text: str) -> None:
        done, total = int(done), int(total)
        if text:
            self.label.setText(text)
        now = time.monotonic()
        if self._first is None:
            self._first = (self._t0, 0)
        t0, d0 = self._first
        elapsed = max(now - t0, 1e-6)
        self.done, self.total = done, total
        self.rate = max(done - d0, 0) / elapsed
        if total > 0:
            self.bar.setRange(0, 1000)
            self.bar.setValue(int(1000 * min(done, total) // total))
        else:
            self.bar.setRange(0, 0)
        if self.unit == "bytes":
            parts = [
                self.tr("%1 of %2").replace("%1", format_bytes(done)).replace("%2", format_bytes(total))
                if total > 0
                else format_bytes(done),
                self.tr("%1/s").replace("%1", format_bytes(self.rate)),
            ]
        else:
            parts = [
                self.tr("%1 of %2").replace("%1", format_int(done)).replace("%2", format_int(total))
                if total > 0
                else format_int(done)
            ]
        self.eta_seconds = None
        if total > 0 and self.rate > 0 and done < total:
            self.eta_seconds = (total - done) / self.rate
            parts.append(self.tr("%1 left").replace("%1", format_duration(self.eta_seconds)))
        self.detail.setText(" · ".join(parts))

    def keyPressEvent(self, event: Any) -> None:  # noqa: N802 - Esc = Cancel, never "close and forget"
        if event.key() == Qt.Key.Key_Escape:
            if self.cancel_button.isVisible():
                self.cancel_button.click()
            event.accept()
            return
        super().keyPressEvent(event)
