"""exemptio officer add | list  (team mode: who holds which role)"""

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
