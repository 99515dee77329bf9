"""Officer settings kept in the home folder as JSON (never a passphrase)."""

from __future__ import annotations

import errno
import json
import os
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit


@dataclass
class Settings:
    officer_name: str = ""
    officer_unit: str = ""
    officer_email: str = ""
    officer_role: str = "officer"
    letter_language: str = "en"
    signing_key_path: str = ""
    database_url: str = ""
    shared_blob_folder: str = ""
    timestamp_url: str = ""
    ui_language: str = ""
    first_run_done: bool = False
    extra: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def load(cls, path: Path) -> Settings:
        """The settings in ``path``; defaults for a missing, unreadable or malformed file, and
        for each value of the wrong type (JSON read with app.domain.jsonread's limits)."""
        from app.domain.errors import BadInput
        from app.domain.jsonread import JsonLimits, parse_json

        try:
            with path.open("rb") as fh:
                data = parse_json(fh.read(1_000_001), item=str(path), limits=JsonLimits(max_bytes=1_000_000))
        except (OSError, BadInput):
            return cls()
        if not isinstance(data, dict):
            return cls()
        defaults = cls()
        kept: dict[str, Any] = {}
        for f in fields(cls):
            if f.name in data and type(data[f.name]) is type(getattr(defaults, f.name)):
                kept[f.name] = data[f.name]
        return cls(**kept)

    def save(self, path: Path) -> None:
        """Write atomically (temp file, fsync, rename), readable by the officer only.

        A database URL with a password is refused (OSError EINVAL, so the dialogs
        show it like any other save failure): the password belongs in ~/.pgpass.
        """
        if self.database_url and "://" in self.database_url:
            if urlsplit(self.database_url).password:
                raise OSError(
                    errno.EINVAL,
                    "The database URL contains a password. Remove it from the URL and keep it "
                    "in ~/.pgpass (or PGPASSWORD): settings are not a place for secrets.",
                )
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(path.name + ".tmp")
        data = json.dumps(asdict(self), indent=2, ensure_ascii=False).encode("utf-8")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        try:
            os.write(fd, data)
            os.fsync(fd)
        finally:
            os.close(fd)
        os.chmod(tmp, 0o600)
        os.replace(tmp, path)
