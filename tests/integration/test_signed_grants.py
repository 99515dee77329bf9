"""Single-user mode (SQLite, issue 14 items 1 and 3): a role above officer and a registered
certificate rest on the head of unit's signature, not on a typed name or on what a row says.

The attacks are made as an attacker would: typing the head's name, and editing the file with
the real ``sqlite3`` tool (role changed, grant copied from another officer or from another
database, certificate swapped, a withdrawn certificate brought back, a second "first head")."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
from pathlib import Path
from typing import Any

import pytest

from tests.helpers.officers import HEAD, grant, make_head, passphrase_file, register_cert, trust_root
from tests.unit.letter_testpki import OFFICER_CN, PASSPHRASE, REVIEWER_CN, Pki, make_pki, softhsm_token

EVE = OFFICER_CN  # an officer with a genuine certificate of the AI Office's CA, who wants more
REVIEWER = REVIEWER_CN


def _ok(r: Any) -> Any:
    assert r.rc == 0, r.err
    return r


def _db(home: Path) -> Path:
    return home / "exemptio.db"


def sqlite3_cli(home: Path, sql: str) -> str:
    """Run ``sql`` with the real sqlite3 command-line tool, as an attacker with the file would."""
    assert shutil.which("sqlite3"), "the sqlite3 command-line tool is needed (apt-get install sqlite3)"
    p = subprocess.run(["sqlite3", str(_db(home))], input=sql, capture_output=True, text=True, check=False)
    assert p.returncode == 0, p.stderr
    return p.stdout


def _rows(home: Path) -> list[tuple[Any, ...]]:
    with sqlite3.connect(_db(home)) as db:
        return list(db.execute("SELECT name, role, grant_cms FROM officers ORDER BY id"))


def whoami(cli: Any, name: str) -> dict[str, Any]:
    doc: dict[str, Any] = _ok(cli("officer", "whoami", "--json", "--officer", name)).json()
    return doc


def standing(cli: Any, name: str) -> dict[str, Any]:
    return next(o for o in _ok(cli("officer", "list", "--json")).json() if o["name"] == name)


def key(p12: Path | None, pki: Pki) -> list[str]:
    assert p12 is not None
    return ["--key", str(p12), "--passphrase-file", str(passphrase_file(pki))]


@pytest.fixture
def unit(cli, home, pki):  # type: ignore[no-untyped-def]
    """A database with its head of unit (self-recorded), a reviewer and Eve, an officer whose
    own certificate is registered."""
    make_head(cli, pki)
    grant(cli, pki, REVIEWER, "reviewer")
    register_cert(cli, pki, REVIEWER, pki.second_p12)
    register_cert(cli, pki, EVE, pki.officer_p12)
    return cli


# --- typed names -----------------------------------------------------------------------


def test_typing_the_heads_name_grants_nothing(cli, home, pki) -> None:  # type: ignore[no-untyped-def]
    trust_root(cli, pki)
    r = cli("--officer", HEAD, "officer", "add", "Eve", "--role", "head")
    assert r.rc == 2 and f"Only the head of unit can grant roles; {HEAD} is not a proven head" in r.err
    assert _rows(home) == []
    # Eve's own genuine key cannot make someone else the first head, nor Eve under another name
    r = cli("--officer", HEAD, "officer", "add", HEAD, "--role", "head", *key(pki.officer_p12, pki))
    assert r.rc == 2 and f"names {EVE}, not {HEAD}" in r.err, r.err
    assert _rows(home) == []
    make_head(cli, pki)
    r = cli("--officer", HEAD, "officer", "add", "Eve", "--role", "head")
    assert r.rc == 2 and "give the head's key" in r.err
    r = cli("--officer", EVE, "officer", "add", EVE, "--role", "head", *key(pki.officer_p12, pki))
    assert r.rc == 2 and "not registered to any officer" in r.err, r.err
    assert [n for n, _r, _g in _rows(home)] == [HEAD]


def test_the_key_must_be_the_acting_heads(unit, home, pki) -> None:  # type: ignore[no-untyped-def]
    before = _rows(home)
    # the head's key, but someone else typed in as the acting officer
    r = unit("--officer", REVIEWER, "officer", "add", EVE, "--role", "reviewer", *key(pki.head_p12, pki))
    assert r.rc == 2 and f"registered to {HEAD}, not to the acting officer {REVIEWER}" in r.err, r.err
    # a reviewer's own registered key grants nothing
    r = unit("--officer", REVIEWER, "officer", "add", EVE, "--role", "reviewer", *key(pki.second_p12, pki))
    assert r.rc == 2 and f"Only the head of unit can grant roles; {REVIEWER} is not a proven head" in r.err
    r = unit(
        "--officer", REVIEWER, "officer", "cert", "add", EVE, str(pki.second_pem), *key(pki.second_p12, pki)
    )
    assert r.rc == 2 and "Only the head of unit" in r.err, r.err
    assert _rows(home) == before


def test_signed_grants_are_proven_and_audited(unit, home, pki) -> None:  # type: ignore[no-untyped-def]
    assert whoami(unit, HEAD) == {"name": HEAD, "role": "head", "recorded_role": "head", "grant": "proven"}
    assert whoami(unit, REVIEWER)["role"] == "reviewer" and whoami(unit, REVIEWER)["grant"] == "proven"
    assert whoami(unit, EVE)["role"] == "officer"
    out = _ok(unit("officer", "list")).out
    assert "not proven" not in out and f"{REVIEWER}\treviewer" in out
    with sqlite3.connect(_db(home)) as db:
        actions = [a for (a,) in db.execute("SELECT action FROM audit_events ORDER BY id")]
        granted_by = db.execute("SELECT granted_by FROM officers WHERE name = ?", (REVIEWER,)).fetchone()[0]
    assert actions.count("officer.certificate_added") == 3 and granted_by == HEAD
    assert _ok(unit("audit", "verify")).rc == 0
    # the stored grant is a CMS signature anyone can check with openssl
    grant_cms = dict((n, g) for n, _r, g in _rows(home))[REVIEWER]
    der = home / "grant.p7m"
    der.write_bytes(grant_cms)
    p = subprocess.run(
        ["openssl", "cms", "-verify", "-inform", "DER", "-in", str(der), "-CAfile", str(pki.root_pem),
         "-purpose", "any"],
        capture_output=True, check=False,
    )  # fmt: skip
    assert p.returncode == 0, p.stderr
    doc = json.loads(p.stdout)
    assert (
        doc["role"] == "reviewer"
        and doc["granted_by"] == HEAD.casefold()
        and doc["officer"] == REVIEWER.casefold()
    )


def test_the_settings_role_grants_nothing(cli, home, pki) -> None:  # type: ignore[no-untyped-def]
    from app.services.settings import Settings

    make_head(cli, pki)
    s = Settings.load(home / "settings.json")
    s.officer_name, s.officer_role = EVE, "head"
    s.save(home / "settings.json")
    _ok(cli("officer", "add", EVE, "--officer", HEAD))
    assert whoami(cli, EVE)["role"] == "officer"
    r = cli("officer", "add", "Mallory", "--role", "reviewer", "--officer", EVE)
    assert r.rc == 2


# --- the file edited with sqlite3 ----------------------------------------------------------


def test_role_changed_with_sqlite3(unit, home, pki) -> None:  # type: ignore[no-untyped-def]
    sqlite3_cli(home, f"UPDATE officers SET role = 'head' WHERE name = '{EVE}';")
    who = whoami(unit, EVE)
    assert who["role"] == "officer" and who["recorded_role"] == "head"
    assert who["grant"].startswith("not proven: no signed grant is stored"), who
    text = _ok(unit("officer", "whoami", "--officer", EVE)).out
    assert "grant not proven" in text and "recorded as head of unit" in text
    r = unit("officer", "add", "Mallory", "--officer", EVE)
    assert r.rc == 2 and "Only the head of unit" in r.err
    # a proven reviewer raised to head: the grant says reviewer
    sqlite3_cli(home, f"UPDATE officers SET role = 'head' WHERE name = '{REVIEWER}';")
    who = whoami(unit, REVIEWER)
    assert who["role"] == "officer" and "the grant says reviewer, the table says head" in who["grant"]
    line = next(x for x in _ok(unit("officer", "list")).out.splitlines() if x.startswith(REVIEWER))
    assert "grant not proven: the grant says reviewer, the table says head" in line
    assert whoami(unit, HEAD)["grant"] == "proven"  # the others keep theirs


def test_grant_copied_from_another_officer(unit, home) -> None:  # type: ignore[no-untyped-def]
    sqlite3_cli(
        home,
        f"UPDATE officers SET role = 'reviewer', granted_by = '{HEAD}', "
        f"grant_cms = (SELECT grant_cms FROM officers WHERE name = '{REVIEWER}') WHERE name = '{EVE}';",
    )
    who = whoami(unit, EVE)
    assert who["role"] == "officer" and "the grant was signed for another officer" in who["grant"], who
    # the head's own grant copied: says head, but for someone else
    sqlite3_cli(
        home,
        f"UPDATE officers SET role = 'head', "
        f"grant_cms = (SELECT grant_cms FROM officers WHERE name = '{HEAD}') WHERE name = '{EVE}';",
    )
    assert "signed for another officer" in whoami(unit, EVE)["grant"]
    assert whoami(unit, REVIEWER)["role"] == "reviewer"


def test_grant_copied_from_another_database(unit, home, tmp_path, pki, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The same head granted Eve head of unit in a training database: worthless here."""
    from app.cli.main import main

    other = tmp_path / "training"
    monkeypatch.setenv("EXEMPTIO_HOME", str(other))

    def cli2(*args: str) -> Any:
        import io
        from contextlib import redirect_stderr, redirect_stdout

        from tests.conftest import CliResult

        out, err = io.StringIO(), io.StringIO()
        with redirect_stdout(out), redirect_stderr(err):
            rc = main(list(args))
        return CliResult(rc, out.getvalue(), err.getvalue())

    make_head(cli2, pki)
    register_cert(cli2, pki, EVE, pki.officer_p12)
    grant(cli2, pki, EVE, "head")
    assert _ok(cli2("officer", "whoami", "--json", "--officer", EVE)).json()["role"] == "head"
    monkeypatch.setenv("EXEMPTIO_HOME", str(home))
    sqlite3_cli(
        home,
        f"ATTACH '{other / 'exemptio.db'}' AS t; UPDATE officers SET role = 'head', "
        f"grant_cms = (SELECT grant_cms FROM t.officers WHERE name = '{EVE}') WHERE name = '{EVE}';",
    )
    who = whoami(unit, EVE)
    assert who["role"] == "officer" and "the grant was made for another database" in who["grant"], who


