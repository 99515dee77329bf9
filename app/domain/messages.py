"""English templates of the messages errors carry by id (see app/domain/errors.py).

Each entry is ``msg_id: template`` with ``{name}`` placeholders filled from the
error's ``params``. The UI translates the template (context ``"messages"``) and
fills the same placeholders; the CLI prints the English text. Add an id here
when you raise ``SomeError.of("area.what", ...)``; ``tests/unit/test_messages.py``
checks that every template's placeholders are plain names.

A reason is never glued in as an English fragment: a refusal that gives reasons (or
lists several, e.g. every problem of an archive) passes each as a :class:`Part`, its
own id and arguments, and :func:`render` words the parts with the same table
(``app.ui.message_catalog.Translated()`` is that table in the interface language).

After adding or changing a template run ``.venv/bin/python scripts/update_translations.py``:
it regenerates ``app/ui/message_catalog.py`` (the templates marked for pyside6-lupdate)
and extracts them into ``resources/translations/exemptio_{fr,de}.ts``; translate the new
entries of the context ``"messages"`` (same ``{placeholders}``), then run it with
``--compile``. ``tests/unit/test_message_catalog.py`` and
``tests/ui/test_translations_messages.py`` fail until that is done.
"""

from __future__ import annotations

import string
from collections.abc import Mapping
from dataclasses import dataclass, field

