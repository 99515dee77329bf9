"""Making grants: record a role, register or withdraw a certificate, each signed with the
acting head of unit's key (single-user mode, SQLite); the first head records themself."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.errors import NotAllowed, NotFound
from app.domain.text import name_key, normalise_name
from app.services.context import AppContext
from app.services.grants.chain import (
    HEAD,
    SIGNED_ROLES,
    applies,
    chain_problem,
    common_name,
    resolve,
    standing_of,
    trust_anchors,
)
from app.services.grants.statement import (
    cert_statement,
    database_id,
    grant_statement,
    now_utc,
    sign_statement,
)
from db.changes import record_change
from db.models import Officer, OfficerCertificate
from db.records import OfficerRecord
from db.repositories import OfficerRepository, officer_record
from db.uow import unit_of_work

KEY_NEEDED = (
    "On a single-user database a role grant or certificate registration is signed by the head of "
    "unit: give the head's key (--key HEAD.p12 --passphrase-file F, or --pkcs11-lib). Nothing was changed."
)


def _row_by_key(session: Session, name: str) -> Officer | None:
    key = name_key(name)
    for o in session.execute(select(Officer)).scalars():
        if name_key(o.name) == key:
            return o
    return None


def _signer_cert(signer: Any) -> tuple[Any, list[Any]]:
    from app.services.letters import certcheck

    cert, others = certcheck.signer_certificates(signer)
    return cert, others


def _check_now(ctx: AppContext, signer: Any) -> Any:
    """The signer's certificate checked as a letter signer's is (validity, usage, revocation
    online) and traced to the trust anchor in Settings; refused otherwise."""
    from app.services.letters import certcheck

    cert, others = _signer_cert(signer)
    anchors = trust_anchors(ctx)
    certcheck.check_signer(cert, [c for c in others if c.self_signed not in ("yes", "maybe")], anchors)
    why = chain_problem(cert, others, anchors, now_utc())
    if why:
        raise NotAllowed(f"The key cannot sign a grant: {why}. Nothing was changed.")
    return cert


def require_head_key(ctx: AppContext, session: Session, signer: Any, actor: str) -> tuple[Officer, Any]:
    """The proven head of unit whose registered certificate ``signer`` holds, who must be the
    acting officer; NotAllowed naming what is wrong otherwise."""
    from app.services.letters import certcheck

    if signer is None:
        me = _row_by_key(session, actor) if actor.strip() else None
        st = standing_of(ctx, session, me) if me is not None else None
        if me is None or me.role != HEAD or st is None or not st.proven:
            raise NotAllowed(
                f"Only the head of unit can grant roles; {actor or 'the acting officer'} is not a proven "
                "head of unit. Nothing was changed."
            )
        raise NotAllowed(KEY_NEEDED)
    cert = _check_now(ctx, signer)
    fp = certcheck.fingerprint(cert)
    row = session.execute(
        select(OfficerCertificate).where(OfficerCertificate.fingerprint_sha256 == fp)
    ).scalar_one_or_none()
    holder = common_name(cert)
    if row is None:
        raise NotAllowed(
            f"The key's certificate ({holder}) is not registered to any officer: only the head of unit's "
            "registered key signs grants. Nothing was changed."
        )
    owner = session.get(Officer, row.officer_id)
    if owner is None:
        raise NotAllowed("The key's certificate belongs to no recorded officer. Nothing was changed.")
    if name_key(owner.name) != name_key(actor):
        raise NotAllowed(
            f"The key's certificate ({holder}) is registered to {owner.name}, not to the acting officer "
            f"{actor}: a grant is signed with the acting head's own key. Nothing was changed."
        )
    res = resolve(ctx, session)
    why = res.certs.get(fp, "")
    if why:
        raise NotAllowed(f"The key's certificate ({holder}) cannot sign grants: {why}. Nothing was changed.")
    st = res.standings.get(owner.id)
    if owner.role != HEAD or st is None or not st.proven:
        reason = f" ({st.reason})" if st is not None and st.reason else ""
        raise NotAllowed(
            f"Only the head of unit can grant roles; {owner.name} is not a proven head of unit{reason}. "
            "Nothing was changed."
        )
    return owner, cert


def _no_head(session: Session) -> bool:
    """No head of unit is recorded and nothing was ever signed here: the first head may record themself."""
    if session.execute(select(Officer.id).where(Officer.role == HEAD).limit(1)).first() is not None:
        return False
    if session.execute(select(Officer.id).where(Officer.grant_cms.is_not(None)).limit(1)).first():
        return False
    return (
        session.execute(
            select(OfficerCertificate.id).where(OfficerCertificate.registration_cms.is_not(None)).limit(1)
        ).first()
        is None
    )


def grant_role(
    ctx: AppContext,
    name: str,
    role: str,
    signer: Any,
    *,
    unit: str | None = None,
    email: str | None = None,
    actor: str,
) -> OfficerRecord:
    """Record an officer's role with the head of unit's signature (SQLite). The first head
    of unit of a new database records themself with their own key (bootstrap)."""
    from app.services.letters import certcheck

    name = normalise_name(name)
    with unit_of_work(ctx.engine) as s:
        existing = _row_by_key(s, name)
        bootstrap = _no_head(s) and role == HEAD and name_key(name) == name_key(actor)
        if bootstrap:
            if signer is None:
                raise NotAllowed(KEY_NEEDED)
            cert = _check_now(ctx, signer)
            if name_key(common_name(cert)) != name_key(name):
                raise NotAllowed(
                    f"The first head of unit records themself with their own certificate: this key's "
                    f"certificate names {common_name(cert)}, not {name}. Nothing was changed."
                )
            fp = certcheck.fingerprint(cert)
            taken = s.execute(
                select(OfficerCertificate).where(OfficerCertificate.fingerprint_sha256 == fp)
            ).scalar_one_or_none()
            if taken is not None and (existing is None or taken.officer_id != existing.id):
                raise NotAllowed(
                    "This certificate is already registered to another officer. Nothing was changed."
                )
        else:
            require_head_key(ctx, s, signer, actor)
            cert = None
        row = existing or OfficerRepository(s).get_or_create(name)
        before = officer_details(row) if existing else None
        row.role = role
        after = set_details(row, unit=unit, email=email)
        record_change(
            s,
            actor=actor,
            action="officer.role_set" if existing else "officer.added",
            entity=("officer", row.name),
            before=before,
            after={**after, "signed_grant": True, **({"first_head": True} if bootstrap else {})},
        )
        db_id = database_id(s)  # after the first event exists: the id stays what it is now
        at = now_utc()
        if bootstrap:
            assert cert is not None
            _register(s, row, cert, signer, actor, db_id, at)
        if role in SIGNED_ROLES:
            doc = grant_statement(db_id, row.name, role, actor, at, bootstrap=bootstrap)
            row.grant_cms = sign_statement(signer, doc)
        else:
            row.grant_cms = None
        row.granted_by = normalise_name(actor)
        row.granted_at = at
        s.flush()
        return officer_record(row)


def officer_details(row: Officer) -> dict[str, str | None]:
    """What the officer.added / officer.role_set events record of an officer."""
    return {"role": row.role, "unit": row.unit, "email": row.email}


def set_details(row: Officer, *, unit: str | None, email: str | None) -> dict[str, str | None]:
    """Set the officer's unit and e-mail when given; returns :func:`officer_details`."""
    if unit is not None:
        row.unit = unit
    if email is not None:
        row.email = email
    return officer_details(row)


