"""One error boundary for every command and every GUI action.

:func:`describe_failure` turns any exception into a :class:`Failure`: one plain
line for the officer, the exit code, a message id with its arguments (for a
translated UI), and whether it was foreseen. The CLI (``app/cli/main.py``)
prints ``exemptio: <message>`` and exits with the code; the GUI shows the
message (``app.ui`` calls the same function, so both say the same thing).

* Our own errors (``app.domain.errors.ExemptioError``, ``db.errors.PersistenceError``)
  keep their message and exit code.
* A failure *reading input* (a zip, JSON, PDF, database or file: ``OSError``,
  ``RecursionError``, ``UnicodeError``, ``MemoryError``, zip/zlib errors,
  ``sqlite3``/SQLAlchemy errors, ``ValueError`` from parsers) becomes
  ``Refused: <item>: <reason>`` with exit 2.
* Anything else is a bug: "unexpected error (TypeName); details are in the log".

The message never holds a traceback, SQL or SQL parameters: for database
errors only the driver's first line is kept (e.g. "value too long for type
character varying(500)"), never SQLAlchemy's ``[SQL: ...]``/``[parameters: ...]``
or PostgreSQL's ``DETAIL: Failing row contains (...)``. :func:`log_failure`
writes the traceback to the log with the same parts removed
(:func:`db.errors.scrub_sql`).

:func:`reading` is the context manager for code that reads one named item::

    with reading(path):          # any failure inside: BadInput "Refused: <path>: ..."
        doc = parse(path)

This module imports only the standard library at load time (the CLI starts fast).
"""

from __future__ import annotations

import errno
import logging
import sys
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from os import PathLike

from app.domain.errors import BadInput, CheckFailed, Conflict, ExemptioError, StorageError


@dataclass(frozen=True)
class Failure:
    """What an officer is told about a failed operation."""

    message: str
    exit_code: int
    msg_id: str = ""
    params: Mapping[str, object] = field(default_factory=dict)
    kind: str = "bad_input"  # bad_input | conflict | check_failed | storage | interrupted | bug
    expected: bool = True  # False: a bug (the traceback belongs in the log)


def _first_line(text: object, limit: int = 300) -> str:
    from db.errors import scrub_sql

    lines = [ln.strip() for ln in scrub_sql(str(text)).strip().splitlines() if ln.strip()]
    line = lines[0] if lines else ""
    return line if len(line) <= limit else line[: limit - 1] + "…"


def _kind(err: BaseException) -> str:
    if isinstance(err, Conflict) or getattr(err, "kind", "") == "conflict":
        return "conflict"
    if isinstance(err, CheckFailed):
        return "check_failed"
    if isinstance(err, StorageError) or getattr(err, "kind", "") == "storage":
        return "storage"
    return "bad_input"


def _is_persistence_error(err: BaseException) -> bool:
    mod = sys.modules.get("db.errors")
    return mod is not None and isinstance(err, mod.PersistenceError)


def _is_sqlalchemy_error(err: BaseException) -> bool:
    exc = sys.modules.get("sqlalchemy.exc")
    return exc is not None and isinstance(err, exc.SQLAlchemyError)


def _is_zip_error(err: BaseException) -> bool:
    import zipfile
    import zlib

    return isinstance(err, (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, EOFError))


def _by_id(msg_id: str, params: Mapping[str, object], kind: str = "bad_input") -> Failure:
    """The failure of ``msg_id`` whose English line is its template filled with ``params``
    (so the CLI's words and the UI's translated template never drift apart)."""
    from app.domain.messages import render

    return Failure(render(msg_id, params), 2, msg_id, dict(params), kind)


def refused(item: str | None, msg_id: str, **params: object) -> Failure:
    """``Refused: <item>: <reason>`` (exit 2): the template ``msg_id`` when an item is
    named, ``<msg_id>.unnamed`` (the same words without the item) when not."""
    if item:
        return _by_id(msg_id, {"item": item, **params})
    return _by_id(f"{msg_id}.unnamed", {"item": "", **params})


