"""The outcome panel of the Checklist tab as HTML: compute, each track's outcome with its
grounds, missing answers, obligations and findings, the deadline, and the reasoning.

Every text from a case or a definition is escaped; the labels are translated in the
context ``ChecklistTab`` (where they have always been).
"""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import Any

from app.domain.checklist import ChecklistDefinition
from app.ui import decision_labels
from app.ui.qt import QT_TRANSLATE_NOOP, QCoreApplication
from app.ui.tabs.checklist.format import flop

OUTCOME_COLOURS = {
    "partially_exempt": "#166534",
    "excluded_art_2_12": "#166534",
    "undetermined": "#92400e",
    "not_gpai": "#1e40af",
}


def outcome_html(
    doc: dict[str, Any], tr: Callable[[str], str], defn: ChecklistDefinition | None = None
) -> str:
    parts: list[str] = []
    t_compute = tr(QT_TRANSLATE_NOOP("ChecklistTab", "Compute"))
    t_unknown = tr(QT_TRANSLATE_NOOP("ChecklistTab", "unknown"))
    t_deadline = tr(QT_TRANSLATE_NOOP("ChecklistTab", "Deadline"))
    t_start = tr(QT_TRANSLATE_NOOP("ChecklistTab", "Answer A1 (model, system or both) to start."))
    t_reasoning = tr(QT_TRANSLATE_NOOP("ChecklistTab", "Reasoning"))
    missing_labels: dict[str, str] = {}
    if defn is not None:
        for it in defn.items:
            q = it.question
            missing_labels[it.id] = q if len(q) <= 70 else q[:68].rsplit(" ", 1)[0] + "…"
    c = doc.get("compute") or {}
    if c.get("flop") is not None:
        parts.append(
            f"<p><b>{t_compute}</b>: C ≈ {flop(c['flop'])} FLOP "
            f"({html.escape(str(c['method']))})"
            f"<br>±30%: {flop(c['low'])} – {flop(c['high'])}"
            f" · {html.escape(_band_label(str(c['band'])))}</p>"
        )
    else:
        parts.append(f"<p><b>{t_compute}</b>: {t_unknown}</p>")

    def lst(title: str, items: list[str], labels: dict[str, str] | None = None, code: bool = True) -> str:
        if not items:
            return ""
        rows = []
        for i in items:
            label = (labels or {}).get(i)
            shown = html.escape(i).replace("_", "_\u200b").replace(":", ":\u200b")
            if not label:
                rows.append(f"<li>{shown}</li>")
            elif code:
                rows.append(f"<li>{html.escape(label)} <span style='color:#6b7280'>({shown})</span></li>")
            else:
                rows.append(f"<li>{html.escape(label)}</li>")
        return f"<p style='margin-bottom:0'><b>{title}</b></p><ul style='margin-top:0'>{''.join(rows)}</ul>"

    for key, title in (
        ("track_m", tr(QT_TRANSLATE_NOOP("ChecklistTab", "Model: Art. 53(2), 54(6)"))),
        ("track_s", tr(QT_TRANSLATE_NOOP("ChecklistTab", "System: Art. 2(12)"))),
    ):
        t = doc.get(key)
        if not t:
            continue
        colour = OUTCOME_COLOURS.get(t["outcome"], "#991b1b")
        label = decision_labels.outcome_labels().get(t["outcome"], t["outcome"])
        parts.append(
            f"<h3 style='margin-bottom:2px'>{html.escape(title)}</h3>"
            f"<p style='font-size:13pt;color:{colour};margin-top:0'><b>{html.escape(label)}</b></p>"
        )
        parts.append(
            lst(
                tr(QT_TRANSLATE_NOOP("ChecklistTab", "Grounds")),
                t.get("grounds", []),
                decision_labels.ground_labels(),
            )
        )
        parts.append(
            lst(
                tr(QT_TRANSLATE_NOOP("ChecklistTab", "Missing answers")), t.get("missing", []), missing_labels
            )
        )
        parts.append(
            lst(
                tr(QT_TRANSLATE_NOOP("ChecklistTab", "Obligations that apply")),
                t.get("obligations", []),
                decision_labels.obligation_labels(),
                code=False,
            )
        )
        parts.append(
            lst(
                tr(QT_TRANSLATE_NOOP("ChecklistTab", "Findings")),
                t.get("findings", []),
                decision_labels.finding_labels(),
            )
        )
        if t.get("deadline"):
            parts.append(f"<p><b>{t_deadline}</b>: {html.escape(t['deadline'])}</p>")
    if not doc.get("track_m") and not doc.get("track_s"):
        parts.append(f"<p>{t_start}</p>")
    else:
        why = "".join(f"<li>{html.escape(line)}</li>" for line in decision_labels.reasoning(doc))
        parts.append(
            f"<p style='margin-bottom:0'><b>{t_reasoning}</b></p>"
            f"<ul style='margin-top:0;color:#374151;font-size:9pt'>{why}</ul>"
        )
    return "".join(parts)


def _band_label(band: str) -> str:
    names = {
        "systemic_presumed": QCoreApplication.translate("ChecklistTab", "systemic risk presumed"),
        "borderline": QCoreApplication.translate("ChecklistTab", "borderline"),
        "not_presumed": QCoreApplication.translate("ChecklistTab", "not presumed"),
    }
    return names.get(band, band.replace("_", " "))
