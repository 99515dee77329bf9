"""Licence screening honours negation in the same sentence: a clause saying a restriction does
NOT apply raises no flag, while the affirmative clause (and double negations) still do."""

from __future__ import annotations

import pytest

from app.domain import licence_screen as ls


def flags(text: str) -> set[str]:
    doc = ls.screen_texts([("LICENSE", "ACME Model Licence\n\n" + text + "\n")])
    return {c["flag"] for c in doc["citations"]}


# (flag, negated sentence, affirmative sentence)
CASES = [
    (
        "commercial_licence_required",
        "This licence does not require a separate commercial licence.",
        "Commercial users must obtain a separate commercial licence.",
    ),
    (
        "commercial_licence_required",
        "A commercial licence is not required for any use.",
        "You may not use the model commercially without a commercial licence.",  # double negation
    ),
    (
        "commercial_licence_required",
        "You are not required to request a licence from us.",
        "You are required to request a licence from us.",
    ),
    (
        "commercial_licence_required",
        "You need not buy an enterprise licence.",
        "If you do not agree, you must buy an enterprise licence.",
    ),
    (
        "geographic_exclusion",
        "No user is excluded because they are located in the European Union.",
        "Users located in the European Union are excluded.",
    ),
    (
        "approval_gate_discretionary",
        "Access to the weights is not subject to our approval.",
        "Access to the weights is subject to our approval.",
    ),
    (
        "non_commercial",
        "The model is not licensed for non-commercial use only.",
        "The model is licensed for non-commercial use only.",
    ),
    (
        "non_commercial",
        "Nothing says the model may not be used for commercial purposes.",
        "The model may not be used for commercial purposes.",
    ),
    (
        "user_threshold",
        "There is no limit on monthly active users.",
        "There is a limit of 700 million monthly active users.",
    ),
    (
        "output_training_ban",
        "You are not prohibited from using outputs to train any other model.",
        "You are prohibited from using outputs to train any other model.",
    ),
    (
        "output_training_ban",
        "Nothing in this licence means you may not use outputs to train another model.",
        "You may not use outputs to train another model.",
    ),
    (
        "unilateral_stop",
        "The licensor does not reserve the right to terminate your licence.",
        "The licensor reserves the right to terminate your licence.",
    ),
    (
        "unilateral_stop",
        "We may terminate this licence if you breach any of its terms.",  # on breach: no stop at will
        "We may terminate this licence at any time for any reason.",
    ),
    (
        "unilateral_stop",
        "The licence granted here is perpetual and revocable.",  # "revocable" alone says nothing of when
        "The licensor may revoke the licence at its sole discretion.",
    ),
    (
        "unilateral_stop",
        "We will never revoke the licence at any time.",
        "We may revoke the licence at any time.",
    ),
    (
        "naming",
        "You need not say that your product is built with Acme.",
        "You must say that your product is built with Acme.",
    ),
]


@pytest.mark.parametrize(("flag", "negated", "affirmative"), CASES)
def test_negated_clause_raises_no_flag(flag: str, negated: str, affirmative: str) -> None:
    assert flag not in flags(negated), negated
    assert flag in flags(affirmative), affirmative


def test_reviewer_sentence_suggests_nothing_for_m3() -> None:
    doc = ls.screen_texts(
        [("LICENSE", "ACME Model Licence\n\nThis licence does not require a separate commercial licence.\n")]
    )
    assert doc["flags"]["M3f"] == []
    assert doc["suggested"].get("M3") != "no"


def test_an_aside_with_or_not_does_not_negate() -> None:
    text = "You shall only use the Models, Derivatives (whether or not created by us) for Research Purposes."
    assert "non_commercial" in flags(text)
    assert "non_commercial" in flags("You may only use it for research purposes, whether or not you publish.")


def test_a_real_hit_later_on_the_same_line_still_counts() -> None:
    text = "Research use does not require a commercial licence; production use requires a commercial licence."
    assert "commercial_licence_required" in flags(text)
