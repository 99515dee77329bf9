"""Model folder inspection from real safetensors and GGUF files (headers only)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import numpy as np
import pytest
from gguf import GGUFWriter
from safetensors.numpy import save_file

from app.domain.errors import BadInput
from app.services.model_inspect import (
    builtin_identify_licence,
    format_count,
    front_matter,
    identify_licence,
    inspect_folder,
)

CARD = """---
license: other
license_name: llama3.1
license_link: https://llama.meta.com/llama3_1/license/
datasets:
  - wikipedia
base_model: meta-llama/Llama-3.1-8B
language: [en, de, fr]
pipeline_tag: text-generation
---
# Tiny Llama
"""
APACHE = "\n        Apache License\n      Version 2.0, January 2004\n"
MIT = "MIT License\n\nPermission is hereby granted, free of charge, to any person obtaining a copy"


def _config(d: Path) -> None:
    (d / "config.json").write_text(
        json.dumps(
            {
                "architectures": ["LlamaForCausalLM"],
                "model_type": "llama",
                "num_hidden_layers": 2,
                "hidden_size": 16,
                "vocab_size": 32,
                "max_position_embeddings": 128,
                "torch_dtype": "bfloat16",
            }
        )
    )


def test_single_safetensors_folder(tmp_path: Path) -> None:
    d = tmp_path / "tiny-llama"
    d.mkdir()
    save_file(
        {
            "embed.weight": np.zeros((32, 16), np.float16),
            "layers.0.w": np.zeros((16, 16), np.float32),
            "position_ids": np.zeros((1, 128), np.int64),
        },
        str(d / "model.safetensors"),
        metadata={"format": "pt"},
    )
    _config(d)
    (d / "README.md").write_text(CARD)
    (d / "LICENSE").write_text("LLAMA 3.1 COMMUNITY LICENSE AGREEMENT\nLlama 3.1 Version Release Date")
    (d / "NOTICE.txt").write_text(APACHE)
    doc = inspect_folder(d)
    p = doc["parameters"]
    assert p["total"] == 32 * 16 + 16 * 16 + 128 and p["float"] == 32 * 16 + 16 * 16 and p["non_float"] == 128
    assert p["source"] == ["model.safetensors"] and p["method"] == "safetensors"
    assert doc["dtypes"]["value"] == {"F16": 512, "F32": 256, "I64": 128}
    arch = doc["architecture"]
    assert arch["architectures"] == {"value": ["LlamaForCausalLM"], "source": "config.json"}
    assert arch["layers"]["value"] == 2 and arch["hidden_size"]["value"] == 16
    assert arch["vocab_size"]["value"] == 32 and arch["context_length"]["value"] == 128
    card = doc["licence"]["model_card"]
    assert card["license"] == {"value": "other", "source": "README.md"}
    assert card["license_name"]["value"] == "llama3.1" and card["license_link"]["value"].startswith(
        "https://"
    )
    files = {f["path"]: f["licence"] for f in doc["licence"]["files"]}
    # the checklist area's screener names it LicenseRef-scancode-llama-3.1-...; the fallback Llama-3.1-...
    assert "llama-3.1" in files["LICENSE"].lower() and files["NOTICE.txt"] == "Apache-2.0"
    assert doc["datasets"] == {"value": ["wikipedia"], "source": "README.md"}
    assert doc["base_model"]["value"] == ["meta-llama/Llama-3.1-8B"]
    assert (
        doc["languages"]["value"] == ["en", "de", "fr"] and doc["pipeline_tag"]["value"] == "text-generation"
    )
    assert doc["weights_present"] is True
    assert {f["path"] for f in doc["files"]} == {
        "model.safetensors",
        "config.json",
        "README.md",
        "LICENSE",
        "NOTICE.txt",
    }
    assert doc["proposed_subject"] == {
        "name": "tiny-llama",
        "parameters": 768,  # float weights only: the I64 position ids are a buffer
        "active_parameters": None,  # a dense model
        "architecture": "LlamaForCausalLM",
        "licence": "other (llama3.1)",
    }
    json.dumps(doc)  # JSON-ready


def _sharded(d: Path) -> int:
    d.mkdir()
    shards = {
        "model-00001-of-00002.safetensors": {
            "a": np.zeros((10, 10), np.float32),
            "b": np.zeros(7, np.float32),
        },
        "model-00002-of-00002.safetensors": {"c": np.zeros((3, 5), np.float16)},
    }
    weight_map = {}
    for name, tensors in shards.items():
        save_file(tensors, str(d / name))
        weight_map.update({t: name for t in tensors})
    (d / "model.safetensors.index.json").write_text(
        json.dumps({"metadata": {"total_size": 123}, "weight_map": weight_map})
    )
    return 100 + 7 + 15


def test_sharded_index(tmp_path: Path) -> None:
    d = tmp_path / "sharded"
    expected = _sharded(d)
    doc = inspect_folder(d)
    p = doc["parameters"]
    assert p["total"] == expected and p["complete"] and p["method"] == "safetensors index"
    assert p["source"][0] == "model.safetensors.index.json" and len(p["source"]) == 3
    assert doc["dtypes"]["value"] == {"F32": 107, "F16": 15}
    assert doc["weights_present"] is True
    assert any("No model card" in w for w in doc["warnings"])


def test_lfs_pointer_stubs(tmp_path: Path) -> None:
    d = tmp_path / "stubs"
    _sharded(d)
    stub = (
        "version https://git-lfs.github.com/spec/v1\n"
        "oid sha256:4d7a2146b2d1e5c5e0ff0e3c2bd8d6b7e1d3f0b0a3c9f1e2d3c4b5a697887766\n"
        "size 4976698672\n"
    )
    (d / "model-00002-of-00002.safetensors").write_text(stub)
    doc = inspect_folder(d)
    assert doc["weights_present"] is False
    assert doc["parameters"]["total"] is None and doc["parameters"]["counted"] == 107
    files = {f["path"]: f for f in doc["files"]}
    assert files["model-00002-of-00002.safetensors"]["lfs_pointer"] is True
    assert files["model-00002-of-00002.safetensors"]["lfs_size"] == 4976698672
    assert any("LFS pointer" in w for w in doc["warnings"])
    # only stubs: no count at all
    d2 = tmp_path / "only-stub"
    d2.mkdir()
    (d2 / "model.safetensors").write_text(stub)
    doc2 = inspect_folder(d2)
    assert doc2["weights_present"] is False and doc2["parameters"] is None


def test_gguf_metadata_without_tensors(tmp_path: Path) -> None:
    d = tmp_path / "gguf"
    d.mkdir()
    path = d / "tiny.Q8_0.gguf"
    w = GGUFWriter(str(path), "llama")
    w.add_name("Tiny GGUF")
    w.add_license("apache-2.0")
    w.add_context_length(256)
    w.add_block_count(3)
    w.add_embedding_length(8)
    w.add_head_count(2)
    w.add_token_list([f"tok{i}" for i in range(100)])
    w.add_tensor("token_embd.weight", np.ones((100, 8), np.float32))
    w.add_tensor("blk.0.attn_q.weight", np.ones((8, 8), np.float16))
    w.write_header_to_file()
    w.write_kv_data_to_file()
    w.write_tensors_to_file()
    w.close()
    doc = inspect_folder(d)
    assert doc["parameters"]["total"] == 800 + 64 and doc["parameters"]["method"] == "gguf"
    assert doc["dtypes"]["value"] == {"F32": 800, "F16": 64}
    arch = doc["architecture"]
    assert arch["model_type"] == {"value": "llama", "source": "tiny.Q8_0.gguf"}
    assert arch["layers"]["value"] == 3 and arch["context_length"]["value"] == 256
    assert arch["vocab_size"]["value"] == 100 and arch["attention_heads"]["value"] == 2
    assert doc["licence"]["gguf"] == {"value": "apache-2.0", "source": "tiny.Q8_0.gguf"}
    assert doc["proposed_subject"]["name"] == "Tiny GGUF"
    assert doc["proposed_subject"]["licence"] == "apache-2.0"

    # truncating the tensor data does not matter: only the header is read
    size = path.stat().st_size
    with open(path, "r+b") as fh:
        fh.truncate(size - 200)
    assert inspect_folder(d)["parameters"]["total"] == 864


def test_headers_only_on_sparse_huge_file(tmp_path: Path) -> None:
    """A 10 GB sparse file with a safetensors header is inspected without reading it."""
    d = tmp_path / "huge"
    d.mkdir()
    hdr = json.dumps({"w": {"dtype": "BF16", "shape": [50000, 100000], "data_offsets": [0, 10_000_000_000]}})
    blob = len(hdr).to_bytes(8, "little") + hdr.encode()
    with open(d / "model.safetensors", "wb") as fh:
        fh.write(blob)
        fh.truncate(len(blob) + 10_000_000_000)
    doc = inspect_folder(d)
    assert doc["parameters"]["total"] == 5_000_000_000
    assert format_count(doc["parameters"]["total"]) == "5 B"
    assert not any("truncated" in w for w in doc["warnings"])
    with open(d / "model.safetensors", "r+b") as fh:
        fh.truncate(len(blob) + 1000)
    assert any("truncated" in w for w in inspect_folder(d)["warnings"])


def test_damaged_files_give_warnings_not_crashes(tmp_path: Path) -> None:
    d = tmp_path / "bad"
    d.mkdir()
    (d / "model.safetensors").write_bytes(b"\xff" * 8 + b"garbage")
    (d / "x.gguf").write_bytes(b"GGUF\x03\x00\x00\x00" + b"\xff" * 16)
    (d / "config.json").write_text("{not json")
    (d / "README.md").write_text("---\nlicense: [unclosed\n---\n")
    (d / "pytorch_model.bin").write_bytes(b"\x80\x02pickle")
    hdr = json.dumps({"w": {"dtype": "F32", "shape": ["x", 2], "data_offsets": [0, 0]}}).encode()
    (d / "odd.safetensors").write_bytes(len(hdr).to_bytes(8, "little") + hdr)
    doc = inspect_folder(d)
    text = " ".join(doc["warnings"])
    assert "model.safetensors" in text and "x.gguf" in text and "config.json" in text
    assert "README.md" in text and "pickle" in text and "tensor w has an invalid shape" in text
    assert doc["parameters"] is None


def test_bad_folder_arguments(tmp_path: Path) -> None:
    with pytest.raises(BadInput, match="does not exist"):
        inspect_folder(tmp_path / "nope")
    f = tmp_path / "f.txt"
    f.write_text("x")
    with pytest.raises(BadInput, match="not a folder"):
        inspect_folder(f)


def test_small_pieces() -> None:
    assert front_matter("# no front matter") is None
    assert front_matter("---\nlicense: mit\n---\nbody") == {"license": "mit"}
    assert identify_licence(MIT) == "MIT" and identify_licence(APACHE) == "Apache-2.0"
    assert identify_licence("some words") is None
    # one identification for the inspector and the screener: the LicenseDB / reviewed-profile id
    assert builtin_identify_licence("LLAMA 3.1 COMMUNITY LICENSE AGREEMENT") == (
        "LicenseRef-scancode-llama-3.1-license-2024"
    )
    assert builtin_identify_licence(MIT) == "MIT" and builtin_identify_licence("hello") is None
    assert format_count(None) == "unknown" and format_count(7_615_616_512) == "7.6 B"
    assert os.sep == "/"  # paths in the document are '/'-separated


def _gguf(path: Path, tensors: dict[str, np.ndarray], arch: bool = True) -> None:
    w = GGUFWriter(str(path), "llama")
    if arch:
        w.add_block_count(2)
    for name, t in tensors.items():
        w.add_tensor(name, t)
    w.write_header_to_file()
    w.write_kv_data_to_file()
    w.write_tensors_to_file()
    w.close()


def test_split_gguf_counts_all_parts(tmp_path: Path) -> None:
    d = tmp_path / "split"
    d.mkdir()
    _gguf(d / "m-00001-of-00002.gguf", {"a": np.ones((10, 10), np.float32)})
    _gguf(d / "m-00002-of-00002.gguf", {"b": np.ones((5, 4), np.float16)})
    doc = inspect_folder(d)
    assert doc["parameters"]["total"] == 120 and doc["parameters"]["complete"]
    assert doc["parameters"]["source"] == ["m-00001-of-00002.gguf", "m-00002-of-00002.gguf"]
    assert doc["architecture"]["layers"]["value"] == 2
    (d / "m-00002-of-00002.gguf").unlink()
    part = inspect_folder(d)
    assert part["parameters"]["total"] is None and part["parameters"]["counted"] == 100
    assert any("incomplete" in w for w in part["warnings"])


def test_licence_files_are_read_by_the_clause_reader(tmp_path: Path) -> None:
    """The inspector's licence fallback is the screener's identification and clause reader:
    each licence file carries what the reader found, and a card naming a licence without its
    text is read for the name, not for key phrases."""
    (tmp_path / "LICENSE").write_text(
        "ACME Model Weights Licence\n\nYou may use the Weights solely for non-commercial research.\n"
        "You shall not use the outputs of the Weights to train any other model.\n",
        "utf-8",
    )
    doc = inspect_folder(tmp_path)
    (f,) = doc["licence"]["files"]
    assert f["licence"] is None  # not a licence of the LicenseDB: unknown, not guessed
    assert set(f["screening"]["flags"]["M3f"]) == {"non_commercial", "output_training_ban"}
    assert f["screening"]["complete"] is True

    card = tmp_path / "card"
    card.mkdir()
    (card / "README.md").write_text(
        "# Tiny\n\nThe weights are released under the Apache License 2.0.\n", "utf-8"
    )
    mentions = inspect_folder(card)["licence"]["model_card"]["text_mentions"]
    assert mentions == {"value": "Apache-2.0", "source": "README.md"}
