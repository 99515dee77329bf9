"""The demo's head of unit (single-user mode, issue 14): on SQLite a reviewer's role and a
registered certificate count only when a head of unit signed them (:mod:`app.services.grants`),
so the demo brings a fictional head, "Fictional Head of Unit (demo)", with a key of a fictional
demo unit CA (``demo/demo-head.p12``, passphrase in ``demo/demo-passphrase.txt``), who records
themself, grants the demo reviewer's role and registers the demo keys' certificates.

The demo unit CA becomes the trust anchor in Settings only while none is set: a real trust
anchor is never changed nor extended with a fictional CA. With a real anchor set the demo's
roles stay unproven (its reviewer is then an officer) and the demo says so."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app.domain.errors import BadInput
from app.services import grants
from app.services.context import AppContext

DEMO_HEAD = "Fictional Head of Unit (demo)"
PASSPHRASE = b"demo"


def _head_key(ctx: AppContext) -> tuple[Path, Path]:
    """(demo head's PKCS#12 file, the demo unit CA's certificate), made once."""
    from app.services.demo.pki import make_ca, make_signer, now, write_p12, write_pem

    folder = ctx.paths.home / "demo"
    p12, ca_pem = folder / "demo-head.p12", folder / "demo-unit-ca.pem"
    if p12.exists() and ca_pem.exists():
        return p12, ca_pem
    folder.mkdir(parents=True, exist_ok=True)
    start = now()
    ca_key, ca = make_ca("Fictional Demo Unit CA", start)
    key, cert = make_signer(DEMO_HEAD, ca_key, ca, start)
    # the CA's key is not kept: nothing else will ever chain to this demo CA
    write_pem(ca_pem, ca)
    (folder / "demo-passphrase.txt").write_bytes(PASSPHRASE + b"\n")
    write_p12(p12, b"demo head", key, cert, ca, PASSPHRASE)
    return p12, ca_pem


def _head(ctx: AppContext) -> Any:
    """The demo head's signer, recorded as the first head of unit; None when this database
    does not use signed grants or a real trust anchor is set."""
    from app.services import roles
    from app.services.letters import sign

    if not grants.applies(ctx):
        return None
    p12, ca_pem = _head_key(ctx)
    anchor = ctx.settings.extra.get("trust_anchor")
    if anchor and anchor not in (str(ca_pem), [str(ca_pem)]):
        return None  # a real trust anchor: never changed for the demo
    if not anchor:
        from app.services.settings import Settings

        ctx.settings.extra["trust_anchor"] = str(ca_pem)
        saved = Settings.load(ctx.paths.settings_file)
        saved.extra["trust_anchor"] = str(ca_pem)
        saved.save(ctx.paths.settings_file)
    signer = sign.load_pkcs12_signer(p12, PASSPHRASE)
    if roles.role_of(ctx, actor=DEMO_HEAD) != "head":
        roles.set_officer(ctx, DEMO_HEAD, "head", unit="AI Office (demo)", actor=DEMO_HEAD, signer=signer)
    return signer


def grant_reviewer(ctx: AppContext, reviewer: str, keys: Path | None = None) -> None:
    """The demo head grants ``reviewer`` the reviewer role (signed) and registers the
    reviewer's demo key (``keys/demo-reviewer.p12``, when the demo has one)."""
    from app.services import roles
    from app.services.letters import sign

    signer = _head(ctx)
    if signer is None and grants.applies(ctx):
        return  # a real trust anchor is set: the demo's head signs nothing (approving says why)
    # On a team database roles come from the officers table (seeded above) and the login;
    # the reviewer's certificate is still registered, or approving would be refused.
    if signer is not None and roles.role_of(ctx, actor=reviewer) != "reviewer":
        roles.set_officer(ctx, reviewer, "reviewer", actor=DEMO_HEAD, signer=signer)
    p12 = keys / "demo-reviewer.p12" if keys is not None else None
    if p12 is not None and p12.exists():
        der = p12.with_suffix(".der")
        cert = sign.load_pkcs12_signer(p12, PASSPHRASE).signing_cert
        assert cert is not None
        der.write_bytes(cert.dump())
        register(ctx, reviewer, der)


def register(ctx: AppContext, officer: str, certificate: Path) -> None:
    """The demo head registers ``certificate`` for ``officer`` (recorded first when missing);
    without signed grants (a team database) as the acting officer did before."""
    from app.services import officer_certs, roles

    signer = _head(ctx)
    if signer is None and grants.applies(ctx):
        raise BadInput(
            "The demo's fictional head of unit cannot register the demo keys while a trust anchor of "
            "your own is set in Settings; try the demo in its own data folder (--home DIR)."
        )
    actor = DEMO_HEAD if signer is not None else officer
    if not any(roles.same_officer(o.name, officer) for o in roles.list_officers(ctx)):
        roles.set_officer(ctx, officer, "officer", actor=actor)
    officer_certs.add_certificate(ctx, officer, certificate, actor=actor, signer=signer)
