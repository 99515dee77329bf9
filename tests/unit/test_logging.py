"""Logs in the data folder: rotated, UTC, secrets redacted, pyHanko's passphrase noise quieted."""

from __future__ import annotations

import logging
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.logging_setup import (
    BACKUPS,
    MAX_BYTES,
    close_logging,
    log_file,
    redact,
    setup_logging,
)
from app.paths import AppPaths

REPO = Path(__file__).resolve().parents[2]
PEM = (
    "-----BEGIN ENCRYPTED PRIVATE KEY-----\n"
    "MIIFHDBOBgkqhkiG9w0BBQ0wQTApBgkqhkiG9w0BBQwwHAQIq1X2\n"
    "-----END ENCRYPTED PRIVATE KEY-----"
)


@pytest.fixture
def paths(tmp_path: Path) -> Iterator[AppPaths]:
    p = AppPaths(tmp_path / "home")
    yield p
    close_logging()


@pytest.mark.parametrize(
    "text, secret",
    [
        ("opening key passphrase=hunter2 now", "hunter2"),
        ("load_pkcs12(f, passphrase=b'Tr0ub4dor&3')", "Tr0ub4dor&3"),
        ("connect postgresql+psycopg://alice:S3cr%40t@db.aioffice.eu:5432/exemptio", "S3cr%40t"),
        ('settings {"password": "correct horse", "unit": "A.2"}', "correct horse"),
        ("env PGPASSWORD=letmein", "letmein"),
        ("smart card pin: 123456", "123456"),
        (f"got {PEM} back", "MIIFHDBOBgkqhkiG9w0BBQ0wQTApBgkqhkiG9w0BBQwwHAQIq1X2"),
    ],
)
def test_redact(text: str, secret: str) -> None:
    out = redact(text)
    assert secret not in out
    assert "***" in out or "[redacted]" in out


def test_redact_keeps_ordinary_text() -> None:
    for text in ("case AIO-2026-0001 moved to review", "sqlite:////home/x/exemptio.db", "mapping=3"):
        assert redact(text) == text
    assert redact("postgresql+psycopg://alice@db/ex") == "postgresql+psycopg://alice@db/ex"


def test_log_file_gets_records_without_secrets(paths: AppPaths) -> None:
    target = setup_logging(paths)
    assert target == log_file(paths) == paths.home / "logs" / "exemptio.log"
    log = logging.getLogger("exemptio.test")
    log.info("signing with passphrase=%s", "hunter2")
    log.warning("team database postgresql+psycopg://bob:pa55word@10.0.0.5/ex unreachable")
    try:
        raise ValueError(f"bad key material {PEM} password=opensesame")
    except ValueError:
        log.exception("import failed")
    for h in logging.getLogger().handlers:
        h.flush()
    text = target.read_text(encoding="utf-8")
    for secret in ("hunter2", "pa55word", "MIIFHDBOBgkqhkiG9w0", "opensesame"):
        assert secret not in text
    assert "passphrase=***" in text
    assert "postgresql+psycopg://bob:***@10.0.0.5/ex" in text
    assert "Traceback" in text and "ValueError: bad key material" in text
    assert "INFO    exemptio.test" in text
    first = text.splitlines()[0]
    assert first[:4].isdigit() and first[23] == "Z", first  # 2026-11-26T12:00:00.123Z


def test_setup_is_idempotent_and_follows_the_home(paths: AppPaths, tmp_path: Path) -> None:
    setup_logging(paths)
    setup_logging(paths)
    ours = [h for h in logging.getLogger().handlers if getattr(h, "_exemptio_handler", None)]
    assert len(ours) == 1
    other = AppPaths(tmp_path / "other")
    assert setup_logging(other) == other.home / "logs" / "exemptio.log"
    ours = [h for h in logging.getLogger().handlers if getattr(h, "_exemptio_handler", None)]
    assert len(ours) == 1 and ours[0].baseFilename == str(other.home / "logs" / "exemptio.log")  # type: ignore[attr-defined]


def test_rotation(paths: AppPaths) -> None:
    target = setup_logging(paths)
    assert target is not None
    handler = next(h for h in logging.getLogger().handlers if getattr(h, "_exemptio_handler", None))
    assert (handler.maxBytes, handler.backupCount) == (MAX_BYTES, BACKUPS) == (1_000_000, 5)  # type: ignore[attr-defined]
    log = logging.getLogger("exemptio.rotation")
    line = "x" * 1000
    for _ in range(1300):  # ~1.3 MB: one rotation
        log.info(line)
    handler.flush()
    assert (target.parent / "exemptio.log.1").exists()
    assert target.stat().st_size < MAX_BYTES
    assert (target.parent / "exemptio.log.1").stat().st_size <= MAX_BYTES


def test_unwritable_logs_folder_does_not_stop_the_app(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    blocker = tmp_path / "home"
    blocker.mkdir()
    (blocker / "logs").write_text("a file where the folder should be")
    assert setup_logging(AppPaths(blocker)) is None
    assert "cannot write logs" in capsys.readouterr().err


def test_pyhanko_wrong_passphrase_is_quiet(tmp_path: Path) -> None:
    """pyHanko prints a traceback at ERROR for a wrong passphrase; after setup_logging the
    console stays clean and the log keeps one INFO line (no traceback, no passphrase)."""
    script = textwrap.dedent(
        """
        import datetime as dt, sys
        from pathlib import Path
        from cryptography import x509
        from cryptography.hazmat.primitives import hashes, serialization
        from cryptography.hazmat.primitives.asymmetric import ec
        from cryptography.hazmat.primitives.serialization import pkcs12
        from cryptography.x509.oid import NameOID
        from app.logging_setup import setup_logging
        from app.paths import AppPaths
        home = Path(sys.argv[1])
        setup_logging(AppPaths(home))
        key = ec.generate_private_key(ec.SECP256R1())
        name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Officer")])
        now = dt.datetime.now(dt.UTC)
        cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
                .public_key(key.public_key()).serial_number(1)
                .not_valid_before(now).not_valid_after(now + dt.timedelta(days=9))
                .sign(key, hashes.SHA256()))
        p = home / "k.p12"
        p.write_bytes(pkcs12.serialize_key_and_certificates(
            b"k", key, cert, None, serialization.BestAvailableEncryption(b"right-one")))
        from pyhanko.sign import signers
        print(signers.SimpleSigner.load_pkcs12(str(p), passphrase=b"wrong-guess-42"))
        """
    )
    home = tmp_path / "home"
    home.mkdir()
    proc = subprocess.run(
        [sys.executable, "-c", script, str(home)], capture_output=True, text=True, cwd=REPO, timeout=120
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "None"
    assert proc.stderr == ""
    text = (home / "logs" / "exemptio.log").read_text(encoding="utf-8")
    assert "INFO    pyhanko" in text and "from PKCS#12 file" in text
    assert "Traceback" not in text and "wrong-guess-42" not in text
