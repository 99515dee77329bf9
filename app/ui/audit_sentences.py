"""The one place that turns an audit event into a sentence an officer reads.

The time line, the Overview's recent activity and anything else that shows audit
events call :func:`sentence` (what happened, in the interface language) and
:func:`event_name`. No stored code reaches the screen: field names
(``due_date``), outcome codes (``partially_exempt``), statuses, letter states and
structured answers (the P/D pair of A2a, a list of flags) are all put into words;
dates and numbers are written by ``QLocale`` (month names and decimal separators of
the interface language). Data quoted from the case (titles, reasons) is made
visible (control and bidi characters) by :func:`app.ui.plain.shown`.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from app.ui.labels import action_label, is_known_action, outcome_label, status_label
from app.ui.plain import shown
from app.ui.qt import QCoreApplication, QDate, QLocale

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_SUPERSCRIPT = str.maketrans("-0123456789", "⁻⁰¹²³⁴⁵⁶⁷⁸⁹")


def field_label(key: str) -> str:
    names = {
        "title": QCoreApplication.translate("AuditSentences", "Title"),
        "notes": QCoreApplication.translate("AuditSentences", "Notes"),
        "due_date": QCoreApplication.translate("AuditSentences", "Due date"),
        "status": QCoreApplication.translate("AuditSentences", "Status"),
        "reason": QCoreApplication.translate("AuditSentences", "Reason"),
        "assigned_officer": QCoreApplication.translate("AuditSentences", "Assigned officer"),
        "outcome": QCoreApplication.translate("AuditSentences", "Outcome"),
        "provider": QCoreApplication.translate("AuditSentences", "Provider"),
        "subject": QCoreApplication.translate("AuditSentences", "Subject"),
        "subject_version": QCoreApplication.translate("AuditSentences", "Subject version"),
        "subject_kind": QCoreApplication.translate("AuditSentences", "Kind of subject"),
        "state": QCoreApplication.translate("AuditSentences", "State"),
        "signer": QCoreApplication.translate("AuditSentences", "Signed by"),
        "name": QCoreApplication.translate("AuditSentences", "Name"),
        "display_name": QCoreApplication.translate("AuditSentences", "Name"),
        "archive": QCoreApplication.translate("AuditSentences", "Archive"),
        "checklist_version": QCoreApplication.translate("AuditSentences", "Checklist version"),
        "version": QCoreApplication.translate("AuditSentences", "Version"),
        "role": QCoreApplication.translate("AuditSentences", "Role"),
        "language": QCoreApplication.translate("AuditSentences", "Language"),
        "paused_days": QCoreApplication.translate("AuditSentences", "Days paused"),
        "file": QCoreApplication.translate("AuditSentences", "File"),
        "size": QCoreApplication.translate("AuditSentences", "Size"),
    }
    return names.get(key, key.replace("_", " "))


def letter_state(state: str) -> str:
    names = {
        "draft": QCoreApplication.translate("AuditSentences", "draft"),
        "approved": QCoreApplication.translate("AuditSentences", "approved"),
        "issued": QCoreApplication.translate("AuditSentences", "issued"),
        "superseded": QCoreApplication.translate("AuditSentences", "superseded"),
    }
    return names.get(state, state)


def format_date(value: str | dt.date) -> str:
    """An ISO date in the interface language, month by name: 30 January 2027,
    30 janvier 2027, 30. Januar 2027."""
    if isinstance(value, str):
        try:
            value = dt.date.fromisoformat(value[:10])
        except ValueError:
            return value
    locale = QLocale()
    fmt = "d. MMMM yyyy" if locale.language() == QLocale.Language.German else "d MMMM yyyy"
    return locale.toString(QDate(value.year, value.month, value.day), fmt)


def format_number(value: float | int) -> str:
    locale = QLocale()
    if isinstance(value, bool):
        return _yes_no(value)
    if isinstance(value, int) and abs(value) < 10**15:
        return locale.toString(float(value), "f", 0) if abs(value) >= 2**31 else locale.toString(value)
    if value != 0 and (abs(value) >= 1e6 or abs(value) < 1e-3):
        mantissa, exponent = f"{float(value):.2e}".split("e")
        m = locale.toString(float(mantissa), "g", 3)
        return f"{m} × 10{str(int(exponent)).translate(_SUPERSCRIPT)}"
    return locale.toString(float(value), "g", 6)


def _yes_no(value: bool) -> str:
    return (
        QCoreApplication.translate("AuditSentences", "yes")
        if value
        else QCoreApplication.translate("AuditSentences", "no")
    )


_ANSWER_WORDS = {"yes", "no", "partial", "unknown"}


def _answer_word(value: str) -> str:
    names = {
        "yes": QCoreApplication.translate("AuditSentences", "yes"),
        "no": QCoreApplication.translate("AuditSentences", "no"),
        "partial": QCoreApplication.translate("AuditSentences", "partly"),
        "unknown": QCoreApplication.translate("AuditSentences", "unknown"),
    }
    return names.get(value, value)


def format_value(key: str, value: Any, limit: int = 90) -> str:
    """A stored value in words."""
    if value is None or value == "" or value == "None":
        return "—"
    if key == "status":
        return status_label(str(value))
    if key == "outcome":
        return outcome_label(str(value)) or "—"
    if key == "state":
        return letter_state(str(value))
    if isinstance(value, bool):
        return _yes_no(value)
    if isinstance(value, (int, float)):
        return format_number(value)
    if isinstance(value, dict):
        parts = [f"{field_label(str(k))} = {format_value(str(k), v, 30)}" for k, v in value.items()]
        return _short("; ".join(parts), limit) if parts else "—"
    if isinstance(value, (list, tuple)):
        if not value:
            return QCoreApplication.translate("AuditSentences", "none")
        return _short(", ".join(format_value(key, v, 40) for v in value), limit)
    text = str(value)
    if _ISO_DATE.match(text):
        return format_date(text)
    if text in _ANSWER_WORDS:
        return _answer_word(text)
    return _short(shown(text, one_line=True), limit)


def _short(text: str, limit: int = 90) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def event_name(action: str) -> str:
    """What kind of event it is ("Status changed"), translated."""
    names = {
        "letter.exported": QCoreApplication.translate("AuditSentences", "Letter exported"),
        "checklist.migrated": QCoreApplication.translate("AuditSentences", "Checklist version changed"),
        "case.linked": QCoreApplication.translate("AuditSentences", "Cases linked"),
        "case.unlinked": QCoreApplication.translate("AuditSentences", "Cases unlinked"),
        "case.model_facts": QCoreApplication.translate("AuditSentences", "Model facts recorded"),
        "officer.added": QCoreApplication.translate("AuditSentences", "Officer recorded"),
        "officer.role_set": QCoreApplication.translate("AuditSentences", "Officer role changed"),
        "officer.certificate_added": QCoreApplication.translate(
            "AuditSentences", "Signing certificate added"
        ),
        "officer.certificate_removed": QCoreApplication.translate(
            "AuditSentences", "Signing certificate removed"
        ),
        "demo.backdated": QCoreApplication.translate("AuditSentences", "Demo data dated back"),
        "audit.checkpoint": QCoreApplication.translate("AuditSentences", "Audit checkpoint"),
    }
    if action in names:
        return names[action]
    if is_known_action(action):
        return action_label(action)
    return QCoreApplication.translate("AuditSentences", "Other change")


def _changes(before: dict[str, Any], after: dict[str, Any], skip: tuple[str, ...] = ()) -> str:
    """ "Due date: 30 January 2027 → 15 February 2027; Title: …" for every field changed."""
    parts = []
    for key, new in after.items():
        if key in skip:
            continue
        old = before.get(key)
        if key in before and str(old) != str(new):
            parts.append(f"{field_label(key)}: {format_value(key, old, 50)} → {format_value(key, new, 50)}")
        elif key not in before:
            parts.append(f"{field_label(key)}: {format_value(key, new, 60)}")
    return "; ".join(parts)


def sentence(ev: Any) -> str:
    """One line saying what changed, in plain words (``ev``: an audit record with
    ``action``, ``entity_id``, ``before``, ``after``)."""
    before = ev.before if isinstance(ev.before, dict) else {}
    after = ev.after if isinstance(ev.after, dict) else {}
    action = str(ev.action)
    reason = after.get("reason")
    tail = (" — " + format_value("reason", reason)) if reason else ""
    if action == "case.transition":
        old_status, new_status = str(before.get("status", "")), str(after.get("status", ""))
        return f"{status_label(old_status)} → {status_label(new_status)}{tail}"
    if action == "case.assigned":
        nobody = QCoreApplication.translate("AuditSentences", "nobody")
        old = before.get("assigned_officer") or nobody
        new = after.get("assigned_officer") or nobody
        return f"{format_value('name', old)} → {format_value('name', new)}{tail}"
    if action == "case.created":
        return format_value("title", after.get("title", ""))
    if action == "case.clock_stopped":
        text = QCoreApplication.translate("AuditSentences", "Clock stopped")
        return text + tail
    if action == "case.clock_resumed":
        return (
            QCoreApplication.translate("AuditSentences", "Due date %1 → %2 (%3 days paused)")
            .replace("%1", format_value("due_date", before.get("due_date")))
            .replace("%2", format_value("due_date", after.get("due_date")))
            .replace("%3", format_value("paused_days", after.get("paused_days", 0)))
        )
    if action in ("case.outcome", "checklist.outcome"):
        return format_value("outcome", after.get("outcome") or after.get("label") or "none")
    if action.startswith("letter."):
        bits = [QCoreApplication.translate("AuditSentences", "Letter %1").replace("%1", str(ev.entity_id))]
        if after.get("state"):
            bits.append(letter_state(str(after["state"])))
        if after.get("signer"):
            bits.append(
                QCoreApplication.translate("AuditSentences", "signed by %1").replace(
                    "%1", format_value("signer", after["signer"])
                )
            )
        if after.get("signature_level"):
            bits.append(format_value("signature_level", after["signature_level"]))  # PAdES B-LT
        sha = after.get("current_sha256") or after.get("issued_sha256") or after.get("draft_sha256")
        if sha:
            bits.append(f"SHA-256 {str(sha)[:12]}…")
        return " · ".join(bits)
    if action == "checklist.answered":
        question = str(ev.entity_id).rsplit(":", 1)[-1]
        value = after.get("value")
        if value is None or value == [] or value == "":
            answer = QCoreApplication.translate("AuditSentences", "no answer")
            if isinstance(value, list):
                answer = QCoreApplication.translate("AuditSentences", "none ticked")
        else:
            answer = format_value("value", value, 70)
        return f"{question}: {answer}"
    if action.startswith("evidence."):
        bits = [format_value("name", after.get("name") or after.get("display_name") or f"#{ev.entity_id}")]
        if after.get("sha256"):
            bits.append(f"SHA-256 {str(after['sha256'])[:12]}…")
        if after.get("archive"):
            bits.append(format_value("archive", after["archive"]))
        return " · ".join(bits)
    if action in ("case.exported", "case.imported") and after.get("archive"):
        return format_value("archive", after["archive"])
    text = _changes(before, after, skip=("reason",))
    return (text + tail) if text else (tail.removeprefix(" — ") or str(ev.entity_id))
