"""The headless commands (design.md "The headless contract").

Exit codes: 0 success, 1 a failed check, 2 bad usage or bad input, always
with a one-line reason on stderr. ``--json`` prints one JSON document.

Start-up is kept short: this module imports only the standard library (plus
``app.__version__``); a command's module is imported only when that command
runs. ``COMMANDS`` maps each top-level command to the module whose
``register(subparsers)`` adds it. To add a command: write ``app/cli/NAME.py``
with ``register(sub)`` (``group(sub, NAME, DEST, help=...)`` for a command with
subcommands, ``leaf(sub, NAME, fn, arg(...), JSON, ..., help=...)`` for each command
that runs; ``needs_db=False`` when it does not touch the database) and add one line
here. The helpers live here, not in a module of their own, because ``case list`` must
import no other ``app.cli`` module (tests/unit/test_cli_fast.py). ``tests/unit/test_cli_fast.py`` checks
that the table and the modules agree. Import heavy libraries inside the
command function, not at the top of the module, so that ``--help`` and other
commands stay fast.

Every failure goes through one boundary (:func:`app.services.boundary.describe_failure`):
one plain line on stderr, never a traceback, never SQL or its parameters.
"""

from __future__ import annotations

import argparse
import importlib
import json
import logging
import sys
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any, TextIO

from app import __version__

if TYPE_CHECKING:
    from app.services.context import AppContext

log = logging.getLogger("exemptio.cli")

# top-level command -> the module whose register(sub) adds it (a module may add several)
COMMANDS: dict[str, str] = {
    "db": "app.cli.dbcmd",
    "case": "app.cli.cases",
    "audit": "app.cli.auditcmd",
    "evidence": "app.cli.evidence",
    "model": "app.cli.model",
    "licence": "app.cli.licence",
    "license": "app.cli.licence",  # an alias the licence module registers
    "checklist": "app.cli.checklist",
    "letter": "app.cli.letter",
    "archive": "app.cli.archive",
    "demo": "app.cli.demo",
    "register": "app.cli.register",
    "officer": "app.cli.officers",
    "key": "app.cli.support",
    "report": "app.cli.support",
}

# Every command module, each once (``exemptio --help`` registers them all).
COMMAND_MODULES = tuple(dict.fromkeys(COMMANDS.values()))

# Global options that take a value (so the command is the first other word).
_VALUE_OPTIONS = ("--home", "--db", "--officer")

Command = Callable[[argparse.Namespace, "AppContext | None"], int]


class ArgumentParser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(2, f"exemptio: {message} (see '{self.prog} --help')\n")


