"""exemptio evidence add | list | verify | show"""

from __future__ import annotations

import argparse
import datetime as dt
import sys

from app.cli.main import add_common, print_json
from app.domain.errors import BadInput, CheckFailed
from app.services import evidence
from app.services.context import AppContext


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("evidence", help="attach, list and verify case evidence")
    esub = p.add_subparsers(dest="evidence_command", required=True)

    add = esub.add_parser("add", help="attach files or folders; prints the SHA-256 of each file")
    add.add_argument("ref", help="case reference")
    add.add_argument("paths", nargs="+", metavar="PATH")
    add.add_argument("--description", default="")
    add.add_argument("--source-url", default="")
    add.add_argument("--retrieved", help="retrieval date YYYY-MM-DD (default: today when a URL is given)")
    add.add_argument(
        "--reference-only",
        action="store_true",
        help="hash the files where they are, without copying them (for huge weight files)",
    )
    add.add_argument("--json", action="store_true")
    add_common(add)
    add.set_defaults(func=_add)

    ls = esub.add_parser("list", help="list a case's evidence")
    ls.add_argument("ref")
    ls.add_argument("--json", action="store_true")
    add_common(ls)
    ls.set_defaults(func=_list)

    ver = esub.add_parser("verify", help="re-hash stored bytes (of one case, or all)")
    ver.add_argument("ref", nargs="?")
    ver.add_argument("--json", action="store_true")
    add_common(ver)
    ver.set_defaults(func=_verify)


def _safe(text: str) -> str:
    """Never let a file name break a line of output."""
    return text.replace("\n", "\\n").replace("\r", "\\r")


def _retrieved(value: str | None) -> dt.datetime | None:
    if not value:
        return None
    try:
        d = dt.date.fromisoformat(value)
    except ValueError as err:
        raise BadInput(f"'{value}' is not a date; use YYYY-MM-DD.") from err
    return dt.datetime(d.year, d.month, d.day, tzinfo=dt.UTC)


def _add(args: argparse.Namespace, ctx: AppContext | None) -> int:
    assert ctx is not None
    res = evidence.add_paths(
        ctx,
        args.ref,
        args.paths,
        description=args.description,
        source_url=args.source_url,
        retrieved_at=_retrieved(args.retrieved),
        reference_only=args.reference_only,
    )
    if args.json:
        print_json(
            {
                "added": [r.to_json() for r in res.items],
                "already_attached": [r.to_json() for r in res.duplicates],
                "skipped": res.skipped,
                "bytes_stored": res.bytes_stored,
            }
        )
        return 0
    for r in res.items:
        marker = "  (reference only)" if r.reference_only else ""
        print(f"{r.sha256}  {_safe(r.label)}{marker}")
    for r in res.duplicates:
        print(f"{r.sha256}  {_safe(r.label)}  (already attached)")
    for s in res.skipped:
        sys.stderr.write(f"exemptio: skipped {_safe(s)} (version-control or linked folder)\n")
    return 0


def _list(args: argparse.Namespace, ctx: AppContext | None) -> int:
    assert ctx is not None
    items = evidence.list_evidence(ctx, args.ref)
    if args.json:
        print_json([r.to_json() for r in items])
        return 0
    for r in items:
        marker = "  [reference only]" if r.reference_only else ""
        print(f"{r.id:>5}  {r.sha256[:12]}  {r.size:>12}  {r.media_type:<28} {_safe(r.label)}{marker}")
    return 0


def _verify(args: argparse.Namespace, ctx: AppContext | None) -> int:
    assert ctx is not None
    results = evidence.verify_evidence(ctx, args.ref)
    bad = [v for v in results if not v.ok]
    if args.json:
        print_json(
            {
                "ok": not bad,
                "checked": len(results),
                "items": [
                    {
                        "id": v.id,
                        "kind": v.kind,
                        "case": v.case_reference,
                        "name": v.label,
                        "sha256": v.sha256,
                        "reference_only": v.reference_only,
                        "status": v.status,
                    }
                    for v in results
                ],
            }
        )
    else:
        for v in bad:
            num = f"#{v.id}  " if v.kind == "evidence" else ""
            print(f"{v.status.upper():8} {v.case_reference}  {num}{_safe(v.label)}  {v.sha256}")
        if not bad:
            print(f"All {len(results)} stored item(s) (evidence and issued letters) match their SHA-256.")
    if bad:
        names = ", ".join(f"{v.case_reference} {_safe(v.label)} ({v.status})" for v in bad[:5])
        more = f" and {len(bad) - 5} more" if len(bad) > 5 else ""
        raise CheckFailed(f"{len(bad)} of {len(results)} evidence item(s) failed: {names}{more}.")
    return 0
