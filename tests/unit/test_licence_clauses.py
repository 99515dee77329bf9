"""Licence screening, clause by clause: each form the reader must handle, on short texts
written for these tests (not copies of the corpus), plus whole-text identification on
LicenseDB reference texts changed here."""

from __future__ import annotations

from typing import Any

import pytest

from app.domain import licence_screen as ls
from app.domain.licence import kb


def screen(text: str, name: str = "LICENSE") -> dict[str, Any]:
    return ls.screen_texts([(name, text)])


def flags(doc: dict[str, Any]) -> set[str]:
    return set(doc["flags"]["M2a"]) | set(doc["flags"]["M3f"])


def cands(doc: dict[str, Any], flag: str) -> list[dict[str, Any]]:
    return [c for c in doc["candidates"] if c["flag"] == flag]


def reference(key: str) -> str:
    idx = kb.index()
    assert idx is not None, "licensedcode-data is a dependency"
    (lic,) = [x for x in idx.licences if x.key == key]
    return kb.licence_text(lic)


# --- identification ------------------------------------------------------------------------


def test_close_variants_are_told_apart() -> None:
    assert ls.identify_licence("Copyright (c) 2031 Example Ltd\n\n" + reference("bsd-zero")) == "0BSD"
    assert ls.identify_licence("Copyright (c) 2031 Example Ltd\n\n" + reference("isc")) == "ISC"
    assert ls.identify_licence(reference("mit-0")) == "MIT-0"
    assert ls.identify_licence("MIT License\n\nCopyright (c) 2031 A. Person\n\n" + reference("mit")) == "MIT"


def test_a_changed_copy_is_reported_with_its_lines() -> None:
    text = reference("mit").replace(
        "The above copyright notice",
        "The Software shall be used for non-commercial purposes only.\nThe above copyright notice",
    )
    ident = ls.identify(text)
    (part,) = [p for p in ident.parts if p.id == "MIT"]
    assert part.modified and part.label == "MIT with modifications"
    (diff,) = part.differences
    line = text.splitlines().index("The Software shall be used for non-commercial purposes only.") + 1
    assert diff.kind == "added" and diff.lines == f"{line}-{line}" and "non-commercial" in diff.text
    assert "non_commercial" in flags(screen(text))  # and the clause itself is read


def test_code_and_weights_under_two_licences_in_one_file() -> None:
    text = (
        "The source code in this repository is licensed under the Apache License 2.0:\n\n"
        + reference("apache-2.0")
        + "\n\nThe model weights are licensed under the following terms:\n\n"
        + "ACME Model Weights Licence\n\nYou may use the weights for research purposes only. "
        "You shall not use the weights or their outputs to train any other model. "
        "Commercial use requires a separate commercial licence from ACME.\n" * 3
    )
    ident = ls.identify(text)
    apache = [p for p in ident.parts if p.id == "Apache-2.0"]
    rest = [p for p in ident.parts if p.id == "unknown"]
    assert apache and apache[0].covers == "code" and rest and rest[-1].covers == "weights"
    doc = screen(text)
    assert doc["licence"] == "unknown"  # not Apache-2.0: the weights are under other terms
    assert "M2" not in doc["suggested"] or doc["suggested"]["M2"] != "yes"
    assert {"non_commercial", "output_training_ban", "commercial_licence_required"} <= flags(doc)


def test_two_alternatives_make_an_or_expression() -> None:
    text = (
        "You may choose either licence below.\n\nALTERNATIVE A\n\n"
        + reference("mit")
        + "\n\nALTERNATIVE B\n\n"
        + reference("unlicense")
    )
    assert ls.identify_licence(text) == "MIT OR Unlicense"


# --- use restrictions (M4) -----------------------------------------------------------------


