"""Message templates: Evidence, checklists and model folders (app/services/evidence/, checklist/,
model_inspect/).
"""

MESSAGES: dict[str, str] = {
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
}
