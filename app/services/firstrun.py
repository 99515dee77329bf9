"""First-run checks that need no Qt: can this database URL be used?

``check_database(url)`` connects (PostgreSQL: with the engine's short connect
timeout), reads the server version and the schema revision, and changes
nothing: no migration, no table created. It raises StorageError with one plain
line when the server cannot be reached or the login is refused. It is the only
network use of the welcome dialog, and only when the officer asks for it.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from sqlalchemy import inspect
from sqlalchemy.exc import DBAPIError, OperationalError

from app.domain.errors import BadInput, StorageError
from app.services.context import _db_message
from db.engine import make_engine, normalise_url, sqlite_path

TEAM_SCHEMES = ("postgresql://", "postgresql+psycopg://")


@dataclass(frozen=True)
class DbCheck:
    backend: str  # "postgresql" | "sqlite"
    server_version: str
    revision: str | None  # None: an empty database (Exemptio creates its tables on first use)
    head: str
    at_head: bool

    def summary(self) -> str:
        server = f"{self.backend} {self.server_version}".strip()
        if self.revision is None:
            return f"Connected to {server}; the database is empty: Exemptio sets it up on first use."
        if self.at_head:
            return f"Connected to {server}; an Exemptio database, up to date."
        return f"Connected to {server}; an Exemptio database that will be upgraded on first use."


def check_database(url: str) -> DbCheck:
    url = url.strip()
    if not url:
        raise BadInput.of("team.url_missing")
    if "://" in url and not url.startswith(TEAM_SCHEMES) and not url.startswith("sqlite"):
        raise BadInput.of("team.url_scheme")
    from db import migrate

    url = normalise_url(url)
    path = sqlite_path(url)
    if path is not None and not path.exists():  # do not create the file by connecting
        return DbCheck("sqlite", sqlite3.sqlite_version, None, migrate.head_revision(), False)
    try:
        engine = make_engine(url)
    except Exception as err:  # a malformed URL, an unknown driver
        raise BadInput.of("team.url_invalid", reason=str(err)) from err
    try:
        with engine.connect() as conn:
            info = conn.dialect.server_version_info or ()
            tables = set(inspect(conn).get_table_names())
        revision = migrate.current_revision(engine) if "alembic_version" in tables else None
        if tables and revision is None:
            raise StorageError.of("team.foreign_tables")
        head = migrate.head_revision()
        return DbCheck(
            backend=engine.dialect.name,
            server_version=".".join(str(v) for v in info),
            revision=revision,
            head=head,
            at_head=revision == head,
        )
    except (OperationalError, DBAPIError) as err:
        raise StorageError(_db_message(url, err)) from err
    finally:
        engine.dispose()
