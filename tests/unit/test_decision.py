"""The decision engine against checklist-spec.md: every rule, ground and finding."""

from __future__ import annotations

import json
import math
from typing import Any

import pytest

from app.domain import compute
from app.domain.checklist import ChecklistDefinition, parse_definition
from app.domain.decision import RULE_TEXT, decide, outcome_label, reasoning
from app.resources import resource_path

ALL_M10 = ["modalities", "capabilities_limitations", "integration_means", "configuration"]


@pytest.fixture(scope="module")
def defn() -> ChecklistDefinition:
    doc = json.loads(resource_path("checklists", "ai-act-oss", "2025.07.json").read_text("utf-8"))
    return parse_definition(doc)


def good(**over: Any) -> dict[str, Any]:
    """A GPAI model meeting every condition (partially exempt); overrides replace or drop (None)."""
    a: dict[str, Any] = {
        "A1": "model", "A2": 7.2e23, "A3": "yes", "A4": "no", "A5": "2024-04-18",
        "M1": "Apache-2.0", "M2": "yes", "M3": "yes", "M5": "yes", "M6": "yes", "M7": [],
        "M8": "yes", "M9": "yes", "M10": list(ALL_M10), "K1": "yes", "K2": "yes", "K4": "yes",
    }  # fmt: skip
    for k, v in over.items():
        if v is None:
            a.pop(k, None)
        else:
            a[k] = v
    return a


def tm(defn: ChecklistDefinition, answers: dict[str, Any]) -> dict[str, Any]:
    doc = decide(defn, answers)
    assert doc["track_m"] is not None
    return doc["track_m"]


# --- document shape -----------------------------------------------------------------------


def test_document_shape_and_partially_exempt(defn: ChecklistDefinition) -> None:
    doc = decide(defn, {k: {"value": v, "evidence": [], "note": ""} for k, v in good().items()})
    assert list(doc) == ["checklist", "version", "compute", "track_m", "track_s", "trace"]
    assert doc["checklist"] == "ai-act-oss" and doc["version"] == "2025.07"
    assert doc["track_s"] is None
    m = doc["track_m"]
    assert list(m) == ["outcome", "grounds", "missing", "obligations", "findings", "deadline"]
    assert m["outcome"] == "partially_exempt"
    assert m["grounds"] == [] and m["missing"] == [] and m["findings"] == []
    assert m["obligations"] == ["53(1)(c)", "53(1)(d)"]
    assert m["deadline"] == "2027-08-02"
    assert {"rule": "partially_exempt", "items": ["M2", "M3", "M5", "M6", "M7", "M8", "M9", "M10"],
            "basis": defn.basis("partially_exempt")} in doc["trace"]  # fmt: skip


def test_every_trace_row_has_basis_and_text(defn: ChecklistDefinition) -> None:
    answers = good(C2="yes", M2="no", M3f=["user_threshold"], M5="no", M6="no", M6a="yes",
                   M7=["dual_licensing"], M8="no", M9="no", M10=[], K1="no", K2="no", K4="no",
                   A4="yes", K3="no", A6={"base_compute": 1e24, "modification_compute": 5e23},
                   M4=[{"text": "no weapons", "safety": "yes", "specific": "no", "proportionate": "yes",
                        "objective_nondiscriminatory": "yes"}])  # fmt: skip
    doc = decide(defn, answers)
    for row in doc["trace"]:
        assert set(row) == {"rule", "items", "basis"}
        assert row["basis"], row
        assert row["rule"] in RULE_TEXT, row
        assert all(isinstance(i, str) and defn.has(i) for i in row["items"]), row


def test_tracks_follow_a1(defn: ChecklistDefinition) -> None:
    assert decide(defn, {})["track_m"] is None and decide(defn, {})["track_s"] is None
    assert decide(defn, good(A1="system"))["track_m"] is None
    assert decide(defn, good(A1="system"))["track_s"] is not None
    both = decide(defn, good(A1="both", S1="yes", S2="no", S3="no", S4="no", S5="no"))
    assert both["track_m"]["outcome"] == "partially_exempt"
    assert both["track_s"]["outcome"] == "excluded_art_2_12"


