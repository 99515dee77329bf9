"""The flags the licence screener raises, by checklist question, and the id of an unknown licence."""

from __future__ import annotations

UNKNOWN = "unknown"
HEAD_CHARS = 1500  # a licence names itself at its start; later mentions are cross-references

M2A = ("geographic_exclusion", "approval_gate_discretionary")
M3F = (
    "non_commercial",
    "user_threshold",
    "commercial_licence_required",
    "output_training_ban",
    "unilateral_stop",
)
COMPATIBLE = ("attribution", "notice", "copyleft", "patent_retaliation")
