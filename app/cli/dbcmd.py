"""exemptio db upgrade"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from app.cli.main import add_common

if TYPE_CHECKING:
    from app.services.context import AppContext


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("db", help="database maintenance")
    dsub = p.add_subparsers(dest="db_command", required=True)
    up = dsub.add_parser("upgrade", help="upgrade the schema to the latest version")
    add_common(up)
    up.set_defaults(func=_upgrade)


def _upgrade(args: argparse.Namespace, ctx: AppContext | None) -> int:
    # open_context already upgraded (after a backup copy of a SQLite file).
    assert ctx is not None
    from db import schema_version  # reads alembic_version without importing Alembic

    print(f"database at schema revision {schema_version.current_revision(ctx.engine)} (latest)")
    return 0
