"""exemptio archive export | verify | import"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.cli.main import JSON, PASSPHRASE_FILE, ArgSpec, arg, group, leaf, print_json
from app.domain.errors import BadInput, CheckFailed
from app.services import archive
from app.services.context import AppContext


def _trust(help: str) -> ArgSpec:
    return arg(
        "--trust", action="append", metavar="CA.pem", help=f"trust anchor (PEM/DER; repeatable): {help}"
    )


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    asub = group(
        sub, "archive", "archive_command", help="export, verify and import case archives (BagIt zip)"
    )
    sign_key = "PKCS#12 file: adds a detached CMS signature over tagmanifest-sha512.txt"
    leaf(
        asub,
        "export",
        _export,
        arg("ref", help="case reference"),
        arg("--out", required=True, help="the zip file to write"),
        arg("--force", action="store_true", help="replace an existing archive file"),
        arg("--sign-key", help=sign_key),
        PASSPHRASE_FILE,
        arg(
            "--tsa",
            help="RFC 3161 timestamp authority URL for the signature (default: settings; '' for none)",
        ),
        JSON,
        help="write a case as a BagIt archive (zip)",
    )
    zip_file = arg("archive", help="the zip file")
    leaf(
        asub,
        "verify",
        _verify,
        zip_file,
        _trust("the signer must chain to it. Default: the trust store in Settings"),
        JSON,
        needs_db=False,
        help="check an archive's manifests, checksums and structure",
    )
    leaf(
        asub,
        "import",
        _import,
        zip_file,
        arg("--as-new", action="store_true", help="import under a new reference if it is taken"),
        _trust("a signature it does not vouch for is refused. Default: the trust store in Settings"),
        JSON,
        help="import a case archive into this data folder",
    )


class _TtyProgress:
    """A one-line percentage on stderr, only when stderr is a terminal."""

    def __init__(self) -> None:
        self.enabled = sys.stderr.isatty()
        self.last = -1.0

    def __call__(self, done: int, total: int, text: str) -> None:
        if not self.enabled or total <= 0:
            return
        pct = 100.0 * done / total
        if pct - self.last >= 1 or done >= total:
            self.last = pct
            sys.stderr.write(f"\r{text} {pct:3.0f}% ({done / 1e6:,.0f} of {total / 1e6:,.0f} MB)")
            sys.stderr.flush()

    def close(self) -> None:
        if self.enabled and self.last >= 0:
            sys.stderr.write("\n")


def _passphrase(path: str | None) -> bytes | None:
    if not path:
        return None
    try:
        raw = Path(path).read_bytes()
    except OSError as err:
        raise BadInput.of("cli.passphrase_unreadable", path=path, reason=err.strerror) from err
    return raw.splitlines()[0] if raw.strip() else b""


def _export(args: argparse.Namespace, ctx: AppContext | None) -> int:
    assert ctx is not None
    if args.passphrase_file and not args.sign_key:
        raise BadInput.of("cli.passphrase_needs_key")
    key = (
        archive.SigningKey(Path(args.sign_key), _passphrase(args.passphrase_file)) if args.sign_key else None
    )
    bar = _TtyProgress()
    try:
        res = archive.export_case(
            ctx, args.ref, Path(args.out), progress=bar, signing_key=key, force=args.force, tsa_url=args.tsa
        )
    finally:
        bar.close()
    for w in res.warnings:
        print(f"exemptio: warning: {w}", file=sys.stderr)
    if args.json:
        print_json(
            {
                "archive": str(res.path),
                "reference": res.reference,
                "files": res.files,
                "payload_bytes": res.payload_bytes,
                "tagmanifest_sha512": res.tagmanifest_sha512,
                "signed": res.signed,
                "timestamped": res.timestamped,
                "warnings": list(res.warnings),
            }
        )
    else:
        signed = (", signed and timestamped" if res.timestamped else ", signed") if res.signed else ""
        print(f"{res.reference}: {res.files} files, {res.payload_bytes:,} bytes{signed} -> {res.path}")
    return 0


def _verify(args: argparse.Namespace, ctx: AppContext | None) -> int:
    bar = _TtyProgress()
    try:
        trust = args.trust or archive.default_roots(getattr(args, "home_opt", None))
        report = archive.verify_archive(Path(args.archive), progress=bar, trust=trust)
    finally:
        bar.close()
    for w in report.warnings:
        print(f"exemptio: warning: {w}", file=sys.stderr)
    if args.json:
        print_json(report.to_json())
        return 0 if report.ok else 1
    if report.ok:
        signed = f"; {report.origin}" if report.signed else ""
        print(f"OK: {report.reference}, {report.files} files, {report.payload_bytes:,} bytes{signed}")
        return 0
    for p in report.problems:
        print(f"FAILED {p.file}: {p.reason}")
    raise CheckFailed(
        f"{len(report.problems)} problem(s) in {Path(args.archive).name}: "
        + ", ".join(sorted({p.file for p in report.problems}))
    )


def _import(args: argparse.Namespace, ctx: AppContext | None) -> int:
    assert ctx is not None
    bar = _TtyProgress()
    try:
        res = archive.import_archive(
            ctx, Path(args.archive), as_new=args.as_new, progress=bar, trust=args.trust
        )
    finally:
        bar.close()
    if not res.signed:
        print(f"exemptio: warning: {archive.UNSIGNED_WARNING}", file=sys.stderr)
    if args.json:
        print_json(
            {
                "reference": res.reference,
                "original_reference": res.original_reference,
                "evidence_items": res.evidence_items,
                "new_blobs": res.new_blobs,
                "letters": res.letters,
                "audit_events": res.audit_events,
                "archive_sha256": res.archive_sha256,
                "signed": res.signed,
                "trusted": res.trusted,
                "origin": res.origin,
                "links": list(res.links),
                "links_not_recreated": list(res.links_not_recreated),
            }
        )
    else:
        renamed = f" (was {res.original_reference})" if res.reference != res.original_reference else ""
        print(
            f"Imported {res.reference}{renamed}: {res.evidence_items} evidence items, {res.letters} letters, "
            f"{res.audit_events} events of history; {res.origin}"
        )
        for words in res.links:
            print(f"Link made again: {words}")
    for words in res.links_not_recreated:
        print(f"exemptio: note: link not made again: {words}", file=sys.stderr)
    sys.stdout.flush()
    return 0
