"""exemptio letter draft | approve | issue | verify | list | augment

The passphrase of a PKCS#12 key (or a token PIN) is read from --passphrase-file
or asked with getpass on a terminal; it is never taken from the environment,
never stored and never logged.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from app.cli.main import FORCE, JSON, REF, arg, group, leaf, print_json, print_rows
from app.cli.support import chain_certificates as chain_certificates
from app.cli.support import key_options, open_signer
from app.cli.support import read_secret as read_secret
from app.domain.errors import BadInput, CheckFailed
from app.services.context import AppContext
from app.services.letters import LANGUAGES, LEGAL_NATURES

SECRET_HELP = "file holding the passphrase or PIN (first line)"
OUT = arg("--out", required=True, help="where to write the signed PDF")


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    lsub = group(sub, "letter", "letter_command", help="draft, approve, sign, verify determination letters")
    leaf(
        lsub,
        "draft",
        _draft,
        REF,
        arg("--out", required=True, help="where to write the draft PDF"),
        FORCE,
        arg("--language", choices=LANGUAGES, help="letter language (default: settings, else en)"),
        arg("--legal-nature", choices=LEGAL_NATURES, default="letter_to_provider"),
        arg("--registry-ref", default="", help="registry reference, e.g. Ares(2026)1234567"),
        JSON,
        help="draft the case's letter (PDF watermarked DRAFT)",
    )
    leaf(
        lsub,
        "approve",
        _approve,
        REF,
        arg("--sha256", help="SHA-256 of the draft you reviewed (refused if it is not current)"),
        key_options(
            key="your own PKCS#12 key (.p12/.pfx): the approval is your signature",
            pkcs11="PKCS#11 module of your signing token, e.g. libsofthsm2.so",
            chain="PEM file with the CA certificates of your certificate (token signing)",
            passphrase=SECRET_HELP,
        ),
        arg("--function", default="", help="your function in the approval block (default: your role)"),
        JSON,
        help="approve the current draft by signing it with your own key (four eyes: not the drafter)",
    )
    leaf(
        lsub,
        "issue",
        _issue,
        REF,
        key_options(
            key="PKCS#12 file (.p12/.pfx) with the signing key",
            pkcs11="PKCS#11 module of a signing token, e.g. libsofthsm2.so",
            chain="PEM file with the CA certificates of the signing certificate (embedded in the signature; "
            "the certificates stored on the token are embedded too)",
            passphrase=SECRET_HELP,
        ),
        arg("--function", default="", help="signatory's function, e.g. 'Head of Unit, AI Office'"),
        OUT,
        FORCE,
        arg("--tsa", help="timestamp authority URL (default: settings; '' for none)"),
        JSON,
        help="sign the approved letter and store it",
    )
    trust = "trusted CA certificate (PEM/DER); default: the trust anchor in Settings, if any"
    leaf(
        lsub,
        "verify",
        _verify,
        arg("file"),
        arg("--trust", action="append", default=[], help=trust),
        JSON,
        needs_db=False,
        help="check a signed letter (exit 1 when not valid)",
    )
    leaf(lsub, "list", _list, REF, JSON, help="the case's letter register")
    leaf(
        lsub,
        "export",
        _export,
        REF,
        arg("--out", required=True),
        FORCE,
        arg("--letter", type=int, help="letter number from 'letter list' (default: the latest)"),
        help="write the latest letter (draft or signed copy) to a file",
    )
    tsa = arg("--tsa", help="timestamp authority URL (default: settings)")
    leaf(lsub, "augment", _augment, REF, tsa, JSON, help="add a timestamp to letters issued offline")


def _write(path: str, data: bytes, force: bool) -> Path:
    """Complete file or nothing; an existing file is replaced only with --force."""
    from app.services import outfile

    return outfile.write_new(Path(path), data, force=force, prefix=".letter-")


def _check_out(path: str, force: bool) -> None:
    """Refuse an existing --out before any work is done (checked again when the file is placed)."""
    from app.services import outfile

    out = Path(path)
    if not out.parent.resolve().is_dir():
        raise BadInput.of("cli.no_folder", folder=out.parent)
    outfile.refuse_existing(out, force=force)


def _draft(args: argparse.Namespace, ctx: AppContext | None) -> int:
    assert ctx is not None
    from app.services.letters import service

    _check_out(args.out, args.force)
    res = service.draft_letter(
        ctx,
        args.ref,
        language=args.language,
        legal_nature=args.legal_nature,
        registry_reference=args.registry_ref,
    )
    out = _write(args.out, res.pdf, args.force)
    note = _adoption_note(res.letter.legal_nature)
    if args.json:
        print_json({**res.letter.to_json(), "file": str(out), **({"note": note} if note else {})})
    else:
        print(
            f"{res.letter.case_reference}: letter {res.letter.id} drafted by {res.letter.drafted_by}; "
            f"draft SHA-256 {res.letter.draft_sha256}; written to {out}"
        )
        if note:
            print(note)
    return 0


def _adoption_note(legal_nature: str) -> str:
    from app.services.letters import service

    return service.ADOPTION_NOTE if legal_nature == service.COMMISSION_DECISION else ""


def _approve(args: argparse.Namespace, ctx: AppContext | None) -> int:
    assert ctx is not None
    from app.services.letters import service

    # never the signing key in Settings: the approval is the reviewer's own signature
    with open_signer(args, args.key) as signer:
        if signer is None:
            raise BadInput(service.NO_KEY)
        rec = service.approve_letter(
            ctx,
            args.ref,
            officer=args.officer_opt,
            draft_sha256=args.sha256,
            signer=signer,
            function=args.function,
        )
    if args.json:
        print_json(rec.to_json())
    else:
        print(
            f"{rec.case_reference}: letter {rec.id} approved by {rec.approved_by} "
            f"(draft SHA-256 {rec.draft_sha256}); signed by {rec.approval_signer}, "
            f"approved letter SHA-256 {rec.approved_sha256}"
        )
    return 0


def _issue(args: argparse.Namespace, ctx: AppContext | None) -> int:
    assert ctx is not None
    from app.services.letters import service

    _check_out(args.out, args.force)
    key = None if args.pkcs11_lib else args.key or ctx.settings.signing_key_path
    if not args.pkcs11_lib and not key:
        raise BadInput.of("cli.no_signing_key")
    with open_signer(args, key) as signer:
        res = service.issue_letter(
            ctx,
            args.ref,
            signer,
            function=args.function,
            tsa_url=args.tsa,
            out=Path(args.out),
            force=args.force,
        )
    if res.warning:
        sys.stderr.write(f"exemptio: warning: {res.warning}\n")
    note = _adoption_note(res.letter.legal_nature)
    if args.json:
        print_json({**res.letter.to_json(), "file": args.out, **({"note": note} if note else {})})
    else:
        print(
            f"{res.letter.case_reference}: letter {res.letter.id} issued, signed by {res.letter.signer} "
            f"({res.level}); SHA-256 {res.letter.issued_sha256}; written to {args.out}"
        )
        if note:
            print(note)
    return 0


def _verify(args: argparse.Namespace, ctx: AppContext | None) -> int:
    from app.services.letters import verify

    trust = list(args.trust) or verify.default_trust(args.home_opt)
    rep = verify.verify_file(args.file, trust=trust, require_trust=True)  # no anchor: exit 1
    _check_register(args, rep)
    if args.json:
        print_json(rep.to_json())
    else:
        print(f"file:       {rep.file}")
        print(f"sha256:     {rep.sha256}")
        print(f"signer:     {rep.signer or '-'}")
        print(f"approver:   {rep.approver or '-'}")
        print(f"four eyes:  {rep.four_eyes}")
        print(f"signed at:  {rep.signing_time or '-'}")
        print(f"level:      {rep.level or '-'}")
        print(f"integrity:  {'intact' if rep.integrity else 'CHANGED'}")
        trust = (
            "NOT established (give --trust CA.pem)"
            if not rep.trust_checked
            else ("trusted" if rep.trusted else "NOT trusted")
        )
        print(f"trust:      {trust}")
        print(f"coverage:   {'whole file' if rep.whole_file else 'NOT the whole file'}")
        for s in rep.signatures:
            tsa = f" timestamp by {s.timestamp_authority}" if s.timestamp_authority else ""
            print(
                f"  - {s.kind} '{s.field}': {s.signer}; intact={s.intact} valid={s.valid} "
                f"coverage={s.coverage} changes={s.modification}{' REVOKED' if s.revoked else ''}{tsa}"
            )
        for line in rep.register:
            print(f"register:   {line}")
        print(f"result:     {rep.summary()}")
    if not rep.ok:
        raise CheckFailed(f"{args.file}: {rep.summary()}")
    return 0


def _check_register(args: argparse.Namespace, rep: object) -> None:
    """Where the letters database is at hand (the data folder's, or --db), the four eyes are
    checked against it too: each certificate's registered officer and role."""
    from app.paths import AppPaths
    from app.services.letters import service

    if not args.db_opt and not AppPaths.from_env(args.home_opt).database.exists():
        return
    try:
        from app.services.context import open_context

        ctx = open_context(home=args.home_opt, db=args.db_opt, officer=args.officer_opt, lazy_engine=True)
    except Exception as err:  # noqa: BLE001 - the file check stands on its own
        rep.register.append(f"not checked: the database cannot be opened ({type(err).__name__})")  # type: ignore[attr-defined]
        return
    try:
        service.check_register(ctx, rep)  # type: ignore[arg-type]
    finally:
        ctx.close()


def _list(args: argparse.Namespace, ctx: AppContext | None) -> int:
    assert ctx is not None
    from app.services.letters import service

    return print_rows(args, service.list_letters(ctx, args.ref), _list_line)


def _list_line(r: Any) -> str:
    when = (r.issued_at or r.approved_at or r.drafted_at).strftime("%Y-%m-%d %H:%M")
    sha = r.current_sha256 or r.draft_sha256
    head = f"audit head {r.audit_head_count} {r.audit_head_hash}" if r.audit_head_hash else "-"
    return (
        f"{r.id}\t{r.state}\t{when}\t{r.language}\t{r.legal_nature}\t{r.signature_level or '-'}\t"
        f"{r.drafted_by}\t{r.approved_by or '-'}\t{sha}\t{head}"
    )


def _augment(args: argparse.Namespace, ctx: AppContext | None) -> int:
    assert ctx is not None
    from app.services.letters import service

    rows = service.augment_letter(ctx, args.ref, tsa_url=args.tsa)
    return print_rows(
        args,
        rows,
        lambda r: f"{r.case_reference}: letter {r.id} now {r.signature_level}; SHA-256 {r.current_sha256}",
    )


def _export(args: argparse.Namespace, ctx: AppContext | None) -> int:
    assert ctx is not None
    import hashlib

    from app.services.letters import service

    _check_out(args.out, args.force)
    rec, data = service.export_letter(ctx, args.ref, letter_id=args.letter)
    out = _write(args.out, data, args.force)
    print(
        f"{rec.case_reference}: letter {rec.id} ({rec.state}) written to {out}; "
        f"SHA-256 {hashlib.sha256(data).hexdigest()}"
    )
    return 0