def _forge(pki: Pki, p12: Path | None, doc: dict[str, Any]) -> str:
    """A grant statement signed with ``p12`` (the attacker runs the same code), as hex."""
    from app.services import grants
    from app.services.letters import sign

    assert p12 is not None
    return grants.sign_statement(sign.load_pkcs12_signer(p12, PASSPHRASE), doc).hex()


def _database_id(home: Path) -> str:
    with sqlite3.connect(_db(home)) as db:
        return str(db.execute("SELECT hash FROM audit_events WHERE id = 1").fetchone()[0])


def test_certificate_swapped_with_sqlite3(unit, home, pki) -> None:  # type: ignore[no-untyped-def]
    """Eve signs a grant naming the head as granter with her own key, then puts her certificate in
    place of the head's registered one (fingerprint and DER), or moves her row to the head."""
    from app.services import grants
    from app.services.letters import certcheck
    from tests.unit.letter_testpki import cert_pem_of

    eve_cert = certcheck.load_certificates(cert_pem_of(pki.officer_p12).read_bytes())[0]
    eve_fp = certcheck.fingerprint(eve_cert)
    at = grants._now()
    forged = _forge(pki, pki.officer_p12, grants.grant_statement(_database_id(home), EVE, "head", HEAD, at))
    sqlite3_cli(home, f"UPDATE officers SET role = 'head', grant_cms = X'{forged}' WHERE name = '{EVE}';")
    who = whoami(unit, EVE)
    assert who["role"] == "officer" and f"not registered to {HEAD}" in who["grant"], who
    # her registered certificate moved to the head's name
    sqlite3_cli(
        home,
        f"UPDATE officer_certificates SET officer_id = (SELECT id FROM officers WHERE name = '{HEAD}') "
        f"WHERE fingerprint_sha256 = '{eve_fp}';",
    )
    who = whoami(unit, EVE)
    assert who["role"] == "officer" and "registered for another officer" in who["grant"], who
    # her certificate written over the head's registered one (fingerprint and DER)
    sqlite3_cli(
        home,
        f"DELETE FROM officer_certificates WHERE fingerprint_sha256 = '{eve_fp}'; "
        f"UPDATE officer_certificates SET fingerprint_sha256 = '{eve_fp}', der = X'{eve_cert.dump().hex()}' "
        f"WHERE officer_id = (SELECT id FROM officers WHERE name = '{HEAD}');",
    )
    who = whoami(unit, EVE)
    assert who["role"] == "officer" and "the registration names another certificate" in who["grant"], who
    assert whoami(unit, HEAD)["role"] == "officer"  # the head's own proof is gone too: nobody gains
    # only the DER swapped, fingerprint kept
    assert "grant not proven" in _ok(unit("officer", "list")).out


