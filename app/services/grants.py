"""Signed role grants and certificate registrations (single-user mode, SQLite; issue 14).

On a local SQLite file anyone who can type a name, or open the file with the
``sqlite3`` tool, could make themselves head of unit. So on SQLite a role above
``officer`` (reviewer, head) and every registered signing certificate rest on a
signature of the head of unit, not on what a row says:

* ``officers.grant_cms``: a CMS signature (DER, the statement embedded) over the
  grant statement ``{"format", "database", "officer", "role", "granted_by",
  "granted_at", "bootstrap"}`` (canonical JSON, names as comparison keys);
* ``officer_certificates.registration_cms``: the same over ``{"format",
  "database", "action": "register" | "withdraw", "officer", "certificate_sha256",
  "granted_by", "granted_at"}``.

``database`` is the installation's audit chain id (the hash of its first event),
so a grant copied from another database proves nothing here.

A recorded role above officer is believed only when its grant verifies: the
signature is intact, the statement names this officer and this role, the
signer's certificate chains to the trust anchor in Settings (valid at the time
of the grant) and is registered, by a registration that verifies, to the head of
unit named as granter, whose own grant verifies the same way. Otherwise the
officer is an ``officer`` and ``officer list`` / ``whoami`` say "grant not
proven" with the reason.

Bootstrap: while no head of unit is recorded, the first head records themself
(``officer add ME --role head --key ME.p12``): their certificate must chain to the
trust anchor and name them, and they sign both statements with it (proof of
possession). Only one such self-granted head can stand: a second one, written
into the file by hand, leaves neither proven.

A withdrawn certificate proves nothing any more (nor the grants it signed): the
head signs them again with their current key. A head's grants hold while the head
is a proven head. The trust anchor (Settings) is the root of it all: whoever can
replace it on this computer can make their own grants (docs/team.md).

Checks are cached per context by a hash of the officer and certificate rows, the
database id and the anchors, so a role check reads two small tables and verifies
nothing again until a row changes.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import hashlib
import json
import logging
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.errors import BadInput, NotAllowed, NotFound
from app.domain.text import name_key, normalise_name
from app.services.context import AppContext
from db import audit
from db.engine import is_sqlite
from db.models import Officer, OfficerCertificate
from db.records import OfficerRecord
from db.repositories import OfficerRepository, officer_record
from db.uow import unit_of_work

GRANT_FORMAT = "exemptio-role-grant/1"
CERT_FORMAT = "exemptio-certificate-registration/1"
HEAD, REVIEWER, OFFICER = "head", "reviewer", "officer"
ROLES = ("officer", "reviewer", "head", "auditor")
ENFORCED = True  # roles above officer and registrations rest on signatures (SQLite)
SIGNED_ROLES = frozenset({HEAD, REVIEWER})  # roles above officer: believed only with a signed grant
_CACHE_KEY = "grants.standings"
KEY_NEEDED = (
    "On a single-user database a role grant or certificate registration is signed by the head of "
    "unit: give the head's key (--key HEAD.p12 --passphrase-file F, or --pkcs11-lib). Nothing was changed."
)
_ANCHOR_KEY = "grants.anchors"


def applies(ctx: AppContext) -> bool:
    """Signed grants are the rule on a single-user (SQLite) database."""
    return is_sqlite(ctx.db_url)


# --- statements and signatures ------------------------------------------------------


def canonical(doc: dict[str, Any]) -> bytes:
    return json.dumps(doc, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def database_id(session: Session) -> str:
    """This installation's id: its audit chain (the hash of the first event)."""
    return audit.chain_id(session)


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


def grant_statement(
    db_id: str, officer: str, role: str, granted_by: str, at: dt.datetime, *, bootstrap: bool = False
) -> dict[str, Any]:
    return {
        "format": GRANT_FORMAT,
        "database": db_id,
        "officer": name_key(officer),
        "role": role,
        "granted_by": name_key(granted_by),
        "granted_at": at.isoformat(),
        "bootstrap": bootstrap,
    }


