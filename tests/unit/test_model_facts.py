"""Issue 18: model facts that are complete - active parameters of mixtures of experts
(config and tensor names, safetensors and GGUF), the Hugging Face cache layout, single
weight files, Git LFS stubs."""

from __future__ import annotations

import json
import os
from pathlib import Path

import numpy as np
import pytest
from gguf import GGUFWriter
from safetensors.numpy import save_file

from app.domain.errors import BadInput
from app.services.model_inspect import inspect_folder, summary_lines
from app.services.model_inspect.moe import expert_index, is_routed

E, K, H = 8, 2, 4  # experts, experts per token, hidden size


def _moe_tensors(shared: bool = False) -> dict[str, np.ndarray]:
    t: dict[str, np.ndarray] = {
        "model.embed_tokens.weight": np.zeros((10, H), np.float16),
        "model.layers.0.self_attn.q_proj.weight": np.zeros((H, H), np.float16),
        "model.layers.0.block_sparse_moe.gate.weight": np.zeros((E, H), np.float16),  # router: dense
    }
    for e in range(E):
        for w in ("w1", "w2", "w3"):
            t[f"model.layers.0.block_sparse_moe.experts.{e}.{w}.weight"] = np.zeros((H, H), np.float16)
    if shared:
        t["model.layers.0.mlp.shared_expert.up_proj.weight"] = np.zeros((H, H), np.float16)
    return t


def _config(d: Path, **extra: object) -> None:
    cfg = {"architectures": ["MixtralForCausalLM"], "model_type": "mixtral", "hidden_size": H}
    cfg.update(extra)
    (d / "config.json").write_text(json.dumps(cfg))


def test_expert_tensor_names() -> None:
    assert expert_index("model.layers.3.block_sparse_moe.experts.7.w1.weight") == 7
    assert expert_index("model.layers.3.mlp.experts.12.gate_proj.weight") == 12
    assert expert_index("model.layers.3.mlp.shared_experts.gate_proj.weight") is None
    assert is_routed("model.layers.0.mlp.experts.gate_up_proj")  # fused (gpt-oss)
    assert is_routed("blk.0.ffn_gate_exps.weight")  # GGUF fused
    assert not is_routed("blk.0.ffn_gate_shexp.weight")  # GGUF shared expert
    assert not is_routed("model.layers.0.block_sparse_moe.gate.weight")  # the router
    assert not is_routed("model.layers.0.mlp.gate_proj.weight")


def test_mixtral_style_active_parameters_from_config_and_tensor_names(tmp_path: Path) -> None:
    d = tmp_path / "moe"
    d.mkdir()
    tensors = _moe_tensors()
    save_file(tensors, str(d / "model.safetensors"))
    _config(d, num_local_experts=E, num_experts_per_tok=K)
    doc = inspect_folder(d)
    p = doc["parameters"]
    total = sum(int(v.size) for v in tensors.values())
    routed = E * 3 * H * H
    assert p["float"] == total
    active = p["active"]
    assert active["value"] == total - routed + routed * K // E
    assert active["experts"] == E and active["experts_per_token"] == K
    assert active["routed_expert_parameters"] == routed
    assert "num_experts_per_tok" in active["source"][1]
    assert doc["architecture"]["experts_per_token"]["value"] == K
    assert doc["proposed_subject"]["active_parameters"] == active["value"]
    assert any(line.startswith("Active parameters per token:") for line in summary_lines(doc))


def test_shared_experts_are_always_active_and_experts_counted_from_names(tmp_path: Path) -> None:
    d = tmp_path / "qwen-moe"
    d.mkdir()
    tensors = _moe_tensors(shared=True)
    save_file(tensors, str(d / "model.safetensors"))
    _config(d, num_experts_per_tok=K)  # no expert count: taken from the highest index + 1
    active = inspect_folder(d)["parameters"]["active"]
    total = sum(int(v.size) for v in tensors.values())
    routed = E * 3 * H * H
    assert active["value"] == total - routed + routed * K // E
    assert active["shared_parameters"] == total - routed  # includes the shared expert


def test_moe_without_experts_per_token_is_unknown_with_a_warning(tmp_path: Path) -> None:
    d = tmp_path / "moe"
    d.mkdir()
    save_file(_moe_tensors(), str(d / "model.safetensors"))
    _config(d, num_local_experts=E)
    doc = inspect_folder(d)
    assert doc["parameters"]["active"]["value"] is None
    assert any("experts per token" in w for w in doc["warnings"])


def test_dense_model_has_no_active_figure(tmp_path: Path) -> None:
    d = tmp_path / "dense"
    d.mkdir()
    save_file({"a.weight": np.zeros((4, 4), np.float32)}, str(d / "model.safetensors"))
    (d / "config.json").write_text(json.dumps({"model_type": "llama", "top_k": 50}))
    assert "active" not in inspect_folder(d)["parameters"]


