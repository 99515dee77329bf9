"""team logins (issue 14): each officer connects with their own PostgreSQL login

Columns (every backend):

* ``officers.db_login``: the PostgreSQL login of that officer (team mode), unique;
  ``granted_by`` / ``granted_at``: who gave the officer their role, and when;
  ``grant_cms``: a signed role grant (single-user mode, SQLite).
* ``officer_certificates.registration_cms``: the head's signature over a certificate
  registration (single-user mode).
* ``letters.drafted_login`` / ``approved_login`` / ``issued_login`` and
  ``audit_events.db_login``: the database login that wrote the row (team mode: forced
  to ``session_user`` by the server; empty on SQLite).

PostgreSQL only (team mode; the rules hold for plain SQL too, not only for Exemptio):

* Group roles ``exemptio_officer``, ``exemptio_reviewer`` (member of officer),
  ``exemptio_head`` (member of reviewer) and ``exemptio_auditor``, NOLOGIN, created when
  missing (they are cluster-global: a second database finds them). Without CREATEROLE the
  migration stops with the SQL the database administrator runs (docs/team.md).
* GRANTs: the auditor SELECTs everything and writes nothing but audit events in their own
  name (an archive export is recorded); officers (and so reviewers
  and heads) write case data; the audit tables are INSERT-only (``audit_head`` UPDATE, which
  0005 keeps moving forward); ``officers`` and ``officer_certificates`` are written by heads
  only (GRANT, and a trigger on ``pg_has_role(session_user, 'exemptio_head', 'MEMBER')``),
  except that any officer may record a new name as a plain officer (no role above officer,
  no login: the assignees of an imported archive).
* Triggers: ``letters.drafted_login``/``approved_login``/``issued_login`` and
  ``audit_events.db_login`` are forced to ``session_user``; an approval needs a reviewer or
  head login other than the drafter's and must name that login's officer; an audit event's
  actor must be the officer mapped to ``session_user``.
* Hardened after an attack with each officer's login (tests/integration/test_team_attacks.py):
  a draft's wording, hash and case never change in place; letter states only move forward;
  an approval's and an issue's record is written once; ``cases.origin`` never changes; no
  DELETE on cases and evidence; an evidence item's case and hash never change; stored bytes
  (``blob_chunks``) are never rewritten, extended or removed while referenced; the audit head
  names the last event (checked at commit); no second officer whose name is a look-alike
  (``exemptio_name_key``: NFKC, lower case, spaces collapsed) of another's.

The owner of the tables (the migration's login) is "setup mode": it owns the schema, so it
could drop any trigger; the triggers let it act under typed names (as before 0007) and only
record its login. Give that password to nobody who acts as an officer (docs/team.md).
A later migration that creates a table must GRANT on it (see ``_pg_grants``).

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02 04:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from migrations._ops import execute_all, trigger, trigger_function

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

LOGIN_LENGTH = 63  # PostgreSQL's NAMEDATALEN - 1
LETTER_LOGINS = ("drafted_login", "approved_login", "issued_login")

GROUP_ROLES = ("exemptio_officer", "exemptio_reviewer", "exemptio_head", "exemptio_auditor")
# (member, group): reviewers have the officers' rights, heads the reviewers'.
ROLE_TREE = (("exemptio_reviewer", "exemptio_officer"), ("exemptio_head", "exemptio_reviewer"))
DBA_SQL = (
    "CREATE ROLE exemptio_officer NOLOGIN; "
    "CREATE ROLE exemptio_reviewer NOLOGIN IN ROLE exemptio_officer; "
    "CREATE ROLE exemptio_head NOLOGIN IN ROLE exemptio_reviewer; "
    "CREATE ROLE exemptio_auditor NOLOGIN;"
)
INSERT_ONLY = ("audit_events", "audit_checkpoints")
HEAD_WRITES = ("officers", "officer_certificates")
# Never deleted by Exemptio: a record, its evidence and a letter stay (plain SQL DELETE refused).
NO_DELETE = ("letters", "cases", "evidence_items", "evidence_blobs")
READ_ONLY = ("alembic_version",)


def upgrade() -> None:
    # Plain ADD COLUMN (no batch copy): audit_events keeps its append-only triggers (0005).
    op.add_column("officers", sa.Column("db_login", sa.String(length=LOGIN_LENGTH), nullable=True))
    op.add_column(
        "officers", sa.Column("granted_by", sa.String(length=200), nullable=False, server_default="")
    )
    op.add_column("officers", sa.Column("granted_at", sa.DateTime(timezone=True), nullable=True))
    op.add_column("officers", sa.Column("grant_cms", sa.LargeBinary(), nullable=True))
    op.create_index(op.f("ix_officers_db_login"), "officers", ["db_login"], unique=True)
    op.add_column("officer_certificates", sa.Column("registration_cms", sa.LargeBinary(), nullable=True))
    for name in LETTER_LOGINS:
        op.add_column(
            "letters",
            sa.Column(name, sa.String(length=LOGIN_LENGTH), nullable=False, server_default=""),
        )
    op.add_column(
        "audit_events",
        sa.Column("db_login", sa.String(length=LOGIN_LENGTH), nullable=False, server_default=""),
    )
    if op.get_bind().dialect.name == "postgresql":
        _pg_roles()
        _pg_grants()
        execute_all(_pg_functions())
        execute_all(PG_TRIGGERS)


def _pg_roles() -> None:
    roles = ", ".join(f"'{r}'" for r in GROUP_ROLES)
    refuse = "RAISE EXCEPTION '%', msg USING ERRCODE = 'insufficient_privilege';"
    tree = "\n    ".join(
        f"IF NOT pg_has_role('{m}', '{g}', 'MEMBER') THEN "
        f"IF NOT can_create THEN {refuse} END IF; GRANT {g} TO {m}; END IF;"
        for m, g in ROLE_TREE
    )
    op.execute(
        f"""DO $exemptio$
