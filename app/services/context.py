"""AppContext: everything a use case needs (paths, engine, acting officer).

Built once per process by the CLI or the GUI and passed to the services
explicitly; there are no module globals.
"""

from __future__ import annotations

import os
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from app.domain.errors import StorageError
from app.paths import AppPaths, resolve_db_url
from app.services.settings import Settings
from db import schema_version
from db.engine import make_engine, sqlite_path

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from app.services.team_identity import TeamIdentity


SETTINGS_SOURCE = "the Settings profile's officer"


@dataclass
class AppContext:
    """``engine`` is made on first use when the context was opened with
    ``lazy_engine=True`` (the GUI: SQLAlchemy loads after the window is up)."""

    paths: AppPaths
    db_url: str
    _engine: Engine | None
    settings: Settings
    officer_override: str | None = None
    extras: dict[str, object] = field(default_factory=dict)
    _engine_lock: threading.Lock = field(default_factory=threading.Lock, repr=False, compare=False)
    _team: list[TeamIdentity | None] = field(default_factory=list, repr=False, compare=False)

    @property
    def engine(self) -> Engine:
        engine = self._engine
        if engine is None:
            with self._engine_lock:
                if self._engine is None:
                    self._engine = make_engine(self.db_url)
                engine = self._engine
        return engine

    @property
    def sqlite_file(self) -> Path | None:
        """The database file when it is SQLite (the sqlite3 fast read paths use it)."""
        return sqlite_path(self.db_url)

    @property
    def team(self) -> TeamIdentity | None:
        """Team mode (PostgreSQL): who the server says we are (session_user, read once);
        None on SQLite."""
        if not self._team:
            if sqlite_path(self.db_url) is not None or self.db_url.startswith("sqlite"):
                self._team.append(None)
            else:
                from app.services.team_identity import identify

                self._team.append(identify(self.engine))
        return self._team[0]

    def forget_team(self) -> None:
        """Read the login's officer again (after its mapping changed)."""
        self._team.clear()

    def _claimed(self) -> tuple[str, str]:
        if self.officer_override:
            return self.officer_override, "--officer"
        env = os.environ.get("EXEMPTIO_OFFICER")
        if env:
            return env, "EXEMPTIO_OFFICER"
        return self.settings.officer_name or "", SETTINGS_SOURCE

    @property
    def officer(self) -> str:
        """The acting officer: --officer, else EXEMPTIO_OFFICER, else settings. In team
        mode (PostgreSQL, a login that is not the owner) the officer mapped to the login:
        another name given with --officer or EXEMPTIO_OFFICER is refused (NotAllowed); the
        Settings profile cannot override it either (it is ignored: the GUI's profile may be
        stale, and refusing it would lock the officer out of every screen)."""
        claimed, source = self._claimed()
        team = self.team
        if team is None or not team.enforced:
            return claimed
        from app.services.team_identity import acting_officer

        if source == SETTINGS_SOURCE:  # a display profile: the login's officer acts, whatever it says
            claimed = ""
        return acting_officer(team, claimed, source)

    def require_officer(self) -> str:
        from app.domain.errors import BadInput

        name = self.officer.strip()
        team = self.team
        if not name and team is not None and team.enforced:
            from app.services.team_identity import not_mapped

            raise not_mapped(team.login)
        if not name:
            raise BadInput(
                "No acting officer: pass --officer NAME, set EXEMPTIO_OFFICER, "
                "or fill in your officer profile in Settings."
            )
        return name

    def close(self) -> None:
        if self._engine is not None:
            self._engine.dispose()


def open_context(
    home: str | os.PathLike[str] | None = None,
    db: str | None = None,
    officer: str | None = None,
    *,
    upgrade: bool = True,
    lazy_engine: bool = False,
) -> AppContext:
    """Open (and by default upgrade) the database. Raises StorageError with a
    plain message when the data folder or database cannot be used.

    ``lazy_engine``: when the database is an existing SQLite file already at
    the newest schema (checked with the sqlite3 module), SQLAlchemy is not
    imported here; the engine is made on first use."""
    paths = AppPaths.from_env(home)
    settings = Settings.load(paths.settings_file)
    url = resolve_db_url(paths, db or settings.database_url or None)
    db_file = sqlite_path(url)
    if db_file is not None:
        _check_sqlite_file(db_file)
        from db.health import check_sqlite_file  # emptied or damaged: refused, never recreated

        check_sqlite_file(db_file)
    try:
        paths.home.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise StorageError.of(
            "storage.home_not_created", folder=str(paths.home), reason=str(err.strerror)
        ) from err
    at_head = schema_version.sqlite_file_at_head
    if lazy_engine and db_file is not None and db_file.is_file() and at_head(db_file):
        return AppContext(paths, url, None, settings, officer_override=officer)
    from sqlalchemy.exc import DatabaseError, OperationalError

    engine = make_engine(url)
    try:
        # Alembic is imported only when an upgrade (or a precise check) is needed.
        if upgrade:
            if not schema_version.at_head(engine):
                from db import migrate

                migrate.upgrade(engine)
        elif not schema_version.at_head(engine):
            from db import migrate

            if not migrate.is_at_head(engine):
                raise StorageError.of("db.not_upgraded")
    except (OperationalError, DatabaseError) as err:
        engine.dispose()
        raise StorageError(_db_message(url, err)) from err
    return AppContext(paths=paths, db_url=url, _engine=engine, settings=settings, officer_override=officer)


def _check_sqlite_file(path: Path) -> None:
    """Refuse a corrupt, unreadable or unwritable SQLite file before touching it."""
    try:
        exists = path.exists()
    except PermissionError as err:  # a folder on the way cannot be entered
        raise StorageError.of("db.denied", path=str(path)) from err
    if exists:
        if path.is_dir():
            raise StorageError.of("db.is_folder", path=str(path))
        if not os.access(path, os.R_OK | os.W_OK):
            raise StorageError.of("db.denied", path=str(path))
        try:
            with path.open("rb") as fh:
                head = fh.read(16)
        except OSError as err:
            raise StorageError.of("db.unreadable", path=str(path), reason=str(err.strerror)) from err
        if head and head != b"SQLite format 3\x00":
            raise StorageError.of("db.not_sqlite", path=str(path))
    else:
        parent = path.parent
        probe = parent
        while not probe.exists():
            probe = probe.parent
        if not os.access(probe, os.W_OK):
            raise StorageError.of("db.cannot_create", folder=str(parent))


def _db_message(url: str, err: Exception) -> str:
    msg = str(getattr(err, "orig", err)).strip().splitlines()[0]
    safe_url = url.split("@")[-1] if "@" in url else url
    db_file = sqlite_path(url)
    if db_file is not None and any(w in msg for w in ("malformed", "not a database", "corrupt")):
        from db.health import backup_hint

        return (
            f"Refused: the database file {db_file} is damaged ({msg}). Nothing was changed; "
            f"restore the newest backup copy ({backup_hint(db_file)})."
        )
    from db.conflicts import is_disconnect  # team mode: say what to do meanwhile

    if sqlite_path(url) is None and not url.startswith("sqlite") and is_disconnect(err):
        return (
            f"Cannot reach the team database {safe_url}: {msg}. Nothing was changed; "
            "try again later, or work on a local database meanwhile (--db PATH or EXEMPTIO_DB)."
        )
    return f"Cannot use the database {safe_url}: {msg}"
