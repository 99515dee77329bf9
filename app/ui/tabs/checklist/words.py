"""The Checklist tab's suggestions in words: why one is made and where it comes from.

The rules that pick a suggestion are in ``app/domain/checklist_suggestions.py``; this
module only words them, in the translation context ``ChecklistTab`` (where these
sentences have always been translated).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from app.domain.checklist_suggestions import Suggestion
from app.ui.qt import QCoreApplication
from app.ui.tabs.checklist.format import fill


def _tr(text: str) -> str:
    return str(text)


def suggestion_words(sug: Suggestion) -> tuple[str, str]:
    """(why, where from) of ``sug`` in the interface language."""
    inspection = _tr(QCoreApplication.translate("ChecklistTab", "Model inspection (case subject)"))
    if sug.reason == "screening":
        why = _tr(QCoreApplication.translate("ChecklistTab", "From licence screening: %1"))
        why = why.replace("%1", screening_source(sug.refs))
        if sug.question == "M4" and isinstance(sug.value, list):
            found = _tr(QCoreApplication.translate("ChecklistTab", "%1 restriction(s) found"))
            why = found.replace("%1", str(len(sug.value))) + " · " + why
        return why, _tr(QCoreApplication.translate("ChecklistTab", "Licence screening"))
    if sug.reason == "knowledge_base":
        name, source, why = sug.args
        where = _tr(QCoreApplication.translate("ChecklistTab", "Licence knowledge base: %1 · %2"))
        return why, fill(where, name, source)
    if sug.reason == "model_card_licence":
        why = _tr(QCoreApplication.translate("ChecklistTab", "The model card names the licence '%1'."))
        return why.replace("%1", sug.args[0]), inspection
    if sug.reason == "model_card_spdx":
        return _tr(
            QCoreApplication.translate("ChecklistTab", "The model card names this licence.")
        ), inspection
    if sug.reason == "architecture":
        why = _tr(
            QCoreApplication.translate(
                "ChecklistTab", "Architecture recorded from the model's configuration: %1."
            )
        )
        return why.replace("%1", sug.args[0]), inspection
    return (
        _tr(QCoreApplication.translate("ChecklistTab", "The case was opened for this kind of subject.")),
        _tr(QCoreApplication.translate("ChecklistTab", "Case")),
    )


def screening_source(refs: Sequence[Mapping[str, Any]]) -> str:
    """Where a screened suggestion came from, in words: the evidence file, the line
    number and the line's text (shortened), e.g. 'LICENSE, line 12: "You shall not …"'."""
    if not refs:
        return _tr(QCoreApplication.translate("ChecklistTab", "no clause found"))
    template = _tr(QCoreApplication.translate("ChecklistTab", '%1, line %2: "%3"'))
    shown = [
        fill(template, str(r.get("file", "")), str(r.get("line", "")), str(r.get("text", "")))
        for r in refs[:2]
    ]
    if len(refs) > 2:
        more = _tr(QCoreApplication.translate("ChecklistTab", "and %1 more"))
        shown.append(more.replace("%1", str(len(refs) - 2)))
    return "; ".join(shown)
