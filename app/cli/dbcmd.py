"""exemptio db upgrade | check | team-setup"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from app.cli.main import JSON, arg, group, leaf

if TYPE_CHECKING:
    from app.services.context import AppContext


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    dsub = group(sub, "db", "db_command", help="database maintenance")
    leaf(dsub, "upgrade", _upgrade, help="upgrade the schema to the latest version")
    leaf(
        dsub,
        "team-setup",
        _team_setup,
        arg("--head", required=True, help="the head of unit's name"),
        arg("--login", required=True, help="the head of unit's own PostgreSQL login"),
        help="team database: map the first head of unit's PostgreSQL login (run as the database owner)",
    )
    check = "check the database file's pages (SQLite integrity check); exit 1 if damaged"
    leaf(dsub, "check", _check, JSON, help=check)


def _upgrade(args: argparse.Namespace, ctx: AppContext | None) -> int:
    # open_context already upgraded (after a backup copy of a SQLite file).
    assert ctx is not None
    from db import schema_version  # reads alembic_version without importing Alembic

    print(f"database at schema revision {schema_version.current_revision(ctx.engine)} (latest)")
    return 0


def _team_setup(args: argparse.Namespace, ctx: AppContext | None) -> int:
    assert ctx is not None
    from app.services import team_identity

    name = team_identity.setup_head(ctx, args.head, args.login)
    print(f"{name}: head of unit, PostgreSQL login {args.login} (granted the team roles WITH ADMIN OPTION)")
    return 0


def _check(args: argparse.Namespace, ctx: AppContext | None) -> int:
    assert ctx is not None
    from app.cli.main import print_json
    from app.domain.errors import CheckFailed
    from db.health import backup_hint, integrity_problems

    problems = integrity_problems(ctx.engine)
    if args.json:
        print_json(
            {
                "database": ctx.sqlite_file and str(ctx.sqlite_file),
                "intact": not problems,
                "problems": problems,
            }
        )
        return 1 if problems else 0
    if problems:
        where = ctx.sqlite_file
        hint = f"; restore the newest backup copy ({backup_hint(where)})" if where else ""
        raise CheckFailed(f"the database is damaged: {problems[0]}{hint}")
    print("database intact (integrity check: ok)")
    return 0
