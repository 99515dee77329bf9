"""The problem report scrubs by field (issue 19): a PostgreSQL error carrying SQL and
its parameters (a title longer than its column, which the database never stored, so
no look-up can find it) leaves no trace of the statement, the parameters or the text,
neither in the log nor in report.zip. Real PostgreSQL (postgres-marked)."""

from __future__ import annotations

import logging
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import DBAPIError

from app.logging_setup import close_logging, setup_logging
from app.services.boundary import describe_failure, log_failure
from app.services.context import open_context
from app.services.problem_report import MESSAGE_REMOVED, scrub_fields, write_report

SECRET_TITLE = "Confidential assessment of Quokka-70B " * 20  # 760 characters, over the 500 of cases.title


def _pg_error_with_parameters(pg_url: str) -> DBAPIError:
    engine = create_engine(pg_url)  # a plain engine: SQLAlchemy prints parameters by default
    try:
        with engine.begin() as conn:
            conn.execute(
                text("UPDATE cases SET title = :title WHERE reference = :ref"),
                {"title": SECRET_TITLE, "ref": "AIO-2026-0001"},
            )
    except DBAPIError as err:
        assert "Quokka-70B" in str(err) and "[SQL: UPDATE cases" in str(err)  # what leaked before
        return err
    finally:
        engine.dispose()
    raise AssertionError("PostgreSQL accepted a title over its column length")


def _zip_texts(path: Path) -> str:
    with zipfile.ZipFile(path) as zf:
        return "\n".join(zf.read(n).decode("utf-8") for n in zf.namelist())


@pytest.mark.postgres
def test_a_postgresql_error_with_parameters_never_reaches_message_log_or_report(
    home: Path, pg_url: str, tmp_path: Path
) -> None:
    from app.services import cases

    ctx = open_context(db=pg_url, officer="Anna Officer")
    try:
        cases.create_case(ctx, cases.NewCase(title="short", provider="P", subject="S"))
        err = _pg_error_with_parameters(pg_url)
        failure = describe_failure(err)
        assert failure.message.startswith("Refused: a text is longer than the database allows")
        assert "value too long for type character varying(500)" in failure.message
        assert "Quokka" not in failure.message and "UPDATE" not in failure.message

        setup_logging(ctx.paths)
        log_failure(logging.getLogger("exemptio.cli"), err, "unexpected error in case")
        logging.getLogger("exemptio.test").error("careless line", exc_info=err)  # bypasses log_failure
        for h in logging.getLogger().handlers:
            h.flush()
        logged = "".join(p.read_text("utf-8") for p in ctx.paths.logs.glob("*.log*"))
        assert "Quokka" not in logged and "[SQL: UPDATE" not in logged and "'title':" not in logged

        # An older log written before these rules, with the whole dump in it:
        (ctx.paths.logs / "exemptio.log.5").write_text(
            f"2026-11-30T10:00:00.000Z ERROR   exemptio.cli [pid 1] unexpected error in case\n"
            f'Traceback (most recent call last):\n  File "x.py", line 1, in f\n    g()\n'
            f"{type(err).__module__}.{type(err).__name__}: {err}\n"
            f"2026-11-30T10:00:01.000Z INFO    exemptio [pid 1] next record\n",
            "utf-8",
        )
        result = write_report(ctx, tmp_path / "report.zip")
        everything = _zip_texts(result.path)
        assert "Quokka" not in everything and "Confidential" not in everything
        assert "[SQL: UPDATE" not in everything and "[parameters: {" not in everything
        assert "sqlalchemy.exc.DataError" in everything  # the type of the error stays, for support
        assert "next record" in everything
    finally:
        close_logging()
        ctx.close()


def test_scrub_fields_drops_exception_messages_but_keeps_frames() -> None:
    log = (
        "2026-12-01T09:00:00.000Z ERROR   exemptio [pid 7] failed\n"
        "Traceback (most recent call last):\n"
        '  File "/app/services/cases.py", line 120, in create_case\n'
        "    session.flush()\n"
        "ValueError: title 'Project Nightingale' refused\n"
        "  and a second line naming Project Nightingale\n"
        "\n"
        "2026-12-01T09:00:01.000Z INFO    exemptio [pid 7] done\n"
    )
    out = scrub_fields(log)
    assert "Nightingale" not in out
    assert f"ValueError: {MESSAGE_REMOVED}" in out and 'cases.py", line 120, in create_case' in out
    assert "done" in out
