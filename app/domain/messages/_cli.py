"""Message templates: The command line (app/cli/) and signing keys and tokens
(app/services/letters/keys.py).
"""

MESSAGES: dict[str, str] = {
    # the command line (app/cli/)
    "cli.passphrase_unreadable": "Cannot read the passphrase file {path}: {reason}",
    "cli.passphrase_needs_key": "--passphrase-file needs --sign-key.",
    "cli.offset_negative": "--offset must be 0 or more (got {offset}).",
    "cli.not_a_date": "'{value}' is not a date; use YYYY-MM-DD.",
    "cli.assigned_or_unassigned": "Give --assigned NAME or --unassigned, not both.",
    "cli.due_within_or_week": "Give --due-within DAYS or --due-this-week, not both.",
    "cli.due_within_negative": "--due-within takes a number of days, 0 or more.",
    "cli.limit_negative": "--limit and --offset take numbers, 0 or more.",
    "cli.notes_unreadable": "Cannot read the notes file {path}: {reason}",
    "cli.nothing_to_change": "Nothing to change: give --title, --notes or --notes-file.",
    "cli.nothing_to_screen": "Case {reference} has no licence or policy text evidence to screen.",
    "cli.not_text": "#{id} {item} is {media_type}, not text: export it instead.",
    "cli.no_folder": "The folder {folder} does not exist.",
    "cli.passphrase_missing": "The passphrase file {path} does not exist.",
    "cli.passphrase_bad": "The passphrase file {path} cannot be read ({reason}).",
    "cli.no_passphrase": "No passphrase: give --passphrase-file FILE, or run on a terminal to be asked.",
    "cli.no_signing_key": "No signing key: give --key FILE.p12 (or --pkcs11-lib for a token).",
    "cli.chain_unreadable": "The chain file {path} cannot be read: {reason}.",
    "cli.chain_not_certificates": "The chain file {path} is not a PEM or DER certificate file.",
    "cli.no_licence_entry": (
        "The licence knowledge base has no entry '{licence}' (see 'exemptio licence list')."
    ),
    "cli.xlsx_needs_out": "An XLSX register is a binary file: give --out FILE.xlsx.",
    # signing keys and tokens (app/services/letters/keys.py)
    "key.not_pkcs12": "The key file {path} is not a PKCS#12 (.p12/.pfx) file or is damaged.",
    "key.wrong_passphrase": "Wrong passphrase for the key file {name}: nothing was signed.",
    "key.unopenable": "The key file {path} could not be opened (unsupported or damaged).",
    "key.no_key_and_cert": "The key file {path} holds no private key with its certificate.",
    "token.no_support": "PKCS#11 support is not installed (pyhanko[pkcs11]).",
    "token.no_module": "The PKCS#11 module {path} does not exist.",
    "token.wrong_pin": "Wrong PIN for the signing token: nothing was signed.",
    "token.pin_locked": "The signing token's PIN is locked.",
    "token.unopenable": "Cannot open the signing token: {reason}",
    "token.no_key": "The token holds no usable key and certificate ({reason}).",
}
