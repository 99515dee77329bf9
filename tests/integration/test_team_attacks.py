"""Team mode (issue 14) attacked as an outsider would: plain SQL with each officer's own
login, against what docs/team.md says is impossible. Each attack is refused with the
server's reason and leaves everything as it was (every table an attack aims at, the
stored bytes, the role memberships). The attacks that got through before migration 0007
was hardened are marked ``(was open)``: a reviewer rewriting someone else's draft before
approving it, moving a letter to another case, rewriting an issued letter's register
fields or its approval record, turning a local case into an "imported" one to insert a
letter already approved, rewriting or removing stored evidence bytes, deleting evidence
rows and cases, changing an evidence item's hash, pointing the audit head at a forged
event, and recording a look-alike of an officer's name.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import psycopg
import pytest

from tests.integration.test_team_auth import (
    AUD,
    HEAD,
    OFF,
    OFF2,
    REV,
    REV2,
    _case_with_draft,
    _ok,
    _owner_rows,
    _refused,
    _sql,
    _state,
)
from tests.pg_fixtures import UNMAPPED_LOGIN, TeamDatabase

OFFICER_LOGINS = (HEAD, REV, REV2, OFF, OFF2, AUD, UNMAPPED_LOGIN)


@pytest.fixture
def key(pki: Any, tmp_path: Path) -> tuple[str, ...]:
    """CLI options of the reviewer's key (Rita approves with it)."""
    from tests.unit.letter_testpki import PASSPHRASE

    pw = tmp_path / "pass.txt"
    pw.write_bytes(PASSPHRASE + b"\n")
    return ("--key", str(pki.second_p12), "--passphrase-file", str(pw))


DENIED = "permission denied"


def _everything(team: TeamDatabase) -> tuple[Any, ...]:
    """_state plus whole letter and evidence rows and the stored bytes."""
    return (
        _state(team),
        _owner_rows(team, "SELECT * FROM letters ORDER BY id"),
        _owner_rows(team, "SELECT * FROM evidence_items ORDER BY id"),
        _owner_rows(team, "SELECT sha256 FROM evidence_blobs ORDER BY 1"),
        _owner_rows(team, "SELECT sha256, seq, md5(data) FROM blob_chunks ORDER BY 1, 2"),
        _owner_rows(team, "SELECT id, origin FROM cases ORDER BY id"),
    )


def _issued_case(cli: Any, team: TeamDatabase, tmp_path: Path, key: tuple[str, ...], pki: Any) -> str:
    """A case with an evidence file and a letter drafted by Otto, approved by Rita with her
    key, issued by Otto with his: everything an attacker would like to rewrite afterwards."""
    db = ("--db", team.url(OFF))
    ref = _ok(
        cli("case", "new", "--title", "Mixtral claim", "--provider", "Mistral AI", "--subject", "M", *db)
    )
    ref = ref.out.strip()
    ev = tmp_path / "model-card.md"
    ev.write_text("# Mixtral\nLicence: Apache-2.0\nWeights public.\n")
    _ok(cli("evidence", "add", ref, str(ev), "--no-model-facts", *db))
    import json

    from tests.helpers.answers import OPEN_MODEL

    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps({"checklist": "ai-act-oss", "version": "2025.07", "answers": OPEN_MODEL}))
    _ok(cli("checklist", "answer", ref, "--file", str(answers), *db))
    for status in ("intake", "assessment", "review"):
        _ok(cli("case", "move", ref, status, *db))
    _ok(cli("letter", "draft", ref, "--out", str(tmp_path / "draft.pdf"), *db))
    _ok(cli("officer", "cert", "add", "Rita Reviewer", str(pki.second_pem), "--db", team.url(HEAD)))
    _ok(cli("officer", "cert", "add", "Otto Officer", str(pki.officer_pem), "--db", team.url(HEAD)))
    _ok(cli("letter", "approve", ref, *key, "--db", team.url(REV)))
    issue_key = ("--key", str(pki.officer_p12), "--passphrase-file", key[-1])
    _ok(cli("letter", "issue", ref, *issue_key, "--out", str(tmp_path / "signed.pdf"), "--tsa", "", *db))
    return ref


