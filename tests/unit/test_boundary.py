"""The one error boundary (app/services/boundary.py): every failure is one line,
names the item, and never carries SQL, its parameters or a traceback."""

from __future__ import annotations

import errno
import json
import logging
import sqlite3
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import SQLAlchemyError

import app.services  # noqa: F401  (adopts the db errors)
from app.domain.errors import BadInput, Conflict, ExemptioError, StorageError
from app.services.boundary import describe_failure, log_failure, reading
from db.errors import DatabaseUnreachable, EditConflict, PersistenceError, scrub_sql

SECRET = "Very Secret Case Title 4711"


def _sqlalchemy_error() -> SQLAlchemyError:
    engine = create_engine("sqlite://")
    with engine.connect() as conn:
        conn.execute(text("CREATE TABLE t (x INTEGER NOT NULL UNIQUE)"))
        conn.execute(text("INSERT INTO t VALUES (1)"))
        try:
            conn.execute(text("INSERT INTO t (x) VALUES (:x), (:title)"), {"x": 1, "title": SECRET})
        except SQLAlchemyError as err:
            return err
    raise AssertionError("no error")


def test_a_database_error_says_one_line_without_sql_or_parameters() -> None:
    err = _sqlalchemy_error()
    assert SECRET in str(err) and "INSERT INTO" in str(err)  # what SQLAlchemy itself would print
    f = describe_failure(err)
    assert f.exit_code == 2 and "\n" not in f.message
    assert SECRET not in f.message and "INSERT" not in f.message and "parameters" not in f.message
    assert f.message.startswith("Refused: the database did not accept")


def test_the_log_gets_the_traceback_without_sql_or_parameters(caplog: pytest.LogCaptureFixture) -> None:
    err = _sqlalchemy_error()
    with caplog.at_level(logging.ERROR):
        log_failure(logging.getLogger("t"), err, "unexpected error in case")
    logged = caplog.text
    assert "Traceback" in logged and "IntegrityError" in logged
    assert SECRET not in logged and "[SQL: INSERT" not in logged and "[parameters: {" not in logged


def test_scrub_removes_postgresql_row_details() -> None:
    msg = (
        '(psycopg.errors.NotNullViolation) null value in column "title" of relation "cases" violates '
        "not-null constraint\nDETAIL:  Failing row contains (1, AIO-2026-0001, null, Secret notes).\n"
        "[SQL: INSERT INTO cases (reference, title) VALUES (%(reference)s, %(title)s)]\n"
        "[parameters: {'reference': 'AIO-2026-0001', 'title': 'Secret notes'}]\n"
        "(Background on this error at: https://sqlalche.me/e/20/gkpj)"
    )
    out = scrub_sql(msg)
    assert "Secret" not in out and "INSERT" not in out and "AIO-2026-0001" not in out
    assert "violates not-null constraint" in out and "sqlalche.me" in out


@pytest.mark.parametrize(
    ("exc", "expect"),
    [
        (RecursionError("maximum recursion depth exceeded"), "nested too deeply"),
        (UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte"), "not valid UTF-8"),
        (OSError(errno.EINVAL, "Invalid argument"), "Invalid argument"),
        (zipfile.BadZipFile("File is not a zip file"), "not a readable zip"),
        (EOFError(), "not a readable zip"),
        (ValueError("bad xref table"), "cannot be read (bad xref table)"),
        (MemoryError(), "too large"),
    ],
)
def test_input_failures_are_refusals_naming_the_item(exc: BaseException, expect: str) -> None:
    f = describe_failure(exc, item="bundle.zip")
    assert f.exit_code == 2 and f.expected
    assert f.message.startswith("Refused: bundle.zip: ") and expect in f.message


def test_json_syntax_errors_name_line_and_column() -> None:
    try:
        json.loads('{"a": [1, 2,, 3]}')
    except ValueError as err:
        f = describe_failure(err, item="answers.json")
    assert f.message.startswith("Refused: answers.json: it is not valid JSON") and "line 1" in f.message
    assert f.msg_id == "input.bad_json" and f.params["line"] == 1


def test_a_full_disk_says_so() -> None:
    f = describe_failure(OSError(errno.ENOSPC, "No space left on device", "/out/case.zip"))
    assert f.message.startswith("Refused: the disk is full") and "/out/case.zip" in f.message
    assert f.kind == "storage" and f.exit_code == 2


def test_a_damaged_sqlite_file_points_to_the_backups() -> None:
    f = describe_failure(sqlite3.DatabaseError("database disk image is malformed"))
    assert "damaged" in f.message and "exemptio.db.backup-" in f.message


def test_a_bug_is_named_by_its_type_only() -> None:
    f = describe_failure(TypeError(f"unsupported operand: {SECRET}"))
    assert not f.expected and f.kind == "bug"
    assert f.message == "unexpected error (TypeError); details are in the log"


def test_our_errors_keep_their_text_code_and_id() -> None:
    f = describe_failure(BadInput.of("json.too_deep", item="a.json", limit=64))
    assert f.message == "Refused: a.json: nested more than 64 levels deep"
    assert (f.msg_id, f.params, f.exit_code) == ("json.too_deep", {"item": "a.json", "limit": 64}, 2)


def test_persistence_errors_are_also_the_applications_errors() -> None:
    err = EditConflict("Case AIO-2026-0001 was changed", case_ref="AIO-2026-0001")
    assert isinstance(err, Conflict) and isinstance(err, ExemptioError) and isinstance(err, PersistenceError)
    assert isinstance(DatabaseUnreachable("x"), StorageError)
    f = describe_failure(err)
    assert f.kind == "conflict" and f.msg_id == "record.changed" and f.params["case_ref"] == "AIO-2026-0001"
    with pytest.raises(Conflict):
        raise err


def test_reading_turns_a_parser_failure_into_bad_input(tmp_path: Path) -> None:
    path = tmp_path / "x.json"
    with pytest.raises(BadInput) as info, reading(path):
        raise RecursionError("deep")
    assert str(info.value) == f"Refused: {path}: it is nested too deeply to read"
    with pytest.raises(TypeError), reading(path):  # a bug stays a bug
        raise TypeError("x")
