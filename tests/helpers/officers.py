"""Officers with proven roles, for tests: the head of unit records themself with their own
key (bootstrap), then signs every role grant and certificate registration, as a
single-user (SQLite) database requires (app/services/grants.py). On a team database
(PostgreSQL) the same calls record the rows without signatures.

Every function takes either an ``AppContext`` or the ``cli`` fixture (then ``*db`` are
extra CLI arguments such as ``"--db", url``), and a test PKI (tests/unit/letter_testpki.py,
whose ``head_p12`` is the head of unit's key; ``HEAD`` is its name).

    make_head(cli, pki)                                   # HOLM Hanna, head of unit
    grant(cli, pki, "GONÇALVES Bruno", "reviewer")
    register_cert(cli, pki, "GONÇALVES Bruno", pki.second_p12)
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from tests.unit.letter_testpki import HEAD_CN, PASSPHRASE, Pki, cert_pem_of

HEAD = HEAD_CN


def _is_ctx(target: Any) -> bool:
    from app.services.context import AppContext

    return isinstance(target, AppContext)


def _ok(r: Any) -> Any:
    assert r.rc == 0, r.err
    return r


def passphrase_file(pki: Pki) -> Path:
    assert pki.head_p12 is not None
    p = pki.head_p12.with_name("test-passphrase.txt")
    if not p.exists():
        p.write_bytes(PASSPHRASE + b"\n")
    return p


def head_signer(pki: Pki) -> Any:
    from app.services.letters import sign

    assert pki.head_p12 is not None, "this test PKI has no head of unit key"
    return sign.load_pkcs12_signer(pki.head_p12, PASSPHRASE)


def _key_args(pki: Pki) -> list[str]:
    assert pki.head_p12 is not None, "this test PKI has no head of unit key"
    return ["--key", str(pki.head_p12), "--passphrase-file", str(passphrase_file(pki))]


def trust_root(target: Any, pki: Pki) -> None:
    """The test root CA as the trust anchor in Settings (grants are traced to it)."""
    from app.services.settings import Settings

    if _is_ctx(target):
        target.settings.extra["trust_anchor"] = str(pki.root_pem)
        path = target.paths.settings_file
    else:
        path = Path(os.environ["EXEMPTIO_HOME"]) / "settings.json"
    s = Settings.load(path)
    if s.extra.get("trust_anchor") != str(pki.root_pem):
        s.extra["trust_anchor"] = str(pki.root_pem)
        path.parent.mkdir(parents=True, exist_ok=True)
        s.save(path)


def _names(target: Any, *db: str) -> list[str]:
    if _is_ctx(target):
        from app.services import roles

        return [o.name for o in roles.list_officers(target)]
    return [o["name"] for o in _ok(target("officer", "list", "--json", *db)).json()]


def make_head(target: Any, pki: Pki, *db: str, name: str = HEAD) -> str:
    """Record the head of unit (``name`` must be the head key's certificate name) with their
    own key on a new database; returns the name. Idempotent."""
    trust_root(target, pki)
    if _is_ctx(target):
        from app.services import roles

        if any(o.name == name and o.role == "head" for o in roles.list_officers(target)):
            return name
        roles.set_officer(target, name, "head", actor=name, signer=head_signer(pki))
        return name
    rows = _ok(target("officer", "list", "--json", *db)).json()
    if not any(o["name"] == name and o["role"] == "head" for o in rows):
        _ok(target("officer", "add", name, "--role", "head", *_key_args(pki), "--officer", name, *db))
    return name


def grant(
    target: Any, pki: Pki, name: str, role: str, *db: str, unit: str | None = None, by: str = HEAD
) -> None:
    """The head of unit (made first when missing) grants ``role`` to ``name``, signed."""
    make_head(target, pki, *db, name=by)
    if _is_ctx(target):
        from app.services import roles

        roles.set_officer(target, name, role, unit=unit, actor=by, signer=head_signer(pki))
        return
    extra = ["--unit", unit] if unit is not None else []
    _ok(target("officer", "add", name, "--role", role, *extra, *_key_args(pki), "--officer", by, *db))


def register_cert(target: Any, pki: Pki, officer: str, cert: Path, *db: str, by: str = HEAD) -> None:
    """The head of unit registers ``cert`` (a PEM/DER certificate, or a test PKCS#12 file whose
    certificate is taken) for ``officer`` (recorded as an officer first when missing), signed."""
    make_head(target, pki, *db, name=by)
    pem = cert_pem_of(cert) if cert.suffix in (".p12", ".pfx") else cert
    if officer not in _names(target, *db):
        if _is_ctx(target):
            from app.services import roles

            roles.set_officer(target, officer, "officer", actor=by)
        else:
            _ok(target("officer", "add", officer, "--officer", by, *db))
    if _is_ctx(target):
        from app.services import officer_certs

        officer_certs.add_certificate(target, officer, pem, actor=by, signer=head_signer(pki))
        return
    _ok(target("officer", "cert", "add", officer, str(pem), *_key_args(pki), "--officer", by, *db))


def no_trust_anchor(home: Path) -> None:
    """Take the trust anchor out of Settings again (to test what happens without one; the
    signed grants then prove nothing until it is back)."""
    from app.services.settings import Settings

    path = home / "settings.json"
    s = Settings.load(path)
    if s.extra.pop("trust_anchor", None) is not None:
        s.save(path)
