"""exemptio key check | report

``key check FILE.p12`` checks a PKCS#12 signing key the way the welcome dialog does
(opens with the passphrase, signing key usage, validity); exit 0 when it can sign,
2 with a one-line reason when not. ``report --out FILE.zip`` writes the
"Report a problem" zip (logs and versions, no case data).
"""

from __future__ import annotations

import argparse

from app.cli.main import add_common, print_json
from app.services.context import AppContext


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    k = sub.add_parser("key", help="check a PKCS#12 signing key")
    ksub = k.add_subparsers(dest="key_command", required=True)
    chk = ksub.add_parser("check", help="check that a .p12/.pfx file opens and may sign")
    chk.add_argument("file")
    chk.add_argument("--passphrase-file", help="file holding the passphrase (first line); else asked")
    chk.add_argument("--json", action="store_true")
    add_common(chk)
    chk.set_defaults(func=_key_check, needs_db=False)

    rep = sub.add_parser("report", help="write a problem report zip (logs and versions, no case data)")
    rep.add_argument("--out", required=True, help="the zip file to write")
    rep.add_argument("--json", action="store_true")
    add_common(rep)
    rep.set_defaults(func=_report)


def _key_check(args: argparse.Namespace, ctx: AppContext | None) -> int:
    from pathlib import Path

    from app.cli.letter import read_secret
    from app.services.keycheck import check_pkcs12

    path = Path(args.file)
    secret = read_secret(args.passphrase_file, f"Passphrase for {path.name}: ") if path.is_file() else ""
    info = check_pkcs12(path, secret)
    if args.json:
        print_json(
            {
                "file": str(info.path),
                "subject": info.subject,
                "subject_dn": info.subject_dn,
                "issuer": info.issuer,
                "serial": info.serial,
                "not_before": info.not_before.isoformat(),
                "not_after": info.not_after.isoformat(),
                "days_left": info.days_left(),
                "key_usages": list(info.key_usages),
                "key_type": info.key_type,
                "fingerprint_sha256": info.fingerprint_sha256,
                "chain_length": info.chain_length,
            }
        )
    else:
        print(f"OK: {info.summary()}")
    return 0


def _report(args: argparse.Namespace, ctx: AppContext | None) -> int:
    assert ctx is not None
    from app.services.problem_report import write_report

    result = write_report(ctx, args.out)
    if args.json:
        print_json({"path": str(result.path), "files": list(result.files), "scrubbed": result.scrubbed})
    else:
        print(f"{result.path} ({len(result.files)} files; no case data)")
    return 0
