"""Unit of work: one Session per operation, committed or rolled back as a whole."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager, suppress

from sqlalchemy import Engine
from sqlalchemy.exc import DataError, InterfaceError, OperationalError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from db.conflicts import (
    is_disconnect,
    is_lock_timeout,
    is_serialization_failure,
    server_busy,
    server_unreachable,
    stale_conflict,
    stale_targets,
)
from db.errors import TextNotStorable


@contextmanager
def unit_of_work(engine: Engine, *, readonly: bool = False) -> Iterator[Session]:
    """Yield a Session; commit on success, roll back on any exception.

    ``readonly`` sessions start a deferred transaction on SQLite (no write lock)
    and are always rolled back.
    """
    bind = engine.execution_options(sqlite_begin="DEFERRED") if readonly else engine
    session = Session(bind=bind, expire_on_commit=False, autoflush=True)
    try:
        yield session
        if readonly:
            session.rollback()
        else:
            session.commit()
    except StaleDataError as err:  # lost an optimistic-locking race: say who won
        targets = stale_targets(session)
        session.rollback()
        raise stale_conflict(engine, targets) from err
    except (OperationalError, InterfaceError) as err:
        targets_seen = stale_targets(session)
        with suppress(Exception):
            session.rollback()
        if engine.dialect.name != "sqlite" and is_lock_timeout(err):
            raise server_busy() from err
        if engine.dialect.name != "sqlite" and is_serialization_failure(err):
            raise stale_conflict(engine, targets_seen) from err  # wrote over a newer version
        if engine.dialect.name == "sqlite" or not is_disconnect(err):
            raise
        raise server_unreachable(engine, err) from err  # one plain line, nothing half-saved
    except DataError as err:
        with suppress(Exception):
            session.rollback()
        if "NUL (0x00)" in str(err):  # PostgreSQL text cannot hold NUL; SQLite can
            raise TextNotStorable(
                "The text contains a NUL character (\\0), which the team database cannot store; "
                "remove it and try again. Nothing was saved.",
                msg_id="db.text_nul",
            ) from err
        raise
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()
