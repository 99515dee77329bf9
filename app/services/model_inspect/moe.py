"""Mixture-of-experts: which tensors are routed experts, and the active parameters.

A mixture-of-experts model routes each token to ``k`` of its ``E`` experts, so the
parameters one token uses (the "active" parameters, which a compute estimate
needs) are the shared ones plus ``k / E`` of the routed experts' ones:

    active = total - routed + routed * k / E

``routed`` is counted from tensor names, in the layouts the field uses:

* one tensor per expert: ``...experts.<i>.<w>`` (Mixtral ``block_sparse_moe.experts.3.w1``,
  Qwen-MoE / DeepSeek / OLMoE ``mlp.experts.17.gate_proj``, Arctic, DBRX-style);
* fused experts: ``...experts.gate_up_proj`` (gpt-oss, Llama 4, fused exports) and GGUF
  ``blk.N.ffn_{gate,up,down}_exps`` (a leading expert dimension);
* shared experts (always active) never count as routed: ``shared_expert(s)``,
  GGUF ``ffn_*_shexp``; nor does the router (``gate``, ``router``).

``k`` and ``E`` come from ``config.json`` (``num_experts_per_tok``, ``num_local_experts``,
``n_routed_experts``, ``moe_topk``, ...) or GGUF metadata (``<arch>.expert_used_count``,
``<arch>.expert_count``); ``E`` falls back to the highest expert index seen + 1.
"""

from __future__ import annotations

import re
from typing import Any

from .common import fact

_INDEXED = re.compile(r"(?:^|\.)experts\.(\d+)\.")
_FUSED = re.compile(r"(?:^|\.)experts\.[A-Za-z_]|(?:^|\.)ffn_[a-z_]*_exps(?:\.|$)")
_SHARED = re.compile(r"shared_expert|_shexp|shared_mlp", re.IGNORECASE)


def expert_index(name: str) -> int | None:
    """The routed expert a tensor belongs to (``None`` for shared or non-expert
    tensors, and for fused tensors holding every expert, see ``is_routed``)."""
    if _SHARED.search(name):
        return None
    m = _INDEXED.search(name)
    return int(m.group(1)) if m else None


def is_routed(name: str) -> bool:
    """True for the tensors of routed experts (one per expert, or fused)."""
    if _SHARED.search(name):
        return False
    return bool(_INDEXED.search(name) or _FUSED.search(name))


# config.json keys (first hit wins), possibly nested in text_config/llm_config.
_K_KEYS = ("num_experts_per_tok", "num_experts_per_token", "experts_per_token", "moe_topk", "moe_k")
_E_KEYS = ("num_local_experts", "n_routed_experts", "num_experts", "moe_num_experts", "n_experts")
_SHARED_KEYS = ("n_shared_experts", "num_shared_experts", "shared_expert_count")


def _int(d: dict[str, Any], keys: tuple[str, ...]) -> tuple[str, int] | None:
    for k in keys:
        v = d.get(k)
        if isinstance(v, list) and v and all(isinstance(x, int) and not isinstance(x, bool) for x in v):
            v = max(v)  # per-layer lists: the largest routing width
        if isinstance(v, int) and not isinstance(v, bool) and v > 0:
            return k, v
    return None


def config_routing(cfg: dict[str, Any], source: str) -> dict[str, Any]:
    """``experts``, ``experts_per_token`` and ``shared_experts`` facts of a config.json."""
    subs = ("text_config", "llm_config", "language_config")
    nested = [cfg] + [cfg[s] for s in subs if isinstance(cfg.get(s), dict)]
    wanted = (("experts", _E_KEYS), ("experts_per_token", _K_KEYS), ("shared_experts", _SHARED_KEYS))
    out: dict[str, Any] = {}
    for d in nested:
        for name, keys in wanted:
            hit = _int(d, keys)
            if hit is not None and name not in out:
                out[name] = fact(hit[1], f"{source} ({hit[0]})")
    return out


def gguf_routing(meta: dict[str, Any], source: str) -> dict[str, Any]:
    arch = meta.get("general.architecture")
    out: dict[str, Any] = {}
    if isinstance(arch, str):
        for name, suffix in (
            ("experts", "expert_count"),
            ("experts_per_token", "expert_used_count"),
            ("shared_experts", "expert_shared_count"),
        ):
            v = meta.get(f"{arch}.{suffix}")
            if isinstance(v, int) and v > 0:
                out[name] = fact(v, f"{source} ({arch}.{suffix})")
    return out


def active_parameters(
    total_float: int, routed_float: int, max_index: int, architecture: dict[str, Any], warnings: list[str]
) -> dict[str, Any] | None:
    """The ``parameters.active`` fact, or None for a dense model.

    ``total_float``/``routed_float``: float parameters of the whole weight set and of
    its routed-expert tensors; ``max_index``: the highest expert index seen (-1: none)."""
    experts_fact = architecture.get("experts")
    k_fact = architecture.get("experts_per_token")
    if routed_float <= 0 and experts_fact is None:
        return None
    if routed_float <= 0:
        if experts_fact is not None and experts_fact["value"] > 1:
            warnings.append(
                "The configuration describes a mixture of experts, but no expert tensors were found in "
                "the weights: the active parameters cannot be counted."
            )
        return None
    experts = experts_fact["value"] if experts_fact else (max_index + 1 if max_index >= 0 else None)
    if experts is None or k_fact is None:
        warnings.append(
            "The weights hold mixture-of-experts tensors but the number of experts per token is not "
            "given (num_experts_per_tok in config.json, expert_used_count in GGUF): the active "
            "parameters are unknown."
        )
        return {"value": None, "routed_expert_parameters": routed_float, "method": "tensor names"}
    k = k_fact["value"]
    if k > experts:
        warnings.append(f"{k} experts per token but only {experts} experts: the routing facts disagree.")
        return {"value": None, "routed_expert_parameters": routed_float, "method": "tensor names"}
    active = total_float - routed_float + (routed_float * k) // experts
    return {
        "value": active,
        "experts": experts,
        "experts_per_token": k,
        "routed_expert_parameters": routed_float,
        "shared_parameters": total_float - routed_float,
        "method": "tensor names: shared + routed x experts_per_token / experts",
        "source": [str((experts_fact or {}).get("source", "tensor names")), str(k_fact.get("source", ""))],
    }
