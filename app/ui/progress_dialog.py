"""The progress dialog of long tasks (TaskRunner.run with a label): a bar, bytes
or items done, the rate, the time left, and Cancel. Imported when first shown."""

from __future__ import annotations

import time
from typing import Any

from app.ui.qt import QDialog, QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget
from app.ui.tasks import format_bytes, format_duration


class ProgressDialog(QDialog):
    """Label, bar, "12.0 MB of 40.0 MB · 8.1 MB/s · 4 s left", Cancel."""

    def __init__(self, parent: QWidget | None, label: str, cancellable: bool, unit: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Working…"))
        self.setModal(True)
        self.setMinimumWidth(440)
        self.unit = unit
        self._t0 = time.monotonic()
        self.label = QLabel(label or self.tr("Working…"))
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
        if text:
            self.label.setText(text)
        elapsed = max(time.monotonic() - self._t0, 1e-6)
        if total > 0:
            # QProgressBar is int32: scale to per-mille.
            self.bar.setRange(0, 1000)
            self.bar.setValue(int(1000 * min(done, total) / total))
        else:
            self.bar.setRange(0, 0)
        rate = done / elapsed
        if self.unit == "bytes":
            parts = [
                self.tr("%1 of %2").replace("%1", format_bytes(done)).replace("%2", format_bytes(total))
                if total > 0
                else format_bytes(done),
                self.tr("%1/s").replace("%1", format_bytes(rate)),
            ]
        else:
            parts = [f"{done} / {total}" if total > 0 else str(done)]
        if total > 0 and rate > 0 and done < total:
            parts.append(self.tr("%1 left").replace("%1", format_duration((total - done) / rate)))
        self.detail.setText(" · ".join(parts))

    def keyPressEvent(self, event: Any) -> None:  # Esc = Cancel, never "close and forget"
        from app.ui.qt import Qt

        if event.key() == Qt.Key.Key_Escape:
            if self.cancel_button.isVisible():
                self.cancel_button.click()
            event.accept()
            return
        super().keyPressEvent(event)