def cert_statement(
    db_id: str, officer: str, fingerprint: str, granted_by: str, at: dt.datetime, *, action: str = "register"
) -> dict[str, Any]:
    return {
        "format": CERT_FORMAT,
        "database": db_id,
        "action": action,
        "officer": name_key(officer),
        "certificate_sha256": fingerprint,
        "granted_by": name_key(granted_by),
        "granted_at": at.isoformat(),
    }


def sign_statement(signer: Any, doc: dict[str, Any]) -> bytes:
    """A CMS SignedData (DER) with the statement embedded, made by ``signer`` (a pyHanko
    signer from :mod:`app.services.letters.sign`: PKCS#12 file or PKCS#11 token)."""
    from app.services.letters.sign import _quiet_pyhanko

    with _quiet_pyhanko():
        info = asyncio.run(signer.async_sign_general_data(canonical(doc), "sha256", detached=False))
    return bytes(info.dump())


@dataclass(frozen=True)
class Opened:
    statement: dict[str, Any]
    signer_cert: Any  # asn1crypto certificate
    others: tuple[Any, ...]
    problem: str  # "" when the signature is intact and valid

    @property
    def signer_fp(self) -> str:
        return hashlib.sha256(self.signer_cert.dump()).hexdigest() if self.signer_cert is not None else ""


def open_signed(data: bytes | None) -> Opened:
    """The statement of a stored signature and whether the signature holds (mathematically)."""
    if not data:
        return Opened({}, None, (), "no signed grant is stored")
    from asn1crypto import cms
    from pyhanko.sign.validation.generic_cms import validate_sig_integrity

    try:
        info = cms.ContentInfo.load(bytes(data))
        signed = info["content"]
        content = signed["encap_content_info"]["content"].native
        signer_info = signed["signer_infos"][0]
        sid = signer_info["sid"].chosen
        certs = [c.chosen for c in signed["certificates"] or []]
        cert = None
        for c in certs:
            if isinstance(sid, cms.IssuerAndSerialNumber):
                if c.issuer == sid["issuer"] and c.serial_number == sid["serial_number"].native:
                    cert = c
            elif c.key_identifier == sid.native:
                cert = c
        if cert is None or not isinstance(content, bytes):
            return Opened({}, None, (), "the signature carries no signer certificate or no statement")
        digest = hashlib.sha256(content).digest()
        if signer_info["digest_algorithm"]["algorithm"].native != "sha256":
            return Opened({}, cert, (), "the signature uses an unexpected digest algorithm")
        intact, valid = validate_sig_integrity(signer_info, cert, "data", digest)
        others = tuple(c for c in certs if c.dump() != cert.dump())
        if not (intact and valid):
            return Opened({}, cert, others, "the signature does not match its statement")
        doc = json.loads(content.decode("utf-8"))
        if not isinstance(doc, dict):
            return Opened({}, cert, others, "the signed statement is not a grant")
        return Opened(doc, cert, others, "")
    except Exception as err:  # noqa: BLE001 - any parse error: the stored signature proves nothing
        return Opened({}, None, (), f"the stored signature cannot be read ({type(err).__name__})")


def trust_anchors(ctx: AppContext) -> list[Any]:
    """The trust store in Settings (``trust_anchor``: a PEM/DER file or a list of them)."""
    from app.services.letters import verify

    anchor = ctx.settings.extra.get("trust_anchor")
    paths: list[str] = []
    if isinstance(anchor, str) and anchor.strip():
        paths = [str(Path(anchor.strip()).expanduser())]
    elif isinstance(anchor, list):
        paths = [str(Path(a).expanduser()) for a in anchor if isinstance(a, str) and a.strip()]
    stamp: list[tuple[str, int, int]] = []
    for path in paths:
        try:
            st = os.stat(path)
        except OSError:
            return []
        stamp.append((path, st.st_mtime_ns, st.st_size))
    cached = ctx.extras.get(_ANCHOR_KEY)
    if isinstance(cached, tuple) and cached[0] == stamp:
        roots: list[Any] = cached[1]
        return roots
    try:
        roots = verify.load_trust_roots(paths)
    except BadInput:
        roots = []
    ctx.extras[_ANCHOR_KEY] = (stamp, roots)
    return roots