# --- rule 1: general-purpose ----------------------------------------------------------------


def test_not_gpai(defn: ChecklistDefinition) -> None:
    m = tm(defn, good(A3="no", M3f=["non_commercial"], K1="no"))
    assert m["outcome"] == "not_gpai"
    assert m["obligations"] == [] and m["findings"] == [] and m["deadline"] is None
    assert m["grounds"] == ["licence_use:non_commercial"]  # later grounds still listed


def test_a3_unknown_presumed_gpai_above_1e23(defn: ChecklistDefinition) -> None:
    m = tm(defn, good(A3=None, A2=1.1e23))
    assert m["outcome"] == "partially_exempt"
    doc = decide(defn, good(A3="unknown", A2=1.1e23))
    assert any(r["rule"] == "gpai_presumed" for r in doc["trace"])


@pytest.mark.parametrize("flop", [1e23, 5e22, None])
def test_a3_unknown_not_above_1e23_is_undetermined(defn: ChecklistDefinition, flop: float | None) -> None:
    m = tm(defn, good(A3="unknown", A2=flop))
    assert m["outcome"] == "undetermined"
    assert m["missing"][0] == "A3"
    assert m["obligations"] == [] and m["deadline"] is None


def test_a3_unknown_lists_other_missing_too(defn: ChecklistDefinition) -> None:
    m = tm(defn, good(A3=None, A2=None, M9=None))
    assert m["missing"] == ["A3", "M9"]


# --- rule 2: systemic risk --------------------------------------------------------------------


def test_systemic_designated(defn: ChecklistDefinition) -> None:
    m = tm(defn, good(C2="yes", A4="yes"))
    assert m["outcome"] == "not_exempt_systemic_risk"
    assert m["grounds"] == ["systemic_risk_designated"]
    assert m["obligations"] == ["53(1)(a)", "53(1)(b)", "53(1)(c)", "53(1)(d)", "54", "55"]


def test_systemic_compute_presumed(defn: ChecklistDefinition) -> None:
    m = tm(defn, good(A2=3.8e25))
    assert m["outcome"] == "not_exempt_systemic_risk"
    assert m["grounds"] == ["systemic_risk_compute"]
    assert m["obligations"] == ["53(1)(a)", "53(1)(b)", "53(1)(c)", "53(1)(d)", "55"]


def test_systemic_both_grounds(defn: ChecklistDefinition) -> None:
    m = tm(defn, good(A2=3.8e25, C2="yes"))
    assert m["grounds"] == ["systemic_risk_designated", "systemic_risk_compute"]


def test_c1_yes_overrides_low_compute(defn: ChecklistDefinition) -> None:
    m = tm(defn, good(A2=1e24, C1="yes"))
    assert m["outcome"] == "not_exempt_systemic_risk" and m["grounds"] == ["systemic_risk_compute"]


def test_c1_no_overrides_presumption(defn: ChecklistDefinition) -> None:
    assert tm(defn, good(A2=3.8e25, C1="no"))["outcome"] == "partially_exempt"


@pytest.mark.parametrize("c1", ["yes", None])
def test_c1a_rebuttal_accepted(defn: ChecklistDefinition, c1: str | None) -> None:
    m = tm(defn, good(A2=3.8e25, C1=c1, C1a="yes"))
    assert m["outcome"] == "partially_exempt"
    assert "systemic_risk_compute" not in m["grounds"]


def test_c1a_does_not_undo_designation(defn: ChecklistDefinition) -> None:
    m = tm(defn, good(C2="yes", C1a="yes"))
    assert m["outcome"] == "not_exempt_systemic_risk"


def test_borderline_without_c1_is_undetermined(defn: ChecklistDefinition) -> None:
    m = tm(defn, good(A2=1.2e25))
    assert m["outcome"] == "undetermined" and m["missing"] == ["C1"]
    assert tm(defn, good(A2=1.2e25, C1="no"))["outcome"] == "partially_exempt"
    assert tm(defn, good(A2=1.2e25, C1="yes"))["outcome"] == "not_exempt_systemic_risk"


