"""The decision engine: answers → the outcome document (checklist-spec.md).

Pure and deterministic; it never raises, whatever the answers hold: a value it
cannot read counts as unknown (for a needed item) or as a missing refinement,
and an unknown never leads to ``partially_exempt``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from app.domain import compute
from app.domain.checklist import JUDGEMENTS, ChecklistDefinition, unique, values_of

# outcomes
NOT_GPAI = "not_gpai"
NOT_EXEMPT_SR = "not_exempt_systemic_risk"
NOT_EXEMPT = "not_exempt"
UNDETERMINED = "undetermined"
PARTIALLY_EXEMPT = "partially_exempt"
TRACK_M_OUTCOMES = (NOT_GPAI, NOT_EXEMPT_SR, NOT_EXEMPT, UNDETERMINED, PARTIALLY_EXEMPT)

ACT_APPLIES = "act_applies"
NOT_EXCLUDED_HIGH_RISK = "not_excluded_high_risk"
ART5_APPLIES = "art5_applies"
ART50_APPLIES = "art50_applies"
EXCLUDED = "excluded_art_2_12"
TRACK_S_OUTCOMES = (ACT_APPLIES, UNDETERMINED, NOT_EXCLUDED_HIGH_RISK, ART5_APPLIES, ART50_APPLIES, EXCLUDED)

NEEDED = ("M2", "M3", "M5", "M6", "M7", "M8", "M9", "M10")
REFINEMENTS = ("M2a", "M3f", "M4", "M6a", "M7a")
M2A_FLAGS = ("geographic_exclusion", "approval_gate_discretionary")
M3F_FLAGS = (
    "non_commercial",
    "user_threshold",
    "commercial_licence_required",
    "output_training_ban",
    "unilateral_stop",
)
M7_FLAGS = (
    "dual_licensing",
    "support_required",
    "purchase_required",
    "exclusive_paid_hosting",
    "personal_data_required",
)
M10_FLAGS = ("modalities", "capabilities_limitations", "integration_means", "configuration")
S_ITEMS = ("S1", "S2", "S3", "S4", "S5")

OUTCOME_LABELS = {
    NOT_GPAI: "Not a general-purpose AI model",
    NOT_EXEMPT_SR: "Not exempt: systemic risk",
    NOT_EXEMPT: "Not exempt",
    UNDETERMINED: "Undetermined",
    PARTIALLY_EXEMPT: "Partially exempt",
    ACT_APPLIES: "The Act applies (no open-source exclusion)",
    NOT_EXCLUDED_HIGH_RISK: "Not excluded: high-risk system",
    ART5_APPLIES: "Not excluded: Art. 5 applies",
    ART50_APPLIES: "Art. 50 obligations apply",
    EXCLUDED: "Excluded under Art. 2(12)",
}

# Plain words for the grounds, obligations and findings of the outcome document.
GROUND_LABELS = {
    "systemic_risk_designated": "Designated by the Commission as a model with systemic risk",
    "systemic_risk_compute": "Training compute above 10²⁵ FLOP: systemic risk presumed",
    "licence_access": "Not everyone can access the model freely",
    "licence_use": "The licence restricts use beyond attribution and copyleft",
    "licence_use:non_commercial": "Research-only or non-commercial use",
    "licence_use:user_threshold": "A threshold of users or revenue",
    "licence_use:commercial_licence_required": "A separate (commercial) licence is required for some uses",
    "licence_use:output_training_ban": "Outputs may not be used to train other models",
    "licence_use:unilateral_stop": "The licensor may restrict or stop use at its discretion",
    "licence_use_restriction": "A use restriction fails the safety test of Guidelines ¶84",
    "licence_modify": "Modification is not free for everyone",
    "licence_redistribute": "Redistribution (also of derivatives) is not free for everyone",
    "monetised": "The model is monetised",
    "weights_not_public": "The weights are not (all) public",
    "architecture_not_public": "Architecture information is not public",
    "usage_info_not_public": "Usage information is incomplete",
    "licence_not_foss": "Not released under a free and open-source licence",
    "high_risk": "Placed on the market or put into service as high-risk",
    "art_5": "Falls under a prohibited practice (Art. 5)",
    "art_50": "Falls under Art. 50 transparency obligations",
}
OBLIGATION_LABELS = {
    "53(1)(a)": "Art. 53(1)(a) technical documentation (Annex XI)",
    "53(1)(b)": "Art. 53(1)(b) information for downstream providers (Annex XII)",
    "53(1)(c)": "Art. 53(1)(c) copyright policy, honouring opt-outs",
    "53(1)(d)": "Art. 53(1)(d) public summary of training content",
    "54": "Art. 54 authorised representative in the EU",
    "55": "Art. 55 obligations for models with systemic risk",
}
FINDING_LABELS = {
    "breach_53_1_c": "No copyright policy (Art. 53(1)(c))",
    "breach_53_1_d": "No public training-content summary (Art. 53(1)(d))",
    "breach_54": "No authorised representative (Art. 54)",
    "breach_53_1_ab": "No technical documentation or downstream information (Art. 53(1)(a)-(b))",
}

# Plain-words explanation of each rule of the trace, for the wizard and letters.
RULE_TEXT = {
    "compute": "Training compute estimated from the answers.",
    "not_gpai": "The model does not show significant generality: it is not a general-purpose AI model.",
    "gpai_confirmed": "The model generates text, audio, images or video with significant generality.",
    "gpai_presumed": "Generality unknown: with more than 10²³ FLOP the model is presumed general-purpose.",
    "gpai_unknown": "Generality unknown and compute not above 10²³ FLOP: general-purpose status undecided.",
    "systemic_risk_designated": "The Commission designated the model as having systemic risk.",
    "systemic_risk_compute": "Cumulative training compute above 10²⁵ FLOP: systemic risk is presumed.",
    "systemic_finding": "The officer's finding on the 10²⁵ FLOP presumption replaces the computed band.",
    "systemic_rebutted": "The Commission accepted the provider's arguments against systemic risk.",
    "compute_unknown": "Compute unknown and no finding on the presumption: systemic risk not established.",
    "licence_access": "Not everyone can access the model freely (payment, approval gate, exclusion).",
    "licence_use": "The licence restricts use beyond attribution and copyleft.",
    "licence_use_restriction": "A use restriction is not a specific, proportionate, safety-oriented one.",
    "licence_modify": "The licence does not let everyone modify the model freely.",
    "licence_redistribute": "The licence does not let everyone redistribute the model and derivatives.",
    "naming_requirement": "Derivatives must carry the provider's name or mark (borderline: legal review).",
    "monetised": "The model is monetised.",
    "weights_not_public": "The weights are not (all) publicly available.",
    "architecture_not_public": "Architecture information is not public.",
    "usage_info_not_public": "Usage information is incomplete.",
    "restriction_review": "A use restriction is not yet judged: legal review needed.",
    "undetermined": "Information needed to decide is missing.",
    "not_exempt": "At least one condition of the exemption fails.",
    "not_exempt_systemic_risk": "No open-source exemption for models with systemic risk.",
    "partially_exempt": "All conditions met: Art. 53(1)(a), (b) and 54 are waived; 53(1)(c) and (d) apply.",
    "breach_53_1_c": "No copyright policy honouring text-and-data-mining opt-outs.",
    "breach_53_1_d": "No public summary of the training content.",
    "breach_54": "No authorised representative in the EU.",
    "breach_53_1_ab": "No technical documentation or downstream information.",
    "deadline": "Compliance deadline from the placing-on-market date.",
    "downstream_modifier": "The provider modified another provider's model.",
    "act_applies": "The system is not free and open-source for the Act (licence or monetisation).",
    "not_excluded_high_risk": "High-risk systems are not excluded.",
    "art5_applies": "Prohibited practices are not excluded.",
    "art50_applies": "Art. 50 transparency obligations apply to the system.",
    "excluded_art_2_12": "The system is excluded from the Regulation by Art. 2(12).",
}

_UNREADABLE = object()


def _yn(values: Mapping[str, Any], iid: str) -> str:
    v = values.get(iid)
    return v if v in ("yes", "no", "partial") else "unknown"


def _flags(values: Mapping[str, Any], iid: str, allowed: tuple[str, ...]) -> list[str] | None | object:
    """Known flags in the answer; None when unanswered; _UNREADABLE for junk."""
    v = values.get(iid)
    if v is None or v == "unknown":
        return None
    if not isinstance(v, list):
        return _UNREADABLE
    out = []
    for f in v:
        if not isinstance(f, str) or f not in allowed:
            return _UNREADABLE
        if f not in out:
            out.append(f)
    return [f for f in allowed if f in out]


def _date(value: Any) -> dt.date | None:
    if not isinstance(value, str):
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


class _Trace:
    def __init__(self, defn: ChecklistDefinition) -> None:
        self.defn = defn
        self.rows: list[dict[str, Any]] = []

    def add(self, rule: str, items: list[str], basis_key: str | None = None) -> None:
        self.rows.append({"rule": rule, "items": unique(items), "basis": self.defn.basis(basis_key or rule)})

    def found(self, into: list[str], rule: str, items: list[str]) -> None:
        """``rule`` holds: it joins ``into`` (grounds, findings) and the trace, from ``items``."""
        into.append(rule)
        self.add(rule, items)


def decide(defn: ChecklistDefinition, answers: Mapping[str, Any] | None) -> dict[str, Any]:
    """The outcome document for these answers (``{id: {"value": ...}}`` or ``{id: value}``)."""
    values = values_of(answers)
    trace = _Trace(defn)
    est = compute.estimate(values, defn.thresholds)
    if est.known:
        src = {"stated": "A2", "6PD": "A2a", "NLHU": "A2b"}.get(est.method or "", "A2")
        trace.add("compute", [src])
    a1 = values.get("A1")
    track_m = _track_m(defn, values, est, trace) if a1 in ("model", "both") else None
    track_s = _track_s(defn, values, trace) if a1 in ("system", "both") else None
    return {
        "checklist": defn.id,
        "version": defn.version,
        "compute": est.to_dict(),
        "track_m": track_m,
        "track_s": track_s,
        "trace": trace.rows,
    }


def _track_m(
    defn: ChecklistDefinition, values: Mapping[str, Any], est: compute.ComputeEstimate, trace: _Trace
) -> dict[str, Any]:
    th = defn.thresholds
    a3 = _yn(values, "A3")
    # --- rule 1: general-purpose? -------------------------------------------------
    gpai: bool | None
    if a3 == "no":
        gpai = False
        trace.add("not_gpai", ["A3"])
    elif a3 == "yes":
        gpai = True
        trace.add("gpai_confirmed", ["A3"], "not_gpai")
    elif est.flop is not None and est.flop > th.gpai_flop:
        gpai = True
        trace.add("gpai_presumed", ["A3", _compute_item(est)])
    else:
        gpai = None
        trace.add("gpai_unknown", ["A3"])

    # --- downstream modifier (recorded) --------------------------------------------
    a6 = values.get("A6")
    if isinstance(a6, Mapping):
        trace.add("downstream_modifier", ["A6"])

    # --- rule 2: systemic risk ---------------------------------------------------------
    grounds: list[str] = []
    c1, c1a, c2 = _yn(values, "C1"), _yn(values, "C1a"), _yn(values, "C2")
    if c2 == "yes":
        trace.found(grounds, "systemic_risk_designated", ["C2"])
    if c1 in ("yes", "no"):
        trace.add("systemic_finding", ["C1"])
    presumed = c1 == "yes" or (c1 == "unknown" and est.band == compute.SYSTEMIC_PRESUMED)
    if presumed and c1a == "yes":
        trace.add("systemic_rebutted", ["C1a"])
    elif presumed:
        trace.found(grounds, "systemic_risk_compute", ["C1"] if c1 == "yes" else [_compute_item(est)])
    if c1 == "unknown" and est.band == compute.UNKNOWN:
        trace.add("compute_unknown", ["A2", "C1"], "compute")
    systemic = bool(grounds)

    # --- rule 3: disqualifying grounds -------------------------------------------------
    missing: list[str] = []
    m2a = _flags(values, "M2a", M2A_FLAGS)
    if _yn(values, "M2") == "no" or (isinstance(m2a, list) and m2a):
        trace.found(grounds, "licence_access", [i for i in ("M2", "M2a") if i in values])
    if m2a is _UNREADABLE:
        missing.append("M2a")

    m3f = _flags(values, "M3f", M3F_FLAGS)
    if isinstance(m3f, list) and m3f:
        grounds.extend(f"licence_use:{f}" for f in m3f)
        trace.add("licence_use", ["M3f"] + (["M3"] if _yn(values, "M3") == "no" else []))
    elif _yn(values, "M3") == "no":
        trace.found(grounds, "licence_use", ["M3"])
    if m3f is _UNREADABLE:
        missing.append("M3f")

    m4 = values.get("M4")
    restriction_unknown = False
    if isinstance(m4, list):
        failed = False
        for r in m4:
            if not isinstance(r, Mapping):
                restriction_unknown = True
                continue
            js = [r.get(j) for j in JUDGEMENTS]
            if any(j == "no" for j in js):
                failed = True
            elif any(j != "yes" for j in js):
                restriction_unknown = True
        if failed:
            trace.found(grounds, "licence_use_restriction", ["M4"])
    elif m4 is not None and m4 != "unknown":
        restriction_unknown = True  # unreadable list: review it

    if _yn(values, "M5") == "no":
        trace.found(grounds, "licence_modify", ["M5"])
    if _yn(values, "M6") == "no":
        trace.found(grounds, "licence_redistribute", ["M6"])
    if _yn(values, "M6a") == "yes":
        trace.add("naming_requirement", ["M6a"])
    elif values.get("M6a") not in (None, "unknown", "no"):
        missing.append("M6a")

    m7 = _flags(values, "M7", M7_FLAGS)
    m7a = values.get("M7a")
    if isinstance(m7, list) and m7 and m7a != "yes":
        trace.found(grounds, "monetised", ["M7"] + (["M7a"] if "M7a" in values else []))
    if m7a not in (None, "unknown", "yes", "no"):
        missing.append("M7a")

    if _yn(values, "M8") in ("no", "partial"):
        trace.found(grounds, "weights_not_public", ["M8"])
    if _yn(values, "M9") == "no":
        trace.found(grounds, "architecture_not_public", ["M9"])
    m10 = _flags(values, "M10", M10_FLAGS)
    if isinstance(m10, list) and len(m10) < len(M10_FLAGS):
        trace.found(grounds, "usage_info_not_public", ["M10"])

    # --- rule 4 inputs: what is unknown -------------------------------------------------
    for iid in NEEDED:
        if iid in ("M7", "M10"):
            if (m7 if iid == "M7" else m10) in (None, _UNREADABLE):
                missing.append(iid)
        elif iid == "M8":
            if _yn(values, iid) == "unknown":
                missing.append(iid)
        elif _yn(values, iid) not in ("yes", "no"):
            missing.append(iid)
    if est.band == compute.BORDERLINE and c1 == "unknown" and c2 != "yes":
        missing.insert(0, "C1")
    if restriction_unknown:
        missing.append("M4")
        trace.add("restriction_review", ["M4"])
    order = {iid: n for n, iid in enumerate(defn.ids)}
    missing = sorted(unique(missing), key=lambda i: order.get(i, 999))

    disqualified = any(not g.startswith("systemic_risk") for g in grounds)

    # --- the outcome: first rule that holds ------------------------------------------
    if gpai is False:
        outcome = NOT_GPAI
        out_missing: list[str] = []
    elif gpai is None:
        outcome = UNDETERMINED
        out_missing = ["A3"] + [m for m in missing if m != "A3"]
        trace.add("undetermined", out_missing)
    elif systemic:
        outcome = NOT_EXEMPT_SR
        out_missing = []
        established = (["C2"] if c2 == "yes" else []) + (
            ["C1"] if c1 == "yes" else [_compute_item(est)] if "systemic_risk_compute" in grounds else []
        )
        trace.add(NOT_EXEMPT_SR, established)
    elif disqualified:
        outcome = NOT_EXEMPT
        out_missing = []
        trace.add(NOT_EXEMPT, [t["items"][0] for t in trace.rows if t["rule"] in _GROUND_RULES])
    elif missing:
        outcome = UNDETERMINED
        out_missing = missing
        trace.add("undetermined", missing)
    else:
        outcome = PARTIALLY_EXEMPT
        out_missing = []
        trace.add(PARTIALLY_EXEMPT, ["M2", "M3", "M5", "M6", "M7", "M8", "M9", "M10"])

    # --- obligations, findings, deadline ----------------------------------------------
    a4 = _yn(values, "A4")
    known_gpai = gpai is True
    obligations: list[str] = []
    if known_gpai and outcome == PARTIALLY_EXEMPT:
        obligations = ["53(1)(c)", "53(1)(d)"]
    elif known_gpai:
        obligations = ["53(1)(a)", "53(1)(b)", "53(1)(c)", "53(1)(d)"]
        if a4 == "yes":
            obligations.append("54")
        if outcome == NOT_EXEMPT_SR:
            obligations.append("55")
    findings: list[str] = []
    if known_gpai:
        if _yn(values, "K1") == "no":
            trace.found(findings, "breach_53_1_c", ["K1"])
        if _yn(values, "K2") == "no":
            trace.found(findings, "breach_53_1_d", ["K2"])
        if outcome in (NOT_EXEMPT, NOT_EXEMPT_SR):
            if a4 == "yes" and _yn(values, "K3") == "no":
                trace.found(findings, "breach_54", ["A4", "K3"])
            if _yn(values, "K4") == "no":
                trace.found(findings, "breach_53_1_ab", ["K4"])
    deadline: str | None = None
    a5 = _date(values.get("A5"))
    if known_gpai and a5 is not None:  # no placing-on-market date, no deadline (issue 18)
        legacy = a5 < defn.chapter_v_applies
        deadline = (defn.legacy_deadline if legacy else defn.chapter_v_applies).isoformat()
        trace.add("deadline", ["A5"])
    return {
        "outcome": outcome,
        "grounds": grounds,
        "missing": out_missing,
        "obligations": obligations,
        "findings": findings,
        "deadline": deadline,
    }


_GROUND_RULES = {
    "licence_access",
    "licence_use",
    "licence_use_restriction",
    "licence_modify",
    "licence_redistribute",
    "monetised",
    "weights_not_public",
    "architecture_not_public",
    "usage_info_not_public",
}


def _compute_item(est: compute.ComputeEstimate) -> str:
    return {"stated": "A2", "6PD": "A2a", "NLHU": "A2b"}.get(est.method or "", "A2")


def _track_s(defn: ChecklistDefinition, values: Mapping[str, Any], trace: _Trace) -> dict[str, Any]:
    s = {i: _yn(values, i) for i in S_ITEMS}
    s = {i: (v if v in ("yes", "no") else "unknown") for i, v in s.items()}
    grounds: list[str] = []
    if s["S1"] == "no":
        grounds.append("licence_not_foss")
    if s["S5"] == "yes":
        grounds.append("monetised")
    if s["S2"] == "yes":
        grounds.append("high_risk")
    if s["S3"] == "yes":
        grounds.append("art_5")
    if s["S4"] == "yes":
        grounds.append("art_50")
    missing = [i for i in S_ITEMS if s[i] == "unknown"]
    if s["S1"] == "no" or s["S5"] == "yes":
        outcome = ACT_APPLIES
        trace.add(
            ACT_APPLIES,
            [i for i in ("S1", "S5") if (i == "S1" and s[i] == "no") or (i == "S5" and s[i] == "yes")],
        )
        missing = []
    elif missing:
        outcome = UNDETERMINED
        trace.add("undetermined", missing)
    elif s["S2"] == "yes":
        outcome = NOT_EXCLUDED_HIGH_RISK
        trace.add(outcome, ["S2"])
    elif s["S3"] == "yes":
        outcome = ART5_APPLIES
        trace.add(outcome, ["S3"])
    elif s["S4"] == "yes":
        outcome = ART50_APPLIES
        trace.add(outcome, ["S4"])
    else:
        outcome = EXCLUDED
        trace.add(outcome, list(S_ITEMS))
    return {"outcome": outcome, "grounds": grounds, "missing": missing}


def outcome_label(doc: Mapping[str, Any]) -> str:
    """The short label stored on the case (``cases.outcome_label``): the track M outcome,
    else the track S outcome (the full document is kept in ``cases.outcome_json``)."""
    for key in ("track_m", "track_s"):
        t = doc.get(key)
        if isinstance(t, Mapping) and isinstance(t.get("outcome"), str):
            return str(t["outcome"])[:40]
    return ""


def reasoning(doc: Mapping[str, Any]) -> list[str]:
    """The trace in plain sentences, each with the questions it rests on and its legal
    basis (for the wizard's outcome panel and the letter's assessment section)."""
    out = []
    for row in doc.get("trace") or []:
        if not isinstance(row, Mapping):
            continue
        text = RULE_TEXT.get(str(row.get("rule")), str(row.get("rule")))
        items = ", ".join(str(i) for i in row.get("items") or [])
        basis = str(row.get("basis") or "")
        extra = "; ".join(x for x in (f"questions {items}" if items else "", basis) if x)
        out.append(f"{text} ({extra})" if extra else text)
    return out
