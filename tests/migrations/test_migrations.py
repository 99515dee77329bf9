"""Alembic: one head, base→head, head→base→head, models match the migrated schema."""

from __future__ import annotations

from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text

from db import migrate
from db.base import Base
from db.engine import make_engine
from db.migrate import include_object


def _engine(tmp_path: Path):  # type: ignore[no-untyped-def]
    return make_engine(str(tmp_path / "m.db"))


def test_single_head() -> None:
    heads = ScriptDirectory.from_config(migrate.alembic_config()).get_heads()
    assert len(heads) == 1


def test_upgrade_creates_every_table(tmp_path: Path) -> None:
    engine = _engine(tmp_path)
    migrate.upgrade(engine)
    tables = set(inspect(engine).get_table_names())
    assert set(Base.metadata.tables) <= tables
    assert "case_search" in tables
    assert migrate.is_at_head(engine)


def test_downgrade_to_base_and_up_again(tmp_path: Path) -> None:
    engine = _engine(tmp_path)
    migrate.upgrade(engine)
    migrate.downgrade(engine, "base")
    left = set(inspect(engine).get_table_names()) - {"alembic_version"}
    assert left == set()
    migrate.upgrade(engine)
    assert migrate.is_at_head(engine)


def test_models_match_migrations(tmp_path: Path) -> None:
    engine = _engine(tmp_path)
    migrate.upgrade(engine)
    with engine.connect() as conn:
        mc = MigrationContext.configure(conn, opts={"compare_type": True, "include_object": include_object})
        diff = compare_metadata(mc, Base.metadata)
    assert diff == []


def test_upgrade_backs_up_an_existing_sqlite_file(tmp_path: Path) -> None:
    engine = _engine(tmp_path)
    migrate.upgrade(engine, revision="base")  # nothing to back up: no tables yet
    assert not list(tmp_path.glob("m.db.backup-*"))
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE keepme (x INTEGER)"))
        conn.execute(text("INSERT INTO keepme VALUES (42)"))
    backup = migrate.upgrade(engine)
    assert backup is not None and backup.exists()
    check = make_engine(str(backup))
    with check.connect() as conn:
        assert conn.execute(text("SELECT x FROM keepme")).scalar_one() == 42
    # Already at head: no second backup.
    assert migrate.upgrade(engine) is None


def test_database_from_a_newer_exemptio_is_refused_in_one_line(cli, home: Path) -> None:  # type: ignore[no-untyped-def]
    assert (
        cli(
            "case", "new", "--officer", "Test Officer", "--title", "t", "--provider", "p", "--subject", "s"
        ).rc
        == 0
    )
    db = home / "exemptio.db"
    import sqlite3

    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0099'")
    files_before = sorted(p.name for p in home.iterdir())
    r = cli("case", "list")
    assert r.rc == 2
    assert r.err.count("\n") == 1 and "newer Exemptio" in r.err and "0099" in r.err
    assert sorted(p.name for p in home.iterdir()) == files_before  # no backup, nothing written


def test_backup_is_written_atomically(tmp_path: Path) -> None:
    engine = _engine(tmp_path)
    migrate.upgrade(engine)
    backup = migrate.backup_sqlite(engine)
    assert backup is not None and backup.name.startswith("m.db.backup-")
    assert not list(tmp_path.glob(".*.part"))
    check = make_engine(str(backup))
    assert "cases" in inspect(check).get_table_names()
