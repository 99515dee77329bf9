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
    c = asub.add_parser(
        "checkpoint",
        help="sign the audit head with the unit's key (audit verify then sees a cut or rewritten trail)",
    )
    c.add_argument("--key", required=True, help="PKCS#12 file of the unit's signing key")
    c.add_argument("--passphrase-file", help="file holding the PKCS#12 passphrase (first line)")
    c.add_argument("--json", action="store_true")
    add_common(c)
    c.set_defaults(func=_checkpoint)


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


def _checkpoint(args: argparse.Namespace, ctx: AppContext | None) -> int:
    assert ctx is not None
    from app.cli.archive import _passphrase

    cp = audit.checkpoint(ctx, args.key, _passphrase(args.passphrase_file))
    if args.json:
        print_json(
            {"checkpoint": cp.id, "last_id": cp.last_id, "last_hash": cp.last_hash, "signer": cp.signer}
        )
    else:
        print(f"checkpoint {cp.id}: event {cp.last_id} ({cp.last_hash[:16]}…) signed by {cp.signer}")
    return 0
