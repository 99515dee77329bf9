"""Checklist definition loading, schema, answer validation, skip logic and navigator."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from app.domain.checklist import (
    DefinitionError,
    Navigator,
    asked_ids,
    format_value,
    validate_answer,
    validate_value,
)
from app.domain.errors import BadInput
from app.resources import resource_path
from app.services import checklist as svc

SPEC_IDS = [
    "A1", "A2", "A2a", "A2b", "A3", "A4", "A5", "A6", "C1", "C1a", "C2", "M1", "M2", "M2a", "M3", "M3f", "M4",
    "M5", "M6", "M6a", "M7", "M7a", "M8", "M9", "M10", "S1", "S2", "S3", "S4", "S5", "K1", "K2", "K3", "K4",
    "X1", "X2",
]  # fmt: skip
SHA = "a" * 64


@pytest.fixture(scope="module")
def defn():  # type: ignore[no-untyped-def]
    return svc.load_definition("ai-act-oss", "2025.07")


def test_bundled_definition_has_every_spec_item(defn) -> None:  # type: ignore[no-untyped-def]
    assert sorted(defn.ids) == sorted(SPEC_IDS)
    assert defn.thresholds.gpai_flop == 1e23
    assert defn.thresholds.systemic_flop == 1e25
    assert defn.thresholds.compute_uncertainty == 0.30
    for it in defn.items:
        assert it.question.endswith("?") or it.question.endswith("."), it.id
        assert it.help and it.basis, it.id
        assert it.track == it.id[0], it.id
    kinds = {it.id: it.kind for it in defn.items}
    assert kinds["A1"] == "pick" and kinds["A2"] == "number" and kinds["M4"] == "restrictions"
    assert kinds["M8"] == "ynp" and kinds["X1"] == "ynp" and kinds["A5"] == "date"
    assert defn.item("M7").flags == (
        "dual_licensing", "support_required", "purchase_required", "exclusive_paid_hosting",
        "personal_data_required",
    )  # fmt: skip
    assert defn.item("M10").flags == (
        "modalities",
        "capabilities_limitations",
        "integration_means",
        "configuration",
    )
    assert "¶79" in defn.item("M2").basis and "¶84" in defn.item("M4").basis
    assert "Recital 103" in defn.item("M7").basis and "Art. 2(12)" in defn.item("S1").basis


def test_every_definition_loads() -> None:
    loaded = svc.check_all_definitions()
    assert ("ai-act-oss", "2025.07") in {(d.id, d.version) for d in loaded}


def _copy_root(tmp_path: Path) -> Path:
    root = tmp_path / "checklists"
    shutil.copytree(resource_path("checklists"), root)
    return root


def _break(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, mutate: Any) -> Path:
    root = _copy_root(tmp_path)
    path = root / "ai-act-oss" / "2025.07.json"
    doc = json.loads(path.read_text("utf-8"))
    mutate(doc)
    path.write_text(json.dumps(doc), "utf-8")
    monkeypatch.setenv("EXEMPTIO_CHECKLIST_DIR", str(root))
    return path


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda d: d.pop("thresholds"), "'thresholds' is a required property"),
        (lambda d: d["items"][0].update(kind="slider"), "items/0/kind"),
        (lambda d: d["items"][1].update(id="A1"), "question id A1 appears twice"),
        (lambda d: d["items"][0].update(asked_when={"item": "M2", "in": ["yes"]}), "not an earlier question"),
        (lambda d: d["items"][0].update(section="nowhere"), "unknown section 'nowhere'"),
        (lambda d: d["items"][0].pop("options"), "'options' is a required property"),
        (lambda d: d["thresholds"].update(compute_uncertainty=2), "thresholds/compute_uncertainty"),
        (lambda d: d.update(version="2099.01"), "folder and file name must match"),
    ],
)
def test_broken_definition_stops_with_clear_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, mutate: Any, message: str
) -> None:
    _break(tmp_path, monkeypatch, mutate)
    with pytest.raises(DefinitionError) as exc:
        svc.load_definition("ai-act-oss", "2025.07")
    assert message in str(exc.value)
    assert "\n" not in str(exc.value)
    with pytest.raises(DefinitionError):
        svc.check_all_definitions()


def test_not_json(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = _copy_root(tmp_path)
    (root / "ai-act-oss" / "2025.07.json").write_text("{ not json", "utf-8")
    monkeypatch.setenv("EXEMPTIO_CHECKLIST_DIR", str(root))
    with pytest.raises(DefinitionError, match="not valid JSON"):
        svc.load_definition("ai-act-oss", "2025.07")


def test_unknown_version() -> None:
    with pytest.raises(BadInput, match="known versions: 2025.07"):
        svc.load_definition("ai-act-oss", "1999.01")


# --- skip logic -----------------------------------------------------------------------------


def test_nothing_but_a1_until_a1_is_answered(defn) -> None:  # type: ignore[no-untyped-def]
    assert asked_ids(defn, {}) == ["A1"]


def test_system_only_asks_track_s(defn) -> None:  # type: ignore[no-untyped-def]
    assert asked_ids(defn, {"A1": "system"}) == ["A1", "S1", "S2", "S3", "S4", "S5", "X1", "X2"]


def test_model_asks_no_track_s(defn) -> None:  # type: ignore[no-untyped-def]
    ids = asked_ids(defn, {"A1": "model"})
    assert not any(i.startswith("S") for i in ids)
    assert "K3" not in ids and "M7a" not in ids and "C1a" not in ids
    assert ids[:4] == ["A1", "A2", "A2a", "A2b"]
    both = asked_ids(defn, {"A1": "both"})
    assert set(ids) < set(both) and "S1" in both


def test_compute_questions(defn) -> None:  # type: ignore[no-untyped-def]
    assert "A2a" not in asked_ids(defn, {"A1": "model", "A2": 1e24})
    assert "A2b" not in asked_ids(defn, {"A1": "model", "A2": 1e24})
    ids = asked_ids(defn, {"A1": "model", "A2a": {"P": 1, "D": 1}})
    assert "A2a" in ids and "A2b" not in ids


def test_conditional_questions(defn) -> None:  # type: ignore[no-untyped-def]
    assert "K3" in asked_ids(defn, {"A1": "model", "A4": "yes"})
    assert "K3" not in asked_ids(defn, {"A1": "model", "A4": "no"})
    assert "M7a" in asked_ids(defn, {"A1": "model", "M7": ["dual_licensing"]})
    assert "M7a" not in asked_ids(defn, {"A1": "model", "M7": []})
    assert "C1a" in asked_ids(defn, {"A1": "model", "A2": 3.8e25})
    assert "C1a" in asked_ids(defn, {"A1": "model", "A2": 1.2e25})  # borderline
    assert "C1a" in asked_ids(defn, {"A1": "model", "C1": "yes"})
    assert "C1a" not in asked_ids(defn, {"A1": "model", "A2": 3.8e25, "C1": "no"})
    assert "C1a" not in asked_ids(defn, {"A1": "model", "A2": 1e24})


# --- navigator ------------------------------------------------------------------------------


def test_navigator_follows_changed_answers(defn) -> None:  # type: ignore[no-untyped-def]
    nav = Navigator(defn)
    assert nav.current == "A1" and not nav.can_back and not nav.can_next
    nav.set_answer("A1", {"value": "system"})
    assert nav.go_next() == "S1"
    nav.go_next()
    assert nav.current == "S2" and nav.position() == (3, 8)
    assert nav.go_back() == "S1" and nav.go_back() == "A1"
    nav.set_answer("A1", {"value": "model"})
    assert nav.go_next() == "A2"
    nav.set_answer("A2", {"value": 7e23})
    assert nav.go_next() == "A3"  # A2a/A2b skipped
    nav.set_answer("A2", {"value": "unknown"})
    assert nav.go_back() == "A2"
    assert nav.go_next() == "A2a"
    assert nav.first_unanswered() == "A2"  # unknown counts as unanswered
    with pytest.raises(BadInput):
        nav.go_to("S1")
    assert [s.id for s, _ in nav.sections()][:3] == ["classification", "systemic", "licence"]


def test_navigator_resumes_at_saved_question(defn) -> None:  # type: ignore[no-untyped-def]
    nav = Navigator(defn, {"A1": {"value": "model"}}, start="M3")
    assert nav.current == "M3"
    assert Navigator(defn, {}, start="M3").current == "A1"
    assert Navigator(defn, {}).resume_point() == "A1"
    answered = {"A1": {"value": "model"}, "A2a": {"value": {"P": 1, "D": 1}}, "A3": {"value": "yes"}}
    assert Navigator(defn, answered).resume_point() == "A4"  # A2 left empty on purpose is not "to do"
    assert Navigator(defn, {"A1": "system", "X2": "none"}).resume_point() == "X2"


# --- answer validation ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("iid", "value", "normal"),
    [
        ("A1", "both", "both"),
        ("A2", 3.8e25, 3.8e25),
        ("A2a", {"P": 8e9, "D": 15e12}, {"P": 8e9, "D": 15e12}),
        ("A2b", [[16000, 1e6, 9.89e14, 0.4]], [[16000, 1e6, 9.89e14, 0.4]]),
        ("A3", "unknown", "unknown"),
        ("A3", None, "unknown"),
        ("A5", "2024-07-23", "2024-07-23"),
        ("A6", "no", "no"),
        ("A6", {"base_compute": 1e24, "modification_compute": 1e23}, {"base_compute": 1e24,
                                                                      "modification_compute": 1e23}),
        ("M1", "Apache-2.0", "Apache-2.0"),
        ("M1", "LicenseRef-llama3", "LicenseRef-llama3"),
        ("M3f", ["user_threshold", "non_commercial", "user_threshold"], ["non_commercial", "user_threshold"]),
        ("M7", [], []),
        ("M8", "partial", "partial"),
        ("M4", [{"text": " no weapons ", "safety": "yes"}],
         [{"text": "no weapons", "safety": "yes", "specific": "unknown", "proportionate": "unknown",
           "objective_nondiscriminatory": "unknown"}]),
        ("X2", "III", "III"),
    ],
)  # fmt: skip
def test_valid_values(defn, iid: str, value: Any, normal: Any) -> None:  # type: ignore[no-untyped-def]
    assert validate_value(defn.item(iid), value) == normal
    assert format_value(defn.item(iid), normal)


@pytest.mark.parametrize(
    ("iid", "value", "message"),
    [
        ("A1", "car", "A1 must be one of model, system, both"),
        ("A2", "lots", "A2 must be a positive number"),
        ("A2", True, "A2 must be a positive number"),
        ("A2", -5, "A2 must be a positive number"),
        ("A2a", {"P": 1}, "A2a must be"),
        ("A2b", [[1, 2, 3]], "A2b row 1"),
        ("A2b", [[1, 2, 3, 1.5]], "utilisation"),
        ("A3", "maybe", "A3 must be one of yes, no, unknown"),
        ("M8", "most", "M8 must be one of yes, no, partial, unknown"),
        ("A5", "23/07/2024", "A5 must be an ISO date"),
        ("A6", "yes", "A6 must be"),
        ("M1", "", "M1 must be an SPDX id"),
        ("M3f", ["cheap"], "unknown flag 'cheap'"),
        ("M3f", "user_threshold", "M3f must be a list"),
        ("M4", [{"safety": "yes"}], "restriction 1 needs a non-empty 'text'"),
        ("M4", [{"text": "x", "safety": "perhaps"}], "'safety' must be yes, no or unknown"),
        ("M4", [{"text": "x", "colour": "red"}], "unknown field 'colour'"),
    ],
)
def test_invalid_values(defn, iid: str, value: Any, message: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(BadInput) as exc:
        validate_value(defn.item(iid), value)
    assert message in str(exc.value)


def test_validate_answer(defn) -> None:  # type: ignore[no-untyped-def]
    a = validate_answer(defn, "M2", {"value": "no", "evidence": [SHA.upper(), SHA], "note": "gate page"})
    assert a.value == "no" and a.evidence == (SHA,) and a.note == "gate page"
    with pytest.raises(BadInput, match="Unknown question id 'Z9'"):
        validate_answer(defn, "Z9", {"value": "no"})
    with pytest.raises(BadInput, match="not a SHA-256"):
        validate_answer(defn, "M2", {"value": "no", "evidence": ["abc"]})
    with pytest.raises(BadInput, match="unknown answer field 'confidence'"):
        validate_answer(defn, "M2", {"value": "no", "confidence": "high"})
    with pytest.raises(BadInput, match="an answer must be an object"):
        validate_answer(defn, "M2", "no")
