"""A throwaway PKI for the letter tests: a root CA, an officer certificate
(digitalSignature + nonRepudiation), an expired one, one without a signing key
usage, one revoked for key compromise (CRL and OCSP say so), one whose OCSP/CRL
servers cannot be reached, a second officer's, a head of unit's, a timestamp authority, a TSA of
another (untrusted) root, and a local server on 127.0.0.1 answering RFC 3161
timestamp requests, OCSP requests (RFC 6960) and CRL downloads."""

from __future__ import annotations

import datetime as dt
import http.server
import shutil
import subprocess
import threading
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from tests.helpers.certs import certificate, rsa_key

PASSPHRASE = b"correct horse battery"
OFFICER_CN = "ŚMISZEK Krzysztof"
REVIEWER_CN = "GONÇALVES Bruno"
HEAD_CN = "HOLM Hanna"  # the head of unit: signs role grants and certificate registrations


@dataclass
class Pki:
    root_pem: Path
    officer_p12: Path
    expired_p12: Path
    no_ku_p12: Path
    officer_key_der: Path  # PKCS#8 DER (for importing into a PKCS#11 token)
    officer_cert_der: Path
    tsa_cert: x509.Certificate
    tsa_key: rsa.RSAPrivateKey
    root_cert: x509.Certificate
    root_key: rsa.RSAPrivateKey | None = None
    revoked_p12: Path | None = None  # revoked (key compromise) in the CRL and by OCSP
    unreachable_p12: Path | None = None  # names OCSP/CRL servers that do not answer
    second_p12: Path | None = None  # another officer (REVIEWER_CN)
    officer_pem: Path | None = None
    second_pem: Path | None = None
    untrusted_tsa_cert: x509.Certificate | None = None  # a TSA under another root
    untrusted_tsa_key: rsa.RSAPrivateKey | None = None
    certs: dict[int, x509.Certificate] | None = None  # serial -> certificate (OCSP answers)
    revoked: frozenset[int] = frozenset()
    head_p12: Path | None = None  # the head of unit (HEAD_CN)
    head_pem: Path | None = None


def _name(cn: str) -> x509.Name:
    return x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, cn),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, "European Commission (test)"),
            x509.NameAttribute(NameOID.COUNTRY_NAME, "BE"),
        ]
    )


def _ee(
    root_key: rsa.RSAPrivateKey,
    root: x509.Certificate,
    cn: str,
    *,
    ku: x509.KeyUsage | None,
    eku: list[x509.ObjectIdentifier] | None = None,
    not_before: dt.datetime,
    not_after: dt.datetime,
    crl_url: str = "",
    ocsp_url: str = "",
) -> tuple[rsa.RSAPrivateKey, x509.Certificate]:
    key = rsa_key()
    exts: list[tuple[x509.ExtensionType, bool]] = [
        (x509.SubjectKeyIdentifier.from_public_key(key.public_key()), False),
        (x509.AuthorityKeyIdentifier.from_issuer_public_key(root_key.public_key()), False),
    ]
    if ku is not None:
        exts.append((ku, True))
    if eku:
        exts.append((x509.ExtendedKeyUsage(eku), True))
    if crl_url:
        uri = x509.UniformResourceIdentifier(crl_url)
        point = x509.DistributionPoint(full_name=[uri], relative_name=None, reasons=None, crl_issuer=None)
        exts.append((x509.CRLDistributionPoints([point]), False))
    if ocsp_url:
        aia = x509.AccessDescription(
            x509.oid.AuthorityInformationAccessOID.OCSP, x509.UniformResourceIdentifier(ocsp_url)
        )
        exts.append((x509.AuthorityInformationAccess([aia]), False))
    cert = certificate(
        key, root_key, _name(cn), issuer=root.subject, not_before=not_before, not_after=not_after,
        ca=False, extensions=exts,
    )  # fmt: skip
    return key, cert


def _root(cn: str, now: dt.datetime, *ca_ku: x509.KeyUsage) -> tuple[rsa.RSAPrivateKey, x509.Certificate]:
    """A root CA of ``cn`` valid from two days ago for ten years; with ``ca_ku``, that key
    usage (critical) and a subject key identifier."""
    key = rsa_key()
    exts = [(ku, True) for ku in ca_ku]
    if ca_ku:
        exts.append((x509.SubjectKeyIdentifier.from_public_key(key.public_key()), False))
    cert = certificate(
        key, key, _name(cn), not_before=now - dt.timedelta(days=2), not_after=now + dt.timedelta(days=3650),
        ca=True, extensions=exts,
    )  # fmt: skip
    return key, cert