def test_systemic_grounds_listed_with_licence_grounds(defn: ChecklistDefinition) -> None:
    m = tm(defn, good(A2=3.8e25, M3f=["user_threshold"]))
    assert m["outcome"] == "not_exempt_systemic_risk"
    assert m["grounds"] == ["systemic_risk_compute", "licence_use:user_threshold"]


# --- rule 3: every disqualifying ground -------------------------------------------------------

REJECTED = {"text": "x", "safety": "yes", "specific": "yes", "proportionate": "no",
            "objective_nondiscriminatory": "yes"}  # fmt: skip

GROUNDS = [
    ({"M2": "no"}, ["licence_access"]),
    ({"M2a": ["geographic_exclusion"]}, ["licence_access"]),
    ({"M2a": ["approval_gate_discretionary"]}, ["licence_access"]),
    ({"M3": "no"}, ["licence_use"]),
    ({"M3f": ["non_commercial"]}, ["licence_use:non_commercial"]),
    ({"M3f": ["user_threshold"]}, ["licence_use:user_threshold"]),
    ({"M3f": ["commercial_licence_required"]}, ["licence_use:commercial_licence_required"]),
    ({"M3f": ["output_training_ban"]}, ["licence_use:output_training_ban"]),
    ({"M3f": ["unilateral_stop"]}, ["licence_use:unilateral_stop"]),
    ({"M4": [REJECTED]}, ["licence_use_restriction"]),
    ({"M5": "no"}, ["licence_modify"]),
    ({"M6": "no"}, ["licence_redistribute"]),
    ({"M7": ["dual_licensing"]}, ["monetised"]),
    ({"M7": ["support_required"], "M7a": "no"}, ["monetised"]),
    ({"M7": ["purchase_required"]}, ["monetised"]),
    ({"M7": ["exclusive_paid_hosting"]}, ["monetised"]),
    ({"M7": ["personal_data_required"]}, ["monetised"]),
    ({"M8": "no"}, ["weights_not_public"]),
    ({"M8": "partial"}, ["weights_not_public"]),
    ({"M9": "no"}, ["architecture_not_public"]),
    ({"M10": ALL_M10[:3]}, ["usage_info_not_public"]),
    ({"M10": []}, ["usage_info_not_public"]),
]


@pytest.mark.parametrize(("over", "grounds"), GROUNDS, ids=[f"{list(o)[0]}-{g[0]}" for o, g in GROUNDS])
def test_each_ground(defn: ChecklistDefinition, over: dict[str, Any], grounds: list[str]) -> None:
    m = tm(defn, good(**over))
    assert m["outcome"] == "not_exempt"
    assert m["grounds"] == grounds
    assert m["obligations"] == ["53(1)(a)", "53(1)(b)", "53(1)(c)", "53(1)(d)"]
    assert m["missing"] == []


def test_all_grounds_listed_in_order(defn: ChecklistDefinition) -> None:
    m = tm(defn, good(M2="no", M3="no", M3f=["non_commercial", "user_threshold"], M4=[REJECTED], M5="no",
                      M6="no", M7=["dual_licensing"], M8="no", M9="no", M10=[]))  # fmt: skip
    assert m["grounds"] == [
        "licence_access", "licence_use:non_commercial", "licence_use:user_threshold",
        "licence_use_restriction", "licence_modify", "licence_redistribute", "monetised",
        "weights_not_public", "architecture_not_public", "usage_info_not_public",
    ]  # fmt: skip


def test_microenterprise_exception(defn: ChecklistDefinition) -> None:
    assert tm(defn, good(M7=["dual_licensing"], M7a="yes"))["outcome"] == "partially_exempt"


def test_m6a_alone_does_not_disqualify(defn: ChecklistDefinition) -> None:
    doc = decide(defn, good(M6a="yes"))
    assert doc["track_m"]["outcome"] == "partially_exempt"
    assert any(r["rule"] == "naming_requirement" for r in doc["trace"])


