"""Roles: officer, reviewer, head of unit, auditor (read-only).

Who may do what is decided here and enforced by the services: a write
function calls ``roles.require(ctx, "case.edit")`` (or another action) before
it changes anything; letter approval also calls ``four_eyes(ctx, drafter)``.

Where the acting officer's role comes from:

* The ``officers`` table (``exemptio officer add NAME --role R``): on a team
  database (PostgreSQL) it is the only source; an officer without a row, or
  with the default role, is an ``officer``.
* On a local SQLite database (one officer's laptop) a role above officer
  counts only when the head of unit's signed grant verifies
  (:mod:`app.services.grants`); the role in the Settings profile is a display
  default and grants nothing.

Granting roles: a head of unit grants every role. While no head of unit is
recorded (a new database), anyone may record officers, so the person setting
up the team database records the head of unit first.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.errors import BadInput, NotAllowed
from app.domain.text import name_key, normalise_name
from app.services import grants, team_identity
from app.services.context import AppContext
from db.changes import record_change
from db.models import Officer
from db.records import OfficerRecord
from db.repositories import OfficerRepository, officer_record
from db.uow import unit_of_work

OFFICER, REVIEWER, HEAD, AUDITOR = "officer", "reviewer", "head", "auditor"
ROLES: tuple[str, ...] = (OFFICER, REVIEWER, HEAD, AUDITOR)
ROLE_LABELS = {OFFICER: "officer", REVIEWER: "reviewer", HEAD: "head of unit", AUDITOR: "auditor"}

_ALL = frozenset(ROLES)
_WRITERS = frozenset({OFFICER, REVIEWER, HEAD})
_APPROVERS = frozenset({REVIEWER, HEAD})

# action -> roles allowed. An action not listed is a change: writers only.
PERMISSIONS: dict[str, frozenset[str]] = {
    "read": _ALL,
    "audit.verify": _ALL,
    "evidence.view": _ALL,
    "evidence.verify": _ALL,
    "archive.export": _ALL,
    "letter.approve": _APPROVERS,
    "officer.manage": frozenset({HEAD}),
}

# Plain words for refusals: "... cannot <verb>."
_VERBS = {
    "case.create": "open cases",
    "case.edit": "change cases",
    "evidence.add": "add evidence",
    "checklist.answer": "answer the checklist",
    "letter.draft": "draft letters",
    "letter.approve": "approve letters",
    "letter.issue": "issue letters",
    "archive.import": "import archives",
    "officer.manage": "grant roles",
}


def allowed_roles(action: str) -> frozenset[str]:
    return PERMISSIONS.get(action, _WRITERS)


def _key(name: str) -> str:
    """The comparison key of an officer's name (NFKC, case-folded, one space); invisible
    or control characters are refused (BadInput), so no look-alike escapes its role."""
    return name_key(name) if name.strip() else ""


def _officer_row(session: Session, name: str) -> Officer | None:
    """The officer whose name has the same key as ``name`` (exact match first)."""
    if not name.strip():
        return None
    row = session.execute(select(Officer).where(Officer.name == name)).scalar_one_or_none()
    if row is not None:
        return row
    key = _key(name)
    for candidate in session.execute(select(Officer)).scalars():
        if _key(candidate.name) == key:
            return candidate
    return None


def same_officer(a: str, b: str) -> bool:
    """Two names of one officer (every role and four-eyes comparison goes through here)."""
    return bool(a.strip()) and _key(a) == _key(b)


def _table_role(session: Session, name: str) -> str | None:
    row = _officer_row(session, name)
    return row.role if row is not None and row.role in ROLES else None


def _role_in(ctx: AppContext, session: Session, name: str) -> str:
    row = _officer_row(session, name) if name else None
    if grants.applies(ctx):  # SQLite: a role above officer counts only with a proven signed grant
        return grants.believed_role(ctx, session, row)
    return row.role if row is not None and row.role in ROLES else OFFICER


def role_of(ctx: AppContext, session: Session | None = None, *, actor: str | None = None) -> str:
    """The role of ``actor`` (default: the acting officer)."""
    name = (actor if actor is not None else ctx.officer).strip()
    if session is not None:
        return _role_in(ctx, session, name)
    with unit_of_work(ctx.engine, readonly=True) as s:
        return _role_in(ctx, s, name)


def require(ctx: AppContext, action: str, session: Session | None = None, *, actor: str | None = None) -> str:
    """Refuse ``action`` (NotAllowed, one plain line) unless the acting
    officer's role allows it; returns the role."""
    name = (actor if actor is not None else ctx.officer).strip()
    name = team_identity.check_actor(ctx, name)  # team mode: only the login's own officer
    if action == "officer.manage":
        if session is not None:
            return _require_manage(ctx, session, name)
        with unit_of_work(ctx.engine, readonly=True) as s:
            return _require_manage(ctx, s, name)
    role = role_of(ctx, session, actor=name)
    if role in allowed_roles(action):
        return role
    who = name or "The acting officer"
    verb = _VERBS.get(action, "change anything")
    if role == AUDITOR:
        raise NotAllowed(f"{who} is an auditor (read-only access) and cannot {verb}.")
    needed = " or ".join(ROLE_LABELS[r] for r in ROLES if r in allowed_roles(action))
    raise NotAllowed(
        f"Only a {needed} can {verb}; {who} is {_article(ROLE_LABELS[role])}. "
        "A head of unit grants roles with 'exemptio officer add NAME --role ROLE'."
    )