DECLARE
    r text;
    can_create boolean;
    msg text;
BEGIN
    SELECT rolcreaterole OR rolsuper INTO can_create FROM pg_roles WHERE rolname = current_user;
    msg := format('Team mode needs the PostgreSQL group roles %s, and the login %s may not create '
        'them (it has no CREATEROLE): ask the database administrator to run, as a superuser: %s '
        'then upgrade again (docs/team.md, "Set-up").',
        '{", ".join(GROUP_ROLES)}', current_user, '{DBA_SQL}');
    FOREACH r IN ARRAY ARRAY[{roles}] LOOP
        IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = r) THEN
            IF NOT can_create THEN
                {refuse}
            END IF;
            BEGIN
                EXECUTE format('CREATE ROLE %I NOLOGIN', r);
            EXCEPTION WHEN duplicate_object OR unique_violation THEN
                NULL;  -- made meanwhile by the migration of another database (cluster-global)
            END;
        END IF;
    END LOOP;
    {tree}
END $exemptio$"""
    )


def _schema(bind: sa.Connection) -> str:
    return str(bind.exec_driver_sql("SELECT current_schema()").scalar_one())


def _pg_grants() -> None:
    bind = op.get_bind()
    schema = _schema(bind)
    tables = [
        str(r[0])
        for r in bind.exec_driver_sql(
            "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename"
        )
    ]
    op.execute(f'GRANT USAGE ON SCHEMA "{schema}" TO {", ".join(GROUP_ROLES)}')
    for t in tables:
        q = f'"{t}"'
        op.execute(f"REVOKE ALL ON {q} FROM PUBLIC")
        op.execute(f"GRANT SELECT ON {q} TO exemptio_auditor, exemptio_officer")
        if t in READ_ONLY:  # any login may see the schema version (so it is told what it lacks)
            op.execute(f"GRANT SELECT ON {q} TO PUBLIC")
            continue
        # The auditor's reads that are recorded (archive export) append an event in their
        # own name (trigger-checked): the only write an auditor makes.
        if t in INSERT_ONLY:
            op.execute(f"GRANT INSERT ON {q} TO exemptio_officer")
            if t == "audit_events":
                op.execute(f"GRANT INSERT ON {q} TO exemptio_auditor")
        elif t == "audit_head":  # 0005: forward only
            op.execute(f"GRANT INSERT, UPDATE ON {q} TO exemptio_officer, exemptio_auditor")
        elif t in HEAD_WRITES:
            op.execute(f"GRANT INSERT, UPDATE ON {q} TO exemptio_head")
            if t == "officers":  # a new name as a plain officer (archive import): trigger-checked
                op.execute(f"GRANT INSERT ON {q} TO exemptio_officer")
        elif t in NO_DELETE:
            op.execute(f"GRANT INSERT, UPDATE ON {q} TO exemptio_officer")
        else:
            op.execute(f"GRANT INSERT, UPDATE, DELETE ON {q} TO exemptio_officer")
    op.execute(f'GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA "{schema}" TO exemptio_officer')
    op.execute(f'GRANT SELECT ON ALL SEQUENCES IN SCHEMA "{schema}" TO exemptio_auditor')


APPROVAL_FIELDS = ("approved_at", "approved_sha256", "approval_signer", "approval_fingerprint")
ISSUE_FIELDS = (
    "issued_at",
    "issued_sha256",
    "unsigned_sha256",
    "signer",
    "signer_function",
    "signer_fingerprint",
    "audit_head_count",
    "audit_head_hash",
)


def _changed(fields: Sequence[str]) -> str:
    """SQL: a field that was filled in (not NULL, '' or 0) was changed."""
    return " OR ".join(
        f"(coalesce(OLD.{f}::text, '') NOT IN ('', '0') AND NEW.{f} IS DISTINCT FROM OLD.{f})" for f in fields
    )


def _filled(fields: Sequence[str]) -> str:
    """SQL: one of the new row's ``fields`` is filled in (not NULL, '' or 0)."""
    return "(" + " OR ".join(f"coalesce(NEW.{f}::text, '') NOT IN ('', '0')" for f in fields) + ")"


