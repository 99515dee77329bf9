"""First-run welcome dialog, About dialog and "Report a problem…" (real widgets, offscreen)."""

from __future__ import annotations

import datetime as dt
import json
import stat
import sys
import zipfile
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

from app import __version__
from app.services.settings import Settings
from app.ui.dialogs.about import AboutDialog, bundled_components, report_problem, show_about
from app.ui.dialogs.welcome import WelcomeDialog, maybe_show_welcome
from app.ui.qt import QApplication, QMessageBox, Qt
from tests.ui.helpers import assert_welcome_only_on_first_run

PASS = "correct horse battery"


def make_p12(path: Path, *, days_valid: int = 365, passphrase: str = PASS) -> Path:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "GREGOROVÁ Markéta")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=400))
        .not_valid_after(now + dt.timedelta(days=days_valid))
        .add_extension(
            x509.KeyUsage(True, True, False, False, False, False, False, False, False), critical=True
        )
        .sign(key, hashes.SHA256())
    )
    path.write_bytes(
        pkcs12.serialize_key_and_certificates(
            b"k", key, cert, None, serialization.BestAvailableEncryption(passphrase.encode())
        )
    )
    return path


@pytest.fixture
def welcome(qtbot, ctx):  # type: ignore[no-untyped-def]
    dlg = WelcomeDialog(ctx)
    qtbot.addWidget(dlg)
    dlg.show()
    return dlg


def _saved(ctx) -> Settings:  # type: ignore[no-untyped-def]
    return Settings.load(ctx.paths.settings_file)


