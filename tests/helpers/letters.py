"""Letters in tests: approve with the reviewer's own key (approving means signing, issue 14)
and issue with the drafter's key, the certificates registered and the roles granted by the
head of unit first (tests/helpers/officers.py: signed on SQLite).

Every function takes the ``cli`` fixture (``*db``: extra CLI arguments such as ``"--db",
url``) or, for the ``*_ctx`` ones, an AppContext; and a test PKI
(tests/unit/letter_testpki.py): ``officer_p12`` is the drafter's key (who issues),
``second_p12`` the reviewer's (common name REVIEWER).

    approve(cli, ref, pki, tmp_path)                    # GONÇALVES Bruno signs the approval
    issue(cli, ref, pki, tmp_path, out, "Dora Drafter")  # the drafter signs and issues
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from tests.helpers import officers
from tests.unit.letter_testpki import PASSPHRASE, REVIEWER_CN, Pki, cert_pem_of

REVIEWER = REVIEWER_CN  # "GONÇALVES Bruno": the reviewer key's holder


def _ok(r: Any) -> Any:
    assert r.rc == 0, r.err
    return r


def passphrase_file(folder: Path, text: bytes = PASSPHRASE) -> Path:
    p = folder / ("pass.txt" if text == PASSPHRASE else "wrong-pass.txt")
    if not p.exists():
        p.write_bytes(text + b"\n")
    return p


def fingerprint_of(p12: Path) -> str:
    from cryptography import x509
    from cryptography.hazmat.primitives.serialization import Encoding

    pem = cert_pem_of(p12)
    return hashlib.sha256(
        x509.load_pem_x509_certificate(pem.read_bytes()).public_bytes(Encoding.DER)
    ).hexdigest()


def _role(target: Any, name: str, *db: str) -> str | None:
    if officers._is_ctx(target):
        from app.services import roles

        return next((o.role for o in roles.list_officers(target) if o.name == name), None)
    rows = _ok(target("officer", "list", "--json", *db)).json()
    return next((o["role"] for o in rows if o["name"] == name), None)


def _fingerprints(target: Any, name: str, *db: str) -> set[str]:
    if officers._is_ctx(target):
        from app.services import officer_certs

        return {c.fingerprint_sha256 for c in officer_certs.list_certificates(target, name)}
    return {
        c["fingerprint_sha256"] for c in _ok(target("officer", "cert", "list", name, "--json", *db)).json()
    }


def grant_role(target: Any, pki: Pki, name: str, role: str, *db: str) -> None:
    """``name`` holds ``role`` (granted by the head of unit unless it already does)."""
    if name == officers.HEAD and role == "head":
        officers.make_head(target, pki, *db)
        return
    officers.make_head(target, pki, *db)
    if _role(target, name, *db) != role:
        officers.grant(target, pki, name, role, *db)


def register_key(target: Any, pki: Pki, officer: str, p12: Path, *db: str) -> None:
    """The certificate of ``p12`` is registered to ``officer`` (by the head, unless it is)."""
    officers.make_head(target, pki, *db)
    if fingerprint_of(p12) not in (
        _fingerprints(target, officer, *db) if _role(target, officer, *db) else set()
    ):
        officers.register_cert(target, pki, officer, p12, *db)


def approve_args(ref: str, key: Path, passfile: Path, reviewer: str = REVIEWER) -> list[str]:
    return [
        "letter",
        "approve",
        ref,
        "--key",
        str(key),
        "--passphrase-file",
        str(passfile),
        "--officer",
        reviewer,
    ]


def issue_args(ref: str, key: Path, passfile: Path | str, out: Path, officer: str, *extra: str) -> list[str]:
    """'letter issue' of ``ref`` with ``key`` (its passphrase in ``passfile``) to ``out`` by
    ``officer``; ``extra`` options follow (e.g. ``"--tsa", ""``, ``"--db", url``)."""
    return [
        "letter", "issue", ref, "--key", str(key), "--passphrase-file", str(passfile),
        "--out", str(out), "--officer", officer, *extra,
    ]  # fmt: skip


def approve(
    cli: Any,
    ref: str,
    pki: Pki,
    folder: Path,
    *db: str,
    reviewer: str = REVIEWER,
    key: Path | None = None,
    extra: Sequence[str] = (),
) -> Any:
    """The reviewer (granted the reviewer role, their key registered) approves the current
    draft by signing it with their own key (``pki.second_p12`` unless ``key``)."""
    p12 = key or pki.second_p12
    assert p12 is not None
    if _role(cli, reviewer, *db) not in ("reviewer", "head"):
        grant_role(cli, pki, reviewer, "reviewer", *db)
    register_key(cli, pki, reviewer, p12, *db)
    return _ok(cli(*approve_args(ref, p12, passphrase_file(folder), reviewer), *extra, *db))


def issue(
    cli: Any,
    ref: str,
    pki: Pki,
    folder: Path,
    out: Path,
    officer: str,
    *db: str,
    key: Path | None = None,
    tsa: str = "",
    extra: Sequence[str] = (),
) -> Any:
    """``officer`` issues the approved letter with their own key (``pki.officer_p12`` unless
    ``key``), registered to them first."""
    p12 = key or pki.officer_p12
    register_key(cli, pki, officer, p12, *db)
    return _ok(cli(*issue_args(ref, p12, passphrase_file(folder), out, officer, "--tsa", tsa, *extra, *db)))


# --- through the service -------------------------------------------------------------


def signer(p12: Path) -> Any:
    from app.services.letters import sign

    return sign.load_pkcs12_signer(p12, PASSPHRASE)


def approve_ctx(
    ctx: Any, ref: str, pki: Pki, *, reviewer: str = REVIEWER, key: Path | None = None, **kw: Any
) -> Any:
    """service.approve_letter with the reviewer's own key (role granted, key registered first)."""
    from app.services.letters import service

    p12 = key or pki.second_p12
    assert p12 is not None
    if _role(ctx, reviewer) not in ("reviewer", "head"):
        grant_role(ctx, pki, reviewer, "reviewer")
    register_key(ctx, pki, reviewer, p12)
    return service.approve_letter(ctx, ref, officer=reviewer, signer=signer(p12), **kw)
