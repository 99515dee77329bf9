"""Officer-facing names for stored codes (statuses, outcomes, actions), translatable.

``QCoreApplication.translate("Labels", ...)`` calls are found by pyside6-lupdate.
"""

from __future__ import annotations

from app.ui.qt import QColor, QCoreApplication


def status_label(status: str) -> str:
    names = {
        "draft": QCoreApplication.translate("Labels", "Draft"),
        "intake": QCoreApplication.translate("Labels", "Intake"),
        "assessment": QCoreApplication.translate("Labels", "Assessment"),
        "review": QCoreApplication.translate("Labels", "Review"),
        "decided": QCoreApplication.translate("Labels", "Decided"),
        "closed": QCoreApplication.translate("Labels", "Closed"),
    }
    return names.get(status, status)


# Badge colours (background, text): calm, distinguishable, readable.
STATUS_COLOURS = {
    "draft": ("#e5e7eb", "#374151"),
    "intake": ("#dbeafe", "#1e3a8a"),
    "assessment": ("#fef3c7", "#78350f"),
    "review": ("#ede9fe", "#4c1d95"),
    "decided": ("#d1fae5", "#065f46"),
    "closed": ("#f3f4f6", "#4b5563"),
}


def status_colour_codes(status: str) -> tuple[str, str]:
    """(background, text) as #rrggbb; a neutral pair for an unknown status."""
    return STATUS_COLOURS.get(status, ("#e5e7eb", "#111827"))


def status_colours(status: str) -> tuple[QColor, QColor]:
    bg, fg = status_colour_codes(status)
    return QColor(bg), QColor(fg)


def outcome_label(outcome: str) -> str:
    names = {
        "partially_exempt": QCoreApplication.translate("Labels", "Partially exempt"),
        "not_exempt": QCoreApplication.translate("Labels", "Not exempt"),
        "not_exempt_systemic_risk": QCoreApplication.translate("Labels", "Not exempt (systemic risk)"),
        "not_gpai": QCoreApplication.translate("Labels", "Not a GPAI model"),
        "undetermined": QCoreApplication.translate("Labels", "Undetermined"),
        "excluded_art_2_12": QCoreApplication.translate("Labels", "Excluded (Art. 2(12))"),
        "act_applies": QCoreApplication.translate("Labels", "AI Act applies"),
        "not_excluded_high_risk": QCoreApplication.translate("Labels", "Not excluded (high-risk)"),
        "art5_applies": QCoreApplication.translate("Labels", "Art. 5 applies"),
        "art50_applies": QCoreApplication.translate("Labels", "Art. 50 applies"),
        "none": QCoreApplication.translate("Labels", "No outcome"),
        "": "",
    }
    return names.get(outcome, outcome)


OUTCOME_COLOURS = {  # Tableau 10: told apart at a glance (a test checks the distances)
    "partially_exempt": "#2ca02c",
    "excluded_art_2_12": "#17becf",
    "not_exempt": "#d62728",
    "not_exempt_systemic_risk": "#9467bd",
    "not_gpai": "#1f77b4",
    "undetermined": "#7f7f7f",
    "act_applies": "#ff7f0e",
    "not_excluded_high_risk": "#8c564b",
    "art5_applies": "#e377c2",
    "art50_applies": "#bcbd22",
    "none": "#c7c7c7",
}


def transition_label(name: str) -> str:
    names = {
        "Start intake": QCoreApplication.translate("Labels", "Start intake"),
        "Start assessment": QCoreApplication.translate("Labels", "Start assessment"),
        "Send for review": QCoreApplication.translate("Labels", "Send for review"),
        "Send back to assessment": QCoreApplication.translate("Labels", "Send back to assessment"),
        "Record decision": QCoreApplication.translate("Labels", "Record decision"),
        "Close": QCoreApplication.translate("Labels", "Close case"),
        "Reopen": QCoreApplication.translate("Labels", "Reopen"),
    }
    return names.get(name, name)


def kind_label(kind: str) -> str:
    return {
        "model": QCoreApplication.translate("Labels", "AI model"),
        "system": QCoreApplication.translate("Labels", "AI system"),
        "both": QCoreApplication.translate("Labels", "Model and system"),
    }.get(kind, kind)


def is_known_action(action: str) -> bool:
    return action in _action_names()


def action_label(action: str) -> str:
    names = _action_names()
    if action in names:
        return names[action]
    return action.replace(".", " ").replace("_", " ").capitalize()


def _action_names() -> dict[str, str]:
    return {
        "case.created": QCoreApplication.translate("Labels", "Case opened"),
        "case.transition": QCoreApplication.translate("Labels", "Status changed"),
        "case.assigned": QCoreApplication.translate("Labels", "Assigned"),
        "case.clock_stopped": QCoreApplication.translate("Labels", "Clock stopped"),
        "case.clock_resumed": QCoreApplication.translate("Labels", "Clock resumed"),
        "case.updated": QCoreApplication.translate("Labels", "Case details changed"),
        "case.outcome": QCoreApplication.translate("Labels", "Outcome recorded"),
        "evidence.received": QCoreApplication.translate("Labels", "Evidence received"),
        "evidence.viewed": QCoreApplication.translate("Labels", "Evidence viewed"),
        "evidence.exported": QCoreApplication.translate("Labels", "Evidence exported"),
        "evidence.verified": QCoreApplication.translate("Labels", "Evidence verified"),
        "letter.drafted": QCoreApplication.translate("Labels", "Letter drafted"),
        "letter.approved": QCoreApplication.translate("Labels", "Letter approved"),
        "letter.issued": QCoreApplication.translate("Labels", "Letter signed and issued"),
        "letter.augmented": QCoreApplication.translate("Labels", "Signature made long-term (LTV)"),
        "letter.superseded": QCoreApplication.translate("Labels", "Letter superseded"),
        "checklist.answered": QCoreApplication.translate("Labels", "Checklist answer"),
        "checklist.outcome": QCoreApplication.translate("Labels", "Outcome computed"),
        "checklist.version_set": QCoreApplication.translate("Labels", "Checklist version set"),
        "case.exported": QCoreApplication.translate("Labels", "Case exported"),
        "case.imported": QCoreApplication.translate("Labels", "Case imported"),
        "case.subject_updated": QCoreApplication.translate("Labels", "Subject details changed"),
    }


def timeline_kind(entity_type: str, action: str) -> str:
    """Which strand of the time line an audit event belongs to."""
    if entity_type == "evidence":
        return "custody"
    if "sign" in action or action in ("letter.issued", "letter.augmented"):
        return "signature"
    if entity_type == "letter":
        return "letter"
    if entity_type == "checklist" or action.startswith("checklist."):
        return "checklist"
    return "case"


def timeline_kind_label(kind: str) -> str:
    return {
        "custody": QCoreApplication.translate("Labels", "Custody"),
        "signature": QCoreApplication.translate("Labels", "Signature"),
        "letter": QCoreApplication.translate("Labels", "Letter"),
        "checklist": QCoreApplication.translate("Labels", "Checklist"),
        "case": QCoreApplication.translate("Labels", "Case"),
    }.get(kind, kind)
