"""Model card front matter and config.json facts."""

from __future__ import annotations

from typing import Any

import yaml

from .common import HeaderError, fact

_YAML_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def front_matter(text: str) -> dict[str, Any] | None:
    """YAML front matter of a Markdown model card, or None."""
    text = text.lstrip("\ufeff")
    if not text.startswith("---"):
        return None
    lines = text.splitlines()
    if not lines or lines[0].strip() != "---":
        return None
    for i in range(1, len(lines)):
        if lines[i].strip() in ("---", "..."):
            block = "\n".join(lines[1:i])
            try:
                data = yaml.load(block, Loader=_YAML_LOADER)  # noqa: S506 - a safe loader
            except yaml.YAMLError as err:
                raise HeaderError(f"the YAML front matter cannot be read ({err.__class__.__name__})") from err
            return data if isinstance(data, dict) else {}
    return None


_CONFIG_KEYS = {
    "layers": ("num_hidden_layers", "n_layer", "num_layers", "n_layers"),
    "hidden_size": ("hidden_size", "n_embd", "d_model", "dim"),
    "vocab_size": ("vocab_size", "n_vocab", "padded_vocab_size"),
    "context_length": (
        "max_position_embeddings",
        "n_positions",
        "max_seq_len",
        "seq_length",
        "max_sequence_length",
        "n_ctx",
    ),
    "attention_heads": ("num_attention_heads", "n_head", "n_heads"),
    "experts": ("num_local_experts", "n_routed_experts", "num_experts"),
}


def _config_facts(cfg: dict[str, Any], source: str) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if isinstance(cfg.get("architectures"), list):
        out["architectures"] = fact([str(a) for a in cfg["architectures"]], source)
    if isinstance(cfg.get("model_type"), str):
        out["model_type"] = fact(cfg["model_type"], source)
    nested = [cfg]
    for sub in ("text_config", "llm_config", "language_config"):
        if isinstance(cfg.get(sub), dict):
            nested.append(cfg[sub])
    for fact_name, keys in _CONFIG_KEYS.items():
        for d in nested:
            hit = next(
                (d[k] for k in keys if isinstance(d.get(k), int) and not isinstance(d.get(k), bool)), None
            )
            if hit is not None:
                out[fact_name] = fact(hit, source)
                break
    for key in ("torch_dtype", "dtype"):
        if isinstance(cfg.get(key), str):
            out["torch_dtype"] = fact(cfg[key], source)
            break
    return out
