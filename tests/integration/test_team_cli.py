"""The CLI contract on both backends: the same commands, the same answers,
on a SQLite file and on a PostgreSQL database (team mode)."""

from __future__ import annotations

import pytest


def _new(cli, db_url: str, title: str, provider: str = "Mistral AI", subject: str = "Mixtral") -> str:  # type: ignore[no-untyped-def]
    r = cli(
        "--db",
        db_url,
        "--officer",
        "Anna Kowalska",
        "case",
        "new",
        "--title",
        title,
        "--provider",
        provider,
        "--subject",
        subject,
    )
    assert r.rc == 0, r.err
    return r.out.strip()


def test_case_new_list_show(cli, db_url: str) -> None:  # type: ignore[no-untyped-def]
    ref1 = _new(cli, db_url, "Mixtral 8x22B open-source claim")
    ref2 = _new(cli, db_url, "Łódź model claim", provider="ŚMISZEK Krzysztof", subject="Bielik")
    assert ref1.endswith("-0001") and ref2.endswith("-0002")
    r = cli("case", "list", "--json", "--db", db_url)
    assert r.rc == 0, r.err
    refs = [c["reference"] for c in r.json()]
    assert refs == [ref2, ref1]
    r = cli("case", "show", ref2, "--json", "--db", db_url)
    assert r.rc == 0
    doc = r.json()
    assert doc["provider"] == "ŚMISZEK Krzysztof"
    assert doc["subject"]["name"] == "Bielik"
    assert doc["status"] == "draft"


def test_unknown_case_exit_2(cli, db_url: str) -> None:  # type: ignore[no-untyped-def]
    r = cli("case", "show", "AIO-2026-9999", "--db", db_url)
    assert r.rc == 2
    assert r.err.startswith("exemptio: ") and r.err.count("\n") == 1
    assert "AIO-2026-9999" in r.err


@pytest.mark.parametrize(
    ("query", "expect"),
    [
        ("smiszek", True),
        ("ŚMISZEK", True),
        ("smisz", True),
        ("lodz", True),
        ("bielik claim", True),
        ("nomatch", False),
        ('"*-NEAR( OR', False),
        ("AND", False),
        ("_", False),
        ("'", None),
    ],
)
def test_search_same_on_both(cli, db_url: str, query: str, expect: bool | None) -> None:  # type: ignore[no-untyped-def]
    ref = _new(cli, db_url, "Łódź model claim", provider="ŚMISZEK Krzysztof", subject="Bielik")
    r = cli("case", "list", "--json", "--search", query, "--db", db_url)
    if expect is None:  # no searchable words: refused with a hint (issue 18), on both alike
        assert r.rc == 2 and "no words to look for" in r.err, (ref, r.err)
        return
    assert r.rc == 0, r.err
    found = [c["reference"] for c in r.json()]
    assert (found == [ref]) is expect


def test_transitions_and_audit_verify(cli, db_url: str) -> None:  # type: ignore[no-untyped-def]
    ref = _new(cli, db_url, "Transition test")
    for target in ("intake", "assessment", "review"):
        r = cli("--officer", "Anna Kowalska", "case", "move", ref, target, "--db", db_url)
        assert r.rc == 0, r.err
    r = cli("--officer", "Anna Kowalska", "case", "move", ref, "closed", "--db", db_url)
    assert r.rc == 2 and "cannot move" in r.err
    r = cli("--officer", "Anna Kowalska", "case", "assign", ref, "Jan Nowak", "--db", db_url)
    assert r.rc == 2 and "No officer named 'Jan Nowak' is recorded" in r.err  # issue 18
    assert (
        cli("officer", "add", "Jan Nowak", "--role", "officer", "--officer", "Jan Nowak", "--db", db_url).rc
        == 0
    )
    r = cli("--officer", "Anna Kowalska", "case", "assign", ref, "Jan Nowak", "--db", db_url)
    assert r.rc == 0, r.err
    r = cli("case", "list", "--json", "--assigned", "Jan Nowak", "--db", db_url)
    assert [c["reference"] for c in r.json()] == [ref]
    r = cli("audit", "verify", "--json", "--db", db_url)
    assert r.rc == 0, r.err
    doc = r.json()
    assert doc == {"events": 6, "intact": True, "problems": []}  # officer add is audited too


def test_audit_verify_detects_tampering(cli, db_url: str) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import text

    from db.engine import make_engine

    _new(cli, db_url, "Tamper test")
    eng = make_engine(db_url)
    with eng.begin() as c:  # the attacker first switches off the append-only trigger (issue 16)
        if eng.dialect.name == "postgresql":
            c.execute(text("ALTER TABLE audit_events DISABLE TRIGGER USER"))
        else:
            c.execute(text("DROP TRIGGER IF EXISTS trg_audit_events_no_update"))
        c.execute(text("UPDATE audit_events SET actor = 'Mallory' WHERE id = 1"))
    eng.dispose()
    r = cli("audit", "verify", "--db", db_url)
    assert r.rc == 1
    assert "event 1" in r.err


