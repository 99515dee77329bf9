"""Officer-facing names for stored codes (statuses, outcomes, actions), translatable.

``QCoreApplication.translate("Labels", ...)`` calls are found by pyside6-lupdate.
"""

from __future__ import annotations

from app.ui.qt import QColor, QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def status_label(status: str) -> str:
    names = {
        "draft": _t("Draft"),
        "intake": _t("Intake"),
        "assessment": _t("Assessment"),
        "review": _t("Review"),
        "decided": _t("Decided"),
        "closed": _t("Closed"),
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


def status_colours(status: str) -> tuple[QColor, QColor]:
    bg, fg = STATUS_COLOURS.get(status, ("#e5e7eb", "#111827"))
    return QColor(bg), QColor(fg)


def outcome_label(outcome: str) -> str:
    names = {
        "partially_exempt": _t("Partially exempt"),
        "not_exempt": _t("Not exempt"),
        "not_exempt_systemic_risk": _t("Not exempt (systemic risk)"),
        "not_gpai": _t("Not a GPAI model"),
        "undetermined": _t("Undetermined"),
        "excluded_art_2_12": _t("Excluded (Art. 2(12))"),
        "act_applies": _t("AI Act applies"),
        "not_excluded_high_risk": _t("Not excluded (high-risk)"),
        "art5_applies": _t("Art. 5 applies"),
        "art50_applies": _t("Art. 50 applies"),
        "none": _t("No outcome"),
        "": "",
    }
    return names.get(outcome, outcome)


OUTCOME_COLOURS = {
    "partially_exempt": "#059669",
    "excluded_art_2_12": "#10b981",
    "not_exempt": "#dc2626",
    "not_exempt_systemic_risk": "#991b1b",
    "not_gpai": "#2563eb",
    "undetermined": "#9ca3af",
    "act_applies": "#d97706",
    "not_excluded_high_risk": "#ea580c",
    "art5_applies": "#7c2d12",
    "art50_applies": "#a16207",
    "none": "#d1d5db",
}


def transition_label(name: str) -> str:
    names = {
        "Start intake": _t("Start intake"),
        "Start assessment": _t("Start assessment"),
        "Send for review": _t("Send for review"),
        "Send back to assessment": _t("Send back to assessment"),
        "Record decision": _t("Record decision"),
        "Close": _t("Close case"),
        "Reopen": _t("Reopen"),
    }
    return names.get(name, name)


def kind_label(kind: str) -> str:
    return {"model": _t("AI model"), "system": _t("AI system"), "both": _t("Model and system")}.get(
        kind, kind
    )


def action_label(action: str) -> str:
    names = {
        "case.created": _t("Case opened"),
        "case.transition": _t("Status changed"),
        "case.assigned": _t("Assigned"),
        "case.clock_stopped": _t("Clock stopped"),
        "case.clock_resumed": _t("Clock resumed"),
        "case.updated": _t("Case details changed"),
        "case.outcome": _t("Outcome recorded"),
        "evidence.received": _t("Evidence received"),
        "evidence.viewed": _t("Evidence viewed"),
        "evidence.exported": _t("Evidence exported"),
        "evidence.verified": _t("Evidence verified"),
    }
    if action in names:
        return names[action]
    return action.replace(".", " ").replace("_", " ").capitalize()


def timeline_kind(entity_type: str, action: str) -> str:
    """Which strand of the time line an audit event belongs to."""
    if entity_type == "evidence":
        return "custody"
    if "sign" in action or action in ("letter.issued",):
        return "signature"
    if entity_type == "letter":
        return "letter"
    if entity_type == "checklist" or action.startswith("checklist."):
        return "checklist"
    return "case"


def timeline_kind_label(kind: str) -> str:
    return {
        "custody": _t("Custody"),
        "signature": _t("Signature"),
        "letter": _t("Letter"),
        "checklist": _t("Checklist"),
        "case": _t("Case"),
    }.get(kind, kind)