def _cn(cert: Any) -> str:
    name: str = cert.subject.native.get("common_name") or cert.subject.human_friendly
    return name


def chain_problem(cert: Any, others: tuple[Any, ...] | list[Any], anchors: list[Any], at: dt.datetime) -> str:
    """ "" when ``cert`` chains to one of ``anchors`` and is a signing certificate valid at
    ``at`` (no revocation fetch: the grant was checked online when it was made)."""
    from app.services.letters import certcheck

    if not anchors:
        return "no trust anchor is set in Settings, so no signature can be traced to the AI Office's CA"
    from pyhanko_certvalidator import errors as cv

    chain = [c for c in others if c.self_signed not in ("yes", "maybe")]  # never a root the signer brings
    try:
        certcheck._usage(cert)
        certcheck._validity(cert, at)
    except BadInput as err:
        return str(err).replace(" Nothing was signed.", "").replace(": nothing was signed", "")
    quiet = logging.getLogger("pyhanko_certvalidator")
    old = quiet.level
    quiet.setLevel(logging.CRITICAL)
    try:
        path = tuple(certcheck._validate(cert, list(anchors), chain, "soft-fail", at, False))
    except cv.PathBuildingError:
        path = ()
    except (cv.PathValidationError, ValueError) as err:
        return f"the signer's certificate ({_cn(cert)}) does not hold: {err}"
    finally:
        quiet.setLevel(old)
    anchor_ders = {a.dump() for a in anchors}
    if not path or not any(c.dump() in anchor_ders for c in path):
        return f"the signer's certificate ({_cn(cert)}) does not chain to the trust anchor in Settings"
    return ""


# --- standings ------------------------------------------------------------------------


@dataclass(frozen=True)
class Standing:
    officer: str
    recorded: str  # the role the table says
    role: str  # the role believed
    proven: bool  # True when nothing needs proving or the grant verified
    reason: str = ""  # why the grant is not proven
    granted_by: str = ""

    @property
    def note(self) -> str:
        return f"grant not proven: {self.reason}" if not self.proven else ""


@dataclass
class _State:
    db_id: str
    anchors: list[Any]
    officers: dict[int, Officer]
    by_key: dict[str, Officer]
    certs: list[OfficerCertificate]


def _digest(db_id: str, anchors: list[Any], officers: list[Officer], certs: list[OfficerCertificate]) -> str:
    h = hashlib.sha256()
    h.update(db_id.encode())
    for a in anchors:
        h.update(hashlib.sha256(a.dump()).digest())
    for o in officers:
        h.update(repr((o.id, o.name, o.role, o.granted_by, str(o.granted_at))).encode("utf-8"))
        h.update(hashlib.sha256(bytes(o.grant_cms or b"")).digest())
    for c in certs:
        h.update(repr((c.id, c.officer_id, c.fingerprint_sha256, str(c.removed_at))).encode("utf-8"))
        h.update(hashlib.sha256(bytes(c.der or b"")).digest())
        h.update(hashlib.sha256(bytes(c.registration_cms or b"")).digest())
    return h.hexdigest()


def _when(value: Any) -> dt.datetime | None:
    try:
        at = dt.datetime.fromisoformat(str(value))
    except ValueError:
        return None
    return at if at.tzinfo else at.replace(tzinfo=dt.UTC)


