""" "Report a problem…": a zip of the logs and of version facts, with no case data.

The zip holds ``README.txt``, ``versions.json`` (Exemptio, Python, Qt, platform,
installed packages, database backend and schema revision, counts) and
``logs/`` (the rotated log files). Before they are written, the log texts are
scrubbed **by field** (:func:`scrub_fields`), whatever the database holds:

* SQL statements, SQL parameters and PostgreSQL row details (``[SQL: ...]``,
  ``[parameters: ...]``, ``DETAIL: Failing row contains (...)``) are removed:
  a title the database refused (too long for its column) was never stored, so
  no look-up could find it;
* in tracebacks, each exception's message is replaced by ``[message not
  included]`` (its type, file, line and function stay): exception messages are
  where input data ends up;
* passphrases, passwords and PEM blocks are masked (app.logging_setup.redact).

Then, as a second net, every case title, provider, subject, note, evidence
name, description and source URL and every officer name found in the database
is replaced by ``[case data]``, in case a log message quoted one. Case
references (AIO-2026-0001) are kept: they identify a case without saying
anything about it.
"""

from __future__ import annotations

import datetime as dt
import importlib.metadata
import json
import locale
import os
import platform
import re
import shutil
import sqlite3
import sys
import tempfile
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from app import __version__
from app.domain.errors import BadInput, StorageError
from app.logging_setup import redact
from app.services.context import AppContext
from db import schema_version
from db.models import Case, EvidenceItem, Officer, Provider, Subject
from db.uow import unit_of_work

PLACEHOLDER = "[case data]"
MIN_SCRUB_LEN = 3

README = """\
Exemptio problem report
=======================

Made by "Help > Report a problem…" on {made}.

What is inside
- versions.json: versions of Exemptio, Python, Qt and the installed packages, the
  operating system, the database kind and schema revision, and how many cases and
  evidence items the database holds.
- logs/: the application's log files from the data folder.

What is NOT inside
- No case data: no case titles, providers, subjects, notes, evidence files or their
  names, checklist answers or letters. Any of these that a log line quoted has been
  replaced by "[case data]". Case references (such as AIO-2026-0001) are kept.
- No passphrases, passwords or keys: they are never logged, and the logs were
  checked again for them.

Send this file to the Exemptio support contact of your unit.
"""


@dataclass(frozen=True)
class ReportResult:
    path: Path
    files: tuple[str, ...]
    scrubbed: int  # how many occurrences of case data were replaced in the logs


def collect_versions(ctx: AppContext) -> dict[str, Any]:
    """Version facts for the report and the About dialog (no case data)."""
    info: dict[str, Any] = {
        "exemptio": __version__,
        "frozen": bool(getattr(sys, "frozen", False)),
        "python": sys.version.split()[0],
        "python_implementation": platform.python_implementation(),
        "platform": platform.platform(),
        "machine": platform.machine(),
        "locale": ".".join(x for x in locale.getlocale() if x) or "",
        "filesystem_encoding": sys.getfilesystemencoding(),
        "qt": _qt_versions(),
        "sqlite_python": sqlite3.sqlite_version,
        "packages": _packages(),
    }
    info["database"] = _database_facts(ctx)
    try:
        usage = shutil.disk_usage(ctx.paths.home)
        info["data_folder_free_bytes"] = usage.free
    except OSError:
        pass
    s = ctx.settings
    info["settings"] = {
        "signing_key_configured": bool(s.signing_key_path),
        "signing_key_present": bool(s.signing_key_path) and Path(s.signing_key_path).exists(),
        "timestamp_authority_configured": bool(s.timestamp_url),
        "shared_blob_folder_configured": bool(s.shared_blob_folder),
        "letter_language": s.letter_language,
        "ui_language": s.ui_language,
        "officer_role": s.officer_role,
        "first_run_done": s.first_run_done,
    }
    return info


