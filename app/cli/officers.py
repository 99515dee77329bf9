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
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from app.cli.main import add_common, print_json
from app.services import roles
from app.services.context import AppContext


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("officer", help="officers and their roles (officer, reviewer, head, auditor)")
    osub = p.add_subparsers(dest="officer_command", required=True)

    add = osub.add_parser(
        "add", help="record an officer or change their role (the head of unit grants roles)"
    )
    add.add_argument("name")
    add.add_argument("--role", choices=roles.ROLES, default=roles.OFFICER)
    add.add_argument("--unit")
    add.add_argument("--email")
    add.add_argument(
        "--login", help="team database: the officer's own PostgreSQL login (mapped, and granted the role)"
    )
    add.add_argument("--json", action="store_true")
    _key_options(add)
    add_common(add)
    add.set_defaults(func=_add)

    ls = osub.add_parser("list", help="list officers and their roles")
    ls.add_argument("--json", action="store_true")
    add_common(ls)
    ls.set_defaults(func=_list)

    cert = osub.add_parser("cert", help="officers' signing certificates (registered by the head of unit)")
    csub = cert.add_subparsers(dest="cert_command", required=True)
    cadd = csub.add_parser("add", help="register a signing certificate (PEM or DER) for an officer")
    cadd.add_argument("name")
    cadd.add_argument("certificate", help="the officer's certificate file (.pem, .crt, .cer, .der)")
    cadd.add_argument("--json", action="store_true")
    _key_options(cadd)
    add_common(cadd)
    cadd.set_defaults(func=_cert_add)
    cls = csub.add_parser("list", help="registered signing certificates")
    cls.add_argument("name", nargs="?")
    cls.add_argument("--json", action="store_true")
    add_common(cls)
    cls.set_defaults(func=_cert_list)
    crm = csub.add_parser("remove", help="withdraw a registered certificate (it stays on record)")
    crm.add_argument("name")
    crm.add_argument("fingerprint", help="SHA-256 fingerprint (at least its first 8 hex digits)")
    _key_options(crm)
    add_common(crm)
    crm.set_defaults(func=_cert_remove)

    who = osub.add_parser("whoami", help="show the acting officer and their role")
    who.add_argument("--json", action="store_true")
    add_common(who)
    who.set_defaults(func=_whoami)


def _key_options(p: argparse.ArgumentParser) -> None:
    """The head of unit's signing key (as 'letter issue' takes it): a single-user database
    accepts role grants and certificate registrations only signed with it."""
    key = p.add_mutually_exclusive_group()
    key.add_argument("--key", help="the head of unit's PKCS#12 key (.p12/.pfx): signs the grant")
    key.add_argument("--pkcs11-lib", help="PKCS#11 module of the head's signing token")
    p.add_argument("--token-label", help="PKCS#11 token label")
    p.add_argument("--key-label", help="PKCS#11 key (and certificate) label")
    p.add_argument("--chain", help="PEM file with the CA certificates of the head's certificate")
    p.add_argument(
        "--passphrase-file", help="file holding the key's passphrase or the token PIN (first line)"
    )


@contextmanager
def _signer(args: argparse.Namespace) -> Iterator[Any]:
    """The signer of --key / --pkcs11-lib (None without either), loaded with the letter
    commands' loaders; a token is closed afterwards."""
    from app.cli.letter import _chain, read_secret
    from app.services.letters import sign

    if getattr(args, "pkcs11_lib", None):
        chain = _chain(args.chain)
        pin = read_secret(args.passphrase_file, "Token PIN: ")
        token = sign.open_pkcs11_signer(
            args.pkcs11_lib, pin, token_label=args.token_label, key_label=args.key_label, chain=chain
        )
        try:
            yield token.signer
        finally:
            token.close()
        return
    if getattr(args, "key", None):
        secret = read_secret(args.passphrase_file, f"Passphrase for {Path(args.key).name}: ")
        signer = sign.load_pkcs12_signer(args.key, secret.encode("utf-8"))
        del secret
        yield signer
        return
    yield None


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
    with _signer(args) as signer:
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

    with _signer(args) as signer:
        rec = officer_certs.add_certificate(ctx, args.name, args.certificate, signer=signer)
    if args.json:
        print_json(rec.to_json())
    else:
        print(f"{rec.officer}: certificate {rec.fingerprint_sha256} ({rec.subject}) registered")
    return 0


def _cert_list(args: argparse.Namespace, ctx: AppContext | None) -> int:
    assert ctx is not None
    from app.services import officer_certs

    rows = officer_certs.list_certificates(ctx, args.name)
    if args.json:
        print_json([r.to_json() for r in rows])
        return 0
    for r in rows:
        print(_cert_line(r))
    return 0


def _cert_remove(args: argparse.Namespace, ctx: AppContext | None) -> int:
    assert ctx is not None
    from app.services import officer_certs

    with _signer(args) as signer:
        rec = officer_certs.remove_certificate(ctx, args.name, args.fingerprint, signer=signer)
    print(f"{rec.officer}: certificate {rec.fingerprint_sha256} withdrawn")
    return 0
