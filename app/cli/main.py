"""The headless commands (design.md "The headless contract").

Exit codes: 0 success, 1 a failed check, 2 bad usage or bad input, always
with a one-line reason on stderr. ``--json`` prints one JSON document.
"""

from __future__ import annotations

import argparse
import importlib
import json
import logging
import sys
from collections.abc import Callable, Sequence
from typing import Any

from app import __version__
from app.domain.errors import ExemptioError
from app.logging_setup import setup_logging
from app.services.context import AppContext, open_context

log = logging.getLogger("exemptio.cli")

# Each module has register(subparsers) adding its commands. A command sets
# func(args, ctx) -> int, and needs_db=False when it does not touch the database.
COMMAND_MODULES = (
    "app.cli.dbcmd",
    "app.cli.cases",
    "app.cli.auditcmd",
    "app.cli.evidence",
    "app.cli.model",
    "app.cli.licence",
    "app.cli.checklist",
    "app.cli.letter",
    "app.cli.archive",
    "app.cli.demo",
    "app.cli.officers",
    "app.cli.support",
)

Command = Callable[[argparse.Namespace, AppContext | None], int]


class ArgumentParser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(2, f"exemptio: {message} (see '{self.prog} --help')\n")


def build_parser() -> argparse.ArgumentParser:
    parser = ArgumentParser(prog="exemptio", description="Assess open-source claims under the EU AI Act.")
    parser.add_argument("--version", action="version", version=f"exemptio {__version__}")
    parser.add_argument("--home", help="data folder (default: EXEMPTIO_HOME or the user data folder)")
    parser.add_argument("--db", help="database path or SQLAlchemy URL (default: EXEMPTIO_DB)")
    parser.add_argument("--officer", help="acting officer (default: EXEMPTIO_OFFICER or settings)")
    sub = parser.add_subparsers(dest="command", parser_class=ArgumentParser)
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def add_common(p: argparse.ArgumentParser) -> None:
    """Let --officer/--db/--home also follow the subcommand."""
    p.add_argument("--officer", dest="sub_officer", help=argparse.SUPPRESS)
    p.add_argument("--db", dest="sub_db", help=argparse.SUPPRESS)
    p.add_argument("--home", dest="sub_home", help=argparse.SUPPRESS)


def print_json(doc: Any) -> None:
    sys.stdout.write(json.dumps(doc, ensure_ascii=False, indent=2, default=str) + "\n")


def fail(message: str, code: int = 2) -> int:
    sys.stderr.write(f"exemptio: {message}\n")
    return code


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    args = parser.parse_args(argv)
    func: Command | None = getattr(args, "func", None)
    if func is None:
        parser.print_help(sys.stderr)
        return 2
    officer = getattr(args, "sub_officer", None) or args.officer
    db = getattr(args, "sub_db", None) or args.db
    home = getattr(args, "sub_home", None) or args.home
    ctx: AppContext | None = None
    try:
        if getattr(args, "needs_db", True):
            ctx = open_context(home=home, db=db, officer=officer)
            setup_logging(ctx.paths)
        args.home_opt, args.db_opt, args.officer_opt = home, db, officer
        return func(args, ctx)
    except ExemptioError as err:
        return fail(str(err), err.exit_code)
    except KeyboardInterrupt:
        return fail("interrupted; nothing half-written was kept", 2)
    except BrokenPipeError:
        return 0
    except Exception as err:  # a bug: one line for the officer, the traceback in the log
        log.exception("unexpected error in %s", args.command)
        return fail(f"unexpected error ({type(err).__name__}: {err}); details are in the log", 2)
    finally:
        if ctx is not None:
            ctx.close()


def run() -> None:
    sys.exit(main())