def test_an_issued_case_cannot_be_rewritten(cli, team_db: TeamDatabase, tmp_path: Path, key, pki) -> None:  # type: ignore[no-untyped-def]
    ref = _issued_case(cli, team_db, tmp_path, key, pki)
    other = _ok(
        cli("case", "new", "--title", "Other", "--provider", "P", "--subject", "S", "--db", team_db.url(OFF))
    )
    assert other.out.strip() != ref
    before = _everything(team_db)
    issued = "an issued letter cannot be changed"
    approval = "four-eyes rule: the approval by Rita Reviewer cannot be changed"
    attempts = [
        # (was open) the register pointed at other bytes, another signer, another audit head
        (OFF, "UPDATE letters SET issued_sha256 = approved_sha256 WHERE state = 'issued'", issued),
        (OFF, "UPDATE letters SET signer_fingerprint = approval_fingerprint WHERE state = 'issued'", issued),
        (
            REV,
            "UPDATE letters SET audit_head_count = 1, audit_head_hash = 'x' WHERE state = 'issued'",
            issued,
        ),
        (OFF, "UPDATE letters SET issued_at = issued_at - interval '1 day' WHERE state = 'issued'", issued),
        # (was open) the approval record replaced (another key, another approved PDF)
        (
            OFF,
            "UPDATE letters SET approval_fingerprint = signer_fingerprint WHERE state = 'issued'",
            approval,
        ),
        (OFF2, "UPDATE letters SET approved_sha256 = issued_sha256 WHERE state = 'issued'", approval),
        # (was open) an issued letter back to draft or approved, or moved to another case
        (OFF, "UPDATE letters SET state = 'draft' WHERE state = 'issued'", "cannot go from issued back"),
        (OFF, "UPDATE letters SET state = 'approved' WHERE state = 'issued'", "cannot go from issued back"),
        (
            OFF,
            "UPDATE letters SET case_id = (SELECT max(id) FROM cases) WHERE state = 'issued'",
            "a letter draft cannot be edited or moved to another case",
        ),
        (OFF, "DELETE FROM letters", DENIED),
        # (was open) the evidence a letter certifies: rows removed, the hash changed
        (OFF, "DELETE FROM evidence_items", DENIED),
        (OFF, "DELETE FROM evidence_blobs", DENIED),
        (HEAD, "DELETE FROM cases WHERE reference = %s", DENIED),
        (
            OFF,
            "UPDATE evidence_items SET sha256 = (SELECT issued_sha256 FROM letters WHERE state = 'issued')",
            "an evidence item's case, hash, size and who added it cannot be changed",
        ),
        (
            OFF,
            "UPDATE evidence_items SET case_id = (SELECT max(id) FROM cases)",
            "an evidence item's case, hash, size and who added it cannot be changed",
        ),
        # (was open) the stored bytes (evidence file, approved and signed letters) rewritten,
        # extended, or removed
        (OFF, "UPDATE blob_chunks SET data = 'forged'::bytea", "stored bytes cannot be changed"),
        (HEAD, "UPDATE blob_chunks SET seq = seq + 100", "stored bytes cannot be changed"),
        (OFF, "DELETE FROM blob_chunks", "that evidence refers to cannot be removed"),
        (
            OFF,
            "INSERT INTO blob_chunks (sha256, seq, data) SELECT sha256, 99, 'tail'::bytea FROM blob_chunks "
            "WHERE seq = 0 LIMIT 1",
            "stored bytes are written under a temporary key only",
        ),
        (AUD, "UPDATE blob_chunks SET data = 'forged'::bytea", DENIED),
        (AUD, "UPDATE letters SET revocation = 'good'", DENIED),
    ]
    for login, sql, reason in attempts:
        _refused(team_db, login, sql, reason, (ref,) if "%s" in sql else ())
        assert _everything(team_db) == before, (login, sql)
    # What an officer may still do to an issued letter: add revocation data or a timestamp
    # (exemptio letter augment writes current_sha256, signature_level, revocation).
    _ok(cli("evidence", "verify", ref, "--db", team_db.url(AUD)))
    _ok(cli("audit", "verify", "--db", team_db.url(AUD)))