def test_inline_enumeration_gives_one_item_each() -> None:
    doc = screen(
        "Terms.\n\nYou shall not use the Model (i) to develop weapons, (ii) for mass surveillance of\n"
        "citizens, or (iii) to harm minors.\n"
    )
    texts = [r["text"] for r in doc["restrictions"]]
    assert texts == ["to develop weapons", "for mass surveillance of citizens, or", "to harm minors."]
    assert doc["restrictions"][1]["lines"] == [3, 4]
    assert all(r["context"].startswith("You shall not use the Model") for r in doc["restrictions"])


def test_numbered_items_after_a_lead_in_stop_at_the_next_heading() -> None:
    doc = screen(
        "3. Licence restrictions:\n1) no use in military systems;\n2) no use for credit scoring;\n\n"
        "4. Disclaimer\n\nTHE MODEL IS PROVIDED AS IS.\n"
    )
    texts = [r["text"] for r in doc["restrictions"]]
    assert texts == ["no use in military systems;", "no use for credit scoring;"]
    assert not any("Disclaimer" in t for t in texts)


def test_semicolon_list_across_wrapped_lines_without_markers() -> None:
    doc = screen(
        "Attachment A\n\nYou agree not to use the Model:\n"
        "in any way that violates any applicable law or\nregulation;\n"
        "to generate content that harasses a person;\n"
        "for fully automated decisions about\nemployment.\n"
    )
    texts = [r["text"] for r in doc["restrictions"]]
    assert (
        len(texts) == 3
        and texts[0].startswith("in any way that violates")
        and texts[2].endswith("employment.")
    )


def test_guideline_list_with_shall_not_be_used_to() -> None:
    doc = screen(
        "Usage guidelines\n\nThe model shall not be used to:\n- impersonate real people\n- produce spam\n"
    )
    assert [r["text"] for r in doc["restrictions"]] == ["impersonate real people", "produce spam"]


def test_policy_by_reference_is_evidence_to_attach_until_screened_with_it() -> None:
    lic = "ACME Licence\n\nYour use must comply with the Acceptable Use Policy at https://acme.example/aup, which is incorporated by reference.\n"  # noqa: E501
    alone = screen(lic)
    (pol,) = alone["policies"]
    assert pol["url"] == "https://acme.example/aup" and pol["attached"] is False
    assert alone["complete"] is False and "Acceptable Use Policy" in alone["incomplete_because"][0]
    both = ls.screen_texts(
        [
            ("LICENSE", lic),
            (
                "AUP.md",
                "# ACME Acceptable Use Policy\n\nYou agree not to use the model to:\n- spread malware\n",
            ),
        ]  # noqa: E501
    )
    assert both["policies"][0]["attached"] is True and both["complete"] is True
    assert [r["text"] for r in both["restrictions"]] == ["spread malware"]


# --- use flags (M3f) -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "You may use the Model for Noncommercial Research Uses only.",
        "The Weights are licensed for purposes other than commercial or production use.",
        "You may use the Software solely for academic and evaluation uses.",
        "The Model may not be used for any commercial purpose.",
    ],
)
def test_research_only_and_non_commercial_forms(sentence: str) -> None:
    assert "non_commercial" in flags(screen(f"Terms\n\n{sentence}\n"))


def test_research_purposes_defined_elsewhere_are_resolved() -> None:
    doc = screen(
        'Definitions\n\n"Research Purposes" means non-commercial scientific research.\n\n'
        "Grant\n\nYou may use the Model exclusively for Research Purposes.\n"
    )
    (c,) = [c for c in cands(doc, "non_commercial") if c["source"] == "LICENSE:7"]
    assert c["definitions"] == [
        {
            "term": "Research Purposes",
            "source": "LICENSE:3",
            "text": '"Research Purposes" means non-commercial scientific research.',
        }  # noqa: E501
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "If your service has more than 2 million daily users, you must request a licence from us.",
        "If your services exceed 10 million visits per month you need a commercial licence.",
        "Entities with an annual turnover above EUR 5 million must obtain an enterprise licence.",
    ],
)
def test_thresholds_in_any_unit(sentence: str) -> None:
    assert "user_threshold" in flags(screen(f"Terms\n\n{sentence}\n"))


