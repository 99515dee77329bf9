"""check_database: the welcome dialog's "Test connection" (reads only, changes nothing)."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.domain.errors import BadInput, StorageError
from app.services.firstrun import check_database


def test_sqlite_empty_and_migrated(tmp_path: Path, ctx) -> None:  # type: ignore[no-untyped-def]
    missing = tmp_path / "new.db"
    r = check_database(f"sqlite:///{missing}")
    assert r.revision is None and "empty" in r.summary()
    assert not missing.exists()  # checking did not create it
    r = check_database(ctx.db_url)
    assert r.at_head and r.revision == r.head and "up to date" in r.summary()


def test_refusals(tmp_path: Path) -> None:
    with pytest.raises(BadInput, match="Type the team database URL"):
        check_database("  ")
    with pytest.raises(BadInput, match="starts with postgresql"):
        check_database("mysql://db/x")
    with pytest.raises(StorageError, match="Cannot reach the team database 127.0.0.1:1/x"):
        check_database("postgresql+psycopg://officer@127.0.0.1:1/x")  # nothing listens on port 1


def test_password_never_in_the_message() -> None:
    with pytest.raises(StorageError) as err:
        check_database("postgresql+psycopg://officer:hunter2@127.0.0.1:1/x")
    assert "hunter2" not in str(err.value)


@pytest.mark.postgres
def test_postgresql_empty_then_migrated(pg_empty_url: str, pg_url: str) -> None:
    r = check_database(pg_empty_url)
    assert r.backend == "postgresql" and r.revision is None and r.server_version.startswith("1")
    r = check_database(pg_url)
    assert r.at_head and "up to date" in r.summary()


@pytest.mark.postgres
def test_postgresql_foreign_database(pg_empty_url: str) -> None:
    from sqlalchemy import create_engine, text

    eng = create_engine(pg_empty_url)
    with eng.begin() as c:
        c.execute(text("CREATE TABLE payroll (id int)"))
    eng.dispose()
    with pytest.raises(StorageError, match="not an Exemptio database"):
        check_database(pg_empty_url)
