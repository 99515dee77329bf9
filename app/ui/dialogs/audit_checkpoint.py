"""Sign an audit checkpoint from the GUI (issue 16 item 4): the unit's key signs the audit
head, so that ``audit verify`` later sees a cut tail or a rewritten history.

- :class:`CheckpointDialog`: key file and passphrase (never stored), in submit mode
  (app/ui/dialogs/form.py): a wrong passphrase or an unusable key is said beside its
  field and the dialog stays open with what was typed.
- :class:`CheckpointNotice`: the non-modal line in the status bar shown at start-up when
  the latest checkpoint is a day old or older (or none was ever made), with a button that
  opens the dialog. Never a blocking dialog.
- :func:`sign_checkpoint`: runs ``app.services.audit.checkpoint`` off the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from app.services.context import AppContext
from app.ui.dialogs.form import FormDialog
from app.ui.dialogs.letters import key_field
from app.ui.messages import failure_text, present_failure
from app.ui.op import Op
from app.ui.qt import (
    QCoreApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)
from app.ui.widgets.key_file_row import KeyFileRow


class CheckpointDialog(FormDialog):
    """Key file (.p12, the settings' signing key by default) and its passphrase."""

    def __init__(self, key_path: str, parent: QWidget | None = None) -> None:
        super().__init__(
            parent, self.tr("Sign audit checkpoint"), self.tr("&Sign checkpoint"), submit_mode=True
        )
        row = KeyFileRow(
            key_path, self.tr("Signing key file of the unit"), self.tr("Choose the signing key file")
        )
        self.key = row.add_to(self, self.tr("&Key file (.p12):"))
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase of the signing key"))
        self.add_field(self.tr("&Passphrase:"), self.passphrase)
        self.set_intro(
            self.tr(
                "The unit's key signs the current end of the audit trail. A later check of the "
                "trail then shows whether events were removed or rewritten since. The passphrase "
                "is used for this signature only and is never stored."
            )
        )
        (self.passphrase if key_path else self.key).setFocus()

    def validate(self) -> list[tuple[QWidget | None, str]]:
        if not self.key.text().strip():
            return [(self.key, self.tr("Choose the key file (.p12) of the unit."))]
        return []

    def field_for(self, err: BaseException) -> QWidget | None:
        """The field a refusal speaks of (``app.ui.dialogs.letters.key_field``)."""
        return key_field(err, self.passphrase, self.key)


class CheckpointNotice(QWidget):
    """ "No audit checkpoint in the last day" and a button to sign one (status bar)."""

    def __init__(self, on_sign: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checkpointNotice")
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.text = QLabel()
        self.text.setObjectName("checkpointNoticeText")
        self.text.setStyleSheet("color: #92400e;")
        self.button = QPushButton(self.tr("Sign audit checkpoint…"))
        self.button.setObjectName("checkpointNoticeButton")
        self.button.setAccessibleName(self.tr("Sign audit checkpoint"))
        self.button.clicked.connect(lambda _checked=False: on_sign())
        lay.addWidget(self.text)
        lay.addWidget(self.button)
        self.hide()

    def show_status(self, status: Any) -> None:
        """``status``: an ``app.services.audit.CheckpointStatus``; shown only when due and
        the acting officer may sign (an auditor, read-only, is not offered it)."""
        if not status.due or not status.may_sign:
            self.hide()
            return
        if status.latest is None:
            self.text.setText(self.tr("The audit trail has never been signed with the unit's key."))
        else:
            self.text.setText(
                self.tr("The last audit checkpoint is more than a day old (%1).").replace(
                    "%1", f"{status.latest.made_at:%Y-%m-%d %H:%M} UTC"
                )
            )
        self.show()


def sign_checkpoint(
    ctx: AppContext,
    runner: Any,
    dialog: CheckpointDialog,
    on_done: Callable[[Any], None],
) -> None:
    """Sign with the dialog's key off the GUI thread; the dialog closes when it worked and
    shows a refusal beside its field (input kept) when not."""
    from app.domain.errors import Conflict, ExemptioError

    key = dialog.key.text().strip()
    secret = [dialog.passphrase.text().encode("utf-8") or None]

    def work(_p: Any) -> Any:
        from app.services import audit

        try:
            return audit.checkpoint(ctx, key, secret[0])
        finally:
            secret.clear()

    def failed(err: BaseException) -> None:
        if isinstance(err, ExemptioError) and not isinstance(err, Conflict):
            message = failure_text(err)
            dialog.failed(message, dialog.field_for(err))
            return
        dialog.succeeded()
        present_failure(dialog.parentWidget(), err)

    def done(cp: Any) -> None:
        dialog.succeeded()
        on_done(cp)

    label = QCoreApplication.translate("CheckpointDialog", "Signing the audit checkpoint…")
    Op(dialog, work, runner=runner).success(done).failure(failed).label(label).run()
