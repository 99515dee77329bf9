"""Team mode (PostgreSQL): the acting officer is the database login (issue 14).

Each officer connects with their own PostgreSQL login; ``officers.db_login`` maps a
login to its officer. The acting officer is the officer mapped to ``session_user``
(read once per context): ``--officer``, ``EXEMPTIO_OFFICER`` or the Settings profile
cannot name anyone else. The same rules are enforced by the server (migration 0007:
group roles, GRANTs and triggers), so plain SQL with an officer's password cannot
bypass them; the checks here only give the refusal in plain words first.

Setup mode: the login that owns the tables (the migration owner) is not an officer.
It owns the schema and could drop any trigger, so nothing stops it anyway; Exemptio
lets it act under typed names as before 0007 (every row it writes records its login)
and lets it map the first head of unit (``exemptio db team-setup``). Its password is
the database administrator's, never an officer's (docs/team.md).

Role grants in team mode map to PostgreSQL group roles: ``officer add NAME --role R
--login L`` GRANTs ``exemptio_<role>`` to ``L`` (a head gets all four WITH ADMIN
OPTION, so they can grant them in turn) and REVOKEs the others.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.domain.errors import BadInput, NotAllowed

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session

    from app.services.context import AppContext
    from db.models import Officer

GROUPS = {
    "officer": "exemptio_officer",
    "reviewer": "exemptio_reviewer",
    "head": "exemptio_head",
    "auditor": "exemptio_auditor",
}
ALL_GROUPS = tuple(GROUPS.values())
_LOGIN = re.compile(r"^[a-z_][a-z0-9_$]{0,62}$")
ADMIN_SQL = (
    "GRANT exemptio_officer, exemptio_reviewer, exemptio_head, exemptio_auditor TO {login} WITH ADMIN OPTION"
)


@dataclass(frozen=True)
class TeamIdentity:
    """Who the server says we are. ``owner``: the login owns the tables (or is a
    superuser): setup mode. ``officer``/``role``: the officers row mapped to ``login``."""

    login: str
    owner: bool
    officer: str | None
    role: str | None

    @property
    def enforced(self) -> bool:
        """The acting officer is the login's officer (not setup mode)."""
        return not self.owner


def identify(engine: Engine) -> TeamIdentity:
    """One round trip: session_user, whether it owns the schema, its officer."""
    from sqlalchemy import text

    with engine.connect() as conn:
        row = conn.execute(
            text(
                "SELECT session_user::text, "
                "coalesce((SELECT pg_has_role(session_user, c.relowner, 'MEMBER') FROM pg_class c "
                "WHERE c.oid = to_regclass('officers')), false), "
                "(SELECT o.name FROM exemptio_login_officer() o), "
                "(SELECT o.role FROM exemptio_login_officer() o)"
            )
        ).one()
        conn.rollback()
    return TeamIdentity(login=str(row[0]), owner=bool(row[1]), officer=row[2], role=row[3])


def not_mapped(login: str) -> NotAllowed:
    return NotAllowed(
        f"You are connected as login {login}, which is not mapped to an officer: the head of unit "
        f"maps it with 'exemptio officer add NAME --role ROLE --login {login}'. Nothing was changed."
    )


def impersonation(team: TeamIdentity, claimed: str, source: str) -> NotAllowed:
    return NotAllowed(
        f"You are connected as login {team.login}, which is officer {team.officer}: "
        f"{source} {claimed} is not you."
    )


def acting_officer(team: TeamIdentity, claimed: str, source: str) -> str:
    """The login's officer; a claimed name of anyone else is refused (one line)."""
    claimed = claimed.strip()
    if team.officer is None:
        if claimed:
            raise not_mapped(team.login)
        return ""
    if claimed and not _same(claimed, team.officer):
        raise impersonation(team, claimed, source)
    return team.officer


def _same(a: str, b: str) -> bool:
    from app.domain.text import name_key

    return name_key(a) == name_key(b)


def check_actor(ctx: AppContext, name: str) -> str:
    """A service call naming ``name`` as the actor: in team mode it must be the
    login's officer (refused otherwise); returns the name to act as."""
    team = ctx.team
    if team is None or not team.enforced:
        return name
    return acting_officer(team, name, "acting as") if name.strip() else ctx.require_officer()


# -- mapping logins and granting group roles -------------------------------------


def _quote(login: str) -> str:
    return '"' + login + '"'


def check_login_name(login: str) -> str:
    login = login.strip()
    if not _LOGIN.match(login):
        raise BadInput(
            f"'{login}' is not a PostgreSQL login name Exemptio maps: use lower-case letters, "
            "digits and _ (at most 63), starting with a letter or _."
        )
    return login


def refuse_login_on_sqlite(ctx: AppContext, login: str | None) -> None:
    if login and ctx.team is None:
        raise BadInput("--login maps a PostgreSQL login: it is for a team database, not a local SQLite file.")