def write_report(ctx: AppContext, out_zip: str | os.PathLike[str]) -> ReportResult:
    """Write the report zip to ``out_zip`` (atomically). Raises BadInput for an
    unusable target and StorageError when the zip cannot be written."""
    target = Path(out_zip).expanduser()
    if target.suffix.lower() != ".zip":
        target = target.with_name(target.name + ".zip")
    if target.exists() and target.is_dir():
        raise BadInput.of("report.target_is_folder", path=str(target))
    if not target.parent.is_dir():
        raise BadInput.of("report.no_folder", folder=str(target.parent))
    versions = collect_versions(ctx)
    sensitive = _sensitive_strings(ctx)
    log_dir = ctx.paths.logs
    logs = sorted(log_dir.glob("*.log*")) if log_dir.is_dir() else []
    made = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    names: list[str] = []
    scrubbed = 0
    try:
        fd, tmp = tempfile.mkstemp(prefix=".report-", suffix=".zip", dir=target.parent)
        os.close(fd)
        try:
            with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as zf:
                zf.writestr("README.txt", README.format(made=made))
                names.append("README.txt")
                zf.writestr("versions.json", json.dumps(versions, indent=2, ensure_ascii=False))
                names.append("versions.json")
                for path in logs:
                    if not path.is_file():
                        continue
                    text = path.read_text(encoding="utf-8", errors="replace")
                    text, n = scrub(scrub_fields(text), sensitive)
                    scrubbed += n
                    name = f"logs/{path.name}"
                    zf.writestr(name, text)
                    names.append(name)
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError as err:
        raise StorageError.of(
            "report.write_failed", path=str(target), reason=str(err.strerror or err)
        ) from err
    return ReportResult(path=target, files=tuple(names), scrubbed=scrubbed)


MESSAGE_REMOVED = "[message not included]"
_TB_START = "Traceback (most recent call last):"
_CHAINED = ("During handling of the above exception", "The above exception was the direct cause")
_EXC_LINE = re.compile(r"^([\w.]+)(?::\s?(.*))?$")  # "package.module.Type: message" (or just the type)
_RECORD_START = re.compile(r"^\d{4}-\d\d-\d\d[T ]\d\d:\d\d")  # a new log record


def scrub_fields(text: str) -> str:
    """Remove, by their place in the text, the fields that may carry case data: SQL,
    parameters and row details of database errors, and the message of every exception
    in a traceback, continuation lines included (kept: the exception's type, and every
    frame's file, line and function). Secrets are masked too. Works on any log text,
    whatever the database holds."""
    text = redact(text)  # secrets, and db.errors.scrub_sql (SQL, parameters, DETAIL rows)
    out: list[str] = []
    state = "text"  # text | frames (inside a traceback) | message (after its exception line)
    for line in text.split("\n"):
        if line.startswith(_TB_START):
            state = "frames"
            out.append(line)
            continue
        if state == "message":
            if not line.strip() or line.startswith(_CHAINED) or _RECORD_START.match(line):
                state = "text"
            else:
                continue  # the rest of a multi-line exception message
        if state == "frames":
            if line.startswith(" ") or not line:
                out.append(line)  # a frame ("  File ..., line N, in f") or its source line
                continue
            m = _EXC_LINE.match(line.split(": ", 1)[0])
            state = "message"
            if m and ": " in line:
                out.append(f"{m.group(1)}: {MESSAGE_REMOVED}")
            elif m:
                out.append(line)
            else:
                out.append(MESSAGE_REMOVED)
            continue
        out.append(line)
    return "\n".join(out)