def test_officer_roles_cli(cli, db_url: str, pki) -> None:  # type: ignore[no-untyped-def]
    from tests.helpers.officers import HEAD, passphrase_file, trust_root

    trust_root(cli, pki)
    key = ["--key", str(pki.head_p12), "--passphrase-file", str(passphrase_file(pki))]
    if db_url.startswith("sqlite"):  # single-user: a role above officer is signed by the head's key
        r = cli("--officer", HEAD, "officer", "add", HEAD, "--role", "head", "--db", db_url)
        assert r.rc == 2 and "give the head's key" in r.err, r.err
    r = cli("--officer", HEAD, "officer", "add", HEAD, "--role", "head", *key, "--db", db_url)
    assert r.rc == 0, r.err
    r = cli("--officer", HEAD, "officer", "add", "Rita Reviewer", "--role", "reviewer", *key, "--db", db_url)
    assert r.rc == 0, r.err
    r = cli("--officer", HEAD, "officer", "add", "Audrey Auditor", "--role", "auditor", "--db", db_url)
    assert r.rc == 0, r.err
    r = cli("officer", "list", "--json", "--db", db_url)
    roles = {o["name"]: o["role"] for o in r.json()}
    assert roles == {HEAD: "head", "Rita Reviewer": "reviewer", "Audrey Auditor": "auditor"}
    # Only a head of unit grants roles once one exists.
    r = cli("--officer", "Rita Reviewer", "officer", "add", "Eve", "--role", "head", "--db", db_url)
    assert r.rc == 2 and "head of unit" in r.err
    # An auditor reads but changes nothing.
    r = cli(
        "--officer",
        "Audrey Auditor",
        "case",
        "new",
        "--title",
        "x",
        "--provider",
        "p",
        "--subject",
        "s",
        "--db",
        db_url,
    )
    assert r.rc == 2 and "auditor" in r.err.lower()
    r = cli("--officer", "Audrey Auditor", "case", "list", "--db", db_url)
    assert r.rc == 0
    r = cli("officer", "add", "X", "--role", "wizard", "--db", db_url)
    assert r.rc == 2


def test_unreachable_server_one_line(cli) -> None:  # type: ignore[no-untyped-def]
    # Nothing listens on port 9 (discard) of localhost.
    url = "postgresql+psycopg://exemptio@127.0.0.1:9/exemptio?connect_timeout=3"
    r = cli("case", "list", "--db", url)
    assert r.rc == 2
    assert r.err.startswith("exemptio: ") and r.err.count("\n") == 1
    assert "127.0.0.1:9" in r.err and "Traceback" not in r.err
    assert "Cannot reach the team database" in r.err and "local database" in r.err


def test_wrong_database_name_is_not_called_an_outage(cli, pg_url: str) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy.engine import make_url

    url = make_url(pg_url).set(database="no_such_db").render_as_string(hide_password=False)
    r = cli("case", "list", "--db", url)
    assert r.rc == 2 and r.err.count("\n") == 1
    assert "Cannot use the database" in r.err and "no_such_db" in r.err


def test_evidence_add_list_verify_on_both(cli, db_url: str, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """On PostgreSQL the bytes live in the database (blob_chunks), on SQLite in the folder."""
    from sqlalchemy import text

    from db.engine import make_engine

    ref = _new(cli, db_url, "Evidence test")
    f = tmp_path / "LICENSE.txt"
    f.write_text("Apache License 2.0 — Łódź test\n" * 100, encoding="utf-8")
    r = cli("--officer", "Anna Kowalska", "evidence", "add", ref, str(f), "--json", "--db", db_url)
    assert r.rc == 0, r.err
    r = cli("evidence", "list", ref, "--json", "--db", db_url)
    assert r.rc == 0, r.err
    r = cli("--officer", "Anna Kowalska", "evidence", "verify", ref, "--db", db_url)
    assert r.rc == 0, r.err
    r = cli("case", "list", "--json", "--search", "lodz apache", "--db", db_url)
    assert [c["reference"] for c in r.json()] == [ref]
    eng = make_engine(db_url)
    with eng.begin() as c:
        chunks = c.execute(text("SELECT count(*) FROM blob_chunks")).scalar()
        if db_url.startswith("postgresql"):
            assert chunks == 1
            c.execute(text("UPDATE blob_chunks SET data = :d"), {"d": b"tampered"})
        else:
            assert chunks == 0
    eng.dispose()
    if db_url.startswith("postgresql"):
        r = cli("--officer", "Anna Kowalska", "evidence", "verify", ref, "--db", db_url)
        assert r.rc == 1 and "changed" in r.err


def test_archive_round_trip_between_laptop_and_team_server(cli, tmp_path, pg_url: str) -> None:  # type: ignore[no-untyped-def]
    """Offline work: a case made on a local SQLite database moves to the team
    server (and back) through an archive, evidence bytes included."""
    local = "sqlite:///" + str(tmp_path / "laptop.db")
    ref = _new(cli, local, "Offline case", provider="ŚMISZEK Krzysztof")
    f = tmp_path / "card.md"
    f.write_text("# Model card\nApache-2.0\n", encoding="utf-8")
    assert cli("--officer", "Anna Kowalska", "evidence", "add", ref, str(f), "--db", local).rc == 0
    out = tmp_path / "case.zip"
    r = cli("--officer", "Anna Kowalska", "archive", "export", ref, "--out", str(out), "--db", local)
    assert r.rc == 0, r.err
    r = cli("--officer", "Anna Kowalska", "archive", "import", str(out), "--json", "--db", pg_url)
    assert r.rc == 0, r.err
    r = cli("case", "list", "--json", "--search", "smiszek", "--db", pg_url)
    assert [c["reference"] for c in r.json()] == [ref]
    r = cli("--officer", "Anna Kowalska", "evidence", "verify", ref, "--json", "--db", pg_url)
    assert r.rc == 0, r.err
    assert r.json()["checked"] == 1
    assert cli("audit", "verify", "--db", pg_url).rc == 0
    back = tmp_path / "back.zip"
    r = cli("--officer", "Anna Kowalska", "archive", "export", ref, "--out", str(back), "--db", pg_url)
    assert r.rc == 0, r.err
    assert cli("archive", "verify", str(back)).rc == 0
