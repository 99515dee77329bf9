"""exemptio key check and exemptio report (the headless side of the first run and support)."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import pkcs12

from tests.helpers.certs import certificate
from tests.helpers.cli import new_case

PASS = b"s3cret"


def _p12(path: Path, days: int = 100) -> Path:
    key = ec.generate_private_key(ec.SECP256R1())
    now = dt.datetime.now(dt.UTC)
    ku = x509.KeyUsage(False, True, False, False, False, False, False, False, False)
    valid = {"not_before": now - dt.timedelta(days=200), "not_after": now + dt.timedelta(days=days)}
    cert = certificate(key, key, "ŚMISZEK Krzysztof", serial=7, extensions=[(ku, True)], **valid)
    path.write_bytes(
        pkcs12.serialize_key_and_certificates(
            b"k", key, cert, None, serialization.BestAvailableEncryption(PASS)
        )
    )
    return path


def test_key_check(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    key = _p12(tmp_path / "k.p12")
    pw = tmp_path / "pw.txt"
    pw.write_bytes(PASS + b"\n")
    r = cli("key", "check", str(key), "--passphrase-file", str(pw))
    assert r.rc == 0 and r.out.startswith("OK: ŚMISZEK Krzysztof — issued by ŚMISZEK Krzysztof"), r.err
    doc = cli("key", "check", str(key), "--passphrase-file", str(pw), "--json").json()
    assert doc["key_usages"] == ["nonRepudiation"] and doc["serial"] == "7" and 98 <= doc["days_left"] <= 100

    wrong = tmp_path / "wrong.txt"
    wrong.write_text("guess\n")
    r = cli("key", "check", str(key), "--passphrase-file", str(wrong))
    assert (r.rc, r.err) == (2, "exemptio: Wrong passphrase for the key file.\n")
    expired = _p12(tmp_path / "old.p12", days=-3)
    r = cli("key", "check", str(expired), "--passphrase-file", str(pw))
    assert r.rc == 2 and "expired on" in r.err and r.err.count("\n") == 1
    r = cli("key", "check", str(tmp_path / "none.p12"), "--passphrase-file", str(pw))
    assert r.rc == 2 and "does not exist" in r.err


def test_report(cli, tmp_path: Path, home: Path) -> None:  # type: ignore[no-untyped-def]
    ref = cli(*new_case("Very secret title", officer="Test Officer")).out.strip()
    assert ref
    out = tmp_path / "r.zip"
    doc = cli("report", "--out", str(out), "--json").json()
    assert doc["path"] == str(out) and "versions.json" in doc["files"]
    with zipfile.ZipFile(out) as zf:
        blob = b"".join(zf.read(n) for n in zf.namelist())
    assert b"Very secret title" not in blob and b"Test Officer" not in blob
    r = cli("report", "--out", str(tmp_path / "missing" / "r.zip"))
    assert r.rc == 2 and "does not exist" in r.err