class _Resolver:
    """Walks grants and registrations down to the bootstrap head (memoised, cycles refused)."""

    def __init__(self, st: _State) -> None:
        self.st = st
        self.opened: dict[tuple[str, int], Opened] = {}
        self.grant_memo: dict[int, str] = {}
        self.cert_memo: dict[int, str] = {}
        self.visiting: set[tuple[str, int]] = set()

    def _open(self, kind: str, ident: int, data: bytes | None) -> Opened:
        key = (kind, ident)
        if key not in self.opened:
            self.opened[key] = open_signed(data)
        return self.opened[key]

    def grant_of(self, o: Officer) -> Opened:
        return self._open("grant", o.id, o.grant_cms)

    def reg_of(self, c: OfficerCertificate) -> Opened:
        return self._open("cert", c.id, c.registration_cms)

    def bootstraps(self) -> list[Officer]:
        out = []
        for o in self.st.officers.values():
            if o.role != HEAD or not o.grant_cms:
                continue
            g = self.grant_of(o)
            s = g.statement
            if (
                not g.problem
                and s.get("bootstrap") is True
                and s.get("officer") == name_key(o.name)
                and s.get("database") == self.st.db_id
            ):
                out.append(o)
        return out

    # "" = proven; else the reason
    def grant_problem(self, o: Officer) -> str:
        if o.id in self.grant_memo:
            return self.grant_memo[o.id]
        key = ("grant", o.id)
        if key in self.visiting:
            return "its grant goes round in a circle and rests on no head of unit"
        self.visiting.add(key)
        try:
            why = self._grant_problem(o)
        finally:
            self.visiting.discard(key)
        self.grant_memo[o.id] = why
        return why

    def _grant_problem(self, o: Officer) -> str:
        if not o.grant_cms:
            return "no signed grant is stored (a head of unit grants it with their key)"
        g = self.grant_of(o)
        if g.problem:
            return g.problem
        s = g.statement
        if s.get("format") != GRANT_FORMAT:
            return "the stored signature is not a role grant"
        if s.get("database") != self.st.db_id:
            return "the grant was made for another database"
        if s.get("officer") != name_key(o.name):
            return f"the grant was signed for another officer ({s.get('officer')})"
        if s.get("role") != o.role:
            return f"the grant says {s.get('role')}, the table says {o.role}"
        at = _when(s.get("granted_at"))
        if at is None:
            return "the grant has no readable date"
        chain = chain_problem(g.signer_cert, g.others, self.st.anchors, at)
        if chain:
            return chain
        fp = g.signer_fp
        if s.get("bootstrap") is True:
            if o.role != HEAD or s.get("granted_by") != name_key(o.name):
                return "a self-granted role must be the first head of unit's"
            if len(self.bootstraps()) > 1:
                return "more than one officer claims to be the first head of unit of this database"
            if name_key(_cn(g.signer_cert)) != name_key(o.name):
                return f"the first head's certificate names {_cn(g.signer_cert)}, not {o.name}"
            own = [c for c in self.st.certs if c.officer_id == o.id and c.fingerprint_sha256 == fp]
            if not own:
                return "the certificate that signed the grant is not registered to this officer"
            return self.cert_problem(own[0])
        granter = self.st.by_key.get(str(s.get("granted_by", "")))
        if granter is None or granter.id == o.id:
            return f"the granting head of unit ({s.get('granted_by')}) is not recorded"
        return self._signed_by_head(granter, fp, "grant")

    def _signed_by_head(self, granter: Officer, fp: str, what: str) -> str:
        rows = [c for c in self.st.certs if c.fingerprint_sha256 == fp]
        if not rows or rows[0].officer_id != granter.id:
            return f"the certificate that signed the {what} is not registered to {granter.name}"
        why = self.cert_problem(rows[0])
        if why:
            return f"the certificate of {granter.name} that signed the {what}: {why}"
        if granter.role != HEAD:
            return f"{granter.name}, who signed the {what}, is not a head of unit"
        why = self.grant_problem(granter)
        if why:
            return f"{granter.name}'s own grant as head of unit is not proven ({why})"
        return ""

    def cert_problem(self, c: OfficerCertificate) -> str:
        if c.id in self.cert_memo:
            return self.cert_memo[c.id]
        key = ("cert", c.id)
        if key in self.visiting:
            return "its registration goes round in a circle"
        self.visiting.add(key)
        try:
            why = self._cert_problem(c)
        finally:
            self.visiting.discard(key)
        self.cert_memo[c.id] = why
        return why

    def _cert_problem(self, c: OfficerCertificate) -> str:
        owner = self.st.officers.get(c.officer_id)
        if owner is None:
            return "its officer is not recorded"
        if hashlib.sha256(bytes(c.der or b"")).hexdigest() != c.fingerprint_sha256:
            return "the stored certificate is not the one its fingerprint names"
        if not c.registration_cms:
            return "its registration is not signed by a head of unit"
        r = self.reg_of(c)
        if r.problem:
            return f"its registration: {r.problem}"
        s = r.statement
        if s.get("format") != CERT_FORMAT:
            return "the stored signature is not a certificate registration"
        if s.get("action") == "withdraw":
            return "it was withdrawn by the head of unit"
        if s.get("action") != "register" or c.removed_at is not None:
            return "it was withdrawn"
        if s.get("database") != self.st.db_id:
            return "it was registered in another database"
        if s.get("officer") != name_key(owner.name):
            return f"it was registered for another officer ({s.get('officer')})"
        if s.get("certificate_sha256") != c.fingerprint_sha256:
            return "the registration names another certificate"
        at = _when(s.get("granted_at"))
        if at is None:
            return "its registration has no readable date"
        chain = chain_problem(r.signer_cert, r.others, self.st.anchors, at)
        if chain:
            return chain
        if s.get("granted_by") == name_key(owner.name) and r.signer_fp == c.fingerprint_sha256:
            # self-registration: only the first head's own certificate, with the bootstrap grant
            g = self.grant_of(owner) if owner.grant_cms else None
            if (
                g is None
                or g.problem
                or g.statement.get("bootstrap") is not True
                or g.signer_fp != c.fingerprint_sha256
            ):
                return "it was registered by its own holder, who is not the first head of unit"
            return ""
        granter = self.st.by_key.get(str(s.get("granted_by", "")))
        if granter is None:
            return f"the registering head of unit ({s.get('granted_by')}) is not recorded"
        return self._signed_by_head(granter, r.signer_fp, "registration")


