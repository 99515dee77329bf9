"""exemptio case new | list | show | move | assign"""

from __future__ import annotations

import argparse
import datetime as dt

from app.cli.main import add_common, print_json
from app.domain.errors import BadInput
from app.services import cases
from app.services.context import AppContext


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("case", help="open, list and show cases")
    csub = p.add_subparsers(dest="case_command", required=True)

    new = csub.add_parser("new", help="open a case; prints its reference")
    new.add_argument("--title", required=True)
    new.add_argument("--provider", required=True)
    new.add_argument("--subject", required=True, help="the AI model or system")
    new.add_argument("--subject-version", default="")
    new.add_argument("--kind", choices=cases.SUBJECT_KINDS, default="model")
    new.add_argument("--due", help="due date YYYY-MM-DD (default: 60 days)")
    new.add_argument("--notes", default="")
    new.add_argument("--json", action="store_true")
    add_common(new)
    new.set_defaults(func=_new)

    ls = csub.add_parser("list", help="list cases")
    ls.add_argument("--status")
    ls.add_argument("--search", default="")
    ls.add_argument("--assigned")
    ls.add_argument("--overdue", action="store_true")
    ls.add_argument("--limit", type=int)
    ls.add_argument("--json", action="store_true")
    add_common(ls)
    ls.set_defaults(func=_list)

    show = csub.add_parser("show", help="show one case")
    show.add_argument("ref")
    show.add_argument("--json", action="store_true")
    add_common(show)
    show.set_defaults(func=_show)

    mv = csub.add_parser("move", help="move a case to another lifecycle state")
    mv.add_argument("ref")
    mv.add_argument("status")
    mv.add_argument("--reason", default="")
    add_common(mv)
    mv.set_defaults(func=_move)

    asg = csub.add_parser("assign", help="assign a case to an officer")
    asg.add_argument("ref")
    asg.add_argument("assignee")
    asg.add_argument("--reason", default="")
    add_common(asg)
    asg.set_defaults(func=_assign)


def _date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError as err:
        raise BadInput(f"'{value}' is not a date; use YYYY-MM-DD.") from err


def _new(args: argparse.Namespace, ctx: AppContext | None) -> int:
    assert ctx is not None
    rec = cases.create_case(
        ctx,
        cases.NewCase(
            title=args.title,
            provider=args.provider,
            subject=args.subject,
            subject_kind=args.kind,
            subject_version=args.subject_version,
            officer=args.officer_opt,
            notes=args.notes,
            due_date=_date(args.due),
        ),
    )
    if args.json:
        print_json(cases.case_to_json(rec))
    else:
        print(rec.reference)
    return 0


def _list(args: argparse.Namespace, ctx: AppContext | None) -> int:
    assert ctx is not None
    f = cases.CaseFilter(status=args.status, search=args.search, assigned=args.assigned, overdue=args.overdue)
    rows = cases.list_cases(ctx, f, limit=args.limit)
    if args.json:
        print_json([cases.case_to_json(r) for r in rows])
        return 0
    for r in rows:
        due = r.due_date.isoformat() if r.due_date else "-"
        print(f"{r.reference}\t{r.status}\t{due}\t{r.title}\t{r.provider}\t{r.subject}")
    return 0


def _show(args: argparse.Namespace, ctx: AppContext | None) -> int:
    assert ctx is not None
    rec = cases.get_case(ctx, args.ref)
    doc = cases.case_to_json(rec)
    if args.json:
        print_json(doc)
        return 0
    for key, value in doc.items():
        print(f"{key}: {value}")
    return 0


def _move(args: argparse.Namespace, ctx: AppContext | None) -> int:
    assert ctx is not None
    rec = cases.transition(ctx, args.ref, args.status, reason=args.reason)
    print(f"{rec.reference}: {rec.status}")
    return 0


def _assign(args: argparse.Namespace, ctx: AppContext | None) -> int:
    assert ctx is not None
    rec = cases.assign(ctx, args.ref, args.assignee, reason=args.reason)
    print(f"{rec.reference}: assigned to {rec.assigned_officer}")
    return 0