def test_a_reviewer_cannot_rewrite_a_draft_and_approve_it(cli, team_db: TeamDatabase, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """(was open) Rita edited Otto's draft in place, then approved her own wording as
    Otto's: four eyes with one pair. Every way of writing the row is refused."""
    _case_with_draft(cli, team_db, tmp_path, OFF)
    before = _everything(team_db)
    edit = "a letter draft cannot be edited or moved to another case"
    for login, sql in [
        (REV, "UPDATE letters SET content_json = content_json || ' '"),
        (REV, "UPDATE letters SET draft_sha256 = repeat('0', 64), outcome_json = '{}'"),
        (REV, "WITH x AS (UPDATE letters SET content_json = '{}' RETURNING id) SELECT * FROM x"),
        (OFF, "INSERT INTO letters SELECT * FROM letters ON CONFLICT (id) DO UPDATE SET content_json = '{}'"),
        (OFF, "UPDATE letters SET legal_nature = legal_nature || 'x'"),  # not even the drafter
        (HEAD, "UPDATE letters SET language = 'fr'"),
    ]:
        _refused(team_db, login, sql, edit)
        assert _everything(team_db) == before, sql
    # A new draft with an approval record filled in beforehand (kept by the write-once rule
    # when the reviewer then approves): refused.
    copy = (
        "INSERT INTO letters (case_id, state, language, legal_nature, registry_reference, template_id, "
        "template_version, checklist_id, checklist_version, draft_sha256, outcome_json, drafted_by, "
        "drafted_at, approved_by, issued_by, signature_level, content_json, unsigned_sha256, signer, "
        "signer_function, version, {col}) SELECT case_id, 'draft', language, legal_nature, "
        "registry_reference, template_id, template_version, checklist_id, checklist_version, draft_sha256, "
        "outcome_json, drafted_by, now(), '', '', signature_level, content_json, unsigned_sha256, signer, "
        "signer_function, 1, {value} FROM letters"
    )
    for col, value in [("approved_sha256", "draft_sha256"), ("approval_fingerprint", "'ab'")]:
        _refused(team_db, OFF, copy.format(col=col, value=value), "cannot be recorded as approved")
    assert _everything(team_db) == before
    # A superseded draft stays superseded; a draft is not issued unapproved.
    _refused(
        team_db, OFF, "UPDATE letters SET state = 'issued', issued_by = 'Otto Officer'", "four-eyes rule"
    )


def test_a_local_case_cannot_become_imported(cli, team_db: TeamDatabase, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """(was open) The letters of an imported case may arrive approved; an officer set
    ``origin`` on their own case and inserted a letter 'approved by Rita Reviewer'."""
    _case_with_draft(cli, team_db, tmp_path, OFF)
    before = _everything(team_db)
    _refused(team_db, OFF, 'UPDATE cases SET origin = \'{"origin": "forged"}\'', "cannot be changed")
    forged = (
        "INSERT INTO letters (case_id, state, language, legal_nature, registry_reference, template_id, "
        "template_version, checklist_id, checklist_version, draft_sha256, outcome_json, drafted_by, "
        "drafted_at, "
        "approved_by, approved_at, issued_by, signature_level, content_json, unsigned_sha256, signer, "
        "signer_function, version) SELECT case_id, 'approved', language, legal_nature, registry_reference, "
        "template_id, template_version, checklist_id, checklist_version, draft_sha256, outcome_json, "
        "'Otto Officer', now(), 'Rita Reviewer', now(), '', signature_level, content_json, unsigned_sha256, "
        "signer, signer_function, 1 FROM letters"
    )
    _refused(team_db, OFF, forged, "a letter cannot be recorded as approved or issued when it is drafted")
    # The same through COPY (psql's \copy) is refused by the same trigger.
    rows = _owner_rows(team_db, "SELECT case_id, draft_sha256 FROM letters")
    with pytest.raises(psycopg.Error, match="cannot be recorded as approved"):
        _copy(
            team_db,
            OFF,
            "COPY letters (case_id, state, language, legal_nature, registry_reference, template_id, "
            "template_version, checklist_id, checklist_version, draft_sha256, outcome_json, drafted_by, "
            "drafted_at, approved_by, issued_by, signature_level, content_json, unsigned_sha256, signer, "
            "signer_function, version) FROM STDIN",
            [
                (rows[0][0], "approved", "en", "n", "", "t", "1", "c", "1", rows[0][1], "{}", "Otto Officer")
                + ("2026-12-01 00:00:00+00", "Rita Reviewer", "", "B-T", "{}", "", "", "", 1)
            ],
        )
    assert _everything(team_db) == before


def _copy(team: TeamDatabase, login: str, sql: str, rows: list[tuple[Any, ...]]) -> None:
    from sqlalchemy.engine import make_url

    u = make_url(team.url(login))
    with psycopg.connect(host=u.host, port=u.port, user=login, dbname=u.database, autocommit=True) as conn:
        with conn.cursor() as cur, cur.copy(sql) as cp:
            for r in rows:
                cp.write_row(r)


def test_forged_audit_rows_by_copy_and_a_forged_head_are_refused(cli, team_db: TeamDatabase) -> None:  # type: ignore[no-untyped-def]
    before = _everything(team_db)
    with pytest.raises(psycopg.Error, match="forged audit actor refused"):
        _copy(
            team_db,
            OFF,
            "COPY audit_events (id, ts, actor, action, entity_type, entity_id, case_ref, before_json, "
            "after_json, prev_hash, hash, db_login) FROM STDIN",
            [
                (
                    9999,
                    "2026-12-01",
                    "Rita Reviewer",
                    "letter.approved",
                    "letter",
                    "1",
                    "",
                    "",
                    "",
                    "",
                    "",
                    REV,
                )
            ],
        )
    # (was open) any officer or the auditor moved the audit head to a made-up event
    for login in (OFF, REV, AUD, HEAD):
        _refused(
            team_db,
            login,
            "UPDATE audit_head SET last_id = last_id + 1000, last_hash = repeat('0', 64)",
            "the audit head must name the last audit event",
        )
        _refused(
            team_db, login, "UPDATE audit_head SET last_hash = repeat('0', 64)", "the audit head must name"
        )
    _refused(team_db, OFF, "UPDATE audit_head SET last_id = 0", "the audit head only moves forward")
    assert _everything(team_db) == before
    _ok(cli("audit", "verify", "--db", team_db.url(AUD)))


def test_session_and_schema_tricks_are_refused_for_every_login(team_db: TeamDatabase) -> None:
    """Becoming someone else, or changing the rules themselves, with an officer's login."""
    before = _everything(team_db)
    for login in OFFICER_LOGINS:
        other = REV if login != REV else OFF
        for sql, reason in [
            ("SET ROLE postgres", "permission denied to set role"),
            (f"SET ROLE {other}", "permission denied to set role"),
            (f"SET SESSION AUTHORIZATION {other}", "permission denied to set session authorization"),
            ("SET ROLE exemptio_test", "permission denied to set role"),
            ("SET session_replication_role = replica", "permission denied to set parameter"),
            ("ALTER TABLE letters DISABLE TRIGGER trg_letters_logins", "must be owner of table letters"),
            ("DROP TRIGGER trg_letters_logins ON letters", "must be owner of relation letters"),
            ("ALTER TABLE audit_events DISABLE TRIGGER ALL", "must be owner of table audit_events"),
            (
                "CREATE TRIGGER t BEFORE UPDATE ON letters FOR EACH ROW "
                "EXECUTE FUNCTION exemptio_head_only()",
                "permission denied for table letters",
            ),
            (
                "CREATE FUNCTION public.me() RETURNS text LANGUAGE sql SECURITY DEFINER AS 'SELECT 1::text'",
                "permission denied for schema public",
            ),
            ("CREATE SCHEMA mine", "permission denied for database"),
            (
                "CREATE OR REPLACE FUNCTION exemptio_login_officer(OUT name text, OUT role text) "
                "LANGUAGE sql AS $$ SELECT 'Hannah Head'::text, 'head'::text $$",
                "permission denied for schema public",
            ),
            ("TRUNCATE audit_events", DENIED),
            ("TRUNCATE letters", DENIED),
            ("COPY letters FROM '/etc/hostname'", "must be superuser or have privileges of the pg_read"),
            ("ALTER ROLE CURRENT_USER CREATEROLE", DENIED),
            ("GRANT exemptio_head TO CURRENT_USER", "must have admin option on role"),
            ("UPDATE officers SET db_login = NULL WHERE db_login = 'exemptio_t_head'", DENIED),
        ]:
            if login == HEAD and sql.startswith(("GRANT", "UPDATE officers")):
                continue  # the head holds ADMIN OPTION and writes officers (docs/team.md)
            _refused(team_db, login, sql, reason)
    assert _everything(team_db) == before


def test_shadowing_the_officers_table_or_pg_has_role_does_not_make_a_reviewer(  # type: ignore[no-untyped-def]
    cli, team_db: TeamDatabase, tmp_path: Path
) -> None:
    """A temporary table ``officers`` and a temporary function ``pg_has_role`` in the
    officer's own session (pg_temp is searched first unless pinned last): the trigger
    functions pin their search_path, so Otto is still Otto."""
    _case_with_draft(cli, team_db, tmp_path, OFF2)
    before = _everything(team_db)
    sql = (
        "CREATE TEMP TABLE officers (id int, name text, role text, db_login text); "
        "INSERT INTO officers VALUES (1, 'Rita Reviewer', 'reviewer', 'exemptio_t_off'); "
        "CREATE FUNCTION pg_temp.pg_has_role(name, text, text) RETURNS boolean LANGUAGE sql "
        "AS 'SELECT true'; "
        "CREATE FUNCTION pg_temp.exemptio_login_officer(OUT name text, OUT role text) LANGUAGE sql "
        "AS $$ SELECT 'Rita Reviewer'::text, 'reviewer'::text $$; "
        "SET search_path = pg_temp, public; "
        "UPDATE public.letters SET approved_by = 'Rita Reviewer', state = 'approved'"
    )
    _refused(team_db, OFF, sql, "forged approver refused: the login exemptio_t_off is officer Otto Officer")
    sql_own = sql.replace("approved_by = 'Rita Reviewer'", "approved_by = 'Otto Officer'")
    _refused(team_db, OFF, sql_own, "only a reviewer or head of unit can approve letters")
    assert _everything(team_db) == before


def test_officer_rows_cannot_be_taken_over_or_doubled(team_db: TeamDatabase) -> None:
    before = _everything(team_db)
    head_only = "only the head of unit can grant roles or register certificates"
    for login, sql, reason in [
        # a login of one's own mapped to a new officer, or another's login taken over
        (OFF, "INSERT INTO officers (name, unit, email, role, created_at, db_login) "
         "VALUES ('Eve', '', '', 'officer', now(), 'exemptio_t_none')", head_only),
        (OFF, "INSERT INTO officers (name, unit, email, role, created_at) "
         "VALUES ('Eve', '', '', 'head', now())", head_only),
        (REV, "UPDATE officers SET db_login = 'exemptio_t_rev' WHERE name = 'Hannah Head'", DENIED),
        (OFF, "INSERT INTO officer_certificates SELECT * FROM officer_certificates", DENIED),
        # (was open) a look-alike of an officer's name: case, spacing, full-width letters
        (OFF, "INSERT INTO officers (name, unit, email, role, created_at) "
         "VALUES ('RITA  reviewer', '', '', 'officer', now())", "an officer named like"),
        (OFF2, "INSERT INTO officers (name, unit, email, role, created_at) "
         "VALUES ('\uff28annah \uff28ead', '', '', 'officer', now())", "an officer named like"),
        (HEAD, "UPDATE officers SET name = 'otto officer' WHERE name = 'Olga Officer'",
         "an officer named like"),
        # one login, one officer (unique index)
        (HEAD, "UPDATE officers SET db_login = 'exemptio_t_rev' WHERE name = 'Otto Officer'",
         "ix_officers_db_login"),
        # the unmapped login and the auditor write nothing
        (UNMAPPED_LOGIN, "INSERT INTO officers (name, unit, email, role, created_at) "
         "VALUES ('Nobody', '', '', 'officer', now())", DENIED),
        (AUD, "INSERT INTO officers (name, unit, email, role, created_at) "
         "VALUES ('Nobody', '', '', 'officer', now())", DENIED),
    ]:  # fmt: skip
        _refused(team_db, login, sql, reason)
        assert _everything(team_db) == before, sql
    # What an officer may do (archive import): record a new plain officer with no login.
    _sql(
        team_db,
        OFF,
        "INSERT INTO officers (name, unit, email, role, created_at) "
        "VALUES ('Ivo Import', '', '', 'officer', now())",
    )
    assert _owner_rows(
        team_db, "SELECT role, db_login, granted_by FROM officers WHERE name = 'Ivo Import'"
    ) == [("officer", None, "")]


def test_the_unmapped_login_and_the_auditor_write_nothing(team_db: TeamDatabase) -> None:
    before = _everything(team_db)
    for login in (UNMAPPED_LOGIN, AUD):
        for sql in (
            "UPDATE cases SET notes = 'x'",
            "INSERT INTO blob_chunks (sha256, seq, data) VALUES ('tmp-x', 0, 'x')",
            "UPDATE letters SET approved_by = 'Audrey Auditor'",
            "INSERT INTO audit_checkpoints (id) VALUES (1)",
        ):
            _refused(team_db, login, sql, DENIED)
    _refused(
        team_db,
        UNMAPPED_LOGIN,
        "INSERT INTO audit_events (id, ts, actor, action, entity_type, entity_id, case_ref, before_json, "
        "after_json, prev_hash, hash) VALUES (999, '', 'x', 'x', 'x', 'x', '', '', '', '', '')",
        DENIED,
    )
    assert _everything(team_db) == before


def test_a_forged_audit_login_is_replaced_by_the_servers(cli, team_db: TeamDatabase) -> None:  # type: ignore[no-untyped-def]
    """A well-formed event in the officer's own name, written by hand with another login in
    ``db_login``, and the head moved onto it: accepted (it is the officer's own event), but
    the recorded login is the server's ``session_user`` and the chain stays intact."""
    from sqlalchemy.engine import make_url

    from db.audit import event_hash

    last_id, last_hash = _owner_rows(team_db, "SELECT last_id, last_hash FROM audit_head")[0]
    fields = {
        "id": last_id + 1,
        "ts": "2026-12-02T05:00:00.000000+00:00",
        "actor": "Otto Officer",
        "action": "case.note",
        "entity_type": "case",
        "entity_id": "x",
        "case_ref": "",
        "before_json": "null",
        "after_json": "null",
        "prev_hash": last_hash,
    }
    digest = event_hash(**fields)  # type: ignore[arg-type]
    u = make_url(team_db.url(OFF))
    with psycopg.connect(host=u.host, port=u.port, user=OFF, dbname=u.database) as conn:
        conn.execute(
            "INSERT INTO audit_events (id, ts, actor, action, entity_type, entity_id, case_ref, before_json, "
            "after_json, prev_hash, hash, db_login) VALUES (%(id)s, %(ts)s, %(actor)s, %(action)s, "
            "%(entity_type)s, %(entity_id)s, %(case_ref)s, %(before_json)s, %(after_json)s, %(prev_hash)s, "
            "%(hash)s, 'exemptio_t_rev')",
            {**fields, "hash": digest},
        )
        conn.execute("UPDATE audit_head SET last_id = %s, last_hash = %s", (last_id + 1, digest))
        conn.commit()
    assert _owner_rows(team_db, f"SELECT actor, db_login FROM audit_events WHERE id = {last_id + 1}") == [
        ("Otto Officer", OFF)
    ]
    _ok(cli("audit", "verify", "--db", team_db.url(AUD)))


def test_a_case_is_not_decided_by_plain_sql(cli, team_db: TeamDatabase, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Deciding needs the decision on record (issue 14 item 4): the application writes the
    transition event with the issued letter or the reason; the server refuses a bare
    status change, at commit, by every login. The application's own way still works."""
    ref = _case_with_draft(cli, team_db, tmp_path, OFF)
    before = _everything(team_db)
    reason = "cannot be decided without its decision on record"
    for login in (OFF, REV, HEAD):
        _refused(team_db, login, f"UPDATE cases SET status = 'decided' WHERE reference = '{ref}'", reason)
        assert _everything(team_db) == before, login
    # the last transition event says something else than "decided with a reason"
    _refused(
        team_db,
        OFF,
        "UPDATE cases SET status = 'decided', decided_at = now() WHERE reference = %s",
        reason,
        (ref,),
    )
    assert _everything(team_db) == before
    # the application's way: a decision without a letter, its reason recorded
    why = "Withdrawn by the provider"
    _ok(cli("case", "move", ref, "decided", "--reason", why, "--db", team_db.url(OFF)))
    assert _owner_rows(team_db, f"SELECT status FROM cases WHERE reference = '{ref}'") == [("decided",)]
