"""Who is a proven head of unit (or reviewer), and which registered certificates hold.

A recorded role above officer is believed only when its grant verifies, down to the
bootstrap head (see :mod:`app.services.grants`). The result is cached per context by a hash
of the officer and certificate rows, the database id and the trust anchors."""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import os
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.errors import BadInput
from app.domain.text import name_key
from app.services.context import AppContext
from app.services.grants.statement import CERT_FORMAT, GRANT_FORMAT, Opened, database_id, open_signed
from db.engine import is_sqlite
from db.models import Officer, OfficerCertificate
from db.uow import unit_of_work

HEAD, REVIEWER, OFFICER = "head", "reviewer", "officer"
ROLES = ("officer", "reviewer", "head", "auditor")
SIGNED_ROLES = frozenset({HEAD, REVIEWER})  # roles above officer: believed only with a signed grant
_CACHE_KEY = "grants.standings"
_ANCHOR_KEY = "grants.anchors"


def applies(ctx: AppContext) -> bool:
    """Signed grants are the rule on a single-user (SQLite) database."""
    return is_sqlite(ctx.db_url)


def trust_anchors(ctx: AppContext) -> list[Any]:
    """The trust store in Settings (``trust_anchor``: a PEM/DER file or a list of them)."""
    from app.services.letters import verify

    paths = verify.anchor_paths(ctx.settings.extra.get("trust_anchor"))
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


def common_name(cert: Any) -> str:
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
        certcheck.check_usage(cert)
        certcheck.check_validity(cert, at)
    except BadInput as err:
        return str(err).replace(" Nothing was signed.", "").replace(": nothing was signed", "")
    quiet = logging.getLogger("pyhanko_certvalidator")
    old = quiet.level
    quiet.setLevel(logging.CRITICAL)
    try:
        path = tuple(certcheck.validate_chain(cert, list(anchors), chain, "soft-fail", at, False))
    except cv.PathBuildingError:
        path = ()
    except (cv.PathValidationError, ValueError) as err:
        return f"the signer's certificate ({common_name(cert)}) does not hold: {err}"
    finally:
        quiet.setLevel(old)
    anchor_ders = {a.dump() for a in anchors}
    if not path or not any(c.dump() in anchor_ders for c in path):
        return (
            f"the signer's certificate ({common_name(cert)}) does not chain to the trust anchor in Settings"
        )
    return ""


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

    def _checked(
        self, memo: dict[int, str], kind: str, row_id: int, circle: str, check: Callable[[], str]
    ) -> str:
        """``check()`` once per row (memoised); ``circle`` when the row's proof rests on itself."""
        if row_id in memo:
            return memo[row_id]
        key = (kind, row_id)
        if key in self.visiting:
            return circle
        self.visiting.add(key)
        try:
            why = check()
        finally:
            self.visiting.discard(key)
        memo[row_id] = why
        return why

    # "" = proven; else the reason
    def grant_problem(self, o: Officer) -> str:
        circle = "its grant goes round in a circle and rests on no head of unit"
        return self._checked(self.grant_memo, "grant", o.id, circle, lambda: self._grant_problem(o))

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
            if name_key(common_name(g.signer_cert)) != name_key(o.name):
                return f"the first head's certificate names {common_name(g.signer_cert)}, not {o.name}"
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
        circle = "its registration goes round in a circle"
        return self._checked(self.cert_memo, "cert", c.id, circle, lambda: self._cert_problem(c))

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


def resolve(ctx: AppContext, session: Session) -> _Result:
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
    return resolve(ctx, session).standings.get(row.id) or Standing(row.name, row.role, OFFICER, True)


def believed_role(ctx: AppContext, session: Session, row: Officer | None) -> str:
    """The role to act on (SQLite): the recorded one when it needs no proof or its grant
    verifies, else ``officer``; an officer not recorded is an ``officer``."""
    if row is None or row.role not in ROLES:
        return OFFICER
    return standing_of(ctx, session, row).role


def standings(ctx: AppContext) -> dict[str, Standing]:
    """Every recorded officer's standing, by name (for ``officer list``)."""
    with unit_of_work(ctx.engine, readonly=True) as s:
        res = resolve(ctx, s)
        names = {o.id: o.name for o in s.execute(select(Officer)).scalars()}
        return {names[i]: st for i, st in res.standings.items() if i in names}


def certificate_problem(ctx: AppContext, session: Session, fingerprint: str) -> str:
    """Why a registered certificate's registration does not verify ("" when it does)."""
    return resolve(ctx, session).certs.get(fingerprint, "it is not registered")