DENY = "USING ERRCODE = 'insufficient_privilege'"


def _signed_by_login(field: str, what: str, owner_note: str = "") -> str:
    """PL/pgSQL lines: the schema owner passes (``owner_note`` after its RETURN); any other
    login must be mapped to an officer (``me``), and the row's ``field`` must name them."""
    return f"""\
    IF exemptio_is_owner(TG_RELID) THEN
        RETURN NEW;{owner_note}
    END IF;
    SELECT o.name INTO me FROM exemptio_login_officer() o;
    PERFORM exemptio_require_officer(me);
    IF NEW.{field} IS DISTINCT FROM me THEN
        RAISE EXCEPTION 'forged {what} refused: the login % is officer %, not %',
            session_user, me, NEW.{field} {DENY};
    END IF;
    RETURN NEW;
"""


def _pg_functions() -> list[str]:
    # search_path pinned with pg_temp LAST: a login cannot shadow ``officers`` with a
    # temporary table of its own (pg_temp is otherwise searched first).
    schema = _schema(op.get_bind())
    pin = f'SET search_path = "{schema}", pg_catalog, pg_temp'
    head = "pg_has_role(session_user, 'exemptio_head', 'MEMBER')"
    approver = f"(pg_has_role(session_user, 'exemptio_reviewer', 'MEMBER') OR {head})"
    deny = DENY
    return [
        f"""CREATE OR REPLACE FUNCTION exemptio_is_owner(rel oid) RETURNS boolean
LANGUAGE sql STABLE {pin} AS $$
    SELECT pg_has_role(session_user, c.relowner, 'MEMBER') FROM pg_class c WHERE c.oid = rel
$$""",
        f"""CREATE OR REPLACE FUNCTION exemptio_login_officer(OUT name text, OUT role text)
LANGUAGE sql STABLE SECURITY DEFINER {pin} AS $$
    SELECT o.name::text, o.role::text FROM officers o WHERE o.db_login = session_user
$$""",
        f"""CREATE OR REPLACE FUNCTION exemptio_require_officer(me text) RETURNS void
LANGUAGE plpgsql {pin} AS $$
BEGIN
    IF me IS NULL THEN
        RAISE EXCEPTION 'team mode: the database login % is not mapped to an officer; the head of '
            'unit maps it with ''exemptio officer add NAME --role ROLE --login %''',
            session_user, session_user {deny};
    END IF;
END $$""",
        trigger_function(
            "exemptio_audit_login",
            "    NEW.db_login := session_user;\n"
            + _signed_by_login(
                "actor", "audit actor", "  -- setup mode (the schema owner): only its login is recorded"
            ),
            options=pin,
            declare=("me text;",),
        ),
        trigger_function(
            "exemptio_checkpoint_maker",
            _signed_by_login("made_by", "checkpoint maker"),
            options=pin,
            declare=("me text;",),
        ),
        trigger_function(
            "exemptio_head_only",
            f"""\
    IF exemptio_is_owner(TG_RELID) THEN
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
    END IF;
    SELECT o.name, o.role INTO me, my_role FROM exemptio_login_officer() o;
    IF TG_TABLE_NAME = 'officers' AND TG_OP <> 'DELETE' THEN  -- nested: NEW.name is officers'
        IF EXISTS (SELECT 1 FROM officers o WHERE o.id <> NEW.id
                AND exemptio_name_key(o.name) = exemptio_name_key(NEW.name)) THEN
            -- one person, one row: a look-alike (case, spacing, full-width) is the same officer
            RAISE EXCEPTION 'an officer named like % is already recorded (login %)',
                NEW.name, session_user {deny};
        END IF;
    END IF;
    IF TG_OP = 'INSERT' AND TG_TABLE_NAME = 'officers' AND me IS NOT NULL AND NOT {head} THEN
        -- Any officer may record a new name as a plain officer (an archive's assignees):
        -- no role above officer, no login, no signed grant. That grants nothing.
        IF NEW.role = 'officer' AND NEW.db_login IS NULL AND NEW.grant_cms IS NULL THEN
            NEW.granted_by := '';
            NEW.granted_at := NULL;
            RETURN NEW;
        END IF;
    END IF;
    IF NOT {head} OR my_role IS DISTINCT FROM 'head' THEN
        RAISE EXCEPTION 'only the head of unit can grant roles or register certificates; the login % is %',
            session_user, coalesce('officer ' || me || ' (' || my_role || ')', 'not an officer') {deny};
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    IF TG_TABLE_NAME = 'officers' THEN  -- nested: NEW.role exists on officers only
        IF TG_OP = 'INSERT' OR NEW.role IS DISTINCT FROM OLD.role
                OR NEW.db_login IS DISTINCT FROM OLD.db_login THEN
            NEW.granted_by := me;
            NEW.granted_at := now();
        END IF;
    END IF;
    RETURN NEW;
""",
            options=pin,
            declare=("me text;", "my_role text;"),
        ),
        trigger_function(
            "exemptio_letter_logins",
            f"""\
    IF TG_OP = 'INSERT' THEN
        NEW.drafted_login := session_user;
        NEW.approved_login := CASE WHEN NEW.approved_by <> '' THEN session_user ELSE '' END;
        NEW.issued_login := CASE WHEN NEW.issued_by <> '' THEN session_user ELSE '' END;
        IF exemptio_is_owner(TG_RELID) THEN
            RETURN NEW;
        END IF;
        SELECT o.name, o.role INTO me, my_role FROM exemptio_login_officer() o;
        PERFORM exemptio_require_officer(me);
        IF NEW.approved_by <> '' OR NEW.issued_by <> '' OR NEW.state IN ('approved', 'issued') THEN
            -- Only a letter of an imported case arrives approved or issued (archive import).
            IF NOT EXISTS (SELECT 1 FROM cases c WHERE c.id = NEW.case_id AND c.origin <> '') THEN
                RAISE EXCEPTION 'four-eyes rule: a letter cannot be recorded as approved or issued '
                    'when it is drafted (login %)', session_user {deny};
            END IF;
            NEW.approved_login := CASE WHEN NEW.approved_by <> '' THEN '(imported)' ELSE '' END;
            NEW.issued_login := CASE WHEN NEW.issued_by <> '' THEN '(imported)' ELSE '' END;
        ELSIF NEW.drafted_by IS DISTINCT FROM me THEN
            RAISE EXCEPTION 'forged drafter refused: the login % is officer %, not %',
                session_user, me, NEW.drafted_by {deny};
        ELSIF {_filled(APPROVAL_FIELDS + ISSUE_FIELDS)} THEN
            -- a draft arrives with no approval or issue record to be kept later
            RAISE EXCEPTION 'four-eyes rule: a letter cannot be recorded as approved or issued '
                'when it is drafted (login %)', session_user {deny};
        END IF;
        RETURN NEW;
    END IF;
    NEW.drafted_login := OLD.drafted_login;
    NEW.approved_login := OLD.approved_login;
    NEW.issued_login := OLD.issued_login;
    IF exemptio_is_owner(TG_RELID) THEN
        IF NEW.approved_by IS DISTINCT FROM OLD.approved_by THEN
            NEW.approved_login := session_user;
        END IF;
        IF NEW.issued_by IS DISTINCT FROM OLD.issued_by THEN
            NEW.issued_login := session_user;
        END IF;
        RETURN NEW;
    END IF;
    SELECT o.name, o.role INTO me, my_role FROM exemptio_login_officer() o;
    PERFORM exemptio_require_officer(me);
    IF NEW.drafted_by IS DISTINCT FROM OLD.drafted_by THEN
        RAISE EXCEPTION 'forged drafter refused: the drafter of a letter cannot be changed (login %)',
            session_user {deny};
    END IF;
    IF NEW.approved_by IS DISTINCT FROM OLD.approved_by THEN
        IF OLD.approved_by <> '' THEN
            RAISE EXCEPTION 'four-eyes rule: the approval by % cannot be changed (login %)',
                OLD.approved_by, session_user {deny};
        END IF;
        IF NEW.approved_by IS DISTINCT FROM me THEN
            RAISE EXCEPTION 'forged approver refused: the login % is officer %, not %',
                session_user, me, NEW.approved_by {deny};
        END IF;
        IF NOT {approver} OR my_role NOT IN ('reviewer', 'head') THEN
            RAISE EXCEPTION 'four-eyes rule: only a reviewer or head of unit can approve letters; '
                'the login % (officer %) is %', session_user, me, my_role {deny};
        END IF;
        IF session_user = OLD.drafted_login OR me = OLD.drafted_by THEN
            RAISE EXCEPTION 'four-eyes rule: the login % (officer %) drafted this letter and cannot '
                'approve it', session_user, me {deny};
        END IF;
        NEW.approved_login := session_user;
    END IF;
    IF NEW.issued_by IS DISTINCT FROM OLD.issued_by THEN
        IF OLD.issued_by <> '' OR NEW.issued_by IS DISTINCT FROM me THEN
            RAISE EXCEPTION 'forged issuer refused: the login % is officer %, not %',
                session_user, me, NEW.issued_by {deny};
        END IF;
        NEW.issued_login := session_user;
    END IF;
    IF OLD.approved_by <> '' AND (NEW.draft_sha256 IS DISTINCT FROM OLD.draft_sha256
            OR NEW.content_json IS DISTINCT FROM OLD.content_json
            OR NEW.outcome_json IS DISTINCT FROM OLD.outcome_json) THEN
        RAISE EXCEPTION 'four-eyes rule: an approved draft cannot be changed (login %)', session_user {deny};
    END IF;
    IF NEW.state = 'issued' AND NEW.issued_by = '' THEN
        RAISE EXCEPTION 'forged issuer refused: a letter is issued only by a named officer (login %)',
            session_user {deny};
    END IF;
    IF NEW.state IN ('approved', 'issued') AND NEW.approved_by = '' THEN
        RAISE EXCEPTION 'four-eyes rule: a letter is approved or issued only after a reviewer '
            'approved it (login %)', session_user {deny};
    END IF;
    -- What a draft says never changes in place (Exemptio redrafts as a new letter): else a
    -- reviewer could rewrite someone else's draft and approve their own wording, or move an
    -- approved letter to another case.
    IF ROW(NEW.case_id, NEW.drafted_at, NEW.draft_sha256, NEW.content_json, NEW.outcome_json,
            NEW.language, NEW.legal_nature, NEW.registry_reference, NEW.template_id,
            NEW.template_version, NEW.checklist_id, NEW.checklist_version)
        IS DISTINCT FROM ROW(OLD.case_id, OLD.drafted_at, OLD.draft_sha256, OLD.content_json,
            OLD.outcome_json, OLD.language, OLD.legal_nature, OLD.registry_reference,
            OLD.template_id, OLD.template_version, OLD.checklist_id, OLD.checklist_version) THEN
        RAISE EXCEPTION 'four-eyes rule: a letter draft cannot be edited or moved to another case '
            '(login %): draft it again (exemptio letter draft)', session_user {deny};
    END IF;
    IF NEW.state IS DISTINCT FROM OLD.state AND NOT (
            (OLD.state = 'draft' AND NEW.state IN ('approved', 'superseded'))
            OR (OLD.state = 'approved' AND NEW.state IN ('issued', 'superseded'))) THEN
        RAISE EXCEPTION 'a letter cannot go from % back or over to % (login %)',
            OLD.state, NEW.state, session_user {deny};
    END IF;
    -- Once approved (issued), the approval's (issue's) record is written once: a field
    -- already filled in never changes (Exemptio fills them in one transaction).
    IF OLD.approved_by <> '' AND ({_changed(APPROVAL_FIELDS)}) THEN
        RAISE EXCEPTION 'four-eyes rule: the approval by % cannot be changed (login %)',
            OLD.approved_by, session_user {deny};
    END IF;
    IF OLD.issued_by <> '' AND ({_changed(ISSUE_FIELDS)}) THEN
        RAISE EXCEPTION 'an issued letter cannot be changed (login %): only a timestamp or '
            'revocation data is added (exemptio letter augment)', session_user {deny};
    END IF;
    RETURN NEW;
""",
            options=pin,
            declare=("me text;", "my_role text;"),
        ),
        trigger_function(
            "exemptio_case_origin",
            f"""\
    -- An imported case's letters may arrive approved (recorded as '(imported)'): a case of this
    -- server must not become "imported" afterwards, or a letter could be inserted approved.
    IF NEW.origin IS DISTINCT FROM OLD.origin AND NOT exemptio_is_owner(TG_RELID) THEN
        RAISE EXCEPTION 'the origin of case % cannot be changed (login %): it is set when a '
            'case is imported', OLD.reference, session_user {deny};
    END IF;
    RETURN NEW;
""",
            options=pin,
        ),
        trigger_function(
            "exemptio_evidence_fixed",
            f"""\
    IF exemptio_is_owner(TG_RELID) THEN
        RETURN NEW;
    END IF;
    IF ROW(NEW.case_id, NEW.sha256, NEW.size, NEW.added_by, NEW.added_at)
            IS DISTINCT FROM ROW(OLD.case_id, OLD.sha256, OLD.size, OLD.added_by, OLD.added_at) THEN
        RAISE EXCEPTION 'an evidence item''s case, hash, size and who added it cannot be changed '
            '(login %): add the file again as new evidence', session_user {deny};
    END IF;
    RETURN NEW;
""",
            options=pin,
        ),
        trigger_function(
            "exemptio_chunks_fixed",
            f"""\
    IF exemptio_is_owner(TG_RELID) THEN
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
    END IF;
    -- Exemptio writes a blob under a temporary key, then renames it to its SHA-256; stored
    -- bytes are never rewritten, extended or removed while evidence refers to them.
    IF TG_OP = 'INSERT' THEN
        IF NEW.sha256 NOT LIKE 'tmp-%' THEN
            RAISE EXCEPTION 'stored bytes are written under a temporary key only (login %)',
                session_user {deny};
        END IF;
        RETURN NEW;
    END IF;
    IF TG_OP = 'DELETE' THEN
        IF OLD.sha256 NOT LIKE 'tmp-%'
                AND EXISTS (SELECT 1 FROM evidence_blobs b WHERE b.sha256 = OLD.sha256) THEN
            RAISE EXCEPTION 'stored bytes % that evidence refers to cannot be removed (login %)',
                OLD.sha256, session_user {deny};
        END IF;
        RETURN OLD;
    END IF;
    IF OLD.sha256 NOT LIKE 'tmp-%' OR NEW.seq IS DISTINCT FROM OLD.seq
            OR NEW.data IS DISTINCT FROM OLD.data THEN
        RAISE EXCEPTION 'stored bytes cannot be changed (login %)', session_user {deny};
    END IF;
    RETURN NEW;
""",
            options=pin,
        ),
        trigger_function(
            "exemptio_head_is_an_event",
            f"""\
    IF exemptio_is_owner(TG_RELID) OR (NEW.last_id = 0 AND TG_OP = 'INSERT') THEN
        RETURN NULL;
    END IF;
    -- Checked at commit (the event and the head are written in one transaction), on the
    -- head as it is then: it names an event that exists, and no event lies beyond it.
    IF NOT EXISTS (SELECT 1 FROM audit_head h JOIN audit_events e
                ON e.id = h.last_id AND e.hash = h.last_hash WHERE h.id = NEW.id)
            OR EXISTS (SELECT 1 FROM audit_events e
                WHERE e.id > (SELECT h.last_id FROM audit_head h WHERE h.id = NEW.id)) THEN
        RAISE EXCEPTION 'the audit head must name the last audit event (login %)', session_user {deny};
    END IF;
    RETURN NULL;
""",
            options=pin,
        ),
        trigger_function(
            "exemptio_decided_on_record",
            f"""\
    IF exemptio_is_owner(TG_RELID) THEN
        RETURN NULL;
    END IF;
    -- Checked at commit: a case becomes decided only with its decision on record in the
    -- same transaction, as the application writes it: the case's newest transition event
    -- says "decided" and why (the issued letter, or the reason given for a decision
    -- without one). A bare UPDATE cases SET status = 'decided' is refused.
    SELECT e.after_json INTO last FROM audit_events e
        WHERE e.case_ref = NEW.reference AND e.action = 'case.transition'
        ORDER BY e.id DESC LIMIT 1;
    IF last IS NULL OR (last::jsonb ->> 'status') IS DISTINCT FROM 'decided'
            OR btrim(coalesce(last::jsonb ->> 'reason', '')) = '' THEN
        RAISE EXCEPTION 'case % cannot be decided without its decision on record (login %): '
            'issue its letter, or move it to decided with a reason', NEW.reference, session_user {deny};
    END IF;
    RETURN NULL;
""",
            options=pin,
            declare=("last text;",),
        ),
        f"""CREATE OR REPLACE FUNCTION exemptio_name_key(n text) RETURNS text
LANGUAGE sql IMMUTABLE {pin} AS $$
    SELECT lower(normalize(regexp_replace(btrim(n), '[[:space:]]+', ' ', 'g'), NFKC))
$$""",
    ]


