"""Message templates: Cases, case lists, links, output files and the evidence store
(app/services/cases.py, case_list.py, links.py, outfile.py, store/, and the other services).
"""

MESSAGES: dict[str, str] = {
    # cases (app/services/cases.py)
    "officer.unknown": (
        "No officer named '{name}' is recorded. Record a new colleague first with "
        "'exemptio officer add NAME --role officer'."
    ),
    "officer.unknown_close": (
        "No officer named '{name}' is recorded. Did you mean {close}? Record a new colleague first with "
        "'exemptio officer add NAME --role officer'."
    ),
    "case.assignee_role_a": (
        "{name} is a {role} and cannot be assigned cases; assign an officer, reviewer or head of unit."
    ),
    "case.assignee_role_an": (
        "{name} is an {role} and cannot be assigned cases; assign an officer, reviewer or head of unit."
    ),
    "case.title_empty": "The case title is empty: give the case a title.",
    "case.provider_empty": "The provider is empty: name the provider the case is about.",
    "case.subject_empty": "The subject is empty: name the AI model or system.",
    "case.bad_subject_kind": "Subject kind must be one of {kinds}.",
    "case.cannot_change": "Cannot change {fields} here.",
    "case.due_date_reason": "Say why the due date changes: the reason is kept in the audit trail.",
    "case.due_date_not_date": "The due date must be a date (YYYY-MM-DD).",
    "case.unknown_outcome": "Unknown outcome '{label}'. Use one of: {labels}.",
    "case.clock_already_stopped": "The clock of {reference} is already stopped.",
    "case.clock_running": "The clock of {reference} is running; there is nothing to resume.",
    # case lists (app/services/case_list.py)
    "case_list.not_sha256": (
        "'{value}' is not a SHA-256: give the 64 hexadecimal digits, or at least the first {prefix}."
    ),
    "case_list.unknown_status": "Unknown status '{status}'. Use one of: {allowed}.",
    "case_list.bad_sort": "Cannot sort by '{sort}'. Use one of: {columns}.",
    # links between cases (app/services/links.py)
    "link.unknown_type": "Unknown link type '{type}'. Use one of: {types}.",
    "link.to_itself": "A case cannot be linked to itself ({reference}).",
    "link.exists": "{reference} is already linked to {other} as {link}.",
    "link.both_ways": "{other} is already {link} {reference}; a case cannot be both ways.",
    "link.missing": "{reference} is not linked to {other} as {link}.",
    # the audit trail (app/services/audit.py)
    "audit.not_intact": "The audit trail is not intact (event {event}: {reason}); no checkpoint was made.",
    "audit.bad_limit": "--limit must be at least 1 (got {limit}).",
}
