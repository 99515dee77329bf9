"""exemptio key check | report, and the signing keys the commands share

``key check FILE.p12`` checks a PKCS#12 signing key the way the welcome dialog does
(opens with the passphrase, signing key usage, validity); exit 0 when it can sign,
2 with a one-line reason when not. ``report --out FILE.zip`` writes the
"Report a problem" zip (logs and versions, no case data).

The signing key options (:func:`key_options`: ``--key FILE.p12`` or ``--pkcs11-lib``
with its labels, ``--chain``, ``--passphrase-file``) and the signer they name
(:func:`open_signer`) are those of ``letter approve|issue`` and of the head of unit's
grants (``officer add``, ``officer cert add|remove``).
"""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.cli.main import JSON, arg, leaf, one_of, print_json
from app.cli.main import group as command_group
from app.domain.errors import BadInput

if TYPE_CHECKING:
    from app.services.context import AppContext


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    ksub = command_group(sub, "key", "key_command", help="check a PKCS#12 signing key")
    leaf(
        ksub,
        "check",
        _key_check,
        arg("file"),
        arg("--passphrase-file", help="file holding the passphrase (first line); else asked"),
        JSON,
        needs_db=False,
        help="check that a .p12/.pfx file opens and may sign",
    )
    out = arg("--out", required=True, help="the zip file to write")
    leaf(
        sub, "report", _report, out, JSON, help="write a problem report zip (logs and versions, no case data)"
    )


def key_options(
    *, key: str, pkcs11: str, chain: str, passphrase: str
) -> Callable[[argparse.ArgumentParser], None]:
    """The signing key options, for :func:`app.cli.main.leaf`: --key or --pkcs11-lib (one of
    them), --token-label, --key-label, --chain, --passphrase-file; the help texts of
    --key, --pkcs11-lib, --chain and --passphrase-file are the command's."""

    def add(p: argparse.ArgumentParser) -> None:
        one_of(arg("--key", help=key), arg("--pkcs11-lib", help=pkcs11))(p)
        p.add_argument("--token-label", help="PKCS#11 token label")
        p.add_argument("--key-label", help="PKCS#11 key (and certificate) label")
        p.add_argument("--chain", help=chain)
        p.add_argument("--passphrase-file", help=passphrase)

    return add


@contextmanager
def open_signer(args: argparse.Namespace, key: str | None) -> Iterator[Any]:
    """The signer of --pkcs11-lib (a token, closed afterwards), else of the PKCS#12 file
    ``key``; None when neither is given. The PIN or passphrase comes from --passphrase-file
    or the terminal (:func:`read_secret`)."""
    from app.services.letters import sign

    if getattr(args, "pkcs11_lib", None):
        chain = chain_certificates(args.chain)
        pin = read_secret(args.passphrase_file, "Token PIN: ")
        token = sign.open_pkcs11_signer(
            args.pkcs11_lib, pin, token_label=args.token_label, key_label=args.key_label, chain=chain
        )
        try:
            yield token.signer
        finally:
            token.close()
        return
    if key:
        secret = read_secret(args.passphrase_file, f"Passphrase for {Path(key).name}: ")
        signer = sign.load_pkcs12_signer(key, secret.encode("utf-8"))
        del secret
        yield signer
        return
    yield None


def read_secret(passphrase_file: str | None, prompt: str) -> str:
    """The passphrase: first line of --passphrase-file, else asked on the terminal."""
    if passphrase_file:
        try:
            with open(passphrase_file, encoding="utf-8") as fh:
                line = fh.readline()
        except FileNotFoundError:
            raise BadInput.of("cli.passphrase_missing", path=passphrase_file) from None
        except (OSError, UnicodeDecodeError) as err:
            raise BadInput.of("cli.passphrase_bad", path=passphrase_file, reason=str(err)) from None
        return line.rstrip("\r\n")
    if not sys.stdin.isatty():
        raise BadInput.of("cli.no_passphrase")
    return getpass.getpass(prompt)


def chain_certificates(path: str | None) -> list[object]:
    """CA certificates from a --chain PEM/DER file (refused in one line when unreadable)."""
    if not path:
        return []
    from app.services.letters import certcheck

    p = Path(path)
    try:
        data = p.read_bytes()
    except OSError as err:
        raise BadInput.of("cli.chain_unreadable", path=p, reason=err.strerror or str(err)) from None
    try:
        certs = certcheck.load_certificates(data)
        for c in certs:
            c.native  # noqa: B018 - parse now: a damaged file is refused here
    except Exception:  # noqa: BLE001 - any parse error
        raise BadInput.of("cli.chain_not_certificates", path=p) from None
    return list(certs)


def _key_check(args: argparse.Namespace, ctx: AppContext | None) -> int:
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
