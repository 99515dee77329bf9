"""Storage health: refuse a database file that lost its contents, never start afresh on it.

SQLite takes a 0-byte file for a new, empty database: every case would vanish
without a word, references would be handed out again and the evidence store
would be orphaned. :func:`check_sqlite_file` is called before a database file is
opened (``app.services.context.open_context``):

* a **0-byte file** is refused when there is anything to lose: an evidence store
  beside it holding files, or backup copies (``exemptio.db.backup-*``) of it;
* a file whose **SQLite header** does not add up (not SQLite, a page size that is
  not a power of two, a file shorter than the page count the header records, or
  not a whole number of pages) is refused as damaged.

Both messages name the newest backup copies. :func:`integrity_problems` runs
SQLite's ``PRAGMA integrity_check`` (used by ``exemptio db check`` and first of
all by ``exemptio audit verify``: a chain of intact hashes proves nothing about a
file with broken pages); :func:`require_intact` raises when it finds anything.

No ``app`` import: the errors are db.errors.DatabaseDamaged (the application
adopts it as a StorageError, exit 2).
"""

from __future__ import annotations

import os
import sqlite3
import struct
from pathlib import Path
from typing import TYPE_CHECKING

from db.errors import DatabaseDamaged

if TYPE_CHECKING:
    from sqlalchemy import Engine

SQLITE_MAGIC = b"SQLite format 3\x00"
BACKUP_GLOB = "{name}.backup-*"


def backups(path: Path) -> list[Path]:
    """Backup copies of the database file ``path`` (written before each upgrade), newest first."""
    try:
        found = [p for p in path.parent.glob(BACKUP_GLOB.format(name=path.name)) if p.is_file()]
    except OSError:
        return []
    return sorted(found, key=lambda p: p.name, reverse=True)


def backup_hint(path: Path) -> str:
    found = backups(path)
    if not found:
        return f"none found beside it; look for {path.name}.backup-* copies or your own backups"
    names = ", ".join(p.name for p in found[:3])
    return f"{names} in {path.parent}" + (f", and {len(found) - 3} older" if len(found) > 3 else "")


def _holds_files(folder: Path) -> bool:
    """True as soon as one regular file is found under ``folder`` (stops at the first)."""
    try:
        for _root, _dirs, files in os.walk(folder):
            if files:
                return True
    except OSError:
        return False
    return False


def check_sqlite_file(path: Path, evidence: Path | None = None) -> None:
    """Refuse an emptied or visibly damaged SQLite file before SQLite touches it.

    ``evidence`` is the evidence store that belongs to this database (default: the
    ``evidence`` folder beside the file). A missing file is fine (a new database)."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return
    except OSError:
        return  # permission problems are reported by the caller with their own message
    store = evidence if evidence is not None else path.parent / "evidence"
    if size == 0:
        if _holds_files(store) or backups(path):
            raise DatabaseDamaged(
                f"Refused: the database file {path} is empty (0 bytes) while "
                + (
                    "the evidence store beside it holds files"
                    if _holds_files(store)
                    else "backup copies of it exist"
                )
                + ": it was emptied or truncated, and starting afresh would hide every case. "
                f"Nothing was changed; restore the newest backup copy ({backup_hint(path)}).",
                msg_id="db.empty_file",
                path=str(path),
                backups=backup_hint(path),
            )
        return
    try:
        with path.open("rb") as fh:
            header = fh.read(100)
    except OSError:
        return
    wal = path.with_name(path.name + "-wal")
    try:
        wal_pending = wal.exists() and wal.stat().st_size > 0
    except OSError:
        wal_pending = True
    problem = header_problem(header, size, wal_pending=wal_pending)
    if problem:
        raise damaged(path, problem)


def damaged(path: Path, detail: str) -> DatabaseDamaged:
    """Refused: the file is damaged (``detail``), with the newest backup copies to restore."""
    return DatabaseDamaged(
        f"Refused: the database file {path} is damaged ({detail}). Nothing was changed; "
        f"restore the newest backup copy ({backup_hint(path)}).",
        msg_id="db.integrity",
        path=str(path),
        detail=detail,
        backups=backup_hint(path),
    )


def header_problem(header: bytes, size: int, *, wal_pending: bool = False) -> str:
    """What is wrong with a SQLite file's first 100 bytes given its size, or ''.

    ``wal_pending``: a non-empty ``-wal`` file lies beside it; an interrupted
    checkpoint may then have left the file shorter than its header says, which
    SQLite repairs from the WAL, so the size is not judged."""
    if len(header) < 100:
        if SQLITE_MAGIC.startswith(header[: len(SQLITE_MAGIC)]):
            return f"it is cut short: {size} bytes, not even a whole database header"
        return "it is not an SQLite database"
    if not header.startswith(SQLITE_MAGIC):
        return "it is not an SQLite database"
    (raw_page_size,) = struct.unpack(">H", header[16:18])
    page_size = 65536 if raw_page_size == 1 else raw_page_size
    if page_size < 512 or page_size & (page_size - 1):
        return f"its header gives an impossible page size ({raw_page_size})"
    if wal_pending:
        return ""
    change_counter, pages = struct.unpack(">II", header[24:32])
    (valid_for,) = struct.unpack(">I", header[92:96])
    if size % page_size:
        return f"its size ({size:,} bytes) is not a whole number of {page_size}-byte pages"
    if pages and valid_for == change_counter and pages * page_size > size:
        return f"it is cut short: the header counts {pages:,} pages, the file holds {size // page_size:,}"
    return ""


def integrity_problems(engine: Engine, *, limit: int = 20) -> list[str]:
    """SQLite's ``PRAGMA integrity_check`` findings (empty when the file is sound; always
    empty on PostgreSQL, whose pages are checked by the server itself)."""
    if engine.dialect.name != "sqlite":
        return []
    try:
        with engine.connect() as conn:
            rows = conn.exec_driver_sql(f"PRAGMA integrity_check({int(limit)})").fetchall()
    except Exception as err:  # sqlite3.DatabaseError "file is not a database", "malformed"...
        orig = getattr(err, "orig", err)
        return [str(orig).strip().splitlines()[0] if str(orig).strip() else type(orig).__name__]
    found = [str(r[0]) for r in rows]
    return [] if found == ["ok"] else found


def integrity_problems_of_file(path: Path, *, limit: int = 20) -> list[str]:
    """The same check on a SQLite file with the sqlite3 module, read-only."""
    try:
        con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as err:
        return [str(err)]
    try:
        found = [str(r[0]) for r in con.execute(f"PRAGMA integrity_check({int(limit)})")]
    except sqlite3.Error as err:
        return [str(err)]
    finally:
        con.close()
    return [] if found == ["ok"] else found


def require_intact(engine: Engine) -> None:
    """Raise DatabaseDamaged when ``PRAGMA integrity_check`` finds anything (SQLite)."""
    problems = integrity_problems(engine)
    if not problems:
        return
    from db.engine import sqlite_path

    path = sqlite_path(str(engine.url)) or Path(str(engine.url.database))
    detail = problems[0] + (f"; {len(problems) - 1} more problem(s)" if len(problems) > 1 else "")
    raise damaged(path, f"integrity check: {detail}")
