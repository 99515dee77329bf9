"""exemptio register export --format csv|xlsx|json [--out FILE] [filters]"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.cli.main import arg, group, leaf
from app.services.context import AppContext


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    from app.cli.cases import add_filter_args

    rsub = group(sub, "register", "register_command", help="the case register and figures for reporting")
    leaf(
        rsub,
        "export",
        _export,
        arg("--format", required=True, choices=("csv", "xlsx", "json")),
        arg("--out", help="the file to write (refused when it exists, unless --force)"),
        arg("--force", action="store_true", help="replace an existing --out file"),
        add_filter_args,
        help="every case matching the filters, one row each, with the dashboard's figures",
        description="Export the case register (CSV, XLSX with a figures sheet, or JSON). The filters "
        "are those of 'case list'; without --out the document goes to stdout (not for xlsx).",
    )


def _export(args: argparse.Namespace, ctx: AppContext | None) -> int:
    from app.cli.cases import list_filter
    from app.domain.errors import BadInput
    from app.services import register

    assert ctx is not None
    f = list_filter(args)
    if args.format == "xlsx" and not args.out:
        raise BadInput.of("cli.xlsx_needs_out")
    rows, figures = register.collect(ctx, f, sort=args.sort, descending=args.descending)
    data = register.render(args.format, rows, figures)
    if args.out:
        out = Path(args.out)
        register.write(out, data, force=args.force)
        sys.stderr.write(f"exemptio: {len(rows)} case(s) written to {out}\n")
    else:
        sys.stdout.write(data.decode("utf-8").lstrip("\ufeff"))  # text formats only
        sys.stdout.flush()
    return 0
