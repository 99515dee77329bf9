"""A damaged or hostile settings.json never stops the application: defaults are used for the
whole file when it is not a JSON object, and for each value of the wrong type."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.services.settings import Settings


@pytest.mark.parametrize(
    "data",
    [
        b"[1, 2, 3]",
        b'"just a string"',
        b"[" * 100_000 + b"]" * 100_000,
        b'{"officer_name": ' + b"[" * 5_000 + b"]" * 5_000 + b"}",
        bytes(range(256)),
        b'{"officer_name": "A", "officer_name": "B"}',
        b"",
    ],
)
def test_malformed_settings_give_the_defaults(tmp_path: Path, data: bytes) -> None:
    p = tmp_path / "settings.json"
    p.write_bytes(data)
    assert Settings.load(p) == Settings()


def test_values_of_the_wrong_type_are_dropped_one_by_one(tmp_path: Path) -> None:
    p = tmp_path / "settings.json"
    p.write_text(
        '{"officer_name": 5, "letter_language": "de", "first_run_done": "yes", "extra": []}', "utf-8"
    )
    s = Settings.load(p)
    assert s.officer_name == "" and s.letter_language == "de" and s.first_run_done is False and s.extra == {}


def test_the_cli_starts_with_a_hostile_settings_file(cli, home: Path) -> None:  # type: ignore[no-untyped-def]
    home.mkdir(parents=True)
    (home / "settings.json").write_bytes(b"[" * 100_000)
    r = cli("case", "list")
    assert r.rc == 0, r.err
