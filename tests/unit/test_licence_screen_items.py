# ruff: noqa: E501  (one licence text per line reads best)
"""Items of a prohibited-use list carry the list's prohibition: a labelled item ("Synthetic
data: generating synthetic data to develop model derivatives") is judged as a prohibition even
when the paragraph before it is another item rather than the list's lead-in. Texts written for
this test, not taken from a licence of the corpus.
"""

from __future__ import annotations

import pytest

from app.domain import licence_screen as ls

POLICY = (
    "ACME ACCEPTABLE USE POLICY\n\n"
    "You may not use the Models, or allow others to use them, for any of the following prohibited uses:\n\n"
    "Harm to people: threatening, harassing or defaming any person.\n\n"
    "Deception: passing off generated text as written by a human, through methods including:\n\n"
    "* writing fake reviews;\n"
    "* impersonating real people.\n\n"
    "{item}\n"
)


def flags(text: str) -> set[str]:
    doc = ls.screen_texts([("POLICY", text)])
    return set(doc["flags"]["M3f"]) | set(doc["flags"]["M2a"])


@pytest.mark.parametrize(
    "item",
    [
        "Model building: producing synthetic data with the Models to train, refine or otherwise develop model derivatives or competing models.",
        "Distillation: using outputs of the Models to train or improve another model.",
        "Derivative models: creating synthetic data to build derivative models of any kind.",
    ],
)
def test_a_labelled_list_item_bans_training_on_outputs(item: str) -> None:
    assert "output_training_ban" in flags(POLICY.format(item=item))


@pytest.mark.parametrize(
    "text",
    [
        "ACME LICENCE\n\nYou may use synthetic data produced with the Model to train derivative models.\n",
        "ACME LICENCE\n\nNothing in this licence restricts you from using outputs to develop model derivatives.\n",
        POLICY.format(item="Spam: sending unsolicited bulk messages.")
        + "\nYou may use outputs of the Models to train other models.\n",
    ],
)
def test_permission_to_train_on_outputs_is_not_a_ban(text: str) -> None:
    assert "output_training_ban" not in flags(text)


def test_an_inline_list_goes_on_after_a_full_stop() -> None:
    text = (
        "ACME MODEL LICENCE\n\nBy using the Model you agree that you: 1) will not use it for military "
        "purposes, 2) will not use it to surveil people. 3) will not use it to generate spam, 4) will "
        "not sell access to it without permission.\n"
    )
    items = [r["text"] for r in ls.screen_texts([("L", text)])["restrictions"]]
    assert "will not use it to generate spam" in [i.rstrip(",. ") for i in items]
    assert not any("4)" in i for i in items)


@pytest.mark.parametrize(
    "text",
    [
        "No licence, express or implied, is granted in this code unless you have entered into a separate agreement with Acme.",
        "No rights are granted to this code unless you have obtained a separate written licence from Acme.",
    ],
)
def test_no_grant_without_a_further_agreement_needs_a_licence(text: str) -> None:
    assert "commercial_licence_required" in flags("ACME CODE NOTICE\n\n" + text + "\n")


@pytest.mark.parametrize(
    "text",
    [
        "No licence is granted under any patent except as expressly stated in Section 2.",
        "No license is granted to use the trademarks of Acme, except as required for reasonable and customary use.",
        "Except as stated above, no other rights are granted; nothing requires you to obtain a separate licence.",
    ],
)
def test_a_limit_on_what_is_granted_needs_no_further_licence(text: str) -> None:
    assert "commercial_licence_required" not in flags("ACME LICENCE\n\n" + text + "\n")


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        (
            "To use the Software for the sole purpose of performing non-commercial scientific research.",
            "non_commercial",
        ),
        (
            "For commercial uses of the Software, please send an email to licensing@acme.example.",
            "commercial_licence_required",
        ),
    ],
)
def test_sole_purpose_and_email_for_commercial_use(text: str, flag: str) -> None:
    assert flag in flags("ACME RESEARCH LICENCE\n\n" + text + "\n")


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        (
            "Acme nevertheless reserves the right to update, modify, or discontinue the Software at any time.",
            "unilateral_stop",
        ),
        (
            "Where the free and open-source exemptions of the EU AI Act apply, you shall keep the weights public.",
            "geographic_exclusion",
        ),
        (
            "You shall not use the Model in breach of Regulation (EU) 2016/679 or any other EU law.",
            "geographic_exclusion",
        ),
    ],
)
def test_upkeep_of_the_software_and_eu_laws_raise_nothing(text: str, flag: str) -> None:
    assert flag not in flags("ACME LICENCE\n\n" + text + "\n")


@pytest.mark.parametrize(
    "text",
    [
        "THE USER CANNOT USE OR DISTRIBUTE THE SOFTWARE FOR COMMERCIAL PURPOSES WITHOUT PRIOR AND EXPLICIT CONSENT OF THE LICENSORS.",
        "You may not exploit the Model commercially without the prior written consent of Acme.",
        "**商业使用**：使用者获得发布者书面授权后，方可将本模型用于商业目的。",
    ],
)
def test_commercial_use_only_with_consent_needs_a_licence(text: str) -> None:
    assert "commercial_licence_required" in flags("ACME MODEL LICENCE\n\n" + text + "\n")


@pytest.mark.parametrize(
    "text",
    [
        "You may use the Software for commercial purposes without the need for any separate licence.",
        "You may use the Model commercially without asking for our consent.",
    ],
)
def test_commercial_use_free_of_consent_needs_none(text: str) -> None:
    assert "commercial_licence_required" not in flags("ACME MODEL LICENCE\n\n" + text + "\n")
