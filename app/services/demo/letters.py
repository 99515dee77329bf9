"""Determination letters for the demo: a demo signing key (a fictional certificate
authority and signer, made for the demo and kept in the data folder's ``demo/``), one
letter issued and signed (PAdES), one approved, one drafted — so the whole four-eyes
flow can be tried on the demo data. The demo CA's certificate is
``demo/demo-ca.pem`` (``exemptio letter verify F.pdf --trust demo/demo-ca.pem``)."""

from __future__ import annotations

from pathlib import Path

from app.services.context import AppContext

DEMO_REVIEWER = "Fictional Reviewer (demo)"
PASSPHRASE = b"demo"  # a fictional key for fictional letters; written beside it


def demo_key(ctx: AppContext) -> Path:
    """The demo signer's PKCS#12 file (made once): RSA-2048, digitalSignature and
    nonRepudiation, issued by a fictional demo CA, valid for two years."""
    from app.services.demo.pki import make_ca, make_signer, now, write_p12, write_pem

    folder = ctx.paths.home / "demo"
    p12 = folder / "demo-signer.p12"
    if p12.exists() and (folder / "demo-reviewer.p12").exists():
        return p12
    folder.mkdir(parents=True, exist_ok=True)
    start = now()
    ca_key, ca = make_ca("Fictional Demo CA", start)
    key, ee = make_signer("Fictional Demo Signer", ca_key, ca, start)
    # the reviewer approves by signing with their own key (four eyes as signatures, issue 14)
    rkey, ree = make_signer(DEMO_REVIEWER, ca_key, ca, start)
    write_p12(folder / "demo-reviewer.p12", b"demo reviewer", rkey, ree, ca, PASSPHRASE)
    write_pem(folder / "demo-ca.pem", ca)
    (folder / "demo-passphrase.txt").write_bytes(PASSPHRASE + b"\n")
    write_p12(p12, b"demo signer", key, ee, ca, PASSPHRASE)
    return p12


def add(ctx: AppContext, *, issued: str, approved: str, drafted: str) -> None:
    """The three demo letters (the cases are in review, with an outcome)."""
    from app.services.letters import service, sign

    for ref in (issued, approved, drafted):
        service.draft_letter(ctx, ref)
    signer = sign.load_pkcs12_signer(demo_key(ctx), PASSPHRASE)
    reviewer = sign.load_pkcs12_signer(ctx.paths.home / "demo" / "demo-reviewer.p12", PASSPHRASE)
    for ref in (issued, approved):  # approving is signing: the demo reviewer's own key
        service.approve_letter(ctx, ref, officer=DEMO_REVIEWER, signer=reviewer)
    _register_demo_certificate(ctx, signer)
    service.issue_letter(ctx, issued, signer, function="Case officer (fictional demo)")


def _register_demo_certificate(ctx: AppContext, signer: object) -> None:
    """The signer is the officer (issue 14): the demo key's certificate is registered to
    the acting officer, as a head of unit would (the demo runs on a database without real cases)."""
    from app.services.demo.grants import register

    who = ctx.require_officer()
    cert = ctx.paths.home / "demo" / "demo-signer.der"
    cert.write_bytes(signer.signing_cert.dump())  # type: ignore[attr-defined]
    register(ctx, who, cert)  # by the demo's head of unit (signed on SQLite)
