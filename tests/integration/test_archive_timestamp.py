"""RFC 3161 timestamps on the archive signature (issue 16 item 3), with a local TSA on
127.0.0.1: the signature is checked at the timestamp's time, so it still checks after the
signer's certificate has expired - by Exemptio and by `openssl cms -verify -attime`."""

from __future__ import annotations

import datetime as dt
import shutil
import socket
import subprocess
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.services import archive
from app.services.archive import trust
from app.services.context import open_context
from tests.integration.archive_support import build_case
from tests.unit.letter_testpki import PASSPHRASE, LocalTsa, Pki


@pytest.fixture(scope="module")
def tsa(pki: Pki) -> Iterator[LocalTsa]:
    server = LocalTsa(pki)
    yield server
    server.close()


def _export(tmp: Path, pki: Pki, url: str) -> archive.ExportResult:
    ctx = open_context(home=tmp / "home", officer="Source Officer")
    try:
        ref = build_case(ctx)
        key = archive.SigningKey(
            pki.officer_p12, PASSPHRASE.encode() if isinstance(PASSPHRASE, str) else PASSPHRASE
        )
        return archive.export_case(ctx, ref, tmp / "ts.zip", signing_key=key, tsa_url=url)
    finally:
        ctx.close()


def _p7s(path: Path, dest: Path) -> tuple[Path, Path]:
    with zipfile.ZipFile(path) as zf:
        top = zf.namelist()[0].split("/")[0]
        (dest / "p7s").write_bytes(zf.read(f"{top}/tagmanifest-sha512.txt.p7s"))
        (dest / "tm").write_bytes(zf.read(f"{top}/tagmanifest-sha512.txt"))
    return dest / "p7s", dest / "tm"


def _not_after(pki: Pki) -> dt.datetime:
    from cryptography.hazmat.primitives.serialization import pkcs12

    pw = PASSPHRASE.encode() if isinstance(PASSPHRASE, str) else PASSPHRASE
    _, cert, _ = pkcs12.load_key_and_certificates(pki.officer_p12.read_bytes(), pw)
    assert cert is not None
    return cert.not_valid_after_utc


def test_timestamped_signature_checks_after_the_certificate_expired(pki, tsa, tmp_path):  # type: ignore[no-untyped-def]
    res = _export(tmp_path, pki, tsa.url)
    assert res.signed and res.timestamped and res.warnings == ()
    report = archive.verify_archive(res.path, trust=[pki.root_pem])
    assert report.ok and report.trusted, report.problems
    p7s, tm = _p7s(res.path, tmp_path)
    roots = trust.load_roots([pki.root_pem])
    stamped, problem = archive.signature.timestamp_of(p7s.read_bytes(), roots)
    assert problem == "" and stamped is not None
    expired = _not_after(pki) + dt.timedelta(days=1)
    # checked as of a day after the certificate expired: only the timestamp's time makes it hold
    assert not trust.origin(p7s.read_bytes(), roots, moment=expired).trusted
    assert trust.origin(p7s.read_bytes(), roots).trusted  # at the timestamp's time

    openssl = shutil.which("openssl")
    assert openssl, "openssl is needed (Debian package openssl)"

    def cms_verify(at: dt.datetime) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [
                openssl,
                "cms",
                "-verify",
                "-binary",
                "-inform",
                "DER",
                "-in",
                str(p7s),
                "-content",
                str(tm),
                "-CAfile",
                str(pki.root_pem),
                "-attime",
                str(int(at.timestamp())),
                "-out",
                "/dev/null",
            ],
            capture_output=True,
            text=True,
        )

    late = cms_verify(expired)
    assert late.returncode != 0 and "expired" in late.stderr.lower(), late.stderr
    at_stamp = cms_verify(stamped)
    assert at_stamp.returncode == 0, at_stamp.stderr


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_unreachable_tsa_gives_a_signed_archive_and_a_warning(pki, tmp_path):  # type: ignore[no-untyped-def]
    res = _export(tmp_path, pki, f"http://127.0.0.1:{_closed_port()}/tsa")
    assert res.signed and not res.timestamped
    assert len(res.warnings) == 1 and "no timestamp" in res.warnings[0]
    assert archive.verify_archive(res.path, trust=[pki.root_pem]).ok
