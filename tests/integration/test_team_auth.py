"""Team mode (issue 14): authenticated officers, enforced by the PostgreSQL server.

Each officer connects with their own login (tests/pg_fixtures.py ``team_db``: the
owner mapped the head with ``db team-setup``, the head mapped the others). The
BYPASS MATRIX tries every rule through each channel that offers it — the CLI, a
service call, and plain SQL with each role's login (psycopg, as psql would) — and
expects zero successes: each attempt is refused with its exact reason and nothing
changes. Then the positive paths: a reviewer's approval works, through SQL and the app.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import psycopg
import pytest
from sqlalchemy.engine import make_url

from app.domain.errors import NotAllowed
from app.services import cases, roles
from app.services.context import AppContext, open_context
from tests.helpers.answers import OPEN_MODEL as ANSWERS
from tests.helpers.cli import new_case
from tests.pg_fixtures import UNMAPPED_LOGIN, TeamDatabase

HEAD, REV, REV2, OFF, OFF2, AUD = (
    "exemptio_t_head",
    "exemptio_t_rev",
    "exemptio_t_rev2",
    "exemptio_t_off",
    "exemptio_t_off2",
    "exemptio_t_aud",
)
ALL_LOGINS = (HEAD, REV, REV2, OFF, OFF2, AUD, UNMAPPED_LOGIN)


def _sql(team: TeamDatabase, login: str, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Run ``sql`` with ``login`` as psql would (autocommit); returns the rows."""
    u = make_url(team.url(login))
    with psycopg.connect(host=u.host, port=u.port, user=login, dbname=u.database, autocommit=True) as conn:
        cur = conn.execute(sql, params or None)  # type: ignore[arg-type]
        return list(cur.fetchall()) if cur.description else []


def _refused(team: TeamDatabase, login: str, sql: str, reason: str, params: tuple[Any, ...] = ()) -> None:
    with pytest.raises(psycopg.Error) as err:
        _sql(team, login, sql, params)
    assert reason in str(err.value), (login, sql, str(err.value))


def _insert_letter(state: str, *, drafted_by: str, approved_by: str = "") -> str:
    """SQL inserting a letter in ``state`` for every case, as written straight to the table."""
    return (
        "INSERT INTO letters (case_id, state, language, legal_nature, registry_reference, template_id, "
        "template_version, checklist_id, checklist_version, draft_sha256, outcome_json, drafted_by, "
        "drafted_at, approved_by, issued_by, signature_level, content_json, unsigned_sha256, signer, "
        "signer_function, signer_fingerprint, revocation, approved_sha256, approval_signer, "
        f"approval_fingerprint, audit_head_count, audit_head_hash, version) SELECT id, '{state}', 'en', "
        f"'letter_to_provider', '', '', '', '', '', '', '', '{drafted_by}', now(), '{approved_by}', '', '', "
        "'', '', '', '', '', '', '', '', '', 0, '', 1 FROM cases"
    )


def _owner_rows(team: TeamDatabase, sql: str) -> list[tuple[Any, ...]]:
    return _sql(team, make_url(team.owner_url).username or "", sql)


@pytest.fixture
def ctxs(team_db: TeamDatabase, home: Path) -> Iterator[dict[str, AppContext]]:
    made: dict[str, AppContext] = {}
    for login in ALL_LOGINS:
        made[login] = open_context(db=team_db.url(login))
    yield made
    for c in made.values():
        c.close()


@pytest.fixture
def key(pki: Any, tmp_path: Path) -> tuple[str, ...]:
    """CLI options of an approver's key (approving means signing; the refusals below
    come before the key is even used)."""
    from tests.unit.letter_testpki import PASSPHRASE

    pw = tmp_path / "pass.txt"
    pw.write_bytes(PASSPHRASE + b"\n")
    return ("--key", str(pki.second_p12), "--passphrase-file", str(pw))


def _signer(pki: Any) -> Any:
    from app.services.letters import sign
    from tests.unit.letter_testpki import PASSPHRASE

    return sign.load_pkcs12_signer(str(pki.second_p12), PASSPHRASE)


def _ok(r: Any) -> Any:
    assert r.rc == 0, r.err
    return r


def _case_with_draft(cli: Any, team: TeamDatabase, tmp_path: Path, drafter: str) -> str:
    """A case in review with a letter draft by ``drafter``'s login (no --officer: the
    login says who acts)."""
    db = ("--db", team.url(drafter))
    ref = _ok(
        cli(
            "case", "new", "--title", "Mixtral claim", "--provider", "Mistral AI", "--subject", "Mixtral", *db
        )
    ).out.strip()
    answers = tmp_path / f"answers-{drafter}.json"
    answers.write_text(json.dumps({"checklist": "ai-act-oss", "version": "2025.07", "answers": ANSWERS}))
    _ok(cli("checklist", "answer", ref, "--file", str(answers), *db))
    for status in ("intake", "assessment", "review"):
        _ok(cli("case", "move", ref, status, *db))
    _ok(cli("letter", "draft", ref, "--out", str(tmp_path / f"draft-{ref}.pdf"), *db))
    return ref


