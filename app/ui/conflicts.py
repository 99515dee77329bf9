"""A save made on an out-of-date screen (team mode: another officer saved the same
record first) is refused by the services with :class:`app.domain.errors.Conflict`
(:class:`db.conflicts.EditConflict` names who changed what, and when).

:func:`show_conflict` tells the officer so in a window-modal dialog, keeps what
they typed (not saved) visible and copyable, and offers **Reload** (re-read the
record, keeping nothing stale) or **Cancel** (keep the screen as it is). Used by
the case workspace, the checklist tab and, for any other task, the TaskRunner's
default error path.
"""

from __future__ import annotations

import html
import json
from collections.abc import Callable
from typing import Any

from app.domain.errors import Conflict
from app.ui.labels import action_label
from app.ui.qt import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)

__all__ = ["ConflictDialog", "is_conflict", "show_conflict"]


def is_conflict(exc: BaseException) -> bool:
    return isinstance(exc, Conflict)


_SKIP = {"draft_sha256", "issued_sha256", "current_sha256", "unsigned_sha256", "sha256"}


def describe_change(after: Any, limit: int = 300) -> str:
    """Their saved values (an audit event's "after") in one short line:
    ``value: no · note: AUP forbids military use``."""
    if after is None or after == {}:
        return ""
    if not isinstance(after, dict):
        text = str(after)
    else:
        parts = []
        first = ("value", "status", "state", "title", "notes", "due_date", "assigned_officer")
        order = sorted(after, key=lambda k: (first.index(k) if k in first else len(first), k))
        for key in order:
            v = after[key]
            if key in _SKIP or v in (None, "", [], {}):
                continue
            if isinstance(v, list):
                shown = ", ".join(str(x) for x in v)
            elif isinstance(v, dict):
                shown = json.dumps(v, ensure_ascii=False, sort_keys=True)
            else:
                shown = str(v)
            parts.append(f"{key.replace('_', ' ')}: {shown}")
        text = " · ".join(parts)
    return text if len(text) <= limit else text[: limit - 1] + "…"


class ConflictDialog(QDialog):
    """Who changed what and when; the officer's unsaved values; Reload · Cancel."""

    reload_requested = Signal()

    def __init__(
        self, parent: QWidget | None, exc: BaseException, unsaved: str = "", *, can_reload: bool = True
    ) -> None:
        super().__init__(parent)
        self.setObjectName("conflictDialog")
        self.setWindowTitle(self.tr("Someone else saved first"))
        self.setAccessibleName(self.tr("Save conflict"))
        self.setModal(True)
        self.setMinimumWidth(520)
        self.exc = exc
        who = str(getattr(exc, "changed_by", "") or "")
        what = str(getattr(exc, "entity", "") or "")
        when = str(getattr(exc, "changed_at", "") or "")
        action = str(getattr(exc, "action", "") or "")

        self.headline = QLabel()
        self.headline.setObjectName("conflictHeadline")
        self.headline.setWordWrap(True)
        self.headline.setTextFormat(Qt.TextFormat.RichText)
        if who:
            head = self.tr("%1 changed this while you were working on it.").replace("%1", who)
        else:
            head = self.tr("Someone else changed this while you were working on it.")
        self.headline.setText(f"<b>{html.escape(head)}</b>")
        lay = QVBoxLayout(self)
        lay.addWidget(self.headline)

        facts = QFormLayout()
        self.fact_labels: dict[str, QLabel] = {}
        for key, label, value in (
            ("what", self.tr("What:"), what),
            ("who", self.tr("Changed by:"), who),
            ("when", self.tr("When:"), when),
            ("change", self.tr("Change:"), action_label(action) if action else ""),
            ("their", self.tr("They saved:"), describe_change(getattr(exc, "their_change", None))),
        ):
            if not value:
                continue
            v = QLabel(value)
            v.setObjectName(f"conflict_{key}")
            v.setWordWrap(True)
            v.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            facts.addRow(label, v)
            self.fact_labels[key] = v
        lay.addLayout(facts)

        self.message = QLabel(str(exc))
        self.message.setObjectName("conflictMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setStyleSheet("color: #374151;")
        lay.addWidget(self.message)

        self.unsaved: QPlainTextEdit | None = None
        if unsaved.strip():
            caption = QLabel(
                self.tr("What you entered (not saved; copy it before reloading if you want to keep it):")
            )
            caption.setWordWrap(True)
            box = QPlainTextEdit(unsaved.strip())
            box.setObjectName("conflictUnsaved")
            box.setReadOnly(True)
            box.setAccessibleName(self.tr("Your unsaved values"))
            box.setMaximumHeight(84)
            caption.setBuddy(box)
            lay.addWidget(caption)
            lay.addWidget(box)
            self.unsaved = box

        buttons = QDialogButtonBox()
        self.reload_button: QPushButton | None = None
        if can_reload:
            self.reload_button = buttons.addButton(self.tr("&Reload"), QDialogButtonBox.ButtonRole.AcceptRole)
            self.reload_button.setObjectName("conflictReload")
            self.reload_button.setAccessibleName(self.tr("Reload to see their change"))
            self.reload_button.setDefault(True)
        self.cancel_button = buttons.addButton(
            self.tr("Cancel") if can_reload else self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.cancel_button.setObjectName("conflictCancel")
        self.cancel_button.setAccessibleName(self.tr("Keep the screen as it is"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.accepted.connect(self.reload_requested)

    def text(self) -> str:
        """Everything the dialog says (for tests and screen readers)."""
        parts = [self.headline.text(), *(v.text() for v in self.fact_labels.values()), self.message.text()]
        if self.unsaved is not None:
            parts.append(self.unsaved.toPlainText())
        return "\n".join(parts)


_open: set[ConflictDialog] = set()


def show_conflict(
    parent: QWidget | None,
    exc: BaseException,
    *,
    on_reload: Callable[[], None] | None = None,
    on_cancel: Callable[[], None] | None = None,
    unsaved: str = "",
) -> ConflictDialog:
    """Open (without a nested event loop) the conflict dialog for ``exc``.
    ``on_reload`` runs when the officer picks Reload; without it only Close is offered."""
    dlg = ConflictDialog(parent, exc, unsaved, can_reload=on_reload is not None)
    dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if on_reload is not None:
        dlg.reload_requested.connect(on_reload)
    if on_cancel is not None:
        dlg.rejected.connect(on_cancel)
    _open.add(dlg)  # a parentless dialog would otherwise be garbage-collected
    dlg.finished.connect(lambda _r: _open.discard(dlg))
    dlg.open()
    return dlg