def test_accepted_restrictions_pass(defn: ChecklistDefinition) -> None:
    ok = {"text": "no bioweapons", "safety": "yes", "specific": "yes", "proportionate": "yes",
          "objective_nondiscriminatory": "yes"}  # fmt: skip
    assert tm(defn, good(M4=[ok, ok]))["outcome"] == "partially_exempt"


def test_unjudged_restriction_needs_legal_review(defn: ChecklistDefinition) -> None:
    half = {"text": "no weapons", "safety": "yes", "specific": "unknown"}
    m = tm(defn, good(M4=[half]))
    assert m["outcome"] == "undetermined" and m["missing"] == ["M4"]
    m = tm(defn, good(M4=[half], M5="no"))  # a ground already established decides
    assert m["outcome"] == "not_exempt" and m["grounds"] == ["licence_modify"]


# --- rule 4: undetermined -----------------------------------------------------------------


@pytest.mark.parametrize("item", ["M2", "M3", "M5", "M6", "M7", "M8", "M9", "M10"])
@pytest.mark.parametrize("how", ["absent", "unknown"])
def test_each_needed_item(defn: ChecklistDefinition, item: str, how: str) -> None:
    m = tm(defn, good(**{item: None if how == "absent" else "unknown"}))
    assert m["outcome"] == "undetermined"
    assert m["missing"] == [item]
    assert m["grounds"] == []


def test_missing_listed_in_checklist_order(defn: ChecklistDefinition) -> None:
    m = tm(defn, good(M10=None, M2=None, M7=None, A2=1.2e25))
    assert m["missing"] == ["C1", "M2", "M7", "M10"]


def test_refinements_may_be_absent(defn: ChecklistDefinition) -> None:
    a = good()
    for r in ("M2a", "M3f", "M4", "M6a", "M7a"):
        assert r not in a
    assert tm(defn, a)["outcome"] == "partially_exempt"


def test_compute_unknown_does_not_block(defn: ChecklistDefinition) -> None:
    doc = decide(defn, good(A2=None))
    assert doc["compute"]["band"] == "unknown"
    assert doc["track_m"]["outcome"] == "partially_exempt"
    assert any(r["rule"] == "compute_unknown" for r in doc["trace"])


# --- compliance overlay and deadline -------------------------------------------------------


def test_findings_53_1_c_and_d_on_every_gpai_outcome(defn: ChecklistDefinition) -> None:
    for over in ({}, {"M5": "no"}, {"C2": "yes"}, {"M9": None}):
        m = tm(defn, good(K1="no", K2="no", **over))
        assert m["findings"][:2] == ["breach_53_1_c", "breach_53_1_d"], over


def test_findings_54_and_ab_only_when_not_exempt(defn: ChecklistDefinition) -> None:
    base = {"A4": "yes", "K3": "no", "K4": "no"}
    assert tm(defn, good(**base))["findings"] == []  # partially exempt: waived
    assert tm(defn, good(M9=None, **base))["findings"] == []  # undetermined: not established
    assert tm(defn, good(M5="no", **base))["findings"] == ["breach_54", "breach_53_1_ab"]
    assert tm(defn, good(C2="yes", **base))["findings"] == ["breach_54", "breach_53_1_ab"]
    # an EU provider needs no representative
    assert tm(defn, good(M5="no", A4="no", K3="no", K4="no"))["findings"] == ["breach_53_1_ab"]


def test_obligation_54_only_for_non_eu(defn: ChecklistDefinition) -> None:
    assert "54" in tm(defn, good(M5="no", A4="yes"))["obligations"]
    assert "54" not in tm(defn, good(M5="no", A4="no"))["obligations"]
    assert "54" not in tm(defn, good(M5="no", A4=None))["obligations"]