@dataclass(frozen=True)
class _Result:
    standings: dict[int, Standing]
    certs: dict[str, str]  # fingerprint -> "" (registered, verified) or why not


def _resolve(ctx: AppContext, session: Session) -> _Result:
    officers = list(session.execute(select(Officer).order_by(Officer.id)).scalars())
    certs = list(session.execute(select(OfficerCertificate).order_by(OfficerCertificate.id)).scalars())
    anchors = trust_anchors(ctx)
    db_id = database_id(session)
    digest = _digest(db_id, anchors, officers, certs)
    cache = ctx.extras.get(_CACHE_KEY)
    if isinstance(cache, tuple) and cache[0] == digest:
        result: _Result = cache[1]
        return result
    st = _State(
        db_id=db_id,
        anchors=anchors,
        officers={o.id: o for o in officers},
        by_key={name_key(o.name): o for o in officers},
        certs=certs,
    )
    r = _Resolver(st)
    out: dict[int, Standing] = {}
    for o in officers:
        if o.role in SIGNED_ROLES:
            why = r.grant_problem(o)
            g = r.grant_of(o) if o.grant_cms else None
            by = str(g.statement.get("granted_by", "")) if g is not None and not g.problem else ""
            out[o.id] = Standing(o.name, o.role, o.role if not why else OFFICER, not why, why, by)
        else:
            out[o.id] = Standing(o.name, o.role, o.role, True)
    cert_state = {c.fingerprint_sha256: r.cert_problem(c) for c in certs}
    result = _Result(out, cert_state)
    ctx.extras[_CACHE_KEY] = (digest, result)
    return result


def standing_of(ctx: AppContext, session: Session, row: Officer) -> Standing:
    return _resolve(ctx, session).standings.get(row.id) or Standing(row.name, row.role, OFFICER, True)


def believed_role(ctx: AppContext, session: Session, row: Officer | None, name: str = "") -> str:
    """The role to act on (SQLite): the recorded one when it needs no proof or its grant
    verifies, else ``officer``; an officer not recorded is an ``officer``."""
    if not ENFORCED:
        return _legacy_role(ctx, row, name)
    if row is None or row.role not in ROLES:
        return OFFICER
    return standing_of(ctx, session, row).role