def describe_failure(err: BaseException, *, item: str | PathLike[str] | None = None) -> Failure:
    """The one-line account of ``err``; ``item`` names the input being read, if known."""
    where = str(item) if item is not None else None
    if isinstance(err, ExemptioError) or _is_persistence_error(err):
        return Failure(
            str(err),
            int(getattr(err, "exit_code", 2)),
            str(getattr(err, "msg_id", "") or ""),
            dict(getattr(err, "params", {}) or {}),
            _kind(err),
        )
    if isinstance(err, KeyboardInterrupt):
        return _by_id("interrupted", {}, "interrupted")
    if isinstance(err, (UnicodeError, ValueError, OverflowError)) and _raised_reading_database(err):
        return _db_failure(err, damaged=True)  # text or numbers in the file that SQLite cannot decode
    if isinstance(err, RecursionError):
        return refused(where, "input.too_deep")
    if isinstance(err, MemoryError):
        return refused(where, "input.too_large")
    if isinstance(err, UnicodeError):
        return refused(where, "input.not_utf8")
    if isinstance(err, OSError) and not _is_zip_error(err):
        return _os_failure(err, where)
    if _is_zip_error(err):
        return refused(where, "input.damaged_zip", reason=_first_line(err))
    if isinstance(err, sqlite3_error()) or _is_sqlalchemy_error(err):
        return _db_failure(err)
    import json

    if isinstance(err, json.JSONDecodeError):
        return refused(where, "input.bad_json", reason=err.msg, line=err.lineno, column=err.colno)
    if isinstance(err, ValueError):
        return refused(where, "input.unreadable", reason=_first_line(err))
    name = type(err).__name__
    failure = _by_id("unexpected", {"error": name}, "bug")
    return Failure(failure.message, 2, failure.msg_id, failure.params, "bug", expected=False)


def sqlite3_error() -> type[Exception]:
    import sqlite3

    return sqlite3.Error


def _os_failure(err: OSError, where: str | None) -> Failure:
    name = where or (str(err.filename) if err.filename else None)
    if err.errno in (errno.ENOSPC, errno.EDQUOT):
        if name:
            return _by_id("disk.full_for", {"item": name}, "storage")
        return _by_id("disk.full", {"item": ""}, "storage")
    reason = err.strerror or _first_line(err) or type(err).__name__
    return refused(name, "input.os_error", reason=reason)


def _raised_reading_database(err: BaseException) -> bool:
    """True when ``err`` was raised inside SQLAlchemy or our db package (a row that
    does not decode: the database file holds bytes SQLite did not write)."""
    tb = err.__traceback__
    while tb is not None:
        name = str(tb.tb_frame.f_globals.get("__name__", ""))
        if name.startswith(("sqlalchemy.", "db.")) or name == "db":
            return True
        tb = tb.tb_next
    return False


def _db_failure(err: BaseException, *, damaged: bool = False) -> Failure:
    orig = getattr(err, "orig", None)
    detail = _first_line(orig if orig is not None else err) or type(err).__name__
    low = "malformed" if damaged else detail.lower()
    if "value too long" in low or "string data right truncation" in low:
        return _by_id("db.text_too_long", {"detail": detail})
    if "malformed" in low or "not a database" in low or "file is encrypted" in low:
        return _by_id("db.damaged_file", {"detail": detail}, "storage")
    return _by_id("db.refused", {"detail": detail}, "storage")


def log_failure(logger: logging.Logger, err: BaseException, what: str) -> None:
    """Log ``err`` with its traceback, SQL statements, parameters and row details removed."""
    import traceback

    from db.errors import scrub_sql

    text = "".join(traceback.format_exception(type(err), err, err.__traceback__))
    logger.error("%s: %s", what, scrub_sql(text))


@contextmanager
def reading(item: str | PathLike[str]) -> Iterator[None]:
    """Turn any failure to read ``item`` into a ``BadInput`` "Refused: <item>: ..." (exit 2).

    Our own errors pass through unchanged; a bug (e.g. ``TypeError``) stays a bug."""
    try:
        yield
    except ExemptioError:
        raise
    except Exception as err:
        failure = describe_failure(err, item=item)
        if not failure.expected or _is_persistence_error(err):
            raise
        raise BadInput(failure.message, msg_id=failure.msg_id, **dict(failure.params)) from err
