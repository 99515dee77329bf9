"""Checklist definitions in French and German: overlays change texts, never logic."""

from __future__ import annotations

import json
import shutil
from dataclasses import astuple
from pathlib import Path
from typing import Any

import pytest

from app.domain.checklist import (
    OVERLAY_LANGUAGES,
    ChecklistDefinition,
    DefinitionError,
    apply_overlay,
    load_definition,
    overlay_path,
)
from app.domain.decision import decide, reasoning
from app.resources import resource_path
from app.services import checklist as svc

BASE = Path(str(resource_path("checklists", "ai-act-oss", "2025.07.json")))
ALL_M10 = ["modalities", "capabilities_limitations", "integration_means", "configuration"]


@pytest.fixture(scope="module")
def english() -> ChecklistDefinition:
    return load_definition(BASE)


def overlay_doc(lang: str) -> dict[str, Any]:
    return dict(json.loads(overlay_path(BASE, lang).read_text("utf-8")))


def logic(defn: ChecklistDefinition) -> list[tuple[Any, ...]]:
    """Everything that is not a display text."""
    return [
        (it.id, it.track, it.section, it.kind, it.basis, it.options, it.flags, it.unit, it.informative,
         json.dumps(it.asked_when, sort_keys=True), tuple(it.option_labels), tuple(it.flag_labels))
        for it in defn.items
    ]  # fmt: skip


@pytest.mark.parametrize("lang", OVERLAY_LANGUAGES)
def test_every_item_translated(lang: str, english: ChecklistDefinition) -> None:
    tr = load_definition(BASE, language=lang)
    assert (tr.id, tr.version) == (english.id, english.version)
    assert tr.title != english.title
    for en, it in zip(english.items, tr.items, strict=True):
        assert it.question.strip() and it.question != en.question, (lang, it.id)
        assert it.help.strip() and it.help != en.help, (lang, it.id)
        assert set(it.option_labels) == set(en.option_labels), it.id
        assert set(it.flag_labels) == set(en.flag_labels), it.id
        for key, label in {**it.option_labels, **it.flag_labels}.items():
            assert label != {**en.option_labels, **en.flag_labels}[key], (lang, it.id, key)
    for en_s, s in zip(english.sections, tr.sections, strict=True):
        assert s.id == en_s.id and s.title.strip()
    assert tr.section_title("systemic") == {"fr": "Risque systémique", "de": "Systemisches Risiko"}[lang]


def test_official_terminology(english: ChecklistDefinition) -> None:
    fr, de = load_definition(BASE, language="fr"), load_definition(BASE, language="de")
    assert "modèle d'IA à usage général" in fr.item("A1").question
    assert "KI-Modell mit allgemeinem Verwendungszweck" in de.item("A1").question
    assert "mandataire" in fr.item("K3").question and "Bevollmächtigten" in de.item("K3").question
    assert "licence libre et ouverte" in fr.item("S1").question
    assert "freien und quelloffenen Lizenz" in de.item("S1").question
    assert "point 83 des lignes directrices" in fr.item("M3f").help
    assert "Randnummer 83 der Leitlinien" in de.item("M3f").help
    assert "¶" not in "".join(it.help for it in fr.items + de.items)


@pytest.mark.parametrize("lang", OVERLAY_LANGUAGES)
def test_logic_identical_after_overlay(lang: str, english: ChecklistDefinition) -> None:
    tr = load_definition(BASE, language=lang)
    assert logic(tr) == logic(english)
    assert tr.thresholds == english.thresholds and tr.bases == english.bases
    assert (tr.chapter_v_applies, tr.legacy_deadline, tr.source) == (
        english.chapter_v_applies,
        english.legacy_deadline,
        english.source,
    )
    assert [s.id for s in tr.sections] == [s.id for s in english.sections]


def _answers(**over: Any) -> dict[str, Any]:
    a: dict[str, Any] = {
        "A1": "model", "A2": 7.2e23, "A3": "yes", "A4": "no", "A5": "2024-04-18",
        "M1": "Apache-2.0", "M2": "yes", "M3": "yes", "M5": "yes", "M6": "yes", "M7": [],
        "M8": "yes", "M9": "yes", "M10": list(ALL_M10), "K1": "yes", "K2": "yes", "K4": "yes",
    }  # fmt: skip
    a.update(over)
    return {k: {"value": v, "evidence": [], "note": ""} for k, v in a.items()}


CASES = [
    _answers(),
    _answers(A2=3.8e25),
    _answers(M3="no", M3f=["non_commercial", "user_threshold"]),
    _answers(M2="no", M2a=["geographic_exclusion"], A4="yes", K3="no"),
    _answers(M7=["dual_licensing"], M8="partial"),
    _answers(A1="both", S1="yes", S2="no", S3="no", S4="yes", S5="no"),
    _answers(A1="system", S1="yes", S2="yes"),
    {},
]