def certificate_row(officer: Officer, cert: Any, actor: str, at: dt.datetime) -> OfficerCertificate:
    """A new registration of ``cert`` (asn1crypto) to ``officer``, added by ``actor`` at ``at``."""
    from app.services.letters import certcheck

    validity = cert["tbs_certificate"]["validity"]
    return OfficerCertificate(
        officer_id=officer.id,
        fingerprint_sha256=certcheck.fingerprint(cert),
        subject=cert.subject.human_friendly[:500],
        issuer=cert.issuer.human_friendly[:500],
        serial=format(cert.serial_number, "x")[:100],
        not_before=validity["not_before"].native,
        not_after=validity["not_after"].native,
        der=cert.dump(),
        added_by=actor,
        added_at=at,
    )


def record_certificate_added(s: Session, row: OfficerCertificate, officer: str, actor: str) -> None:
    """Flush and append the officer.certificate_added event of ``row``."""
    record_change(
        s,
        actor=actor,
        action="officer.certificate_added",
        entity=("officer", officer),
        after={
            "fingerprint_sha256": row.fingerprint_sha256,
            "subject": row.subject,
            "not_after": row.not_after.isoformat(),
        },
    )


def _register(
    s: Session, officer: Officer, cert: Any, signer: Any, actor: str, db_id: str, at: dt.datetime
) -> OfficerCertificate:
    from app.services.letters import certcheck

    fp = certcheck.fingerprint(cert)
    row = s.execute(
        select(OfficerCertificate).where(OfficerCertificate.fingerprint_sha256 == fp)
    ).scalar_one_or_none()
    if row is None:
        row = certificate_row(officer, cert, actor, at)
        s.add(row)
    row.removed_at = None
    row.registration_cms = sign_statement(signer, cert_statement(db_id, officer.name, fp, actor, at))
    record_certificate_added(s, row, officer.name, actor)
    return row


def sign_registration(
    ctx: AppContext,
    s: Session,
    row: OfficerCertificate,
    officer: Officer,
    signer: Any,
    actor: str,
    *,
    action: str,
) -> None:
    """Sign a certificate registration (or withdrawal) with the acting head's key (SQLite)."""
    require_head_key(ctx, s, signer, actor)
    doc = cert_statement(
        database_id(s), officer.name, row.fingerprint_sha256, actor, now_utc(), action=action
    )
    row.registration_cms = sign_statement(signer, doc)


def needs_signature(ctx: AppContext, name: str, role: str) -> bool:
    """Whether recording ``role`` for ``name`` must be signed on this database (SQLite): a
    role above officer, or taking a proven role above officer away."""
    if not applies(ctx):
        return False
    if role in SIGNED_ROLES:
        return True
    with unit_of_work(ctx.engine, readonly=True) as s:
        row = _row_by_key(s, name) if name.strip() else None
        if row is None or row.role not in SIGNED_ROLES or row.role == role:
            return False
        return standing_of(ctx, s, row).proven


def officer_named(session: Session, name: str) -> Officer:
    row = _row_by_key(session, name)
    if row is None:
        raise NotFound(f"No officer named '{name}' is recorded: record them first (exemptio officer add).")
    return row
