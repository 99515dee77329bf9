"""app/domain/checklist_suggestions.py: which answer the wizard suggests, and why (no Qt, no database)."""

from __future__ import annotations

from app.domain.checklist import UNKNOWN
from app.domain.checklist_suggestions import Suggestion, offered, suggest


def test_screening_comes_first() -> None:
    screening = {
        "suggested": {"M3": "no"},
        "suggested_from": {"M3": [{"file": "USE-POLICY.md", "line": 3, "text": "You shall not ..."}]},
    }
    s = suggest("M3", {"M1": "Apache-2.0"}, screening=screening)
    assert s == Suggestion(
        "M3", "no", "screening", refs=({"file": "USE-POLICY.md", "line": 3, "text": "You shall not ..."},)
    )


def test_the_knowledge_base_for_the_licence_answered_in_m1() -> None:
    s = suggest("M5", {"M1": "Apache-2.0"})
    assert s is not None and s.reason == "knowledge_base" and s.value == "yes"
    name, source, why = s.args
    assert name == "Apache License 2.0" or "Apache" in name
    assert source.startswith("https://www.apache.org/") and why.endswith(("[V]", "[S]", "[I]"))
    assert suggest("M1", {"M1": "Apache-2.0"}) is None  # never suggests M1 from itself
    assert suggest("M5", {"M1": UNKNOWN}) is None


def test_facts_from_model_inspection() -> None:
    s = suggest("M1", {}, subject={"licence": "llama3.1"})
    assert s is not None and s.reason == "model_card_licence" and s.value.startswith("LicenseRef-")
    assert s.args == ("llama3.1",)
    spdx = suggest("M1", {}, subject={"licence": "LicenseRef-acme-1.0"})
    assert spdx == Suggestion("M1", "LicenseRef-acme-1.0", "model_card_spdx")
    assert suggest("M1", {}, subject={"licence": "no such licence"}) is None
    arch = suggest("M9", {}, subject={"architecture": "LlamaForCausalLM"})
    assert arch == Suggestion("M9", "yes", "architecture", ("LlamaForCausalLM",))


def test_the_case_subject_kind_for_a1_and_nothing_else() -> None:
    assert suggest("A1", {}, subject_kind="model") == Suggestion("A1", "model", "subject_kind")
    assert suggest("A2", {}, subject_kind="model") is None


def test_an_answer_equal_to_the_suggestion_is_not_offered_again() -> None:
    s = suggest("A1", {}, subject_kind="model")
    assert offered(s, "model") is None
    assert offered(s, "system") is s and offered(s, UNKNOWN) is s and offered(None, "x") is None
