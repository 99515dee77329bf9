"""First run: officer profile, signing key (checked, passphrase not stored), database, demo cases.

``maybe_show_welcome(ctx, parent)`` opens the dialog (window-modal, non-blocking)
when ``Settings.first_run_done`` is False. "Start" saves the choices and sets
``first_run_done``; "Skip" only sets ``first_run_done`` (everything can be
changed later in Settings).

The signing key is checked with :func:`app.services.keycheck.check_pkcs12` in the
background; when it passes, a copy of the (still encrypted) file is kept in the
data folder's ``keys/`` (owner-only permissions) unless the officer unticks that,
in which case only its path is remembered. The passphrase is used for the check
and then dropped.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from pathlib import Path
from typing import Any

from app.domain.errors import ExemptioError
from app.resources import resource_path
from app.services import keycheck
from app.services.context import AppContext
from app.services.settings import Settings
from app.ui.messages import failure_text, present_failure
from app.ui.op import Op, QueryOp
from app.ui.qt import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QIcon,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    Qt,
    QVBoxLayout,
    QWidget,
)
from app.ui.tasks import TaskRunner
from app.ui.widgets.officer_form import OfficerForm

log = logging.getLogger("exemptio.ui.welcome")

TEAM_SCHEMES = ("postgresql://", "postgresql+psycopg://")
OK_STYLE = "color: #067647;"
ERROR_STYLE = "color: #b42318;"
MUTED_STYLE = "color: #6b7280;"


def _demo_seed() -> Any:
    """The demo seeder (imported when the dialog opens, not at start-up)."""
    from app.services.demo import seed

    return seed


class WelcomeDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.key_info: keycheck.KeyInfo | None = None
        self._checked_for: tuple[str, str] | None = None  # (path, passphrase) of the last good check
        self._pending_accept = False
        shared = getattr(parent, "runner", None)
        # The main window's runner outlives this dialog; our own one dies with it.
        self._own_runner = shared is None
        self.runner: TaskRunner = shared or TaskRunner(self)
        self.setWindowTitle(self.tr("Welcome to Exemptio"))
        self.setAccessibleName(self.tr("Welcome to Exemptio"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumWidth(600)
        s = ctx.settings

        # -- header ------------------------------------------------------------------
        logo = QLabel()
        logo.setPixmap(QIcon(str(resource_path("icons", "exemptio.svg"))).pixmap(64, 64))
        logo.setAccessibleName(self.tr("Exemptio logo"))
        title = QLabel(self.tr("<b>Welcome to Exemptio</b>"))
        title.setStyleSheet("font-size: 16pt;")
        intro = QLabel(
            self.tr(
                "Exemptio helps you assess whether an AI model or system that its provider calls "
                "“open source” qualifies for the exemptions of the AI Act (Articles 2(12), 53(2) "
                "and 54(6)). It works offline. Tell it who you are; everything here can be changed "
                "later in Settings."
            )
        )
        intro.setWordWrap(True)
        head = QHBoxLayout()
        head.addWidget(logo, 0, Qt.AlignmentFlag.AlignTop)
        text = QVBoxLayout()
        text.addWidget(title)
        text.addWidget(intro)
        head.addLayout(text, 1)

        # -- officer profile ---------------------------------------------------------------
        self.profile = OfficerForm(self.tr("Your officer profile"), s, hints=True)
        self.name, self.unit, self.email, self.role = (
            self.profile.name,
            self.profile.unit,
            self.profile.email,
            self.profile.role,
        )

        # -- signing key ----------------------------------------------------------------------
        self.key_path = QLineEdit(s.signing_key_path)
        self.key_path.setPlaceholderText(self.tr("optional: your PKCS#12 file (.p12 or .pfx)"))
        browse = QPushButton(self.tr("&Browse…"))
        browse.setAccessibleName(self.tr("Choose the signing key file"))
        browse.clicked.connect(self._browse_key)
        key_row = QHBoxLayout()
        key_row.addWidget(self.key_path, 1)
        key_row.addWidget(browse)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(self.tr("used only to check the key now; never stored"))
        self.check_button = QPushButton(self.tr("C&heck key"))
        self.check_button.setAccessibleName(self.tr("Check the signing key"))
        self.check_button.clicked.connect(self.check_key)
        pass_row = QHBoxLayout()
        pass_row.addWidget(self.passphrase, 1)
        pass_row.addWidget(self.check_button)
        self.copy_key = QCheckBox(self.tr("Keep a copy of the key file in the data folder (recommended)"))
        self.copy_key.setChecked(True)
        self.copy_key.setToolTip(
            self.tr(
                "The copy stays encrypted with your passphrase and is readable only by you. "
                "Signing then keeps working when the USB stick or folder the key came from is gone."
            )
        )
        self.key_status = QLabel()
        self.key_status.setWordWrap(True)
        self.key_status.setMinimumHeight(self.key_status.fontMetrics().lineSpacing() * 2 + 2)
        self.key_status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key_path.textChanged.connect(self._key_edited)
        self.passphrase.textChanged.connect(self._key_edited)
        key_box = QGroupBox(self.tr("Signing key for letters"))
        kf = QFormLayout(key_box)
        for text, row, buddy in (
            (self.tr("Key &file:"), key_row, self.key_path),
            (self.tr("&Passphrase:"), pass_row, self.passphrase),
        ):
            label = QLabel(text)
            label.setBuddy(buddy)  # a layout row gets no buddy by itself: keep Alt+F / Alt+P working
            kf.addRow(label, row)
        kf.addRow("", self.copy_key)
        kf.addRow("", self.key_status)

        # -- database -------------------------------------------------------------------------
        self.embedded = QRadioButton(self.tr("On this computer (an embedded database in the data folder)"))
        self.team = QRadioButton(self.tr("A team database server (PostgreSQL), used from the next start:"))
        group = QButtonGroup(self)
        group.addButton(self.embedded)
        group.addButton(self.team)
        self.db_url = QLineEdit(s.database_url)
        self.db_url.setPlaceholderText("postgresql+psycopg://officer@db.example.eu/exemptio")
        team_now = bool(s.database_url) and not s.database_url.startswith("sqlite")
        (self.team if team_now else self.embedded).setChecked(True)
        self.db_url.setEnabled(team_now)
        self.team.toggled.connect(self.db_url.setEnabled)
        self.test_db = QPushButton(self.tr("&Test connection"))
        self.test_db.setAccessibleName(self.tr("Test the team database connection"))
        self.test_db.setEnabled(team_now)
        self.test_db.clicked.connect(self.test_connection)
        self.team.toggled.connect(self.test_db.setEnabled)
        self.db_status = QLabel()
        self.db_status.setWordWrap(True)
        self.db_status.setMinimumHeight(self.db_status.fontMetrics().lineSpacing() * 2 + 2)
        self.db_status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.db_url.textChanged.connect(lambda _t: self.db_status.clear())
        self.team.toggled.connect(self._update_demo)
        folder = QLabel(self.tr("Data folder: %1").replace("%1", str(ctx.paths.home)))
        folder.setStyleSheet(MUTED_STYLE)
        folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        db_box = QGroupBox(self.tr("Where cases are kept"))
        dl = QVBoxLayout(db_box)
        dl.addWidget(self.embedded)
        dl.addWidget(folder)
        dl.addWidget(self.team)
        url_row = QHBoxLayout()
        url_row.addWidget(self.db_url, 1)
        url_row.addWidget(self.test_db)
        dl.addLayout(url_row)
        dl.addWidget(self.db_status)

        # -- demo ------------------------------------------------------------------------------
        self.demo = QCheckBox(self.tr("Add a few fictional demo cases to explore"))
        self.demo.setToolTip(self.tr("Their providers are called “Fictional …”; delete them when done."))
        self._seed = _demo_seed()
        self._update_demo()

        # -- errors and buttons -------------------------------------------------------------------
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox()
        self.start_button = self.buttons.addButton(self.tr("&Start"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.skip_button = self.buttons.addButton(
            self.tr("Skip for now"),
            QDialogButtonBox.ButtonRole.RejectRole,  # no mnemonic: asks first
        )
        self.start_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        for w, name in (
            (self.key_path, self.tr("Signing key file")),
            (self.passphrase, self.tr("Signing key passphrase")),
            (self.copy_key, self.tr("Keep a copy of the key")),
            (self.embedded, self.tr("Embedded database")),
            (self.team, self.tr("Team database")),
            (self.db_url, self.tr("Team database URL")),
            (self.demo, self.tr("Add demo cases")),
            (self.start_button, self.tr("Start")),
            (self.skip_button, self.tr("Skip for now")),
        ):
            w.setAccessibleName(name)

        lay = QVBoxLayout(self)
        lay.addLayout(head)
        for g in (self.profile, key_box, db_box):
            lay.addWidget(g)
        lay.addWidget(self.demo)
        lay.addWidget(self.error)
        lay.addWidget(self.buttons)
        self.name.setFocus()
        self._profile_fields = (self.name, self.unit, self.email, self.key_path)
        self._initial = [w.text() for w in self._profile_fields]
        self.discard_box: Any = None

    # -- signing key --------------------------------------------------------------------------
    def _browse_key(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Signing key"),
            self.key_path.text() or str(Path.home()),
            self.tr("PKCS#12 (*.p12 *.pfx);;All files (*)"),
        )
        if path:
            self.key_path.setText(path)
            self.passphrase.setFocus()

    def _key_edited(self) -> None:
        self.key_info = None
        self._checked_for = None
        self.key_status.clear()

    def check_key(self) -> None:
        """Check the key in the background; the result appears under the passphrase."""
        path, passphrase = self.key_path.text().strip(), self.passphrase.text()
        if not path:
            self._key_failed(self.tr("Choose the key file first."))
            return
        self.check_button.setEnabled(False)
        self.key_status.setStyleSheet(MUTED_STYLE)
        self.key_status.setText(self.tr("Checking the key…"))

        def work(_progress: Any) -> keycheck.KeyInfo:
            return keycheck.check_pkcs12(path, passphrase)

        def done(info: keycheck.KeyInfo) -> None:
            self.check_button.setEnabled(True)
            if (self.key_path.text().strip(), self.passphrase.text()) != (path, passphrase):
                return  # edited meanwhile: that result is stale
            self.key_info = info
            self._checked_for = (path, passphrase)
            self.key_status.setStyleSheet(OK_STYLE)
            self.key_status.setText(
                self.tr("✓ %1 — valid until %2 (%3 days); %4.")
                .replace("%1", info.subject)
                .replace("%2", f"{info.not_after:%Y-%m-%d}")
                .replace("%3", str(info.days_left()))
                .replace("%4", ", ".join(info.key_usages))
            )
            if self._pending_accept:
                self._pending_accept = False
                self.accept()

        def failed(err: BaseException) -> None:
            self.check_button.setEnabled(True)
            self._pending_accept = False
            message = (
                failure_text(err)
                if isinstance(err, ExemptioError)
                else self.tr("The key could not be checked.")
            )
            if not isinstance(err, ExemptioError):
                log.error("key check failed: %s", type(err).__name__)
            self._key_failed(message)

        QueryOp(self, work).success(done).failure(failed).label(self.tr("Checking the key…")).run()

    def _key_failed(self, message: str) -> None:
        self.key_info = None
        self._checked_for = None
        self.key_status.setStyleSheet(ERROR_STYLE)
        self.key_status.setText("✗ " + message)
        _fit(self.key_status)

    # -- team database ------------------------------------------------------------------------
    def test_connection(self) -> None:
        """Connect to the typed URL in the background (the only network use here, on request)."""
        from app.services.firstrun import check_database

        url = self.db_url.text().strip()
        self.test_db.setEnabled(False)
        self.db_status.setStyleSheet(MUTED_STYLE)
        self.db_status.setText(self.tr("Connecting…"))

        def done(result: Any) -> None:
            self.test_db.setEnabled(self.team.isChecked())
            if self.db_url.text().strip() != url:
                return
            self.db_status.setStyleSheet(OK_STYLE)
            self.db_status.setText("✓ " + result.summary())
            _fit(self.db_status)

        def failed(err: BaseException) -> None:
            self.test_db.setEnabled(self.team.isChecked())
            if self.db_url.text().strip() != url:
                return
            message = failure_text(err) if isinstance(err, ExemptioError) else f"{type(err).__name__}: {err}"
            # the command-line advice after "Nothing was changed" does not apply here
            short = message.split(" Nothing was changed")[0]
            self.db_status.setStyleSheet(ERROR_STYLE)
            self.db_status.setText("✗ " + short)
            _fit(self.db_status)

        QueryOp(self, lambda _p: check_database(url)).success(done).failure(failed).label(
            self.tr("Connecting to the team database…")
        ).run()

    # -- demo ----------------------------------------------------------------------------------
    def _update_demo(self) -> None:
        available = self._seed is not None and not self.team.isChecked()
        self.demo.setEnabled(available)
        if not available:
            self.demo.setChecked(False)

    # -- saving ---------------------------------------------------------------------------------
    def _fail(self, message: str, widget: QWidget | None = None) -> None:
        self.error.setText(message)
        self.error.show()
        if widget is not None:
            widget.setFocus()

    def value(self) -> Settings:
        return replace(
            self.ctx.settings,
            **self.profile.values(),
            database_url=self.db_url.text().strip() if self.team.isChecked() else "",
            first_run_done=True,
        )

    def accept(self) -> None:
        new = self.value()
        problem, field = self.profile.problem(name_required=True)
        if problem:
            self._fail(problem, field)
            return
        if self.team.isChecked() and not new.database_url.startswith(TEAM_SCHEMES):
            self._fail(
                self.tr("The team database URL starts with postgresql:// or postgresql+psycopg://."),
                self.db_url,
            )
            return
        key_path = self.key_path.text().strip()
        if key_path and key_path != self.ctx.settings.signing_key_path:
            if self._checked_for != (key_path, self.passphrase.text()) or self.key_info is None:
                self._pending_accept = True  # accept again when the check has passed
                self.check_key()
                return
            if self.copy_key.isChecked():
                try:
                    key_path = str(keycheck.install_key(self.ctx.paths.home, key_path, self.key_info))
                except ExemptioError as err:
                    self._fail(failure_text(err))
                    return
            new = replace(new, signing_key_path=key_path)
        elif not key_path:
            new = replace(new, signing_key_path="")
        try:
            new.save(self.ctx.paths.settings_file)
        except OSError as err:
            self._fail(self.tr("Cannot save the settings: %1").replace("%1", str(err.strerror or err)))
            return
        self.passphrase.clear()
        self.ctx.settings = new
        log.info(
            "first run: profile saved (role %s, team database %s)", new.officer_role, bool(new.database_url)
        )
        if self.demo.isChecked() and self.demo.isEnabled() and self._seed is not None:
            self._add_demo()
            if self._own_runner:
                return  # closes when the demo cases are in (our runner dies with the dialog)
        super().accept()

    def typed(self) -> bool:
        """Has the officer typed anything that Skip would throw away?"""
        return [w.text() for w in self._profile_fields] != self._initial

    def reject(self) -> None:
        """Skip (or Esc): when a profile was typed, ask before discarding it."""
        if self.typed():
            from app.ui import messages

            self.discard_box = messages.confirm(
                self,
                self.tr("Discard the profile?"),
                self.tr("Skip without saving the name, unit, e-mail and key you typed?"),
                yes_text=self.tr("Discard and skip"),
                no_text=self.tr("Keep editing"),
                on_yes=self._skip,
                object_name="discardProfile",
            )
            return
        self._skip()

    def _skip(self) -> None:
        """Do not ask again; Settings has the same fields."""
        new = replace(self.ctx.settings, first_run_done=True)
        try:
            new.save(self.ctx.paths.settings_file)
            self.ctx.settings = new
        except OSError as err:
            log.warning("cannot save first_run_done: %s", err.strerror)
        self.passphrase.clear()
        super().reject()

    def _add_demo(self) -> None:
        seed = self._seed
        if seed is None:
            return
        ctx = self.ctx
        window = self.parent()

        own = self._own_runner
        self.start_button.setEnabled(False)

        def finish() -> None:
            refresh = getattr(window, "refresh", None)
            if callable(refresh):
                refresh()
            if own:
                QDialog.accept(self)

        def done(_refs: Any) -> None:
            finish()

        def failed(err: BaseException) -> None:
            log.warning("demo cases not added: %s", err)
            present_failure(window if isinstance(window, QWidget) else None, err)  # said, not only logged
            finish()

        # a progress window while the cases are written
        Op(self, lambda _p: seed(ctx)).success(done).failure(failed).with_progress(
            self.tr("Adding demo cases…")
        ).run()


def _fit(label: QLabel) -> None:
    """Status lines get room for two lines from the start (a dialog does not grow for a
    wrapped label); a longer message is cut there and shown whole in the tooltip."""
    text = label.text()
    label.setToolTip(text)
    metrics = label.fontMetrics()
    width = max(label.width(), 400)
    if metrics.boundingRect(0, 0, width, 10_000, int(Qt.TextFlag.TextWordWrap), text).height() > (
        label.minimumHeight()
    ):
        label.setText(metrics.elidedText(text, Qt.TextElideMode.ElideRight, width * 2 - 40))


def maybe_show_welcome(ctx: AppContext, parent: QWidget | None = None) -> None:
    """Open the welcome dialog when this is the first run (non-blocking)."""
    if ctx.settings.first_run_done:
        return
    dlg = WelcomeDialog(ctx, parent)
    dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    dlg.open()
