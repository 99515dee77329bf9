"""Message templates: Reading input, JSON documents, the database, first run and the problem report."""

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
}
