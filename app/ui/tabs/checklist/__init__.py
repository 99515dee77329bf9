"""The Checklist tab (``ChecklistTab(ctx, reference, runner, parent=None)``, contracts.md).

One responsibility per module:

* ``tab.py`` — the view: the question tree, the page area, the outcome panel, the buttons;
* ``page.py`` — one question's page; ``editors.py`` — the eleven answer editors;
  ``compute_helper.py`` — the Annex A compute helper;
* ``session.py`` — Qt-free session state: answers saved and pending, optimistic-lock
  versions, save batches;
* ``controller.py`` — loading, saving and screening as operations (app/ui/op.py);
* ``outcome.py`` — the outcome panel's HTML; ``words.py`` — suggestions in words;
  ``format.py`` — numbers shown and typed.

The suggestion rules themselves are pure: ``app/domain/checklist_suggestions.py``.
The public names are re-exported here (``from app.ui.tabs.checklist import ChecklistTab``),
resolved on first use: importing ``app.ui.tabs.checklist.session`` loads no Qt.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

_WHERE = {
    "ComputeHelper": "compute_helper",
    **dict.fromkeys(
        (
            "EDITORS",
            "YN_LABELS",
            "AnswerEditor",
            "ChoiceEditor",
            "DateEditor",
            "FlagsEditor",
            "LicenceEditor",
            "ModifierEditor",
            "NumberEditor",
            "PDEditor",
            "PeriodsEditor",
            "PickEditor",
            "RestrictionsEditor",
        ),
        "editors",
    ),
    "EditorError": "format",
    "OUTCOME_COLOURS": "outcome",
    "outcome_html": "outcome",
    "QuestionPage": "page",
    "ChecklistSession": "session",
    "SaveBatch": "session",
    "VersionLedger": "session",
    "ChecklistTab": "tab",
}
__all__ = sorted([*_WHERE, "_flop"])

if TYPE_CHECKING:
    from app.ui.tabs.checklist.compute_helper import ComputeHelper as ComputeHelper
    from app.ui.tabs.checklist.editors import EDITORS as EDITORS
    from app.ui.tabs.checklist.editors import YN_LABELS as YN_LABELS
    from app.ui.tabs.checklist.editors import FlagsEditor as FlagsEditor
    from app.ui.tabs.checklist.editors import NumberEditor as NumberEditor
    from app.ui.tabs.checklist.editors import PickEditor as PickEditor
    from app.ui.tabs.checklist.editors import RestrictionsEditor as RestrictionsEditor
    from app.ui.tabs.checklist.format import EditorError as EditorError
    from app.ui.tabs.checklist.format import flop as _flop  # noqa: F401
    from app.ui.tabs.checklist.outcome import outcome_html as outcome_html
    from app.ui.tabs.checklist.page import QuestionPage as QuestionPage
    from app.ui.tabs.checklist.session import ChecklistSession as ChecklistSession
    from app.ui.tabs.checklist.tab import ChecklistTab as ChecklistTab


def __getattr__(name: str) -> Any:
    if name == "_flop":
        return importlib.import_module(f"{__name__}.format").flop
    if name in _WHERE:
        return getattr(importlib.import_module(f"{__name__}.{_WHERE[name]}"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