WRITE = "BEFORE INSERT OR UPDATE OR DELETE"
PG_TRIGGERS = (
    trigger("trg_audit_events_login", "BEFORE INSERT", "audit_events", "exemptio_audit_login"),
    trigger("trg_audit_checkpoints_maker", "BEFORE INSERT", "audit_checkpoints", "exemptio_checkpoint_maker"),
    trigger("trg_officers_head_only", WRITE, "officers", "exemptio_head_only"),
    trigger("trg_officer_certificates_head_only", WRITE, "officer_certificates", "exemptio_head_only"),
    trigger("trg_letters_logins", "BEFORE INSERT OR UPDATE", "letters", "exemptio_letter_logins"),
    trigger("trg_cases_origin", "BEFORE UPDATE", "cases", "exemptio_case_origin"),
    trigger("trg_evidence_items_fixed", "BEFORE UPDATE", "evidence_items", "exemptio_evidence_fixed"),
    trigger("trg_blob_chunks_fixed", WRITE, "blob_chunks", "exemptio_chunks_fixed"),
    "CREATE CONSTRAINT TRIGGER trg_audit_head_is_an_event AFTER INSERT OR UPDATE ON audit_head "
    "DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION exemptio_head_is_an_event()",
    "CREATE CONSTRAINT TRIGGER trg_cases_decided_on_record AFTER UPDATE ON cases "
    "DEFERRABLE INITIALLY DEFERRED FOR EACH ROW "
    "WHEN (NEW.status = 'decided' AND OLD.status IS DISTINCT FROM 'decided') "
    "EXECUTE FUNCTION exemptio_decided_on_record()",
)

