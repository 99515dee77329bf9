"""Where data lives: EXEMPTIO_HOME, else the platform's user data folder."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

APP_NAME = "Exemptio"


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

    @property
    def database(self) -> Path:
        return self.home / "exemptio.db"

    @property
    def evidence(self) -> Path:
        return self.home / "evidence"

    @property
    def logs(self) -> Path:
        return self.home / "logs"

    @property
    def staging(self) -> Path:
        return self.home / "staging"

    @property
    def settings_file(self) -> Path:
        return self.home / "settings.json"

    def default_db_url(self) -> str:
        return "sqlite:///" + str(self.database)


def resolve_db_url(paths: AppPaths, db: str | None = None) -> str:
    """``--db`` beats ``EXEMPTIO_DB`` beats the home folder's SQLite file."""
    from db.engine import normalise_url

    chosen = db or os.environ.get("EXEMPTIO_DB")
    return normalise_url(chosen) if chosen else paths.default_db_url()