def _gguf(path: Path, *, moe: bool) -> int:
    w = GGUFWriter(str(path), "qwen2moe")
    w.add_name("Tiny MoE GGUF")
    w.add_block_count(1)
    if moe:
        w.add_expert_count(E)
        w.add_expert_used_count(K)
    w.add_tensor("token_embd.weight", np.ones((10, H), np.float32))
    w.add_tensor("blk.0.ffn_gate_exps.weight", np.ones((E, H, H), np.float32))
    w.add_tensor("blk.0.ffn_up_shexp.weight", np.ones((H, H), np.float32))
    w.write_header_to_file()
    w.write_kv_data_to_file()
    w.write_tensors_to_file()
    w.close()
    return 10 * H + E * H * H + H * H


def test_single_gguf_file_with_fused_experts(tmp_path: Path) -> None:
    f = tmp_path / "tiny-moe.Q8_0.gguf"
    total = _gguf(f, moe=True)
    doc = inspect_folder(f)
    assert doc["single_file"] is True
    p = doc["parameters"]
    assert p["float"] == total and p["method"] == "gguf"
    routed = E * H * H
    assert p["active"]["value"] == total - routed + routed * K // E
    assert doc["proposed_subject"]["name"] == "Tiny MoE GGUF"
    assert not any("model card" in w for w in doc["warnings"])
    assert summary_lines(doc)[0].startswith("File: ")


def test_single_safetensors_file_and_other_files_refused(tmp_path: Path) -> None:
    f = tmp_path / "adapter_model.safetensors"
    save_file({"lora_A.weight": np.zeros((2, 3), np.float32)}, str(f))
    doc = inspect_folder(f)
    assert doc["parameters"]["float"] == 6
    assert doc["proposed_subject"]["name"] == "adapter_model"
    other = tmp_path / "notes.txt"
    other.write_text("x")
    with pytest.raises(BadInput, match="single .gguf/.safetensors file"):
        inspect_folder(other)


def _hf_cache(tmp_path: Path, *, with_ref: bool = True) -> tuple[Path, str]:
    root = tmp_path / "hub" / "models--acme-ai--Tiny-Llama-1B"
    commit = "0123456789abcdef0123456789abcdef01234567"
    blobs, snap = root / "blobs", root / "snapshots" / commit
    blobs.mkdir(parents=True)
    snap.mkdir(parents=True)
    (root / "refs").mkdir()
    if with_ref:
        (root / "refs" / "main").write_text(commit)
    files = {
        "model.safetensors": None,
        "config.json": json.dumps({"architectures": ["LlamaForCausalLM"], "model_type": "llama"}).encode(),
        "README.md": b"---\nlicense: apache-2.0\nbase_model: acme-ai/Tiny-Llama-Base\n---\n# Tiny\n",
    }
    tmp_weights = tmp_path / "w.safetensors"
    save_file({"a.weight": np.zeros((8, 8), np.float32)}, str(tmp_weights))
    files["model.safetensors"] = tmp_weights.read_bytes()
    for i, (name, data) in enumerate(files.items()):
        assert data is not None
        blob = blobs / f"{i:064x}"
        blob.write_bytes(data)
        os.symlink(os.path.relpath(blob, snap), snap / name)
    return root, commit


def test_hugging_face_cache_folder(tmp_path: Path) -> None:
    root, commit = _hf_cache(tmp_path)
    for given in (root, root / "snapshots" / commit):
        doc = inspect_folder(given)
        assert doc["hf_cache"]["repo_id"] == "acme-ai/Tiny-Llama-1B"
        assert doc["hf_cache"]["revision"] == commit and doc["hf_cache"]["ref"] == "main"
        assert doc["proposed_subject"]["name"] == "acme-ai/Tiny-Llama-1B"  # not the commit hash
        assert doc["parameters"]["float"] == 64  # the weights once, not once per blob and link
        assert sorted(f["path"] for f in doc["files"]) == ["README.md", "config.json", "model.safetensors"]
        assert doc["licence"]["model_card"]["license"]["value"] == "apache-2.0"  # the card is found
        assert doc["base_model"]["value"] == ["acme-ai/Tiny-Llama-Base"]
        assert not any("model card" in w for w in doc["warnings"])


def test_hugging_face_cache_without_refs_main_warns(tmp_path: Path) -> None:
    root, commit = _hf_cache(tmp_path, with_ref=False)
    doc = inspect_folder(root)
    assert doc["hf_cache"]["revision"] == commit and doc["hf_cache"]["ref"] is None
    assert any("no refs/main" in w for w in doc["warnings"])


def test_base_model_forms_and_relation(tmp_path: Path) -> None:
    d = tmp_path / "merge"
    d.mkdir()
    (d / "README.md").write_text(
        "---\nbase_model:\n- org/a\n- org/b\nbase_model_relation: merge\n---\n# Merged\n"
    )
    doc = inspect_folder(d)
    assert doc["base_model"]["value"] == ["org/a", "org/b"]
    assert doc["base_model_relation"] == {"value": "merge", "source": "README.md"}
