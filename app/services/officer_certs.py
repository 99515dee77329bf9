"""The signer is the officer: each officer's signing certificates, registered by
the head of unit (``exemptio officer cert add NAME CERT.pem``).

A letter is issued, and a draft approved, only with a certificate registered to
the acting officer (compared by SHA-256 fingerprint of the DER certificate), on
every backend: a certificate that merely names the officer is not enough. On a
single-user database (SQLite) the registration itself must carry the head of
unit's valid signature (:mod:`app.services.grants`), so a row written with the
``sqlite3`` tool registers nothing.

A certificate registered to one officer is refused for every other officer.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.errors import BadInput, NotAllowed, NotFound
from app.services import grants, roles
from app.services.context import AppContext
from app.services.infile import read_input
from db.changes import record_change
from db.engine import is_sqlite
from db.models import Officer, OfficerCertificate
from db.uow import unit_of_work

MAX_CERT_BYTES = 200_000


@dataclass(frozen=True)
class CertificateRecord:
    officer: str
    fingerprint_sha256: str
    subject: str
    issuer: str
    serial: str
    not_before: dt.datetime
    not_after: dt.datetime
    added_by: str
    added_at: dt.datetime
    removed_at: dt.datetime | None

    def to_json(self) -> dict[str, Any]:
        return {
            "officer": self.officer,
            "fingerprint_sha256": self.fingerprint_sha256,
            "subject": self.subject,
            "issuer": self.issuer,
            "serial": self.serial,
            "not_before": self.not_before.isoformat(),
            "not_after": self.not_after.isoformat(),
            "added_by": self.added_by,
            "added_at": self.added_at.isoformat(),
            "removed_at": self.removed_at.isoformat() if self.removed_at else None,
        }


def _utc(value: dt.datetime) -> dt.datetime:
    return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value


def _record(row: OfficerCertificate, officer: str) -> CertificateRecord:
    return CertificateRecord(
        officer=officer,
        fingerprint_sha256=row.fingerprint_sha256,
        subject=row.subject,
        issuer=row.issuer,
        serial=row.serial,
        not_before=_utc(row.not_before),
        not_after=_utc(row.not_after),
        added_by=row.added_by,
        added_at=_utc(row.added_at),
        removed_at=_utc(row.removed_at) if row.removed_at else None,
    )


def read_certificate(path: str | Path) -> Any:
    """The first certificate of a PEM or DER file (asn1crypto), or BadInput."""
    from app.services.letters import certcheck

    p = Path(path)
    data = read_input(
        p, "The certificate file", f"{p} is a folder, not a certificate file.", limit=MAX_CERT_BYTES
    )
    if len(data) > MAX_CERT_BYTES:
        raise BadInput(f"{p.name} is far too large for a certificate file.")
    try:
        certs = certcheck.load_certificates(data)
        cert = certs[0]
        cert.native  # noqa: B018 - parse it all now: a damaged file is refused here
    except Exception:  # noqa: BLE001 - any parse error: not a certificate
        raise BadInput(f"{p.name} is not a PEM or DER X.509 certificate.") from None
    return cert


def _officer(s: Session, name: str) -> Officer:
    row = roles._officer_row(s, name)
    if row is None:
        raise NotFound(f"No officer named '{name}' is recorded: record them first (exemptio officer add).")
    return row


def add_certificate(
    ctx: AppContext, name: str, path: str | Path, *, actor: str | None = None, signer: Any = None
) -> CertificateRecord:
    """Register a signing certificate for an officer (head of unit only; audited). On a
    single-user database (SQLite) the head signs the registration with their key
    (``signer``, :mod:`app.services.grants`)."""
    from app.services.letters import certcheck

    who = (actor if actor is not None else ctx.require_officer()).strip()
    cert = read_certificate(path)
    certcheck.check_usage(cert)
    fp = certcheck.fingerprint(cert)
    with unit_of_work(ctx.engine) as s:
        roles.require(ctx, "officer.manage", s, actor=who)
        officer = _officer(s, name)
        existing = s.execute(
            select(OfficerCertificate).where(OfficerCertificate.fingerprint_sha256 == fp)
        ).scalar_one_or_none()
        if existing is not None:
            owner = s.get(Officer, existing.officer_id)
            owner_name = owner.name if owner else "?"
            if existing.officer_id != officer.id:
                raise NotAllowed(
                    f"This certificate is already registered to {owner_name}: one certificate, one officer."
                )
            if existing.removed_at is None and not (grants.applies(ctx) and signer is not None):
                return _record(existing, officer.name)
            existing.removed_at = None
            row = existing
        else:
            row = grants.certificate_row(officer, cert, who, dt.datetime.now(dt.UTC))
            s.add(row)
        if grants.applies(ctx):
            grants.sign_registration(ctx, s, row, officer, signer, who, action="register")
        grants.record_certificate_added(s, row, officer.name, who)
        return _record(row, officer.name)


def remove_certificate(
    ctx: AppContext, name: str, fingerprint: str, *, actor: str | None = None, signer: Any = None
) -> CertificateRecord:
    """Withdraw a registered certificate (head of unit only; audited). It stays on record.
    On SQLite the head signs the withdrawal (``signer``)."""
    who = (actor if actor is not None else ctx.require_officer()).strip()
    fp = fingerprint.strip().lower().replace(":", "")
    with unit_of_work(ctx.engine) as s:
        roles.require(ctx, "officer.manage", s, actor=who)
        officer = _officer(s, name)
        rows = [
            r
            for r in s.execute(
                select(OfficerCertificate).where(
                    OfficerCertificate.officer_id == officer.id, OfficerCertificate.removed_at.is_(None)
                )
            ).scalars()
            if len(fp) >= 8 and r.fingerprint_sha256.startswith(fp)
        ]
        if len(rows) != 1:
            raise NotFound(f"{officer.name} has no registered certificate with fingerprint {fingerprint}.")
        row = rows[0]
        if grants.applies(ctx):
            grants.sign_registration(ctx, s, row, officer, signer, who, action="withdraw")
        row.removed_at = dt.datetime.now(dt.UTC)
        record_change(
            s,
            actor=who,
            action="officer.certificate_removed",
            entity=("officer", officer.name),
            before={"fingerprint_sha256": row.fingerprint_sha256},
        )
        return _record(row, officer.name)


def list_certificates(ctx: AppContext, name: str | None = None) -> list[CertificateRecord]:
    with unit_of_work(ctx.engine, readonly=True) as s:
        q = select(OfficerCertificate, Officer.name).join(
            Officer, Officer.id == OfficerCertificate.officer_id
        )
        if name is not None:
            q = q.where(OfficerCertificate.officer_id == _officer(s, name).id)
        return [_record(r, n) for r, n in s.execute(q.order_by(Officer.name, OfficerCertificate.id))]


def require_own_certificate(ctx: AppContext, officer: str, cert: Any, verb: str) -> str:
    """Refuse (NotAllowed) a signing certificate that is not the acting officer's.
    Returns "registered"."""
    from app.services.letters import certcheck

    fp = certcheck.fingerprint(cert)
    holder = cert.subject.native.get("common_name") or cert.subject.human_friendly
    with unit_of_work(ctx.engine, readonly=True) as s:
        row = s.execute(
            select(OfficerCertificate).where(OfficerCertificate.fingerprint_sha256 == fp)
        ).scalar_one_or_none()
        me = roles._officer_row(s, officer)
        if row is not None and row.removed_at is not None:
            raise NotAllowed(
                f"The signing certificate ({holder}) was withdrawn by the head of unit on "
                f"{_utc(row.removed_at):%Y-%m-%d}: it signs nothing any more. Nothing was signed."
            )
        if row is not None:
            owner = s.get(Officer, row.officer_id)
            owner_name = owner.name if owner else "another officer"
            why = grants.certificate_problem(ctx, s, fp) if grants.applies(ctx) else ""
            if why:  # single-user: a registration stands only with the head's valid signature
                raise NotAllowed(
                    f"The signing certificate ({holder}) is recorded for {owner_name}, but its registration "
                    f"does not verify ({why}): a letter is {verb} only with a certificate the head of unit "
                    "registered. Nothing was signed."
                )
            if me is not None and row.officer_id == me.id:
                return "registered"
            raise NotAllowed(
                f"The signing certificate ({holder}) is registered to {owner_name}, not to {officer}: "
                f"a letter is {verb} only with the acting officer's own key. Nothing was signed."
            )
        mine = (
            s.execute(
                select(OfficerCertificate.id).where(
                    OfficerCertificate.officer_id == me.id, OfficerCertificate.removed_at.is_(None)
                )
            ).first()
            if me is not None
            else None
        )
    if mine is not None:
        raise NotAllowed(
            f"The signing certificate ({holder}) is not one registered to {officer}: a letter is {verb} only "
            "with the acting officer's own registered key. Nothing was signed."
        )
    where = "on the team database" if not is_sqlite(ctx.db_url) else "on this database"
    raise NotAllowed(
        f"The signing certificate ({holder}) is registered to no officer, and {officer} has no signing "
        f"certificate registered {where}: the head of unit registers it first "
        f"(exemptio officer cert add '{officer}' CERT.pem). Nothing was signed."
    )
