"""The desktop application on the team database: the same window, on PostgreSQL."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def _run(home: Path, db: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, EXEMPTIO_HOME=str(home), EXEMPTIO_DB=db, QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, "-m", "app", *args], capture_output=True, text=True, env=env, cwd=REPO, timeout=180
    )


def test_window_opens_on_a_team_database_given_by_exemptio_db(tmp_path: Path, pg_empty_url: str) -> None:
    home = tmp_path / "h"
    assert _run(home, pg_empty_url, "demo", "--officer", "Demo Officer").returncode == 0  # schema first
    p = _run(home, pg_empty_url, "gui", "--exit-when-ready")
    assert p.returncode == 0, p.stderr
    assert p.stdout.startswith("ready ") and "rows=21" in p.stdout
    assert not (home / "exemptio.db").exists()  # nothing went to the local SQLite file