@pytest.mark.parametrize("answers", CASES)
def test_decisions_identical_whatever_the_language(
    answers: dict[str, Any], english: ChecklistDefinition
) -> None:
    expected = decide(english, answers)
    for lang in OVERLAY_LANGUAGES:
        doc = decide(load_definition(BASE, language=lang), answers)
        assert doc == expected, lang
        assert reasoning(doc) == reasoning(expected)


def test_english_and_unknown_language_fall_back(english: ChecklistDefinition) -> None:
    assert astuple(load_definition(BASE, language="en")) == astuple(english)
    assert astuple(load_definition(BASE, language="it")) == astuple(english)
    assert astuple(load_definition(BASE)) == astuple(english)


def test_missing_translations_fall_back_to_english(english: ChecklistDefinition) -> None:
    ov = {"id": "ai-act-oss", "version": "2025.07", "items": {"A1": {"question": "Modèle ou système ?"}}}
    tr = apply_overlay(english, ov)
    assert tr.item("A1").question == "Modèle ou système ?"
    assert tr.item("A1").help == english.item("A1").help
    assert tr.item("A1").option_labels == english.item("A1").option_labels
    assert tr.item("A2") == english.item("A2") and tr.title == english.title
    partial = apply_overlay(english, {"id": "ai-act-oss", "version": "2025.07",
                                      "items": {"X2": {"option_labels": {"I": "Classe I"}}}})  # fmt: skip
    assert partial.item("X2").option_labels == {**english.item("X2").option_labels, "I": "Classe I"}


@pytest.mark.parametrize(
    ("overlay", "message"),
    [
        ({"items": {"Z9": {"question": "?"}}}, "unknown question id 'Z9'"),
        ({"sections": {"nowhere": "Nulle part"}}, "unknown section id 'nowhere'"),
        ({"items": {"A1": {"kind": "yn"}}}, "question A1: field 'kind' cannot be translated"),
        ({"items": {"A1": {"asked_when": {}}}}, "field 'asked_when' cannot be translated"),
        ({"items": {"A1": {"option_labels": {"robot": "Robot"}}}}, "unknown value 'robot'"),
        ({"items": {"M7": {"flag_labels": {"ads": "Pub"}}}}, "unknown value 'ads'"),
        ({"items": {"A1": {"question": ""}}}, "question A1 question must be a non-empty text"),
        ({"thresholds": {"gpai_flop": 1}}, "unknown field 'thresholds'"),
        ({"version": "2024.01"}, "is for ai-act-oss 2024.01, not ai-act-oss 2025.07"),
    ],
)
def test_bad_overlay_is_refused_clearly(
    overlay: dict[str, Any], message: str, english: ChecklistDefinition
) -> None:
    doc = {"id": "ai-act-oss", "version": "2025.07", **overlay}
    with pytest.raises(DefinitionError, match="Overlay X") as info:
        apply_overlay(english, doc, origin="Overlay X")
    assert message in str(info.value)
    assert "\n" not in str(info.value)


def test_broken_overlay_file_names_the_file(tmp_path: Path) -> None:
    root = tmp_path / "checklists"
    shutil.copytree(resource_path("checklists"), root)
    ov = root / "ai-act-oss" / "2025.07.de.json"
    doc = json.loads(ov.read_text("utf-8"))
    doc["items"]["Q99"] = {"question": "Gibt es das?"}
    ov.write_text(json.dumps(doc), "utf-8")
    base = root / "ai-act-oss" / "2025.07.json"
    with pytest.raises(DefinitionError, match=r"2025\.07\.de\.json: unknown question id 'Q99'"):
        load_definition(base, language="de")
    assert load_definition(base, language="fr").item("A1").question.startswith("Le dossier")
    (root / "ai-act-oss" / "2025.07.fr.json").write_text("{ nope", "utf-8")
    with pytest.raises(DefinitionError, match="is not valid JSON"):
        load_definition(base, language="fr")


def test_service_loads_overlays_with_schema_check(monkeypatch: pytest.MonkeyPatch) -> None:
    """The base file still passes the JSON Schema; overlays are not taken for versions."""
    assert svc.available_versions("ai-act-oss") == ["2025.07"]
    assert svc.latest_version("ai-act-oss") == "2025.07"
    en = svc.load_definition("ai-act-oss", "2025.07")
    de = svc.load_definition("ai-act-oss", "2025.07", language="de")
    assert (de.id, de.version) == (en.id, en.version)
    assert de.item("A1").question.startswith("Betrifft der Fall")
    assert logic(de) == logic(en)
    assert [d.version for d in svc.check_all_definitions()] == ["2025.07"]
    doc = json.loads(BASE.read_text("utf-8"))
    svc.validate_definition_doc(doc, str(BASE))
