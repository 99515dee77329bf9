"""Logging to the data folder's ``logs/``: rotated, UTC times, no secrets.

``setup_logging(paths)`` is called once per process by the CLI (after the context
opens) and by the GUI. It installs one rotating file handler on the root logger
(1 MB x 5 files) with a :class:`RedactingFilter` that masks passphrases,
passwords (also inside database URLs) and PEM blocks in messages and tracebacks,
and it quiets pyHanko's ERROR-level traceback for a wrong PKCS#12 passphrase
(the officer gets our own one-line message instead).
"""

from __future__ import annotations

import logging
import logging.handlers
import re
import sys
import time
from pathlib import Path

from app.paths import AppPaths

LOG_FILE = "exemptio.log"
MAX_BYTES = 1_000_000
BACKUPS = 5
FORMAT = "%(asctime)s %(levelname)-7s %(name)s [pid %(process)d] %(message)s"

_MARK = "_exemptio_handler"

_SECRET_KEYS = r"(?:[\w.-]*(?:passphrase|password|passwd|secret|token|api[_-]?key)[\w.-]*|pin|pwd)"
_REDACTIONS: tuple[tuple[re.Pattern[str], str], ...] = (
    # PEM blocks (private keys, certificates, anything armoured)
    (
        re.compile(r"-----BEGIN ([A-Z0-9 ]+)-----.*?(?:-----END \1-----|\Z)", re.S),
        r"-----BEGIN \1----- [redacted] -----END \1-----",
    ),
    # user:password@ in URLs (postgresql+psycopg://officer:pw@host/db)
    (re.compile(r"(?i)\b([a-z][a-z0-9+.-]*://[^\s:/@]*):([^\s@/]*)@"), r"\1:***@"),
    # passphrase=..., "password": "...", secret: ..., PGPASSWORD=...
    (
        re.compile(
            rf"(?i)(\b{_SECRET_KEYS}[\"']?\s*[=:]\s*)(\"[^\"]*\"|'[^']*'|b'[^']*'|b\"[^\"]*\"|[^\s,;&)}}]+)"
        ),
        r"\1***",
    ),
)


def redact(text: str) -> str:
    """Mask secrets in ``text`` (used by the log filter and the problem report); SQL
    statements, their parameters and row details are removed too (db.errors.scrub_sql)."""
    from db.errors import scrub_sql

    for pattern, repl in _REDACTIONS:
        text = pattern.sub(repl, text)
    return scrub_sql(text)


class RedactingFilter(logging.Filter):
    """Rewrites each record's message and traceback text with secrets masked."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a broken format string: keep what we have
            message = str(record.msg)
        record.msg = redact(message)
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True


class QuietPyhankoKeyErrors(logging.Filter):
    """pyHanko logs a full traceback at ERROR when a PKCS#12 file does not open
    (e.g. a wrong passphrase) and then returns None. Keep one INFO line in the
    log file instead; the caller reports the problem to the officer."""

    _PREFIXES = ("Could not open PKCS#12", "Could not load", "Could not read")

    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno >= logging.ERROR and str(record.msg).startswith(self._PREFIXES):
            reason = ""
            if record.exc_info and record.exc_info[1] is not None:
                exc = record.exc_info[1]
                reason = f" ({type(exc).__name__}: {exc})"
            record.msg = f"{record.getMessage()}{reason}"
            record.args = None
            record.exc_info = None
            record.exc_text = None
            record.levelno = logging.INFO
            record.levelname = "INFO"
        return True


_PYHANKO_LOGGERS = ("pyhanko.sign.signers.pdf_cms", "pyhanko.keys.internal", "pyhanko.sign.signers")


def quiet_pyhanko() -> None:
    """Install :class:`QuietPyhankoKeyErrors` (idempotent; also useful without a log file)."""
    for name in _PYHANKO_LOGGERS:
        logger = logging.getLogger(name)
        if not any(isinstance(f, QuietPyhankoKeyErrors) for f in logger.filters):
            logger.addFilter(QuietPyhankoKeyErrors())


class _UTCFormatter(logging.Formatter):
    def formatTime(self, record: logging.LogRecord, datefmt: str | None = None) -> str:  # noqa: N802
        t = time.gmtime(record.created)
        return time.strftime("%Y-%m-%dT%H:%M:%S", t) + f".{int(record.msecs):03d}Z"


def log_file(paths: AppPaths) -> Path:
    return paths.logs / LOG_FILE


def setup_logging(paths: AppPaths, *, level: int = logging.INFO) -> Path | None:
    """Send log records to ``paths.logs/exemptio.log`` (rotated). Idempotent: a second
    call for the same folder changes nothing; a call for another folder moves the log.
    Returns the log file, or None when the folder cannot be written (then logging
    stays as it was: a read-only data folder must not stop the application)."""
    root = logging.getLogger()
    target = log_file(paths)
    for handler in list(root.handlers):
        if getattr(handler, _MARK, None) is not None:
            if getattr(handler, _MARK) == str(target):
                return target
            root.removeHandler(handler)
            handler.close()
    try:
        paths.logs.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            target, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8", delay=True
        )
    except OSError as err:
        sys.stderr.write(f"exemptio: cannot write logs to {paths.logs}: {err.strerror or err}\n")
        return None
    setattr(handler, _MARK, str(target))
    handler.setLevel(level)
    handler.setFormatter(_UTCFormatter(FORMAT))
    handler.addFilter(RedactingFilter())
    root.addHandler(handler)
    if root.level == logging.NOTSET or root.level > level:
        root.setLevel(level)
    # chatty libraries: warnings and errors only
    for name in ("sqlalchemy", "asyncio", "PIL", "fontTools", "urllib3", "aiohttp"):
        logging.getLogger(name).setLevel(logging.WARNING)
    quiet_pyhanko()
    logging.captureWarnings(True)
    from app import __version__

    frozen = " (bundle)" if getattr(sys, "frozen", False) else ""
    logging.getLogger("exemptio").info(
        "Exemptio %s%s started: %s, Python %s, %s",
        __version__,
        frozen,
        Path(sys.argv[0]).name if sys.argv and sys.argv[0] else "?",
        sys.version.split()[0],
        sys.platform,
    )
    return target


def close_logging() -> None:
    """Remove and close the handler installed by :func:`setup_logging` (tests, shutdown)."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, _MARK, None) is not None:
            root.removeHandler(handler)
            handler.close()