def _legacy_role(ctx: AppContext, row: Officer | None, name: str) -> str:
    """Before signed grants (transition): the table's role, else the Settings profile's."""
    granted = row.role if row is not None and row.role in ROLES else None
    if granted and granted != OFFICER:
        return granted
    profile = ctx.settings
    if (
        name
        and profile.officer_name.strip()
        and name_key(name) == name_key(profile.officer_name)
        and profile.officer_role in ROLES
    ):
        return profile.officer_role
    return granted or OFFICER


def enforced(ctx: AppContext) -> bool:
    """Whether roles and registrations must be proven by signatures here (SQLite)."""
    return ENFORCED and applies(ctx)


def standings(ctx: AppContext) -> dict[str, Standing]:
    """Every recorded officer's standing, by name (for ``officer list``)."""
    with unit_of_work(ctx.engine, readonly=True) as s:
        res = _resolve(ctx, s)
        names = {o.id: o.name for o in s.execute(select(Officer)).scalars()}
        return {names[i]: st for i, st in res.standings.items() if i in names}


def certificate_problem(ctx: AppContext, session: Session, fingerprint: str) -> str:
    """Why a registered certificate's registration does not verify ("" when it does)."""
    return _resolve(ctx, session).certs.get(fingerprint, "it is not registered")


# --- making grants ----------------------------------------------------------------------


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
    why = chain_problem(cert, others, anchors, _now())
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
    holder = _cn(cert)
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
    res = _resolve(ctx, session)
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
            if name_key(_cn(cert)) != name_key(name):
                raise NotAllowed(
                    f"The first head of unit records themself with their own certificate: this key's "
                    f"certificate names {_cn(cert)}, not {name}. Nothing was changed."
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
        before = {"role": row.role, "unit": row.unit, "email": row.email} if existing else None
        row.role = role
        if unit is not None:
            row.unit = unit
        if email is not None:
            row.email = email
        s.flush()
        after = {"role": row.role, "unit": row.unit, "email": row.email}
        audit.append(
            s,
            actor=actor,
            action="officer.role_set" if existing else "officer.added",
            entity_type="officer",
            entity_id=row.name,
            before=before,
            after={**after, "signed_grant": True, **({"first_head": True} if bootstrap else {})},
        )
        s.flush()
        db_id = database_id(s)  # after the first event exists: the id stays what it is now
        at = _now()
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


def _register(
    s: Session, officer: Officer, cert: Any, signer: Any, actor: str, db_id: str, at: dt.datetime
) -> OfficerCertificate:
    from app.services.letters import certcheck

    fp = certcheck.fingerprint(cert)
    validity = cert["tbs_certificate"]["validity"]
    row = s.execute(
        select(OfficerCertificate).where(OfficerCertificate.fingerprint_sha256 == fp)
    ).scalar_one_or_none()
    if row is None:
        row = OfficerCertificate(
            officer_id=officer.id,
            fingerprint_sha256=fp,
            subject=cert.subject.human_friendly[:500],
            issuer=cert.issuer.human_friendly[:500],
            serial=format(cert.serial_number, "x")[:100],
            not_before=validity["not_before"].native,
            not_after=validity["not_after"].native,
            der=cert.dump(),
            added_by=actor,
            added_at=at,
        )
        s.add(row)
    row.removed_at = None
    row.registration_cms = sign_statement(signer, cert_statement(db_id, officer.name, fp, actor, at))
    s.flush()
    audit.append(
        s,
        actor=actor,
        action="officer.certificate_added",
        entity_type="officer",
        entity_id=officer.name,
        after={"fingerprint_sha256": fp, "subject": row.subject, "not_after": row.not_after.isoformat()},
    )
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
    if signer is None and not ENFORCED:
        return
    require_head_key(ctx, s, signer, actor)
    doc = cert_statement(database_id(s), officer.name, row.fingerprint_sha256, actor, _now(), action=action)
    row.registration_cms = sign_statement(signer, doc)


def needs_signature(ctx: AppContext, name: str, role: str) -> bool:
    """Whether recording ``role`` for ``name`` must be signed on this database (SQLite): a
    role above officer, or taking a proven role above officer away."""
    if not enforced(ctx):
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