def scrub(text: str, sensitive: Iterable[str]) -> tuple[str, int]:
    """Replace every occurrence of a sensitive string in ``text`` by the placeholder.

    Fast for many strings: the strings go into a trie keyed by their words; only the
    first words that occur in the text are searched for (one regular expression),
    the trie is followed from each hit only as far as the next words match, and the
    candidate strings are then compared exactly. 100,000 case titles against a 6 MB
    log take about a second (run it off the GUI thread).
    """
    trie: dict[str, Any] = {}
    for raw in sensitive:
        s = raw.strip()
        if len(s) < MIN_SCRUB_LEN:
            continue
        first = _WORD.search(s)
        if first is None:
            continue
        leaf = trie
        for word in _WORD.findall(s):
            leaf = leaf.setdefault(word, {})
        leaf.setdefault(_END, []).append((s, first.start()))
    if not trie:
        return text, 0
    # Only the first words that occur in the text can start a match: usually none.
    present = set(_WORD.findall(text))
    roots = sorted((w for w in trie if w in present), key=len, reverse=True)
    if not roots:
        return text, 0
    finder = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in roots) + r")(?!\w)")
    spans: list[tuple[int, int]] = []
    for m in finder.finditer(text):
        node: dict[str, Any] | None = trie[m.group()]
        pos = m.end()
        while node is not None:
            for s, offset in node.get(_END, ()):
                start = m.start() - offset
                if start >= 0 and text.startswith(s, start):
                    spans.append((start, start + len(s)))
            nxt = _WORD.search(text, pos)
            if nxt is None:
                break
            node = node.get(nxt.group())
            pos = nxt.end()
    if not spans:
        return text, 0
    spans.sort(key=lambda sp: (sp[0], -sp[1]))
    out: list[str] = []
    pos = count = 0
    for start, end in spans:
        if start < pos:  # overlaps a longer or earlier replacement
            continue
        out.append(text[pos:start])
        out.append(PLACEHOLDER)
        pos = end
        count += 1
    out.append(text[pos:])
    return "".join(out), count


_END = "\x00end"
_WORD = re.compile(r"\w+")


# --- helpers ---------------------------------------------------------------------------------


def _sensitive_strings(ctx: AppContext) -> list[str]:
    out: list[str] = []
    columns = (
        (Case.title, Case.notes),
        (Provider.name, Provider.representative, Provider.address),
        (Subject.name,),
        (
            EvidenceItem.original_name,
            EvidenceItem.display_name,
            EvidenceItem.description,
            EvidenceItem.source_url,
            EvidenceItem.folder_path,
        ),
        (Officer.name, Officer.email),
    )
    try:
        with unit_of_work(ctx.engine, readonly=True) as s:
            for cols in columns:
                for row in s.execute(select(*cols)).yield_per(2000):
                    for value in row:
                        if isinstance(value, str) and value:
                            out.append(value)
                            # file names inside folders: also the last path part
                            if "/" in value:
                                out.append(value.rsplit("/", 1)[-1])
    except Exception:  # a broken database must not stop the report
        pass
    st = ctx.settings
    out += [st.officer_name, st.officer_email, st.officer_unit]
    return [v for v in out if v]


def _database_facts(ctx: AppContext) -> dict[str, Any]:
    facts: dict[str, Any] = {"backend": ctx.engine.dialect.name}
    facts["embedded"] = ctx.db_url == ctx.paths.default_db_url()
    try:
        facts["schema_revision"] = schema_version.current_revision(ctx.engine)
        facts["schema_head"] = schema_version.head_revision()
    except Exception as err:
        facts["schema_error"] = type(err).__name__
    try:
        with unit_of_work(ctx.engine, readonly=True) as s:
            facts["cases"] = s.scalar(select(func.count()).select_from(Case))
            facts["evidence_items"] = s.scalar(select(func.count()).select_from(EvidenceItem))
            version = s.connection().dialect.server_version_info
            if version:
                facts["server_version"] = ".".join(str(v) for v in version)
    except Exception as err:
        facts["count_error"] = type(err).__name__
    return facts


def _qt_versions() -> dict[str, str]:
    out: dict[str, str] = {}
    # The services never import Qt; if the GUI has loaded it, ask it for the runtime version.
    qtcore = sys.modules.get("PySide6.QtCore")
    if qtcore is not None:
        out["runtime"] = str(qtcore.qVersion())
    for dist in ("PySide6_Essentials", "PySide6_Pdf", "shiboken6", "PySide6"):
        try:
            out[dist] = importlib.metadata.version(dist)
        except importlib.metadata.PackageNotFoundError:
            continue
    return out


def _packages() -> dict[str, str]:
    pkgs: dict[str, str] = {}
    for dist in importlib.metadata.distributions():
        name = dist.metadata["Name"] if dist.metadata else None
        if name:
            pkgs[str(name)] = dist.version
    return dict(sorted(pkgs.items(), key=lambda kv: kv[0].lower()))