def _letter(team: TeamDatabase, ref: str) -> tuple[Any, ...]:
    rows = _owner_rows(
        team,
        "SELECT l.state, l.drafted_by, l.drafted_login, l.approved_by, l.approved_login, l.issued_by "
        f"FROM letters l JOIN cases c ON c.id = l.case_id WHERE c.reference = '{ref}' ORDER BY l.id DESC",
    )
    return rows[0]


def _state(team: TeamDatabase) -> tuple[Any, ...]:
    """Everything a refused attempt must leave as it was."""
    return (
        _owner_rows(team, "SELECT id, hash, actor, db_login FROM audit_events ORDER BY id"),
        _owner_rows(team, "SELECT last_id, last_hash FROM audit_head"),
        _owner_rows(team, "SELECT name, role, db_login FROM officers ORDER BY name"),
        _owner_rows(team, "SELECT count(*) FROM officer_certificates"),
        _owner_rows(
            team,
            "SELECT id, state, drafted_by, approved_by, issued_by, draft_sha256, drafted_login, "
            "approved_login FROM letters ORDER BY id",
        ),
        _owner_rows(team, "SELECT id, status, notes, version FROM cases ORDER BY id"),
        _owner_rows(
            team,
            "SELECT u.rolname, g.rolname, m.admin_option FROM pg_auth_members m "
            "JOIN pg_roles g ON g.oid = m.roleid JOIN pg_roles u ON u.oid = m.member "
            "WHERE u.rolname LIKE 'exemptio_t_%' ORDER BY 1, 2",
        ),
    )


# -- the acting officer is the login --------------------------------------------------


def test_the_login_is_the_acting_officer(cli, team_db: TeamDatabase, ctxs) -> None:  # type: ignore[no-untyped-def]
    r = _ok(cli("officer", "whoami", "--json", "--db", team_db.url(REV)))
    assert r.json() == {"name": "Rita Reviewer", "role": "reviewer", "login": REV, "setup_mode": False}
    listed = {
        o["name"]: o.get("login")
        for o in _ok(cli("officer", "list", "--json", "--db", team_db.url(AUD))).json()
    }
    assert listed["Rita Reviewer"] == REV and listed["Hannah Head"] == HEAD
    r = _ok(cli("officer", "whoami", "--db", team_db.url(OFF)))
    assert r.out.strip() == f"Otto Officer: officer [login {OFF}]"
    r = _ok(cli("officer", "whoami", "--json", "--db", team_db.owner_url, "--officer", "Somebody"))
    assert r.json()["setup_mode"] is True and r.json()["name"] == "Somebody"
    assert ctxs[AUD].officer == "Audrey Auditor"
    # the same name in another spelling is the same officer: accepted
    assert open_context(db=team_db.url(OFF), officer="otto  OFFICER").officer == "Otto Officer"
    # rows written through a login record the login, forced by the server
    ref = cases.create_case(ctxs[OFF], cases.NewCase(title="T", provider="P", subject="S")).reference
    assert _owner_rows(team_db, "SELECT actor, db_login FROM audit_events ORDER BY id DESC LIMIT 1") == [
        ("Otto Officer", OFF)
    ]
    assert ref


