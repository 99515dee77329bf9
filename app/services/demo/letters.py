"""Determination letters for the demo: a demo signing key (a fictional certificate
authority and signer, made for the demo and kept in the data folder's ``demo/``), one
letter issued and signed (PAdES), one approved, one drafted — so the whole four-eyes
flow can be tried on the demo data. The demo CA's certificate is
``demo/demo-ca.pem`` (``exemptio letter verify F.pdf --trust demo/demo-ca.pem``)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from app.services.context import AppContext

DEMO_REVIEWER = "Fictional Reviewer (demo)"
PASSPHRASE = b"demo"  # a fictional key for fictional letters; written beside it


def demo_key(ctx: AppContext) -> Path:
    """The demo signer's PKCS#12 file (made once): RSA-2048, digitalSignature and
    nonRepudiation, issued by a fictional demo CA, valid for two years."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.hazmat.primitives.serialization import pkcs12
    from cryptography.x509.oid import NameOID

    folder = ctx.paths.home / "demo"
    p12 = folder / "demo-signer.p12"
    if p12.exists() and (folder / "demo-reviewer.p12").exists():
        return p12
    folder.mkdir(parents=True, exist_ok=True)
    now = dt.datetime.now(dt.UTC) - dt.timedelta(minutes=5)

    def name(cn: str) -> x509.Name:
        return x509.Name(
            [
                x509.NameAttribute(NameOID.COMMON_NAME, cn),
                x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Exemptio demo (fictional)"),
            ]
        )

    ca_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    ca = (
        x509.CertificateBuilder()
        .subject_name(name("Fictional Demo CA"))
        .issuer_name(name("Fictional Demo CA"))
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now)
        .not_valid_after(now + dt.timedelta(days=730))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(
            x509.KeyUsage(False, False, False, False, False, True, True, False, False), critical=True
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), critical=False)
        .sign(ca_key, hashes.SHA256())
    )

    def end_entity(cn: str) -> tuple[rsa.RSAPrivateKey, x509.Certificate]:
        key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        ee = (
            x509.CertificateBuilder()
            .subject_name(name(cn))
            .issuer_name(ca.subject)
            .public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now)
            .not_valid_after(now + dt.timedelta(days=730))
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(
                x509.KeyUsage(True, True, False, False, False, False, False, False, False), critical=True
            )
            .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
            .add_extension(
                x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), critical=False
            )
            .sign(ca_key, hashes.SHA256())
        )
        return key, ee

    key, ee = end_entity("Fictional Demo Signer")
    # the reviewer approves by signing with their own key (four eyes as signatures, issue 14)
    rkey, ree = end_entity(DEMO_REVIEWER)
    rtmp = folder / "demo-reviewer.part"
    rtmp.write_bytes(
        pkcs12.serialize_key_and_certificates(
            b"demo reviewer", rkey, ree, [ca], serialization.BestAvailableEncryption(PASSPHRASE)
        )
    )
    rtmp.replace(folder / "demo-reviewer.p12")
    (folder / "demo-ca.pem").write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    (folder / "demo-passphrase.txt").write_bytes(PASSPHRASE + b"\n")
    tmp = p12.with_suffix(".part")
    tmp.write_bytes(
        pkcs12.serialize_key_and_certificates(
            b"demo signer", key, ee, [ca], serialization.BestAvailableEncryption(PASSPHRASE)
        )
    )
    tmp.replace(p12)
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
