"""exemptio model inspect DIR [--json]"""

from __future__ import annotations

import argparse

from app.cli.main import add_common, print_json
from app.services.context import AppContext


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("model", help="read facts from a downloaded model folder")
    msub = p.add_subparsers(dest="model_command", required=True)
    ins = msub.add_parser(
        "inspect",
        help="parameters, licence, architecture... read from headers, never the weights",
    )
    ins.add_argument(
        "dir",
        metavar="PATH",
        help="the model folder (a download, a Hugging Face cache folder models--org--name), "
        "or a single .gguf/.safetensors file",
    )
    ins.add_argument("--json", action="store_true")
    ins.add_argument(
        "--format",
        choices=("cyclonedx", "spdx3"),
        help="an AI bill of materials instead: CycloneDX 1.6 ML-BOM or SPDX 3.0.1 (AI profile), JSON",
    )
    add_common(ins)
    ins.set_defaults(func=_inspect, needs_db=False)


def _inspect(args: argparse.Namespace, ctx: AppContext | None) -> int:
    from app.services.model_inspect import inspect_folder, summary_lines

    doc = inspect_folder(args.dir)
    if args.format:
        from app.services.model_inspect import aibom

        print_json(aibom.export(doc, args.format))
        return 0
    if args.json:
        print_json(doc)
    else:
        print("\n".join(summary_lines(doc)))
    return 0
