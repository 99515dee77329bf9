"""Plain-text summary of an inspection (CLI and GUI)."""

from __future__ import annotations

from typing import Any


def format_count(n: int | None) -> str:
    """12345678 -> '12.3 M' (plain, for officers)."""
    if n is None:
        return "unknown"
    for unit, div in (("T", 10**12), ("B", 10**9), ("M", 10**6), ("K", 10**3)):
        if n >= div:
            return f"{n / div:.1f} {unit}".replace(".0 ", " ")
    return str(n)


def summary_lines(doc: dict[str, Any]) -> list[str]:
    """Human-readable lines of an inspection (for the CLI and the GUI)."""
    lines = [f"{'File' if doc.get('single_file') else 'Folder'}: {doc['folder']}"]
    hf = doc.get("hf_cache")
    if hf:
        lines.append(f"Hugging Face cache: {hf['repo_id']} at {hf['revision']} ({hf['ref'] or 'no ref'})")
    prop = doc["proposed_subject"]
    lines.append(f"Name: {prop['name']}")
    p = doc.get("parameters")
    if p:
        src = ", ".join(p["source"][:3]) + (" …" if len(p["source"]) > 3 else "")
        count = p["float"] if p["complete"] else None
        exact = count if count is not None else "incomplete"
        lines.append(
            f"Parameters: {format_count(count)} ({exact} float; "
            f"non-float buffers {p['non_float']}) from {src}"
        )
        active = p.get("active")
        if active:
            if active.get("value") is not None:
                lines.append(
                    f"Active parameters per token: {format_count(active['value'])} ({active['value']}; "
                    f"{active['experts_per_token']} of {active['experts']} experts)"
                )
            else:
                lines.append("Active parameters per token: unknown (mixture of experts, see warnings)")
    else:
        lines.append("Parameters: unknown (no readable safetensors or GGUF weights)")
    if doc.get("dtypes"):
        lines.append(
            "Data types: " + ", ".join(f"{k} ({format_count(v)})" for k, v in doc["dtypes"]["value"].items())
        )
    arch = doc["architecture"]
    if arch:
        parts = [f"{k}={v['value']}" for k, v in arch.items()]
        lines.append("Architecture: " + "; ".join(parts))
    lic = doc["licence"]
    for k, v in lic["model_card"].items():
        lines.append(f"Licence ({k}, {v['source']}): {v['value']}")
    if lic.get("gguf"):
        lines.append(f"Licence (GGUF metadata, {lic['gguf']['source']}): {lic['gguf']['value']}")
    for f in lic["files"]:
        lines.append(f"Licence file {f['path']}: {f['licence'] or 'not recognised'}")
    for key, label in (("datasets", "Datasets"), ("base_model", "Base model"), ("languages", "Languages")):
        if doc.get(key):
            lines.append(f"{label}: {', '.join(str(x) for x in doc[key]['value'])}")
    if doc.get("base_model_relation"):
        lines.append(f"Base model relation: {doc['base_model_relation']['value']}")
    if doc.get("pipeline_tag"):
        lines.append(f"Pipeline tag: {doc['pipeline_tag']['value']}")
    lines.append(f"Weights present: {'yes' if doc['weights_present'] else 'no'}")
    lines.append(f"Files: {len(doc['files'])}")
    for w in doc["warnings"]:
        lines.append(f"Warning: {w}")
    return lines
