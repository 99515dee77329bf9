"""Issue 18: `model inspect --format cyclonedx|spdx3` - documents valid against the official
CycloneDX 1.6 and SPDX 3.0.1 JSON schemas (shipped in resources/schemas), for dense and
mixture-of-experts models, Hugging Face cache folders and single GGUF files."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import numpy as np
import pytest
from gguf import GGUFWriter
from safetensors.numpy import save_file

from app.services.model_inspect import aibom, inspect_folder


def _folder(tmp_path: Path, card: str) -> Path:
    d = tmp_path / "model"
    d.mkdir(parents=True)
    save_file({"model.layers.0.mlp.experts.0.w1.weight": np.zeros((4, 4), np.float16),
               "model.layers.0.mlp.experts.1.w1.weight": np.zeros((4, 4), np.float16),
               "model.embed.weight": np.zeros((8, 4), np.float16)}, str(d / "model.safetensors"))  # fmt: skip
    cfg = {"architectures": ["MixtralForCausalLM"], "model_type": "mixtral", "num_local_experts": 2,
           "num_experts_per_tok": 1}  # fmt: skip
    (d / "config.json").write_text(json.dumps(cfg))
    (d / "README.md").write_text(card)
    return d


CARDS = [
    "---\nlicense: apache-2.0\ndatasets: [wikipedia, c4]\nbase_model: [org/a, org/b]\n"
    "base_model_relation: merge\npipeline_tag: text-generation\nlanguage: [en, fr]\n---\n",
    "---\nlicense: other\nlicense_name: acme-community-licence\n---\n",
    "# no front matter\n",
]


@pytest.mark.parametrize("card", CARDS)
@pytest.mark.parametrize("fmt", aibom.FORMATS)
def test_documents_are_valid_against_the_official_schemas(tmp_path: Path, card: str, fmt: str) -> None:
    doc = inspect_folder(_folder(tmp_path, card))
    out = aibom.export(doc, fmt)
    assert aibom.validate(out, fmt) == []
    json.dumps(out)


def test_cyclonedx_content(tmp_path: Path) -> None:
    doc = inspect_folder(_folder(tmp_path, CARDS[0]))
    bom = aibom.cyclonedx(doc)
    model = bom["components"][0]
    assert model["type"] == "machine-learning-model"
    assert model["licenses"] == [{"license": {"id": "Apache-2.0"}}]
    assert model["modelCard"]["modelParameters"]["task"] == "text-generation"
    assert [d["name"] for d in model["modelCard"]["modelParameters"]["datasets"]] == ["wikipedia", "c4"]
    assert [a["name"] for a in model["pedigree"]["ancestors"]] == ["org/a", "org/b"]
    props = {p["name"]: p["value"] for p in model["properties"]}
    assert props["exemptio:parameters"] == str(2 * 16 + 32)
    assert props["exemptio:active_parameters"] == str(32 + 16)  # 1 of 2 experts per token
    other = aibom.cyclonedx(inspect_folder(_folder(tmp_path / "o", CARDS[1])))
    assert other["components"][0]["licenses"] == [{"license": {"name": "other (acme-community-licence)"}}]


def test_spdx3_content(tmp_path: Path) -> None:
    doc = inspect_folder(_folder(tmp_path, CARDS[0]))
    graph = aibom.spdx3(doc)["@graph"]
    types = [e["type"] for e in graph]
    assert types.count("ai_AIPackage") == 3  # the model and its two base models
    rels = {e["relationshipType"] for e in graph if e["type"] == "Relationship"}
    assert rels == {"hasDeclaredLicense", "trainedOn", "descendantOf", "contains"}
    lic = next(e for e in graph if e["type"] == "simplelicensing_LicenseExpression")
    assert lic["simplelicensing_licenseExpression"] == "Apache-2.0"
    other = aibom.spdx3(inspect_folder(_folder(tmp_path / "o", CARDS[1])))["@graph"]
    lic = next(e for e in other if e["type"] == "simplelicensing_LicenseExpression")
    assert lic["simplelicensing_licenseExpression"] == "LicenseRef-other-acme-community-licence"


def test_validation_catches_broken_documents(tmp_path: Path) -> None:
    doc = inspect_folder(_folder(tmp_path, CARDS[0]))
    bom = copy.deepcopy(aibom.cyclonedx(doc))
    bom["components"][0]["type"] = "robot"
    assert aibom.validate(bom, "cyclonedx")
    spdx = copy.deepcopy(aibom.spdx3(doc))
    for e in spdx["@graph"]:
        if e["type"] == "Relationship":
            e["relationshipType"] = "likes"
    assert aibom.validate(spdx, "spdx3")


def test_cli_format_on_a_single_gguf(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    f = tmp_path / "tiny.gguf"
    w = GGUFWriter(str(f), "llama")
    w.add_name("Tiny GGUF")
    w.add_license("mit")
    w.add_tensor("token_embd.weight", np.ones((10, 4), np.float32))
    w.write_header_to_file()
    w.write_kv_data_to_file()
    w.write_tensors_to_file()
    w.close()
    for fmt in aibom.FORMATS:
        r = cli("model", "inspect", str(f), "--format", fmt)
        assert r.rc == 0, r.err
        assert aibom.validate(r.json(), fmt) == []
    assert cli("model", "inspect", str(f), "--format", "pdf").rc == 2
