"""The checklist outcome's words (outcomes, grounds, findings, obligations, reasoning)
in the interface language.

``app.domain.decision`` keeps the English originals (used by the CLI and the letters);
this module repeats them as ``QCoreApplication.translate("DecisionLabels", ...)`` literals
so that pyside6-lupdate extracts them. tests/ui/test_translations_complete.py checks that
every key of the domain tables is covered here.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from app.domain import decision
from app.ui.qt import QCoreApplication


def outcome_labels() -> dict[str, str]:
    return {
        "not_gpai": QCoreApplication.translate("DecisionLabels", "Not a general-purpose AI model"),
        "not_exempt_systemic_risk": QCoreApplication.translate("DecisionLabels", "Not exempt: systemic risk"),
        "not_exempt": QCoreApplication.translate("DecisionLabels", "Not exempt"),
        "undetermined": QCoreApplication.translate("DecisionLabels", "Undetermined"),
        "partially_exempt": QCoreApplication.translate("DecisionLabels", "Partially exempt"),
        "act_applies": QCoreApplication.translate(
            "DecisionLabels", "The Act applies (no open-source exclusion)"
        ),
        "not_excluded_high_risk": QCoreApplication.translate(
            "DecisionLabels", "Not excluded: high-risk system"
        ),
        "art5_applies": QCoreApplication.translate("DecisionLabels", "Not excluded: Art. 5 applies"),
        "art50_applies": QCoreApplication.translate("DecisionLabels", "Art. 50 obligations apply"),
        "excluded_art_2_12": QCoreApplication.translate("DecisionLabels", "Excluded under Art. 2(12)"),
    }


def ground_labels() -> dict[str, str]:
    return {
        "systemic_risk_designated": QCoreApplication.translate(
            "DecisionLabels", "Designated by the Commission as a model with systemic risk"
        ),
        "systemic_risk_compute": QCoreApplication.translate(
            "DecisionLabels", "Training compute above 10²⁵ FLOP: systemic risk presumed"
        ),
        "licence_access": QCoreApplication.translate(
            "DecisionLabels", "Not everyone can access the model freely"
        ),
        "licence_use": QCoreApplication.translate(
            "DecisionLabels", "The licence restricts use beyond attribution and copyleft"
        ),
        "licence_use:non_commercial": QCoreApplication.translate(
            "DecisionLabels", "Research-only or non-commercial use"
        ),
        "licence_use:user_threshold": QCoreApplication.translate(
            "DecisionLabels", "A threshold of users or revenue"
        ),
        "licence_use:commercial_licence_required": QCoreApplication.translate(
            "DecisionLabels", "A separate (commercial) licence is required for some uses"
        ),
        "licence_use:output_training_ban": QCoreApplication.translate(
            "DecisionLabels", "Outputs may not be used to train other models"
        ),
        "licence_use:unilateral_stop": QCoreApplication.translate(
            "DecisionLabels", "The licensor may restrict or stop use at its discretion"
        ),
        "licence_use_restriction": QCoreApplication.translate(
            "DecisionLabels", "A use restriction fails the safety test of Guidelines ¶84"
        ),
        "licence_modify": QCoreApplication.translate(
            "DecisionLabels", "Modification is not free for everyone"
        ),
        "licence_redistribute": QCoreApplication.translate(
            "DecisionLabels", "Redistribution (also of derivatives) is not free for everyone"
        ),
        "monetised": QCoreApplication.translate("DecisionLabels", "The model is monetised"),
        "weights_not_public": QCoreApplication.translate(
            "DecisionLabels", "The weights are not (all) public"
        ),
        "architecture_not_public": QCoreApplication.translate(
            "DecisionLabels", "Architecture information is not public"
        ),
        "usage_info_not_public": QCoreApplication.translate(
            "DecisionLabels", "Usage information is incomplete"
        ),
        "licence_not_foss": QCoreApplication.translate(
            "DecisionLabels", "Not released under a free and open-source licence"
        ),
        "high_risk": QCoreApplication.translate(
            "DecisionLabels", "Placed on the market or put into service as high-risk"
        ),
        "art_5": QCoreApplication.translate("DecisionLabels", "Falls under a prohibited practice (Art. 5)"),
        "art_50": QCoreApplication.translate(
            "DecisionLabels", "Falls under Art. 50 transparency obligations"
        ),
    }


def finding_labels() -> dict[str, str]:
    return {
        "breach_53_1_c": QCoreApplication.translate("DecisionLabels", "No copyright policy (Art. 53(1)(c))"),
        "breach_53_1_d": QCoreApplication.translate(
            "DecisionLabels", "No public training-content summary (Art. 53(1)(d))"
        ),
        "breach_54": QCoreApplication.translate("DecisionLabels", "No authorised representative (Art. 54)"),
        "breach_53_1_ab": QCoreApplication.translate(
            "DecisionLabels", "No technical documentation or downstream information (Art. 53(1)(a)-(b))"
        ),
    }


def obligation_labels() -> dict[str, str]:
    return {
        "53(1)(a)": QCoreApplication.translate(
            "DecisionLabels", "Art. 53(1)(a) technical documentation (Annex XI)"
        ),
        "53(1)(b)": QCoreApplication.translate(
            "DecisionLabels", "Art. 53(1)(b) information for downstream providers (Annex XII)"
        ),
        "53(1)(c)": QCoreApplication.translate(
            "DecisionLabels", "Art. 53(1)(c) copyright policy, honouring opt-outs"
        ),
        "53(1)(d)": QCoreApplication.translate(
            "DecisionLabels", "Art. 53(1)(d) public summary of training content"
        ),
        "54": QCoreApplication.translate("DecisionLabels", "Art. 54 authorised representative in the EU"),
        "55": QCoreApplication.translate(
            "DecisionLabels", "Art. 55 obligations for models with systemic risk"
        ),
    }


def rule_texts() -> dict[str, str]:
    return {
        "compute": QCoreApplication.translate(
            "DecisionLabels", "Training compute estimated from the answers."
        ),
        "not_gpai": QCoreApplication.translate(
            "DecisionLabels",
            "The model does not show significant generality: it is not a general-purpose AI model.",
        ),
        "gpai_confirmed": QCoreApplication.translate(
            "DecisionLabels", "The model generates text, audio, images or video with significant generality."
        ),
        "gpai_presumed": QCoreApplication.translate(
            "DecisionLabels",
            "Generality unknown: with more than 10²³ FLOP the model is presumed general-purpose.",
        ),
        "gpai_unknown": QCoreApplication.translate(
            "DecisionLabels",
            "Generality unknown and compute not above 10²³ FLOP: general-purpose status undecided.",
        ),
        "systemic_risk_designated": QCoreApplication.translate(
            "DecisionLabels", "The Commission designated the model as having systemic risk."
        ),
        "systemic_risk_compute": QCoreApplication.translate(
            "DecisionLabels", "Cumulative training compute above 10²⁵ FLOP: systemic risk is presumed."
        ),
        "systemic_finding": QCoreApplication.translate(
            "DecisionLabels", "The officer's finding on the 10²⁵ FLOP presumption replaces the computed band."
        ),
        "systemic_rebutted": QCoreApplication.translate(
            "DecisionLabels", "The Commission accepted the provider's arguments against systemic risk."
        ),
        "compute_unknown": QCoreApplication.translate(
            "DecisionLabels",
            "Compute unknown and no finding on the presumption: systemic risk not established.",
        ),
        "licence_access": QCoreApplication.translate(
            "DecisionLabels", "Not everyone can access the model freely (payment, approval gate, exclusion)."
        ),
        "licence_use": QCoreApplication.translate(
            "DecisionLabels", "The licence restricts use beyond attribution and copyleft."
        ),
        "licence_use_restriction": QCoreApplication.translate(
            "DecisionLabels", "A use restriction is not a specific, proportionate, safety-oriented one."
        ),
        "licence_modify": QCoreApplication.translate(
            "DecisionLabels", "The licence does not let everyone modify the model freely."
        ),
        "licence_redistribute": QCoreApplication.translate(
            "DecisionLabels", "The licence does not let everyone redistribute the model and derivatives."
        ),
        "naming_requirement": QCoreApplication.translate(
            "DecisionLabels", "Derivatives must carry the provider's name or mark (borderline: legal review)."
        ),
        "monetised": QCoreApplication.translate("DecisionLabels", "The model is monetised."),
        "weights_not_public": QCoreApplication.translate(
            "DecisionLabels", "The weights are not (all) publicly available."
        ),
        "architecture_not_public": QCoreApplication.translate(
            "DecisionLabels", "Architecture information is not public."
        ),
        "usage_info_not_public": QCoreApplication.translate(
            "DecisionLabels", "Usage information is incomplete."
        ),
        "restriction_review": QCoreApplication.translate(
            "DecisionLabels", "A use restriction is not yet judged: legal review needed."
        ),
        "undetermined": QCoreApplication.translate(
            "DecisionLabels", "Information needed to decide is missing."
        ),
        "not_exempt": QCoreApplication.translate(
            "DecisionLabels", "At least one condition of the exemption fails."
        ),
        "not_exempt_systemic_risk": QCoreApplication.translate(
            "DecisionLabels", "No open-source exemption for models with systemic risk."
        ),
        "partially_exempt": QCoreApplication.translate(
            "DecisionLabels",
            "All conditions met: Art. 53(1)(a), (b) and 54 are waived; 53(1)(c) and (d) apply.",
        ),
        "breach_53_1_c": QCoreApplication.translate(
            "DecisionLabels", "No copyright policy honouring text-and-data-mining opt-outs."
        ),
        "breach_53_1_d": QCoreApplication.translate(
            "DecisionLabels", "No public summary of the training content."
        ),
        "breach_54": QCoreApplication.translate("DecisionLabels", "No authorised representative in the EU."),
        "breach_53_1_ab": QCoreApplication.translate(
            "DecisionLabels", "No technical documentation or downstream information."
        ),
        "deadline": QCoreApplication.translate(
            "DecisionLabels", "Compliance deadline from the placing-on-market date."
        ),
        "downstream_modifier": QCoreApplication.translate(
            "DecisionLabels", "The provider modified another provider's model."
        ),
        "act_applies": QCoreApplication.translate(
            "DecisionLabels", "The system is not free and open-source for the Act (licence or monetisation)."
        ),
        "not_excluded_high_risk": QCoreApplication.translate(
            "DecisionLabels", "High-risk systems are not excluded."
        ),
        "art5_applies": QCoreApplication.translate(
            "DecisionLabels", "Prohibited practices are not excluded."
        ),
        "art50_applies": QCoreApplication.translate(
            "DecisionLabels", "Art. 50 transparency obligations apply to the system."
        ),
        "excluded_art_2_12": QCoreApplication.translate(
            "DecisionLabels", "The system is excluded from the Regulation by Art. 2(12)."
        ),
    }


def reasoning(doc: Mapping[str, Any]) -> list[str]:
    """``decision.reasoning`` in the interface language: each step of the trace with the
    questions it rests on and its legal basis."""
    texts = rule_texts()
    out = []
    for row in doc.get("trace") or []:
        if not isinstance(row, Mapping):
            continue
        rule = str(row.get("rule"))
        text = texts.get(rule) or decision.RULE_TEXT.get(rule, rule)
        items = ", ".join(str(i) for i in row.get("items") or [])
        basis = str(row.get("basis") or "")
        asked = (
            QCoreApplication.translate("DecisionLabels", "questions %1").replace("%1", items) if items else ""
        )
        extra = "; ".join(x for x in (asked, basis) if x)
        out.append(f"{text} ({extra})" if extra else text)
    return out