def apply_login(ctx: AppContext, session: Session, row: Officer, login: str | None, role: str) -> None:
    """Inside the caller's transaction: map ``login`` to ``row`` (when given) and make
    the login's group roles match ``role``. SQLite: ``login`` is refused."""
    from sqlalchemy import select, text

    from db.models import Officer

    refuse_login_on_sqlite(ctx, login)
    team = ctx.team
    if team is None:
        return
    if login is not None:
        login = check_login_name(login)
        found = session.execute(
            text("SELECT rolcanlogin, rolsuper FROM pg_roles WHERE rolname = :l"), {"l": login}
        ).first()
        if found is None or not found[0]:
            raise BadInput(
                f"There is no PostgreSQL login {login}: the database administrator creates it "
                f"('CREATE ROLE {login} LOGIN PASSWORD ...', docs/team.md). Nothing was changed."
            )
        owns = session.execute(
            text(
                "SELECT pg_has_role(:l, c.relowner, 'MEMBER') FROM pg_class c "
                "WHERE c.oid = to_regclass('officers')"
            ),
            {"l": login},
        ).scalar()
        if found[1] or owns:
            raise BadInput(
                f"The login {login} owns the database (setup mode) and cannot be an officer's login: "
                "give each officer a login of their own. Nothing was changed."
            )
        other = session.execute(
            select(Officer.name).where(Officer.db_login == login, Officer.id != row.id)
        ).scalar_one_or_none()
        if other is not None:
            raise BadInput(f"The login {login} is already officer {other}'s. Nothing was changed.")
        row.db_login = login
    if team.officer is not None and not team.owner:
        row.granted_by = team.officer  # the server's trigger forces the same
    row.granted_at = dt.datetime.now(dt.UTC)
    if row.db_login:
        session.flush()  # the officers row first, while the head still holds their own roles
        _sync_groups(session, row.db_login, role)


def _sync_groups(session: Session, login: str, role: str) -> None:
    from sqlalchemy import text
    from sqlalchemy.exc import DBAPIError

    held = {
        str(r[0]): bool(r[1])  # group -> with ADMIN OPTION
        for r in session.execute(
            text(
                "SELECT g.rolname, m.admin_option FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
                "JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = :l"
            ),
            {"l": login},
        )
    }
    wanted = set(ALL_GROUPS) if role == "head" else {GROUPS[role]}
    statements = [f"REVOKE {g} FROM {_quote(login)}" for g in sorted(set(held) & set(ALL_GROUPS) - wanted)]
    if role == "head":
        statements.append(ADMIN_SQL.format(login=_quote(login)))
    elif GROUPS[role] not in held:
        statements.append(f"GRANT {GROUPS[role]} TO {_quote(login)}")
    elif held[GROUPS[role]]:  # a former head keeps no ADMIN OPTION (last: a head may demote themself)
        statements.append(f"REVOKE ADMIN OPTION FOR {GROUPS[role]} FROM {_quote(login)}")
    for sql in statements:
        try:
            with session.begin_nested():
                session.execute(text(sql))
        except DBAPIError as err:
            me = str(session.execute(text("SELECT session_user")).scalar_one())
            raise NotAllowed(
                f"The login {me} may not grant PostgreSQL roles ({str(err.orig).strip().splitlines()[0]}): "
                f"the database administrator runs '{ADMIN_SQL.format(login=me)}' (docs/team.md). "
                "Nothing was changed."
            ) from err


def setup_head(ctx: AppContext, name: str, login: str) -> str:
    """``exemptio db team-setup``: the owner (setup mode) maps the first head of unit's
    login and grants them the group roles WITH ADMIN OPTION. Audited."""
    from app.domain.text import normalise_name
    from db.changes import record_change
    from db.repositories import OfficerRepository
    from db.uow import unit_of_work

    team = ctx.team
    if team is None:
        raise BadInput("team-setup is for a team database (PostgreSQL): give --db postgresql+psycopg://...")
    if not team.owner:
        raise NotAllowed(
            f"team-setup is run by the login that owns the database (the migration owner); "
            f"{team.login} is not it. A head of unit maps logins with 'exemptio officer add'."
        )
    name = normalise_name(name)
    with unit_of_work(ctx.engine) as s:
        from sqlalchemy import select

        from db.models import Officer

        existing = next((o for o in s.execute(select(Officer)).scalars() if _same(o.name, name)), None)
        row = existing or OfficerRepository(s).get_or_create(name)
        before = {"role": row.role, "db_login": row.db_login} if existing else None
        row.role = "head"
        apply_login(ctx, s, row, login, "head")
        row.granted_by = f"database owner {team.login}"
        record_change(
            s,
            actor=f"database owner {team.login}",
            action="officer.role_set" if existing else "officer.added",
            entity=("officer", name),
            before=before,
            after={"role": "head", "db_login": login},
        )
    return name


def revoke_all(ctx: AppContext, login: str) -> None:
    """Take every Exemptio group role from ``login`` (setup mode or a head)."""
    from sqlalchemy import text

    from db.uow import unit_of_work

    login = check_login_name(login)
    with unit_of_work(ctx.engine) as s:
        for g in ALL_GROUPS:
            s.execute(text(f"REVOKE {g} FROM {_quote(login)}"))
