"""Message templates: Archives: reading, verifying and importing (app/services/archive/)."""

MESSAGES: dict[str, str] = {
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
}