@pytest.mark.parametrize(
    ("a5", "deadline"),
    [("2025-08-01", "2027-08-02"), ("2024-07-23", "2027-08-02"), ("2025-08-02", "2025-08-02"),
     ("2026-01-15", "2025-08-02"), (None, None)],  # no placing-on-market date: no deadline (issue 18)
)  # fmt: skip
def test_deadline(defn: ChecklistDefinition, a5: str | None, deadline: str | None) -> None:
    assert tm(defn, good(A5=a5))["deadline"] == deadline


# --- compute ---------------------------------------------------------------------------------


def _band(defn: ChecklistDefinition, a2: float) -> str:
    return str(decide(defn, {"A1": "model", "A2": a2})["compute"]["band"])


def test_band_edges(defn: ChecklistDefinition) -> None:
    low_exactly = 1e25 / 0.7
    assert low_exactly * (1 - 0.30) == 1e25
    assert _band(defn, low_exactly) == "borderline"  # low = 1e25 is not > 1e25
    assert _band(defn, math.nextafter(low_exactly, math.inf)) == "systemic_presumed"
    high_exactly = 1e25 / 1.3
    assert high_exactly * (1 + 0.30) == 1e25
    assert _band(defn, high_exactly) == "not_presumed"  # high = 1e25 is not > 1e25
    assert _band(defn, math.nextafter(high_exactly, math.inf)) == "borderline"
    assert _band(defn, 1e25) == "borderline"
    assert _band(defn, 3.8e25) == "systemic_presumed"
    assert _band(defn, 1e20) == "not_presumed"


def test_compute_methods_and_priority(defn: ChecklistDefinition) -> None:
    pd = {"P": 8e9, "D": 15e12}
    hw = [[16000, 86400 * 54, 989e12, 0.4], [8000, 86400, 989e12, 0.38]]
    c = decide(defn, {"A1": "model", "A2": 5e24, "A2a": pd, "A2b": hw})["compute"]
    assert (c["flop"], c["method"]) == (5e24, "stated")
    c = decide(defn, {"A1": "model", "A2a": pd, "A2b": hw})["compute"]
    assert c["method"] == "6PD" and c["flop"] == pytest.approx(7.2e23)
    assert c["low"] == pytest.approx(7.2e23 * 0.7) and c["high"] == pytest.approx(7.2e23 * 1.3)
    c = decide(defn, {"A1": "model", "A2b": hw})["compute"]
    expected = 16000 * 86400 * 54 * 989e12 * 0.4 + 8000 * 86400 * 989e12 * 0.38
    assert c["method"] == "NLHU" and c["flop"] == pytest.approx(expected)
    c = decide(defn, {"A1": "model"})["compute"]
    assert c == {"flop": None, "method": None, "low": None, "high": None, "band": "unknown"}


def test_compute_refuses_bad_inputs() -> None:
    th = compute.Thresholds()
    assert compute.estimate({"A2": -1}, th).flop is None
    assert compute.estimate({"A2": True}, th).flop is None
    assert compute.estimate({"A2": float("nan")}, th).flop is None
    assert compute.estimate({"A2a": {"P": 0, "D": 1}}, th).flop is None
    assert compute.estimate({"A2b": [[1, 2, 3, 1.5]]}, th).flop is None  # utilisation > 1
    assert compute.estimate({"A2b": [[1, 2, 3]]}, th).flop is None


@pytest.mark.parametrize(
    ("x", "text", "plain"),
    [(3.7908e25, "3.8 × 10²⁵", "3.8e25"), (7.2e23, "7.2 × 10²³", "7.2e23"), (9.96e24, "1.0 × 10²⁵", "1.0e25"),
     (1e25, "1.0 × 10²⁵", "1.0e25"), (2.65356e25, "2.7 × 10²⁵", "2.7e25"), (None, "unknown", "unknown")],
)  # fmt: skip
def test_two_significant_figures(x: float | None, text: str, plain: str) -> None:
    assert compute.format_flop(x) == text
    assert compute.format_flop(x, unicode=False) == plain


