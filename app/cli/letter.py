"""exemptio letter draft | approve | issue | verify | list | augment

The passphrase of a PKCS#12 key (or a token PIN) is read from --passphrase-file
or asked with getpass on a terminal; it is never taken from the environment,
never stored and never logged.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path

from app.cli.main import add_common, print_json
from app.domain.errors import BadInput, CheckFailed
from app.services.context import AppContext
from app.services.letters import LANGUAGES, LEGAL_NATURES


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("letter", help="draft, approve, sign, verify determination letters")
    lsub = p.add_subparsers(dest="letter_command", required=True)

    d = lsub.add_parser("draft", help="draft the case's letter (PDF watermarked DRAFT)")
    d.add_argument("ref")
    d.add_argument("--out", required=True, help="where to write the draft PDF")
    d.add_argument("--force", action="store_true", help="replace an existing output file")
    d.add_argument("--language", choices=LANGUAGES, help="letter language (default: settings, else en)")
    d.add_argument("--legal-nature", choices=LEGAL_NATURES, default="letter_to_provider")
    d.add_argument("--registry-ref", default="", help="registry reference, e.g. Ares(2026)1234567")
    d.add_argument("--json", action="store_true")
    add_common(d)
    d.set_defaults(func=_draft)

    a = lsub.add_parser(
        "approve",
        help="approve the current draft by signing it with your own key (four eyes: not the drafter)",
    )
    a.add_argument("ref")
    a.add_argument("--sha256", help="SHA-256 of the draft you reviewed (refused if it is not current)")
    akey = a.add_mutually_exclusive_group()
    akey.add_argument("--key", help="your own PKCS#12 key (.p12/.pfx): the approval is your signature")
    akey.add_argument("--pkcs11-lib", help="PKCS#11 module of your signing token, e.g. libsofthsm2.so")
    a.add_argument("--token-label", help="PKCS#11 token label")
    a.add_argument("--key-label", help="PKCS#11 key (and certificate) label")
    a.add_argument("--chain", help="PEM file with the CA certificates of your certificate (token signing)")
    a.add_argument("--passphrase-file", help="file holding the passphrase or PIN (first line)")
    a.add_argument("--function", default="", help="your function in the approval block (default: your role)")
    a.add_argument("--json", action="store_true")
    add_common(a)
    a.set_defaults(func=_approve)

    i = lsub.add_parser("issue", help="sign the approved letter and store it")
    i.add_argument("ref")
    key = i.add_mutually_exclusive_group()
    key.add_argument("--key", help="PKCS#12 file (.p12/.pfx) with the signing key")
    key.add_argument("--pkcs11-lib", help="PKCS#11 module of a signing token, e.g. libsofthsm2.so")
    i.add_argument("--token-label", help="PKCS#11 token label")
    i.add_argument("--key-label", help="PKCS#11 key (and certificate) label")
    i.add_argument(
        "--chain",
        help="PEM file with the CA certificates of the signing certificate (embedded in the signature; "
        "the certificates stored on the token are embedded too)",
    )
    i.add_argument("--passphrase-file", help="file holding the passphrase or PIN (first line)")
    i.add_argument("--function", default="", help="signatory's function, e.g. 'Head of Unit, AI Office'")
    i.add_argument("--out", required=True, help="where to write the signed PDF")
    i.add_argument("--force", action="store_true", help="replace an existing output file")
    i.add_argument("--tsa", help="timestamp authority URL (default: settings; '' for none)")
    i.add_argument("--json", action="store_true")
    add_common(i)
    i.set_defaults(func=_issue)

    v = lsub.add_parser("verify", help="check a signed letter (exit 1 when not valid)")
    v.add_argument("file")
    v.add_argument(
        "--trust",
        action="append",
        default=[],
        help="trusted CA certificate (PEM/DER); default: the trust anchor in Settings, if any",
    )
    v.add_argument("--json", action="store_true")
    add_common(v)
    v.set_defaults(func=_verify, needs_db=False)

    ls = lsub.add_parser("list", help="the case's letter register")
    ls.add_argument("ref")
    ls.add_argument("--json", action="store_true")
    add_common(ls)
    ls.set_defaults(func=_list)

    ex = lsub.add_parser("export", help="write the latest letter (draft or signed copy) to a file")
    ex.add_argument("ref")
    ex.add_argument("--out", required=True)
    ex.add_argument("--force", action="store_true", help="replace an existing output file")
    ex.add_argument("--letter", type=int, help="letter number from 'letter list' (default: the latest)")
    add_common(ex)
    ex.set_defaults(func=_export)

    au = lsub.add_parser("augment", help="add a timestamp to letters issued offline")
    au.add_argument("ref")
    au.add_argument("--tsa", help="timestamp authority URL (default: settings)")
    au.add_argument("--json", action="store_true")
    add_common(au)
    au.set_defaults(func=_augment)


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
    from app.services.letters import service, sign

    token = None
    if args.pkcs11_lib:
        chain = _chain(args.chain)
        pin = read_secret(args.passphrase_file, "Token PIN: ")
        token = sign.open_pkcs11_signer(
            args.pkcs11_lib, pin, token_label=args.token_label, key_label=args.key_label, chain=chain
        )
        signer = token.signer
    elif args.key:  # never the signing key in Settings: the approval is the reviewer's own signature
        secret = read_secret(args.passphrase_file, f"Passphrase for {Path(args.key).name}: ")
        signer = sign.load_pkcs12_signer(args.key, secret.encode("utf-8"))
        del secret
    else:
        raise BadInput(service.NO_KEY)
    try:
        rec = service.approve_letter(
            ctx,
            args.ref,
            officer=args.officer_opt,
            draft_sha256=args.sha256,
            signer=signer,
            function=args.function,
        )
    finally:
        if token is not None:
            token.close()
    if args.json:
        print_json(rec.to_json())
    else:
        print(
            f"{rec.case_reference}: letter {rec.id} approved by {rec.approved_by} "
            f"(draft SHA-256 {rec.draft_sha256}); signed by {rec.approval_signer}, "
            f"approved letter SHA-256 {rec.approved_sha256}"
        )
    return 0


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


def _issue(args: argparse.Namespace, ctx: AppContext | None) -> int:
    assert ctx is not None
    from app.services.letters import service, sign

    _check_out(args.out, args.force)
    token = None
    if args.pkcs11_lib:
        chain = _chain(args.chain)
        pin = read_secret(args.passphrase_file, "Token PIN: ")
        token = sign.open_pkcs11_signer(
            args.pkcs11_lib, pin, token_label=args.token_label, key_label=args.key_label, chain=chain
        )
        signer = token.signer
    else:
        key = args.key or ctx.settings.signing_key_path
        if not key:
            raise BadInput.of("cli.no_signing_key")
        secret = read_secret(args.passphrase_file, f"Passphrase for {Path(key).name}: ")
        signer = sign.load_pkcs12_signer(key, secret.encode("utf-8"))
        del secret
    try:
        res = service.issue_letter(
            ctx,
            args.ref,
            signer,
            function=args.function,
            tsa_url=args.tsa,
            out=Path(args.out),
            force=args.force,
        )
    finally:
        if token is not None:
            token.close()
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


def _chain(path: str | None) -> list[object]:
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

    rows = service.list_letters(ctx, args.ref)
    if args.json:
        print_json([r.to_json() for r in rows])
        return 0
    for r in rows:
        when = (r.issued_at or r.approved_at or r.drafted_at).strftime("%Y-%m-%d %H:%M")
        sha = r.current_sha256 or r.draft_sha256
        head = f"audit head {r.audit_head_count} {r.audit_head_hash}" if r.audit_head_hash else "-"
        print(
            f"{r.id}\t{r.state}\t{when}\t{r.language}\t{r.legal_nature}\t{r.signature_level or '-'}\t"
            f"{r.drafted_by}\t{r.approved_by or '-'}\t{sha}\t{head}"
        )
    return 0


def _augment(args: argparse.Namespace, ctx: AppContext | None) -> int:
    assert ctx is not None
    from app.services.letters import service

    rows = service.augment_letter(ctx, args.ref, tsa_url=args.tsa)
    if args.json:
        print_json([r.to_json() for r in rows])
    else:
        for r in rows:
            print(f"{r.case_reference}: letter {r.id} now {r.signature_level}; SHA-256 {r.current_sha256}")
    return 0


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
