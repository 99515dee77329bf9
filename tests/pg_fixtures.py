"""PostgreSQL fixtures (team mode), loaded by tests/conftest.py.

``EXEMPTIO_TEST_PG_URL`` names a server role that may create databases
(``bash .ci/pg.sh start`` prints one). Each test gets a fresh database cloned
from a migrated template (CREATE DATABASE ... TEMPLATE takes ~0.1 s), dropped
afterwards. Without the variable, PostgreSQL tests fail under CI=true and skip
locally with the reason.
"""

from __future__ import annotations

import itertools
import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

PG_ENV = "EXEMPTIO_TEST_PG_URL"
BACKENDS = ["sqlite", "postgresql"]
_counter = itertools.count()


def pg_base_url() -> str:
    """The configured server URL, or fail (CI) / skip (local) with the reason."""
    url = os.environ.get(PG_ENV, "").strip()
    if url:
        return url
    reason = (
        f"{PG_ENV} is not set: start a server with 'bash .ci/pg.sh start' and export "
        f"{PG_ENV}=postgresql+psycopg://exemptio_test@127.0.0.1:54329/exemptio_test"
    )
    if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
        pytest.fail(reason, pytrace=False)
    pytest.skip(reason)


def _with_db(url: str, name: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(url).set(database=name).render_as_string(hide_password=False)


def _admin(url: str):  # type: ignore[no-untyped-def]
    from sqlalchemy import create_engine

    return create_engine(url, isolation_level="AUTOCOMMIT", pool_size=1, max_overflow=0)


class PgDatabases:
    """Creates (and drops) throw-away databases on the test server."""

    def __init__(self, base_url: str) -> None:
        self.base_url = base_url
        self.admin = _admin(base_url)
        self.prefix = f"ex_t{os.getpid()}_{uuid.uuid4().hex[:6]}"
        self.template: str | None = None
        self.made: list[str] = []

    def _exec(self, sql: str) -> None:
        from sqlalchemy import text

        with self.admin.connect() as c:
            c.execute(text(sql))

    def empty(self) -> str:
        name = f"{self.prefix}_{next(_counter)}"
        self._exec(f"CREATE DATABASE \"{name}\" TEMPLATE template0 ENCODING 'UTF8'")
        self.made.append(name)
        return _with_db(self.base_url, name)

    def migrated(self) -> str:
        """A fresh database at the latest schema (cloned from a template)."""
        if self.template is None:
            from db import migrate
            from db.engine import make_engine

            url = self.empty()
            self.template = self.made.pop()
            eng = make_engine(url)
            try:
                migrate.upgrade(eng)
            finally:
                eng.dispose()
        name = f"{self.prefix}_{next(_counter)}"
        self._exec(f'CREATE DATABASE "{name}" TEMPLATE "{self.template}"')
        self.made.append(name)
        return _with_db(self.base_url, name)

    def drop(self, url: str) -> None:
        from sqlalchemy.engine import make_url

        name = make_url(url).database
        if name in self.made:
            self._exec(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            self.made.remove(name)

    def close(self) -> None:
        for name in [*self.made, *([self.template] if self.template else [])]:
            self._exec(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        self.admin.dispose()


@pytest.fixture(scope="session")
def pg_databases() -> Iterator[PgDatabases]:
    dbs = PgDatabases(pg_base_url())
    yield dbs
    dbs.close()


@pytest.fixture
def pg_url(pg_databases: PgDatabases) -> Iterator[str]:
    """A fresh, migrated PostgreSQL database for this test."""
    url = pg_databases.migrated()
    yield url
    pg_databases.drop(url)


@pytest.fixture
def pg_empty_url(pg_databases: PgDatabases) -> Iterator[str]:
    """A fresh, EMPTY PostgreSQL database (no schema yet)."""
    url = pg_databases.empty()
    yield url
    pg_databases.drop(url)


@pytest.fixture(params=BACKENDS)
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh database URL on each backend: a new SQLite file, or a new
    PostgreSQL database. Pass it as ``--db URL`` or ``open_context(db=URL)``."""
    if request.param == "sqlite":
        yield "sqlite:///" + str(tmp_path / "team.db")
        return
    dbs: PgDatabases = request.getfixturevalue("pg_databases")
    url = dbs.migrated()
    yield url
    dbs.drop(url)


# -- team mode: one PostgreSQL login per officer (issue 14) ------------------------

# Logins made by .ci/pg.sh (cluster-global); each test database maps them afresh.
TEAM_OFFICERS = {
    "exemptio_t_head": ("Hannah Head", "head"),
    "exemptio_t_rev": ("Rita Reviewer", "reviewer"),
    "exemptio_t_rev2": ("Raul Reviewer", "reviewer"),
    "exemptio_t_off": ("Otto Officer", "officer"),
    "exemptio_t_off2": ("Olga Officer", "officer"),
    "exemptio_t_aud": ("Audrey Auditor", "auditor"),
}
UNMAPPED_LOGIN = "exemptio_t_none"


def url_as(url: str, login: str) -> str:
    """``url`` with another login (trust auth on 127.0.0.1: no password)."""
    from sqlalchemy.engine import make_url

    return make_url(url).set(username=login, password=None).render_as_string(hide_password=False)


class TeamDatabase:
    """A fresh migrated database whose first head was mapped by the owner
    (``db team-setup``) and whose other officers were mapped by that head."""

    def __init__(self, owner_url: str) -> None:
        self.owner_url = owner_url
        self.logins = dict(TEAM_OFFICERS)

    def url(self, login: str) -> str:
        return url_as(self.owner_url, login)

    def login_of(self, officer: str) -> str:
        return next(k for k, (name, _role) in self.logins.items() if name == officer)

    def url_of(self, officer: str) -> str:
        return self.url(self.login_of(officer))


@pytest.fixture
def team_db(pg_databases: PgDatabases) -> Iterator[TeamDatabase]:
    """Team mode with one login per officer (see TEAM_OFFICERS); exemptio_t_none is
    a login with no officer. The group roles are cluster-global: each use maps and
    grants them again, so an earlier test's grants do not leak in."""
    from app.services import roles, team_identity
    from app.services.context import open_context

    url = pg_databases.migrated()
    team = TeamDatabase(url)
    owner = open_context(db=url)
    try:
        team_identity.setup_head(owner, "Hannah Head", "exemptio_t_head")
        team_identity.revoke_all(owner, UNMAPPED_LOGIN)
    finally:
        owner.close()
    head = open_context(db=team.url("exemptio_t_head"))
    try:
        for login, (name, role) in TEAM_OFFICERS.items():
            if role != "head":
                roles.set_officer(head, name, role, login=login)
    finally:
        head.close()
    yield team
    pg_databases.drop(url)