def _command_word(argv: Sequence[str]) -> str | None:
    """The top-level command named in ``argv`` (None for none or an option only)."""
    skip = False
    for word in argv:
        if skip:
            skip = False
            continue
        if word == "--":
            return None
        if word in _VALUE_OPTIONS:
            skip = True
            continue
        if word.startswith("-"):
            continue
        return word
    return None


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The parser; with ``argv``, only the module of the command it names is imported
    (none for global options only, such as ``--version``; all of them for ``--help``,
    no ``argv`` or an unknown command, so that help and "invalid choice" list them all)."""
    parser = ArgumentParser(prog="exemptio", description="Assess open-source claims under the EU AI Act.")
    parser.add_argument("--version", action="version", version=f"exemptio {__version__}")
    parser.add_argument("--home", help="data folder (default: EXEMPTIO_HOME or the user data folder)")
    parser.add_argument("--db", help="database path or SQLAlchemy URL (default: EXEMPTIO_DB)")
    parser.add_argument("--officer", help="acting officer (default: EXEMPTIO_OFFICER or settings)")
    sub = parser.add_subparsers(dest="command", parser_class=ArgumentParser, metavar="COMMAND")
    word = _command_word(argv) if argv is not None else None
    if word in COMMANDS:
        importlib.import_module(COMMANDS[word]).register(sub)
    elif word is None and argv and not any(a in ("-h", "--help") for a in argv):
        pass  # global options only (--version): no command module is needed
    else:
        for name in COMMAND_MODULES:
            importlib.import_module(name).register(sub)
    return parser


def lazy_import(name: str) -> Any:
    """The module ``name``, executed on first attribute access (importlib.util.LazyLoader):
    a command module can say ``cases = lazy_import("app.services.cases")`` at the top and
    use ``cases.x`` in its functions, without paying for the import when a command does
    not need it. Returns the module itself when it is already loaded."""
    import importlib.util

    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.find_spec(name)
    if spec is None or spec.loader is None:
        raise ModuleNotFoundError(name)
    loader = importlib.util.LazyLoader(spec.loader)
    spec.loader = loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    loader.exec_module(module)
    return module


def add_common(p: argparse.ArgumentParser) -> None:
    """Let --officer/--db/--home also follow the subcommand."""
    p.add_argument("--officer", dest="sub_officer", help=argparse.SUPPRESS)
    p.add_argument("--db", dest="sub_db", help=argparse.SUPPRESS)
    p.add_argument("--home", dest="sub_home", help=argparse.SUPPRESS)


# The command modules declare their arguments as data: ``arg(...)`` is one
# ``add_argument`` call written down, ``leaf(...)`` adds a command with them in order.
ArgSpec = tuple[tuple[str, ...], dict[str, Any]]
Spec = ArgSpec | Callable[[argparse.ArgumentParser], object]


def arg(*flags: str, **kw: Any) -> ArgSpec:
    """One ``add_argument(*flags, **kw)`` call, for :func:`leaf` and :func:`one_of`."""
    return flags, kw


def one_of(*specs: ArgSpec) -> Callable[[argparse.ArgumentParser], object]:
    """A mutually exclusive group of ``specs``, for :func:`leaf`."""

    def add(p: argparse.ArgumentParser) -> None:
        group = p.add_mutually_exclusive_group()
        for flags, kw in specs:
            group.add_argument(*flags, **kw)

    return add


def add_specs(p: argparse.ArgumentParser, specs: Sequence[Spec]) -> None:
    """Add ``specs`` to ``p`` in order: an :data:`ArgSpec`, or a callable given ``p``
    (a group, a shared set of options such as the case filters)."""
    for spec in specs:
        if callable(spec):
            spec(p)
        else:
            p.add_argument(*spec[0], **spec[1])


# the arguments many commands share
JSON = arg("--json", action="store_true")
REF = arg("ref")
LIMIT = arg("--limit", type=int)
REASON = arg("--reason", default="")
FORCE = arg("--force", action="store_true", help="replace an existing output file")
PASSPHRASE_FILE = arg("--passphrase-file", help="file holding the PKCS#12 passphrase (first line)")


def group(sub: argparse._SubParsersAction, name: str, dest: str, **kw: Any) -> argparse._SubParsersAction:  # type: ignore[type-arg]
    """A command with subcommands (``exemptio NAME ...``); returns its subparsers."""
    return sub.add_parser(name, **kw).add_subparsers(dest=dest, required=True)


def leaf(
    sub: argparse._SubParsersAction,  # type: ignore[type-arg]
    name: str,
    func: Command,
    *specs: Spec,
    needs_db: bool = True,
    **kw: Any,
) -> argparse.ArgumentParser:
    """A command that runs ``func``: ``sub.add_parser(name, **kw)``, ``specs`` in order
    (:func:`add_specs`), the hidden --officer/--db/--home (:func:`add_common`);
    ``needs_db=False`` when it does not open the database."""
    p: argparse.ArgumentParser = sub.add_parser(name, **kw)
    add_specs(p, specs)
    add_common(p)
    if needs_db:
        p.set_defaults(func=func)
    else:
        p.set_defaults(func=func, needs_db=False)
    return p


class VisibleWriter:
    """A text stream that shows control and bidi characters as ``⟨U+XXXX⟩`` markers
    (app.domain.text.make_visible): case fields printed by any command cannot move the
    cursor, recolour the terminal, ring the bell or reverse a line. Tabs and newlines
    stay. JSON goes around it (:func:`print_json`), escaped instead."""

    def __init__(self, stream: TextIO, *, progress: bool = False) -> None:
        self.raw = stream
        self.progress = progress  # stderr: a write that starts with "\r" redraws a progress line

    def write(self, text: str) -> int:
        from app.domain.text import make_visible

        if self.progress and text.startswith("\r"):
            self.raw.write("\r" + make_visible(text[1:]))
        else:
            self.raw.write(make_visible(text))
        return len(text)

    def writelines(self, lines: Any) -> None:
        for line in lines:
            self.write(line)

    def __getattr__(self, name: str) -> Any:  # flush, fileno, encoding, isatty, buffer...
        return getattr(self.raw, name)


def _raw(stream: Any) -> TextIO:
    return stream.raw if isinstance(stream, VisibleWriter) else stream  # type: ignore[no-any-return]


def json_text(doc: Any) -> str:
    """``doc`` as indented JSON, exact: invisible and bidi characters inside strings are
    written as ``\\uXXXX`` escapes (a JSON reader gets the same text back)."""
    from app.domain.text import unsafe_characters

    text = json.dumps(doc, ensure_ascii=False, indent=2, default=str)
    found = unsafe_characters(text)
    if not found:
        return text
    out, last = [], 0
    for index, ch in found:  # outside strings JSON has only ASCII whitespace: all are inside strings
        out.append(text[last:index])
        out.append(json.dumps(ch)[1:-1] if ord(ch) < 0x20 else f"\\u{ord(ch):04x}")
        last = index + 1
    out.append(text[last:])
    return "".join(out)


def print_json(doc: Any) -> None:
    _raw(sys.stdout).write(json_text(doc) + "\n")


def print_rows(
    args: argparse.Namespace,
    rows: Iterable[Any],
    line: Callable[[Any], str],
    doc: Callable[[Any], Any] | None = None,
) -> int:
    """A listing: with --json one JSON list (``doc(row)`` each, else ``row.to_json()``),
    otherwise ``line(row)`` printed for each row. Returns 0 (the exit code)."""
    if args.json:
        print_json([doc(r) if doc is not None else r.to_json() for r in rows])
        return 0
    for r in rows:
        print(line(r))
    return 0


def print_line(*cells: object, sep: str = "\t") -> None:
    """One output line of table cells; each cell's own tabs and newlines are made visible
    so that a field cannot add columns or rows."""
    from app.domain.text import make_visible

    text = sep.join(make_visible(str(c).replace("\t", "⇥"), keep_newlines=False) for c in cells)
    _raw(sys.stdout).write(text + "\n")


def fail(message: str, code: int = 2) -> int:
    from app.domain.text import make_visible

    _raw(sys.stderr).write(f"exemptio: {make_visible(message, keep_newlines=False)}\n")
    return code


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser(argv)
    args = parser.parse_args(argv)
    func: Command | None = getattr(args, "func", None)
    if func is None:
        build_parser().print_help(sys.stderr)
        return 2
    officer = getattr(args, "sub_officer", None) or args.officer
    db = getattr(args, "sub_db", None) or args.db
    home = getattr(args, "sub_home", None) or args.home
    ctx: AppContext | None = None
    out, err = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = VisibleWriter(out), VisibleWriter(err, progress=True)  # type: ignore[assignment]
    try:
        if getattr(args, "needs_db", True):
            from app.logging_setup import setup_logging
            from app.services.context import open_context

            ctx = open_context(home=home, db=db, officer=officer, lazy_engine=True)
            setup_logging(ctx.paths)
        args.home_opt, args.db_opt, args.officer_opt = home, db, officer
        return func(args, ctx)
    except BrokenPipeError:
        return 0
    except BaseException as exc:
        if isinstance(exc, SystemExit):
            raise
        from app.services.boundary import describe_failure

        failure = describe_failure(exc, item=_input_of(args))
        if not failure.expected:
            _log_unexpected(exc, f"unexpected error in {args.command}", home)
        return fail(failure.message, failure.exit_code)
    finally:
        sys.stdout, sys.stderr = out, err
        if ctx is not None:
            ctx.close()


def _log_unexpected(exc: BaseException, what: str, home: str | None) -> None:
    """The traceback of a bug goes to the data folder's log, never to the terminal: a
    command that did not open the database has set up no log yet (and Python's
    last-resort handler would print the traceback on stderr), so it is set up here."""
    from app.services.boundary import log_failure

    if not logging.getLogger().handlers:
        try:
            from app.logging_setup import setup_logging
            from app.paths import AppPaths

            setup_logging(AppPaths.from_env(home))
        except Exception:  # no usable data folder: the one-line message is all there is
            return
    if logging.getLogger().handlers:
        log_failure(log, exc, what)


_NOT_INPUT = frozenset(("func", "home", "db", "sub_home", "sub_db", "home_opt", "db_opt"))


def _input_of(args: argparse.Namespace) -> str | None:
    """The command's first argument naming an existing file or folder (the item a
    failure to read input is about), else None."""
    import os

    for key, value in vars(args).items():
        if key in _NOT_INPUT or key.endswith("command"):
            continue  # the data folder and database are not "the input"; nor are command names
        for v in value if isinstance(value, list) else [value]:
            if isinstance(v, str) and v and os.path.exists(v):
                return v
    return None


def run() -> None:
    sys.exit(main())
