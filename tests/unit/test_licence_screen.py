"""Licence screening: identification, clause flags with FILE:LINE citations, restrictions,
suggestions, the knowledge base, and the `licence` commands."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from app.domain import licence_screen as ls
from app.domain.checklist import DefinitionError
from app.domain.errors import BadInput

DATA = Path(__file__).resolve().parent.parent / "data" / "licences"
PERMISSIVE = ["apache-2.0.txt", "mit.txt", "bsd-2-clause.txt", "bsd-3-clause.txt"]


def screen(*names: str) -> dict[str, Any]:
    return ls.screen_files([DATA / n for n in names])


def cited(doc: dict[str, Any], flag: str) -> list[dict[str, str]]:
    return [c for c in doc["citations"] if c["flag"] == flag]


def line_of(name: str, source: str) -> str:
    file, _, num = source.rpartition(":")
    assert file == name
    return (DATA / name).read_text("utf-8").splitlines()[int(num) - 1]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("apache-2.0.txt", "Apache-2.0"), ("mit.txt", "MIT"), ("bsd-2-clause.txt", "BSD-2-Clause"),
        ("bsd-3-clause.txt", "BSD-3-Clause"), ("gpl-3.0.txt", "GPL-3.0-only"), ("lgpl-2.1.txt", "LGPL-2.1-only"),  # noqa: E501
        ("mpl-2.0.txt", "MPL-2.0"), ("cc-by-4.0.txt", "CC-BY-4.0"),
        ("llama2-LICENSE.txt", "LicenseRef-scancode-llama-2-license-2023"),
        ("llama3-LICENSE.txt", "LicenseRef-Meta-Llama-3-Community-License"),
        ("llama3_1-LICENSE.txt", "LicenseRef-scancode-llama-3.1-license-2024"),
        ("llama3_2-LICENSE.txt", "LicenseRef-scancode-llama-3.2-license-2024"),
        ("gemma-TERMS.md", "LicenseRef-scancode-gemma-tou-2024-04-01"),
        ("qwen-LICENSE.txt", "LicenseRef-Qwen-License"),
        ("qwen-research-LICENSE.txt", "LicenseRef-Qwen-Research-License"),
        ("mistral-research-MRL-0.1.md", "LicenseRef-Mistral-AI-Research-License-0.1"),
        ("stability-community-LICENSE.md", "LicenseRef-scancode-stability-ai-community-2024"),
        ("creativeml-openrail-m-LICENSE.txt", "LicenseRef-CreativeML-OpenRAIL-M"),
        ("deepseek-LICENSE-MODEL.txt", "LicenseRef-scancode-deepseek-la-1.0"),
        ("llama2-USE_POLICY.md", "unknown"), ("gemma-PROHIBITED_USE_POLICY.md", "unknown"),
    ],
)  # fmt: skip
def test_identify_licence(name: str, expected: str) -> None:
    assert ls.identify_licence((DATA / name).read_text("utf-8")) == expected


def test_identify_by_spdx_line_and_unknown() -> None:
    assert ls.identify_licence("# SPDX-License-Identifier: Apache-2.0\nwhatever") == "Apache-2.0"
    assert ls.identify_licence("// SPDX-License-Identifier: NotARealLicence-9\nhello") == "unknown"
    assert ls.identify_licence("") == "unknown"
    assert ls.identify_licence("All rights reserved. No copying.") == "unknown"


def test_identified_ids_come_from_spdx_data() -> None:
    for p in ls.knowledge_base():
        if p.id.startswith("LicenseRef-scancode-") or not p.id.startswith("LicenseRef-"):
            assert ls.is_known_spdx(p.id), p.id


@pytest.mark.parametrize("name", PERMISSIVE + ["mpl-2.0.txt", "gpl-3.0.txt", "lgpl-2.1.txt", "cc-by-4.0.txt"])
def test_permissive_and_copyleft_raise_no_flag(name: str) -> None:
    doc = screen(name)
    assert doc["flags"] == {"M2a": [], "M3f": [], "M6a": False}
    assert doc["restrictions"] == []
    assert not [c for c in doc["citations"] if c["flag"] not in ls.COMPATIBLE]


def test_apache_document() -> None:
    doc = screen("apache-2.0.txt")
    assert list(doc)[:6] == [  # the documented shape first; added fields after it
        "licence",
        "flags",
        "restrictions",
        "compatible_conditions",
        "suggested",
        "citations",
    ]
    assert doc["complete"] is True and doc["not_screened"] == [] and doc["policies"] == []
    (ident,) = doc["identification"]
    assert ident["via"] == "text" and ident["parts"][0]["id"] == "Apache-2.0"
    assert ident["parts"][0]["modified"] is False
    assert doc["compatible_conditions"] == ["attribution", "notice", "patent_retaliation"]
    s = doc["suggested"]
    assert s["M1"] == "Apache-2.0"
    assert (s["M2"], s["M3"], s["M5"], s["M6"], s["M6a"]) == ("yes", "yes", "yes", "yes", "no")
    assert s["M2a"] == [] and s["M3f"] == [] and s["M4"] == []
    assert "copyleft" in screen("gpl-3.0.txt")["compatible_conditions"]


def test_llama2_with_its_policy() -> None:
    doc = screen("llama2-LICENSE.txt", "llama2-USE_POLICY.md")
    assert doc["licence"] == "LicenseRef-scancode-llama-2-license-2023"
    assert doc["flags"]["M3f"] == ["user_threshold", "commercial_licence_required", "output_training_ban"]
    assert doc["flags"]["M2a"] == []  # 'located in the EEA' in the definition of Meta is not an exclusion
    assert doc["flags"]["M6a"] is False  # Llama 2 has no naming clause
    (mau,) = [c for c in cited(doc, "user_threshold")]
    assert "700 million monthly active users" in mau["quote"]
    assert "700 million monthly active users" in line_of("llama2-LICENSE.txt", mau["source"])
    (ban,) = cited(doc, "output_training_ban")
    assert "to improve any other large language model" in line_of("llama2-LICENSE.txt", ban["source"])
    assert cited(doc, "incorporated_policy")
    texts = [r["text"] for r in doc["restrictions"]]
    assert len(texts) == 25
    assert any(t.startswith("Military, warfare, nuclear industries") for t in texts)
    assert all(r["source"].startswith("llama2-USE_POLICY.md:") for r in doc["restrictions"])
    assert not any(t.endswith(":") for t in texts)  # list headings are not restrictions
    s = doc["suggested"]
    assert s["M3"] == "no" and s["M3f"] == doc["flags"]["M3f"]
    assert len(s["M4"]) == 25 and s["M4"][0]["safety"] == "unknown" and s["M4"][0]["source"]
    assert "compatible_conditions" in doc and "patent_retaliation" in doc["compatible_conditions"]


def test_llama3_output_ban_and_naming() -> None:
    doc = screen("llama3-LICENSE.txt")
    assert doc["flags"]["M3f"] == ["user_threshold", "commercial_licence_required", "output_training_ban"]
    assert doc["flags"]["M6a"] is True
    assert any("Built with Meta Llama 3" in n["quote"] for n in cited(doc, "naming"))
    assert doc["suggested"]["M6a"] == "yes"


def test_llama31_naming_is_not_an_output_ban() -> None:
    doc = screen("llama3_1-LICENSE.txt")
    assert doc["flags"]["M3f"] == ["user_threshold", "commercial_licence_required"]
    assert doc["flags"]["M6a"] is True


def test_llama32_eu_exclusion_in_policy_screened_together() -> None:
    alone = screen("llama3_2-LICENSE.txt")
    assert alone["flags"]["M2a"] == []
    doc = screen("llama3_2-LICENSE.txt", "llama3_2-USE_POLICY.md")
    assert doc["licence"] == "LicenseRef-scancode-llama-3.2-license-2024"
    assert doc["flags"]["M2a"] == ["geographic_exclusion"]
    (geo,) = cited(doc, "geographic_exclusion")
    assert geo["source"].startswith("llama3_2-USE_POLICY.md:")
    assert "domiciled in" in geo["quote"] and "European Union" in line_of(
        "llama3_2-USE_POLICY.md", geo["source"]
    )
    assert doc["suggested"]["M2"] == "no" and doc["suggested"]["M2a"] == ["geographic_exclusion"]


def test_gemma_remote_restriction_and_policy() -> None:
    doc = screen("gemma-TERMS.md", "gemma-PROHIBITED_USE_POLICY.md")
    assert doc["licence"] == "LicenseRef-scancode-gemma-tou-2024-04-01"
    # "may restrict (remotely or otherwise) usage ... in violation of this Agreement" is a
    # remedy on breach, not a stop at will: listed for the officer as a weak candidate only
    assert doc["flags"]["M3f"] == []
    weak = [c for c in doc["candidates"] if c["flag"] == "unilateral_stop"]
    assert any("remotely or otherwise" in c["text"] and c["strength"] == "weak" for c in weak)
    assert any(r["source"].startswith("gemma-PROHIBITED_USE_POLICY.md") for r in doc["restrictions"])
    assert any("circumvent safety filters" in r["text"] for r in doc["restrictions"])


def test_qwen_100m_mau() -> None:
    doc = screen("qwen-LICENSE.txt")
    assert doc["flags"]["M3f"] == ["user_threshold", "commercial_licence_required"]
    assert "100 million monthly active users" in cited(doc, "user_threshold")[0]["quote"]
    assert doc["flags"]["M6a"] is True  # "Built with Qwen"


def test_research_only_licences() -> None:
    for name in ("qwen-research-LICENSE.txt", "mistral-research-MRL-0.1.md"):
        doc = screen(name)
        assert "non_commercial" in doc["flags"]["M3f"], name
        assert "commercial_licence_required" in doc["flags"]["M3f"], name
        assert doc["suggested"]["M3"] == "no"
    assert screen("mistral-research-MRL-0.1.md")["suggested"]["M7"] == ["dual_licensing"]


def test_stability_revenue_threshold() -> None:
    doc = screen("stability-community-LICENSE.md")
    # the right to update the policy is a weak candidate (a unilateral change, not a stop)
    assert doc["flags"]["M3f"] == ["user_threshold", "commercial_licence_required"]
    quotes = " ".join(c["quote"] for c in cited(doc, "user_threshold"))
    assert "US $1,000,000" in quotes and "$1M" in quotes
    assert doc["flags"]["M6a"] is True  # "Powered by Stability AI"


def test_rail_attachments_give_restrictions() -> None:
    doc = screen("creativeml-openrail-m-LICENSE.txt")
    assert len(doc["restrictions"]) == 11
    assert doc["restrictions"][0]["text"].startswith("In any way that violates")
    assert doc["restrictions"][0]["context"].startswith("You agree not to use the Model")
    assert doc["flags"]["M3f"] == []  # the remote restriction applies to use in violation only
    ds = screen("deepseek-LICENSE-MODEL.txt")
    assert ds["flags"]["M3f"] == [] and ds["flags"]["M2a"] == []
    assert "For military use in any way;" in [r["text"] for r in ds["restrictions"]]
    assert ds["suggested"]["M4"][1]["text"] == "For military use in any way;"


def test_unknown_licence_still_scanned(tmp_path: Path) -> None:
    f = tmp_path / "LICENSE"
    f.write_text(
        "ACME Model Licence\n\nYou may use the model for research purposes only.\n"
        "Access is subject to our approval, at our sole discretion.\n"
        "You shall not use outputs of the Model to train any other model.\n"
        "The licence is not available to persons resident in the European Union.\n",
        "utf-8",
    )
    doc = ls.screen_files([f])
    assert doc["licence"] == "unknown"
    assert doc["flags"]["M3f"] == ["non_commercial", "output_training_ban"]
    assert doc["flags"]["M2a"] == ["geographic_exclusion", "approval_gate_discretionary"]
    assert {c["source"] for c in doc["citations"]} == {"LICENSE:3", "LICENSE:4", "LICENSE:5", "LICENSE:6"}
    s = doc["suggested"]
    assert "M1" not in s and s["M2"] == "no" and s["M3"] == "no" and "M5" not in s


def test_wrapped_clause_cited_at_its_first_line(tmp_path: Path) -> None:
    f = tmp_path / "TERMS.txt"
    f.write_text(
        "Intro.\nIf your product has more than 50 million monthly\nactive users you need a licence.\n",
        "utf-8",
    )
    (c,) = [c for c in ls.screen_files([f])["citations"] if c["flag"] == "user_threshold"]
    assert c["source"] == "TERMS.txt:2"


def test_bad_files(tmp_path: Path) -> None:
    with pytest.raises(BadInput, match="Cannot read"):
        ls.screen_files([tmp_path / "missing.txt"])
    b = tmp_path / "weights.bin"
    b.write_bytes(b"\x00\x01" * 100)
    with pytest.raises(BadInput, match="binary"):
        ls.screen_files([b])
    with pytest.raises(BadInput, match="not a file"):
        ls.screen_files([tmp_path])


def test_knowledge_base_families() -> None:
    fams = {p.family for p in ls.knowledge_base()}
    for f in ("llama2", "llama3", "llama3.1", "llama3.2", "llama4", "gemma", "qwen", "qwen-research",
              "mistral-research", "stability-community", "bloom-rail", "openrail-m", "deepseek", "falcon-180b",  # noqa: E501
              "apache-2.0", "mit"):  # fmt: skip
        assert f in fams, f
    for p in ls.knowledge_base():
        assert p.suggestions, p.family
        for k, s in p.suggestions.items():
            assert s.marker in ("[V]", "[S]", "[I]") and s.source.startswith("http"), (p.family, k)


def test_pick_licence_prefills_suggestions() -> None:
    s = ls.suggestions_for("llama3.1")
    assert s["M3"].value == "no" and "user_threshold" in s["M3f"].value
    assert s["M6a"].value == "yes" and s["M3"].marker == "[V]"
    assert ls.suggestions_for("LicenseRef-scancode-llama-3.1-license-2024") == s
    assert ls.suggestions_for("Apache-2.0")["M3"].value == "yes"
    assert ls.suggestions_for("LicenseRef-nothing") == {}


def test_broken_knowledge_base(tmp_path: Path) -> None:
    good = json.loads((ls.kb_root() / "mit.json").read_text("utf-8"))
    (tmp_path / "a.json").write_text(json.dumps({**good, "id": "Not-A-Licence-1.0"}), "utf-8")
    with pytest.raises(DefinitionError, match="not an SPDX or ScanCode licence id"):
        ls.knowledge_base(tmp_path)
    (tmp_path / "a.json").write_text(json.dumps({**good, "suggestions": {"Z1": {}}}), "utf-8")
    with pytest.raises(DefinitionError, match="unknown question Z1"):
        ls.knowledge_base(tmp_path)


# --- CLI --------------------------------------------------------------------------------


def test_cli_screen_json(cli) -> None:  # type: ignore[no-untyped-def]
    r = cli("licence", "screen", str(DATA / "llama3-LICENSE.txt"), "--json")
    assert r.rc == 0, r.err
    doc = r.json()
    assert doc["licence"] == "LicenseRef-Meta-Llama-3-Community-License"
    assert "output_training_ban" in doc["flags"]["M3f"]
    assert all(c["source"].startswith("llama3-LICENSE.txt:") for c in doc["citations"])


def test_cli_screen_text_and_errors(cli, home) -> None:  # type: ignore[no-untyped-def]
    r = cli("licence", "screen", str(DATA / "mit.txt"))
    assert r.rc == 0 and "No disqualifying clause found." in r.out and "M1: MIT" in r.out
    r = cli("licence", "screen", str(DATA / "nope.txt"))
    assert r.rc == 2 and r.err.startswith("exemptio: Cannot read") and r.err.count("\n") == 1
    assert not (home / "exemptio.db").exists()  # needs no database


def test_cli_info_and_list(cli) -> None:  # type: ignore[no-untyped-def]
    r = cli("licence", "info", "gemma", "--json")
    assert r.rc == 0 and r.json()["suggestions"]["M3f"]["value"] == ["unilateral_stop"]
    assert cli("licence", "info", "nothing").rc == 2
    r = cli("licence", "list", "--json")
    assert r.rc == 0 and len(r.json()) >= 20