PG_DOWN = (
    "DROP TRIGGER IF EXISTS trg_cases_decided_on_record ON cases",
    "DROP FUNCTION IF EXISTS exemptio_decided_on_record()",
    "DROP TRIGGER IF EXISTS trg_audit_head_is_an_event ON audit_head",
    "DROP TRIGGER IF EXISTS trg_blob_chunks_fixed ON blob_chunks",
    "DROP TRIGGER IF EXISTS trg_evidence_items_fixed ON evidence_items",
    "DROP TRIGGER IF EXISTS trg_cases_origin ON cases",
    "DROP TRIGGER IF EXISTS trg_letters_logins ON letters",
    "DROP TRIGGER IF EXISTS trg_officer_certificates_head_only ON officer_certificates",
    "DROP TRIGGER IF EXISTS trg_officers_head_only ON officers",
    "DROP TRIGGER IF EXISTS trg_audit_events_login ON audit_events",
    "DROP TRIGGER IF EXISTS trg_audit_checkpoints_maker ON audit_checkpoints",
    "DROP FUNCTION IF EXISTS exemptio_head_is_an_event()",
    "DROP FUNCTION IF EXISTS exemptio_chunks_fixed()",
    "DROP FUNCTION IF EXISTS exemptio_evidence_fixed()",
    "DROP FUNCTION IF EXISTS exemptio_case_origin()",
    "DROP FUNCTION IF EXISTS exemptio_letter_logins()",
    "DROP FUNCTION IF EXISTS exemptio_head_only()",
    "DROP FUNCTION IF EXISTS exemptio_audit_login()",
    "DROP FUNCTION IF EXISTS exemptio_checkpoint_maker()",
    "DROP FUNCTION IF EXISTS exemptio_require_officer(text)",
    "DROP FUNCTION IF EXISTS exemptio_login_officer()",
    "DROP FUNCTION IF EXISTS exemptio_is_owner(oid)",
    "DROP FUNCTION IF EXISTS exemptio_name_key(text)",
)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        # The group roles stay (cluster-global: other databases may use them); their
        # privileges in this database go.
        execute_all(PG_DOWN)
        schema = _schema(op.get_bind())
        for role in GROUP_ROLES:
            op.execute(f'REVOKE ALL ON ALL TABLES IN SCHEMA "{schema}" FROM {role}')
            op.execute(f'REVOKE ALL ON ALL SEQUENCES IN SCHEMA "{schema}" FROM {role}')
            op.execute(f'REVOKE ALL ON SCHEMA "{schema}" FROM {role}')
    op.drop_column("audit_events", "db_login")
    for name in reversed(LETTER_LOGINS):
        op.drop_column("letters", name)
    op.drop_column("officer_certificates", "registration_cms")
    op.drop_index(op.f("ix_officers_db_login"), table_name="officers")
    op.drop_column("officers", "grant_cms")
    op.drop_column("officers", "granted_at")
    op.drop_column("officers", "granted_by")
    op.drop_column("officers", "db_login")