def test_threshold_that_only_asks_for_attribution_is_no_flag() -> None:
    doc = screen(
        "Terms\n\nIf your product has more than 100 million monthly active users, you shall display "
        '"Built with Acme" in its interface.\n'
    )
    assert "user_threshold" not in flags(doc)


def test_output_ban_against_competing_models() -> None:
    doc = screen(
        "Terms\n\nYou must not use outputs of the Model to develop a model that is competitive with "
        "the Model.\n"
    )
    assert "output_training_ban" in flags(doc)


@pytest.mark.parametrize(
    ("sentence", "flagged"),
    [
        ("We may terminate this licence at any time for any reason.", True),
        ("The Licensor may suspend your access at its sole discretion.", True),
        ("We may terminate this licence if you breach any of its terms.", False),
        ("This licence is revocable.", False),
    ],
)
def test_unilateral_stop_at_will_only(sentence: str, flagged: bool) -> None:
    assert ("unilateral_stop" in flags(screen(f"Terms\n\n{sentence}\n"))) is flagged


def test_encouraged_wording_raises_nothing() -> None:
    doc = screen('Terms\n\nYou are encouraged to mark your products "Powered by Acme".\n')
    assert doc["flags"] == {"M2a": [], "M3f": [], "M6a": False}
    required = screen('Terms\n\nYou must mark your products "Powered by Acme".\n')
    assert required["flags"]["M6a"] is True


# --- access (M2a) --------------------------------------------------------------------------


def test_eu_exclusion_directly_and_through_a_defined_territory() -> None:
    assert "geographic_exclusion" in flags(
        screen("Terms\n\nThis licence does not apply in the European Union.\n")
    )
    doc = screen(
        '1. Definitions\n\n"Territory" means the whole world excluding the European Union.\n\n'
        "2. Grant\n\nWe grant you a licence to use the Model in the Territory only.\n"
    )
    grant = [c for c in cands(doc, "geographic_exclusion") if c["source"] == "LICENSE:7"]
    assert grant and grant[0]["definitions"][0]["term"] == "Territory"
    assert grant[0]["definitions"][0]["source"] == "LICENSE:3"


# --- languages -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "flag", "lang"),
    [
        ("本模型仅限学术研究使用，不得用于任何商业用途。", "non_commercial", "zh"),
        ("如您的产品月活跃用户超过1亿，您必须向我们申请商业许可。", "user_threshold", "zh"),
        (
            "Le modèle peut être utilisé uniquement à des fins non commerciales et de recherche.",
            "non_commercial",
            "fr",
        ),
        (
            "Die Lizenz gilt nicht in der Europäischen Union und wird dort nicht gewährt.",
            "geographic_exclusion",
            "de",
        ),
        (
            "Il modello può essere utilizzato esclusivamente per scopi non commerciali di ricerca.",
            "non_commercial",
            "it",
        ),
        (
            "El modelo se puede utilizar exclusivamente para fines no comerciales de investigación.",
            "non_commercial",
            "es",
        ),
        ("Nous pouvons résilier la présente licence à tout moment et sans motif.", "unilateral_stop", "fr"),
    ],
)
def test_clauses_in_other_languages(text: str, flag: str, lang: str) -> None:
    doc = screen(f"{text}\n{text}\n")
    assert flag in flags(doc), text
    assert {x["language"] for x in doc["languages"]} == {lang}


def test_a_part_in_an_unread_language_is_not_screened_and_never_clean() -> None:
    pt = (
        "Você não pode usar o modelo para fins comerciais. A licença pode ser revogada a qualquer momento "
        "pelo licenciante, e os usuários da União Europeia não são autorizados a usar o modelo.\n"
    )
    doc = screen(reference("mit") + "\n\nTermos adicionais\n\n" + pt * 2)
    (part,) = doc["not_screened"]
    assert part["language"] == "other" and part["source"].startswith("LICENSE:")
    assert doc["complete"] is False and "not screened" in doc["incomplete_because"][-1]
    assert doc["suggested"].get("M3") != "yes" and doc["suggested"].get("M2") != "yes"