MESSAGES: dict[str, str] = {
    # reading input (app/services/boundary.py)
    "input.too_deep": "Refused: {item}: it is nested too deeply to read",
    "input.too_deep.unnamed": "Refused: it is nested too deeply to read",
    "input.too_large.unnamed": "Refused: it is too large to read",
    "input.not_utf8.unnamed": "Refused: it is not valid UTF-8 text",
    "input.os_error.unnamed": "Refused: it cannot be read or written ({reason})",
    "input.damaged_zip.unnamed": "Refused: it is damaged or not a readable zip ({reason})",
    "input.bad_json.unnamed": "Refused: it is not valid JSON ({reason} at line {line}, column {column})",
    "input.unreadable.unnamed": "Refused: it cannot be read ({reason})",
    "disk.full_for": (
        "Refused: the disk is full (no space left on the device for {item}); free some space and try again"
    ),
    "db.damaged_file": (
        "Refused: the database is damaged ({detail}); nothing was changed. Restore a backup copy "
        "(exemptio.db.backup-* beside the database)"
    ),
    "input.too_large": "Refused: {item}: it is too large to read",
    "input.not_utf8": "Refused: {item}: it is not valid UTF-8 text",
    "input.os_error": "Refused: {item}: it cannot be read or written ({reason})",
    "input.damaged_zip": "Refused: {item}: it is damaged or not a readable zip ({reason})",
    "input.bad_json": "Refused: {item}: it is not valid JSON ({reason} at line {line}, column {column})",
    "input.unreadable": "Refused: {item}: it cannot be read ({reason})",
    "disk.full": "Refused: the disk is full (no space left on the device); free some space and try again",
    "interrupted": "interrupted; nothing half-written was kept",
    "unexpected": "unexpected error ({error}); details are in the log",
    # JSON documents from outside (app/domain/jsonread.py)
    "json.not_json": "Refused: {item}: it is not valid JSON ({reason} at line {line}, column {column})",
    "json.too_large": "Refused: {item}: {size} bytes, at most {limit} are read",
    "json.too_deep": "Refused: {item}: nested more than {limit} levels deep",
    "json.too_many": "Refused: {item}: more than {limit} values",
    "json.string_too_long": (
        "Refused: {item}: a text of {length} characters at {path}, at most {limit} are allowed"
    ),
    "json.bad_number": "Refused: {item}: {path} is not a finite number",
    "json.wrong_type": "Refused: {item}: {path} must be {expected}, not {found}",
    "json.missing": "Refused: {item}: {path} is missing",
    "json.duplicate_key": "Refused: {item}: the key {key} appears twice in one object",
    "json.not_utf8": "Refused: {item}: it is not UTF-8 text",
    # the database (db/errors.py, db/health.py)
    "db.text_too_long": "Refused: a text is longer than the database allows ({detail}); nothing was saved",
    "db.damaged": "Refused: the database is damaged ({detail}); nothing was changed",
    "db.refused": "Refused: the database did not accept the operation ({detail}); nothing was saved",
    "db.empty_file": (
        "Refused: the database file {path} is empty (0 bytes) while the evidence store beside it holds "
        "files: it was emptied or truncated, and starting afresh would hide every case. Nothing was changed; "
        "restore the newest backup copy ({backups})"
    ),
    "db.integrity": (
        "Refused: the database file {path} is damaged ({detail}). Nothing was changed; "
        "restore the newest backup copy ({backups})"
    ),
    "storage.home_not_created": "Cannot create the data folder {folder}: {reason}",
    "db.not_upgraded": "The database schema is not up to date: run 'exemptio db upgrade'.",
    "db.denied": "The database file {path} cannot be written (permission denied).",
    "db.is_folder": "The database path {path} is a folder, not a file.",
    "db.unreadable": "The database file {path} cannot be read: {reason}.",
    "db.not_sqlite": "The file {path} is not an Exemptio database (it is not SQLite).",
    "db.cannot_create": "Cannot create the database in {folder}: permission denied.",
    "db.text_nul": (
        "The text contains a NUL character (\\0), which the team database cannot store; "
        "remove it and try again. Nothing was saved."
    ),
    "db.unreachable": (
        "Cannot reach the team database {where} ({reason}). Nothing of this change was saved; "
        "try again when the server is back, or keep working on a local database (--db or EXEMPTIO_DB)."
    ),
    "db.busy": (
        "The team database is busy: another change has held it for over 30 seconds. "
        "Nothing of this change was saved; try again in a moment."
    ),
    "record.changed": (
        "{entity} was changed by someone else after you opened it{detail}; "
        "your change was not saved. Reload and try again."
    ),
    "record.changed_by": (
        "{entity} was changed by someone else after you opened it{detail}: {changed_by} ({action}, "
        "{changed_at}). Your change was not saved; reload to see their change, then try again."
    ),
    # first run and settings (app/services/firstrun.py)
    "team.url_missing": "Type the team database URL first.",
    "team.url_scheme": "The team database URL starts with postgresql:// or postgresql+psycopg://.",
    "team.url_invalid": "This is not a database URL SQLAlchemy understands: {reason}",
    "team.foreign_tables": (
        "This database already holds other tables: it is not an Exemptio database. "
        "Ask for an empty database or the team's Exemptio database."
    ),
    # problem report (app/services/problem_report.py)
    "report.target_is_folder": "{path} is a folder; choose a file name for the report.",
    "report.no_folder": "The folder {folder} does not exist.",
    "report.write_failed": "Cannot write the report {path}: {reason}",
    # archives: reading, verifying and importing (app/services/archive/)
    "archive.missing": "No archive at {path}.",
    "archive.incomplete_zip": "Refused: {name} is not a complete zip file ({reason}).",
    "archive.entry_too_large": "Refused: '{name}' is too large ({size} bytes).",
    "archive.entry_unreadable": "Refused: '{name}' cannot be read ({reason}).",
    "archive.entry_unreadable_plain": "Refused: '{name}' cannot be read.",
    "archive.bagit_version": "Refused: unsupported BagIt version '{version}'.",
    "archive.import_cancelled": "Cancelled; nothing was imported.",
    "archive.export_cancelled": "Export cancelled; no archive was written.",
    "archive.target_is_folder": "{path} is a folder; give the name of the zip file to write.",
    "archive.no_folder": "The folder {folder} does not exist.",
    "archive.blob_damaged": (
        "The stored bytes of {name} are damaged (expected SHA-256 {expected}…, found {found}…); run "
        "'exemptio evidence verify'."
    ),
    "archive.write_disk_full": (
        "Cannot write the archive {name} in {folder}: the disk is full; no archive was written."
    ),
    "archive.write_quota": (
        "Cannot write the archive {name} in {folder}: the disk quota is used up; no archive was written."
    ),
    "archive.write_failed": "Cannot write the archive {name} in {folder}: {reason}; no archive was written.",
    "archive.blob_missing": (
        "The stored bytes of {name} are missing from the evidence store ({sha}…); run 'exemptio "
        "evidence verify'."
    ),
    "archive.no_staging": "Cannot create the staging folder in {folder}: {reason}",
    "archive.case_exists": (
        "Case {reference} already exists here; nothing was imported. Use --as-new to import it under a "
        "new reference."
    ),
    "archive.staging_changed": "The bytes of {sha}… changed in the staging folder; nothing was imported.",
    "archive.does_not_fit": (
        "Refused: the archive's case data does not fit this database ({reason}); nothing was imported."
    ),
    "archive.import_failed": "Import failed, nothing was imported: {reason}",
    "case.not_found": "No case with reference '{reference}'.",
    "archive.history_changed": "The imported audit history of {reference} was changed in the store.",
    "archive.history_missing": (
        "The imported audit history of {reference} is missing from the evidence store."
    ),
    "archive.key_refused": "The archive was not signed: the signing key {key}: {reason}",
    "archive.key_unreadable": "Cannot read the signing key {key}: {reason}",
    "archive.key_wrong": "Cannot open the signing key {key}: wrong passphrase or not a PKCS#12 file.",
    "archive.key_empty": "The signing key file {key} holds no key and certificate.",
    "archive.no_timestamp": "the time-stamp server {url} did not give a timestamp ({reason})",
    "archive.signature_unreadable": "Refused: tagmanifest-sha512.txt.p7s: {reason}.",
    "archive.zip_bomb": "Refused: '{name}' expands {ratio} times (a zip bomb?); the limit is {limit}.",
    "archive.sizes_disagree": "Refused: the sizes recorded for '{name}' do not agree.",
    "archive.outside_top": "Refused: '{name}' is outside the bag's top folder.",
    "archive.top_folders": "Refused: the archive must hold exactly one top folder, it holds {count}.",
    "archive.too_large": "Refused: the archive would expand to {size} bytes (the limit is {limit}).",
    "archive.no_space": (
        "Not enough free disk space to import: about {need} bytes needed (checked copy and stored "
        "copy), {free} free; nothing was imported."
    ),
    "archive.no_manifest": "Refused: the bag has no SHA-256 manifest; it was not made by Exemptio.",
    "archive.no_case": "Refused: the bag has no data/case.json or data/audit.jsonl.",
    "archive.case_too_large": "Refused: data/case.json is too large.",
    "archive.case_not_json": "Refused: data/case.json is not valid JSON ({reason}).",
    "archive.not_a_case": "Refused: data/case.json is not a case.",
    "archive.named_missing": "Refused: case.json names '{path}', which is not in the archive.",
    "archive.hash_differs": "Refused: '{path}' does not have the SHA-256 case.json gives for it.",
    "archive.contradicts_trail": (
        "Refused: case.json contradicts the audit trail: {problem}; nothing was imported."
    ),
    "archive.unnamed_file": "Refused: '{path}' is in the archive but case.json does not name it.",
    "archive.provenance_not_json": "Refused: provenance.json is not valid JSON.",
    "archive.provenance_malformed": "Refused: provenance.json is malformed.",
    "archive.audit_not_json": "Refused: audit.jsonl line {line} is not JSON.",
    "archive.audit_not_event": "Refused: audit.jsonl line {line} is not an event.",
    "archive.audit_hash": "Refused: audit.jsonl event {event}: its hash does not match its content.",
    "archive.audit_field": "Refused: audit.jsonl line {line} lacks a field ({reason}).",
    "archive.audit_gap": "Refused: audit.jsonl: event {event} of the trail is missing.",
    "archive.audit_link": "Refused: audit.jsonl event {event} does not link to the event before it.",
    "archive.newer_format": (
        "Refused: unknown archive format '{format}'; this archive needs a newer Exemptio."
    ),
    "archive.not_exemptio": "Refused: this bag is not an Exemptio case archive (no Exemptio-Archive-Format).",
    "archive.newer_case_format": "Refused: unknown archive format '{format}'; this needs a newer Exemptio.",
    "archive.newer_schema": (
        "Refused: unknown schema version '{version}'; this archive was made by a newer Exemptio."
    ),
    "archive.evidence_malformed": "Refused: case.json: evidence item {n} is malformed.",
    "archive.evidence_no_size": "Refused: case.json: evidence item {n} has no size.",
    "archive.evidence_size": "Refused: case.json: evidence item {n} does not have the size of its file.",
    "archive.letter_malformed": "Refused: case.json: letter {n} is malformed.",
    "archive.letter_sha": "Refused: case.json: letter {n} has a malformed SHA-256.",
    "archive.letter_state": "Refused: case.json: letter {n} has an unknown state '{state}'.",
    "archive.case_status": "Refused: case.json: unknown case status '{status}'.",
    "archive.bom": "Refused: {file} starts with a byte-order mark, which BagIt forbids.",
    "archive.tag_not_utf8": "Refused: {file} is not UTF-8 text (byte {byte}).",
    "archive.tags_not_utf8": "Refused: the bag's tag files are not declared as UTF-8.",
    "archive.outside_data": "Refused: {file} line {line} lists '{path}', which is not in the data folder.",
    "archive.listed_twice": "Refused: {file} lists '{path}' twice.",
    "archive.unsafe_path": "Refused: {file} line {line} names an unsafe path.",
    "archive.field_missing": "Refused: case.json: '{field}' is missing or of the wrong type.",
    "archive.field_not_text": "Refused: case.json: '{field}' is not text.",
    "archive.assignment_malformed": "Refused: case.json: an assignment is malformed.",
    "archive.answer_malformed": "Refused: case.json: a checklist answer is malformed.",
    "archive.assignment_n_malformed": "Refused: case.json: assignment {n} is malformed.",
    "archive.answer_n_malformed": "Refused: case.json: answer {n} is malformed.",
    # the zip as hostile input (app/services/archive/zipsafety.py)
    "archive.entry_name_not_utf8": (
        "Refused: the archive entry '{name}' has a name that is not marked as UTF-8."
    ),
    "archive.entry_encrypted": "Refused: the archive entry '{name}' is encrypted.",
    "archive.entry_control_chars": (
        "Refused: the archive entry '{name}' has control characters or backslashes in its name."
    ),
    "archive.entry_absolute": "Refused: the archive entry '{name}' has an absolute path.",
    "archive.entry_dot_part": "Refused: the archive entry '{name}' has an empty, '.' or '..' path part.",
    "archive.entry_not_nfc": "Refused: the archive entry '{name}' is not in Unicode normal form C (NFC).",
    "archive.entry_symlink": "Refused: the archive entry '{name}' is a symbolic link.",
    "archive.entry_not_regular": (
        "Refused: the archive entry '{name}' is not a regular file (a link or device)."
    ),
    "archive.entry_compression": (
        "Refused: the archive entry '{name}' uses an unsupported compression method."
    ),
    "archive.zip_empty": "Refused: the zip file is empty.",
    "archive.too_many_entries": "Refused: the archive has {count} entries (the limit is {limit}).",
    "archive.entry_twice": "Refused: the archive lists '{name}' twice.",
    "archive.names_collide": (
        "Refused: the names '{first}' and '{second}' would be the same file on some computers."
    ),
    "archive.entries_overlap": (
        "Refused: the entries '{first}' and '{second}' share bytes (a hard link or zip bomb)."
    ),
    "archive.unexpected_top": "Refused: unexpected file '{path}' at the top of the bag.",
    "archive.unexpected_outside": "Refused: unexpected file '{path}' outside the bag's data folder.",
    "archive.not_bagit": "Refused: this is not a BagIt bag: {file} is missing.",
    "archive.no_payload_manifest": "Refused: this bag has no SHA-256 or SHA-512 manifest.",
    # tag files and manifests (app/services/archive/bag_reader.py)
    "archive.tag_line": "Refused: {file}: the line '{line}' is not 'Label: value'.",
    "archive.manifest_line": "Refused: {file} line {line} is not 'checksum path'.",
    "archive.manifest_checksum": "Refused: {file} line {line} has a malformed {alg} checksum.",
    # the problems of a bag's files, one id per reason (archive Problem.part, joined by the
    # UI and CLI: a refusal carries them all as the parameter "problems")
    "archive.file_problem": "{file} {reason}",
    "archive.why.unreadable": "cannot be read ({reason})",
    "archive.why.listed_missing": "is listed in {manifest} but missing",
    "archive.why.checksum": "{alg} checksum does not match {manifest}",
    "archive.why.unlisted": "is not listed in {manifest}",
    "archive.why.oxum": "Payload-Oxum says {oxum}, the payload is {actual}",
    "archive.why.missing": "is missing",
    "archive.why.too_large": "is too large",
    "archive.why.not_a_case": "is not a case",
    "archive.why.contradicts": "contradicts the audit trail: {problem}",
    "archive.why.issued_not_intact": "letter {n} (issued PDF) is not an intact signed letter: {reason}",
    "archive.why.current_not_intact": "letter {n} (current PDF) is not an intact signed letter: {reason}",
    "archive.why.signature_fails": "its signature does not check",
    # why an archive's signature does not check (app/services/archive/signature.py, trust.py)
    "archive.sig.no_certificate": "the signer's certificate is not in the signature",
    "archive.sig.digest_algorithm": "unsupported digest algorithm {alg}",
    "archive.sig.mismatch": "the signature does not match tagmanifest-sha512.txt",
    "archive.sig.key_type": "unsupported signature key type",
    "archive.sig.invalid": "the signature is not valid",
    "archive.sig.unreadable": "is not a readable CMS signature ({reason})",
    "archive.ts.unreadable": "its timestamp cannot be checked ({reason})",
    "archive.ts.not_covering": "its timestamp does not cover this signature",
    "archive.ts.untrusted": "its timestamp was made by a time-stamp server no trust anchor vouches for",
    "archive.trust.no_chain": "the signing certificate does not chain to a trusted certificate",
    "archive.trust.self_signed": (
        "the signing certificate is self-signed and does not chain to a trusted certificate"
    ),
    "archive.trust.invalid": "the signing certificate is not valid: {reason}",
    # the plan of an import (app/services/archive/plan.py)
    "archive.bag_problem": "Refused: {first}; nothing was imported.",
    "archive.bag_problems": "Refused: {first} (and {more} more problems); nothing was imported.",
    "archive.sha_malformed": "Refused: case.json: {item} has a malformed SHA-256.",
    "archive.path_malformed": "Refused: case.json: {item} has a malformed path.",
    "archive.item.evidence": "evidence item {n}",
    "archive.item.letter_issued": "letter {n} (issued)",
    "archive.item.letter_current": "letter {n} (current)",
    "archive.item.letter_draft": "letter {n} (draft)",
    "archive.item.letter_approved": "letter {n} (approved)",
    "archive.letter_refused": "Refused: {problem}; nothing was imported.",
    "archive.signature_refused": "Refused: tagmanifest-sha512.txt.p7s {problem}; nothing was imported.",
    "archive.signer_untrusted": (
        "Refused: tagmanifest-sha512.txt.p7s: {problem} (the signer is {signer}); nothing was imported."
    ),
    "archive.no_event_count": (
        "Refused: bag-info.txt does not state Exemptio-Audit-Events (the length of the audit trail)."
    ),
    "archive.event_count": (
        "Refused: audit.jsonl holds {events} events, bag-info.txt Exemptio-Audit-Events says {count}."
    ),
    "archive.first_event": (
        "Refused: audit.jsonl's first event is not the one bag-info.txt Exemptio-Audit-First-Hash "
        "names: events were removed or added at that end."
    ),
    "archive.last_event": (
        "Refused: audit.jsonl's last event is not the one bag-info.txt Exemptio-Audit-Last-Hash "
        "names: events were removed or added at that end."
    ),
    "archive.derived_missing": "Refused: the bag has no {file}.",
    "archive.derived_unbuildable": "Refused: '{file}' cannot be rebuilt from case.json ({reason}).",
    "archive.derived_edited": (
        "Refused: '{file}' is not the one case.json and audit.jsonl give: it was edited."
    ),
    "archive.not_datetime": "case.json: {field} is not a date and time.",
    "archive.bad_datetime": "case.json: {field} '{value}' is not a date and time.",
    "archive.not_date": "case.json: {field} is not a date.",
    "archive.bad_date": "case.json: {field} '{value}' is not a date.",
    # attaching and reading evidence (app/services/evidence/)
    "evidence.link_loop": "{item} is a symbolic link loop; nothing was stored.",
    "evidence.broken_link": "{item} is a broken symbolic link; nothing was stored.",
    "evidence.no_such_file": "{item} does not exist; nothing was stored.",
    "evidence.denied": "{item} cannot be read (permission denied); nothing was stored.",
    "evidence.unreadable": "{item} cannot be read ({reason}); nothing was stored.",
    "evidence.fifo": "{item} is a named pipe (FIFO), not a file; nothing was stored.",
    "evidence.socket": "{item} is a socket, not a file; nothing was stored.",
    "evidence.device": "{item} is a device, not a file; nothing was stored.",
    "evidence.folder_denied": "The folder {folder} cannot be read (permission denied); nothing was stored.",
    "evidence.nothing_named": "Name at least one file or folder to attach.",
    "evidence.empty_file": "{item} is empty (0 bytes): there is nothing to attach.",
    "evidence.empty_folders": "The folders hold no files to attach.",
    "evidence.folder_unreadable": "The folder {folder} cannot be read ({reason}).",
    "evidence.folder_loop": "{folder} loops back on itself; nothing was stored.",
    "evidence.not_found": "No evidence item {id}.",
    "evidence.bytes_unreadable": "The bytes of {item} cannot be read ({reason}).",
    "evidence.export_exists": "{path} already exists; choose another name.",
    "evidence.hash_mismatch": "The bytes of {item} no longer match their hash; not exported.",
    "evidence.bytes_missing": "The bytes of {item} are missing.",
    "evidence.export_failed": "Cannot export {item}: {reason}.",
    "evidence.not_a_url": "'{url}' is not a URL (it should start with https:// or similar).",
    "evidence.cancelled": "Cancelled; nothing was stored.",
    "evidence.bytes_vanished": (
        "The stored bytes of {item} disappeared before they were recorded; nothing was stored. Try again."
    ),
    "subject.name_empty": "The subject name is empty: name the AI model.",
    "subject.negative_parameters": "The parameter count cannot be negative.",
    "evidence.missing_at_origin": "The bytes of {item} are missing at its original place.",
    "evidence.missing_in_store": "The bytes of {item} are missing in the evidence store.",
    "evidence.no_space": (
        "Not enough free space for this intake: {need} to store, {free} free in {folder}; "
        "nothing was stored. Free some space, or attach large weights by reference only (--reference-only)."
    ),
    "evidence.verify_cancelled": "Verification cancelled.",
    # checklists: definitions, answers, migration, screening (app/services/checklist/)
    "checklist.schema_unreadable": "The checklist schema {path} cannot be read: {reason}",
    "checklist.definition_invalid": "Checklist definition {origin} is invalid at {where}: {problem}",
    "checklist.definition_invalid_more": (
        "Checklist definition {origin} is invalid at {where}: {problem} (and {more} more problem(s))"
    ),
    "checklist.definition_misplaced": (
        "Checklist definition {path} says it is {checklist} {version}; its folder and file name must match."
    ),
    "checklist.unknown_version": "Unknown checklist {checklist} version {version} (known versions: {known}).",
    "checklist.unknown": "Unknown checklist {checklist}.",
    "checklist.no_such_version": "Checklist {checklist} has no version {version} (versions: {known}).",
    "checklist.already_version": "Case {reference} is already assessed with {checklist} {version}.",
    "checklist.locked_for_migration": (
        "Case {reference} is {status}: reopen it before moving it to another version."
    ),
    "checklist.nothing_to_screen": "Case {reference} has no licence or policy text evidence to screen.",
    "checklist.no_suggestion_for": "No suggestion for {questions} (suggested: {offered}).",
    "checklist.no_suggestions": "The licence screening suggests no answers for this case.",
    "checklist.bad_expected_version": (
        "{question}: the expected answer version must be a whole number (0 = no answer)."
    ),
    "checklist.locked_for_answers": (
        "Case {reference} is {status}: reopen it before changing its checklist answers."
    ),
    "checklist.other_checklist": (
        "Case {reference} is assessed with checklist {checklist} {version}; answers for {other} "
        "{other_version} cannot be merged."
    ),
    "checklist.foreign_evidence": "{question}: evidence {sha}… is not evidence of case {reference}.",
    "checklist.not_spdx": (
        "{question}: '{symbol}' is not an SPDX licence id (e.g. Apache-2.0, MIT); write LicenseRef-<name> "
        "for a licence without one."
    ),
    "answers.not_object": "The answers file must be a JSON object {shape}.",
    "answers.unknown_field": "The answers file has an unknown field {field}.",
    "answers.no_id": 'The answers file must name its "checklist" id and "version".',
    "answers.no_answers": 'The answers file needs an "answers" object {shape}.',
    # inspecting a model folder (app/services/model_inspect/)
    "model.not_found": "{path} does not exist.",
    "model.not_model_file": (
        "{path} is not a folder or a single .gguf/.safetensors file: give the model's folder or its "
        "weight file."
    ),
    "model.not_folder": "{path} is not a folder: give the model's folder.",
    "model.denied": "{path} cannot be read (permission denied).",
    "model.unknown_format_of": "Unknown format '{format}'. Use one of: {formats}.",
    "model.unknown_format": "Unknown format '{format}'.",
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


def placeholders(template: str) -> list[str]:
    """The ``{name}`` fields of a template."""
    return [name for _text, name, _spec, _conv in string.Formatter().parse(template) if name is not None]


@dataclass(frozen=True)
class Part:
    """One reason of a refusal, by id and arguments: a parameter value of another message.

    A refusal that gives a reason (or lists several) carries them as data::

        BadInput.of("archive.bag_problem", file="data/a", reason=Part("archive.why.unlisted", alg="sha256"))

    :func:`render` words a ``Part`` with the same (translated) table as the message it
    stands in, and a tuple of parts as their texts joined by ``"; "``: the UI and the
    CLI join the rendered parts, no English fragment is glued in the service."""

    msg_id: str
    params: Mapping[str, object] = field(default_factory=dict)

    def __str__(self) -> str:
        return render(self.msg_id, self.params)


def part(msg_id: str, **params: object) -> Part:
    """``Part(msg_id, params)`` written like ``ExemptioError.of``."""
    return Part(msg_id, params)


def _filled(value: object, templates: Mapping[str, str] | None) -> object:
    if isinstance(value, Part):
        return render(value.msg_id, value.params, templates)
    if isinstance(value, tuple) and value and all(isinstance(v, Part) for v in value):
        return "; ".join(render(v.msg_id, v.params, templates) for v in value)
    return value


def render(msg_id: str, params: Mapping[str, object], templates: Mapping[str, str] | None = None) -> str:
    """The text of ``msg_id`` with ``params`` filled in (missing ones shown as ``{name}``).

    ``templates`` is the (translated) table to use; the English one by default, and
    the English template when the id is missing from ``templates``. A :class:`Part`
    argument (or a tuple of parts) is rendered with the same table."""
    english = MESSAGES.get(msg_id, msg_id)
    for template in ((templates or MESSAGES).get(msg_id) or english, english):
        try:
            values = {
                name: _filled(params[name], templates) if name in params else "{" + name + "}"
                for name in placeholders(template)
            }
            return template.format_map(values)
        except (ValueError, IndexError, KeyError, AttributeError):  # a broken translation: English
            continue
    return msg_id
