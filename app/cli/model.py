"""exemptio model inspect DIR [--json]"""

from __future__ import annotations

import argparse

from app.cli.main import JSON, arg, group, leaf, print_json
from app.services.context import AppContext


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    msub = group(sub, "model", "model_command", help="read facts from a downloaded model folder")
    leaf(
        msub,
        "inspect",
        _inspect,
        arg(
            "dir",
            metavar="PATH",
            help="the model folder (a download, a Hugging Face cache folder models--org--name), "
            "or a single .gguf/.safetensors file",
        ),
        JSON,
        arg(
            "--format",
            choices=("cyclonedx", "spdx3"),
            help="an AI bill of materials instead: CycloneDX 1.6 ML-BOM or SPDX 3.0.1 (AI profile), JSON",
        ),
        needs_db=False,
        help="parameters, licence, architecture... read from headers, never the weights",
    )


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