def test_permissive_texts_from_the_licence_db_raise_no_flag() -> None:
    for key in ("mit", "apache-2.0", "bsd-new", "zlib", "boost-1.0", "mpl-2.0", "epl-2.0", "artistic-2.0"):
        doc = screen(reference(key))
        assert flags(doc) == set() and doc["restrictions"] == [] and not doc["flags"]["M6a"], key


def test_a_notice_naming_licences_is_incomplete_until_their_texts_are_screened() -> None:
    notice = "ACME toolkit\n\nThis project is dual-licensed under the Unlicense and the\n"
    notice += "Apache License, Version 2.0.\n"
    doc = screen(notice, "COPYING")
    (ident,) = doc["identification"]
    assert [(r["id"], r["source"]) for r in ident["referenced"]] == [
        ("Unlicense", "COPYING:3"),
        ("Apache-2.0", "COPYING:4"),
    ]
    assert doc["licence"] == "unknown" and doc["complete"] is False
    assert any("names Apache-2.0" in why for why in doc["incomplete_because"])
    both = ls.screen_texts(
        [("COPYING", notice), ("LICENSE", reference("apache-2.0")), ("UNLICENSE", reference("unlicense"))]
    )
    assert both["complete"] is True


# --- segmentation forms met on held-out texts (synthetic texts written here) ----------------


def test_a_fragment_item_keeps_the_lead_in_it_completes_despite_broken_numbering() -> None:
    doc = screen(
        "Terms\n\n1. You may publish papers about the Model.\n"
        "    1. You must not use the Model or its outputs in these cases:\n"
        "    2. In connection with weapons development\n"
        "2. To train other models that compete with the Model\n"
        "3. You may share the weights inside your organisation.\n"
    )
    assert "output_training_ban" in flags(doc)
    (c,) = cands(doc, "output_training_ban")
    assert c["lines"] == [6, 6] and "must not use the Model" in c["text"]
    assert not any("share the weights" in r["text"] for r in doc["restrictions"])


def test_labelled_paragraphs_after_a_lead_in_are_items_of_its_list() -> None:
    doc = screen(
        "Policy\n\nYou may not use the Model for any of the following prohibited uses:\n\n"
        "Fraud: writing fake reviews.\n\nStalking: tracking a person without consent.\n\n"
        "Contact: write to us with questions.\n"
    )
    texts = [r["text"] for r in doc["restrictions"]]
    assert texts[:2] == ["Fraud: writing fake reviews.", "Stalking: tracking a person without consent."]


def test_a_lead_in_and_its_items_in_one_sentence() -> None:
    doc = screen("Terms\n\nProhibited uses include: phishing; building malware; doxxing people.\n")
    assert [r["text"] for r in doc["restrictions"]] == ["phishing", "building malware", "doxxing people."]


def test_a_hard_wrapped_first_line_is_no_heading() -> None:
    doc = screen("Use of the Weights\nis not permitted within the\nEuropean Economic Area.\n")
    (c,) = cands(doc, "geographic_exclusion")
    assert c["lines"] == [1, 3]


def test_a_threshold_through_a_defined_term_cites_the_definition() -> None:
    doc = screen(
        'Definitions\n\n"Cap" means annual revenue of USD 20 million or more.\n\n'
        "Licence\n\nCommercial use by a company that exceeds the Cap is not licensed under this Licence.\n"
    )
    assert {"user_threshold", "commercial_licence_required"} <= flags(doc)
    assert "non_commercial" not in flags(doc)  # below the Cap commercial use is licensed
    (c,) = cands(doc, "user_threshold")
    assert [d["term"] for d in c["definitions"]] == ["Cap"] and c["definitions"][0]["source"] == "LICENSE:3"
