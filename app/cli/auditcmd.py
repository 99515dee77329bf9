"""exemptio audit verify | checkpoint | list"""

from __future__ import annotations

import argparse
import sys

from app.cli.main import JSON, PASSPHRASE_FILE, arg, group, leaf, print_json, print_line
from app.services import audit
from app.services.context import AppContext


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    asub = group(sub, "audit", "audit_command", help="the audit trail")
    verify = "check that no audit event was changed, added or removed"
    leaf(asub, "verify", _verify, JSON, help=verify)
    leaf(
        asub,
        "checkpoint",
        _checkpoint,
        arg("--key", required=True, help="PKCS#12 file of the unit's signing key"),
        PASSPHRASE_FILE,
        JSON,
        help="sign the audit head with the unit's key (audit verify then sees a cut or rewritten trail)",
    )
    leaf(
        asub,
        "list",
        _list,
        arg("ref", nargs="?", help="only this case's events"),
        arg("--limit", type=int, default=50, help="at most N events (default 50)"),
        arg("--offset", type=int, default=0, help="skip the N newest events (next page)"),
        JSON,
        help="the audit trail, newest first (one case's with REF)",
    )


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


def _list(args: argparse.Namespace, ctx: AppContext | None) -> int:
    assert ctx is not None
    if args.offset < 0:
        from app.domain.errors import BadInput

        raise BadInput.of("cli.offset_negative", offset=args.offset)
    lines = audit.trail(ctx, args.ref, limit=args.limit, offset=args.offset)
    if args.json:
        print_json(
            [
                {
                    "id": e.id,
                    "at": e.at,
                    "officer": e.officer,
                    "event": e.event,
                    "action": e.action,
                    "case": e.case_ref,
                    "summary": e.summary,
                }
                for e in lines
            ]
        )
        return 0
    if not lines:
        print("no audit events" + (f" for {args.ref}" if args.ref else ""))
        return 0
    for e in lines:
        print_line(_when(e.at), e.officer, e.event, e.case_ref or "—", e.summary)
    return 0


def _when(ts: str) -> str:
    """``2026-12-02 02:40:05 UTC``: the stored ISO time without microseconds."""
    import datetime as dt

    try:
        when = dt.datetime.fromisoformat(ts)
    except ValueError:
        return ts
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    return when.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M:%S UTC")