def test_der_swapped_under_the_same_fingerprint(unit, home, pki) -> None:  # type: ignore[no-untyped-def]
    from app.services.letters import certcheck
    from tests.unit.letter_testpki import cert_pem_of

    eve_der = certcheck.load_certificates(cert_pem_of(pki.officer_p12).read_bytes())[0].dump().hex()
    sqlite3_cli(
        home,
        f"UPDATE officer_certificates SET der = X'{eve_der}' "
        f"WHERE officer_id = (SELECT id FROM officers WHERE name = '{HEAD}');",
    )
    who = whoami(unit, HEAD)
    assert who["role"] == "officer" and "is not the one its fingerprint names" in who["grant"], who


def test_a_second_first_head_written_by_hand(unit, home, pki) -> None:  # type: ignore[no-untyped-def]
    """Eve makes herself a "first head" with her own genuine key and the same code: neither the real
    head nor she stands; nobody gains a role and both say why."""
    from app.services import grants
    from app.services.letters import certcheck
    from tests.unit.letter_testpki import cert_pem_of

    eve_fp = certcheck.fingerprint(certcheck.load_certificates(cert_pem_of(pki.officer_p12).read_bytes())[0])
    db_id, at = _database_id(home), grants._now()
    g = _forge(pki, pki.officer_p12, grants.grant_statement(db_id, EVE, "head", EVE, at, bootstrap=True))
    reg = _forge(pki, pki.officer_p12, grants.cert_statement(db_id, EVE, eve_fp, EVE, at))
    sqlite3_cli(
        home,
        f"UPDATE officers SET role = 'head', grant_cms = X'{g}' WHERE name = '{EVE}'; "
        f"UPDATE officer_certificates SET registration_cms = X'{reg}' WHERE fingerprint_sha256 = '{eve_fp}';",
    )
    for name in (EVE, HEAD):
        who = whoami(unit, name)
        assert who["role"] == "officer" and "more than one officer claims" in who["grant"], who
    assert whoami(unit, REVIEWER)["role"] == "officer"  # granted by a head who no longer stands


