"""Error message ids (app/domain/messages/): every id raised in the code has an
English template, templates have plain placeholders, and str(err) is the English text."""

from __future__ import annotations

import re
from pathlib import Path

from app.domain.errors import BadInput, StorageError
from app.domain.messages import MESSAGES, placeholders, render

REPO = Path(__file__).resolve().parents[2]
_RAISED = re.compile(
    r"""\.of\(\s*["']([a-z_]+\.[a-z_.]+|[a-z_]+)["']|msg_id\s*=\s*["']([a-z_]+\.[a-z_.]+)["']"""
)


def test_every_message_id_in_the_code_has_a_template() -> None:
    used: set[str] = set()
    for pkg in ("app", "db"):
        for path in (REPO / pkg).rglob("*.py"):
            if path.parent.name == "messages" and path.parent.parent.name == "domain":
                continue  # the table itself (and its docstring's example)
            for m in _RAISED.finditer(path.read_text(encoding="utf-8")):
                used.add(m.group(1) or m.group(2))
    assert "json.too_deep" in used and "db.unreachable" in used
    missing = sorted(used - set(MESSAGES))
    assert missing == [], f"add these ids to an area module of app/domain/messages/: {missing}"


def test_every_template_has_plain_placeholders_and_one_line() -> None:
    for msg_id, template in MESSAGES.items():
        for name in placeholders(template):
            assert name.isidentifier(), (msg_id, name)
        assert "\n" not in render(msg_id, {}), msg_id


def test_an_error_by_id_reads_as_its_english_template() -> None:
    err = StorageError.of("report.write_failed", path="/x/r.zip", reason="No space left on device")
    assert str(err) == "Cannot write the report /x/r.zip: No space left on device"
    assert err.msg_id == "report.write_failed" and err.params == {
        "path": "/x/r.zip",
        "reason": "No space left on device",
    }
    plain = BadInput("plain English")
    assert (plain.msg_id, plain.params, str(plain)) == ("", {}, "plain English")


def test_render_uses_a_translation_and_falls_back_on_a_broken_one() -> None:
    fr = {"json.too_deep": "Refusé : {item} : plus de {limit} niveaux"}
    assert render("json.too_deep", {"item": "a", "limit": 3}, fr) == "Refusé : a : plus de 3 niveaux"
    broken = {"json.too_deep": "Refusé : {item"}
    assert (
        render("json.too_deep", {"item": "a", "limit": 3}, broken)
        == "Refused: a: nested more than 3 levels deep"
    )
    assert render("json.too_deep", {"item": "a"}) == "Refused: a: nested more than {limit} levels deep"


def test_the_boundary_words_every_failure_by_its_template() -> None:
    """What the CLI prints (English) is the template the UI translates, filled in:
    the two never drift apart, with or without a named item."""
    import errno
    import json
    import sqlite3
    import zipfile

    from app.services.boundary import describe_failure

    def bad_json() -> json.JSONDecodeError:
        try:
            json.loads("{")
        except json.JSONDecodeError as err:
            return err
        raise AssertionError

    errors: list[BaseException] = [
        RecursionError(),
        MemoryError(),
        UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte"),
        OSError(errno.ENOSPC, "No space left on device"),
        OSError(errno.EACCES, "Permission denied"),
        zipfile.BadZipFile("File is not a zip file"),
        bad_json(),
        ValueError("no pages"),
        sqlite3.DatabaseError("database disk image is malformed"),
        sqlite3.OperationalError("attempt to write a readonly database"),
        KeyboardInterrupt(),
        TypeError("a bug"),
    ]
    for err in errors:
        for item in (None, "case.zip"):
            f = describe_failure(err, item=item)
            assert f.msg_id in MESSAGES, (err, item, f.msg_id)
            assert render(f.msg_id, f.params) == f.message, (err, item)
            assert "{" not in f.message, f.message
