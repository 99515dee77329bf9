"""exemptio audit verify"""

from __future__ import annotations

import argparse
import sys

from app.cli.main import add_common, print_json
from app.services import audit
from app.services.context import AppContext


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("audit", help="the audit trail")
    asub = p.add_subparsers(dest="audit_command", required=True)
    v = asub.add_parser("verify", help="check that no audit event was changed, added or removed")
    v.add_argument("--json", action="store_true")
    add_common(v)
    v.set_defaults(func=_verify)


def _verify(args: argparse.Namespace, ctx: AppContext | None) -> int:
    assert ctx is not None
    count, problems = audit.verify(ctx)
    if args.json:
        print_json(
            {
                "events": count,
                "intact": not problems,
                "problems": [{"event": p.event_id, "reason": p.reason} for p in problems],
            }
        )
    if problems:
        first = problems[0]
        where = f"broken at event {first.event_id}" if first.event_id else "not protected"
        sys.stderr.write(
            f"exemptio: audit trail {where}: {first.reason}"
            + (f" ({len(problems) - 1} more problem(s))" if len(problems) > 1 else "")
            + "\n"
        )
        return 1
    if not args.json:
        print(f"audit trail intact: {count} events")
    return 0
