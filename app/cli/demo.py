"""``exemptio demo``: seed about twenty fictional cases to try the app on."""

from __future__ import annotations

import argparse

from app.services.context import AppContext


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    from app.cli.main import arg, leaf

    leaf(
        sub,
        "demo",
        run,
        arg("--json", action="store_true", help="print the new references as JSON"),
        help="add about twenty fictional demo cases (every state, deadline and outcome)",
        description="Add about twenty clearly fictional cases to the database, to try Exemptio. "
        "Refuses when the demo cases are already there.",
    )


def run(args: argparse.Namespace, ctx: AppContext | None) -> int:
    from app.cli.main import print_json
    from app.services import demo

    assert ctx is not None
    refs = demo.seed(ctx)
    if args.json:
        print_json({"created": refs, "count": len(refs)})
    else:
        print(f"Added {len(refs)} fictional demo cases ({refs[0]} … {refs[-1]}).")
    return 0
