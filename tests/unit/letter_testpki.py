"""A throwaway PKI for the letter tests: a root CA, an officer certificate
(digitalSignature + nonRepudiation), an expired one, one without a signing key
usage, a timestamp authority, and a local RFC 3161 server on 127.0.0.1."""

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

PASSPHRASE = b"correct horse battery"
OFFICER_CN = "ŚMISZEK Krzysztof"


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
) -> tuple[rsa.RSAPrivateKey, x509.Certificate]:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    b = (
        x509.CertificateBuilder()
        .subject_name(_name(cn))
        .issuer_name(root.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(not_before)
        .not_valid_after(not_after)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(root_key.public_key()), critical=False
        )
    )
    if ku is not None:
        b = b.add_extension(ku, critical=True)
    if eku:
        b = b.add_extension(x509.ExtendedKeyUsage(eku), critical=True)
    if crl_url:
        uri = x509.UniformResourceIdentifier(crl_url)
        point = x509.DistributionPoint(full_name=[uri], relative_name=None, reasons=None, crl_issuer=None)
        b = b.add_extension(x509.CRLDistributionPoints([point]), critical=False)
    return key, b.sign(root_key, hashes.SHA256())


def _ku(sign: bool) -> x509.KeyUsage:
    return x509.KeyUsage(
        digital_signature=sign,
        content_commitment=sign,
        key_encipherment=not sign,
        data_encipherment=False,
        key_agreement=False,
        key_cert_sign=False,
        crl_sign=False,
        encipher_only=False,
        decipher_only=False,
    )


def make_pki(folder: Path, crl_url: str = "") -> Pki:
    """``crl_url``: the officer and TSA certificates point there for revocation
    data; the (empty) CRL is written to ``folder/root.crl``."""
    folder.mkdir(parents=True, exist_ok=True)
    now = dt.datetime.now(dt.UTC)
    root_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    root = (
        x509.CertificateBuilder()
        .subject_name(_name("Exemptio Test Root CA"))
        .issuer_name(_name("Exemptio Test Root CA"))
        .public_key(root_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=2))
        .not_valid_after(now + dt.timedelta(days=3650))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=False,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=True,
                crl_sign=True,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(root_key.public_key()), critical=False)
        .sign(root_key, hashes.SHA256())
    )
    root_pem = folder / "root.pem"
    root_pem.write_bytes(root.public_bytes(serialization.Encoding.PEM))
    valid = {"not_before": now - dt.timedelta(days=1), "not_after": now + dt.timedelta(days=365)}

    def p12(name: str, key: rsa.RSAPrivateKey, cert: x509.Certificate) -> Path:
        path = folder / name
        path.write_bytes(
            pkcs12.serialize_key_and_certificates(
                b"officer", key, cert, [root], serialization.BestAvailableEncryption(PASSPHRASE)
            )
        )
        return path

    off_key, off = _ee(root_key, root, OFFICER_CN, ku=_ku(True), crl_url=crl_url, **valid)
    exp_key, exp = _ee(
        root_key,
        root,
        "Expired Officer",
        ku=_ku(True),
        not_before=now - dt.timedelta(days=400),
        not_after=now - dt.timedelta(days=35),
    )
    nok_key, nok = _ee(root_key, root, "Encryption Only", ku=_ku(False), **valid)
    tsa_key, tsa = _ee(
        root_key,
        root,
        "Exemptio Test TSA",
        ku=_ku(True),
        eku=[ExtendedKeyUsageOID.TIME_STAMPING],
        crl_url=crl_url,
        **valid,
    )
    crl = (
        x509.CertificateRevocationListBuilder()
        .issuer_name(root.subject)
        .last_update(now - dt.timedelta(hours=1))
        .next_update(now + dt.timedelta(days=7))
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
    return Pki(
        root_pem=root_pem,
        officer_p12=p12("officer.p12", off_key, off),
        expired_p12=p12("expired.p12", exp_key, exp),
        no_ku_p12=p12("noku.p12", nok_key, nok),
        officer_key_der=key_der,
        officer_cert_der=cert_der,
        tsa_cert=tsa,
        tsa_key=tsa_key,
        root_cert=root,
    )


def dummy_timestamper(pki: Pki):  # type: ignore[no-untyped-def]
    from asn1crypto import keys
    from asn1crypto import x509 as ax509
    from pyhanko.sign.timestamps.dummy_client import DummyTimeStamper
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    der = lambda c: c.public_bytes(serialization.Encoding.DER)  # noqa: E731
    return DummyTimeStamper(
        tsa_cert=ax509.Certificate.load(der(pki.tsa_cert)),
        tsa_key=keys.PrivateKeyInfo.load(
            pki.tsa_key.private_bytes(
                serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
            )
        ),
        certs_to_embed=SimpleCertificateStore.from_certs([ax509.Certificate.load(der(pki.root_cert))]),
    )


class LocalTsa:
    """An RFC 3161 timestamp server on 127.0.0.1 (HTTP POST application/timestamp-query)."""

    def __init__(self, pki: Pki | None = None) -> None:
        from asn1crypto import tsp

        self.crl = b""
        owner = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 - the CRL, for B-LT validation data
                body = owner.crl
                self.send_response(200 if body else 404)
                self.send_header("Content-Type", "application/pkix-crl")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def do_POST(self) -> None:  # noqa: N802
                body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
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
        self.stamper = None
        if pki is not None:
            self.use(pki)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def use(self, pki: Pki) -> None:
        """Sign timestamps with ``pki``'s TSA and serve its CRL."""
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