def test_officer_impersonation_is_refused_cli_service_sql(  # type: ignore[no-untyped-def]
    cli, team_db: TeamDatabase, ctxs, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = _state(team_db)
    line = (
        f"You are connected as login {OFF}, which is officer Otto Officer: "
        "--officer Rita Reviewer is not you."
    )
    new = ("case", "new", "--title", "T", "--provider", "P", "--subject", "S")
    r = cli(*new, "--officer", "Rita Reviewer", "--db", team_db.url(OFF))
    assert r.rc == 2 and r.err.strip() == f"exemptio: {line}"
    monkeypatch.setenv("EXEMPTIO_OFFICER", "Hannah Head")
    r = cli(*new, "--db", team_db.url(OFF))
    assert r.rc == 2 and "EXEMPTIO_OFFICER Hannah Head is not you." in r.err
    monkeypatch.delenv("EXEMPTIO_OFFICER")
    # service calls: the context's claimed officer, and an explicit actor
    with pytest.raises(NotAllowed, match="--officer Rita Reviewer is not you"):
        cases.create_case(
            open_context(db=team_db.url(OFF), officer="Rita Reviewer"),
            cases.NewCase(title="T", provider="P", subject="S"),
        )
    with pytest.raises(NotAllowed, match="acting as Hannah Head is not you"):
        cases.create_case(ctxs[OFF], cases.NewCase(title="T", provider="P", subject="S"), actor="Hannah Head")
    with pytest.raises(NotAllowed, match="acting as Hannah Head is not you"):
        roles.set_officer(ctxs[OFF], "Otto Officer", "head", actor="Hannah Head")
    # a login with no officers row writes nothing, and is told who maps it
    r = cli(*new, "--db", team_db.url(UNMAPPED_LOGIN))
    assert r.rc == 2
    assert f"login {UNMAPPED_LOGIN}, which is not mapped to an officer" in r.err
    assert f"--login {UNMAPPED_LOGIN}" in r.err
    # plain SQL: a login cannot become another one
    for login in (OFF, REV, AUD, UNMAPPED_LOGIN):
        _refused(team_db, login, f"SET ROLE {HEAD}", "permission denied to set role")
        _refused(team_db, login, f"SET SESSION AUTHORIZATION {HEAD}", "permission denied to set session")
    assert _state(team_db) == before


# -- four eyes ------------------------------------------------------------------------


def test_self_approval_is_refused_cli_service_sql(  # type: ignore[no-untyped-def]
    cli, team_db: TeamDatabase, ctxs, tmp_path: Path, key, pki
) -> None:
    from app.services.letters import service as letters

    ref = _case_with_draft(cli, team_db, tmp_path, REV)  # the reviewer drafts
    before = _state(team_db)
    r = cli("letter", "approve", ref, *key, "--db", team_db.url(REV))
    assert r.rc == 2 and "Four-eyes rule: Rita Reviewer drafted this letter and cannot approve it" in r.err
    with pytest.raises(NotAllowed, match="Four-eyes rule: Rita Reviewer drafted this letter"):
        letters.approve_letter(ctxs[REV], ref, signer=_signer(pki))
    _refused(
        team_db,
        REV,
        "UPDATE letters SET approved_by = 'Rita Reviewer', state = 'approved'",
        f"four-eyes rule: the login {REV} (officer Rita Reviewer) drafted this letter and cannot approve it",
    )
    assert _state(team_db) == before
    assert _letter(team_db, ref)[:5] == ("draft", "Rita Reviewer", REV, "", "")


def test_approval_by_a_non_reviewer_is_refused_cli_service_sql(  # type: ignore[no-untyped-def]
    cli, team_db: TeamDatabase, ctxs, tmp_path: Path, key, pki
) -> None:
    from app.services.letters import service as letters

    ref = _case_with_draft(cli, team_db, tmp_path, OFF2)
    before = _state(team_db)
    r = cli("letter", "approve", ref, *key, "--db", team_db.url(OFF))
    assert (
        r.rc == 2
        and "Only a reviewer or head of unit can approve letters; Otto Officer is an officer" in r.err
    )
    r = cli("letter", "approve", ref, *key, "--db", team_db.url(AUD))
    assert r.rc == 2 and "Audrey Auditor is an auditor (read-only access) and cannot approve letters" in r.err
    with pytest.raises(NotAllowed, match="Only a reviewer or head of unit can approve letters"):
        letters.approve_letter(ctxs[OFF], ref, signer=_signer(pki))
    with pytest.raises(NotAllowed, match="acting as Rita Reviewer is not you"):
        letters.approve_letter(ctxs[OFF], ref, officer="Rita Reviewer", signer=_signer(pki))
    _refused(
        team_db,
        OFF,
        "UPDATE letters SET approved_by = 'Otto Officer', state = 'approved'",
        f"four-eyes rule: only a reviewer or head of unit can approve letters; the login {OFF} "
        "(officer Otto Officer) is officer",
    )
    _refused(
        team_db,
        OFF,  # naming a reviewer does not help: the approver is the login's officer
        "UPDATE letters SET approved_by = 'Rita Reviewer', state = 'approved'",
        f"forged approver refused: the login {OFF} is officer Otto Officer, not Rita Reviewer",
    )
    _refused(
        team_db,
        OFF,
        "UPDATE letters SET state = 'approved'",
        "four-eyes rule: a letter is approved or issued only after a reviewer approved it",
    )
    _refused(
        team_db,
        AUD,
        "UPDATE letters SET approved_by = 'Audrey Auditor'",
        "permission denied for table letters",
    )
    _refused(
        team_db,
        UNMAPPED_LOGIN,
        "UPDATE letters SET approved_by = 'Rita Reviewer'",
        "permission denied for table letters",
    )
    # a letter cannot be inserted already approved
    _refused(
        team_db,
        OFF,
        _insert_letter("approved", drafted_by="Otto Officer", approved_by="Rita Reviewer"),
        "four-eyes rule: a letter cannot be recorded as approved or issued when it is drafted",
    )
    assert _state(team_db) == before


def test_forged_drafter_and_approver_are_refused(cli, team_db: TeamDatabase, ctxs, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _case_with_draft(cli, team_db, tmp_path, OFF)
    before = _state(team_db)
    # the drafter's name cannot be changed to someone the reviewer may approve for...
    _refused(
        team_db,
        REV,
        "UPDATE letters SET drafted_by = 'Olga Officer'",
        f"forged drafter refused: the drafter of a letter cannot be changed (login {REV})",
    )
    # ...and the drafter's login is forced by the server, whatever is written
    rows = _sql(team_db, OFF, f"UPDATE letters SET drafted_login = '{HEAD}' RETURNING drafted_login")
    assert rows == [(OFF,)]
    _refused(
        team_db,
        OFF,
        _insert_letter("draft", drafted_by="Rita Reviewer"),
        f"forged drafter refused: the login {OFF} is officer Otto Officer, not Rita Reviewer",
    )
    assert _state(team_db) == before
    # once approved, the approval and the approved draft stay as they are
    _sql(team_db, REV, "UPDATE letters SET approved_by = 'Rita Reviewer', state = 'approved'")
    approved = _state(team_db)
    _refused(
        team_db,
        HEAD,
        "UPDATE letters SET approved_by = 'Hannah Head'",
        f"four-eyes rule: the approval by Rita Reviewer cannot be changed (login {HEAD})",
    )
    _refused(
        team_db,
        OFF,
        "UPDATE letters SET draft_sha256 = repeat('0', 64)",
        f"four-eyes rule: an approved draft cannot be changed (login {OFF})",
    )
    _refused(
        team_db,
        OFF,
        "UPDATE letters SET issued_by = 'Hannah Head', state = 'issued'",
        f"forged issuer refused: the login {OFF} is officer Otto Officer, not Hannah Head",
    )
    _refused(team_db, OFF, "DELETE FROM letters", "permission denied for table letters")
    assert _state(team_db) == approved


# -- role grants ------------------------------------------------------------------------


def test_role_grants_by_a_non_head_are_refused_cli_service_sql(  # type: ignore[no-untyped-def]
    cli, team_db: TeamDatabase, ctxs
) -> None:
    before = _state(team_db)
    for login, who in ((OFF, "Otto Officer is an officer"), (REV, "Rita Reviewer is a reviewer")):
        r = cli("officer", "add", "Otto Officer", "--role", "head", "--db", team_db.url(login))
        assert r.rc == 2 and f"Only the head of unit can grant roles; {who}." in r.err, r.err
        r = cli(
            "officer", "add", "Eve", "--role", "head", "--login", UNMAPPED_LOGIN, "--db", team_db.url(login)
        )
        assert r.rc == 2 and "Only the head of unit can grant roles" in r.err
    r = cli(
        "officer",
        "add",
        "Otto Officer",
        "--role",
        "head",
        "--officer",
        "Hannah Head",
        "--db",
        team_db.url(OFF),
    )
    assert r.rc == 2 and "which is officer Otto Officer: --officer Hannah Head is not you." in r.err
    r = cli("officer", "add", "Otto Officer", "--role", "head", "--db", team_db.url(AUD))
    assert r.rc == 2 and "Only the head of unit can grant roles; Audrey Auditor is an auditor." in r.err
    with pytest.raises(NotAllowed, match="Only the head of unit can grant roles"):
        roles.set_officer(ctxs[REV], "Rita Reviewer", "head")
    with pytest.raises(NotAllowed, match="acting as Hannah Head is not you"):
        roles.set_officer(ctxs[REV], "Rita Reviewer", "head", actor="Hannah Head")
    for login in (OFF, REV, REV2, AUD, UNMAPPED_LOGIN):
        _refused(
            team_db,
            login,
            "UPDATE officers SET role = 'head' WHERE name = 'Otto Officer'",
            "permission denied",
        )
        for role, db_login in (("head", None), ("reviewer", None), ("officer", UNMAPPED_LOGIN)):
            _refused(
                team_db,
                login,
                "INSERT INTO officers (name, unit, email, role, created_at, granted_by, db_login) "
                "VALUES ('Eve', '', '', %s, now(), '', %s)",
                "permission denied"
                if login in (AUD, UNMAPPED_LOGIN)
                else "only the head of unit can grant roles",
                (role, db_login),
            )
        _refused(
            team_db,
            login,
            f"UPDATE officers SET db_login = '{login}' WHERE name = 'Hannah Head'",
            "permission denied",
        )
        _refused(
            team_db,
            login,
            f"GRANT exemptio_head TO {login}",
            'must have admin option on role "exemptio_head"',
        )
        _refused(
            team_db,
            login,
            "INSERT INTO officer_certificates (officer_id, fingerprint_sha256, subject, issuer, serial, "
            "not_before, not_after, der, added_by, added_at) SELECT id, repeat('a', 64), '', '', '', now(), "
            "now(), '\\x00', '', now() FROM officers LIMIT 1",
            "permission denied",
        )
    assert _state(team_db) == before


def test_the_head_grants_roles_and_the_server_follows(cli, team_db: TeamDatabase, ctxs) -> None:  # type: ignore[no-untyped-def]
    r = _ok(cli("officer", "add", "Otto Officer", "--role", "reviewer", "--db", team_db.url(HEAD)))
    assert r.out.strip() == "Otto Officer: reviewer"
    members = _owner_rows(
        team_db,
        "SELECT g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
        f"JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = '{OFF}' ORDER BY 1",
    )
    assert members == [("exemptio_reviewer",)]
    row = _owner_rows(
        team_db, "SELECT role, granted_by, granted_at IS NOT NULL FROM officers WHERE name = 'Otto Officer'"
    )
    assert row == [("reviewer", "Hannah Head", True)]
    # a second head, then back to reviewer: no ADMIN OPTION is left behind
    _ok(cli("officer", "add", "Otto Officer", "--role", "head", "--db", team_db.url(HEAD)))
    _ok(cli("officer", "add", "Otto Officer", "--role", "reviewer", "--db", team_db.url(OFF)))  # as a head
    members = _owner_rows(
        team_db,
        "SELECT g.rolname, m.admin_option FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
        f"JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = '{OFF}' ORDER BY 1",
    )
    assert members == [("exemptio_reviewer", False)]
    _refused(
        team_db,
        OFF,
        f"GRANT exemptio_reviewer TO {OFF2}",
        'must have admin option on role "exemptio_reviewer"',
    )
    # a new officer with their own login; a login is one officer's only
    _ok(
        cli(
            "officer",
            "add",
            "Nina New",
            "--role",
            "officer",
            "--login",
            UNMAPPED_LOGIN,
            "--db",
            team_db.url(HEAD),
        )
    )
    assert open_context(db=team_db.url(UNMAPPED_LOGIN)).officer == "Nina New"
    r = cli("officer", "add", "Paul Other", "--login", UNMAPPED_LOGIN, "--db", team_db.url(HEAD))
    assert r.rc == 2 and f"The login {UNMAPPED_LOGIN} is already officer Nina New's." in r.err
    r = cli("officer", "add", "Paul Other", "--login", "exemptio_test", "--db", team_db.url(HEAD))
    assert r.rc == 2 and "owns the database (setup mode) and cannot be an officer's login" in r.err
    r = cli("officer", "add", "Paul Other", "--login", "no_such_login", "--db", team_db.url(HEAD))
    assert r.rc == 2 and "There is no PostgreSQL login no_such_login" in r.err
    events = _owner_rows(
        team_db, "SELECT actor, action, after_json, db_login FROM audit_events ORDER BY id DESC LIMIT 1"
    )
    assert events[0][0] == "Hannah Head" and events[0][3] == HEAD
    assert json.loads(events[0][2])["db_login"] == UNMAPPED_LOGIN


def test_login_option_on_sqlite_is_refused(cli, home: Path) -> None:  # type: ignore[no-untyped-def]
    r = cli("officer", "add", "Nina New", "--login", "nina", "--officer", "Nina New")
    assert r.rc == 2 and "--login maps a PostgreSQL login: it is for a team database" in r.err


# -- the audit trail ------------------------------------------------------------------------


def test_audit_rows_cannot_be_changed_by_any_login(cli, team_db: TeamDatabase, ctxs) -> None:  # type: ignore[no-untyped-def]
    cases.create_case(ctxs[OFF], cases.NewCase(title="T", provider="P", subject="S"))
    before = _state(team_db)
    for login in (HEAD, REV, OFF, AUD, UNMAPPED_LOGIN):
        for table in ("audit_events", "audit_checkpoints"):
            for sql in (f"UPDATE {table} SET id = id", f"DELETE FROM {table}", f"TRUNCATE {table}"):
                _refused(team_db, login, sql, f"permission denied for table {table}")
        _refused(team_db, login, "DELETE FROM audit_head", "permission denied for table audit_head")
        _refused(team_db, login, "TRUNCATE audit_head", "permission denied for table audit_head")
    for login in (HEAD, REV, OFF, AUD):  # they may move the head forward (appending), never back
        _refused(team_db, login, "UPDATE audit_head SET last_id = 0", "the audit head only moves forward")
    # the owner too is refused by the 0005 triggers (it could drop them: setup mode, docs/team.md)
    _refused(team_db, "exemptio_test", "DELETE FROM audit_events", "audit events are append-only")
    assert _state(team_db) == before


def test_a_forged_audit_actor_is_refused(cli, team_db: TeamDatabase, ctxs) -> None:  # type: ignore[no-untyped-def]
    from app.services import audit

    before = _state(team_db)
    forged = (
        "INSERT INTO audit_events (id, ts, actor, action, entity_type, entity_id, case_ref, before_json, "
        "after_json, prev_hash, hash) SELECT last_id + 1, 'now', %s, 'case.created', 'case', 'x', '', "
        "'null', 'null', last_hash, repeat('0', 64) FROM audit_head"
    )
    _refused(
        team_db,
        OFF,
        forged,
        f"forged audit actor refused: the login {OFF} is officer Otto Officer, not Hannah Head",
        ("Hannah Head",),
    )
    _refused(team_db, UNMAPPED_LOGIN, forged, "permission denied for table audit_events", ("Nina",))
    _refused(
        team_db,
        AUD,
        forged,
        f"forged audit actor refused: the login {AUD} is officer Audrey Auditor, not Otto Officer",
        ("Otto Officer",),
    )
    _refused(
        team_db,
        OFF,
        "INSERT INTO audit_checkpoints (made_at, made_by, last_id, last_hash, signer, signer_fingerprint, "
        "content, signature) VALUES (now(), 'Hannah Head', 0, '', '', '', '', '\\x00')",
        f"forged checkpoint maker refused: the login {OFF} is officer Otto Officer, not Hannah Head",
    )
    with pytest.raises(NotAllowed, match="acting as Hannah Head is not you"):
        audit.checkpoint(ctxs[OFF], "/nonexistent.p12", b"x", actor="Hannah Head")
    r = cli(*new_case("T", "--db", team_db.url(OFF), officer="Hannah Head"))
    assert r.rc == 2 and "--officer Hannah Head is not you" in r.err
    assert _state(team_db) == before


# -- the auditor ------------------------------------------------------------------------------


def test_the_auditor_reads_and_writes_nothing(cli, team_db: TeamDatabase, ctxs, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ref = cases.create_case(ctxs[OFF], cases.NewCase(title="T", provider="P", subject="S")).reference
    before = _state(team_db)
    r = cli("case", "new", "--title", "T", "--provider", "P", "--subject", "S", "--db", team_db.url(AUD))
    assert r.rc == 2 and "Audrey Auditor is an auditor (read-only access) and cannot open cases." in r.err
    with pytest.raises(NotAllowed, match="auditor"):
        cases.update_case(ctxs[AUD], ref, notes="x")
    for sql in (
        "UPDATE cases SET notes = 'x'",
        "DELETE FROM cases",
        "INSERT INTO providers (name, representative, address, country) VALUES ('x', '', '', '')",
        "UPDATE evidence_items SET description = 'x'",
        "DELETE FROM blob_chunks",
    ):
        _refused(team_db, AUD, sql, "permission denied for table")
    assert _sql(team_db, AUD, "SELECT reference FROM cases") == [(ref,)]
    assert _ok(cli("case", "list", "--json", "--db", team_db.url(AUD))).json()[0]["reference"] == ref
    assert _state(team_db) == before
    # an export is recorded: the auditor's one kind of write is an audit event in their own name
    _ok(cli("archive", "export", ref, "--out", str(tmp_path / "a.zip"), "--db", team_db.url(AUD)))
    last = _owner_rows(team_db, "SELECT actor, action, db_login FROM audit_events ORDER BY id DESC LIMIT 1")
    assert last == [("Audrey Auditor", "case.exported", AUD)]


# -- positive paths ---------------------------------------------------------------------------


def test_a_reviewer_login_approves_by_sql(cli, team_db: TeamDatabase, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ref = _case_with_draft(cli, team_db, tmp_path, OFF)
    rows = _sql(
        team_db,
        REV,
        "UPDATE letters SET approved_by = 'Rita Reviewer', approved_login = 'someone_else', "
        "state = 'approved' RETURNING approved_login, drafted_login",
    )
    assert rows == [(REV, OFF)]  # the logins are the server's, not what was written
    assert _letter(team_db, ref)[:5] == ("approved", "Otto Officer", OFF, "Rita Reviewer", REV)


def test_the_four_eyes_service_check_passes_for_a_reviewer_login(team_db: TeamDatabase, ctxs) -> None:  # type: ignore[no-untyped-def]
    assert roles.four_eyes(ctxs[REV], "Otto Officer") == "Rita Reviewer"
    assert roles.four_eyes(ctxs[HEAD], "Rita Reviewer") == "Hannah Head"
    with pytest.raises(NotAllowed, match="Four-eyes"):
        roles.four_eyes(ctxs[REV], "rita  reviewer")


def test_owner_setup_mode_and_team_setup(cli, team_db: TeamDatabase) -> None:  # type: ignore[no-untyped-def]
    r = cli("db", "team-setup", "--head", "Hannah Head", "--login", HEAD, "--db", team_db.url(HEAD))
    assert r.rc == 2 and "team-setup is run by the login that owns the database" in r.err
    r = _ok(cli("db", "team-setup", "--head", "Hannah Head", "--login", HEAD, "--db", team_db.owner_url))
    assert "Hannah Head: head of unit, PostgreSQL login exemptio_t_head" in r.out
    admin = _owner_rows(
        team_db,
        "SELECT g.rolname, m.admin_option FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
        f"JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = '{HEAD}' ORDER BY 1",
    )
    assert admin == [
        ("exemptio_auditor", True),
        ("exemptio_head", True),
        ("exemptio_officer", True),
        ("exemptio_reviewer", True),
    ]
    last = _owner_rows(team_db, "SELECT actor, db_login FROM audit_events ORDER BY id DESC LIMIT 1")
    assert last == [("database owner exemptio_test", "exemptio_test")]


def test_a_letter_drafted_approved_and_issued_by_three_logins(  # type: ignore[no-untyped-def]
    cli, team_db: TeamDatabase, tmp_path: Path, key, pki
) -> None:
    """The app end to end with one login per officer: the drafter drafts, the reviewer
    approves with their own key, the drafter issues; the register holds the server's logins."""
    ref = _case_with_draft(cli, team_db, tmp_path, OFF)
    _ok(cli("officer", "cert", "add", "Rita Reviewer", str(pki.second_pem), "--db", team_db.url(HEAD)))
    _ok(cli("officer", "cert", "add", "Otto Officer", str(pki.officer_pem), "--db", team_db.url(HEAD)))
    _ok(cli("letter", "approve", ref, *key, "--db", team_db.url(REV)))
    assert _letter(team_db, ref)[:5] == ("approved", "Otto Officer", OFF, "Rita Reviewer", REV)
    issue_key = ("--key", str(pki.officer_p12), "--passphrase-file", key[-1])
    out = tmp_path / "signed.pdf"
    _ok(cli("letter", "issue", ref, *issue_key, "--out", str(out), "--tsa", "", "--db", team_db.url(OFF)))
    state = _owner_rows(
        team_db,
        "SELECT l.state, l.issued_by, l.issued_login FROM letters l JOIN cases c ON c.id = l.case_id "
        f"WHERE c.reference = '{ref}' AND l.state = 'issued'",
    )
    assert state == [("issued", "Otto Officer", OFF)]
    _ok(cli("audit", "verify", "--db", team_db.url(AUD)))
    logins = _owner_rows(team_db, "SELECT DISTINCT db_login FROM audit_events ORDER BY 1")
    assert logins == [("exemptio_t_head",), ("exemptio_t_off",), ("exemptio_t_rev",), ("exemptio_test",)]


def test_an_officer_login_imports_an_archive_with_its_letters(team_db: TeamDatabase, tmp_path: Path) -> None:
    """Archive import writes the archived letters (drafted, approved, issued by their own
    officers) through an officer's login: the server accepts them for an imported case and
    marks their approval and issue as imported, while the import's own events are the login's."""
    from app.services import archive
    from tests.integration.archive_support import exported_case

    out, _ = exported_case(tmp_path, home="laptop", officer="Test Officer", name="case.zip")
    dst = open_context(home=tmp_path / "team", db=team_db.url(OFF))
    try:
        res = archive.import_archive(dst, out)
    finally:
        dst.close()
    rows = _owner_rows(
        team_db,
        "SELECT l.drafted_login, l.approved_by <> '', l.approved_login, l.issued_login FROM letters l "
        f"JOIN cases c ON c.id = l.case_id WHERE c.reference = '{res.reference}' ORDER BY l.id",
    )
    assert rows and all(r[0] == OFF for r in rows)
    assert all(r[2] == "(imported)" for r in rows if r[1])
    actors = _owner_rows(
        team_db, "SELECT DISTINCT actor, db_login FROM audit_events WHERE db_login = 'exemptio_t_off'"
    )
    assert actors == [("Otto Officer", OFF)]


def test_an_owner_without_createrole_is_told_the_dba_sql(tmp_path: Path) -> None:
    """A server of its own (the group roles are cluster-global): the owner has no
    CREATEROLE, so the migration stops naming the SQL; once the DBA ran it, it migrates."""
    import os
    import shutil
    import socket
    import subprocess
    import tempfile

    from sqlalchemy import create_engine, text

    from app.domain.errors import StorageError
    from tests.pg_fixtures import pg_base_url

    pg_base_url()  # PostgreSQL tests: fail under CI / skip locally without the server
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    # under /tmp: the server runs as 'postgres' when the tests run as root, and pytest's
    # temporary folders are private to the user
    pgdir = tempfile.mkdtemp(prefix="exemptio-pg-dba-")
    env = {**os.environ, "EXEMPTIO_PG_DIR": pgdir, "EXEMPTIO_PG_PORT": str(port)}
    repo = Path(__file__).resolve().parents[2]
    url = subprocess.run(
        ["bash", str(repo / ".ci/pg.sh"), "start"], env=env, capture_output=True, text=True, check=True
    ).stdout.strip()
    try:
        su = create_engine(url_as_postgres(url), isolation_level="AUTOCOMMIT")
        with su.connect() as c:
            c.execute(text("ALTER ROLE exemptio_test NOCREATEROLE"))
        with pytest.raises(StorageError) as err:
            open_context(home=tmp_path / "home", db=url)
        msg = str(err.value)
        assert "Team mode needs the PostgreSQL group roles exemptio_officer, exemptio_reviewer" in msg
        assert "the login exemptio_test may not create them (it has no CREATEROLE)" in msg
        dba = msg.split("as a superuser: ")[1].split(" then upgrade again")[0]
        assert dba.startswith("CREATE ROLE exemptio_officer NOLOGIN;")
        assert all(
            stmt.strip() in (repo / "docs/team.md").read_text() for stmt in dba.split(";") if stmt.strip()
        )
        with su.connect() as c:
            assert (
                c.execute(text("SELECT count(*) FROM pg_roles WHERE rolname LIKE 'exemptio\\_%'")).scalar()
                == 8
            )
            c.execute(text(dba))
        ctx = open_context(home=tmp_path / "home", db=url)  # the roles exist: no CREATEROLE needed
        ctx.close()
        su.dispose()
    finally:
        subprocess.run(["bash", str(repo / ".ci/pg.sh"), "stop"], env=env, check=True)
        shutil.rmtree(pgdir, ignore_errors=True)


def url_as_postgres(url: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(url).set(username="postgres", database="postgres").render_as_string(hide_password=False)


def test_the_settings_profile_cannot_override_the_login(team_db: TeamDatabase, home: Path) -> None:
    from app.services.settings import Settings

    home.mkdir(parents=True, exist_ok=True)
    Settings(officer_name="Hannah Head", officer_role="head").save(home / "settings.json")
    ctx = open_context(db=team_db.url(OFF))
    try:
        assert ctx.officer == "Otto Officer"  # the profile is a display default: the login acts
        assert roles.role_of(ctx) == "officer"
        with pytest.raises(NotAllowed, match="Only the head of unit can grant roles; Otto Officer"):
            roles.set_officer(ctx, "Otto Officer", "head")
    finally:
        ctx.close()
    ctx = open_context(db=team_db.url(UNMAPPED_LOGIN))
    try:
        with pytest.raises(NotAllowed, match=f"login {UNMAPPED_LOGIN}, which is not mapped to an officer"):
            cases.create_case(ctx, cases.NewCase(title="T", provider="P", subject="S"))
    finally:
        ctx.close()


def _psql() -> str:
    import glob
    import shutil

    found = shutil.which("psql") or next(iter(sorted(glob.glob("/usr/lib/postgresql/*/bin/psql"))[-1:]), None)
    assert found, "psql not found (apt-get install -y postgresql-client)"
    return found


def test_psql_itself_is_refused(cli, team_db: TeamDatabase, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The same bypasses with the psql program an officer would use."""
    import subprocess

    _case_with_draft(cli, team_db, tmp_path, OFF)
    before = _state(team_db)
    u = make_url(team_db.owner_url)
    attempts = {
        OFF: (
            "UPDATE letters SET approved_by = 'Otto Officer', state = 'approved'",
            "four-eyes rule: only a reviewer or head of unit can approve letters",
        ),
        REV2: ("DELETE FROM audit_events", "permission denied for table audit_events"),
        AUD: ("UPDATE cases SET notes = 'x'", "permission denied for table cases"),
        REV: ("UPDATE officers SET role = 'head'", "permission denied for table officers"),
    }
    for login, (sql, reason) in attempts.items():
        r = subprocess.run(
            [
                _psql(),
                "-X",
                "-v",
                "ON_ERROR_STOP=1",
                "-h",
                str(u.host),
                "-p",
                str(u.port),
                "-U",
                login,
                "-d",
                str(u.database),
                "-c",
                sql,
            ],
            capture_output=True,
            text=True,
        )
        assert r.returncode != 0 and reason in r.stderr, (login, r.stderr)
    assert _state(team_db) == before