def test_a_withdrawn_certificate_brought_back(unit, home, pki) -> None:  # type: ignore[no-untyped-def]
    from app.services import grants
    from app.services.context import open_context
    from app.services.letters import certcheck
    from tests.unit.letter_testpki import cert_pem_of

    fp = certcheck.fingerprint(certcheck.load_certificates(cert_pem_of(pki.second_p12).read_bytes())[0])
    r = unit("officer", "cert", "remove", REVIEWER, fp[:16], "--officer", HEAD)
    assert r.rc == 2 and "give the head's key" in r.err
    _ok(unit("officer", "cert", "remove", REVIEWER, fp[:16], *key(pki.head_p12, pki), "--officer", HEAD))
    sqlite3_cli(home, f"UPDATE officer_certificates SET removed_at = NULL WHERE fingerprint_sha256 = '{fp}';")
    ctx = open_context(officer=REVIEWER)
    try:
        with __import__("db.uow", fromlist=["unit_of_work"]).unit_of_work(ctx.engine, readonly=True) as s:
            assert "withdrawn by the head of unit" in grants.certificate_problem(ctx, s, fp)
    finally:
        ctx.close()


# --- bootstrap and keys ---------------------------------------------------------------------


def test_first_head_needs_a_trust_anchor(cli, home, pki) -> None:  # type: ignore[no-untyped-def]
    r = cli("--officer", HEAD, "officer", "add", HEAD, "--role", "head", *key(pki.head_p12, pki))
    assert r.rc == 2 and "no trust anchor is set in Settings" in r.err, r.err
    assert _rows(home) == []
    trust_root(cli, pki)
    _ok(cli("--officer", HEAD, "officer", "add", HEAD, "--role", "head", *key(pki.head_p12, pki)))
    # the anchor replaced by another CA: no grant traces back any more
    other = make_pki(home.parent / "other-pki")
    from app.services.settings import Settings

    s = Settings.load(home / "settings.json")
    s.extra["trust_anchor"] = str(other.root_pem)
    s.save(home / "settings.json")
    who = whoami(cli, HEAD)
    assert who["role"] == "officer" and "does not chain to the trust anchor" in who["grant"], who


