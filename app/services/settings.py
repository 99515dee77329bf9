"""Officer settings kept in the home folder as JSON (never a passphrase)."""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any


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
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (FileNotFoundError, ValueError, OSError):
            return cls()
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in known})

    def save(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(path.name + ".tmp")
        tmp.write_text(json.dumps(asdict(self), indent=2, ensure_ascii=False), encoding="utf-8")
        os.replace(tmp, path)
