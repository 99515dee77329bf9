"""Which answer the checklist wizard suggests for a question, and why (pure rules).

A suggestion is only ever *offered*: the officer accepts it one by one (the
Checklist tab). The sources, strongest first:

1. the licence screening of the case's files (``licence_screen.screen_*``: the
   ``suggested`` values with the clauses they were found in);
2. the licence knowledge base, for the licence answered in M1 (any question but M1);
3. facts model inspection recorded on the case subject: the licence the model card
   names (M1), the architecture read from the configuration (M9);
4. the kind of subject the case was opened for (A1).

The question ids below are those of the ``ai-act-oss`` checklist. The words shown
to the officer are the UI's (translated); here a suggestion says *which* reason
applies (``reason``) and with which arguments.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from app.domain import licence_screen
from app.domain.checklist import is_unknown

__all__ = [
    "COMPUTE_FROM_HARDWARE",
    "COMPUTE_FROM_PD",
    "COMPUTE_HELPER_AT",
    "REASONS",
    "SCREENING_AT",
    "Suggestion",
    "accepted_value",
    "candidates_for",
    "offered",
    "suggest",
]

# Where the wizard offers its helpers: the compute helper (Guidelines Annex A) on the
# compute questions, filling A2a (from P and D) or A2b (from hardware periods); licence
# screening on M1 (its results are suggestions for M1-M7 and candidate clauses).
COMPUTE_HELPER_AT = ("A2", "A2a", "A2b", "C1")
COMPUTE_FROM_PD = "A2a"
COMPUTE_FROM_HARDWARE = "A2b"
SCREENING_AT = "M1"

# reason -> what ``args`` hold
REASONS = {
    "screening": "refs: the clauses (file, line, text) the value was read from",
    "knowledge_base": "args: (licence name, the knowledge base's source, its English why + marker)",
    "model_card_licence": "args: (the licence as the model card names it,)",
    "model_card_spdx": "args: ()",
    "architecture": "args: (the architecture,)",
    "subject_kind": "args: ()",
}


@dataclass(frozen=True)
class Suggestion:
    """``value`` suggested for ``question`` for ``reason`` (see ``REASONS``)."""

    question: str
    value: Any
    reason: str
    args: tuple[str, ...] = ()
    refs: tuple[Mapping[str, Any], ...] = ()


def suggest(
    question: str,
    values: Mapping[str, Any],
    *,
    subject: Mapping[str, Any] | None = None,
    subject_kind: str | None = None,
    screening: Mapping[str, Any] | None = None,
) -> Suggestion | None:
    """The suggestion for ``question`` given the answer ``values`` so far (question id ->
    value), the case subject's recorded facts, its kind and the last screening document."""
    if screening:
        suggested: Mapping[str, Any] = screening.get("suggested", {}) or {}
        if question in suggested:
            refs = (screening.get("suggested_from", {}) or {}).get(question, []) or []
            return Suggestion(question, suggested[question], "screening", refs=tuple(refs))
    m1 = values.get("M1")
    if isinstance(m1, str) and not is_unknown(m1) and question != "M1":
        kb = licence_screen.suggestions_for(m1)
        if question in kb:
            prof = licence_screen.profile(m1)
            s = kb[question]
            name = prof.name if prof else m1
            return Suggestion(question, s.value, "knowledge_base", (name, s.source, f"{s.why} {s.marker}"))
    inspected = _from_inspection(question, subject or {})
    if inspected is not None:
        return inspected
    if question == "A1" and subject_kind is not None:
        return Suggestion(question, subject_kind, "subject_kind")
    return None


def _from_inspection(question: str, subject: Mapping[str, Any]) -> Suggestion | None:
    """Facts that model inspection recorded on the case subject."""
    if question == "M1" and subject.get("licence"):
        raw = str(subject["licence"]).strip()
        prof = licence_screen.profile(raw) or licence_screen.profile(raw.lower())
        if prof is not None:
            return Suggestion(question, prof.id, "model_card_licence", (raw,))
        if raw.startswith("LicenseRef-") or licence_screen.is_known_spdx(raw):
            return Suggestion(question, raw, "model_card_spdx")
    if question == "M9" and subject.get("architecture"):
        return Suggestion(question, "yes", "architecture", (str(subject["architecture"]),))
    return None


def offered(suggestion: Suggestion | None, current: Any) -> Suggestion | None:
    """The suggestion worth showing: none when the answer already is the suggested value."""
    if suggestion is None or (not is_unknown(current) and current == suggestion.value):
        return None
    return suggestion


# -- the screening's candidate clauses (accepted one by one in the Checklist tab) -----------

# which question a candidate belongs to ("policy" ones are evidence to attach: shown under M4)
CANDIDATE_QUESTION = {"M2a": "M2a", "M3f": "M3f", "M4": "M4", "M6a": "M6a", "policy": "M4"}
_LIST_MARK = re.compile(r"^\s*(?:[-*•·]|\(?[0-9a-zA-Z]{1,3}[.)])\s+")


def candidates_for(doc: Mapping[str, Any] | None, qid: str) -> list[dict[str, Any]]:
    """The screening document's candidates for a question, in the screener's order."""
    if not doc:
        return []
    return [c for c in doc.get("candidates", []) if CANDIDATE_QUESTION.get(c.get("question", "")) == qid]


def accepted_value(candidate: Mapping[str, Any], current: Any) -> Any:
    """The answer once the officer accepts ``candidate`` on top of ``current``: its flag
    ticked (M2a, M3f), "yes" (M6a), the restriction added once (M4, its list mark removed).
    None: nothing to set (a policy to attach as evidence, then screen again)."""
    q = CANDIDATE_QUESTION.get(candidate.get("question", ""), "")
    listed = list(current) if isinstance(current, list) else []
    if q in ("M2a", "M3f"):
        return listed if candidate["flag"] in listed else [*listed, candidate["flag"]]
    if q == "M6a":
        return "yes"
    if q == "M4" and candidate["flag"] == "restriction":
        if not any(isinstance(v, dict) and v.get("source") == candidate["source"] for v in listed):
            text = _LIST_MARK.sub("", candidate.get("clause") or candidate.get("text", ""), count=1)
            listed.append({"text": text, "source": candidate["source"]})
        return listed
    return None
