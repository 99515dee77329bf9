"""exemptio officer add | list | whoami | cert add | cert list | cert remove

Roles (officer, reviewer, head, auditor) and each officer's signing certificates,
both granted by the head of unit: letters are issued and approved only with a
certificate registered to the acting officer (app/services/officer_certs.py).

On a single-user database (SQLite) a role above officer and every certificate
registration are signed with the head of unit's key (--key HEAD.p12
--passphrase-file F, or --pkcs11-lib ...; app/services/grants.py); the first head
of unit of a new database records themself with their own key."""

from __future__ import annotations

import argparse
from typing import Any

from app.cli.main import JSON, arg, group, leaf, print_json, print_rows
from app.cli.support import key_options, open_signer
from app.services import roles
from app.services.context import AppContext

# The head of unit's signing key (as 'letter issue' takes it): a single-user database
# accepts role grants and certificate registrations only signed with it.
HEAD_KEY = key_options(
    key="the head of unit's PKCS#12 key (.p12/.pfx): signs the grant",
    pkcs11="PKCS#11 module of the head's signing token",
    chain="PEM file with the CA certificates of the head's certificate",
    passphrase="file holding the key's passphrase or the token PIN (first line)",
)


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    osub = group(
        sub, "officer", "officer_command", help="officers and their roles (officer, reviewer, head, auditor)"
    )
    login = "team database: the officer's own PostgreSQL login (mapped, and granted the role)"
    leaf(
        osub,
        "add",
        _add,
        arg("name"),
        arg("--role", choices=roles.ROLES, default=roles.OFFICER),
        arg("--unit"),
        arg("--email"),
        arg("--login", help=login),
        JSON,
        HEAD_KEY,
        help="record an officer or change their role (the head of unit grants roles)",
    )
    leaf(osub, "list", _list, JSON, help="list officers and their roles")

    csub = group(
        osub, "cert", "cert_command", help="officers' signing certificates (registered by the head of unit)"
    )
    certificate = arg("certificate", help="the officer's certificate file (.pem, .crt, .cer, .der)")
    cert_help = "register a signing certificate (PEM or DER) for an officer"
    leaf(csub, "add", _cert_add, arg("name"), certificate, JSON, HEAD_KEY, help=cert_help)
    leaf(csub, "list", _cert_list, arg("name", nargs="?"), JSON, help="registered signing certificates")
    fingerprint = arg("fingerprint", help="SHA-256 fingerprint (at least its first 8 hex digits)")
    remove = "withdraw a registered certificate (it stays on record)"
    leaf(csub, "remove", _cert_remove, arg("name"), fingerprint, HEAD_KEY, help=remove)

    leaf(osub, "whoami", _whoami, JSON, help="show the acting officer and their role")


def _doc(o, standing=None) -> dict[str, object]:  # type: ignore[no-untyped-def]
    doc: dict[str, object] = {"name": o.name, "role": o.role, "unit": o.unit, "email": o.email}
    if getattr(o, "db_login", ""):  # team mode: the officer's own PostgreSQL login
        doc["login"] = o.db_login
    if standing is not None:
        doc["role"] = standing.role
        doc["recorded_role"] = standing.recorded
        doc["grant"] = "proven" if standing.proven else f"not proven: {standing.reason}"
    return doc


def _add(args: argparse.Namespace, ctx: AppContext | None) -> int:
    assert ctx is not None
    with open_signer(args, args.key) as signer:
        rec = roles.set_officer(
            ctx, args.name, args.role, unit=args.unit, email=args.email, signer=signer, login=args.login
        )
    if args.json:
        print_json(_doc(rec))
    else:
        signed = " (grant signed)" if signer is not None else ""
        print(f"{rec.name}: {roles.ROLE_LABELS[rec.role]}{signed}")
    return 0


def _standings(ctx: AppContext) -> dict[str, Any]:
    from app.services import grants

    return grants.standings(ctx) if grants.applies(ctx) else {}


def _list(args: argparse.Namespace, ctx: AppContext | None) -> int:
    assert ctx is not None
    rows = roles.list_officers(ctx)
    known = _standings(ctx)
    if args.json:
        print_json([_doc(o, known.get(o.name)) for o in rows])
        return 0
    for o in rows:
        st = known.get(o.name)
        role = st.role if st is not None else o.role
        line = f"{o.name}\t{roles.ROLE_LABELS.get(role, role)}\t{o.unit}"
        if o.db_login:
            line += f"\tlogin {o.db_login}"
        if st is not None and not st.proven:
            recorded = roles.ROLE_LABELS.get(st.recorded, st.recorded)
            line += f"\trecorded as {recorded}, grant not proven: {st.reason}"
        print(line)
    return 0


def _whoami(args: argparse.Namespace, ctx: AppContext | None) -> int:
    assert ctx is not None
    name = ctx.officer.strip()
    role = roles.role_of(ctx)
    st = next((v for k, v in _standings(ctx).items() if name and roles.same_officer(k, name)), None)
    if args.json:
        doc: dict[str, object] = {"name": name, "role": role}
        if ctx.team is not None:  # team mode: who the server says we are
            doc["login"] = ctx.team.login
            doc["setup_mode"] = ctx.team.owner
        if st is not None:
            doc["recorded_role"] = st.recorded
            doc["grant"] = "proven" if st.proven else f"not proven: {st.reason}"
        print_json(doc)
    else:
        extra = ""
        if st is not None and not st.proven:
            recorded = roles.ROLE_LABELS.get(st.recorded, st.recorded)
            extra = f" (recorded as {recorded}; grant not proven: {st.reason})"
        if ctx.team is not None:
            mode = " (the database owner: setup mode, names are typed)" if ctx.team.owner else ""
            extra = f"{extra} [login {ctx.team.login}{mode}]"
        print(f"{name or '(no officer set)'}: {roles.ROLE_LABELS[role]}{extra}")
    return 0


def _cert_line(c) -> str:  # type: ignore[no-untyped-def]
    state = f"withdrawn {c.removed_at:%Y-%m-%d}" if c.removed_at else f"valid until {c.not_after:%Y-%m-%d}"
    return f"{c.officer}\t{c.fingerprint_sha256}\t{c.subject}\t{state}"


def _cert_add(args: argparse.Namespace, ctx: AppContext | None) -> int:
    assert ctx is not None
    from app.services import officer_certs

    with open_signer(args, args.key) as signer:
        rec = officer_certs.add_certificate(ctx, args.name, args.certificate, signer=signer)
    if args.json:
        print_json(rec.to_json())
    else:
        print(f"{rec.officer}: certificate {rec.fingerprint_sha256} ({rec.subject}) registered")
    return 0


def _cert_list(args: argparse.Namespace, ctx: AppContext | None) -> int:
    assert ctx is not None
    from app.services import officer_certs

    return print_rows(args, officer_certs.list_certificates(ctx, args.name), _cert_line)


def _cert_remove(args: argparse.Namespace, ctx: AppContext | None) -> int:
    assert ctx is not None
    from app.services import officer_certs

    with open_signer(args, args.key) as signer:
        rec = officer_certs.remove_certificate(ctx, args.name, args.fingerprint, signer=signer)
    print(f"{rec.officer}: certificate {rec.fingerprint_sha256} withdrawn")
    return 0