def _ku(sign: bool) -> x509.KeyUsage:
    """digitalSignature + nonRepudiation (``sign``), or keyEncipherment only."""
    return x509.KeyUsage(sign, sign, not sign, False, False, False, False, False, False)


def _pem(path: Path, cert: x509.Certificate) -> Path:
    path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    return path


def make_pki(folder: Path, crl_url: str = "", ocsp_url: str = "") -> Pki:
    """``crl_url`` / ``ocsp_url``: the officer and TSA certificates point there for
    revocation data (the revoked certificate always does, when given); the CRL
    (listing the revoked certificate) is written to ``folder/root.crl``."""
    folder.mkdir(parents=True, exist_ok=True)
    now = dt.datetime.now(dt.UTC)
    ca_ku = x509.KeyUsage(False, False, False, False, False, True, True, False, False)  # certs, CRLs
    root_key, root = _root("Exemptio Test Root CA", now, ca_ku)
    root_pem = _pem(folder / "root.pem", root)
    valid = {"not_before": now - dt.timedelta(days=1), "not_after": now + dt.timedelta(days=365)}

    def p12(name: str, key: rsa.RSAPrivateKey, cert: x509.Certificate) -> Path:
        path = folder / name
        path.write_bytes(
            pkcs12.serialize_key_and_certificates(
                b"officer", key, cert, [root], serialization.BestAvailableEncryption(PASSPHRASE)
            )
        )
        return path

    off_key, off = _ee(root_key, root, OFFICER_CN, ku=_ku(True), crl_url=crl_url, ocsp_url=ocsp_url, **valid)
    exp_key, exp = _ee(
        root_key,
        root,
        "Expired Officer",
        ku=_ku(True),
        not_before=now - dt.timedelta(days=400),
        not_after=now - dt.timedelta(days=35),
    )
    nok_key, nok = _ee(root_key, root, "Encryption Only", ku=_ku(False), **valid)
    stamping = {"ku": _ku(True), "eku": [ExtendedKeyUsageOID.TIME_STAMPING], **valid}  # a TSA's
    tsa_key, tsa = _ee(root_key, root, "Exemptio Test TSA", crl_url=crl_url, **stamping)  # type: ignore[arg-type]
    rev_key, rev = _ee(
        root_key, root, "Revoked Officer", ku=_ku(True), crl_url=crl_url, ocsp_url=ocsp_url, **valid
    )
    dead = "http://127.0.0.1:9/unreachable"  # the discard port: nothing answers
    unr_key, unr = _ee(root_key, root, "Offline Officer", ku=_ku(True), crl_url=dead, ocsp_url=dead, **valid)
    sec_key, sec = _ee(root_key, root, REVIEWER_CN, ku=_ku(True), crl_url=crl_url, **valid)
    head_key, head = _ee(root_key, root, HEAD_CN, ku=_ku(True), crl_url=crl_url, **valid)
    other_root_key, other_root = _root("Unknown Root CA", now)
    utsa_key, utsa = _ee(other_root_key, other_root, "Untrusted TSA", **stamping)  # type: ignore[arg-type]
    crl = (
        x509.CertificateRevocationListBuilder()
        .issuer_name(root.subject)
        .last_update(now - dt.timedelta(hours=1))
        .next_update(now + dt.timedelta(days=7))
        .add_revoked_certificate(
            x509.RevokedCertificateBuilder()
            .serial_number(rev.serial_number)
            .revocation_date(now - dt.timedelta(minutes=30))
            .add_extension(x509.CRLReason(x509.ReasonFlags.key_compromise), critical=False)
            .build()
        )
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(root_key.public_key()), critical=False
        )
        .add_extension(x509.CRLNumber(1), critical=False)
        .sign(root_key, hashes.SHA256())
    )
    (folder / "root.crl").write_bytes(crl.public_bytes(serialization.Encoding.DER))
    key_der = folder / "officer-key.der"
    key_der.write_bytes(
        off_key.private_bytes(
            serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
    )
    cert_der = folder / "officer-cert.der"
    cert_der.write_bytes(off.public_bytes(serialization.Encoding.DER))
    officer_pem, second_pem, head_pem = (
        _pem(folder / name, cert)
        for name, cert in (("officer.pem", off), ("second.pem", sec), ("head.pem", head))
    )
    keys = {  # the Pki's <name>_p12 fields: file, key, certificate
        "officer": ("officer.p12", off_key, off),
        "expired": ("expired.p12", exp_key, exp),
        "no_ku": ("noku.p12", nok_key, nok),
        "revoked": ("revoked.p12", rev_key, rev),
        "unreachable": ("unreachable.p12", unr_key, unr),
        "second": ("second.p12", sec_key, sec),
        "head": ("head.p12", head_key, head),
    }
    return Pki(
        **{f"{name}_p12": p12(*entry) for name, entry in keys.items()},  # type: ignore[arg-type]
        root_pem=root_pem, officer_key_der=key_der, officer_cert_der=cert_der,
        officer_pem=officer_pem, second_pem=second_pem, head_pem=head_pem,
        root_cert=root, root_key=root_key, tsa_cert=tsa, tsa_key=tsa_key,
        untrusted_tsa_cert=utsa, untrusted_tsa_key=utsa_key,
        certs={c.serial_number: c for c in (off, exp, nok, tsa, rev, unr, sec, head)},
        revoked=frozenset({rev.serial_number}),
    )  # fmt: skip


def dummy_timestamper(pki: Pki, *, untrusted: bool = False):  # type: ignore[no-untyped-def]
    """Timestamps signed by the PKI's TSA (or, ``untrusted``, by a TSA of another root)."""
    from asn1crypto import keys
    from asn1crypto import x509 as ax509
    from pyhanko.sign.timestamps.dummy_client import DummyTimeStamper
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    der = lambda c: c.public_bytes(serialization.Encoding.DER)  # noqa: E731
    tsa_cert, tsa_key = pki.tsa_cert, pki.tsa_key
    if untrusted:
        assert pki.untrusted_tsa_cert is not None and pki.untrusted_tsa_key is not None
        tsa_cert, tsa_key = pki.untrusted_tsa_cert, pki.untrusted_tsa_key
    return DummyTimeStamper(
        tsa_cert=ax509.Certificate.load(der(tsa_cert)),
        tsa_key=keys.PrivateKeyInfo.load(
            tsa_key.private_bytes(
                serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
            )
        ),
        certs_to_embed=SimpleCertificateStore.from_certs(
            [] if untrusted else [ax509.Certificate.load(der(pki.root_cert))]
        ),
    )


def ocsp_answer(pki: Pki, request: bytes) -> bytes:
    """An OCSP response signed by the root: revoked (key compromise) or good."""
    from cryptography.x509 import ocsp

    req = ocsp.load_der_ocsp_request(request)
    now = dt.datetime.now(dt.UTC)
    cert = (pki.certs or {}).get(req.serial_number)
    if cert is None or pki.root_key is None:
        return ocsp.OCSPResponseBuilder.build_unsuccessful(ocsp.OCSPResponseStatus.UNAUTHORIZED).public_bytes(
            serialization.Encoding.DER
        )
    revoked = req.serial_number in pki.revoked
    b = ocsp.OCSPResponseBuilder().add_response(
        cert=cert,
        issuer=pki.root_cert,
        algorithm=req.hash_algorithm,
        cert_status=ocsp.OCSPCertStatus.REVOKED if revoked else ocsp.OCSPCertStatus.GOOD,
        this_update=now - dt.timedelta(minutes=5),
        next_update=now + dt.timedelta(days=1),
        revocation_time=now - dt.timedelta(minutes=30) if revoked else None,
        revocation_reason=x509.ReasonFlags.key_compromise if revoked else None,
    )
    b = b.responder_id(ocsp.OCSPResponderEncoding.HASH, pki.root_cert)
    for ext in req.extensions:
        if isinstance(ext.value, x509.OCSPNonce):
            b = b.add_extension(ext.value, critical=False)
    return b.sign(pki.root_key, hashes.SHA256()).public_bytes(serialization.Encoding.DER)


def revocation_pki(folder: Path, server: LocalTsa) -> Pki:
    """A PKI whose certificates point to ``server`` for CRL and OCSP, which answers for it."""
    pki = make_pki(folder, crl_url=server.crl_url, ocsp_url=server.ocsp_url)
    server.use(pki)
    return pki


class LocalTsa:
    """An RFC 3161 timestamp server on 127.0.0.1 (HTTP POST application/timestamp-query)."""

    def __init__(self, pki: Pki | None = None) -> None:
        from asn1crypto import tsp

        self.crl = b""
        owner = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 - the CRL, for B-LT validation data
                if owner.revocation_down:
                    self.send_error(503)
                    return
                body = owner.crl
                self.send_response(200 if body else 404)
                self.send_header("Content-Type", "application/pkix-crl")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def do_POST(self) -> None:  # noqa: N802
                body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
                if self.path.startswith("/ocsp"):
                    if owner.revocation_down:
                        self.send_error(503)
                        return
                    owner.ocsp_requests += 1
                    assert owner.pki is not None
                    answer = ocsp_answer(owner.pki, body)
                    self.send_response(200)
                    self.send_header("Content-Type", "application/ocsp-response")
                    self.send_header("Content-Length", str(len(answer)))
                    self.end_headers()
                    self.wfile.write(answer)
                    return
                stamper = owner.stamper
                resp = stamper.request_tsa_response(tsp.TimeStampReq.load(body)).dump()
                self.send_response(200)
                self.send_header("Content-Type", "application/timestamp-reply")
                self.send_header("Content-Length", str(len(resp)))
                self.end_headers()
                self.wfile.write(resp)

            def log_message(self, *args: object) -> None:
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.url = f"{self.base}/tsa"
        self.crl_url = f"{self.base}/crl"
        self.ocsp_url = f"{self.base}/ocsp"
        self.ocsp_requests = 0
        self.revocation_down = False  # True: OCSP and CRL answer 503 (a responder that is down)
        self.pki: Pki | None = None
        self.stamper = None
        if pki is not None:
            self.use(pki)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def use(self, pki: Pki) -> None:
        """Sign timestamps with ``pki``'s TSA and serve its CRL."""
        self.pki = pki
        self.stamper = dummy_timestamper(pki)
        crl = pki.root_pem.parent / "root.crl"
        self.crl = crl.read_bytes() if crl.exists() else b""

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def nss_db(folder: Path, root_pem: Path) -> str:
    """An NSS database trusting the test root, for pdfsig -nssdir."""
    folder.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        ["certutil", "-N", "-d", f"sql:{folder}", "--empty-password"], check=True, capture_output=True
    )
    subprocess.run(
        [
            "certutil",
            "-A",
            "-d",
            f"sql:{folder}",
            "-n",
            "exemptio-test-root",
            "-t",
            "CT,C,C",
            "-i",
            str(root_pem),
        ],
        check=True,
        capture_output=True,
    )
    return f"sql:{folder}"


