"""Schema upgrades in code: Alembic with the bundled ``migrations/`` folder.

Before upgrading a SQLite file that already has tables, a consistent copy is
written next to it (``exemptio.db.backup-YYYYmmddTHHMMSSZ``) with SQLite's
backup API.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect
from sqlalchemy.exc import DatabaseError

from db.engine import sqlite_path

MIGRATIONS_DIR = Path(__file__).resolve().parent.parent / "migrations"


# Tables made by hand-written DDL (full-text search, migrations/search_ddl.py)
# that autogenerate must neither create nor drop.
_MANUAL_PREFIXES = ("case_search",)


def include_object(obj: object, name: str | None, type_: str, reflected: bool, compare_to: object) -> bool:
    if type_ in ("table", "index") and name and name.startswith(_MANUAL_PREFIXES):
        return False
    return True


def alembic_config(url: str | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    if url:
        cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


def head_revision() -> str:
    heads = ScriptDirectory.from_config(alembic_config()).get_heads()
    if len(heads) != 1:
        raise RuntimeError(f"migrations have {len(heads)} heads, expected 1")
    return heads[0]


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def is_at_head(engine: Engine) -> bool:
    return current_revision(engine) == head_revision()


def backup_sqlite(engine: Engine) -> Path | None:
    """Copy the SQLite file with SQLite's backup API into a temporary file, fsync
    it, then rename it: a crash never leaves a half-written file named as a backup."""
    path = sqlite_path(str(engine.url))
    if path is None or not path.exists() or path.stat().st_size == 0:
        return None
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = path.with_name(f"{path.name}.backup-{stamp}")
    tmp = path.with_name(f".{path.name}.backup-{stamp}.part")
    src = sqlite3.connect(str(path))
    try:
        dst = sqlite3.connect(str(tmp))
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode = DELETE")  # a single self-contained file
        finally:
            dst.close()
        with tmp.open("rb") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    finally:
        src.close()
    return target


class NewerSchemaError(DatabaseError):
    """The database was written by a newer Exemptio (a revision these migrations don't know).

    A DatabaseError, so callers report it like any other unusable database."""

    def __init__(self, message: str) -> None:
        super().__init__(None, None, Exception(message))


def check_known_revision(engine: Engine) -> None:
    """Raise NewerSchemaError before anything is written when the database's
    revision is not one of ours (upgrading it would fail half-way)."""
    current = current_revision(engine)
    if current is None:
        return
    script = ScriptDirectory.from_config(alembic_config())
    known = {rev.revision for rev in script.walk_revisions()}
    if current not in known:
        raise NewerSchemaError(
            f"it is at schema revision {current}, which this version of Exemptio does not know "
            f"(it was written by a newer Exemptio); use that version, or an older backup copy"
        )


def upgrade(engine: Engine, revision: str = "head", *, backup: bool = True) -> Path | None:
    """Upgrade to ``revision``; returns the backup path if one was written."""
    if revision == "head" and is_at_head(engine):
        return None
    check_known_revision(engine)
    backup_path = None
    if engine.dialect.name == "sqlite" and inspect(engine).get_table_names():
        from db.health import require_intact  # never upgrade (nor back up as sound) a damaged file

        require_intact(engine)
    if backup and inspect(engine).get_table_names():
        backup_path = backup_sqlite(engine)
    cfg = alembic_config(str(engine.url))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
    return backup_path


def downgrade(engine: Engine, revision: str) -> None:
    cfg = alembic_config(str(engine.url))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, revision)
