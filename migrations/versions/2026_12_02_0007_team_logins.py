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
NO_DELETE = ("letters",)
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
        for sql in _pg_functions():
            op.execute(sql)
        for sql in PG_TRIGGERS:
            op.execute(sql)


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


def _pg_functions() -> list[str]:
    # search_path pinned with pg_temp LAST: a login cannot shadow ``officers`` with a
    # temporary table of its own (pg_temp is otherwise searched first).
    schema = _schema(op.get_bind())
    pin = f'SET search_path = "{schema}", pg_catalog, pg_temp'
    head = "pg_has_role(session_user, 'exemptio_head', 'MEMBER')"
    approver = f"(pg_has_role(session_user, 'exemptio_reviewer', 'MEMBER') OR {head})"
    deny = "USING ERRCODE = 'insufficient_privilege'"
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
        f"""CREATE OR REPLACE FUNCTION exemptio_audit_login() RETURNS trigger
LANGUAGE plpgsql {pin} AS $$
DECLARE
    me text;
BEGIN
    NEW.db_login := session_user;
    IF exemptio_is_owner(TG_RELID) THEN
        RETURN NEW;  -- setup mode (the schema owner): only its login is recorded
    END IF;
    SELECT o.name INTO me FROM exemptio_login_officer() o;
    PERFORM exemptio_require_officer(me);
    IF NEW.actor IS DISTINCT FROM me THEN
        RAISE EXCEPTION 'forged audit actor refused: the login % is officer %, not %',
            session_user, me, NEW.actor {deny};
    END IF;
    RETURN NEW;
END $$""",
        f"""CREATE OR REPLACE FUNCTION exemptio_checkpoint_maker() RETURNS trigger
LANGUAGE plpgsql {pin} AS $$
DECLARE
    me text;
BEGIN
    IF exemptio_is_owner(TG_RELID) THEN
        RETURN NEW;
    END IF;
    SELECT o.name INTO me FROM exemptio_login_officer() o;
    PERFORM exemptio_require_officer(me);
    IF NEW.made_by IS DISTINCT FROM me THEN
        RAISE EXCEPTION 'forged checkpoint maker refused: the login % is officer %, not %',
            session_user, me, NEW.made_by {deny};
    END IF;
    RETURN NEW;
END $$""",
        f"""CREATE OR REPLACE FUNCTION exemptio_head_only() RETURNS trigger
LANGUAGE plpgsql {pin} AS $$
DECLARE
    me text;
    my_role text;
BEGIN
    IF exemptio_is_owner(TG_RELID) THEN
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
    END IF;
    SELECT o.name, o.role INTO me, my_role FROM exemptio_login_officer() o;
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
END $$""",
        f"""CREATE OR REPLACE FUNCTION exemptio_letter_logins() RETURNS trigger
LANGUAGE plpgsql {pin} AS $$
DECLARE
    me text;
    my_role text;
BEGIN
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
    RETURN NEW;
END $$""",
    ]


PG_TRIGGERS = (
    "CREATE TRIGGER trg_audit_events_login BEFORE INSERT ON audit_events "
    "FOR EACH ROW EXECUTE FUNCTION exemptio_audit_login()",
    "CREATE TRIGGER trg_audit_checkpoints_maker BEFORE INSERT ON audit_checkpoints "
    "FOR EACH ROW EXECUTE FUNCTION exemptio_checkpoint_maker()",
    "CREATE TRIGGER trg_officers_head_only BEFORE INSERT OR UPDATE OR DELETE ON officers "
    "FOR EACH ROW EXECUTE FUNCTION exemptio_head_only()",
    "CREATE TRIGGER trg_officer_certificates_head_only BEFORE INSERT OR UPDATE OR DELETE "
    "ON officer_certificates FOR EACH ROW EXECUTE FUNCTION exemptio_head_only()",
    "CREATE TRIGGER trg_letters_logins BEFORE INSERT OR UPDATE ON letters "
    "FOR EACH ROW EXECUTE FUNCTION exemptio_letter_logins()",
)

PG_DOWN = (
    "DROP TRIGGER IF EXISTS trg_letters_logins ON letters",
    "DROP TRIGGER IF EXISTS trg_officer_certificates_head_only ON officer_certificates",
    "DROP TRIGGER IF EXISTS trg_officers_head_only ON officers",
    "DROP TRIGGER IF EXISTS trg_audit_events_login ON audit_events",
    "DROP TRIGGER IF EXISTS trg_audit_checkpoints_maker ON audit_checkpoints",
    "DROP FUNCTION IF EXISTS exemptio_letter_logins()",
    "DROP FUNCTION IF EXISTS exemptio_head_only()",
    "DROP FUNCTION IF EXISTS exemptio_audit_login()",
    "DROP FUNCTION IF EXISTS exemptio_checkpoint_maker()",
    "DROP FUNCTION IF EXISTS exemptio_require_officer(text)",
    "DROP FUNCTION IF EXISTS exemptio_login_officer()",
    "DROP FUNCTION IF EXISTS exemptio_is_owner(oid)",
)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        # The group roles stay (cluster-global: other databases may use them); their
        # privileges in this database go.
        for sql in PG_DOWN:
            op.execute(sql)
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
