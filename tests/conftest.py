"""Shared fixtures: an isolated data folder per test, the CLI in-process and as
a subprocess, offscreen Qt, and a throwaway letter PKI per test module."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parent.parent

# PostgreSQL fixtures for team mode: db_url (sqlite + postgresql), pg_url, pg_empty_url.
pytest_plugins = ["tests.pg_fixtures"]


@dataclass
class CliResult:
    rc: int
    out: str
    err: str

    def json(self):  # type: ignore[no-untyped-def]
        import json

        return json.loads(self.out)


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh EXEMPTIO_HOME; EXEMPTIO_DB and EXEMPTIO_OFFICER cleared."""
    h = tmp_path / "home"
    monkeypatch.setenv("EXEMPTIO_HOME", str(h))
    monkeypatch.delenv("EXEMPTIO_DB", raising=False)
    monkeypatch.delenv("EXEMPTIO_OFFICER", raising=False)
    return h


@pytest.fixture(scope="module")
def server() -> Iterator[object]:
    """A local timestamp, OCSP and CRL server on 127.0.0.1 (letter_testpki.LocalTsa) for the
    test module; give it a PKI with ``server.use(pki)``."""
    from tests.unit.letter_testpki import LocalTsa

    srv = LocalTsa()
    yield srv
    srv.close()


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory) -> object:
    """A throwaway letter PKI (tests/unit/letter_testpki.py: root CA, officers' keys, TSA),
    made once for each test module that asks for it."""
    from tests.unit.letter_testpki import make_pki

    return make_pki(tmp_path_factory.mktemp("pki"))


@pytest.fixture
def ctx(home: Path) -> Iterator[object]:
    """An AppContext on a fresh, migrated SQLite database in ``home``."""
    from app.services.context import open_context

    c = open_context(officer="Test Officer")
    yield c
    c.close()


@pytest.fixture
def cli(home: Path):  # type: ignore[no-untyped-def]
    """Run the CLI in-process: cli("case", "list", "--json") -> CliResult."""
    from app.cli.main import main

    def run(*args: str) -> CliResult:
        out, err = io.StringIO(), io.StringIO()
        with redirect_stdout(out), redirect_stderr(err):
            try:
                rc = main(list(args))
            except SystemExit as exc:  # argparse usage errors
                rc = int(exc.code or 0)
        return CliResult(rc, out.getvalue(), err.getvalue())

    return run


@pytest.fixture
def exemptio(home: Path):  # type: ignore[no-untyped-def]
    """Run the real ``python -m app`` in a subprocess (for crash/kill tests)."""

    def run(*args: str, env: dict[str, str] | None = None, timeout: float = 120) -> CliResult:
        e = dict(os.environ)
        e.update(env or {})
        p = subprocess.run(
            [sys.executable, "-m", "app", *args],
            capture_output=True,
            text=True,
            env=e,
            cwd=REPO,
            timeout=timeout,
        )
        return CliResult(p.returncode, p.stdout, p.stderr)

    return run


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Tests marked ``slow`` (the bundle build, the kill -9 crash loops) run first, so that with
    two workers (scripts/test.sh runs pytest-xdist ``-n 2``) the long ones overlap with the many
    short ones instead of leaving one worker busy alone at the end. The order is otherwise kept."""
    items.sort(key=lambda item: 0 if item.get_closest_marker("slow") else 1)
