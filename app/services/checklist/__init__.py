"""Checklist use cases: load definitions, save answers, compute and store outcomes.

- Definitions are ``resources/checklists/<id>/<version>.json``, validated against
  ``resources/checklists/schema.json`` at load; a broken file raises
  :class:`DefinitionError` (the app stops with that message rather than half-work).
- A case records the checklist id and version it is assessed with. Its answers are
  always read and decided with that version, so a newer version never rewrites an
  old determination. A case without answers may switch to another version.
- Saving merges into the saved answers; every changed answer appends a
  ``checklist.answered`` audit event (before/after) in the same transaction, and
  the outcome is recomputed and stored on the case.
- Optimistic locking (team mode): every saved answer carries a ``version``
  (:attr:`SavedAnswer.version`). A screen passes the versions its edits were based
  on (``expected_versions``, 0 = "there was no answer"); when another officer
  saved one of those answers meanwhile, :class:`db.conflicts.EditConflict` names
  who and when, and nothing is saved. Without versions (the CLI) saving merges.

One module per responsibility, every public name re-exported here: ``definitions``
(loading, schema, versions, start-up check), ``screening`` (licence screening of the
evidence), ``state`` (what a case's checklist holds), ``saving`` (saving answers and the
outcome), ``migrate`` (moving a case to another checklist version; imported as
``app.services.checklist.migrate``).
"""

from __future__ import annotations

from app.services.checklist.definitions import (
    DEFAULT_CHECKLIST,
    LOCKED_STATUSES,
    available_versions,
    check_all_definitions,
    check_resources,
    checklists_root,
    latest_version,
    load_definition,
    validate_definition_doc,
)
from app.services.checklist.saving import outcome, save_answer, save_answers, store_outcome
from app.services.checklist.screening import check_licence_id, is_licence_like, screen_case_licences
from app.services.checklist.state import (
    ChecklistState,
    EvidenceRef,
    SavedAnswer,
    case_row,
    definition_for_case,
    get_state,
    parse_answers_document,
    saved_answers,
)

__all__ = [
    "ChecklistState",
    "DEFAULT_CHECKLIST",
    "EvidenceRef",
    "LOCKED_STATUSES",
    "SavedAnswer",
    "available_versions",
    "case_row",
    "check_all_definitions",
    "check_licence_id",
    "check_resources",
    "checklists_root",
    "definition_for_case",
    "get_state",
    "is_licence_like",
    "latest_version",
    "load_definition",
    "outcome",
    "parse_answers_document",
    "save_answer",
    "save_answers",
    "saved_answers",
    "screen_case_licences",
    "store_outcome",
    "validate_definition_doc",
]
