"""Is the database at the newest migration? Answered without importing Alembic.

Alembic costs ~0.3 s to import; the app only needs it when an upgrade is due.
The head revision is read from the migration files (``revision`` /
``down_revision`` lines); anything unexpected answers "not at head", and the
caller then asks Alembic (db/migrate.py), which stays the authority.
"""

from __future__ import annotations

import re
import sqlite3
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy import Engine

VERSIONS = Path(__file__).resolve().parent.parent / "migrations" / "versions"
_REV = re.compile(r'^revision(?:\s*:\s*[^=]+)?\s*=\s*["\']([^"\']+)["\']', re.M)
_DOWN = re.compile(r'^down_revision(?:\s*:\s*[^=]+)?\s*=\s*(None|["\'][^"\']*["\']|\(.*?\))', re.M)


@lru_cache(maxsize=1)
def head_revision() -> str | None:
    """The single head of the migration files, or None when unsure."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in VERSIONS.glob("*.py"):
        body = path.read_text(encoding="utf-8")
        rev, down = _REV.search(body), _DOWN.search(body)
        if rev is None or down is None:
            return None
        revisions.add(rev.group(1))
        parents.update(re.findall(r'["\']([^"\']+)["\']', down.group(1)))
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None


def current_revision(engine: Engine) -> str | None:
    from sqlalchemy import text
    from sqlalchemy.exc import DBAPIError

    try:
        with engine.connect() as conn:
            rows = conn.execute(text("SELECT version_num FROM alembic_version")).fetchall()
    except DBAPIError:
        return None
    return rows[0][0] if len(rows) == 1 else None


def at_head(engine: Engine) -> bool:
    head = head_revision()
    return head is not None and current_revision(engine) == head


def sqlite_file_at_head(path: Path) -> bool:
    """The same question for an existing SQLite file, asked with the sqlite3
    module (read-only, no SQLAlchemy): lets the GUI start before SQLAlchemy is
    loaded. Any doubt answers False, and the caller takes the full path."""
    head = head_revision()
    if head is None:
        return False
    try:
        con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=30)
    except (sqlite3.Error, OSError, ValueError):
        return False
    try:
        rows = con.execute("SELECT version_num FROM alembic_version").fetchall()
    except sqlite3.Error:
        return False
    finally:
        con.close()
    return len(rows) == 1 and rows[0][0] == head