def pdfsig(pdf: Path, nssdir: str) -> str:
    p = subprocess.run(["pdfsig", "-nssdir", nssdir, str(pdf)], capture_output=True, text=True)
    return p.stdout + p.stderr


def have(tool: str) -> bool:
    return shutil.which(tool) is not None


SOFTHSM_LIB = "/usr/lib/softhsm/libsofthsm2.so"


def softhsm_token(folder: Path, pki: Pki, *, pin: str = "1234") -> dict[str, str]:
    """A SoftHSM2 token labelled 'exemptio' holding the officer's key and
    certificate (label 'officer'); returns the environment to use it."""
    import os

    (folder / "tokens").mkdir(parents=True, exist_ok=True)
    conf = folder / "softhsm2.conf"
    conf.write_text(f"directories.tokendir = {folder / 'tokens'}\nobjectstore.backend = file\n")
    env = dict(os.environ, SOFTHSM2_CONF=str(conf))

    def run(*args: str) -> None:
        subprocess.run(args, check=True, capture_output=True, env=env)

    run("softhsm2-util", "--init-token", "--free", "--label", "exemptio", "--pin", pin, "--so-pin", "5678")
    for path, kind in ((pki.officer_key_der, "privkey"), (pki.officer_cert_der, "cert")):
        run(
            "pkcs11-tool",
            "--module",
            SOFTHSM_LIB,
            "--token-label",
            "exemptio",
            "--login",
            "--pin",
            pin,
            "--write-object",
            str(path),
            "--type",
            kind,
            "--label",
            "officer",
            "--id",
            "01",
        )
    return {"SOFTHSM2_CONF": str(conf)}


def cert_pem_of(p12: Path) -> Path:
    """The certificate of a test PKCS#12 file as PEM beside it (for 'officer cert add')."""
    _key, cert, _extra = pkcs12.load_key_and_certificates(p12.read_bytes(), PASSPHRASE)
    assert cert is not None
    out = p12.with_suffix(".cert.pem")
    out.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    return out
