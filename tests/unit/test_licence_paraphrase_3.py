# ruff: noqa: E501, RUF001  (one phrasing per line reads best)
"""Paraphrase batch 3 of the licence screener, written after held-out-3's fixes and before
held-out-4 was read: 25 phrasings in en/zh/fr/de/it/es that must raise their flag and 6 that
must raise nothing, none taken from a licence of the corpus. First run, before any change it
prompted (commit 98ec213): 21 of 24 written positives raised, 0 of 6 negatives flagged. The
misses: an output-training ban phrased "content produced by the Model ... a model that
competes with" (the lexicons knew "data produced" and "compete" but not "content produced" or
"competes"), a naming duty "include "Built on X" in its name", and one phrasing written as an
approval gate that, on review, is a consent needed for commercial use (reported, rightly, as
commercial_licence_required; relabelled below and an access gate written instead).
"""

from __future__ import annotations

from tests.helpers.licence_flags import negatives, positives, raised

T = "NORTHWIND MODEL TERMS\n\n"
POSITIVES: list[tuple[str, str, str]] = [
    (
        "geographic_exclusion",
        "en",
        T
        + "3. Availability\n\nThe Model is not offered, and no licence is granted, to natural or legal persons resident or established in the European Union, Iceland, Liechtenstein or Norway.\n",
    ),
    (
        "geographic_exclusion",
        "en",
        T
        + '"Permitted Jurisdictions" means every country other than those of the European Union.\n\nYou may run the Model only in the Permitted Jurisdictions.\n',
    ),
    (
        "geographic_exclusion",
        "en",
        T
        + "Licensee represents that it is not located in, and will not deploy the Model within, any EU Member State.\n",
    ),
    (
        "geographic_exclusion",
        "fr",
        "CONDITIONS DU MODÈLE\n\nLa présente licence ne s'applique pas aux utilisateurs situés dans l'Union européenne.\n",
    ),
    (
        "geographic_exclusion",
        "zh",
        "模型许可协议\n\n本协议授予的权利不适用于位于欧盟境内的任何个人或实体。\n",
    ),
    # written as an approval gate; on review a consent needed for commercial *use* is the
    # commercial_licence_required the screener reported (M2a is about access)
    (
        "commercial_licence_required",
        "en",
        T
        + "Any commercial deployment requires Northwind's prior written consent, which Northwind may give or withhold at its sole discretion.\n",
    ),
    (
        "approval_gate_discretionary",
        "en",
        T
        + "Access to the Weights is granted only to applicants whom Northwind approves at its sole discretion.\n",
    ),
    (
        "non_commercial",
        "en",
        T
        + "Use of the Weights is limited to academic and scholarly work; any revenue-generating activity is outside this licence.\n",
    ),
    (
        "non_commercial",
        "en",
        T
        + "You may use the Software solely for evaluation and internal research, and not for any commercial advantage or monetary compensation.\n",
    ),
    (
        "non_commercial",
        "de",
        "MODELLBEDINGUNGEN\n\nDie Nutzung ist ausschließlich zu nichtkommerziellen Forschungszwecken gestattet.\n",
    ),
    (
        "non_commercial",
        "es",
        "TÉRMINOS DEL MODELO\n\nEl Modelo solo puede utilizarse con fines de investigación no comerciales.\n",
    ),
    (
        "user_threshold",
        "en",
        T
        + "If the products or services you make available with the Model are used by more than 50,000,000 registered accounts in a calendar month, you must obtain a separate licence from Northwind before continuing to use the Model.\n",
    ),
    (
        "user_threshold",
        "en",
        T
        + "Organisations whose annual turnover exceeds EUR 10 million may not use the Model under these Terms and must contact sales@northwind.example for an enterprise licence.\n",
    ),
    (
        "user_threshold",
        "it",
        "TERMINI DEL MODELLO\n\nSe i vostri servizi superano 1 milione di utenti attivi mensili, dovete richiedere una licenza commerciale separata.\n",
    ),
    (
        "commercial_licence_required",
        "en",
        T + "Commercial use of the Model is subject to a separate commercial agreement with Northwind.\n",
    ),
    (
        "commercial_licence_required",
        "zh",
        "模型许可协议\n\n如需将本模型用于商业用途，须另行获得我方的书面商业授权。\n",
    ),
    (
        "output_training_ban",
        "en",
        T
        + "You shall not use any content produced by the Model to create, train or enhance a large language model that competes with Northwind's offerings.\n",
    ),
    (
        "output_training_ban",
        "en",
        T
        + "Restrictions. You will not: (a) reverse engineer the Model; (b) use the Model's generations to develop a rival foundation model; or (c) remove any notice.\n",
    ),
    (
        "output_training_ban",
        "fr",
        "CONDITIONS DU MODÈLE\n\nIl est interdit d'utiliser les sorties du Modèle pour entraîner d'autres modèles concurrents.\n",
    ),
    (
        "unilateral_stop",
        "en",
        T
        + "Northwind may suspend or revoke this licence at any time, with or without cause, by posting a notice on its website.\n",
    ),
    ("unilateral_stop", "en", T + "We reserve the right to restrict access to the Model for any reason.\n"),
    (
        "restriction",
        "en",
        T
        + "Prohibited uses\n\nThe Model must not be used\n- to generate disinformation at scale;\n- for biometric categorisation of individuals;\n- to provide medical diagnoses without human review.\n",
    ),
    (
        "restriction",
        "en",
        T
        + "You agree that you will not use the Model, directly or indirectly, in connection with weapons development, in law-enforcement predictive policing, or to harass any person.\n",
    ),
    (
        "policy",
        "en",
        T
        + "Your use of the Model must comply with the Northwind Responsible Use Guidelines, available at https://northwind.example/guidelines, which form part of these Terms.\n",
    ),
    (
        "naming",
        "en",
        T
        + 'If you distribute a fine-tuned version of the Model, you must include "Built on Northwind" in its name.\n',
    ),
]
NEGATIVES: list[tuple[str, str, tuple[str, ...]]] = [
    (
        "en",
        T
        + "You may use the Model for any purpose, including commercial purposes, without payment of any fee.\n",
        (),
    ),
    ("en", T + "This licence terminates automatically if you fail to comply with any of its terms.\n", ()),
    (
        "en",
        T + "We would appreciate, but do not require, a mention of Northwind in your documentation.\n",
        (),
    ),
    ("en", T + "Nothing in these Terms restricts use within the European Union.\n", ()),
    (
        "en",
        T
        + "If your product has more than 1 million users, please include the notice file in its about screen.\n",
        (),
    ),
    (
        "en",
        T + "You may use outputs of the Model for any lawful purpose, including to train other models.\n",
        (),
    ),
]


@positives(POSITIVES)
def test_batch_3_phrasing_raises_its_flag(flag: str, lang: str, text: str) -> None:
    assert flag in raised(text), f"{lang}: {text!r}"


@negatives(NEGATIVES)
def test_batch_3_harmless_wording_raises_nothing(lang: str, text: str, allowed: tuple[str, ...]) -> None:
    assert raised(text) <= set(allowed), f"{lang}: {text!r}"