def _article(label: str) -> str:
    return ("an " if label[0] in "aeiou" else "a ") + label


def _require_manage(ctx: AppContext, session: Session, name: str) -> str:
    role = _role_in(ctx, session, name)
    if role == HEAD:
        return role
    has_head = session.execute(select(Officer.id).where(Officer.role == HEAD).limit(1)).first()
    if has_head is None and role != AUDITOR:
        return role  # a new database: whoever sets it up records the head of unit first
    raise NotAllowed(
        f"Only the head of unit can grant roles; {name or 'the acting officer'} is "
        f"{_article(ROLE_LABELS[role])}."
    )


def four_eyes(
    ctx: AppContext, drafter: str, session: Session | None = None, *, actor: str | None = None
) -> str:
    """Approval check: a reviewer (or head of unit) who did not draft it.
    Returns the approver's name."""
    name = (actor if actor is not None else ctx.require_officer()).strip()
    require(ctx, "letter.approve", session, actor=name)
    if same_officer(name, drafter):
        raise NotAllowed(
            f"Four-eyes rule: {name} drafted this letter and cannot approve it; "
            "another reviewer or the head of unit must."
        )
    return name


# -- officers -------------------------------------------------------------------


def set_officer(
    ctx: AppContext,
    name: str,
    role: str,
    *,
    unit: str | None = None,
    email: str | None = None,
    actor: str | None = None,
    signer: Any = None,
    login: str | None = None,
) -> OfficerRecord:
    """Record an officer (or change their role); audited. On SQLite a role above officer
    is signed with the head of unit's key (``signer``, :func:`grants.grant_role`)."""
    if not name.strip():
        raise BadInput("The officer's name is empty.")
    name = normalise_name(name)
    if role not in ROLES:
        raise BadInput(f"Unknown role '{role}'. Use one of: {', '.join(ROLES)}.")
    who = (actor if actor is not None else ctx.require_officer()).strip()  # every write has an acting officer
    team_identity.refuse_login_on_sqlite(ctx, login)
    if grants.applies(ctx) and (signer is not None or grants.needs_signature(ctx, name, role)):
        return grants.grant_role(ctx, name, role, signer, unit=unit, email=email, actor=who)
    with unit_of_work(ctx.engine) as s:
        require(ctx, "officer.manage", s, actor=who)
        repo = OfficerRepository(s)
        existing = _officer_row(s, name)  # "aldo  AUDITOR" is Aldo Auditor, not a new officer
        row = existing or repo.get_or_create(name)
        before = grants.officer_details(row) if existing else None
        row.role = role
        old_login = row.db_login
        team_identity.apply_login(ctx, s, row, login, role)  # team mode: login and group roles
        after = grants.set_details(row, unit=unit, email=email)
        if row.db_login != old_login:  # team mode: the login mapped to the officer
            after["db_login"] = row.db_login or ""
            if before is not None:
                before["db_login"] = old_login or ""
            ctx.forget_team()
        if after != before:
            record_change(
                s,
                actor=who,
                action="officer.role_set" if existing else "officer.added",
                entity=("officer", name),
                before=before,
                after=after,
            )
        return officer_record(row)


def list_officers(ctx: AppContext) -> list[OfficerRecord]:
    with unit_of_work(ctx.engine, readonly=True) as s:
        return OfficerRepository(s).all()
