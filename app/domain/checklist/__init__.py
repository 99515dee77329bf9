"""Checklist definitions, answer validation and the wizard navigator (pure stdlib).

A definition (``resources/checklists/<id>/<version>.json``) is data: its items,
kinds, thresholds and skip logic (``asked_when`` conditions). The JSON Schema
check happens where the file is loaded (``app.services.checklist``);
:func:`parse_definition` then checks what a schema cannot (unique ids, known
sections, conditions that only look at earlier items) and builds frozen
dataclasses.

The navigator answers "which questions are asked, in which order, given these
answers" without any UI: the Qt wizard, the CLI and the tests all use it.

The package, one module per responsibility; every public name is re-exported here:

* ``model``: answer kinds, the definition, sections, questions and saved answers;
* ``parse``: a definition document into those dataclasses (the checks a schema cannot make);
* ``overlay``: translation overlays, and reading a definition file with its overlay;
* ``answers``: answer values, validation by kind, one-line rendering;
* ``navigator``: skip logic and the wizard navigator.
"""

from __future__ import annotations

from app.domain.checklist.answers import (
    format_value,
    is_unknown,
    validate_answer,
    validate_value,
    value_of,
    values_of,
)
from app.domain.checklist.model import (
    JUDGEMENT_LABELS,
    JUDGEMENTS,
    KINDS,
    UNKNOWN,
    YN,
    YNP,
    Answer,
    ChecklistDefinition,
    DefinitionError,
    Item,
    Section,
    finite,
    unique,
)
from app.domain.checklist.navigator import Navigator, asked_ids, asked_items, condition_holds
from app.domain.checklist.overlay import (
    OVERLAY_LANGUAGES,
    apply_overlay,
    is_overlay_name,
    load_definition,
    overlay_path,
    read_json_file,
    read_overlay,
    with_language,
)
from app.domain.checklist.parse import parse_definition

__all__ = [
    "Answer",
    "ChecklistDefinition",
    "DefinitionError",
    "Item",
    "JUDGEMENTS",
    "JUDGEMENT_LABELS",
    "KINDS",
    "Navigator",
    "OVERLAY_LANGUAGES",
    "Section",
    "UNKNOWN",
    "YN",
    "YNP",
    "apply_overlay",
    "asked_ids",
    "asked_items",
    "condition_holds",
    "finite",
    "format_value",
    "is_overlay_name",
    "is_unknown",
    "load_definition",
    "overlay_path",
    "parse_definition",
    "read_json_file",
    "read_overlay",
    "unique",
    "validate_answer",
    "validate_value",
    "value_of",
    "values_of",
    "with_language",
]
