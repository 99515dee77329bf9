"""app/domain/checklist_suggestions.py: which answer the wizard suggests, and why (no Qt, no database)."""

from __future__ import annotations

from app.domain.checklist import UNKNOWN
from app.domain.checklist_suggestions import Suggestion, accepted_value, candidates_for, offered, suggest


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


def test_accepting_a_screening_candidate() -> None:
    flag = {"question": "M3f", "flag": "no_commercial_use", "source": "LICENSE:12"}
    assert accepted_value(flag, UNKNOWN) == ["no_commercial_use"]
    assert accepted_value(flag, ["naming"]) == ["naming", "no_commercial_use"]
    assert accepted_value(flag, ["no_commercial_use"]) == ["no_commercial_use"]  # ticked once
    assert accepted_value({"question": "M6a", "flag": "x", "source": "s"}, "no") == "yes"
    restriction = {
        "question": "M4",
        "flag": "restriction",
        "source": "POLICY.md:3",
        "text": "- You shall not X.",
    }
    first = accepted_value(restriction, UNKNOWN)
    assert first == [{"text": "You shall not X.", "source": "POLICY.md:3"}]  # the list mark left out
    assert accepted_value(restriction, first) == first  # the same clause is added once
    assert (
        accepted_value({"question": "policy", "flag": "incorporated_policy", "source": "s"}, UNKNOWN) is None
    )


def test_candidates_are_listed_under_their_question() -> None:
    doc = {
        "candidates": [
            {"question": "M4", "flag": "restriction"},
            {"question": "policy", "flag": "incorporated_policy"},
            {"question": "M3f", "flag": "naming"},
        ]
    }
    assert [c["flag"] for c in candidates_for(doc, "M4")] == ["restriction", "incorporated_policy"]
    assert candidates_for(doc, "M2a") == [] and candidates_for(None, "M4") == []