@pytest.mark.parametrize(
    ("text", "value"),
    [("3.8e25", 3.8e25), ("3.8E+25", 3.8e25), ("3.8×10^25", 3.8e25), ("3.8 x 10^25", 3.8e25),
     ("10^25", 1e25), ("1 000 000", 1e6), ("1,000", 1000.0)],
)  # fmt: skip
def test_parse_flop(text: str, value: float) -> None:
    assert compute.parse_flop(text) == pytest.approx(value)


@pytest.mark.parametrize("text", ["", "abc", "-5", "1e400", "3.8×10^x"])
def test_parse_flop_refuses(text: str) -> None:
    with pytest.raises(ValueError):
        compute.parse_flop(text)


def test_explanations() -> None:
    th = compute.Thresholds()
    assert "presumed to have systemic risk" in compute.explain(compute.estimate({"A2": 3.8e25}, th), th)
    assert "borderline" in compute.explain(compute.estimate({"A2": 1.2e25}, th), th)
    assert "general-purpose" in compute.explain(compute.estimate({"A2": 7.2e23}, th), th)
    assert "not presumed general-purpose" in compute.explain(compute.estimate({"A2": 1e22}, th), th)
    assert "unknown" in compute.explain(compute.estimate({}, th), th)
    text = compute.explain(compute.estimate({"A2a": {"P": 405e9, "D": 15.6e12}}, th), th)
    assert "3.8 × 10²⁵" in text and "2.7 × 10²⁵ to 4.9 × 10²⁵" in text


# --- track S -------------------------------------------------------------------------------

S_OK = {"A1": "system", "S1": "yes", "S2": "no", "S3": "no", "S4": "no", "S5": "no"}


@pytest.mark.parametrize(
    ("over", "outcome", "grounds"),
    [
        ({}, "excluded_art_2_12", []),
        ({"S1": "no"}, "act_applies", ["licence_not_foss"]),
        ({"S5": "yes"}, "act_applies", ["monetised"]),
        ({"S1": "no", "S2": None}, "act_applies", ["licence_not_foss"]),  # decided before unknowns
        ({"S2": "yes"}, "not_excluded_high_risk", ["high_risk"]),
        ({"S3": "yes"}, "art5_applies", ["art_5"]),
        ({"S4": "yes"}, "art50_applies", ["art_50"]),
        ({"S2": "yes", "S3": "yes", "S4": "yes"}, "not_excluded_high_risk", ["high_risk", "art_5", "art_50"]),
        ({"S3": "yes", "S4": "yes"}, "art5_applies", ["art_5", "art_50"]),
    ],
)
def test_track_s(defn: ChecklistDefinition, over: dict[str, Any], outcome: str, grounds: list[str]) -> None:
    a = {**S_OK, **over}
    s = decide(defn, {k: v for k, v in a.items() if v is not None})["track_s"]
    assert s == {"outcome": outcome, "grounds": grounds, "missing": []}


@pytest.mark.parametrize("item", ["S1", "S2", "S3", "S4", "S5"])
def test_track_s_undetermined(defn: ChecklistDefinition, item: str) -> None:
    a = {k: v for k, v in S_OK.items() if k != item}
    s = decide(defn, a)["track_s"]
    assert s["outcome"] == "undetermined" and s["missing"] == [item]
    s = decide(defn, {**S_OK, item: "unknown", "S2": "yes" if item != "S2" else "unknown"})["track_s"]
    assert s["outcome"] == "undetermined"


def test_both_tracks_together(defn: ChecklistDefinition) -> None:
    doc = decide(defn, good(A1="both", M3f=["user_threshold"], S1="no"))
    assert doc["track_m"]["outcome"] == "not_exempt"
    assert doc["track_s"]["outcome"] == "act_applies"
    doc = decide(defn, good(A1="both", A2=3.8e25, S1="yes", S2="no", S3="no", S4="yes", S5="no"))
    assert doc["track_m"]["outcome"] == "not_exempt_systemic_risk"
    assert doc["track_s"]["outcome"] == "art50_applies"
    assert outcome_label(doc) == "not_exempt_systemic_risk"
    assert outcome_label(decide(defn, dict(S_OK))) == "excluded_art_2_12"
    assert outcome_label(decide(defn, {})) == ""


