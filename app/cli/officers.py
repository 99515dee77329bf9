"""exemptio officer add | list | whoami | cert add | cert list | cert remove

Roles (officer, reviewer, head, auditor) and each officer's signing certificates,
both granted by the head of unit: letters are issued and approved only with a
certificate registered to the acting officer (app/services/officer_certs.py)."""

from __future__ import annotations

import argparse

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
    add.add_argument("--json", action="store_true")
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
    add_common(crm)
    crm.set_defaults(func=_cert_remove)

    who = osub.add_parser("whoami", help="show the acting officer and their role")
    who.add_argument("--json", action="store_true")
    add_common(who)
    who.set_defaults(func=_whoami)


def _doc(o) -> dict[str, object]:  # type: ignore[no-untyped-def]
    return {"name": o.name, "role": o.role, "unit": o.unit, "email": o.email}


def _add(args: argparse.Namespace, ctx: AppContext | None) -> int:
    assert ctx is not None
    rec = roles.set_officer(ctx, args.name, args.role, unit=args.unit, email=args.email)
    if args.json:
        print_json(_doc(rec))
    else:
        print(f"{rec.name}: {roles.ROLE_LABELS[rec.role]}")
    return 0


def _list(args: argparse.Namespace, ctx: AppContext | None) -> int:
    assert ctx is not None
    rows = roles.list_officers(ctx)
    if args.json:
        print_json([_doc(o) for o in rows])
        return 0
    for o in rows:
        print(f"{o.name}\t{roles.ROLE_LABELS.get(o.role, o.role)}\t{o.unit}")
    return 0


def _whoami(args: argparse.Namespace, ctx: AppContext | None) -> int:
    assert ctx is not None
    name = ctx.officer.strip()
    role = roles.role_of(ctx)
    if args.json:
        print_json({"name": name, "role": role})
    else:
        print(f"{name or '(no officer set)'}: {roles.ROLE_LABELS[role]}")
    return 0


def _cert_line(c) -> str:  # type: ignore[no-untyped-def]
    state = f"withdrawn {c.removed_at:%Y-%m-%d}" if c.removed_at else f"valid until {c.not_after:%Y-%m-%d}"
    return f"{c.officer}\t{c.fingerprint_sha256}\t{c.subject}\t{state}"


def _cert_add(args: argparse.Namespace, ctx: AppContext | None) -> int:
    assert ctx is not None
    from app.services import officer_certs

    rec = officer_certs.add_certificate(ctx, args.name, args.certificate)
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

    rec = officer_certs.remove_certificate(ctx, args.name, args.fingerprint)
    print(f"{rec.officer}: certificate {rec.fingerprint_sha256} withdrawn")
    return 0
