"""Where data lives: EXEMPTIO_HOME, else the platform's user data folder."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

APP_NAME = "Exemptio"


class _InHome:
    """A read-only attribute: the path ``name`` in the data folder (``paths.home / name``)."""

    def __init__(self, name: str) -> None:
        self.name = name

    def __get__(self, paths: AppPaths, owner: type | None = None) -> Path:
        return paths.home / self.name


@dataclass(frozen=True)
class AppPaths:
    home: Path

    @classmethod
    def from_env(cls, home: str | os.PathLike[str] | None = None) -> AppPaths:
        chosen = home or os.environ.get("EXEMPTIO_HOME")
        if chosen:
            return cls(Path(chosen).expanduser().resolve())
        import platformdirs  # only without EXEMPTIO_HOME (saves its import at start-up)

        return cls(Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)))

    # The files and folders in the data folder, by name.
    database = _InHome("exemptio.db")
    evidence = _InHome("evidence")
    logs = _InHome("logs")
    staging = _InHome("staging")
    settings_file = _InHome("settings.json")

    def default_db_url(self) -> str:
        return "sqlite:///" + str(self.database)


def resolve_db_url(paths: AppPaths, db: str | None = None) -> str:
    """``--db`` beats ``EXEMPTIO_DB`` beats the home folder's SQLite file."""
    from db.engine import normalise_url

    chosen = db or os.environ.get("EXEMPTIO_DB")
    return normalise_url(chosen) if chosen else paths.default_db_url()