# --- worked examples (ai-act-open-source.md §6) -------------------------------------------------


def test_llama_3_1_405b(defn: ChecklistDefinition) -> None:
    answers = {
        "A1": "model", "A2a": {"P": 405e9, "D": 15.6e12}, "A3": "yes", "A4": "yes", "A5": "2024-07-23",
        "M1": "LicenseRef-scancode-llama-3.1-license-2024", "M2": "yes", "M3": "no",
        "M3f": ["user_threshold", "commercial_licence_required"], "M5": "yes", "M6": "yes", "M6a": "yes",
        "M4": [{"text": "Military, warfare, nuclear industries or applications, espionage", "safety": "yes",
                "specific": "no", "proportionate": "unknown", "objective_nondiscriminatory": "unknown"}],
        "M7": [], "M8": "yes", "M9": "yes", "M10": ALL_M10, "K1": "unknown", "K2": "no", "K3": "unknown",
    }  # fmt: skip
    doc = decide(defn, answers)
    assert doc["compute"]["method"] == "6PD"
    assert compute.format_flop(doc["compute"]["flop"], unicode=False) == "3.8e25"
    assert doc["compute"]["band"] == "systemic_presumed"
    m = doc["track_m"]
    assert m["outcome"] == "not_exempt_systemic_risk"
    assert m["grounds"] == [
        "systemic_risk_compute", "licence_use:user_threshold", "licence_use:commercial_licence_required",
        "licence_use_restriction",
    ]  # fmt: skip
    assert m["obligations"] == ["53(1)(a)", "53(1)(b)", "53(1)(c)", "53(1)(d)", "54", "55"]
    assert m["findings"] == ["breach_53_1_d"]
    assert m["deadline"] == "2027-08-02"
    assert any(r["rule"] == "naming_requirement" for r in doc["trace"])


def test_llama_3_8b(defn: ChecklistDefinition) -> None:
    answers = {
        "A1": "model", "A2a": {"P": 8e9, "D": 15e12}, "A3": "yes", "A4": "no", "A5": "2024-04-18",
        "M1": "LicenseRef-llama3", "M2": "yes", "M3f": ["user_threshold", "output_training_ban"],
        "M5": "yes", "M6": "yes", "M7": [], "M8": "yes", "M9": "yes", "M10": ALL_M10,
    }  # fmt: skip
    doc = decide(defn, answers)
    assert doc["compute"]["flop"] == pytest.approx(7.2e23)
    assert doc["compute"]["band"] == "not_presumed"
    m = doc["track_m"]
    assert m["outcome"] == "not_exempt"
    assert m["grounds"] == ["licence_use:user_threshold", "licence_use:output_training_ban"]
    assert m["obligations"] == ["53(1)(a)", "53(1)(b)", "53(1)(c)", "53(1)(d)"]  # Irish entity: no 54
    assert m["deadline"] == "2027-08-02"


def test_reasoning_sentences(defn: ChecklistDefinition) -> None:
    lines = reasoning(decide(defn, good(M3f=["user_threshold"])))
    assert (
        "The licence restricts use beyond attribution and copyleft. (questions M3f; Art. 53(2); Recital 102; "
        "Guidelines C(2025) 5045 ¶80, ¶83)" in lines
    )
    assert any(line.startswith("At least one condition of the exemption fails.") for line in lines)
    assert reasoning({}) == [] and reasoning({"trace": [None, {"rule": "x"}]}) == ["x"]


def test_systemic_trace_names_what_established_it(defn: ChecklistDefinition) -> None:
    rows = {r["rule"]: r["items"] for r in decide(defn, good(A2=3.8e25, C2="no"))["trace"]}
    assert rows["not_exempt_systemic_risk"] == ["A2"]
    rows = {r["rule"]: r["items"] for r in decide(defn, good(C2="yes", C1="yes"))["trace"]}
    assert rows["not_exempt_systemic_risk"] == ["C2", "C1"]