def test_expired_key_cannot_grant(cli, home, pki) -> None:  # type: ignore[no-untyped-def]
    make_head(cli, pki)
    r = cli("--officer", HEAD, "officer", "add", REVIEWER, "--role", "reviewer", *key(pki.expired_p12, pki))
    assert r.rc == 2 and "expired" in r.err, r.err


def test_grant_with_a_pkcs11_token(exemptio, home, tmp_path, pki) -> None:  # type: ignore[no-untyped-def]
    """The token holds the officer's key (OFFICER_CN), who is the first head of this database."""
    env = softhsm_token(tmp_path / "hsm", pki)
    pin = tmp_path / "pin.txt"
    pin.write_text("1234\n")
    home.mkdir(parents=True, exist_ok=True)
    (home / "settings.json").write_text(json.dumps({"extra": {"trust_anchor": str(pki.root_pem)}}))
    token = ["--pkcs11-lib", "/usr/lib/softhsm/libsofthsm2.so", "--token-label", "exemptio",
             "--key-label", "officer", "--passphrase-file", str(pin), "--officer", EVE]  # fmt: skip
    r = exemptio("officer", "add", EVE, "--role", "head", *token, env=env)
    assert r.rc == 0, r.err
    r = exemptio("officer", "add", REVIEWER, "--role", "reviewer", *token, env=env)
    assert r.rc == 0, r.err
    r = exemptio("officer", "whoami", "--json", "--officer", REVIEWER, env=env)
    assert r.rc == 0 and json.loads(r.out)["grant"] == "proven", r.out + r.err


def test_role_checks_verify_once_per_change(ctx, pki, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Verification is cached by the rows' content: many role checks verify each grant once,
    and a changed row is verified again."""
    from app.services import grants, roles

    make_head(ctx, pki)
    grant(ctx, pki, REVIEWER, "reviewer")
    opened: list[int] = []
    real = grants.open_signed

    def counting(data: bytes | None) -> grants.Opened:
        opened.append(1)
        return real(data)

    monkeypatch.setattr(grants.chain, "open_signed", counting)  # where the resolver looks it up
    ctx.extras.pop("grants.standings", None)
    for _ in range(50):
        assert roles.role_of(ctx, actor=REVIEWER) == "reviewer"
    first = len(opened)
    assert 0 < first <= 4  # two grants and two registrations, verified once
    grant(ctx, pki, EVE, "reviewer")
    assert roles.role_of(ctx, actor=EVE) == "reviewer"
    assert roles.role_of(ctx, actor=EVE) == "reviewer"
    assert first < len(opened) <= 2 * first + 2
