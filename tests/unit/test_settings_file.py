"""settings.json: atomic, private, and never a place for a database password."""

from __future__ import annotations

import errno
import stat
from pathlib import Path

import pytest

from app.services.settings import Settings


def test_round_trip_and_private_mode(tmp_path: Path) -> None:
    p = tmp_path / "home" / "settings.json"
    Settings(officer_name="ŚMISZEK Krzysztof", letter_language="de").save(p)
    assert stat.S_IMODE(p.stat().st_mode) == 0o600
    back = Settings.load(p)
    assert back.officer_name == "ŚMISZEK Krzysztof" and back.letter_language == "de"
    assert not list(p.parent.glob("*.tmp"))


def test_password_in_database_url_is_refused(tmp_path: Path) -> None:
    p = tmp_path / "settings.json"
    Settings(officer_name="A").save(p)
    before = p.read_bytes()
    with pytest.raises(OSError) as err:
        Settings(database_url="postgresql+psycopg://exemptio:s3cret@db.example/exemptio").save(p)
    assert err.value.errno == errno.EINVAL and "pgpass" in str(err.value.strerror)
    assert p.read_bytes() == before
    Settings(database_url="postgresql+psycopg://exemptio@db.example/exemptio").save(p)
    assert Settings.load(p).database_url.endswith("@db.example/exemptio")


def test_corrupt_settings_file_falls_back_to_defaults(tmp_path: Path) -> None:
    p = tmp_path / "settings.json"
    p.write_bytes(b"\\xff{not json")
    assert Settings.load(p) == Settings()
