"""Roles enforced in the services, on both backends."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.domain.errors import NotAllowed
from app.services import cases, roles
from app.services.context import open_context
from app.services.settings import Settings
from tests.helpers.officers import HEAD, grant, make_head
from tests.unit.letter_testpki import Pki


@pytest.fixture
def team(home: Path, db_url: str, pki: Pki):  # type: ignore[no-untyped-def]
    """The head of unit (self-recorded with their key; on SQLite every grant is signed)."""
    ctx = open_context(db=db_url, officer=HEAD)
    make_head(ctx, pki)
    grant(ctx, pki, "Rita Reviewer", "reviewer")
    grant(ctx, pki, "Otto Officer", "officer")
    grant(ctx, pki, "Audrey Auditor", "auditor")
    yield ctx
    ctx.close()


def test_roles_recorded_and_audited(team) -> None:  # type: ignore[no-untyped-def]
    from app.services import audit

    assert {o.name: o.role for o in roles.list_officers(team)} == {
        HEAD: "head",
        "Rita Reviewer": "reviewer",
        "Otto Officer": "officer",
        "Audrey Auditor": "auditor",
    }
    count, problems = audit.verify(team)
    signed = team.db_url.startswith("sqlite")  # the first head also registers their certificate
    assert problems == [] and count == (5 if signed else 4)
    assert roles.role_of(team, actor="Somebody New") == "officer"  # not recorded: an officer


def test_auditor_cannot_change_anything(team) -> None:  # type: ignore[no-untyped-def]
    ref = cases.create_case(team, cases.NewCase(title="T", provider="P", subject="S")).reference
    for call in (
        lambda: cases.create_case(
            team, cases.NewCase(title="T", provider="P", subject="S"), actor="Audrey Auditor"
        ),
        lambda: cases.update_case(team, ref, notes="x", actor="Audrey Auditor"),
        lambda: cases.transition(team, ref, "intake", actor="Audrey Auditor"),
        lambda: cases.assign(team, ref, "Otto Officer", actor="Audrey Auditor"),
        lambda: cases.stop_clock(team, ref, actor="Audrey Auditor"),
    ):
        with pytest.raises(NotAllowed, match="auditor"):
            call()
    assert cases.get_case(team, ref).version == 1  # nothing changed
    assert roles.require(team, "read", actor="Audrey Auditor") == "auditor"
    assert roles.require(team, "archive.export", actor="Audrey Auditor") == "auditor"


def test_four_eyes(team) -> None:  # type: ignore[no-untyped-def]
    assert roles.four_eyes(team, "Otto Officer", actor="Rita Reviewer") == "Rita Reviewer"
    assert roles.four_eyes(team, "Rita Reviewer", actor=HEAD) == HEAD
    with pytest.raises(NotAllowed, match="Four-eyes"):
        roles.four_eyes(team, " rita reviewer", actor="Rita Reviewer")
    with pytest.raises(NotAllowed, match="Only a reviewer or head of unit can approve letters"):
        roles.four_eyes(team, "Rita Reviewer", actor="Otto Officer")
    with pytest.raises(NotAllowed, match="auditor"):
        roles.four_eyes(team, "Otto Officer", actor="Audrey Auditor")


def test_only_head_grants_roles_once_there_is_one(team, pki) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(NotAllowed, match="Only the head of unit"):
        roles.set_officer(team, "Otto Officer", "reviewer", actor="Rita Reviewer")
    if team.db_url.startswith("sqlite"):  # single-user: the head's typed name is not enough
        with pytest.raises(NotAllowed, match="give the head's key"):
            roles.set_officer(team, "Otto Officer", "reviewer", actor=HEAD)
    grant(team, pki, "Otto Officer", "reviewer")
    assert roles.role_of(team, actor="Otto Officer") == "reviewer"


def test_single_user_sqlite_profile(home: Path, tmp_path: Path) -> None:
    """Local SQLite: an officer works with no set-up; the profile's role is a display default and
    grants nothing (a role above officer rests on the head's signed grant, app/services/grants.py)."""
    home.mkdir(parents=True, exist_ok=True)
    Settings(officer_name="Lone Officer", officer_role="reviewer").save(home / "settings.json")
    ctx = open_context(officer="Lone Officer")
    try:
        ref = cases.create_case(
            ctx, cases.NewCase(title="T", provider="P", subject="S", officer="Lone Officer")
        )
        assert ref.assigned_officer == "Lone Officer"  # a row now exists with the default role
        assert roles.role_of(ctx) == "officer"
        assert roles.role_of(ctx, actor="Someone Else") == "officer"
        with pytest.raises(NotAllowed, match="Only a reviewer or head of unit can approve letters"):
            roles.four_eyes(ctx, "Someone Else")
    finally:
        ctx.close()


def test_profile_role_is_ignored_on_a_team_server(home: Path, pg_url: str) -> None:
    home.mkdir(parents=True, exist_ok=True)
    Settings(officer_name="Claimed Head", officer_role="head").save(home / "settings.json")
    ctx = open_context(db=pg_url, officer="Claimed Head")
    try:
        assert roles.role_of(ctx) == "officer"
    finally:
        ctx.close()