def test_maybe_show_welcome_only_on_first_run(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    def open_welcomes() -> list[WelcomeDialog]:
        return [w for w in QApplication.topLevelWidgets() if isinstance(w, WelcomeDialog) and w.isVisible()]

    assert_welcome_only_on_first_run(ctx, lambda: maybe_show_welcome(ctx, None), open_welcomes)
    assert ctx.settings.first_run_done is True


def test_profile_and_key_are_saved_passphrase_is_not(qtbot, welcome, ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "usb").mkdir()
    key = make_p12(tmp_path / "usb" / "officer.p12")
    welcome.name.setText("GREGOROVÁ Markéta")  # QTest.keyClicks takes ASCII only
    welcome.unit.setText("AI Office A.2")
    welcome.email.setText("marketa.gregorova@ec.europa.eu")
    welcome.role.setCurrentIndex(welcome.role.findData("reviewer"))
    welcome.key_path.setText(str(key))
    qtbot.keyClicks(welcome.passphrase, PASS)
    qtbot.mouseClick(welcome.start_button, Qt.MouseButton.LeftButton)
    # Start first checks the key in the background, then accepts
    qtbot.waitUntil(lambda: not welcome.isVisible(), timeout=10_000)
    assert welcome.result() == WelcomeDialog.DialogCode.Accepted
    saved = _saved(ctx)
    assert (saved.officer_name, saved.officer_unit, saved.officer_role) == (
        "GREGOROVÁ Markéta",
        "AI Office A.2",
        "reviewer",
    )
    assert saved.first_run_done is True and saved.database_url == ""
    copy = Path(saved.signing_key_path)
    assert copy.parent == ctx.paths.home / "keys" and copy.read_bytes() == key.read_bytes()
    if sys.platform != "win32":
        assert stat.S_IMODE(copy.stat().st_mode) == 0o600
    text = ctx.paths.settings_file.read_text(encoding="utf-8")
    assert PASS not in text
    assert welcome.passphrase.text() == ""
    assert ctx.settings == saved


def test_key_path_only_when_copy_unticked(qtbot, welcome, ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    key = make_p12(tmp_path / "officer.p12")
    welcome.name.setText("Officer")
    welcome.key_path.setText(str(key))
    welcome.passphrase.setText(PASS)
    welcome.copy_key.setChecked(False)
    welcome.check_key()
    qtbot.waitUntil(lambda: welcome.key_info is not None, timeout=10_000)
    assert welcome.key_status.text().startswith("✓ GREGOROVÁ Markéta — valid until")
    welcome.accept()
    assert _saved(ctx).signing_key_path == str(key)
    assert not (ctx.paths.home / "keys").exists()


@pytest.mark.parametrize(
    "passphrase, days, message",
    [("wrong", 365, "Wrong passphrase"), (PASS, -2, "expired on")],
)
def test_bad_key_blocks_start(qtbot, welcome, ctx, tmp_path: Path, passphrase, days, message) -> None:  # type: ignore[no-untyped-def]
    key = make_p12(tmp_path / "k.p12", days_valid=days)
    welcome.name.setText("Officer")
    welcome.key_path.setText(str(key))
    welcome.passphrase.setText(passphrase)
    qtbot.mouseClick(welcome.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: welcome.key_status.text().startswith("✗"), timeout=10_000)
    assert message in welcome.key_status.text()
    assert welcome.isVisible()
    assert not ctx.paths.settings_file.exists()  # nothing saved


def test_garbage_key_file(qtbot, welcome, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "notes.p12"
    bad.write_text("not a key")
    welcome.key_path.setText(str(bad))
    welcome.passphrase.setText("x")
    welcome.check_key()
    qtbot.waitUntil(lambda: welcome.key_status.text().startswith("✗"), timeout=10_000)
    assert "is not a PKCS#12 file" in welcome.key_status.text()
    # editing the path clears the verdict
    welcome.key_path.setText(str(bad) + "x")
    assert welcome.key_status.text() == ""


def test_name_required_and_email_checked(qtbot, welcome, ctx) -> None:  # type: ignore[no-untyped-def]
    welcome.accept()
    assert welcome.isVisible() and "Type your name" in welcome.error.text()
    welcome.name.setText("Officer")
    welcome.email.setText("no-at-sign")
    welcome.accept()
    assert welcome.isVisible() and "'@'" in welcome.error.text()
    assert not ctx.paths.settings_file.exists()


def test_team_database_url(qtbot, welcome, ctx) -> None:  # type: ignore[no-untyped-def]
    welcome.name.setText("Officer")
    assert not welcome.db_url.isEnabled()
    welcome.team.setChecked(True)
    assert welcome.db_url.isEnabled() and not welcome.demo.isEnabled()
    welcome.db_url.setText("mysql://nope")
    welcome.accept()
    assert welcome.isVisible() and "postgresql" in welcome.error.text()
    welcome.db_url.setText("postgresql+psycopg://officer@db.example.eu/exemptio")
    welcome.accept()
    assert not welcome.isVisible()
    assert _saved(ctx).database_url == "postgresql+psycopg://officer@db.example.eu/exemptio"


def test_skip_only_marks_first_run_done(qtbot, welcome, ctx) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(welcome.skip_button, Qt.MouseButton.LeftButton)  # nothing typed: no question
    saved = _saved(ctx)
    assert saved.first_run_done is True and saved.officer_name == ""


def test_skip_asks_before_discarding_a_typed_profile(qtbot, welcome, ctx) -> None:  # type: ignore[no-untyped-def]
    assert "&" not in welcome.skip_button.text()  # no Alt+letter that throws typing away
    qtbot.keyClicks(welcome.name, "Ewa Smiszek")
    qtbot.keyClick(welcome, Qt.Key.Key_Escape)  # Esc is Skip too
    box = welcome.discard_box
    assert box is not None and box.isVisible() and welcome.isVisible()
    qtbot.keyClick(box, Qt.Key.Key_Return)  # the default answer keeps the typing
    qtbot.waitUntil(lambda: not box.isVisible())
    assert welcome.isVisible() and welcome.name.text() == "Ewa Smiszek"
    assert _saved(ctx).first_run_done is False
    welcome.skip_button.click()
    box = welcome.discard_box
    discard = next(b for b in box.buttons() if b.text() == "Discard and skip")
    discard.click()
    qtbot.waitUntil(lambda: not welcome.isVisible())
    saved = _saved(ctx)
    assert saved.first_run_done is True and saved.officer_name == ""


def test_demo_cases(qtbot, welcome, ctx) -> None:  # type: ignore[no-untyped-def]
    from app.services import demo

    assert welcome.demo.isEnabled()
    welcome.name.setText("Officer")
    welcome.demo.setChecked(True)
    welcome.accept()
    assert welcome.isVisible() and not welcome.start_button.isEnabled()  # stays open while seeding
    qtbot.waitUntil(lambda: not welcome.isVisible(), timeout=30_000)
    assert welcome.result() == WelcomeDialog.DialogCode.Accepted
    assert demo.has_demo_data(ctx) > 0


# --- About ----------------------------------------------------------------------------------------


def test_about_dialog(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    ctx.db_url = "postgresql+psycopg://alice:s3cretpw@db.example.eu/exemptio"
    dlg = AboutDialog(ctx)
    qtbot.addWidget(dlg)
    dlg.show()
    details = dlg.details.toPlainText()
    assert __version__ in details and str(ctx.paths.home) in details
    assert "alice:***@db.example.eu" in details and "s3cretpw" not in details
    lic_html = dlg.licences_html()
    lic = dlg.licences.toPlainText()
    assert "GNU Lesser General Public License version 3" in lic
    assert "https://download.qt.io/official_releases/qt/" in lic_html
    assert "code.qt.io/cgit/pyside/pyside-setup.git" in lic_html
    assert "NotoSans fonts: SIL Open Font License 1.1" in lic
    copied = dlg.copy_details()
    assert f"Exemptio: {__version__}" in copied and QApplication.clipboard().text() == copied


def test_bundled_components_and_licences() -> None:
    comps = {c.name.lower(): c for c in bundled_components()}
    assert comps["reportlab"].licence.startswith("BSD")
    assert comps["pyhanko"].licence == "MIT"
    assert comps["sqlalchemy"].licence == "MIT"
    assert "LGPL-3.0" in comps["pyside6_essentials"].licence
    assert "LGPL-3.0" in comps["psycopg"].licence
    assert "cryptography" in comps and "asn1crypto" in comps  # transitive requirements too
    assert not {"pytest", "ruff", "mypy", "pyinstaller"} & set(comps)  # test/packaging extras are not


def test_main_window_about_hook(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    from app.ui.main_window import MainWindow

    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show_about()
    shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, AboutDialog) and w.isVisible()]
    assert len(shown) == 1
    shown[0].close()
    assert show_about(win, ctx).isVisible()


# --- Report a problem ----------------------------------------------------------------------------


def test_report_problem_writes_zip_in_background(qtbot, ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from app.ui.main_window import MainWindow

    win = MainWindow(ctx)
    qtbot.addWidget(win)
    out = tmp_path / "report.zip"
    report_problem(win, ctx, out)
    qtbot.waitUntil(out.exists, timeout=20_000)

    def saved_box() -> QMessageBox | None:
        boxes = win.findChildren(QMessageBox, "problemReportSaved")
        return boxes[0] if boxes else None

    qtbot.waitUntil(lambda: saved_box() is not None, timeout=10_000)
    assert str(out) in saved_box().text()  # type: ignore[union-attr]
    with zipfile.ZipFile(out) as zf:
        versions = json.loads(zf.read("versions.json"))
    assert versions["exemptio"] == __version__ and versions["qt"]["runtime"]


def test_report_problem_bad_target(qtbot, ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from app.ui.qt import QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    report_problem(parent, ctx, tmp_path / "missing" / "r.zip")
    boxes = parent.findChildren(QMessageBox, "problemReportFailed")
    assert boxes and "does not exist" in boxes[0].text()


def test_report_from_the_about_dialog_uses_the_main_window_runner(qtbot, ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from app.ui.main_window import MainWindow

    win = MainWindow(ctx)
    qtbot.addWidget(win)
    about = AboutDialog(ctx, win)
    started: list[object] = []
    win.runner.started.connect(started.append)
    out = tmp_path / "from-about.zip"
    report_problem(about, ctx, out)
    assert len(started) == 1  # in the background, not on the GUI thread
    qtbot.waitUntil(out.exists, timeout=20_000)


def test_test_connection_reports_in_one_line(qtbot, welcome) -> None:  # type: ignore[no-untyped-def]
    assert not welcome.test_db.isEnabled()
    welcome.team.setChecked(True)
    assert welcome.test_db.isEnabled()
    welcome.db_url.setText("postgresql+psycopg://officer:pw@127.0.0.1:1/exemptio")  # nothing listens there
    qtbot.mouseClick(welcome.test_db, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: welcome.db_status.text().startswith("✗"), timeout=15_000)
    assert "Cannot reach the team database 127.0.0.1:1/exemptio" in welcome.db_status.text()
    assert ":pw@" not in welcome.db_status.text()
    welcome.db_url.setText("postgresql+psycopg://officer@127.0.0.1:2/exemptio")
    assert welcome.db_status.text() == ""


@pytest.mark.postgres
def test_test_connection_to_a_team_server(qtbot, welcome, pg_url: str) -> None:  # type: ignore[no-untyped-def]
    welcome.team.setChecked(True)
    welcome.db_url.setText(pg_url)
    welcome.test_connection()
    qtbot.waitUntil(lambda: welcome.db_status.text().startswith("✓"), timeout=15_000)
    assert "Connected to postgresql" in welcome.db_status.text() and "up to date" in welcome.db_status.text()
