"""``exemptio`` / ``python -m app``: the GUI without arguments, else the CLI."""

from __future__ import annotations

import sys


def main() -> None:
    args = sys.argv[1:]
    if not args or args[0] in ("gui",):
        from app.ui.application import run_gui

        sys.exit(run_gui(args[1:]))
    from app.cli.main import main as cli_main

    sys.exit(cli_main(args))


if __name__ == "__main__":
    main()
